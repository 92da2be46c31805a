"""What being signed in costs each request: one query for the session, the account and its
roles; no session write on every request; role changes seen at once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from apure.models import PortalSession
from apure.roles import Role
from apure.services import user_set_roles
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

KEEPALIVE_FREE = "apure:accessibility"  # a page that asks nothing of the database itself


def _queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return [q["sql"] for q in captured.captured_queries]


def test_session_account_and_roles_are_one_query(client):
    user = UserFactory(roles=[Role.BUYER, Role.MEMBER])
    client.force_login(user)
    client.get(reverse(KEEPALIVE_FREE))  # the first request may refresh the activity stamp
    queries = _queries(client, reverse(KEEPALIVE_FREE))
    assert len(queries) == 1, queries
    assert "apure_portalsession" in queries[0] and "auth_group" in queries[0]
    # And the header shows who is signed in.
    response = client.get(reverse(KEEPALIVE_FREE))
    assert user.email in response.content.decode() or user.first_name in response.content.decode()


def test_the_session_is_written_at_most_once_a_minute(client):
    user = UserFactory()
    client.force_login(user)
    client.get(reverse(KEEPALIVE_FREE))
    for _ in range(3):
        queries = _queries(client, reverse(KEEPALIVE_FREE))
        assert not any(q.startswith(("UPDATE", "INSERT")) for q in queries), queries
    # Once a minute has gone by, the activity stamp is written, pushing the idle expiry back.
    session = client.session
    session["_apure_seen"] -= 61
    session.save()
    before = PortalSession.objects.get(user=user).expire_date
    queries = _queries(client, reverse(KEEPALIVE_FREE))
    assert any(q.startswith("UPDATE") and "apure_portalsession" in q for q in queries)
    assert PortalSession.objects.get(user=user).expire_date > before


def test_a_role_given_or_taken_counts_on_the_next_request(client):
    staff = UserFactory(roles=[Role.STAFF])
    user = UserFactory(roles=[Role.BUYER])
    client.force_login(user)
    assert client.get(reverse("apure:roles")).status_code == 403
    user_set_roles(user=user, roles={Role.BUYER, Role.EXPERT}, by=staff)
    assert client.get(reverse("clauses:propose")).status_code == 200
    user_set_roles(user=user, roles={Role.BUYER}, by=staff)
    assert client.get(reverse("clauses:propose")).status_code == 403


def test_sessions_say_whose_they_are_and_end_with_the_account(client):
    user = UserFactory()
    client.force_login(user)
    other = UserFactory()
    client2 = type(client)()
    client2.force_login(other)
    assert PortalSession.objects.filter(user=user).count() == 1
    client.logout()
    assert not PortalSession.objects.filter(user=user).exists()
    assert PortalSession.objects.filter(user=other).count() == 1


def test_an_inactive_account_is_signed_out(client):
    user = UserFactory()
    client.force_login(user)
    type(user).objects.filter(pk=user.pk).update(is_active=False)
    response = client.get(reverse("apure:dashboard"))
    assert response.status_code == 302 and "/comptes/login/" in response["Location"]


def test_a_changed_password_ends_other_sessions(client):
    user = UserFactory()
    client.force_login(user)
    user.set_password("Un autre mot de passe, bien plus long 2026")
    user.save()
    response = client.get(reverse("apure:dashboard"))
    assert response.status_code == 302 and "/comptes/login/" in response["Location"]
