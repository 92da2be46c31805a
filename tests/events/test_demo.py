"""The demo content: the Arras workshop as in the press kit, idempotent."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from apure.demo import seed_accounts, seed_organisations
from events import demo
from events.models import Event, Registration

pytestmark = pytest.mark.django_db
PARIS = ZoneInfo("Europe/Paris")


def test_the_demo_builds_the_arras_workshop_and_is_idempotent():
    organisations = seed_organisations()
    users = seed_accounts(organisations)
    demo.seed(users=users, organisations=organisations)
    arras = Event.objects.get(slug=demo.ARRAS_SLUG)
    assert arras.starts_at == datetime(2022, 11, 22, 9, 0, tzinfo=PARIS)
    assert arras.ends_at == datetime(2022, 11, 22, 13, 0, tzinfo=PARIS)
    assert arras.venue_name == "La Citadelle" and arras.venue_city == "Arras"
    items = [(timezone.localtime(i.starts_at).strftime("%H:%M"), i.kind) for i in arras.items.all()]
    assert items == [
        ("09:00", "welcome"),
        ("09:30", "plenary"),
        ("10:50", "parallel"),
        ("12:30", "closing"),
    ]
    assert [g.title for g in arras.groups.order_by("position")] == demo.ARRAS_ATELIERS
    registrations = Registration.objects.filter(event=arras)
    assert registrations.count() == 60
    assert 0 < registrations.filter(checked_in_at__isnull=False).count() < 60
    now = timezone.now()
    upcoming = Event.objects.published().filter(starts_at__gt=now)
    assert {e.kind for e in upcoming} == {"webinaire", "groupe_travail"}
    past = Event.objects.filter(kind="table_ronde").get()
    assert past.ends_at < now and past.registrations.filter(checked_in_at__isnull=False).exists()
    before = (Event.objects.count(), Registration.objects.count())
    demo.seed(users=users, organisations=organisations)
    assert (Event.objects.count(), Registration.objects.count()) == before
