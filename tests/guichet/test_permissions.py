"""Who reaches which Guichet Vert page: every URL, the six roles, the expected answer.

The request belongs to a buyer of another organisation (so for the tested buyer it is a 404),
and is assigned to another expert (so for the tested expert too)."""

import pytest
from django.utils import timezone

from guichet import services
from tests.conftest import ROLES
from tests.factories import make_user
from tests.guichet.conftest import pdf, submit

pytestmark = pytest.mark.django_db

LOGIN = "login"

TABLE = [
    ("get", "/guichet-vert/", [200, 200, 200, 200, 200, 200]),
    ("get", "/guichet-vert/demandes/", [LOGIN, 200, 200, 403, 403, 403]),
    ("get", "/guichet-vert/demandes/{ref}/", [LOGIN, 404, 404, 200, 404, 200]),
    ("get", "/guichet-vert/demandes/{ref}/pieces/{att}/", [LOGIN, 404, 404, 200, 404, 200]),
    ("get", "/guichet-vert/demandes/GV-2026-9999/", [LOGIN, 404, 404, 404, 404, 404]),
    ("post", "/guichet-vert/demandes/{ref}/repondre/", [LOGIN, 404, 404, 302, 404, 302]),
    ("post", "/guichet-vert/demandes/{ref}/note/", [LOGIN, 404, 404, 302, 404, 302]),
    ("post", "/guichet-vert/demandes/{ref}/prendre/", [LOGIN, 404, 404, 302, 404, 403]),
    ("post", "/guichet-vert/demandes/{ref}/attribuer/", [LOGIN, 404, 404, 302, 404, 302]),
    ("post", "/guichet-vert/demandes/{ref}/temps/", [LOGIN, 404, 404, 302, 404, 302]),
    ("post", "/guichet-vert/demandes/{ref}/cloturer/", [LOGIN, 404, 404, 302, 404, 302]),
    ("post", "/guichet-vert/demandes/{ref}/reorienter/", [LOGIN, 404, 404, 302, 404, 302]),
    ("post", "/guichet-vert/demandes/{ref}/retirer/", [LOGIN, 404, 404, 403, 404, 403]),
    ("post", "/guichet-vert/demandes/{ref}/evaluer/", [LOGIN, 404, 404, 403, 404, 403]),
    ("post", "/guichet-vert/demandes/{ref}/capitaliser/", [LOGIN, 404, 404, 403, 404, 403]),
    ("get", "/guichet-vert/file/", [LOGIN, 403, 403, 200, 200, 200]),
    ("get", "/guichet-vert/statistiques/", [LOGIN, 403, 403, 200, 403, 200]),
    ("get", "/guichet-vert/statistiques/export/demandes.csv", [LOGIN, 403, 403, 200, 403, 200]),
    ("get", "/guichet-vert/statistiques/export/temps.xlsx", [LOGIN, 403, 403, 200, 403, 200]),
    ("get", "/guichet-vert/faq/", [200, 200, 200, 200, 200, 200]),
    ("get", "/guichet-vert/faq/{qa}/modifier/", [LOGIN, 403, 403, 200, 403, 200]),
    ("post", "/guichet-vert/faq/{qa}/depublier/", [LOGIN, 403, 403, 302, 403, 302]),
]

DATA = {
    "body": "Bonjour",
    "assignee": "",
    "date": timezone.localdate().isoformat(),  # Paris: the service refuses another day
    "minutes": "30",
    "channel": "phone",
    "summary": "Synthèse",
    "to": "APES",
    "rating": "5",
}


@pytest.fixture
def objects(db):
    owner = make_user("acheteur")
    other_expert = make_user("expert")
    advisor = make_user("conseiller")
    request = submit(owner, uploads=[pdf()])
    services.request_assign(request=request, by=advisor, assignee=other_expert)
    closed = submit(owner)
    services.request_take(request=closed, by=advisor)
    services.request_close(request=closed, by=advisor, summary="Réponse")
    qa = services.qa_create_from_request(request=closed, by=advisor)
    return {
        "ref": request.reference,
        "att": request.attachments.get().pk,
        "qa": qa.pk,
        "assignee": other_expert.pk,
    }


@pytest.mark.parametrize(
    ("method", "url", "expected"), TABLE, ids=[f"{m} {u}" for m, u, _ in TABLE]
)
@pytest.mark.parametrize("role_index", range(len(ROLES)), ids=ROLES)
def test_permission_table(client_for, objects, method, url, expected, role_index):
    role = ROLES[role_index]
    client = client_for(make_user(role))
    target = url.format(**objects)
    if method == "post":
        response = client.post(target, {**DATA, "assignee": objects["assignee"]})
    else:
        response = client.get(target)
    want = expected[role_index]
    if want == LOGIN:
        assert response.status_code == 302 and "/comptes/" in response["Location"], role
    else:
        assert response.status_code == want, (role, target, response.status_code)


def test_the_owner_and_confirmed_colleagues_see_it_unconfirmed_ones_do_not(client_for):
    owner = make_user("acheteur")
    request = submit(owner, uploads=[pdf()])
    attachment = request.attachments.get()
    colleague = make_user("acheteur", organisation=owner.organisation)
    newcomer = make_user("acheteur", organisation=owner.organisation, organisation_confirmed=False)
    url = request.get_absolute_url()
    for user, status in ((owner, 200), (colleague, 200), (newcomer, 404)):
        client = client_for(user)
        assert client.get(url).status_code == status
        assert client.get(f"{url}pieces/{attachment.pk}/").status_code == status
        listing = client.get("/guichet-vert/demandes/").content.decode()
        assert (request.reference in listing) is (status == 200)
        client.logout()
    newcomer_request = submit(newcomer)
    assert client_for(newcomer).get(newcomer_request.get_absolute_url()).status_code == 200


def test_an_expert_sees_only_the_requests_assigned_to_them(client_for):
    advisor = make_user("conseiller")
    expert = make_user("expert")
    mine = submit(make_user("acheteur"))
    theirs = submit(make_user("acheteur"))
    services.request_assign(request=mine, by=advisor, assignee=expert)
    client = client_for(expert)
    assert client.get(mine.get_absolute_url()).status_code == 200
    assert client.get(theirs.get_absolute_url()).status_code == 404
    queue = client.get("/guichet-vert/file/?state=all").content.decode()
    assert mine.reference in queue and theirs.reference not in queue
