"""Légifrance links built from a fiche's legal references ("CCP, art. L2112-2 et L2112-3 ;
Code de l'environnement, art. L541-1 ; loi n° 2020-105 du 10 février 2020 (AGEC)").

An article link is Légifrance's search for that article number (the site's article pages are
keyed by identifiers that cannot be derived from the number); a law whose Journal officiel
identifier is known links to its text, any other law to the search for its number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlencode

LEGIFRANCE = "https://www.legifrance.gouv.fr"

# The codes the catalogue cites, as buyers write them, with the name a link shows.
CODES = (
    (re.compile(r"\bCCP\b|code de la commande publique", re.I), "CCP"),
    (re.compile(r"code de l[’']environnement", re.I), "Code de l’environnement"),
    (re.compile(r"code du travail", re.I), "Code du travail"),
    (re.compile(r"code rural", re.I), "Code rural et de la pêche maritime"),
    (
        re.compile(r"code de la construction", re.I),
        "Code de la construction et de l’habitation",
    ),
    (re.compile(r"code de l[’']énergie", re.I), "Code de l’énergie"),
    (re.compile(r"code de l[’']action sociale", re.I), "Code de l’action sociale et des familles"),
    (re.compile(r"code de commerce", re.I), "Code de commerce"),
)
# Laws whose text identifier on Légifrance (JORFTEXT) is known for certain.
LAW_TEXTS = {
    "2021-1104": "JORFTEXT000043956924",  # Climat et résilience
    "2018-938": "JORFTEXT000037547946",  # EGalim
    "2020-105": "JORFTEXT000041553759",  # AGEC
}
ARTICLE = re.compile(r"(?<![\w-])([LRD])\.?\s?(\d{1,4}(?:-\d+)*)(?![\w-])")
LAW = re.compile(r"\bloi\s+(?:\w+\s+)?n[°o]\s*(\d{4}-\d+)", re.I)


@dataclass(frozen=True)
class LegalLink:
    label: str
    url: str


def article_search_url(number: str) -> str:
    query = urlencode({"tab_selection": "code", "searchField": "NUM_ARTICLE", "query": number})
    return f"{LEGIFRANCE}/search/code?{query}"


def law_url(number: str) -> str:
    if number in LAW_TEXTS:
        return f"{LEGIFRANCE}/jorf/id/{LAW_TEXTS[number]}"
    query = urlencode({"tab_selection": "all", "searchField": "ALL", "query": f"loi n° {number}"})
    return f"{LEGIFRANCE}/search/all?{query}"


def legal_links(text: str) -> list[LegalLink]:
    """The links for the articles and laws a reference text names, once each, in order.
    An article is linked only where its code is named in the same part (parts are separated
    by ";"), so that "art. 24" of a law is not taken for a code article."""
    links: dict[str, LegalLink] = {}
    previous_code = None
    for part in re.split(r"\s*;\s*|\n", text or ""):
        for match in LAW.finditer(part):
            number = match.group(1)
            links.setdefault(f"loi {number}", LegalLink(f"loi n° {number}", law_url(number)))
        code = next((name for pattern, name in CODES if pattern.search(part)), None)
        if code is None and ARTICLE.match(part.removeprefix("art. ").strip()):
            code = previous_code  # "CCP, art. L2152-7 ; R2111-12 à R2111-17 (labels)"
        previous_code = code
        if code is None:
            continue
        for match in ARTICLE.finditer(part):
            number = match.group(1) + match.group(2)
            label = f"{code}, art. {number}"
            links.setdefault(label, LegalLink(label, article_search_url(number)))
    return list(links.values())
