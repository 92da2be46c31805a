"""Events built through the services, the way staff build them."""

import itertools
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from events import services
from events.models import Event, ProgrammeItem

PARIS = ZoneInfo("Europe/Paris")
_counter = itertools.count(1)


def build_event(
    *,
    start: datetime | None = None,
    capacity: int = 60,
    groups: tuple[int, ...] = (),
    publish: bool = True,
    by=None,
    **fields,
) -> Event:
    """An event of 4 hours (9:00-13:00 Paris, in 30 days by default); `groups=(20, 20, 20)`
    adds a parallel slot 10:50-12:25 with one group per capacity."""
    n = next(_counter)
    if start is None:
        day = timezone.localdate() + timedelta(days=30)
        start = datetime(day.year, day.month, day.day, 9, 0, tzinfo=PARIS)
    data = {
        "kind": Event.Kind.WORKSHOP,
        "title": f"Atelier numéro {n}",
        "audience": Event.Audience.BUYERS,
        "summary": "Questionnons ensemble la relation avec les fournisseurs.",
        "venue_name": "La Citadelle",
        "venue_address": "Boulevard du Général de Gaulle",
        "venue_city": "Arras",
        "starts_at": start,
        "ends_at": start + timedelta(hours=4),
        "capacity": capacity,
        **fields,
    }
    event = services.event_create(by=by, data=data)
    services.item_create(
        event=event,
        by=by,
        data={"kind": "welcome", "title": "Accueil des participants", "starts_at": start},
    )
    if groups:
        slot = services.item_create(
            event=event,
            by=by,
            data={
                "kind": ProgrammeItem.Kind.PARALLEL,
                "title": "Groupes de travail thématiques",
                "starts_at": start + timedelta(minutes=110),
                "ends_at": start + timedelta(minutes=205),
            },
        )
        for i, capacity_ in enumerate(groups, 1):
            services.group_create(
                item=slot,
                by=by,
                data={"title": f"Atelier {i}", "capacity": capacity_, "position": i},
            )
    if publish:
        event = services.event_publish(event=event, by=by)
    event.refresh_from_db()
    return event


@pytest.fixture
def make_event(db):
    return build_event


def guest(n: int = 1, **fields) -> dict:
    return {
        "first_name": "Alex",
        "last_name": f"Invité{n}",
        "email": f"invite{n}@commune.example.fr",
        "job_title": "Acheteur",
        "organisation_name": "Commune de Pecquencourt",
        "organisation_kind": "commune",
        "departement": "59",
        "is_rural": True,
        **fields,
    }


def register(event, n: int = 1, groups=(), **fields):
    """A guest registration placed at once (staff add: no email round trip)."""
    return services.registration_create(
        event=event, person=guest(n, **fields), groups=groups, staff_add=True, notify=False
    ).registration
