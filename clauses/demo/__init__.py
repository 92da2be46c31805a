"""The demo catalogue of La Clause Verte, loaded by `seed_demo` (idempotent).

The fiches are data in the catalogue's own format (`catalogue.json`, the same file a member of
staff exports and imports): they go through the catalogue import, so the demo exercises the
path real catalogues take. `taxonomy.json` holds the segment tree and the themes, in the
order they are shown. Each fiche's author is then the network's expert of its field, with
realistic dates (`provenance.py`).
"""

from __future__ import annotations

import json
from pathlib import Path

from django.db import transaction
from django.utils.translation import gettext as _

from apure.caching import bumps_batched
from apure.models import User

from .. import services
from ..catalogue import catalogue_import

DATA = Path(__file__).resolve().parent
CATALOGUE = DATA / "catalogue.json"
TAXONOMY = DATA / "taxonomy.json"
THESAURUS = DATA / "thesaurus.json"
DEMO_AUTHOR = "expert@demo.apure.test"


def taxonomy() -> dict:
    return json.loads(TAXONOMY.read_text(encoding="utf-8"))


def fiches() -> list[dict]:
    """The demo fiches as catalogue rows (also read by the tests and the benchmark)."""
    return json.loads(CATALOGUE.read_text(encoding="utf-8"))


def seed_taxonomy() -> None:
    data = taxonomy()
    for position, (code, label) in enumerate(data["themes"].items()):
        services.theme_ensure(code=code, label=label, position=position)
    for parent, children in data["segments"].items():
        services.segment_ensure(parent_name=parent)
        for child in children:
            services.segment_ensure(parent_name=parent, name=child)


def seed_thesaurus() -> None:
    """The buyers' vocabulary shipped with the demo (staff edit it in the admin)."""
    for entry in json.loads(THESAURUS.read_text(encoding="utf-8")):
        parent, _sep, child = entry["segment"].partition(" > ")
        segment = (
            services.segment_ensure(parent_name=parent, name=child) if entry["segment"] else None
        )
        services.synonym_ensure(term=entry["term"], expansions=entry["expansions"], segment=segment)


def seed(*, users: dict[str, User], organisations) -> str:
    # One transaction: the catalogue's version moves once, and the list is rendered ahead
    # once, after the commit (clauses.pages), not after each of hundreds of rows.
    with transaction.atomic(), bumps_batched():
        return _seed(users)


def _seed(users: dict[str, User]) -> str:
    seed_taxonomy()
    seed_thesaurus()
    author = users.get(DEMO_AUTHOR) or User.objects.get(email=DEMO_AUTHOR)
    report = catalogue_import(name=CATALOGUE.name, content=CATALOGUE.read_bytes(), by=author)
    if not report.ok:  # the file ships with the code: a wrong row is a bug, said loudly
        raise ValueError("; ".join(f"{e.line} {e.field}: {e.message}" for e in report.errors))
    from apure.caching import namespace_bump

    from .provenance import seed_experts, seed_provenance

    seed_provenance(fiches(), seed_experts(users))
    namespace_bump("clauses")
    total = report.created + report.updated + report.unchanged
    return _("%(created)s fiches created, %(updated)s updated, %(total)s in the demo set") % {
        "created": report.created,
        "updated": report.updated,
        "total": total,
    }
