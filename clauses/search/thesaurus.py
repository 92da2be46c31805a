"""Buyers' words: the thesaurus (`Synonym`, edited by staff in the admin) turns the words a
buyer types into groups of alternatives the catalogue uses.

"cantine scolaire" becomes [cantine | restauration scolaire | restauration collective] AND
[scolaire]; a group matches when any of its alternatives does (an alternative of several
words needs all of them). The entries' segments are returned too: their fiches rank first.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from apure.caching import cached

from ..text import search_terms


@dataclass
class Expansion:
    # Each group: alternatives, each a list of folded terms (the first is the buyer's word).
    groups: list[list[list[str]]] = field(default_factory=list)
    segment_ids: list[int] = field(default_factory=list)
    used: bool = False


def _entries() -> list[tuple[list[str], list[list[str]], int | None]]:
    from ..models import Synonym

    entries = []
    for synonym in Synonym.objects.all():
        term = search_terms(synonym.term)
        alternatives = [search_terms(e) for e in synonym.expansion_list()]
        if term:
            entries.append((term, [a for a in alternatives if a], synonym.segment_id))
    # Longest buyer phrases first: "poste de travail" before "travail".
    entries.sort(key=lambda entry: -len(entry[0]))
    return entries


def expand(terms: list[str]) -> Expansion:
    """The query's terms (already folded by `search_terms`) grouped with their synonyms."""
    entries = cached("clauses", ("thesaurus",), _entries)
    expansion = Expansion()
    index = 0
    while index < len(terms):
        for term, alternatives, segment_id in entries:
            if terms[index : index + len(term)] == term:
                expansion.groups.append([term, *alternatives])
                if segment_id is not None and segment_id not in expansion.segment_ids:
                    expansion.segment_ids.append(segment_id)
                expansion.used = True
                index += len(term)
                break
        else:
            expansion.groups.append([[terms[index]]])
            index += 1
    return expansion
