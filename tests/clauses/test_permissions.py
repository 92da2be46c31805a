"""Who reaches which La Clause Verte page: every URL, the six roles, the expected answer.

"login" means a redirect to the login page; 404 means the object does not exist for that
person (a draft they did not write).
"""

import pytest

from clauses.models import Fiche
from tests.conftest import ROLES
from tests.factories import make_user

pytestmark = pytest.mark.django_db

LOGIN = "login"

#        method, url template, expected for: visitor, acheteur, membre, conseiller, expert, equipe
TABLE = [
    ("get", "/clauses/", [200, 200, 200, 200, 200, 200]),
    ("get", "/clauses/?q=béton&kind=nope", [200, 200, 200, 200, 200, 200]),
    ("get", "/clauses/{published}/", [200, 200, 200, 200, 200, 200]),
    ("get", "/clauses/{draft}/", [404, 404, 404, 404, 404, 200]),
    ("get", "/clauses/{review}/", [404, 404, 404, 404, 404, 200]),
    ("get", "/clauses/{archived}/", [404, 404, 404, 404, 404, 200]),
    ("get", "/clauses/inexistante/", [404, 404, 404, 404, 404, 404]),
    ("get", "/clauses/kit-loi-climat/", [200, 200, 200, 200, 200, 200]),
    ("get", "/clauses/kit-loi-climat/?contract_type=works", [200, 200, 200, 200, 200, 200]),
    ("get", "/clauses/selection/", [200, 200, 200, 200, 200, 200]),
    ("get", "/clauses/selection/export.docx", [302, 302, 302, 302, 302, 302]),
    ("get", "/clauses/selection/export.odt", [302, 302, 302, 302, 302, 302]),
    ("post", "/clauses/selection/ajouter/", [302, 302, 302, 302, 302, 302]),
    ("post", "/clauses/selection/retirer/", [302, 302, 302, 302, 302, 302]),
    ("post", "/clauses/{published}/copie/", [204, 204, 204, 204, 204, 204]),
    ("post", "/clauses/{draft}/copie/", [404, 404, 404, 404, 404, 404]),
    ("post", "/clauses/{published}/avis/", [LOGIN, 302, 302, 403, 403, 403]),
    ("get", "/clauses/proposer/", [LOGIN, 403, 403, 403, 200, 200]),
    ("get", "/clauses/mes-propositions/", [LOGIN, 403, 403, 403, 200, 200]),
    ("get", "/clauses/moderation/", [LOGIN, 403, 403, 403, 403, 200]),
    ("get", "/clauses/{published}/modifier/", [LOGIN, 403, 403, 403, 403, 200]),
    ("get", "/clauses/{draft}/modifier/", [LOGIN, 404, 404, 404, 404, 200]),
    ("get", "/clauses/{published}/historique/", [LOGIN, 403, 403, 403, 403, 200]),
    ("post", "/clauses/{review}/publier/", [LOGIN, 404, 404, 404, 404, 302]),
    ("post", "/clauses/{published}/archiver/", [LOGIN, 403, 403, 403, 403, 302]),
    ("post", "/clauses/{review}/demander-modifications/", [LOGIN, 404, 404, 404, 404, 302]),
    ("post", "/clauses/{draft}/soumettre/", [LOGIN, 404, 404, 404, 404, 403]),
    ("post", "/clauses/moderation/avis/999999/", [LOGIN, 403, 403, 403, 403, 404]),
    ("get", "/clauses/catalogue/export.csv", [LOGIN, 403, 403, 403, 403, 200]),
    ("get", "/clauses/catalogue/export.json", [LOGIN, 403, 403, 403, 403, 200]),
    ("get", "/clauses/catalogue/import/", [LOGIN, 403, 403, 403, 403, 200]),
    ("get", "/api/clauses/", [200, 200, 200, 200, 200, 200]),
    ("get", "/api/clauses/{published}/", [200, 200, 200, 200, 200, 200]),
    ("get", "/api/clauses/{draft}/", [404, 404, 404, 404, 404, 404]),
    ("get", "/api/openapi.json", [200, 200, 200, 200, 200, 200]),
]


@pytest.mark.parametrize(
    ("method", "url", "expected"), TABLE, ids=[f"{m} {u}" for m, u, _ in TABLE]
)
@pytest.mark.parametrize("role_index", range(len(ROLES)), ids=ROLES)
def test_permission_table(client_for, make_fiche, method, url, expected, role_index):
    role = ROLES[role_index]
    author = make_user("expert")  # another expert: the drafts are never the tested user's
    slugs = {
        "published": make_fiche(author=author).slug,
        "draft": make_fiche(status=Fiche.Status.DRAFT, author=author).slug,
        "review": make_fiche(status=Fiche.Status.REVIEW, author=author).slug,
        "archived": make_fiche(status=Fiche.Status.ARCHIVED, author=author).slug,
    }
    client = client_for(make_user(role))
    data = {"fiche": slugs["published"], "used_in_contract": "on", "comment": "Très utile"}
    if "demander-modifications" in url:
        data = {"comment": "Préciser."}
    response = (
        getattr(client, method)(url.format(**slugs), data)
        if method == "post"
        else (client.get(url.format(**slugs)))
    )
    want = expected[role_index]
    if want == LOGIN:
        assert response.status_code == 302 and "/comptes/" in response["Location"], role
    else:
        assert response.status_code == want, (role, response.status_code)
        if want == 302:
            assert "/comptes/" not in response["Location"]


def test_the_author_manages_their_own_draft(client_for, make_fiche):
    author = make_user("expert")
    draft = make_fiche(status=Fiche.Status.DRAFT, author=author)
    client = client_for(author)
    assert client.get(f"/clauses/{draft.slug}/").status_code == 200
    assert client.get(f"/clauses/{draft.slug}/modifier/").status_code == 200
    assert client.get(f"/clauses/{draft.slug}/historique/").status_code == 403
    assert client.post(f"/clauses/{draft.slug}/publier/").status_code == 403
    assert client.post(f"/clauses/{draft.slug}/soumettre/").status_code == 302
    draft.refresh_from_db()
    assert draft.status == Fiche.Status.REVIEW
    # In review, the author can read it but no longer change it.
    assert client.get(f"/clauses/{draft.slug}/modifier/").status_code == 403


def test_manage_and_request_changes_predicates(make_fiche):
    staff, expert, buyer = make_user("equipe"), make_user("expert"), make_user("acheteur")
    review = make_fiche(status=Fiche.Status.REVIEW, author=expert)
    draft = make_fiche(status=Fiche.Status.DRAFT, author=expert)
    published = make_fiche(author=expert)
    assert staff.has_perm("clauses.request_changes", review)
    assert staff.has_perm("clauses.request_changes", draft)
    assert not staff.has_perm("clauses.request_changes", published)
    assert not expert.has_perm("clauses.request_changes", review)
    assert staff.has_perm("clauses.manage_fiche", published)
    assert expert.has_perm("clauses.manage_fiche", draft)
    assert not buyer.has_perm("clauses.manage_fiche", published)


def test_rules_live_in_permissions_only():
    from clauses.models import FicheQuerySet

    assert not hasattr(FicheQuerySet, "visible_to")


def test_fiche_page_asks_the_permissions(client_for, make_fiche):
    expert = make_user("expert")
    draft = make_fiche(status=Fiche.Status.DRAFT, author=expert)
    page = client_for(expert).get(draft.get_absolute_url()).content.decode()
    assert 'id="manage-title"' in page and "/modifier/" in page
    assert "demander-modifications" not in page
    published = make_fiche()
    page = client_for(make_user("equipe")).get(published.get_absolute_url()).content.decode()
    assert 'id="manage-title"' in page and "demander-modifications" not in page
