"""The request page is rendered once per person and version of the Guichet's data
(guichet.views.request_detail, apure.render_once): each person sees only what they may see,
with their own header and CSRF token, and every change shows on the very next request."""

import re

import pytest
from django.middleware.csrf import _unmask_cipher_token
from django.test import Client
from django.utils import timezone

from apure.services import user_set_organisation_confirmed
from guichet import services
from tests.factories import OrganisationFactory, make_user
from tests.guichet.conftest import submit

pytestmark = pytest.mark.django_db

NOTE = "Note interne : le fournisseur actuel est en difficulté."


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def page(client, request, status=200) -> str:
    response = client.get(request.get_absolute_url())
    assert response.status_code == status
    return response.content.decode()


def tokens(html):
    return set(re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', html))


def test_each_person_gets_their_own_page(advisor):
    buyer = make_user("acheteur", first_name="Camille", last_name="Durand")
    other_advisor = make_user("conseiller", first_name="Inès", last_name="Morel")
    request = submit(buyer)
    services.request_take(request=request, by=advisor)
    services.message_post(request=request, by=advisor, body=NOTE, internal=True)
    services.message_post(request=request, by=advisor, body="Trois critères conseillés.")
    clients = {person.pk: signed_in(person) for person in (buyer, advisor, other_advisor)}
    for _round in range(2):  # rendered, then served as rendered
        for person in (advisor, buyer, other_advisor):
            client = clients[person.pk]
            html = page(client, request)
            assert "Trois critères conseillés." in html
            assert (NOTE in html) is (person != buyer)
            assert ("Temps passé" in html) is (person != buyer)
            for someone in {buyer, advisor, other_advisor} - {person}:
                assert f">{someone.get_full_name()}<" not in html.split("<main", 1)[0]
            assert person.get_full_name() in html.split("<main", 1)[0]
            secret = client.cookies["csrftoken"].value
            assert tokens(html) and {_unmask_cipher_token(t) for t in tokens(html)} == {secret}


def test_every_change_shows_on_the_next_request(advisor):
    buyer = make_user("acheteur")
    staff = make_user("equipe")
    request = submit(buyer)
    advisor_client, buyer_client = signed_in(advisor), signed_in(buyer)
    assert "pas encore attribuée" in page(advisor_client, request)
    services.request_take(request=request, by=advisor)
    assert "Thomas Leroy" in page(buyer_client, request)
    entry = services.time_entry_create(
        request=request,
        by=advisor,
        date=timezone.localdate(request.created_at),
        minutes=45,
        channel="phone",
    )
    assert "Total : 45 min" in page(advisor_client, request)
    services.time_entry_update(
        entry=entry, by=advisor, date=entry.date, minutes=50, channel="phone", note=""
    )
    assert "Total : 50 min" in page(advisor_client, request)
    services.message_post(request=request, by=advisor, body=NOTE, internal=True)
    assert NOTE in page(advisor_client, request) and NOTE not in page(buyer_client, request)
    services.message_post(request=request, by=buyer, body="Et pour le pain ?")
    assert "Et pour le pain ?" in page(advisor_client, request)
    services.request_close(request=request, by=advisor, summary="Pain bio local.")
    assert "Pain bio local." in page(buyer_client, request)
    services.request_rate(request=request, by=buyer, rating=4)
    assert "Notée 4 sur 5." in page(advisor_client, request)
    qa = services.qa_create_from_request(request=request, by=staff)
    staff_client = signed_in(staff)
    assert qa.title in page(staff_client, request)
    services.qa_update(
        qa=qa, by=staff, title="Du pain bio local", question="Q ?", answer="R.", kind=qa.kind
    )
    assert "Du pain bio local" in page(staff_client, request)


def test_who_may_see_it_is_decided_at_once(advisor, expert):
    organisation = OrganisationFactory()
    owner = make_user("acheteur", organisation=organisation, organisation_confirmed=True)
    colleague = make_user("acheteur", organisation=organisation, organisation_confirmed=False)
    stranger = make_user("acheteur")
    staff = make_user("equipe")
    request = submit(owner)
    page(signed_in(owner), request)  # rendered for the owner first
    page(signed_in(stranger), request, status=404)
    colleague_client = signed_in(colleague)
    page(colleague_client, request, status=404)
    user_set_organisation_confirmed(user=colleague, confirmed=True, by=staff)
    page(colleague_client, request)
    expert_client = signed_in(expert)
    page(expert_client, request, status=404)
    services.request_assign(request=request, by=advisor, assignee=expert)
    assert "Nadia Benali" in page(expert_client, request)
    services.request_assign(request=request, by=advisor, assignee=advisor)
    page(expert_client, request, status=404)


def test_a_message_is_shown_once(advisor):
    request = submit(make_user("acheteur"))
    client = signed_in(advisor)
    page(client, request)
    response = client.post(f"{request.get_absolute_url()}prendre/", follow=True)
    assert "Vous avez pris la demande" in response.content.decode()
    assert "Vous avez pris la demande" not in page(client, request)
