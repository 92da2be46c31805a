"""Every form and GET parameter of Événements, with generated input: never a 500, and a
refused submission changes nothing."""

import pytest

from events.models import Choice, Event, EventDocument, Group, ProgrammeItem, Registration
from events.services import EVENT_FIELDS
from tests.factories import make_user
from tests.fuzz import fuzz

from .conftest import build_event, register

pytestmark = pytest.mark.django_db

GUEST = [
    "first_name",
    "last_name",
    "email",
    "organisation_name",
    "organisation_kind",
    "departement",
    "job_title",
    "is_rural",
]
MODELS = [Registration, Choice]


@pytest.fixture
def event(db):
    return build_event(capacity=3, groups=(2, 2))


def test_list_parameters(client):
    build_event()
    fuzz(client, "get", "/evenements/", fields=["kind", "audience", "page"])


@pytest.mark.parametrize("role", ["visitor", "acheteur"])
def test_registration_form(client_for, event, role):
    slot = f"slot_{event.groups.first().item_id}"
    fuzz(
        client_for(make_user(role)),
        "post",
        f"/evenements/{event.slug}/inscription/",
        fields=[*GUEST, slot],
        models=MODELS,
    )


def test_personal_link_forms(client, event):
    registration = register(event, 1, groups=[event.groups.first()])
    slot = f"slot_{event.groups.first().item_id}"
    fuzz(
        client,
        "post",
        f"/evenements/inscription/{registration.token}/groupes/",
        fields=[slot],
        models=MODELS,
    )
    fuzz(client, "get", f"/evenements/inscription/{registration.token}/", fields=["x"])


def test_tokens(client):
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @settings(max_examples=25, deadline=None, database=None)
    @given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzABC0123456789:-_.", min_size=1, max_size=80))
    def check(token):
        for url in (
            f"/evenements/inscription/{token}/",
            f"/evenements/confirmer/{token}/",
            f"/evenements/presence/{token}/",
        ):
            assert client.get(url).status_code in (302, 404)
        assert client.post(f"/evenements/confirmer/{token}/").status_code in (400, 404)

    check()


def test_staff_forms(client_for, event):
    client = client_for(make_user("equipe"))
    register(event, 1, groups=[event.groups.first()])
    item = event.items.filter(kind="parallel").get()
    group = event.groups.first()
    base = f"/evenements/{event.slug}"
    event_fields = list(EVENT_FIELDS)
    fuzz(client, "post", "/evenements/nouveau/", fields=event_fields, models=[Event])
    fuzz(client, "post", f"{base}/modifier/", fields=event_fields, models=[Event])
    item_fields = ["kind", "title", "description", "day", "start", "end"]
    fuzz(client, "post", f"{base}/programme/", fields=item_fields, models=[ProgrammeItem])
    fuzz(client, "post", f"{base}/programme/{item.pk}/", fields=item_fields, models=[ProgrammeItem])
    group_fields = ["title", "description", "speakers", "capacity", "position"]
    fuzz(
        client, "post", f"{base}/programme/{item.pk}/groupes/", fields=group_fields, models=[Group]
    )
    fuzz(client, "post", f"{base}/groupes/{group.pk}/", fields=group_fields, models=[Group])
    fuzz(
        client,
        "post",
        f"{base}/inscriptions/ajouter/",
        fields=[*GUEST, "notify", f"slot_{item.pk}"],
        models=MODELS,
    )
    fuzz(client, "post", f"{base}/documents/", fields=["title", "file"], models=[EventDocument])
    fuzz(client, "post", f"{base}/annuler/", fields=["reason"], fixed={}, max_examples=3)


def test_staff_get_parameters(client_for, event):
    client = client_for(make_user("equipe"))
    register(event, 1, groups=[event.groups.first()])
    base = f"/evenements/{event.slug}"
    fuzz(client, "get", f"{base}/inscriptions/", fields=["q", "status", "group", "page"])
    fuzz(client, "get", f"{base}/inscriptions/export.csv", fields=["q", "status"])
    fuzz(client, "get", f"{base}/emargement/", fields=["q"])
    fuzz(client, "get", "/evenements/statistiques/", fields=["start", "end"])


def test_staff_actions_on_registrations(client_for, event):
    client = client_for(make_user("equipe"))
    registration = register(event, 1, groups=[event.groups.first()])
    base = f"/evenements/{event.slug}/inscriptions/{registration.pk}"
    fuzz(client, "post", f"{base}/groupes/", fields=["group", "next"])
    fuzz(
        client,
        "post",
        f"/evenements/{event.slug}/emargement/{registration.pk}/",
        fields=["action", "next"],
    )
