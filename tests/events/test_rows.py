"""The staff registrations list: its rows keep the markup they had when each one was built with
format_html (same names, badges, groups, labels and actions, every value escaped), and its
figures follow every change at once."""

import re
from collections.abc import Iterable
from datetime import timedelta

import pytest
from django.db.models import Prefetch
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from events import selectors, services
from events.models import Choice, Event, Group, ProgrammeItem, Registration
from events.rows import BADGES, registration_rows
from tests.events.conftest import build_event, guest, register
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def reference_rows(
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


def test_rows_are_the_markup_format_html_gave(client_for):
    staff = make_user("equipe")
    event = build_event(groups=(1, 5, 5), capacity=4, title="Atelier <tri> & réemploi")
    slot = event.items.get(kind=ProgrammeItem.Kind.PARALLEL)
    first, second, third = slot.groups.order_by("position")
    third.title = "Achats & « clauses » <sociales> d'insertion"
    third.save(update_fields=["title"])
    people = [
        register(event, 1, groups=[first], organisation_name="Mairie d'Arras & <co>"),
        register(event, 2, groups=[first], last_name="O'Brien <b>"),  # its group is full
        register(event, 3, groups=[second], organisation_name=""),
        register(event, 4, groups=[third]),
        register(event, 5, groups=[second]),  # the event is full: waiting
        register(event, 6, groups=[third]),
    ]
    services.registration_check_in(registration=people[0], by=staff)
    services.registration_cancel(registration=people[5], by=staff)
    groups = selectors.event_groups(event=event)
    slots: dict[int, tuple] = {}
    for group in groups:
        slots.setdefault(group.item_id, (group.item, []))[1].append(group)
    statuses = {r.status for r in Registration.objects.filter(event=event)}
    assert {"confirmed", "waiting", "cancelled"} <= statuses
    for status in ("active", "cancelled", "present"):
        rows = selectors.registrations_for_staff(event=event, status=status)
        prefetched = rows.prefetch_related(
            Prefetch("choices", Choice.objects.select_related("group").order_by("item__starts_at"))
        )
        expected = reference_rows(event, list(prefetched), list(slots.values()))
        new = registration_rows(event, selectors.with_chosen_groups(rows), list(slots.values()))
        assert new == expected
    page = client_for(staff).get(f"{event.get_absolute_url()}inscriptions/").content.decode()
    assert "O&#x27;Brien &lt;b&gt;" in page and "Mairie d&#x27;Arras &amp; &lt;co&gt;" in page
    assert " selected>Atelier 1</option>" in page and "(liste d" in page


def test_the_count_follows_every_change_at_once(client_for):
    staff = make_user("equipe")
    event = build_event(capacity=10)
    client = client_for(staff)
    url = f"{event.get_absolute_url()}inscriptions/"

    def count(query=""):
        page = client.get(url + query).content.decode()
        return int(re.search(r'role="status">(\d+) inscri', page).group(1))

    first = register(event, 1)
    assert count() == 1 and count("?status=present") == 0
    pending = services.registration_create(event=event, person=guest(2), notify=False).registration
    assert pending.status == "pending" and count() == 2 and count("?status=pending") == 1
    assert count("?status=present") == 0 and count("?status=cancelled") == 0
    services.registration_check_in(registration=first, by=staff)
    assert count("?status=present") == 1
    services.registration_check_in_undo(registration=first, by=staff)
    assert count("?status=present") == 0 and count() == 2 and count("?status=cancelled") == 0
    services.pending_expire(now=timezone.now() + timedelta(days=3))
    assert count() == 1 and count("?status=cancelled") == 1
    services.registration_cancel(registration=first, by=staff, staff=True, notify=False)
    assert count() == 0 and count("?status=cancelled") == 2
