"""Who reaches which Appels à chantiers page: every URL, the six roles, the expected answer.

"login" means a redirect to the login page; 404 means the object does not exist for that
person (a proposal that is not public yet, a draft call, an unpublished deliverable).
"""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from chantiers import services
from chantiers.models import Chantier
from tests.chantiers.conftest import build_call, build_proposal, make_member, set_phase
from tests.conftest import ROLES
from tests.factories import make_user

pytestmark = pytest.mark.django_db

LOGIN = "login"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"

#        method, url template, expected for: visitor, acheteur, membre, conseiller, expert, equipe
TABLE = [
    ("get", "/chantiers/", [200, 200, 200, 200, 200, 200]),
    ("get", "/chantiers/?theme=evaluation&q=spaser", [200, 200, 200, 200, 200, 200]),
    ("get", "/chantiers/appels/{voting}/", [200, 200, 200, 200, 200, 200]),
    ("get", "/chantiers/appels/{draft}/", [404, 404, 404, 404, 404, 200]),
    ("get", "/chantiers/appels/inexistant/", [404, 404, 404, 404, 404, 404]),
    ("get", "/chantiers/appels/nouveau/", [LOGIN, 403, 403, 403, 403, 200]),
    ("get", "/chantiers/appels/{voting}/modifier/", [LOGIN, 403, 403, 403, 403, 200]),
    ("post", "/chantiers/appels/{draft}/publier/", [LOGIN, 403, 403, 403, 403, 302]),
    ("post", "/chantiers/appels/{published}/cloturer/", [LOGIN, 403, 403, 403, 403, 302]),
    ("get", "/chantiers/appels/{proposals}/proposer/", [LOGIN, 200, 200, 403, 403, 403]),
    # The ballot: members only (a non-member can neither see nor post it).
    ("get", "/chantiers/appels/{voting}/vote/", [LOGIN, 403, 200, 403, 403, 403]),
    ("post", "/chantiers/appels/{voting}/vote/", [LOGIN, 403, 302, 403, 403, 403]),
    # Results and the audit export: staff only, and only after the close.
    ("get", "/chantiers/appels/{voting}/resultats/", [LOGIN, 403, 403, 403, 403, 200]),
    ("get", "/chantiers/appels/{counting}/resultats/", [LOGIN, 403, 403, 403, 403, 200]),
    ("post", "/chantiers/appels/{counting}/resultats/publier/", [LOGIN, 403, 403, 403, 403, 302]),
    ("get", "/chantiers/appels/{counting}/depouillement.csv", [LOGIN, 403, 403, 403, 403, 200]),
    ("get", "/chantiers/appels/{counting}/depouillement.xlsx", [LOGIN, 403, 403, 403, 403, 200]),
    ("get", "/chantiers/appels/{voting}/depouillement.csv", [LOGIN, 403, 403, 403, 403, 302]),
    # Proposals: eligible ones are public from the vote on; others are the lead's and staff's.
    ("get", "/chantiers/appels/{voting}/propositions/{eligible}/", [200] * 6),
    (
        "get",
        "/chantiers/appels/{proposals}/propositions/{pending}/",
        [404, 404, 404, 404, 404, 200],
    ),
    (
        "get",
        "/chantiers/appels/{proposals}/propositions/{pending}/modifier/",
        [LOGIN, 404, 404, 404, 404, 403],
    ),
    (
        "post",
        "/chantiers/appels/{proposals}/propositions/{pending}/eligibilite/",
        [LOGIN, 403, 403, 403, 403, 302],
    ),
    ("get", "/chantiers/collectif/pas-un-jeton/", [LOGIN, 404, 404, 404, 404, 404]),
    # A chantier and its deliverables.
    ("get", "/chantiers/{chantier}/", [200] * 6),
    ("get", "/chantiers/inexistant/", [404] * 6),
    ("post", "/chantiers/{chantier}/avancement/", [LOGIN, 403, 403, 403, 403, 302]),
    ("post", "/chantiers/{chantier}/livrables/", [LOGIN, 403, 403, 403, 403, 302]),
    ("get", "/chantiers/{chantier}/livrables/{published_file}/", [200] * 6),
    ("get", "/chantiers/{chantier}/livrables/{unpublished_file}/", [404, 404, 404, 404, 404, 200]),
    (
        "post",
        "/chantiers/{chantier}/livrables/{unpublished_file}/publier/",
        [LOGIN, 403, 403, 403, 403, 302],
    ),
    ("post", "/chantiers/{chantier}/livre/", [LOGIN, 403, 403, 403, 403, 302]),
]


@pytest.fixture
def world(db):
    staff = make_user("equipe")
    draft = build_call(phase="proposals", published=False)
    proposals_call = build_call(phase="proposals")
    pending = build_proposal(proposals_call, eligible=None)
    voting = build_call(phase="voting")
    eligible = build_proposal(voting)
    counting = build_call(phase="voting", seats=1)
    chosen = build_proposal(counting)
    services.ballot_cast(call=counting, voter=make_member(), proposal_ids=[chosen.pk])
    set_phase(counting, "counting")
    published = build_call(phase="voting", seats=1)
    winner = build_proposal(published)
    set_phase(published, "counting")
    services.selection_confirm(call=published, by=staff, proposal_ids=[winner.pk])
    services.results_publish(call=published, by=staff)
    chantier = Chantier.objects.get(proposal=winner)
    files = []
    for _ in range(2):
        files.append(
            services.deliverable_add(
                chantier=chantier,
                by=staff,
                title="Guide",
                upload=SimpleUploadedFile("guide.pdf", PDF),
            )
        )
    services.deliverable_publish(deliverable=files[0], by=staff)
    return {
        "draft": draft.slug,
        "proposals": proposals_call.slug,
        "pending": pending.slug,
        "voting": voting.slug,
        "eligible": eligible.slug,
        "eligible_pk": eligible.pk,
        "counting": counting.slug,
        "published": published.slug,
        "chantier": chantier.slug,
        "published_file": files[0].pk,
        "unpublished_file": files[1].pk,
    }


def post_data(url, world):
    if url.endswith("/vote/"):
        return {"choice": [world["eligible_pk"]]}
    if url.endswith("/eligibilite/"):
        return {"eligible": "1"}
    if url.endswith("/avancement/"):
        return {"date": "2026-11-30", "text": "Atelier de lancement."}
    if url.endswith("/livrables/"):
        return {"title": "Lien", "url": "https://example.org/guide", "licence": "Etalab 2.0"}
    return {}


@pytest.mark.parametrize(
    ("method", "url", "expected"), TABLE, ids=[f"{m} {u}" for m, u, _ in TABLE]
)
@pytest.mark.parametrize("role_index", range(len(ROLES)), ids=ROLES)
def test_permission_table(client_for, world, method, url, expected, role_index):
    role = ROLES[role_index]
    client = client_for(make_user(role))
    target = url.format(**world)
    if method == "post":
        response = client.post(target, post_data(url, world))
    else:
        response = client.get(target)
    want = expected[role_index]
    if want == LOGIN:
        assert response.status_code == 302 and "/comptes/" in response["Location"], role
    else:
        assert response.status_code == want, (role, target, response.status_code)
        if want == 302:
            assert "/comptes/" not in response["Location"]


def test_only_the_lead_edits_their_proposal(client_for, make_call, make_proposal):
    call = make_call(phase="proposals")
    proposal = make_proposal(call, eligible=None)
    url = f"/chantiers/appels/{call.slug}/propositions/{proposal.slug}/modifier/"
    assert client_for(proposal.lead).get(url).status_code == 200
    colleague = make_user("acheteur", organisation=proposal.lead_organisation)
    client_for(colleague)
    assert client_for(colleague).get(url).status_code == 404


def _counts_shown(html: str) -> bool:
    return "vote-count" in html or bool(re.search(r"bulletins? exprimés?|ballots cast", html))


def test_no_page_shows_counts_before_the_close(client, voting_call):
    """Staff included: every page of the app, for every role, while the vote is open."""
    call, proposals = voting_call
    voters = [make_member() for _ in range(3)]
    for voter in voters:
        services.ballot_cast(call=call, voter=voter, proposal_ids=[proposals[0].pk])
    pages = [
        "/chantiers/",
        f"/chantiers/appels/{call.slug}/",
        f"/chantiers/appels/{call.slug}/vote/",
        f"/chantiers/appels/{call.slug}/resultats/",
        f"/chantiers/appels/{call.slug}/propositions/{proposals[0].slug}/",
        "/tableau-de-bord/",
    ]
    for role in ROLES:
        user = voters[0] if role == "membre" else make_user(role)
        client.logout()
        if user:
            client.force_login(user)
        for page in pages:
            response = client.get(page)
            if response.status_code != 200:
                continue
            html = response.content.decode()
            assert not _counts_shown(html), (role, page)
    export = client.get(f"/chantiers/appels/{call.slug}/depouillement.csv")
    assert export.status_code == 302  # staff too: nothing to export before the close
    set_phase(call, "counting")
    staff = make_user("equipe")
    client.force_login(staff)
    assert _counts_shown(client.get(f"/chantiers/appels/{call.slug}/resultats/").content.decode())
