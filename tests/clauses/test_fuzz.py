"""Generated input on every form and GET parameter of La Clause Verte, as each role that can
reach it: never a 500, and a refused submission changes no row (tests/fuzz.py)."""

import pytest

from clauses import services
from clauses.models import Feedback, Fiche, Segment, SelectionItem, Theme
from tests.factories import make_user
from tests.fuzz import fuzz

pytestmark = pytest.mark.django_db

SEARCH_FIELDS = ["q", "page", "kind", "contract_type", "level", "segment", "theme"]
FICHE_FIELDS = [
    "title",
    "slug",
    "summary",
    "kind",
    "contract_type",
    "level",
    "tender_document",
    "segments",
    "themes",
    "text",
    "guidance",
    "verification",
    "legal_references",
    "cpv_codes",
    "sources",
    "eforms_strategic",
    "eforms_green",
    "eforms_social",
    "eforms_green_criteria",
    "submit",
]
VALID_FICHE = {
    "title": "Clause générée",
    "summary": "Résumé.",
    "kind": "execution_condition",
    "contract_type": "works",
    "level": "base",
    "tender_document": "CCAP",
    "text": "Le titulaire fait ceci.",
}


@pytest.fixture
def catalogue(taxonomy, make_fiche):
    expert = make_user("expert")
    published = make_fiche(
        title="Béton bas carbone",
        author=expert,
        segments=[taxonomy["segments"]["batiment"]],
        themes=[taxonomy["themes"]["climat-energie"]],
    )
    draft = make_fiche(status=Fiche.Status.DRAFT, author=expert, title="Brouillon")
    review = make_fiche(status=Fiche.Status.REVIEW, author=expert, title="En relecture")
    return {"expert": expert, "published": published, "draft": draft, "review": review}


@pytest.mark.parametrize("role", ["visitor", "acheteur", "expert", "equipe"])
def test_search_kit_and_selection_pages(client_for, catalogue, role):
    client = client_for(make_user(role))
    fuzz(client, "get", "/clauses/", fields=SEARCH_FIELDS)
    fuzz(client, "get", "/clauses/kit-loi-climat/", fields=["contract_type", "segment"])
    fuzz(client, "get", "/clauses/selection/", fields=["page"])
    fuzz(client, "get", "/clauses/selection/export.docx", fields=["page"], max_examples=5)
    fuzz(client, "get", "/clauses/{}/".format(catalogue["published"].slug), fields=["next"])


@pytest.mark.parametrize("role", ["visitor", "acheteur"])
def test_selection_forms(client_for, catalogue, role):
    client = client_for(make_user(role))
    slug = catalogue["published"].slug
    for url in ("/clauses/selection/ajouter/", "/clauses/selection/retirer/"):
        fuzz(client, "post", url, fields=["fiche", "next"], models=[SelectionItem])
        fuzz(client, "post", url, fields=["next"], fixed={"fiche": slug}, models=[SelectionItem])
    fuzz(client, "post", f"/clauses/{slug}/copie/", fields=["fiche", "next"])


def test_named_selection_forms(client_for, catalogue):
    from clauses.models import Selection

    buyer = make_user("acheteur")
    client = client_for(buyer)
    services.selection_add(user=buyer, fiches=[catalogue["published"]])
    other = services.selection_create(user=buyer, name="Voirie 2027")
    models = [Selection, SelectionItem]
    fields = ["name", "contract_type", "segment", "next"]
    fuzz(client, "post", "/clauses/selection/nouvelle/", fields=fields, models=models)
    fuzz(client, "post", f"/clauses/selection/{other.pk}/modifier/", fields=fields, models=models)
    for action in ("vider", "supprimer", "activer"):
        fuzz(
            client,
            "post",
            f"/clauses/selection/{other.pk}/{action}/",
            fields=["confirm", "next"],
            models=[SelectionItem],
            max_examples=15,
        )
    fuzz(
        client,
        "get",
        "/clauses/selection/export.odt",
        fields=["selection", "title", "references", "annex"],
        max_examples=10,
    )


def test_feedback_form_as_a_buyer(client_for, catalogue):
    client = client_for(make_user("acheteur"))
    url = "/clauses/{}/avis/".format(catalogue["published"].slug)
    fuzz(client, "post", url, fields=["used_in_contract", "comment", "next"], models=[Feedback])


@pytest.mark.parametrize("role", ["expert", "equipe"])
def test_proposal_form(client_for, catalogue, role):
    client = client_for(make_user(role))
    models = [Fiche, Segment, Theme]
    fuzz(client, "get", "/clauses/mes-propositions/", fields=["status", "page"])
    fuzz(client, "post", "/clauses/proposer/", fields=FICHE_FIELDS, models=models)
    fuzz(
        client,
        "post",
        "/clauses/proposer/",
        fields=["cpv_codes", "slug", "segments", "themes", "eforms_green", "submit"],
        fixed=VALID_FICHE,
        models=models,
    )


def test_edit_form_as_author_and_staff(client_for, catalogue):
    url = "/clauses/{}/modifier/".format(catalogue["draft"].slug)
    for user in (catalogue["expert"], make_user("equipe")):
        client = client_for(user)
        fuzz(client, "post", url, fields=FICHE_FIELDS, models=[Fiche])
        fuzz(client, "post", url, fields=["cpv_codes", "segments", "submit"], fixed=VALID_FICHE)


def test_staff_actions_and_moderation(client_for, catalogue, buyer):
    staff = make_user("equipe")
    client = client_for(staff)
    feedback = services.feedback_submit(
        fiche=catalogue["published"], by=buyer, used_in_contract=True
    )
    for fiche in ("review", "draft", "published"):
        slug = catalogue[fiche].slug
        for action in ("publier", "archiver", "demander-modifications", "soumettre"):
            fuzz(
                client,
                "post",
                f"/clauses/{slug}/{action}/",
                fields=["next", "comment"],
                max_examples=8,
            )
    fuzz(
        client,
        "post",
        f"/clauses/moderation/avis/{feedback.pk}/",
        fields=["decision", "next"],
        models=[Feedback],
    )
    fuzz(client, "post", "/clauses/catalogue/import/", fields=["file"], models=[Fiche])
    fuzz(client, "get", "/clauses/moderation/", fields=["page"], max_examples=5)
    fuzz(client, "get", "/clauses/catalogue/export.csv", fields=["status"], max_examples=5)


@pytest.mark.parametrize("role", ["visitor", "equipe"])
def test_api_parameters(client_for, catalogue, role):
    client = client_for(make_user(role))
    fuzz(client, "get", "/api/clauses/", fields=[*SEARCH_FIELDS, "page_size"])
    fuzz(client, "get", "/api/clauses/{}/".format(catalogue["published"].slug), fields=["q"])


def test_admin_change_lists(client_for, catalogue):
    client = client_for(make_user("equipe", is_staff=True, is_superuser=True))
    for model in ("fiche", "segment", "theme", "feedback", "selection"):
        fuzz(
            client,
            "get",
            f"/admin/clauses/{model}/",
            fields=["q", "status", "kind", "published_at__year", "p", "o"],
            max_examples=15,
        )
