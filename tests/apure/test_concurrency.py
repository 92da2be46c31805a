"""Concurrent writes are decided by the database, on SQLite (IMMEDIATE transactions) as on
PostgreSQL (row locks and unique constraints)."""

import threading

import pytest
from django.db import connection

from apure.models import AuditEntry, Organisation, User
from apure.services import organisation_join_or_create
from tests.factories import UserFactory, valid_siret


@pytest.mark.django_db(transaction=True)
def test_people_registering_the_same_organisation_at_once_share_one():
    people = [UserFactory(organisation=None, organisation_confirmed=False) for _ in range(8)]
    siret = valid_siret(9090)
    barrier = threading.Barrier(len(people))
    errors = []

    def register(user):
        try:
            barrier.wait()
            organisation_join_or_create(
                user=user, siret=siret, name="Commune de Rue", kind="commune", departement="80"
            )
        except Exception as exc:  # any error is a failure of the test
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=register, args=(person,)) for person in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert Organisation.objects.filter(siret=siret).count() == 1
    members = User.objects.filter(organisation__siret=siret)
    assert members.count() == len(people)
    assert not members.filter(organisation_confirmed=True).exists()  # staff confirm them
    assert AuditEntry.objects.filter(action="organisation.created").count() == 1
