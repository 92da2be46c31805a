"""A visitor's event page is rendered once for every visitor (apure.render_once): nobody sees
another person's message or CSRF token, a signed-in person still gets their own page, and
every change (a registration, an edit, the registration window opening) shows on the very
next request."""

import re
import time
from datetime import timedelta

import pytest
from django.middleware.csrf import _unmask_cipher_token
from django.test import Client
from django.utils import timezone

from events import services
from tests.factories import make_user

from .conftest import build_event, guest, register

pytestmark = pytest.mark.django_db


def page(client, event):
    response = client.get(event.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def places(html):
    return int(re.search(r"(\d+) places? restantes?", html).group(1))


def tokens(html):
    return set(re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', html))


def guest_form(event, n):
    group = event.groups.get()
    return {**guest(n), "is_rural": "on", f"slot_{group.item_id}": group.pk}


def test_visitors_share_the_page_but_not_their_parts():
    event = build_event(capacity=5, groups=(5,))
    alice, bruno = Client(), Client()
    first = page(alice, event)
    assert places(first) == 5 and "Connectez-vous pour vous inscrire en un clic" in first
    response = alice.post(
        f"/evenements/{event.slug}/inscription/", guest_form(event, 1), follow=True
    )
    mine = response.content.decode()
    assert "Presque terminé" in mine and "invite1@commune.example.fr" in mine
    theirs = page(bruno, event)
    assert "Presque terminé" not in theirs and "invite1@" not in theirs
    assert "Presque terminé" not in page(alice, event)  # a message is shown once
    for client in (alice, bruno):
        html = page(client, event)
        assert tokens(html), "the registration form carries a CSRF token"
        secret = client.cookies["csrftoken"].value
        assert {_unmask_cipher_token(t) for t in tokens(html)} == {secret}


def test_a_signed_in_person_gets_their_own_page():
    event = build_event(capacity=5)
    visitor, buyer_client = Client(), Client()
    buyer = make_user("acheteur", first_name="Camille", last_name="Durand")
    buyer_client.force_login(buyer)
    page(visitor, event)
    html = page(buyer_client, event)
    assert "Camille Durand" in html and "Connectez-vous pour vous inscrire" not in html
    services.registration_create(event=event, user=buyer, notify=False)
    html = page(buyer_client, event)
    assert "Vous êtes inscrit" in html
    assert "Vous êtes inscrit" not in page(visitor, event)
    assert "Camille Durand" not in page(visitor, event)


def test_every_change_shows_on_the_next_request():
    staff = make_user("equipe")
    event = build_event(capacity=3)
    visitor = Client()
    assert places(page(visitor, event)) == 3
    registration = register(event, 1)
    assert places(page(visitor, event)) == 2
    services.registration_cancel(registration=registration, by=staff, staff=True, notify=False)
    assert places(page(visitor, event)) == 3
    services.event_update(event=event, by=staff, data={"summary": "Un résumé tout neuf."})
    assert "Un résumé tout neuf." in page(visitor, event)
    services.event_cancel(event=event, by=staff, reason="Salle indisponible.")
    assert "Cet événement est annulé." in page(visitor, event)


def test_the_registration_window_opens_on_time():
    opens = timezone.now() + timedelta(seconds=1)
    event = build_event(capacity=3, registration_opens_at=opens)
    visitor = Client()
    assert "Les inscriptions ouvrent le" in page(visitor, event)
    time.sleep(max(0.0, (opens - timezone.now()).total_seconds()) + 0.05)
    html = page(visitor, event)
    assert "Les inscriptions ouvrent le" not in html and tokens(html)
