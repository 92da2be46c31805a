"""Who gets what on every core URL: the permission table of the portal's foundation.

Each app keeps the same kind of table for its own URLs in tests/<app>/test_permissions.py.
"""

import pytest
from django.urls import reverse

from tests.conftest import ROLES
from tests.factories import make_user

# URL -> expected status for: visitor, acheteur, membre, conseiller, expert, equipe
TABLE = {
    "/": (200, 200, 200, 200, 200, 200),
    "/tableau-de-bord/": (302, 200, 200, 200, 200, 200),
    "/compte/": (302, 200, 200, 200, 200, 200),
    "/compte/mes-donnees.json": (302, 200, 200, 200, 200, 200),
    "/compte/supprimer/": (302, 200, 200, 200, 200, 200),
    "/compte/roles/": (302, 403, 403, 403, 403, 200),
    "/compte/roles/{other}/": (302, 403, 403, 403, 403, 200),
    "/sante/": (200, 200, 200, 200, 200, 200),
    "/comptes/login/": (200, 302, 302, 302, 302, 302),
    "/comptes/signup/": (200, 302, 302, 302, 302, 302),
    "/comptes/2fa/": (302, 200, 200, 200, 200, 200),
    "/admin/": (302, 302, 302, 302, 302, 200),
    "/admin/login/": (302, 403, 403, 403, 403, 302),
    "/nexiste-pas/": (404, 404, 404, 404, 404, 404),
}


@pytest.mark.django_db
@pytest.mark.parametrize("url", list(TABLE))
@pytest.mark.parametrize("role", ROLES)
def test_permission_table(client, url, role):
    user = make_user(role)
    other = make_user("acheteur")
    if user is not None:
        client.force_login(user)
    response = client.get(url.format(other=other.pk))
    expected = TABLE[url][ROLES.index(role)]
    assert response.status_code == expected, (role, url)
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
