import itertools

import pytest
from django.utils import timezone

from clauses import services
from clauses.models import Fiche, Segment, Theme

_counter = itertools.count(1)


@pytest.fixture
def taxonomy(db):
    """Two parents with children and three themes, as the demo builds them."""
    segments = {
        "batiment": services.segment_ensure(parent_name="Travaux", name="Bâtiment"),
        "voirie": services.segment_ensure(parent_name="Travaux", name="Voirie et réseaux"),
        "entretien": services.segment_ensure(
            parent_name="Fournitures", name="Produits d'entretien"
        ),
    }
    themes = {
        code: services.theme_ensure(code=code, label=label, position=i)
        for i, (code, label) in enumerate(
            [
                ("climat-energie", "Climat et énergie"),
                ("economie-circulaire", "Économie circulaire"),
                ("social-insertion", "Social et insertion"),
            ]
        )
    }
    return {"segments": segments, "themes": themes}


def build_fiche(
    *,
    status: str = Fiche.Status.PUBLISHED,
    segments: list[Segment] = (),
    themes: list[Theme] = (),
    author=None,
    **fields,
) -> Fiche:
    """A fiche saved through the model (constraints and search columns apply)."""
    n = next(_counter)
    values = {
        "slug": f"fiche-{n}",
        "title": f"Clause numéro {n}",
        "summary": "Une clause de test.",
        "kind": Fiche.Kind.EXECUTION_CONDITION,
        "contract_type": Fiche.ContractType.SERVICES,
        "level": Fiche.Level.BASE,
        "tender_document": Fiche.TenderDocument.CCAP,
        "text": "Le titulaire **respecte** les exigences suivantes.",
        "legal_references": "CCP, art. L2112-2",
        "eforms_strategic": ["env-imp"],
        "status": status,
        "author": author,
        "published_at": timezone.now() if status == Fiche.Status.PUBLISHED else None,
    }
    values.update(fields)
    fiche = Fiche(**values)
    fiche.full_clean()
    fiche.save()
    if segments:
        fiche.segments.set(segments)
    if themes:
        fiche.themes.set(themes)
    return fiche


@pytest.fixture
def make_fiche(db):
    return build_fiche


@pytest.fixture
def demo_fiches(db):
    """The demo catalogue, loaded as `seed_demo` loads it."""
    from apure.demo import seed_accounts, seed_organisations
    from clauses import demo

    organisations = seed_organisations()
    users = seed_accounts(organisations)
    demo.seed(users=users, organisations=organisations)
    return Fiche.objects.published()
