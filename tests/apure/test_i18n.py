"""The French catalogue is complete and its compiled .mo is the one committed."""

from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils import translation

# The core's catalogue and one per app (each app's code and templates).
CATALOGUES = [
    Path(path) / "fr" / "LC_MESSAGES"
    for path in settings.LOCALE_PATHS
    if (Path(path) / "fr" / "LC_MESSAGES" / "django.po").exists()
]


def test_the_core_and_the_clause_library_have_their_catalogue():
    assert settings.BASE_DIR / "locale" / "fr" / "LC_MESSAGES" in CATALOGUES
    assert settings.BASE_DIR / "clauses" / "locale" / "fr" / "LC_MESSAGES" in CATALOGUES


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda p: p.parents[2].name)
def test_every_string_is_translated_and_none_is_fuzzy(catalogue):
    po = polib.pofile(str(catalogue / "django.po"))
    assert [e.msgid for e in po.untranslated_entries()] == []
    assert [e.msgid for e in po.fuzzy_entries()] == []


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda p: p.parents[2].name)
def test_the_compiled_catalogue_matches_the_source(catalogue):
    po = polib.pofile(str(catalogue / "django.po"))
    mo = {(e.msgctxt, e.msgid): e for e in polib.mofile(str(catalogue / "django.mo"))}
    stale = [
        e.msgid
        for e in po.translated_entries()
        if (e.msgctxt, e.msgid) not in mo
        or (mo[(e.msgctxt, e.msgid)].msgstr or mo[(e.msgctxt, e.msgid)].msgstr_plural)
        != (e.msgstr or e.msgstr_plural)
    ]
    assert stale == [], "run `make messages` and commit locale/"


def test_django_speaks_french():
    with translation.override("fr"):
        assert translation.gettext("Sign in") == "Se connecter"
