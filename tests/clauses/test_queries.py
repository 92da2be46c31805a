"""Pages run the same number of SQL queries with 10 fiches as with 200."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from apure.caching import namespace_versions
from clauses.services import ACTIVITY_NAMESPACE
from tests.factories import make_user

pytestmark = pytest.mark.django_db

# Cold cache (the first time a search is seen at this catalogue version: the version, then the
# ranked ids of the page, then the fiches). A signed-in buyer adds the session, the user,
# their roles and their saved selection.
BOUNDS = {"list": 20, "search": 21, "detail": 13, "api": 14, "api_detail": 6}


@pytest.fixture(autouse=True)
def _only_the_clause_library(monkeypatch):
    """Other apps' panels on a fiche page (a Guichet Vert Q&A citing it) and their menu
    entries have their own query tests: these bounds are the clause library's."""
    from apure.registry import registry

    monkeypatch.setattr(registry, "object_panels", {})
    clauses_nav = [item for item in registry.nav_items if item.url_name.startswith("clauses:")]
    monkeypatch.setattr(registry, "nav_items", clauses_nav)


def populate(make_fiche, taxonomy, n):
    segments = list(taxonomy["segments"].values())
    themes = list(taxonomy["themes"].values())
    kinds = ["technical_spec", "award_criterion", "execution_condition"]
    fiches = []
    for i in range(n):
        fiches.append(
            make_fiche(
                title=f"Béton bas carbone {i}",
                kind=kinds[i % 3],
                segments=[segments[i % 3]],
                themes=themes[: 1 + i % 3],
            )
        )
    return fiches


def count_queries(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context)


@pytest.mark.parametrize("role", ["visitor", "acheteur"])
def test_query_counts_do_not_grow_with_the_catalogue(client_for, make_fiche, taxonomy, role):
    client = client_for(make_user(role))
    counts = {}
    fiches = []
    for size in (10, 200):
        fiches += populate(make_fiche, taxonomy, size - len(fiches))
        first = fiches[0]
        client.get("/clauses/")  # the first request of a session writes it: not the page's cost
        # The first page ever to read a cache namespace creates its row: not the page's cost.
        namespace_versions(("clauses", ACTIVITY_NAMESPACE))
        counts[size] = {
            "list": count_queries(client, "/clauses/?segment=travaux&theme=climat-energie"),
            "search": count_queries(client, "/clauses/?q=béton+carbone&kind=technical_spec"),
            "detail": count_queries(client, first.get_absolute_url()),
            "api": count_queries(client, "/api/clauses/?q=béton&segment=travaux"),
            "api_detail": count_queries(client, f"/api/clauses/{first.slug}/"),
        }
    assert counts[10] == counts[200], counts
    for name, bound in BOUNDS.items():
        assert counts[200][name] <= bound, (name, counts[200][name])


def test_a_repeated_search_reuses_its_counts_until_the_catalogue_changes(
    client, make_fiche, taxonomy
):
    populate(make_fiche, taxonomy, 30)
    url = "/clauses/?q=béton+carbone&theme=climat-energie"
    cold = count_queries(client, url)
    warm = count_queries(client, url)
    # The search mode, the total, the five facet counts and the page's ranked ids come from
    # the cache.
    assert warm <= cold - 8, (cold, warm)
    assert "30 clauses trouvées" in client.get(url).content.decode()

    make_fiche(title="Béton bas carbone nouveau", themes=[taxonomy["themes"]["climat-energie"]])
    assert count_queries(client, url) == cold  # a change makes the cached counts stale
    assert "31 clauses trouvées" in client.get(url).content.decode()
