"""Fill the clause catalogue with N published fiches for load tests (never for real data).

The fiches mix the title, summary, text and guidance of different demo fiches, so that a
query matches a realistic share of the catalogue rather than exact copies of the demo set.
"""

import random

from django.db import transaction

from apure.caching import namespace_bump
from apure.demo import seed_accounts, seed_organisations
from apure.models import User
from clauses import demo, search
from clauses.models import Fiche, Segment, Theme
from clauses.text import fold


@transaction.atomic
def seed_fiches(n: int, *, seed: int = 2026) -> int:
    rng = random.Random(seed)
    demo_fiches = demo.fiches()
    if Fiche.objects.filter(status=Fiche.Status.PUBLISHED).count() == n:
        namespace_bump("clauses")  # already there (a previous run): only the caches go cold
        return n
    organisations = seed_organisations()
    users = seed_accounts(organisations)
    demo.seed(users=users, organisations=organisations)  # taxonomy and the demo fiches
    Fiche.objects.filter(slug__startswith="bench-").delete()
    author = User.objects.filter(email=demo.DEMO_AUTHOR).first()
    segments = {
        (s.parent.name, s.name): s
        for s in Segment.objects.exclude(parent=None).select_related("parent")
    }
    themes = {t.code: t for t in Theme.objects.all()}
    published = list(Fiche.objects.filter(status=Fiche.Status.PUBLISHED).order_by("pk"))
    missing = max(n - len(published), 0)
    fiches, links = [], []
    for i in range(missing):
        a, b, c, d = (rng.choice(demo_fiches) for _ in range(4))
        title = f"{a['title']} ({i + 1})"
        fiche = Fiche(
            slug=f"bench-{i + 1}",
            title=title[:200],
            summary=b["summary"],
            kind=a["kind"],
            contract_type=a["contract_type"],
            level=rng.choice(["base", "advanced", "exemplary"]),
            tender_document=a["tender_document"],
            text=c["text"],
            guidance=d["guidance"],
            verification=c["verification"],
            legal_references=c["legal_references"],
            cpv_codes=a["cpv_codes"],
            sources=a["sources"],
            eforms_strategic=a["eforms_strategic"],
            eforms_green=a["eforms_green"],
            eforms_social=a["eforms_social"],
            eforms_green_criteria=a["eforms_green_criteria"],
            env_impact="env-imp" in a["eforms_strategic"],
            social_objective="soc-obj" in a["eforms_strategic"],
            author=author,
            status=Fiche.Status.PUBLISHED,
            version=1,
            published_at=published[0].published_at if published else None,
            search_title=fold(title)[:200],
            search_document=fold(" ".join([title, b["summary"], c["text"], d["guidance"]])),
        )
        fiches.append(fiche)
        links.append((a["segments"], a["themes"]))
    created = Fiche.objects.bulk_create(fiches, batch_size=2000)
    Through = Fiche.segments.through
    ThemeThrough = Fiche.themes.through
    Through.objects.bulk_create(
        [
            Through(fiche_id=f.pk, segment_id=segments[tuple(s.split(" > ", 1))].pk)
            for f, (segs, _t) in zip(created, links, strict=True)
            for s in segs
        ],
        batch_size=5000,
    )
    ThemeThrough.objects.bulk_create(
        [
            ThemeThrough(fiche_id=f.pk, theme_id=themes[code].pk)
            for f, (_s, codes) in zip(created, links, strict=True)
            for code in codes
        ],
        batch_size=5000,
    )
    search.refresh_all_search_vectors()
    namespace_bump("clauses")  # bulk_create sends no signal
    return Fiche.objects.filter(status=Fiche.Status.PUBLISHED).count()


def analyze() -> None:
    """Fresh statistics, as autovacuum would give a real database: without them PostgreSQL
    does not know the search index is the selective one."""
    from django.db import connection

    with connection.cursor() as cursor:
        for table in ("clauses_fiche", "clauses_fiche_segments", "clauses_fiche_themes"):
            cursor.execute(f"VACUUM ANALYZE {table}")


def buyer_session(email: str) -> str:
    """A day-long session of the demo buyer `email`, with 5 fiches in their selection."""
    from bench.common import session_key_for
    from clauses import services

    user = User.objects.get(email=email)
    fiches = list(Fiche.objects.filter(status=Fiche.Status.PUBLISHED).order_by("pk")[:5])
    services.selection_add(user=user, fiches=fiches)
    return session_key_for(user)
