"""The rows of the staff registrations list, rendered in Python.

The list shows 25 registrations with their groups and a move and a cancel action each; with
Django templates that cost about 1 ms a row (nested loops over groups and choices), which kept
the page far below its throughput budget. Here each row is one f-string: every value is escaped
(as `format_html` would, with less work per value: this was still most of the page's time), the
translated words are looked up once per page, and the markup is the one
tests/events/test_rows.py pins.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from .models import Choice, Event, Group, ProgrammeItem, Registration
from .selectors import ChosenGroup

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
    waiting_suffix = escape(f" ({_('waiting list')})")
    present_badge = f' <span class="badge">{escape(_("present"))}</span>'
    move_label, cancel_label = escape(_("Move")), escape(_("Cancel"))
    group_of, registration_of = (
        _("Group of %(name)s for %(title)s"),
        _("the registration of %(name)s"),
    )
    statuses = {value: escape(str(label)) for value, label in Registration.Status.choices}
    slot_options = [
        (
            slot,
            "".join(f'<option value="{g.pk}">{escape(g.title[:40])}</option>' for g in groups),
        )
        for slot, groups in slots
    ]
    rows = []
    for r in registrations:
        choices: list[ChosenGroup] = r.chosen  # selectors.with_chosen_groups
        groups = "".join(
            f"<br>{escape(c.title)}{waiting_suffix if c.status == Choice.Status.WAITING else ''}"
            for c in choices
        )
        organisation = f" · {escape(r.organisation_name)}" if r.organisation_name else ""
        who = (
            f'<div class="registration-who"><strong>{escape(r.last_name)} '
            f'{escape(r.first_name)}</strong> <span class="badge{BADGES.get(r.status, "")}">'
            f"{statuses.get(r.status) or escape(r.status)}</span>"
            f"{present_badge if r.checked_in_at else ''}<br>"
            f'<span class="email">{escape(r.email)}</span>{organisation}{groups}</div>'
        )
        actions = ""
        if r.is_active:
            name = r.full_name
            chosen = {c.group_id for c in choices}
            selects = []
            for slot, options in slot_options:
                for group_id in chosen:
                    options = options.replace(
                        f'value="{group_id}">', f'value="{group_id}" selected>'
                    )
                select_id = f"move-{r.pk}-{slot.pk}"
                label = escape(group_of % {"name": name, "title": slot.title})
                selects.append(
                    f'<label for="{select_id}" class="visually-hidden">{label}</label>'
                    f'<select name="group-{r.pk}" id="{select_id}">{options}</select>'
                )
            move = ""
            if selects:
                move = (
                    f'<span class="move-form">{"".join(selects)}<button type="submit" '
                    f'formaction="{escape(move_base.replace("/0/", f"/{r.pk}/"))}" '
                    f'class="button button-small button-secondary">{move_label}</button></span>'
                )
            actions = (
                f'<div class="registration-actions">{move}<button type="submit" '
                f'formaction="{escape(cancel_base.replace("/0/", f"/{r.pk}/"))}" '
                f'class="link-button danger-link">{cancel_label}<span class="visually-hidden"> '
                f"{escape(registration_of % {'name': name})}</span></button></div>"
            )
        rows.append(f'<li class="registration-row status-{escape(r.status)}">{who}{actions}</li>')
    return mark_safe("".join(rows))  # noqa: S308  (every value escaped above)
