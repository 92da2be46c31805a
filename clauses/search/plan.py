"""The one clause search interface, with a PostgreSQL and a SQLite implementation.

`search_plan(query)` reads the words once and decides how to match; `plan.filter(qs)` keeps the
matching fiches (used for the results and for every facet count), `plan.rank(qs)` orders them
by relevance, then newest first.

PostgreSQL: a weighted tsvector (A title, B summary, C text, D guidance) in the `french_unaccent`
text search configuration (French stemming after removing accents, created by migration 0002),
stored in `Fiche.search_vector` with a GIN index and refreshed on every save. The query is read
with `websearch_to_tsquery` (quotes and "-word" work); when nothing matches every word, fiches
matching any word (as a prefix) are ranked instead, and as a last resort titles close to the
query (trigram word similarity on the folded `search_title`, GIN-indexed) catch typos.

SQLite: `Fiche.search_title` and `Fiche.search_document` hold the lowercased, accent-folded
text; each query word (folded, stop words removed, a trailing s/x dropped) must appear in the
document (falling back to any word), ranked by title hits, then document hits, then newest.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import connection
from django.db.models import Case, F, Q, QuerySet, Value, When

from ..text import search_terms
from .thesaurus import Expansion, expand

CONFIG = "french_unaccent"
MAX_QUERY_LENGTH = 500


def is_postgresql() -> bool:
    return connection.vendor == "postgresql"


def search_vector_expression():
    from django.contrib.postgres.search import SearchVector

    return (
        SearchVector("title", weight="A", config=CONFIG)
        + SearchVector("summary", weight="B", config=CONFIG)
        + SearchVector("text", weight="C", config=CONFIG)
        + SearchVector("guidance", weight="D", config=CONFIG)
    )


def refresh_search_vector(pk: int | None) -> None:
    """Keep the stored tsvector current; SQLite's columns are filled by Fiche.save()."""
    if pk is None or not is_postgresql():
        return
    from ..models import Fiche

    Fiche.objects.filter(pk=pk).update(search_vector=search_vector_expression())


def refresh_all_search_vectors() -> int:
    if not is_postgresql():
        return 0
    from ..models import Fiche

    return Fiche.objects.update(search_vector=search_vector_expression())


@dataclass
class SearchPlan:
    query: str
    terms: list[str]
    mode: str = "all"  # "all" words, "any" word, "similar" title (PostgreSQL), "none"
    active: bool = False
    # Buyers' words expanded by the thesaurus (None when no entry matched the query).
    expansion: Expansion | None = None
    _pg_query: object = field(default=None, repr=False)

    def _boost(self, queryset: QuerySet) -> tuple[QuerySet, list[str]]:
        """Fiches of the thesaurus entries' segments (or their children) first."""
        if self.expansion is None or not self.expansion.segment_ids:
            return queryset, []
        from ..models import Fiche

        ids = self.expansion.segment_ids
        through = Fiche.segments.through.objects.filter(
            Q(segment_id__in=ids) | Q(segment__parent_id__in=ids)
        )
        boosted = queryset.annotate(
            boost=Case(When(pk__in=through.values("fiche_id"), then=Value(1)), default=Value(0))
        )
        return boosted, ["-boost"]

    def filter(self, queryset: QuerySet) -> QuerySet:
        if not self.active:
            return queryset
        if self.mode == "none":
            return queryset.none()
        if is_postgresql():
            if self.mode == "similar":
                # `%>` on the folded title: served by its GIN trigram index (migration 0005),
                # threshold pg_trgm.word_similarity_threshold (0.6 by default).
                return queryset.filter(search_title__trigram_word_similar=_similar_query(self))
            return queryset.filter(search_vector=self._pg_query)
        if self.expansion is not None:
            return queryset.filter(_sqlite_group_condition(self.expansion.groups, self.mode))
        return queryset.filter(_sqlite_condition(self.terms, self.mode))

    def rank(self, queryset: QuerySet) -> QuerySet:
        """Order (already filtered) fiches by relevance, then newest."""
        if not self.active:
            return queryset.order_by("-published_at", "-pk")
        queryset, boost = self._boost(queryset)
        if is_postgresql():
            if self.mode == "similar":
                return queryset.annotate(similarity=_pg_similarity(self.terms)).order_by(
                    "-similarity", "-published_at", "-pk"
                )
            from django.contrib.postgres.search import SearchRank

            return queryset.annotate(
                rank=SearchRank(F("search_vector"), self._pg_query, normalization=Value(1))
            ).order_by(*boost, "-rank", "-published_at", "-pk")
        if self.expansion is not None:
            score = sum(
                (
                    Case(When(_alternatives(group, "search_title"), then=Value(3)), default=0)
                    + Case(When(_alternatives(group, "search_document"), then=Value(1)), default=0)
                    for group in self.expansion.groups
                ),
                Value(0),
            )
            return queryset.annotate(rank=score).order_by(*boost, "-rank", "-published_at", "-pk")
        score = sum(
            (
                Case(When(search_title__contains=term, then=Value(3)), default=Value(0))
                + Case(When(search_document__contains=term, then=Value(1)), default=Value(0))
                for term in self.terms
            ),
            Value(0),
        )
        return queryset.annotate(rank=score).order_by("-rank", "-published_at", "-pk")


def search_plan(query: str, *, base: QuerySet | None = None, mode: str | None = None) -> SearchPlan:
    """Read the query; with `base` (the fiches that may be found), fall back to looser modes
    when nothing matches every word, at the cost of one or two existence queries. A `mode`
    decided earlier (and cached) skips those queries."""
    # PostgreSQL refuses NUL characters in text: they can only be noise in a query.
    query = (query or "").replace("\x00", "")[:MAX_QUERY_LENGTH].strip()
    terms = search_terms(query)
    plan = SearchPlan(query=query, terms=terms, active=bool(terms))
    if not plan.active:
        return plan
    expansion = expand(terms)
    plan.expansion = expansion if expansion.used else None
    if mode is not None:
        return _with_mode(plan, mode)
    if is_postgresql():
        candidates = ["all", "any"]
        # Trigrams of very short words match almost anything: typos are caught on real words.
        if sum(len(term) for term in terms) >= 4:
            candidates.append("similar")
        for candidate in candidates:
            _with_mode(plan, candidate)
            if base is None or plan.filter(base).exists():
                return plan
        return _with_mode(plan, "none")
    if base is None or _with_mode(plan, "all").filter(base).exists():
        return plan
    several = len(plan.expansion.groups if plan.expansion else terms) > 1
    if several and _with_mode(plan, "any").filter(base).exists():
        return plan
    return _with_mode(plan, "none")


def _with_mode(plan: SearchPlan, mode: str) -> SearchPlan:
    plan.mode = mode
    plan._pg_query = None
    if is_postgresql() and mode in {"all", "any"}:
        from django.contrib.postgres.search import SearchQuery

        if plan.expansion is not None:
            plan._pg_query = _pg_group_query(plan.expansion.groups, mode)
        elif mode == "all":
            plan._pg_query = SearchQuery(plan.query, search_type="websearch", config=CONFIG)
        else:
            plan._pg_query = SearchQuery(
                " | ".join(f"{term}:*A" for term in plan.terms), search_type="raw", config=CONFIG
            )
    return plan


# The looser "any word" fallback only keeps fiches with one of the words in their title: a word
# met deep in another fiche's guidance ("de", "ville", "bureaux") is noise, not a close fiche.
FALLBACK_COLUMN = "search_title"


def _sqlite_condition(terms: list[str], mode: str) -> Q:
    condition = Q()
    for term in terms:
        if mode == "any":
            condition |= Q(**{f"{FALLBACK_COLUMN}__contains": term})
        else:
            condition &= Q(search_document__contains=term)
    return condition


def _alternatives(group: list[list[str]], column: str) -> Q:
    """Any alternative of a group; an alternative of several words needs each of them."""
    condition = Q()
    for alternative in group:
        every = Q()
        for term in alternative:
            every &= Q(**{f"{column}__contains": term})
        condition |= every
    return condition


def _sqlite_group_condition(groups: list[list[list[str]]], mode: str) -> Q:
    condition = Q()
    for group in groups:
        if mode == "any":
            condition |= _alternatives(group, FALLBACK_COLUMN)
        else:
            condition &= _alternatives(group, "search_document")
    return condition


def _pg_group_query(groups: list[list[list[str]]], mode: str):
    """The groups as one tsquery: alternatives with OR (each a prefix match of its words),
    groups with AND ("all") or OR ("any")."""
    from django.contrib.postgres.search import SearchQuery

    # In the "any" fallback, only the title's words count (weight A), as on SQLite.
    weight = "A" if mode == "any" else ""

    def alternative(terms: list[str]) -> str:
        return "(" + " & ".join(f"{term}:*{weight}" for term in terms) + ")"

    parts = ["(" + " | ".join(alternative(a) for a in group) + ")" for group in groups]
    return SearchQuery(
        (" & " if mode == "all" else " | ").join(parts), search_type="raw", config=CONFIG
    )


def _similar_query(plan: SearchPlan) -> str:
    return " ".join(plan.terms)


def _pg_similarity(terms: list[str]):
    """For ranking the few fiches the `%>` filter kept: the folded title is already lowercased
    and accent-free, like the terms."""
    from django.contrib.postgres.search import TrigramWordSimilarity

    return TrigramWordSimilarity(Value(" ".join(terms)), F("search_title"))
