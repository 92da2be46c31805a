"""The rows of the staff registrations list, rendered in Python.

The list shows 50 registrations with their groups and a move and a cancel action each; with
Django templates that cost about 1 ms a row (nested loops over groups and choices), which kept
the page far below its throughput budget. Here each row is one `format_html` call: every value
is escaped, and the markup is the same as the template it replaces.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from .models import Choice, Event, Group, ProgrammeItem, Registration

BADGES = {
    Registration.Status.WAITING: " badge-warning",
    Registration.Status.PENDING: " badge-warning",
    Registration.Status.CANCELLED: " badge-neutral",
    Registration.Status.EXPIRED: " badge-neutral",
}


def registration_rows(
    event: Event,
    registrations: Iterable[Registration],
    slots: list[tuple[ProgrammeItem, list[Group]]],
) -> SafeString:
    cancel_base = reverse("events:registration_cancel", kwargs={"slug": event.slug, "pk": 0})
    move_base = reverse("events:registration_move", kwargs={"slug": event.slug, "pk": 0})
    waiting_label = _("waiting list")
    present_badge = format_html(' <span class="badge">{}</span>', _("present"))
    move_label, cancel_label = _("Move"), _("Cancel")
    slot_options = [
        (
            slot,
            str(
                format_html_join(
                    "", '<option value="{}">{}</option>', ((g.pk, g.title[:40]) for g in groups)
                )
            ),
        )
        for slot, groups in slots
    ]
    rows = []
    for r in registrations:
        choices: list[Choice] = list(r.choices.all())
        groups = format_html_join(
            "",
            "<br>{}{}",
            (
                (c.group.title, f" ({waiting_label})" if c.status == Choice.Status.WAITING else "")
                for c in choices
            ),
        )
        who = format_html(
            '<div class="registration-who"><strong>{} {}</strong> <span class="badge{}">{}</span>'
            '{}<br><span class="email">{}</span>{}{}</div>',
            r.last_name,
            r.first_name,
            BADGES.get(r.status, ""),
            r.get_status_display(),
            present_badge if r.checked_in_at else "",
            r.email,
            format_html(" · {}", r.organisation_name) if r.organisation_name else "",
            groups,
        )
        actions = ""
        if r.is_active:
            chosen = {c.group_id for c in choices}
            selects = []
            for slot, options in slot_options:
                for group_id in chosen:
                    options = options.replace(
                        f'value="{group_id}">', f'value="{group_id}" selected>'
                    )
                select_id = f"move-{r.pk}-{slot.pk}"
                selects.append(
                    format_html(
                        '<label for="{}" class="visually-hidden">{}</label>'
                        '<select name="group-{}" id="{}">{}</select>',
                        select_id,
                        _("Group of %(name)s for %(title)s")
                        % {"name": r.full_name, "title": slot.title},
                        r.pk,
                        select_id,
                        mark_safe(options),  # noqa: S308  (built with format_html_join below)
                    )
                )
            move = ""
            if selects:
                move = format_html(
                    '<span class="move-form">{}<button type="submit" formaction="{}" '
                    'class="button button-small button-secondary">{}</button></span>',
                    mark_safe("".join(selects)),  # noqa: S308  (built with format_html)
                    move_base.replace("/0/", f"/{r.pk}/"),
                    move_label,
                )
            actions = format_html(
                '<div class="registration-actions">{}<button type="submit" formaction="{}" '
                'class="link-button danger-link">{}<span class="visually-hidden"> {}</span>'
                "</button></div>",
                move,
                cancel_base.replace("/0/", f"/{r.pk}/"),
                cancel_label,
                _("the registration of %(name)s") % {"name": r.full_name},
            )
        rows.append(
            format_html('<li class="registration-row status-{}">{}{}</li>', r.status, who, actions)
        )
    return mark_safe("".join(rows))  # noqa: S308  (each row built with format_html)
