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


def _seed_demo() -> None:
    from apure.demo import seed_accounts, seed_organisations
    from clauses import demo

    organisations = seed_organisations()
    users = seed_accounts(organisations)
    demo.seed(users=users, organisations=organisations)


@pytest.fixture(scope="module")
def demo_catalogue(django_db_setup, django_db_blocker):
    """The demo catalogue, seeded once for a module whose tests only read it.

    It is loaded inside a transaction held open for the module: each test's own transaction
    is a savepoint within it, and the whole catalogue is rolled back when the module ends, so
    tests elsewhere never see it (pytest tears a module's fixtures down before running a test
    of another module, also under xdist)."""
    from django.db import transaction

    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            _seed_demo()
            yield
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.fixture
def demo_fiches(demo_catalogue, db):
    """The published demo fiches (read only: see `demo_catalogue`)."""
    return Fiche.objects.published()
