"""`{{ value|fr_typo }}`: French typography (no-break spaces, CO₂, ×) on a plain text."""

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

from ..text import french_typography

register = template.Library()


@register.filter
def fr_typo(value):
    # Escaped first: the function only adds characters, never markup.
    return mark_safe(french_typography(str(conditional_escape(value))))  # noqa: S308
