"""Every write of Événements against the database: places, waiting lists, windows, emails."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from apure.errors import DomainError
from apure.models import AuditEntry
from events import services
from events.models import Choice, Event, ProgrammeItem, Registration
from events.tokens import confirmation_token, read_registration_token
from tests.factories import make_user

from .conftest import build_event, guest, register

pytestmark = pytest.mark.django_db


def emails_to(address):
    return [m for m in mail.outbox if address in m.to]


def test_a_buyer_registers_in_one_click_with_their_organisation(
    django_capture_on_commit_callbacks,
):
    event = build_event(capacity=60, groups=(20, 20, 20))
    buyer = make_user("acheteur")
    atelier2 = event.groups.get(title="Atelier 2")
    with django_capture_on_commit_callbacks(execute=True):
        result = services.registration_create(event=event, user=buyer, groups=[atelier2])
    registration = result.registration
    assert result.created and registration.status == "confirmed"
    assert registration.organisation_name == buyer.organisation.name
    assert registration.organisation_kind == buyer.organisation.kind
    assert registration.sequence == 1
    assert registration.choices.get().status == "confirmed"
    [message] = emails_to(buyer.email)
    assert "confirmée" in message.subject
    names = [a[0] for a in message.attachments]
    assert "atelier.ics" in names and "qr-code.png" in names
    ics = next(a for a in message.attachments if a[0] == "atelier.ics")
    assert "BEGIN:VCALENDAR" in ics[1] and "Atelier 2" in ics[1]
    html = message.alternatives[0][0]
    assert "data:image/png;base64," in html
    # The link is signed with a timestamp: compare what it designates, not its letters.
    token = re.search(r"/evenements/inscription/([^/\s]+)/", message.body).group(1)
    assert read_registration_token(token)[0] == registration.pk
    assert AuditEntry.objects.filter(action="events.registration_created").exists()


def test_a_second_click_returns_the_same_registration():
    event = build_event(capacity=5)
    buyer = make_user("acheteur")
    first = services.registration_create(event=event, user=buyer, notify=False)
    again = services.registration_create(event=event, user=buyer, notify=False)
    assert again.registration.pk == first.registration.pk and not again.created
    assert Registration.objects.filter(event=event).count() == 1


def test_a_guest_holds_no_place_until_they_confirm(django_capture_on_commit_callbacks):
    event = build_event(capacity=1)
    with django_capture_on_commit_callbacks(execute=True):
        pending = services.registration_create(event=event, person=guest(1)).registration
    assert pending.status == "pending" and pending.sequence is None
    [message] = emails_to("invite1@commune.example.fr")
    assert "/evenements/confirmer/" in message.body
    # Someone else takes the only place meanwhile.
    other = register(event, 2)
    assert other.status == "confirmed"
    with django_capture_on_commit_callbacks(execute=True):
        confirmed = services.registration_confirm_email(token=confirmation_token(pending))
    assert confirmed.status == "waiting"
    assert "attente" in emails_to("invite1@commune.example.fr")[-1].subject
    # Opening the link again changes nothing.
    again = services.registration_confirm_email(token=confirmation_token(pending))
    assert again.status == "waiting" and again.sequence == confirmed.sequence


def test_a_tampered_or_expired_confirmation_link_changes_nothing():
    event = build_event()
    pending = services.registration_create(event=event, person=guest(1), notify=False).registration
    token = confirmation_token(pending)
    with pytest.raises(DomainError, match="pas valide"):
        services.registration_confirm_email(token=token[:-2] + "xx")
    with pytest.raises(DomainError, match="expiré"):
        _confirm_later(token)
    pending.refresh_from_db()
    assert pending.status == "pending"


def _confirm_later(token):
    from unittest import mock

    later = timezone.now() + timedelta(hours=49)
    with mock.patch("django.core.signing.time.time", return_value=later.timestamp()):
        services.registration_confirm_email(token=token)


def test_unconfirmed_guests_expire_after_48_hours():
    event = build_event(capacity=3)
    old = services.registration_create(
        event=event,
        person=guest(1),
        notify=False,
        now=timezone.now() - timedelta(hours=49),
    ).registration
    fresh = services.registration_create(event=event, person=guest(2), notify=False).registration
    assert services.pending_expire() == 1
    assert services.pending_expire() == 0
    old.refresh_from_db()
    fresh.refresh_from_db()
    assert old.status == "expired" and fresh.status == "pending"
    # The address is free again.
    again = services.registration_create(event=event, person=guest(1), notify=False)
    assert again.created


def test_a_full_event_waitlists_in_order_and_a_cancellation_promotes_the_first(
    django_capture_on_commit_callbacks,
):
    event = build_event(capacity=2)
    a, b = register(event, 1), register(event, 2)
    c, d = register(event, 3), register(event, 4)
    assert [r.status for r in (a, b, c, d)] == ["confirmed", "confirmed", "waiting", "waiting"]
    with django_capture_on_commit_callbacks(execute=True):
        services.registration_cancel(registration=a)
    c.refresh_from_db()
    d.refresh_from_db()
    assert c.status == "confirmed" and d.status == "waiting"
    promoted = emails_to(c.email)
    assert promoted and "place" in promoted[-1].subject.lower()
    assert any(a_[0].endswith(".ics") for a_ in promoted[-1].attachments)
    assert Registration.objects.filter(event=event, status="confirmed").count() == 2


def test_a_full_group_waitlists_and_frees_in_order(django_capture_on_commit_callbacks):
    event = build_event(capacity=10, groups=(1, 5))
    small, big = event.groups.order_by("position")
    first = register(event, 1, groups=[small])
    second = register(event, 2, groups=[small])
    third = register(event, 3, groups=[small])
    assert first.choices.get().status == "confirmed"
    assert second.choices.get().status == "waiting"
    assert third.choices.get().status == "waiting"
    # The first moves to the big group: the second takes the place and is told.
    with django_capture_on_commit_callbacks(execute=True):
        services.registration_change_groups(registration=first, groups=[big])
    assert first.choices.get().group == big
    assert second.choices.get().status == "confirmed"
    assert third.choices.get().status == "waiting"
    assert "Atelier 1" in emails_to(second.email)[-1].subject


def test_the_waiting_list_of_the_event_keeps_the_group_wish():
    event = build_event(capacity=1, groups=(5,))
    group = event.groups.get()
    register(event, 1, groups=[group])
    waiting = register(event, 2, groups=[group])
    assert waiting.status == "waiting" and waiting.choices.get().status == "wish"
    services.registration_cancel(registration=Registration.objects.get(sequence=1, event=event))
    waiting.refresh_from_db()
    assert waiting.status == "confirmed" and waiting.choices.get().status == "confirmed"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"status": Event.Status.DRAFT}, "pas ouvert"),
        ({"status": Event.Status.CANCELLED}, "annulé"),
        ({"registration_closes_at": "past"}, "closes"),
        ({"registration_opens_at": "future"}, "pas encore"),
    ],
)
def test_registration_outside_the_window_or_state_is_refused(change, message):
    event = build_event(capacity=5)
    now = timezone.now()
    if change.get("registration_closes_at") == "past":
        Event.objects.filter(pk=event.pk).update(
            registration_opens_at=now - timedelta(days=3),
            registration_closes_at=now - timedelta(days=1),
        )
        message = "fermées"
    elif change.get("registration_opens_at") == "future":
        Event.objects.filter(pk=event.pk).update(registration_opens_at=now + timedelta(days=1))
    else:
        Event.objects.filter(pk=event.pk).update(**change)
    event.refresh_from_db()
    with pytest.raises(DomainError, match=message):
        services.registration_create(event=event, person=guest(1), notify=False)
    assert not Registration.objects.exists()


def test_bad_input_takes_no_place():
    event = build_event(capacity=5, groups=(5, 5))
    other = build_event(capacity=5, groups=(5,))
    g1, g2 = event.groups.order_by("position")
    cases = [
        ({"person": guest(1, email="pas-un-courriel")}, "adresse"),
        ({"person": guest(1), "groups": [other.groups.get()]}, "autre événement"),
        ({"person": guest(1), "groups": [g1, g2]}, "un seul groupe"),
        ({"person": guest(1), "groups": []}, "chaque"),
    ]
    for kwargs, message in cases:
        with pytest.raises(DomainError, match=message):
            services.registration_create(event=event, staff_add=True, notify=False, **kwargs)
    assert not Registration.objects.exists()


def test_the_same_email_twice_is_one_registration_whatever_its_case(
    django_capture_on_commit_callbacks,
):
    event = build_event(capacity=5)
    first = register(event, 1)
    with django_capture_on_commit_callbacks(execute=True):
        again = services.registration_create(
            event=event, person=guest(1, email="  INVITE1@Commune.example.fr ")
        )
    assert not again.created and again.registration.pk == first.pk
    # The owner of the address gets their link again (not a second place).
    assert "inscription" in emails_to("invite1@commune.example.fr")[-1].subject.lower()


def test_event_times_and_programme_items_are_validated():
    event = build_event(publish=False)
    with pytest.raises(DomainError, match="pendant"):
        services.item_create(
            event=event,
            by=None,
            data={
                "kind": "plenary",
                "title": "Trop tard",
                "starts_at": event.ends_at,
                "ends_at": event.ends_at + timedelta(hours=1),
            },
        )
    with pytest.raises(DomainError, match="heure de fin"):
        services.item_create(
            event=event,
            by=None,
            data={"kind": "parallel", "title": "Sans fin", "starts_at": event.starts_at},
        )
    plenary = services.item_create(
        event=event,
        by=None,
        data={"kind": "plenary", "title": "Plénière", "starts_at": event.starts_at},
    )
    with pytest.raises(DomainError, match="parallèle"):
        services.group_create(item=plenary, by=None, data={"title": "X", "capacity": 3})
    with pytest.raises(DomainError, match="après"):
        services.event_update(
            event=event, by=None, data={"ends_at": event.starts_at - timedelta(hours=1)}
        )


def test_publishing_needs_groups_in_each_parallel_slot():
    event = build_event(publish=False)
    services.item_create(
        event=event,
        by=None,
        data={
            "kind": ProgrammeItem.Kind.PARALLEL,
            "title": "Ateliers",
            "starts_at": event.starts_at + timedelta(hours=1),
            "ends_at": event.starts_at + timedelta(hours=2),
        },
    )
    with pytest.raises(DomainError, match="aucun groupe"):
        services.event_publish(event=event, by=None)


def test_capacity_cannot_drop_below_the_places_given_and_a_rise_promotes():
    event = build_event(capacity=2)
    register(event, 1)
    register(event, 2)
    waiting = register(event, 3)
    with pytest.raises(DomainError, match="capacité"):
        services.event_update(event=event, by=None, data={"capacity": 1})
    services.event_update(event=event, by=None, data={"capacity": 3})
    waiting.refresh_from_db()
    assert waiting.status == "confirmed"


def test_cancelling_an_event_emails_everyone_registered(django_capture_on_commit_callbacks):
    event = build_event(capacity=1)
    a, b = register(event, 1), register(event, 2)
    with django_capture_on_commit_callbacks(execute=True):
        services.event_cancel(event=event, by=None, reason="Intempéries")
    for registration in (a, b):
        [message] = emails_to(registration.email)
        assert "annulé" in message.subject.lower() and "Intempéries" in message.body
        ics = next(att for att in message.attachments if att[0].endswith(".ics"))
        assert "STATUS:CANCELLED" in ics[1]
    with pytest.raises(DomainError):
        services.registration_create(event=event, person=guest(9), staff_add=True)


def test_check_in_and_undo():
    staff = make_user("equipe")
    event = build_event(capacity=1)
    confirmed, waiting = register(event, 1), register(event, 2)
    services.registration_check_in(registration=confirmed, by=staff)
    confirmed.refresh_from_db()
    assert confirmed.checked_in_at is not None
    with pytest.raises(DomainError, match="émargement"):
        services.registration_cancel(registration=confirmed, staff=True)
    with pytest.raises(DomainError):
        services.registration_check_in(registration=waiting, by=staff)
    services.registration_check_in_undo(registration=confirmed, by=staff)
    confirmed.refresh_from_db()
    assert confirmed.checked_in_at is None


def test_a_person_cannot_cancel_once_the_event_started_but_staff_can():
    event = build_event(capacity=5)
    registration = register(event, 1)
    Event.objects.filter(pk=event.pk).update(
        starts_at=timezone.now() - timedelta(hours=1), ends_at=timezone.now() + timedelta(hours=1)
    )
    with pytest.raises(DomainError, match="commencé"):
        services.registration_cancel(registration=registration)
    services.registration_cancel(registration=registration, staff=True)


def test_reminders_are_sent_once_the_day_before(django_capture_on_commit_callbacks):
    from zoneinfo import ZoneInfo

    paris = ZoneInfo("Europe/Paris")
    now = timezone.now()
    tomorrow = timezone.localtime(now, paris).date() + timedelta(days=1)
    from datetime import datetime

    start = datetime(tomorrow.year, tomorrow.month, tomorrow.day, 9, tzinfo=paris)
    event = build_event(start=start, capacity=1)
    later = build_event(start=start + timedelta(days=3), capacity=5)
    confirmed, waiting = register(event, 1), register(event, 2)
    register(later, 3)
    with django_capture_on_commit_callbacks(execute=True):
        assert services.reminders_send(now=now) == 1
        assert services.reminders_send(now=now) == 0
    [message] = [m for m in mail.outbox if "Demain" in m.subject]
    assert message.to == [confirmed.email]
    assert not emails_to(waiting.email)


def test_followup_sends_the_survey_and_documents_once(django_capture_on_commit_callbacks):
    from django.core.files.uploadedfile import SimpleUploadedFile

    now = timezone.now()
    start = now - timedelta(days=2)
    event = build_event(
        start=start, capacity=5, survey_url="https://enquete.example.fr/atelier", publish=False
    )
    Event.objects.filter(pk=event.pk).update(status="published")
    event.refresh_from_db()
    present = register(event, 1)
    pdf = SimpleUploadedFile("restitution.pdf", b"%PDF-1.4\n%%EOF\n" + b"x" * 100)
    with django_capture_on_commit_callbacks(execute=True):
        services.document_add(event=event, upload=pdf, title="Synthèse des ateliers", by=None)
        assert services.followups_send(now=now) == 1
        assert services.followups_send(now=now) == 0
    [message] = emails_to(present.email)
    assert "enquete.example.fr" in message.body and "Synthèse des ateliers" in message.body
    # A document attached afterwards is announced to those already followed up.
    pdf2 = SimpleUploadedFile("annexe.pdf", b"%PDF-1.4\n%%EOF\n" + b"y" * 100)
    with django_capture_on_commit_callbacks(execute=True):
        services.document_add(event=event, upload=pdf2, title="Annexe", by=None)
    assert "Annexe" in emails_to(present.email)[-1].body


def test_personal_data_export_and_erase():
    buyer = make_user("acheteur")
    event = build_event(capacity=5)
    services.registration_create(event=event, user=buyer, notify=False)
    [row] = services.personal_data(buyer)
    assert row["event"] == event.title and row["status"] == "confirmed"
    registration = Registration.objects.get(user=buyer)
    old_url = registration.get_personal_url()
    services.personal_data_erase(buyer)
    registration.refresh_from_db()
    assert registration.user is None and buyer.email not in registration.email
    assert registration.status == "cancelled"
    assert registration.organisation_kind == buyer.organisation.kind  # statistics kept
    assert registration.get_personal_url() != old_url


def test_choices_of_a_cancelled_registration_are_released():
    event = build_event(capacity=5, groups=(1,))
    group = event.groups.get()
    a = register(event, 1, groups=[group])
    b = register(event, 2, groups=[group])
    services.registration_cancel(registration=a, staff=True)
    assert not Choice.objects.filter(registration=a).exists()
    assert b.choices.get().status == "confirmed"
