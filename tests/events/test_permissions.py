"""Who reaches which Événements page: every URL, the six roles, the expected answer.

"login" means a redirect to the login page; 404 means the object does not exist for that
person (a draft event); personal links work for anyone who holds them.
"""

import pytest

from events import services
from tests.conftest import ROLES
from tests.factories import make_user

from .conftest import build_event, register

pytestmark = pytest.mark.django_db

LOGIN = "login"
ALL_200 = [200] * 6
STAFF_ONLY = [LOGIN, 403, 403, 403, 403, 200]
STAFF_POST = [LOGIN, 403, 403, 403, 403, 302]

#        method, url template, expected for: visitor, acheteur, membre, conseiller, expert, equipe
TABLE = [
    ("get", "/evenements/", ALL_200),
    ("get", "/evenements/?kind=atelier&audience=elus&page=2", ALL_200),
    ("get", "/evenements/calendrier.ics", ALL_200),
    ("get", "/evenements/{published}/", ALL_200),
    ("get", "/evenements/{published}/calendrier.ics", ALL_200),
    ("get", "/evenements/{draft}/", [404, 404, 404, 404, 404, 200]),
    ("get", "/evenements/{draft}/calendrier.ics", [404, 404, 404, 404, 404, 200]),
    ("get", "/evenements/inexistant/", [404] * 6),
    ("post", "/evenements/{published}/inscription/", [200, 302, 302, 302, 302, 302]),
    ("post", "/evenements/{draft}/inscription/", [404, 404, 404, 404, 404, 200]),
    ("get", "/evenements/inscription/{token}/", ALL_200),
    ("get", "/evenements/inscription/{token}/calendrier.ics", ALL_200),
    ("get", "/evenements/inscription/faux-jeton/", [404] * 6),
    ("get", "/evenements/presence/{token}/", [302, 302, 302, 302, 302, 200]),
    ("get", "/evenements/confirmer/faux-jeton/", [404] * 6),
    ("get", "/evenements/nouveau/", STAFF_ONLY),
    ("get", "/evenements/statistiques/", STAFF_ONLY),
    ("get", "/evenements/{published}/modifier/", STAFF_ONLY),
    ("get", "/evenements/{published}/programme/", STAFF_ONLY),
    ("get", "/evenements/{published}/documents/", STAFF_ONLY),
    ("get", "/evenements/{published}/inscriptions/", STAFF_ONLY),
    ("get", "/evenements/{published}/inscriptions/export.csv", STAFF_ONLY),
    ("get", "/evenements/{published}/inscriptions/export.xlsx", STAFF_ONLY),
    ("get", "/evenements/{published}/emargement/", STAFF_ONLY),
    ("get", "/evenements/{published}/statistiques/", STAFF_ONLY),
    ("post", "/evenements/{draft}/publier/", STAFF_POST),
    ("post", "/evenements/{published}/annuler/", STAFF_POST),
    ("post", "/evenements/{published}/emargement/{reg}/", STAFF_POST),
    ("post", "/evenements/{published}/inscriptions/{reg}/annuler/", STAFF_POST),
    ("post", "/evenements/{published}/inscriptions/{reg}/groupes/", STAFF_POST),
    ("post", "/evenements/{published}/inscriptions/ajouter/", [LOGIN, 403, 403, 403, 403, 200]),
    ("get", "/evenements/inexistant/inscriptions/", [LOGIN, 403, 403, 403, 403, 404]),
]


@pytest.mark.parametrize(
    ("method", "url", "expected"), TABLE, ids=[f"{m} {u}" for m, u, _ in TABLE]
)
@pytest.mark.parametrize("role_index", range(len(ROLES)), ids=ROLES)
def test_permission_table(client_for, method, url, expected, role_index):
    role = ROLES[role_index]
    published = build_event(capacity=5)
    draft = build_event(publish=False)
    registration = register(published, 1)
    values = {
        "published": published.slug,
        "draft": draft.slug,
        "token": registration.token,
        "reg": registration.pk,
    }
    client = client_for(make_user(role))
    target = url.format(**values)
    response = client.post(target, {}) if method == "post" else client.get(target)
    want = expected[role_index]
    if want == LOGIN:
        assert response.status_code == 302 and "/comptes/" in response["Location"], role
    else:
        assert response.status_code == want, (role, target, response.status_code)
        if want == 302:
            assert "/comptes/" not in response["Location"]


def test_rules_answer_per_object():
    staff, buyer = make_user("equipe"), make_user("acheteur")
    draft = build_event(publish=False)
    published = build_event()
    assert staff.has_perm("events.see_event", draft)
    assert not buyer.has_perm("events.see_event", draft)
    assert buyer.has_perm("events.see_event", published)
    services.event_cancel(event=published, by=staff)
    published.refresh_from_db()
    assert buyer.has_perm("events.see_event", published)  # with the cancellation notice
    assert not buyer.has_perm("events.view_registrations")
    assert buyer.has_perm("events.register_one_click")
