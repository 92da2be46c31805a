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
    ("get", "/api/docs/", [200, 200, 200, 200, 200, 200]),
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


def test_one_permission_per_action_follows_the_status(make_fiche):
    staff, expert = make_user("equipe"), make_user("expert")
    fiches = {
        status: make_fiche(status=status, author=expert)
        for status in (
            Fiche.Status.DRAFT,
            Fiche.Status.REVIEW,
            Fiche.Status.PUBLISHED,
            Fiche.Status.ARCHIVED,
        )
    }
    expected = {
        #                         draft  review published archived
        "clauses.publish_fiche": (True, True, False, True),
        "clauses.archive_fiche": (True, True, True, False),
        "clauses.request_changes": (True, True, False, False),
        "clauses.edit_fiche": (True, True, True, True),
        "clauses.submit_fiche": (False, False, False, False),
    }
    for perm, answers in expected.items():
        assert tuple(staff.has_perm(perm, f) for f in fiches.values()) == answers, perm
    assert expert.has_perm("clauses.submit_fiche", fiches[Fiche.Status.DRAFT])
    assert expert.has_perm("clauses.edit_fiche", fiches[Fiche.Status.DRAFT])
    for perm in ("clauses.publish_fiche", "clauses.archive_fiche", "clauses.request_changes"):
        assert not any(expert.has_perm(perm, f) for f in fiches.values()), perm


def test_every_checked_permission_exists_and_none_is_unused():
    import pathlib
    import re

    import rules

    root = pathlib.Path(__file__).resolve().parents[2] / "clauses"
    source = "\n".join(p.read_text() for p in [*root.rglob("*.py"), *root.rglob("*.html")])
    checked = set(re.findall(r"perms\.(clauses\.[a-z_]+)", source))
    checked |= set(re.findall(r"has_perm[ (]\"(clauses\.[a-z_]+)\"", source))
    checked |= set(
        re.findall(
            r"(?:permission_required|_fiche_action|check_object_permission)"
            r"\([^)]*?\"(clauses\.[a-z_]+)\"",
            source,
            re.S,
        )
    )
    declared = {name for name in rules.permissions.permissions if name.startswith("clauses.")}
    assert "clauses.publish_fiche" in checked and "clauses.give_feedback" in checked
    assert checked <= declared, checked - declared
    assert declared <= checked, f"never checked: {declared - checked}"


def test_staff_cannot_send_another_authors_draft_for_review_through_the_edit_form(
    client_for, make_fiche
):
    expert = make_user("expert")
    draft = make_fiche(status=Fiche.Status.DRAFT, author=expert, title="Avant")
    client = client_for(make_user("equipe"))
    data = {
        "title": "Après",
        "summary": draft.summary,
        "kind": draft.kind,
        "contract_type": draft.contract_type,
        "level": draft.level,
        "tender_document": draft.tender_document,
        "text": draft.text,
        "submit": "",
    }
    assert client.post(f"/clauses/{draft.slug}/soumettre/").status_code == 403
    assert client.post(f"/clauses/{draft.slug}/modifier/", data).status_code == 403
    draft.refresh_from_db()
    assert (draft.status, draft.title) == (Fiche.Status.DRAFT, "Avant")
    page = client.get(f"/clauses/{draft.slug}/modifier/").content.decode()
    assert 'name="submit"' not in page
    # Saving without sending stays possible for staff.
    data.pop("submit")
    assert client.post(f"/clauses/{draft.slug}/modifier/", data).status_code == 302
    draft.refresh_from_db()
    assert (draft.status, draft.title) == (Fiche.Status.DRAFT, "Après")
    # The author saves and sends in one step; nothing is saved if it cannot be sent.
    author = client_for(expert)
    assert 'name="submit"' in author.get(f"/clauses/{draft.slug}/modifier/").content.decode()
    response = author.post(
        f"/clauses/{draft.slug}/modifier/",
        {**data, "text": "", "title": "Sans texte", "submit": ""},
    )
    assert response.status_code == 400
    draft.refresh_from_db()
    assert (draft.status, draft.title) == (Fiche.Status.DRAFT, "Après")
    response = author.post(f"/clauses/{draft.slug}/modifier/", {**data, "submit": ""})
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == Fiche.Status.REVIEW


def test_a_stale_moderation_button_gives_a_message(client_for, make_fiche):
    published = make_fiche()
    client = client_for(make_user("equipe"))
    response = client.post(f"/clauses/{published.slug}/publier/", follow=True)
    assert response.status_code == 200
    assert "Publiée" in response.content.decode() or "publiée" in response.content.decode()
