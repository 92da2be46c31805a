import re

import pytest

from clauses.models import Fiche
from clauses.search import clause_search
from clauses.text import fold, search_terms

pytestmark = pytest.mark.django_db


def result_slugs(response) -> list[str]:
    return re.findall(r'fiche-\d+-title"><a href="/clauses/([^/"]+)/', response.content.decode())


def test_fold_and_terms():
    assert fold("Béton ISOLANT œuvre") == "beton isolant oeuvre"
    assert search_terms("Béton de chanvre isolants") == ["beton", "chanvre", "isolant"]
    assert search_terms("matériaux") == ["materiau"]
    assert search_terms("«»%_\\'\"") == []


def test_accents_case_and_plural_do_not_matter(make_fiche):
    wanted = make_fiche(title="Béton de chanvre isolant pour les murs")
    make_fiche(title="Papier recyclé", text="Papier **recyclé** à 100 %.")
    for query in ("beton isolants", "BÉTON", "Isolant", "betons"):
        slugs = [f.slug for f in clause_search(query=query).queryset]
        assert slugs[:1] == [wanted.slug], query


def test_title_match_ranks_before_text_match_then_newest(make_fiche):
    in_text = make_fiche(title="Clause générale", text="Utiliser du béton bas carbone.")
    in_title = make_fiche(title="Béton bas carbone", text="Texte sans rapport.")
    slugs = [f.slug for f in clause_search(query="béton").queryset]
    assert slugs == [in_title.slug, in_text.slug]
    assert next(f.slug for f in clause_search(query="").queryset) == in_title.slug


def test_drafts_and_archived_are_never_found(make_fiche):
    make_fiche(title="Béton brouillon", status=Fiche.Status.DRAFT)
    make_fiche(title="Béton archivé", status=Fiche.Status.ARCHIVED)
    assert list(clause_search(query="béton").queryset) == []


@pytest.mark.parametrize(
    "query",
    [
        '"béton',
        "100 % _ \\ \\\\",
        "'; DROP TABLE clauses_fiche; --",
        "SELECT * FROM apure_user WHERE 1=1 OR",
        "x" * 10_000,
        "éèàùçœ",
        "«  »",
        "béton -chanvre",
        "a & b | !c :* <-> ()",
        "\x00nul",
    ],
)
def test_hostile_queries_give_a_normal_page(client, make_fiche, query):
    make_fiche(title="Béton de chanvre")
    response = client.get("/clauses/", {"q": query})
    assert response.status_code == 200
    assert "<h1>" in response.content.decode()


def test_facets_filter_combine_and_count(client, taxonomy, make_fiche):
    seg, themes = taxonomy["segments"], taxonomy["themes"]
    make_fiche(
        title="A",
        kind=Fiche.Kind.AWARD_CRITERION,
        segments=[seg["batiment"]],
        themes=[themes["climat-energie"]],
    )
    make_fiche(title="B", segments=[seg["voirie"]], themes=[themes["climat-energie"]])
    make_fiche(title="C", segments=[seg["entretien"]], themes=[themes["social-insertion"]])
    result = clause_search(params={"segment": ["travaux"]})
    assert {f.title for f in result.queryset} == {"A", "B"}
    facets = {f.name: f for f in result.facets}
    travaux = next(o for o in facets["segment"].options if o.value == "travaux")
    fournitures = next(o for o in facets["segment"].options if o.value == "fournitures")
    assert (travaux.count, travaux.checked) == (2, True)
    assert fournitures.count == 1  # what ticking it too would add: its own facet is not applied
    kind_counts = {o.value: o.count for o in facets["kind"].options}
    assert kind_counts["award_criterion"] == 1 and kind_counts["execution_condition"] == 1
    both = clause_search(params={"segment": ["travaux"], "kind": ["award_criterion"]})
    assert [f.title for f in both.queryset] == ["A"]
    either = clause_search(params={"theme": ["climat-energie", "social-insertion"]})
    assert either.queryset.count() == 3


def test_unknown_facet_values_are_ignored_and_shown(client, make_fiche):
    make_fiche(title="Visible")
    response = client.get("/clauses/", {"kind": ["nope", "award_criterion"], "segment": "zzz"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "nope" in page and "zzz" in page
    response = client.get("/clauses/", {"segment": "zzz"})
    assert "Visible" in response.content.decode()


def test_filters_are_kept_in_the_url_and_pagination(client, make_fiche):
    for i in range(25):
        make_fiche(title=f"Béton {i}", kind=Fiche.Kind.TECHNICAL_SPEC)
    response = client.get("/clauses/", {"q": "béton", "kind": "technical_spec"})
    page = response.content.decode()
    assert "q=b%C3%A9ton&amp;kind=technical_spec&amp;page=2" in page
    assert client.get("/clauses/?q=béton&kind=technical_spec&page=2").status_code == 200
    assert client.get("/clauses/?page=abc").status_code == 200
    assert client.get("/clauses/?page=999").status_code == 200


def test_empty_result_says_so_and_offers_to_clear(client, make_fiche):
    make_fiche(title="Papier")
    response = client.get("/clauses/", {"q": "zzzqqq", "kind": "award_criterion"})
    page = response.content.decode()
    assert "Aucune clause" in page or "No clause" in page
    assert 'href="/clauses/"' in page


def test_htmx_request_gets_the_results_region_only(client, make_fiche):
    make_fiche(title="Béton")
    response = client.get(
        "/clauses/", {"q": "béton"}, HTTP_HX_REQUEST="true", HTTP_HX_TARGET="search-region"
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in page and "Béton" in page
    assert 'id="result-count"' in page and 'hx-swap-oob="innerHTML"' in page
    full = client.get("/clauses/", {"q": "béton"}).content.decode()
    assert "<html" in full and full.count("<h1") == 1


def test_postgresql_search_vector_is_kept_current(make_fiche):
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only")
    fiche = make_fiche(title="Papier")
    fiche.title = "Béton de chanvre"
    fiche.save()
    assert [f.pk for f in clause_search(query="chanvres").queryset] == [fiche.pk]


def test_postgresql_trigram_catches_typos_in_titles(make_fiche):
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only")
    fiche = make_fiche(title="Véhicules à faibles émissions")
    make_fiche(title="Papier recyclé")
    # One word with a typo: no full-text nor prefix match, so only the trigram branch finds it.
    result = clause_search(query="vehicuels")
    assert result.plan.mode == "similar"
    assert list(result.queryset) == [fiche]


def test_postgresql_trigram_fallback_uses_the_folded_title_index(make_fiche):
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only")
    make_fiche(title="Véhicules à faibles émissions")
    result = clause_search(query="vehicuels")
    sql = str(result.queryset.query)
    assert "search_title" in sql and "%>" in sql and "unaccent" not in sql
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE tablename = 'clauses_fiche' "
            "AND indexdef LIKE '%%search_title gin_trgm_ops%%'"
        )
        assert cursor.fetchall()


def test_nul_characters_never_reach_the_database(client, make_fiche):
    from clauses.catalogue import catalogue_import
    from tests.factories import make_user

    fiche = make_fiche(title="Béton")
    assert client.get("/api/clauses/", {"q": "bé\x00ton", "kind": "a\x00"}).status_code == 200
    assert client.get("/api/clauses/a%00b/").status_code == 404
    assert client.post("/clauses/selection/ajouter/", {"fiche": "a\x00"}).status_code == 400
    assert client.get("/clauses/", {"segment": "\x00"}).status_code == 200
    content = b'[{"slug": "x", "title": "a\\u0000b"}]'
    report = catalogue_import(name="c.json", content=content, by=make_user("equipe"))
    assert not report.ok
    assert fiche.slug


def test_no_catch_all_noise_when_the_words_only_appear_deep_in_other_fiches(client, make_fiche):
    """ "chaussures de sécurité": no fiche is about them; a cleaning fiche that mentions safety
    shoes in its guidance and an IT fiche that mentions "sécurité" are not "close fiches"."""
    make_fiche(
        title="Nettoyage des locaux avec des produits écolabellisés",
        guidance="Les agents portent des chaussures adaptées.",
    )
    make_fiche(title="Postes de travail reconditionnés", guidance="Mises à jour de sécurité.")
    result = clause_search(query="chaussures de sécurité")
    assert result.total == 0 and result.plan.mode != "any"
    page = client.get("/clauses/", {"q": "chaussures de sécurité"}).content.decode()
    page = page.replace("\u00a0", " ")
    assert "Aucune clause trouvée" in page and "fiches proches" not in page


def test_a_fallback_says_so(client, make_fiche):
    """Not every word matches, but a fiche has one of them in its title: shown, and said."""
    wanted = make_fiche(title="Tenues de travail en coton biologique")
    make_fiche(title="Papier recyclé", guidance="Aucune tenue particulière.")
    result = clause_search(query="tenues ignifugées")
    assert result.plan.mode in {"any", "similar"} and list(result.queryset) == [wanted]
    page = client.get("/clauses/", {"q": "tenues ignifugées"}).content.decode()
    assert "Aucun résultat exact, voici des fiches proches." in page
    assert wanted.title in page
    exact = client.get("/clauses/", {"q": "tenues coton"}).content.decode()
    assert "fiches proches" not in exact and wanted.title in exact
