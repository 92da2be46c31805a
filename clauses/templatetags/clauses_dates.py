"""`{{ value|date_fr:"DATE_FORMAT" }}`: Django's `date` filter, with the French ordinal for the
first day of the month ("mardi 1er décembre 2026", never "mardi 1 décembre 2026")."""

from __future__ import annotations

from datetime import date, datetime

from django import template
from django.template.defaultfilters import date as date_filter
from django.utils import formats, timezone
from django.utils.translation import get_language

register = template.Library()


def first_day_format(format_string: str) -> str:
    """The format with "er" after each unescaped day-of-month `j` (for day 1 only)."""
    out, escaped = [], False
    for char in format_string:
        out.append(char)
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "j":
            out.append(r"\e\r")
    return "".join(out)


@register.filter(expects_localtime=True, is_safe=False)
def date_fr(value, arg: str | None = None) -> str:
    if not isinstance(value, date | datetime):
        return date_filter(value, arg)
    local = (
        timezone.localtime(value)
        if isinstance(value, datetime) and timezone.is_aware(value)
        else value
    )
    if local.day != 1 or not (get_language() or "").startswith("fr"):
        return date_filter(value, arg)
    format_string = formats.get_format(arg or "DATE_FORMAT") if (not arg or arg.isupper()) else arg
    return date_filter(value, first_day_format(format_string))
