"""The Django admin never changes a fiche's text or status behind the services' back."""

import pytest
from django.urls import reverse

from tests.factories import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client_for):
    return client_for(make_user("equipe", is_staff=True, is_superuser=True))


def test_admin_cannot_change_content_or_status(admin_client, make_fiche):
    fiche = make_fiche(title="Titre publié", text="Texte publié")
    url = reverse("admin:clauses_fiche_change", args=[fiche.pk])
    page = admin_client.get(url)
    assert page.status_code == 200
    assert reverse("clauses:edit", args=[fiche.slug]) in page.content.decode()
    admin_client.post(
        url,
        {
            "title": "Changé dans l'admin",
            "text": "Texte changé",
            "status": "draft",
            "slug": fiche.slug,
            "summary": fiche.summary,
            "kind": fiche.kind,
            "contract_type": fiche.contract_type,
            "level": fiche.level,
            "tender_document": fiche.tender_document,
        },
    )
    fiche.refresh_from_db()
    assert (fiche.title, fiche.text, fiche.status) == ("Titre publié", "Texte publié", "published")
    assert admin_client.get(reverse("admin:clauses_fiche_add")).status_code == 403


def test_admin_history_cannot_revert(admin_client, make_fiche):
    fiche = make_fiche(title="Première version")
    old = fiche.history.earliest()
    fiche.title = "Deuxième version"
    fiche.save()
    url = reverse("admin:clauses_fiche_simple_history", args=[fiche.pk, old.history_id])
    response = admin_client.get(url)
    assert response.status_code in (302, 403)
    admin_client.post(url, {"title": "Première version", "_change_history": "1"})
    fiche.refresh_from_db()
    assert fiche.title == "Deuxième version"
