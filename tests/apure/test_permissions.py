"""Who gets what on every core URL: the permission table of the portal's foundation.

Each app keeps the same kind of table for its own URLs in tests/<app>/test_permissions.py.
"""

import pytest
from django.urls import reverse

from tests.conftest import ROLES
from tests.factories import make_user

# (method, URL) -> expected status for: visitor, acheteur, membre, conseiller, expert, equipe
TABLE = {
    ("GET", "/"): (200, 200, 200, 200, 200, 200),
    ("GET", "/tableau-de-bord/"): (302, 200, 200, 200, 200, 200),
    ("GET", "/compte/"): (302, 200, 200, 200, 200, 200),
    ("POST", "/compte/organisation/"): (302, 400, 400, 400, 400, 400),
    ("GET", "/compte/mes-donnees.json"): (302, 200, 200, 200, 200, 200),
    ("GET", "/compte/supprimer/"): (302, 200, 200, 200, 200, 200),
    ("POST", "/compte/session/"): (401, 200, 200, 200, 200, 200),
    ("GET", "/compte/roles/"): (302, 403, 403, 403, 403, 200),
    ("GET", "/compte/roles/{other}/"): (302, 403, 403, 403, 403, 200),
    ("POST", "/compte/roles/{other}/"): (302, 403, 403, 403, 403, 302),
    ("GET", "/sante/"): (200, 200, 200, 200, 200, 200),
    ("GET", "/comptes/login/"): (200, 302, 302, 302, 302, 302),
    ("GET", "/comptes/signup/"): (200, 302, 302, 302, 302, 302),
    ("GET", "/comptes/password/reset/"): (200, 200, 200, 200, 200, 200),
    ("GET", "/comptes/email/"): (302, 200, 200, 200, 200, 200),
    ("GET", "/comptes/2fa/"): (302, 200, 200, 200, 200, 200),
    ("GET", "/admin/"): (302, 302, 302, 302, 302, 200),
    ("GET", "/admin/login/"): (302, 403, 403, 403, 403, 302),
    ("GET", "/admin/apure/organisation/"): (302, 302, 302, 302, 302, 200),
    ("GET", "/admin/apure/user/{other}/change/"): (302, 302, 302, 302, 302, 200),
    ("POST", "/admin/apure/user/{other}/change/"): (302, 302, 302, 302, 302, 403),
    ("GET", "/admin/apure/user/{other}/password/"): (302, 302, 302, 302, 302, 403),
    ("GET", "/admin/apure/outboxmessage/"): (302, 302, 302, 302, 302, 403),
    ("GET", "/nexiste-pas/"): (404, 404, 404, 404, 404, 404),
}


@pytest.mark.django_db
@pytest.mark.parametrize(("method", "url"), list(TABLE), ids=[" ".join(k) for k in TABLE])
@pytest.mark.parametrize("role", ROLES)
def test_permission_table(client, method, url, role):
    user = make_user(role)
    other = make_user("acheteur")
    if user is not None:
        client.force_login(user)
    response = getattr(client, method.lower())(url.format(other=other.pk))
    expected = TABLE[(method, url)][ROLES.index(role)]
    assert response.status_code == expected, (role, method, url)
    if expected == 302 and role == "visitor":
        assert response["Location"].startswith(("/comptes/login/", "/admin/login/"))


@pytest.mark.django_db
def test_error_pages_are_french(client):
    response = client.get("/nexiste-pas/")
    assert "Page introuvable" in response.content.decode()
    buyer = make_user("acheteur")
    client.force_login(buyer)
    response = client.get(reverse("apure:roles"))
    assert "Accès refusé" in response.content.decode()


@pytest.mark.django_db
def test_navigation_shows_what_the_role_may_use(client):
    buyer = make_user("acheteur")
    client.force_login(buyer)
    assert reverse("apure:roles") not in client.get("/").content.decode()
    client.force_login(make_user("equipe"))
    assert reverse("apure:roles") in client.get("/").content.decode()
