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


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def staff_with_event(capacity, groups):
    """A member of staff signed in, an event with one group per capacity, and its groups."""
    staff = make_user("equipe")
    event = build_event(capacity=capacity, groups=groups)
    return signed_in(staff), staff, event, list(event.groups.order_by("position"))


def staff_list(client, event, query=""):
    response = client.get(f"/evenements/{event.slug}/inscriptions/{query}")
    assert response.status_code == 200
    html = response.content.decode()
    return html, html.split('class="registration-list"', 1)[1].split("</ul>", 1)[0]


def test_staff_share_the_registrations_list_but_not_their_parts():
    """The list is rendered once per version of the event and filters; each member of staff
    gets their own header and CSRF token, and every change shows on the next request."""
    event = build_event(capacity=2, groups=(1, 5))
    g1, g2 = event.groups.order_by("position")
    camille = make_user("equipe", first_name="Camille", last_name="Durand")
    louis = make_user("equipe", first_name="Louis", last_name="Martin")
    clients = {person.pk: signed_in(person) for person in (camille, louis)}
    first = register(event, 1, groups=[g1])
    for person, other in ((camille, louis), (louis, camille)):
        html, rows = staff_list(clients[person.pk], event)
        assert "Invité1" in rows
        assert person.get_full_name() in html and other.get_full_name() not in html
        secret = clients[person.pk].cookies["csrftoken"].value
        assert {_unmask_cipher_token(t) for t in tokens(html)} == {secret}

    second = register(event, 2, groups=[g1])  # the group is full: waiting
    html, rows = staff_list(clients[louis.pk], event)
    assert "Invité2" in rows and "2 inscriptions" in html
    html, rows = staff_list(clients[camille.pk], event, "?q=invit%C3%A92")
    assert "Invité2" in rows and "Invité1" not in rows and "1 inscription" in html
    services.registration_change_groups(registration=first, groups=[g2], by=camille)
    _, rows = staff_list(clients[louis.pk], event, f"?group={g2.pk}")
    assert "Invité1" in rows and "Invité2" not in rows
    second.refresh_from_db()
    _, rows = staff_list(clients[louis.pk], event, "?status=confirmed")
    assert "Invité2" in rows  # promoted when the place in atelier 1 was freed
    services.registration_check_in(registration=second, by=louis)
    _, rows = staff_list(clients[camille.pk], event, "?status=present")
    assert "Invité2" in rows and "Invité1" not in rows
    services.registration_cancel(registration=first, by=louis, staff=True, notify=False)
    _, rows = staff_list(clients[camille.pk], event)
    assert "Invité1" not in rows


def test_the_staff_list_returns_to_its_own_filters():
    """The move and cancel actions come back to the list as it was filtered, whoever rendered
    it first and whatever else their address carried."""
    client, _staff, event, _groups = staff_with_event(5, ())
    register(event, 1)
    html, _ = staff_list(client, event, "?q=invit&utm=x&status=confirmed")
    expected = f"/evenements/{event.slug}/inscriptions/?q=invit&amp;status=confirmed"
    assert f'name="next" value="{expected}"' in html


def test_the_add_form_follows_the_programme_not_the_registrations():
    """The blank "add someone" form is kept while registrations come and go, and shows a
    renamed or a new group on the next request."""
    client, staff, event, (g1, _g2) = staff_with_event(5, (5, 5))

    def add_form(html):
        return html.split('id="ajouter"', 1)[1]

    html, _ = staff_list(client, event)
    assert "Atelier 1" in add_form(html)
    register(event, 1, groups=[g1])
    services.group_update(group=g1, by=staff, data={"title": "Cantine durable", "capacity": 5})
    html, _ = staff_list(client, event)
    assert "Cantine durable" in add_form(html) and "Atelier 1" not in add_form(html)
    services.group_create(item=g1.item, by=staff, data={"title": "Textiles", "capacity": 5})
    html, _ = staff_list(client, event)
    assert "Textiles" in add_form(html)


def test_the_staff_list_shows_the_waiting_lists_as_they_move():
    """The waiting lists are read only when the counts say someone waits, and follow every
    registration on the next request."""
    client, staff, event, (g1, _g2) = staff_with_event(2, (1, 5))

    def waiting(html):
        if "Listes d’attente" not in html:
            return ""
        return html.split("Listes d’attente", 1)[1].split("</details>", 1)[0]

    first = register(event, 1, groups=[g1])
    html, _ = staff_list(client, event)
    assert waiting(html) == ""
    register(event, 2, groups=[g1])  # a place in the event, none left in atelier 1
    html, _ = staff_list(client, event)
    assert "Invité2" in waiting(html) and "Atelier 1" in waiting(html)
    register(event, 3, groups=[g1])  # the event is full
    html, _ = staff_list(client, event)
    assert "Invité3" in waiting(html)
    services.registration_cancel(registration=first, by=staff, staff=True, notify=False)
    html, _ = staff_list(client, event)  # Invité2 gets atelier 1, Invité3 the event's place
    assert "Invité2" not in waiting(html)
