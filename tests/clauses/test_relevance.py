"""Buyers' own words find the right fiche: a set of buyer queries (tests/clauses/relevance.json,
written from the demo catalogue) and, for each, the fiches a buyer would accept. The share of
queries with an accepted fiche in the first five results must stay at 95 % or above."""

import json
import pathlib

import pytest

from clauses.search import clause_search

pytestmark = pytest.mark.django_db

CASES = json.loads((pathlib.Path(__file__).parent / "relevance.json").read_text("utf-8"))
TARGET = 0.95


def test_the_set_is_large_enough():
    assert len(CASES) >= 40


def test_buyer_queries_find_a_relevant_fiche_in_the_top_five(demo_fiches, capsys):
    misses = []
    for case in CASES:
        top = [f.slug for f in clause_search(query=case["query"], facets=False).queryset[:5]]
        if not set(top) & set(case["relevant"]):
            misses.append((case["query"], top))
    share = 1 - len(misses) / len(CASES)
    with capsys.disabled():
        print(
            f"\nRelevance: {share:.0%} of {len(CASES)} buyer queries have a relevant fiche in "
            f"the top 5; misses: {[query for query, _top in misses]}"
        )
    assert share >= TARGET, misses


def test_buyers_words_rank_their_segment_first(demo_fiches):
    def top(query, n=3):
        return list(clause_search(query=query, facets=False).queryset[:n])

    for fiche in top("repas école"):
        names = {s.name for s in fiche.segments.all()}
        assert names & {"Restauration collective", "Alimentation"}, fiche.slug
    assert "Informatique et numérique" in {s.name for s in top("PC portables", 1)[0].segments.all()}
    assert top("cantine scolaire", 1)[0].slug.startswith(("egalim", "critere-qualite-durable"))


def test_staff_edit_the_thesaurus_and_the_search_follows(client_for, make_fiche):
    from clauses.models import Synonym
    from tests.factories import make_user

    wanted = make_fiche(title="Restauration scolaire durable")
    assert list(clause_search(query="cantoche").queryset) == []
    admin = client_for(make_user("equipe", is_staff=True, is_superuser=True))
    response = admin.post(
        "/admin/clauses/synonym/add/",
        {"term": "cantoche", "expansions": "restauration scolaire", "segment": ""},
    )
    assert response.status_code == 302, response.content.decode()[:500]
    assert Synonym.objects.filter(term="cantoche").exists()
    assert wanted.slug in [f.slug for f in clause_search(query="cantoche").queryset]
