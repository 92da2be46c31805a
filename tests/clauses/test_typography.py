"""French typography the portal owes: "1er" for the first day of a month, and typographic
apostrophes (’) in the French catalogues of every app and of the portal."""

import datetime as dt
import gettext
import pathlib
import re

import pytest
from django.template import Context, Template
from django.utils import translation

ROOT = pathlib.Path(__file__).resolve().parents[2]
CATALOGUES = [
    *(
        ROOT / app / "locale" / "fr" / "LC_MESSAGES" / "django.mo"
        for app in ("clauses", "guichet", "chantiers", "events")
    ),
    ROOT / "locale" / "fr" / "LC_MESSAGES" / "django.mo",
]
MARKUP = re.compile(r"<[^>]*>")


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: str(p.relative_to(ROOT)))
def test_compiled_french_catalogues_use_typographic_apostrophes(path):
    with path.open("rb") as handle:
        catalogue = gettext.GNUTranslations(handle)
    straight = [
        text for msgid, text in catalogue._catalog.items() if msgid and "'" in MARKUP.sub("", text)
    ]
    assert straight == []


def render(value, arg="DATE_FORMAT"):
    template = Template('{% load clauses_dates %}{{ value|date_fr:"' + arg + '" }}')
    return template.render(Context({"value": value}))


def test_the_first_of_the_month_is_1er_in_french():
    with translation.override("fr"):
        assert render(dt.date(2026, 12, 1)) == "mardi 1er décembre 2026"
        assert render(dt.date(2026, 12, 2)) == "mercredi 2 décembre 2026"
        assert render(dt.date(2026, 12, 1), "j F") == "1er décembre"
        assert render(dt.date(2026, 12, 1), r"\j j") == "j 1er"
    with translation.override("en"):
        assert "1er" not in render(dt.date(2026, 12, 1))


@pytest.mark.django_db
def test_a_fiche_published_on_the_first_says_1er(client, make_fiche):
    from django.utils import timezone

    published = timezone.make_aware(dt.datetime(2026, 6, 1, 10, 0))
    fiche = make_fiche(published_at=published)
    page = client.get(fiche.get_absolute_url()).content.decode()
    assert "publiée le lundi 1er juin 2026" in page.replace("\u00a0", " ")
