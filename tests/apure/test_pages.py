"""The pages a French public portal owes, linked from every page's footer, and the contact
form that reaches the programme's team."""

import pytest
from django.core import mail

from apure.models import OutboxMessage
from tests.fuzz import fuzz

pytestmark = pytest.mark.django_db

PAGES = {
    "/accessibilite/": ["RGAA", "partiellement conforme", "Défenseur des droits"],
    "/mentions-legales/": ["Cerdd", "Loos-en-Gohelle", "Licence Ouverte"],
    "/donnees-personnelles/": ["Base légale", "Durée de conservation", "CNIL"],
    "/contact/": ["Envoyer mon message"],
}


@pytest.mark.parametrize("url", PAGES)
def test_every_page_links_the_pages_a_public_portal_owes(client, url):
    response = client.get(url)
    assert response.status_code == 200
    page = response.content.decode()
    for text in PAGES[url]:
        assert text in page
    home = client.get("/").content.decode()
    assert f'href="{url}"' in home


def test_the_accessibility_link_says_the_conformity_status(client):
    assert "Accessibilité : partiellement conforme" in client.get("/").content.decode()


def test_a_contact_message_reaches_the_team(client, settings):
    settings.CONTACT_EMAIL = "equipe-programme@example.fr"
    response = client.post(
        "/contact/",
        {
            "name": "Léa Vasseur",
            "email": "lea.vasseur@mairie-exemple.fr",
            "organisation": "Commune d'Exemple",
            "subject": "accessibilite",
            "message": "Le tableau des statistiques est illisible avec mon lecteur d'écran.",
        },
        follow=True,
    )
    assert "Merci" in response.content.decode()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["equipe-programme@example.fr"]
    assert "Accessibilité" in message.subject
    assert "lea.vasseur@mairie-exemple.fr" in message.body
    assert "lecteur d'écran" in message.body


def test_a_contact_message_is_refused_clearly_and_sends_nothing(client):
    response = client.post("/contact/", {"name": "", "email": "pas-une-adresse", "message": "x"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Saisissez une adresse e-mail valide" in page or "adresse" in page
    assert OutboxMessage.objects.count() == 0


def test_the_contact_form_stops_a_robot(client):
    data = {
        "name": "Robot",
        "email": "robot@example.fr",
        "subject": "autre",
        "message": "Message répété automatiquement.",
    }
    for _ in range(5):
        assert client.post("/contact/", data).status_code == 302
    response = client.post("/contact/", data)
    assert response.status_code == 400
    assert OutboxMessage.objects.filter(kind="email").count() == 5


def test_the_contact_form_never_fails(client):
    fuzz(
        client,
        "post",
        "/contact/",
        fields=["name", "email", "organisation", "subject", "message"],
        models=[OutboxMessage],
    )


def test_the_deletion_page_says_what_each_service_keeps(client):
    from tests.factories import make_user

    client.force_login(make_user("acheteur"))
    page = client.get("/compte/supprimer/").content.decode()
    assert "réduit à son organisation" in page
    assert "sans votre nom" in page  # the clause library's part


def test_the_contact_limit_follows_the_real_client_behind_the_proxy(client, settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    data = {
        "name": "Robot",
        "email": "robot@example.fr",
        "subject": "autre",
        "message": "Message répété automatiquement.",
    }
    for _ in range(5):
        response = client.post("/contact/", data, HTTP_X_FORWARDED_FOR="203.0.113.7")
        assert response.status_code == 302
    assert client.post("/contact/", data, HTTP_X_FORWARDED_FOR="203.0.113.7").status_code == 400
    # Another person behind the same proxy can still write.
    assert client.post("/contact/", data, HTTP_X_FORWARDED_FOR="198.51.100.2").status_code == 302
