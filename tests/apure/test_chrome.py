"""The header and menu of ordinary pages are rendered once per person, menu and address
(apure.render_once.personal_chrome): nobody gets another's name or CSRF token, and a change of
name shows at once."""

import re

import pytest
from django.middleware.csrf import _unmask_cipher_token
from django.test import Client

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
PAGE = "/mentions-legales/"


def _logout_token(html: str) -> str | None:
    form = re.search(r'<form method="post" action="/comptes/logout/".*?</form>', html, re.S)
    if form is None:
        return None
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.group(0)).group(1)


def test_interleaved_people_get_their_own_header():
    alice = UserFactory(first_name="Alice", last_name="Aubert")
    bruno = UserFactory(first_name="Bruno", last_name="Brunet")
    clients = {"alice": Client(), "bruno": Client(), "visitor": Client()}
    clients["alice"].force_login(alice)
    clients["bruno"].force_login(bruno)
    for _round in range(3):
        for who in ("alice", "visitor", "bruno", "alice"):
            client = clients[who]
            html = client.get(PAGE).content.decode()
            assert ("Alice Aubert" in html) == (who == "alice")
            assert ("Bruno Brunet" in html) == (who == "bruno")
            token = _logout_token(html)
            if who == "visitor":
                assert token is None
            else:
                assert _unmask_cipher_token(token) == client.cookies["csrftoken"].value
    type(alice).objects.filter(pk=alice.pk).update(first_name="Alix")
    html = clients["alice"].get(PAGE).content.decode()
    assert "Alix Aubert" in html and "Alice Aubert" not in html
