import re

import pytest

from clauses.models import Fiche
from clauses.text import fold

pytestmark = pytest.mark.django_db


def result_slugs(response) -> list[str]:
    return re.findall(r'fiche-\d+-title"><a href="/clauses/([^/"]+)/', response.content.decode())


def test_demo_content_is_complete_and_idempotent(demo_fiches):
    from apure.demo import seed_accounts, seed_organisations
    from clauses import demo

    published = Fiche.objects.published()
    assert published.count() >= 40
    for field, choices in (
        ("kind", Fiche.Kind.values),
        ("level", Fiche.Level.values),
        ("contract_type", Fiche.ContractType.values),
    ):
        assert set(published.values_list(field, flat=True)) == set(choices), field
    assert all(f.author and f.organisation == f.author.organisation for f in published)
    counts = (Fiche.objects.count(), Fiche.history.count())
    organisations = seed_organisations()
    summary = demo.seed(users=seed_accounts(organisations), organisations=organisations)
    assert summary.startswith("0 ") and ", 0 " in summary and str(counts[0]) in summary
    assert (Fiche.objects.count(), Fiche.history.count()) == counts


def test_every_demo_fiche_renders(client, demo_fiches):
    for fiche in demo_fiches:
        response = client.get(fiche.get_absolute_url())
        assert response.status_code == 200, fiche.slug


@pytest.mark.parametrize(
    "query",
    ["béton de chanvre", "produits de nettoyage écolabel", "beton isolants"],
)
def test_demo_queries_find_a_relevant_fiche_in_the_first_five(client, demo_fiches, query):
    response = client.get("/clauses/", {"q": query})
    assert response.status_code == 200
    top = result_slugs(response)[:5]
    assert top, query
    expectations = {
        "béton de chanvre": lambda f: "chanvre" in fold(f.title + f.summary),
        "produits de nettoyage écolabel": lambda f: (
            "ecolabel" in fold(f.title + f.summary)
            and ("nettoyage" in fold(f.title + f.summary) or "entretien" in fold(f.title))
        ),
        "beton isolants": lambda f: "beton" in fold(f.title) and "isol" in fold(f.title),
    }
    fiches = {f.slug: f for f in Fiche.objects.filter(slug__in=top)}
    assert any(expectations[query](fiches[slug]) for slug in top), top


def _list_items(source: str) -> list[str]:
    from clauses.text import LIST_ITEM, inline_runs

    items = []
    for line in source.splitlines():
        if LIST_ITEM.match(line):
            text = re.sub(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+", "", line).strip()
            items.append("".join(part for part, _bold in inline_runs(text)))
    return items


def _li_texts(html: str) -> list[str]:
    import html as html_lib

    def plain(text: str) -> str:  # the typography's no-break spaces and CO₂ read as typed
        return (
            text.replace("\u00a0", " ")
            .replace("\u202f", " ")
            .replace("₂", "2")
            .replace(" × ", " x ")
        )

    return [
        plain(html_lib.unescape(re.sub(r"<[^>]+>", "", item))).strip()
        for item in re.findall(r"<li>(.*?)</li>", html, re.S)
    ]


def test_what_a_demo_fiche_writes_as_a_list_is_a_list(client, demo_fiches):
    """Every list item of every demo fiche's text and guidance is an <li> on the page and in
    the API's text_html, so the copied text has one line per item."""
    with_lists = 0
    for fiche in demo_fiches:
        page = client.get(fiche.get_absolute_url()).content.decode()
        api = client.get(f"/api/clauses/{fiche.slug}/").json()
        for field, html in (("text", api["text_html"]), ("guidance", api["guidance_html"])):
            items = [
                re.sub(r"(\d) ?x ?(\d)", r"\1 x \2", re.sub(r"(\d) ?%", r"\1 %", i))
                .replace("« ", "«")
                .replace(" »", "»")
                for i in _list_items(getattr(fiche, field))
            ]
            if not items:
                continue
            with_lists += 1
            rendered = [t.replace("« ", "«").replace(" »", "»") for t in _li_texts(html)]
            assert rendered == items, (fiche.slug, field)
            first_item = html.split("<li>", 1)[1].split("</li>", 1)[0]
            assert first_item in page, fiche.slug
            assert "<ul>" in html or "<ol>" in html
    assert with_lists >= 70


def test_demo_fiches_are_written_by_the_expert_of_their_field(demo_fiches):
    """A canteen clause is written by the canteen expert, an IT clause by the IT one, an
    insertion clause by the social clause facilitator; dates are spread and verified."""
    from clauses.demo.provenance import EXPERTS

    def author_of(slug_start):
        fiche = demo_fiches.select_related("author", "organisation").get(
            slug__startswith=slug_start
        )
        return fiche.author.email, fiche.organisation.name

    assert author_of("egalim") == (
        EXPERTS["restauration"][0],
        "Communauté d’agglomération de Lens-Liévin",
    )
    assert author_of("isolation-murs-beton-de-chanvre")[1] == "Maisons & Cités"
    emails = set(demo_fiches.values_list("author__email", flat=True))
    assert emails == {expert[0] for expert in EXPERTS.values()}
    social = demo_fiches.filter(kind=Fiche.Kind.SOCIAL_CLAUSE).values_list(
        "author__email", flat=True
    )
    assert set(social) == {EXPERTS["social"][0]}
    assert demo_fiches.values("created_at__date").distinct().count() > 30
    for fiche in demo_fiches:
        assert fiche.created_at < fiche.published_at, fiche.slug
        assert fiche.published_at.date() <= fiche.verified_at, fiche.slug
        # Sources name official guides by their public address, not "réseau APuRe" alone.
        assert "https://" in fiche.sources, fiche.slug


def test_the_fiche_page_links_the_law_on_legifrance_and_says_when_it_was_verified(
    client, demo_fiches
):
    fiche = demo_fiches.get(slug__startswith="egalim")
    page = client.get(fiche.get_absolute_url()).content.decode().replace("\u00a0", " ")
    assert "Vérifiée le" in page
    assert (
        'href="https://www.legifrance.gouv.fr/search/code?tab_selection=code&amp;'
        'searchField=NUM_ARTICLE&amp;query=L230-5-1"' in page
    )
    assert "Code rural et de la pêche maritime, art. L230-5-1</a>" in page
    assert '<a href="https://ma-cantine.agriculture.gouv.fr/"' in page
