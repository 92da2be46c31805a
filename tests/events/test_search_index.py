"""The staff's search of registrations can be served by the trigram indexes on PostgreSQL
(migration events/0002): the expressions Django writes for `icontains` are the indexed ones,
so a search need not read every registration of a large event."""

import pytest
from django.db import connection

from events import selectors
from events.models import Registration
from tests.events.conftest import register

pytestmark = pytest.mark.django_db
COLUMNS = ("last_name", "first_name", "email_normalised", "organisation_name")


def test_registration_search_can_use_the_trigram_indexes(make_event):
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL indexes (SQLite has none to use; the second CI pass runs this)")
    event = make_event()
    for n in range(30):
        register(event, n, last_name=f"Durand{n}", organisation_name=f"Commune {n}")
    found = selectors.registrations_for_staff(event=event, q="durand7")
    assert [r.last_name for r in found] == ["Durand7"]
    with connection.cursor() as cursor:
        # As on a table of many rows: reading it all, or all of another index, is not an option.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
    for column in COLUMNS:
        query = Registration.objects.filter(**{f"{column}__icontains": "durand7"}).order_by()
        assert f"events_registration_{column}_trgm" in query.explain(), query.explain()
