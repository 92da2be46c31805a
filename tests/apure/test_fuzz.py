"""No input to the core's forms and parameters yields a 500, and a refusal changes nothing
(property-based, tests/fuzz.py). Each app has its own tests/<app>/test_fuzz.py."""

import pytest
from django.contrib.auth.models import Group

from apure.models import Organisation, User
from tests.factories import make_user
from tests.fuzz import fuzz

pytestmark = pytest.mark.django_db

ORGANISATION_FIELDS = [
    "organisation_siret",
    "organisation_name",
    "organisation_kind",
    "organisation_departement",
    "organisation_is_rural",
]


def test_signup_and_login_never_fail(client):
    fuzz(
        client,
        "post",
        "/comptes/signup/",
        fields=["email", "password1", "password2", "first_name", "last_name", *ORGANISATION_FIELDS],
        models=[User, Organisation],
    )
    fuzz(client, "post", "/comptes/login/", fields=["login", "password", "remember", "next"])
    fuzz(client, "post", "/comptes/password/reset/", fields=["email"], models=[User])


@pytest.mark.parametrize("role", ["acheteur", "equipe"])
def test_the_account_pages_never_fail(client, role):
    user = make_user(role)
    client.force_login(user)
    fuzz(client, "post", "/compte/", fields=["first_name", "last_name", "job_title"])
    fuzz(client, "post", "/compte/organisation/", fields=ORGANISATION_FIELDS, models=[Organisation])
    fuzz(client, "post", "/compte/supprimer/", fields=["password", "confirm"], models=[User])
    user.refresh_from_db()
    assert user.is_active  # no generated input deleted the account
    fuzz(client, "get", "/compte/roles/", fields=["q", "role", "to_confirm", "page"])


def test_staff_role_editing_never_fails(client):
    staff = make_user("equipe")
    person = make_user("acheteur")
    client.force_login(staff)
    fuzz(
        client,
        "post",
        f"/compte/roles/{person.pk}/",
        fields=["roles", "organisation_confirmed"],
        models=[Group],
    )
    for pk in ["0", "99999999999999999999", "-1"]:
        assert client.get(f"/compte/roles/{pk}/").status_code == 404


def test_public_pages_ignore_strange_parameters(client):
    for url in ["/", "/sante/", "/accessibilite/", "/contact/"]:
        fuzz(client, "get", url, fields=["q", "page", "next", "lang"], max_examples=10)


def test_the_admin_search_and_filters_never_fail(client):
    from tests.factories import UserFactory

    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    for url in ["/admin/apure/user/", "/admin/apure/organisation/", "/admin/apure/auditentry/"]:
        fuzz(client, "get", url, fields=["q", "o", "p", "created_at__year", "kind__exact"])
        assert client.get(url, {"q": "\x00"}).status_code == 200


@pytest.mark.parametrize("value", ["²", "٣", "0x10", "-1"])
def test_admin_date_lookups_with_strange_digits_never_fail(client, value):
    response = client.get("/admin/apure/auditentry/", {"created_at__year": value})
    assert response.status_code == 302  # the login page, not a 500
