"""Pages rendered once for everyone (apure.render_once): nobody sees another person's parts,
and a change of the catalogue shows on the very next request."""

import re
import uuid

import pytest
from django.contrib.messages import get_messages  # noqa: F401  (documents what is asserted)
from django.middleware.csrf import _unmask_cipher_token
from django.test import Client

from apure.models import CacheNamespace
from clauses import services
from clauses.models import Fiche
from tests.factories import make_user

pytestmark = pytest.mark.django_db

FEEDBACK_BUTTON = "Envoyer mon avis"
PAGES = [
    "/clauses/",
    "/clauses/?q=clause",
    "{fiche}",
    "/clauses/kit-loi-climat/?contract_type=services",
]


@pytest.fixture
def people(make_fiche, taxonomy):
    fiches = [
        make_fiche(title=f"Clause partagée {i}", segments=[taxonomy["segments"]["batiment"]])
        for i in range(3)
    ]
    alice = make_user("acheteur", first_name="Alice", last_name="Aubert")
    bruno = make_user("acheteur", first_name="Bruno", last_name="Brunet")
    clients = {"alice": Client(), "bruno": Client(), "visitor": Client()}
    clients["alice"].force_login(alice)
    clients["bruno"].force_login(bruno)
    services.selection_add(user=alice, fiches=[fiches[0]])
    services.selection_add(user=bruno, fiches=[fiches[1], fiches[2]])
    return {"fiches": fiches, "clients": clients, "alice": alice, "bruno": bruno}


def _pages(people):
    fiche_url = people["fiches"][0].get_absolute_url()
    return [p.format(fiche=fiche_url) for p in PAGES]


def _get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def _buttons(html):
    """slug -> True when the card's button says the fiche is in the selection."""
    found = {}
    for form in re.findall(r'<form[^>]*class="selection-toggle".*?</form>', html, re.S):
        slug = re.search(r'name="fiche" value="([^"]+)"', form).group(1)
        found.setdefault(slug, "is-selected" in form)
    return found


def test_interleaved_people_each_see_their_own_name_selection_and_token(people):
    fiches = {f.slug: f for f in people["fiches"]}
    first, second, third = people["fiches"]
    expected = {
        "alice": {first.slug},
        "bruno": {second.slug, third.slug},
        "visitor": set(),
    }
    for _round in range(2):  # the second round is served from the stored pages
        for url in _pages(people):
            for who in ("alice", "visitor", "bruno", "alice"):
                client = people["clients"][who]
                html = _get(client, url)
                # Their name in the header, nobody else's.
                assert ("Alice Aubert" in html) == (who == "alice"), (who, url)
                assert ("Bruno Brunet" in html) == (who == "bruno"), (who, url)
                assert ("Se déconnecter" in html) == (who != "visitor")
                # Their selection on the buttons, and in the counter.
                shown = {slug for slug, selected in _buttons(html).items() if selected}
                assert shown == {s for s in expected[who] if s in _buttons(html)}, (who, url)
                assert shown <= set(fiches)
                # Their CSRF token: it unmasks to the secret of their own cookie.
                tokens = set(re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', html))
                assert tokens, url
                secret = client.cookies["csrftoken"].value
                assert {_unmask_cipher_token(t) for t in tokens} == {secret}, (who, url)


def test_the_selection_counter_is_the_persons_own(people):
    alice, bruno, visitor = (people["clients"][k] for k in ("alice", "bruno", "visitor"))
    for url in _pages(people)[:3]:
        counters = []
        for client in (alice, bruno, visitor):
            html = _get(client, url)
            link = re.search(r'<a id="selection-link".*?</a>', html, re.S).group(0)
            counters.append(re.search(r'class="badge">(\d+)<', link).group(1))
        assert counters == ["1", "2", "0"], url


def test_a_message_reaches_only_its_person(people):
    alice, bruno, visitor = (people["clients"][k] for k in ("alice", "bruno", "visitor"))
    third = people["fiches"][2]
    for client in (alice, bruno, visitor):
        _get(client, "/clauses/")  # every page is stored
    response = alice.post("/clauses/selection/ajouter/", {"fiche": third.slug, "next": "/clauses/"})
    assert response.status_code == 302
    html = _get(alice, "/clauses/")
    assert third.title in html and 'class="messages"' in html
    for client in (bruno, visitor):
        assert 'class="messages"' not in _get(client, "/clauses/")
    assert 'class="messages"' not in _get(alice, "/clauses/")  # shown once


def test_a_publish_an_edit_and_an_archive_show_on_the_next_request(people, staff, make_fiche):
    visitor = people["clients"]["visitor"]
    draft = make_fiche(title="Clause toute neuve sur le réemploi", status=Fiche.Status.DRAFT)
    assert draft.title not in _get(visitor, "/clauses/")
    services.fiche_publish(fiche=draft, by=staff, notify=False)
    assert draft.title in _get(visitor, "/clauses/")
    fiche = people["fiches"][0]
    _get(visitor, fiche.get_absolute_url())
    services.fiche_update(
        fiche=Fiche.objects.get(pk=fiche.pk),
        by=staff,
        data={"title": "Titre revu par l’équipe"},
    )
    assert "Titre revu par l’équipe" in _get(visitor, fiche.get_absolute_url())
    services.fiche_archive(fiche=Fiche.objects.get(pk=fiche.pk), by=staff, notify=False)
    assert visitor.get(fiche.get_absolute_url()).status_code == 404
    assert "Titre revu par l’équipe" not in _get(visitor, "/clauses/")


def test_a_change_made_by_another_process_shows_once_it_bumps_the_version(people):
    """Another worker's service writes the data and a new version in the database; this
    process holds the old page in memory and must not serve it any more."""
    visitor = people["clients"]["visitor"]
    fiche = people["fiches"][1]
    assert fiche.title in _get(visitor, "/clauses/")
    Fiche.objects.filter(pk=fiche.pk).update(title="Titre changé ailleurs")  # no signal here
    assert "Titre changé ailleurs" not in _get(visitor, "/clauses/")  # the stored page
    CacheNamespace.objects.filter(name="clauses").update(version=uuid.uuid4())
    assert "Titre changé ailleurs" in _get(visitor, "/clauses/")


def test_copies_and_feedback_show_on_the_fiche_page_at_once(people, client):
    fiche = people["fiches"][0]
    url = fiche.get_absolute_url()
    assert "Copiée 0 fois" in _get(people["clients"]["visitor"], url).replace("\xa0", " ")
    client.post(f"{url}copie/")
    assert "Copiée 1 fois" in _get(people["clients"]["visitor"], url).replace("\xa0", " ")


def test_an_emptied_cache_only_costs_a_rendering(people):
    from django.core.cache import caches

    visitor = people["clients"]["visitor"]
    before = _get(visitor, "/clauses/?q=clause")
    caches["pages"].clear()
    after = _get(visitor, "/clauses/?q=clause")
    strip = re.compile(r'value="[^"]{64}"')  # CSRF tokens differ per response
    assert strip.sub("", before) == strip.sub("", after)


def test_a_change_renders_the_first_list_ahead_for_every_process(
    people, staff, make_fiche, django_capture_on_commit_callbacks
):
    """The services that change the catalogue render the unfiltered list once their
    transaction commits, into the cache every process shares: the first visitor after the
    change, in any process, does not wait for the search and its facet counts."""
    from django.core.cache import caches
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with django_capture_on_commit_callbacks(execute=True):  # as if committed
        draft = make_fiche(title="Clause publiée à l’instant", status=Fiche.Status.DRAFT)
    moderator = Client()
    moderator.force_login(staff)
    response = moderator.post(f"/clauses/{draft.slug}/publier/")
    assert response.status_code == 302
    caches["pages"].clear()  # another process: nothing in its own memory
    visitor = people["clients"]["visitor"]
    with CaptureQueriesContext(connection) as queries:
        html = _get(visitor, "/clauses/")
    assert draft.title in html
    assert not any("clauses_fiche" in q["sql"] for q in queries.captured_queries)
    # A search is not rendered ahead: it runs on its first request.
    with CaptureQueriesContext(connection) as queries:
        assert draft.title in _get(visitor, "/clauses/?q=publiée")
    assert any("clauses_fiche" in q["sql"] for q in queries.captured_queries)


def test_two_visitors_keep_their_own_session_selection_and_messages(people):
    """Pages kept whole for visitors in the same state (apure.render_once's visitor_state)."""
    first = people["fiches"][0]
    anna, basile = Client(), Client()
    for client in (anna, basile):
        _get(client, "/clauses/")  # both served the page kept for empty-handed visitors
    response = anna.post("/clauses/selection/ajouter/", {"fiche": first.slug, "next": "/clauses/"})
    assert response.status_code == 302
    html = _get(anna, "/clauses/")
    assert 'class="messages"' in html and _buttons(html)[first.slug] is True
    for url in _pages(people)[:3]:
        html_anna, html_basile = _get(anna, url), _get(basile, url)
        assert 'class="messages"' not in html_anna + html_basile
        assert _buttons(html_anna).get(first.slug) is True, url
        assert _buttons(html_basile).get(first.slug) is False, url
        for html, client in ((html_anna, anna), (html_basile, basile)):
            tokens = set(re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', html))
            assert {_unmask_cipher_token(t) for t in tokens} == {client.cookies["csrftoken"].value}


def test_a_stored_page_costs_a_visitor_one_query_and_a_buyer_two(people):
    """Served from the stored page: a visitor reads the data versions; a buyer reads their
    session (with their account, roles and the data versions) and their active selection."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for who, expected in (("visitor", 1), ("alice", 2)):
        client = people["clients"][who]
        for url in _pages(people):
            _get(client, url)
            with CaptureQueriesContext(connection) as queries:
                _get(client, url)
            assert len(queries) == expected, (who, url, [q["sql"] for q in queries])


def test_a_persons_kept_page_follows_their_name_roles_and_selection(people):
    alice_client, alice = people["clients"]["alice"], people["alice"]
    first, second = people["fiches"][0], people["fiches"][1]
    _get(alice_client, "/clauses/")
    type(alice).objects.filter(pk=alice.pk).update(first_name="Alix")
    html = _get(alice_client, "/clauses/")
    assert "Alix Aubert" in html and "Alice Aubert" not in html
    services.selection_add(user=alice, fiches=[second])
    buttons = _buttons(_get(alice_client, "/clauses/"))
    assert buttons[first.slug] is True and buttons[second.slug] is True
    from apure.roles import Role
    from apure.services import user_set_roles

    fiche_url = first.get_absolute_url()
    assert FEEDBACK_BUTTON in _get(alice_client, fiche_url)  # buyers say they used a clause
    user_set_roles(user=alice, roles={Role.MEMBER}, by=None)
    assert FEEDBACK_BUTTON not in _get(alice_client, fiche_url)


@pytest.mark.django_db(transaction=True)
def test_loading_the_demo_catalogue_renders_the_list_ahead_once(monkeypatch):
    """Hundreds of rows in one transaction: the list is rendered ahead once, after the commit
    (it was once per row: ten seconds of a `make run`), and shows every demo fiche."""
    from apure.demo import seed_accounts, seed_organisations
    from clauses import demo, pages

    rendered = []
    real = pages.warm_catalogue
    monkeypatch.setattr(pages, "warm_catalogue", lambda: rendered.append(real()))
    organisations = seed_organisations()
    demo.seed(users=seed_accounts(organisations), organisations=organisations)
    assert len(rendered) == 1
    published = Fiche.objects.filter(status=Fiche.Status.PUBLISHED).count()
    html = Client().get("/clauses/").content.decode()
    assert f"{published} clauses trouvées" in html
