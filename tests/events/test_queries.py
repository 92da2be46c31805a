"""Pages run the same number of SQL queries with 10 registrations as with 1,000."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.models import Choice, Registration
from tests.factories import make_user

from .conftest import build_event

pytestmark = pytest.mark.django_db

BOUNDS = {
    "list": 12,
    "detail": 12,
    "registrations": 22,
    "checkin": 14,
    "statistics": 14,
    "personal": 14,
}


def fill(event, groups, start, stop):
    """Registrations written in bulk (the services are tested elsewhere; here only the
    number of rows matters). The event's cache version is bumped as the services do."""
    from apure.caching import namespace_bump
    from events.models import event_namespace

    namespace_bump(event_namespace(event.slug))
    rows = [
        Registration(
            event=event,
            email=f"p{i}@commune.example.fr",
            email_normalised=f"p{i}@commune.example.fr",
            first_name="Prénom",
            last_name=f"Nom{i}",
            organisation_name="Commune",
            organisation_kind="commune",
            departement="62",
            is_rural=i % 3 == 0,
            status="confirmed" if i % 4 else "waiting",
            sequence=i + 1,
        )
        for i in range(start, stop)
    ]
    Registration.objects.bulk_create(rows)
    created = Registration.objects.filter(event=event, sequence__gt=start, sequence__lte=stop)
    Choice.objects.bulk_create(
        Choice(
            registration=r,
            item_id=groups[r.sequence % len(groups)].item_id,
            group=groups[r.sequence % len(groups)],
            status="confirmed" if r.status == "confirmed" else "wish",
            sequence=r.sequence,
        )
        for r in created
    )


def count(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(context)


@pytest.mark.parametrize("role", ["visitor", "acheteur", "equipe"])
def test_query_counts_do_not_grow_with_the_registrations(client_for, role):
    event = build_event(capacity=5000, groups=(2000, 2000, 2000))
    for _n in range(3):
        build_event(capacity=10)
    groups = list(event.groups.order_by("position"))
    client = client_for(make_user(role))
    client.get("/evenements/")  # the session is written on the first request
    staff = role == "equipe"
    if staff:  # the blank "add someone" form, kept while the programme stays the same
        client.get(f"/evenements/{event.slug}/inscriptions/")
    counts = {}
    done = 0
    for size in (10, 1000):
        fill(event, groups, done, size)
        done = size
        token = Registration.objects.filter(event=event).first().token
        pages = {
            "list": "/evenements/",
            "detail": f"/evenements/{event.slug}/",
            "personal": f"/evenements/inscription/{token}/",
        }
        if staff:
            pages |= {
                "registrations": f"/evenements/{event.slug}/inscriptions/?q=nom&status=",
                "checkin": f"/evenements/{event.slug}/emargement/?q=nom1",
                "statistics": f"/evenements/{event.slug}/statistiques/",
            }
        counts[size] = {name: count(client, url) for name, url in pages.items()}
    assert counts[10] == counts[1000], counts
    for name, value in counts[1000].items():
        assert value <= BOUNDS[name], (name, value)
    # Warm: the event page reads its programme, counts and form from the versioned cache.
    detail = f"/evenements/{event.slug}/"
    assert count(client, detail) <= counts[1000]["detail"] - 3
