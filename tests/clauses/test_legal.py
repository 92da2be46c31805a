"""Légifrance links built from a fiche's legal references."""

from urllib.parse import parse_qs, urlparse

import pytest

from clauses.legal import legal_links


def links(text):
    return [(link.label, link.url) for link in legal_links(text)]


def query_of(url):
    return parse_qs(urlparse(url).query)


def test_a_code_article_links_to_the_legifrance_search_for_that_article():
    [(label, url)] = links("CCP, art. L2112-2.")
    assert label == "CCP, art. L2112-2"
    assert url.startswith("https://www.legifrance.gouv.fr/search/code?")
    assert query_of(url) == {
        "tab_selection": ["code"],
        "searchField": ["NUM_ARTICLE"],
        "query": ["L2112-2"],
    }


def test_every_article_of_every_code_once_and_in_order():
    text = (
        "CCP, art. L2112-2 et L2112-3 ; Code de l'environnement, art. L541-1 (hiérarchie) ; "
        "R2111-12 à R2111-17 (labels) ; CCP, art. L2112-2."
    )
    assert [label for label, _url in links(text)] == [
        "CCP, art. L2112-2",
        "CCP, art. L2112-3",
        "Code de l’environnement, art. L541-1",
        "Code de l’environnement, art. R2111-12",
        "Code de l’environnement, art. R2111-17",
    ]


def test_laws_with_a_known_text_link_to_it_others_to_the_search():
    found = dict(
        links(
            "Code rural et de la pêche maritime, art. L230-5-1 (loi EGalim n° 2018-938, art. 24, "
            "modifiée par la loi n° 2021-1104) ; loi n° 2005-102 du 11 février 2005."
        )
    )
    assert found["loi n° 2018-938"] == "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000037547946"
    assert (
        found["loi n° 2021-1104"] == "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000043956924"
    )
    assert query_of(found["loi n° 2005-102"])["query"] == ["loi n° 2005-102"]
    # "art. 24" of a law is not a code article.
    assert "Code rural et de la pêche maritime, art. L230-5-1" in found
    assert not any(label.endswith("art. 24") for label in found)


@pytest.mark.parametrize(
    "text",
    ["", "réseau APuRe", "arrêté du 22 mars 2019", "règlement (UE) 2018/848", "art. L2112-2"],
)
def test_nothing_to_link_gives_no_link(text):
    assert links(text) == []


@pytest.mark.django_db
def test_every_demo_fiche_links_its_references(demo_fiches):
    without = [f.slug for f in demo_fiches if f.legal_references and not f.legal_links()]
    assert without == []
