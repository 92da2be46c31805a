"""Demo content of La Clause Verte, loaded by `manage.py seed_demo` (idempotent, keyed by slug)."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from apure.models import User

from . import services
from .demo_content import FICHES, SEGMENTS, THEMES
from .models import Fiche

DEMO_AUTHOR = "expert@demo.apure.test"


def seed(*, users: dict[str, User], organisations) -> str:
    for position, (code, label) in enumerate(THEMES.items()):
        services.theme_ensure(code=code, label=label, position=position)
    for parent, children in SEGMENTS.items():
        services.segment_ensure(parent_name=parent)
        for child in children:
            services.segment_ensure(parent_name=parent, name=child)
    themes = {t.code: t for t in services.Theme.objects.all()}
    author = users.get(DEMO_AUTHOR) or User.objects.filter(email=DEMO_AUTHOR).first()
    created = updated = 0
    now = timezone.now()
    for index, item in enumerate(FICHES):
        data = {name: item[name] for name in services.CONTENT_FIELDS if name in item}
        segments = [services.segment_ensure(parent_name=p, name=c) for p, c in item["segments"]]
        fiche_themes = [themes[code] for code in item["themes"]]
        fiche = Fiche.objects.filter(slug=item["slug"]).first()
        if fiche is None:
            fiche = services.fiche_create(
                by=author, data=data, segments=segments, themes=fiche_themes, slug=item["slug"]
            )
            created += 1
        else:
            before = fiche.updated_at
            fiche = services.fiche_update(
                fiche=fiche, by=author, data=data, segments=segments, themes=fiche_themes
            )
            updated += int(fiche.updated_at != before)
        if fiche.status != Fiche.Status.PUBLISHED:
            # Spread the publication dates so that "newest first" means something.
            at = fiche.published_at or now - timedelta(days=2 * (len(FICHES) - index))
            services.fiche_publish(fiche=fiche, by=author, at=at, notify=False)
    return f"{created} fiches created, {updated} updated, {len(FICHES)} in the demo set"
