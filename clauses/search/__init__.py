"""The clause search, in one place: read the words (plan.py), filter by facets (filters.py),
count the facets (facets.py), rank, paginate and cache.

A page calls `clause_search_page(params, page=, per_page=)` once (the /clauses/ list) and gets
everything it shows; the API calls `clause_search(...)` and paginates with `SearchPaginator`.
What depends only on the catalogue and the request's words and filters (the search mode, the
total, the facet counts, each page's ranked ids) is cached under the catalogue's version,
bumped by any change to fiches, segments or themes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from django.core.paginator import Page, Paginator
from django.db.models import Prefetch, QuerySet
from django.urls import reverse
from django.utils.functional import cached_property

from apure.caching import cached

from ..models import LIST_FIELDS, Fiche, Segment, Theme
from .facets import Facet, build_facets, facet_counts
from .filters import FACETS, FicheFilterSet
from .plan import SearchPlan, refresh_all_search_vectors, refresh_search_vector, search_plan

__all__ = [
    "FACETS",
    "SearchPage",
    "SearchPaginator",
    "SearchResult",
    "clause_search",
    "clause_search_page",
    "list_queryset",
    "refresh_all_search_vectors",
    "refresh_search_vector",
]

MAX_QUERY_LENGTH = 1000


def fiches_base() -> QuerySet:
    """The fiches a search may return: published ones (drafts are never listed)."""
    return Fiche.objects.published()


def list_queryset(queryset: QuerySet) -> QuerySet:
    """What a list of fiches reads: the list fields and the themes."""
    return queryset.only(*LIST_FIELDS).prefetch_related(
        Prefetch("themes", queryset=Theme.objects.only("pk", "code", "label", "position"))
    )


@dataclass
class SearchResult:
    queryset: QuerySet
    key: tuple
    total: int
    plan: SearchPlan
    filterset: FicheFilterSet
    facets: list[Facet]
    applied: dict[str, list[tuple[str, str]]]
    ignored: dict[str, list[str]]


class SearchPaginator(Paginator):
    """Pages of a search whose total and page ids are cached with the search (same key, same
    catalogue version): ranking every match happens once per search, not once per request."""

    def __init__(self, result: SearchResult, per_page: int):
        super().__init__(result.queryset, per_page)
        self.result = result

    @cached_property
    def count(self) -> int:
        return self.result.total

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        ids = cached(
            "clauses",
            ("page", self.result.key, bottom, top),
            lambda: list(self.object_list.values_list("pk", flat=True)[bottom:top]),
        )
        rows = {fiche.pk: fiche for fiche in self.object_list.filter(pk__in=ids)}
        return self._get_page([rows[pk] for pk in ids if pk in rows], number, self)


def clause_search(
    *, query: str = "", params=None, facets: bool = True, modified_since=None
) -> SearchResult:
    """Search and facets, in a fixed number of queries whatever the number of fiches.
    `modified_since` (an aware datetime) keeps the fiches changed since then (the API's
    incremental synchronisation)."""
    segments = list(Segment.objects.all())
    themes = list(Theme.objects.all())
    filterset = FicheFilterSet(params or {}, segments=segments, themes=themes)
    base = fiches_base()
    if modified_since is not None:
        base = base.filter(updated_at__gte=modified_since)
    # What depends only on the catalogue and the request's words and filters is cached under
    # the catalogue's version (bumped by every change to fiches, segments or themes).
    mode = cached("clauses", ("mode", query), lambda: search_plan(query, base=base).mode)
    plan = search_plan(query, mode=mode)
    matched = plan.filter(base)
    filtered = filterset.filter_except(matched)
    queryset = list_queryset(plan.rank(filtered))
    values = filterset.values
    key = (
        plan.query,
        plan.mode,
        sorted((name, tuple(v)) for name, v in values.items()),
        modified_since.isoformat() if modified_since is not None else "",
    )
    counts = (
        cached("clauses", ("facets", key), lambda: facet_counts(filterset, matched))
        if facets
        else None
    )
    # Without any facet filter, the facets' single reading also gave the total.
    total = (
        counts["total"]
        if counts is not None and "total" in counts
        else cached("clauses", ("count", key), filtered.count)
    )
    facet_list = build_facets(counts, filterset, values, segments, themes) if facets else []
    labels = {
        "kind": dict(Fiche.Kind.choices),
        "contract_type": dict(Fiche.ContractType.choices),
        "level": dict(Fiche.Level.choices),
        "segment": {s.slug: str(s.name) for s in segments},
        "theme": {t.code: t.label for t in themes},
    }
    applied = {
        name: [(v, str(labels[name].get(v, v))) for v in values[name]]
        for name in FACETS
        if values[name]
    }
    return SearchResult(
        queryset=queryset,
        key=key,
        total=total,
        plan=plan,
        filterset=filterset,
        facets=facet_list,
        applied=applied,
        ignored=filterset.ignored,
    )


@dataclass
class SearchPage:
    """Everything the search page shows."""

    query: str
    plan: SearchPlan
    facets: list[Facet]
    page: Page
    count: int
    querystring: str
    applied: list[dict[str, str]]
    ignored: list[dict[str, Any]]
    has_filters: bool


def clause_search_page(params, *, page: Any = 1, per_page: int = 20) -> SearchPage:
    """The search page for these GET parameters: results, facets, applied filters (each with
    the address that removes it), filters ignored because their value no longer exists."""
    query = str(params.get("q", ""))[:MAX_QUERY_LENGTH]
    result = clause_search(query=query, params=params)
    current = SearchPaginator(result, per_page).get_page(page)
    values = result.filterset.values
    pairs = [("q", result.plan.query)] if result.plan.query else []
    pairs += [(name, value) for name in FACETS for value in values[name]]

    def without(name: str, value: str) -> str:
        rest = [(k, v) for k, v in pairs if not (k == name and v == value)]
        return "?" + urlencode(rest) if rest else reverse("clauses:list")

    applied = [
        {"name": name, "value": value, "label": label, "remove_url": without(name, value)}
        for name, choices in result.applied.items()
        for value, label in choices
    ]
    legends = {f.name: f.legend for f in result.facets}
    ignored = [
        {"legend": legends.get(name, name), "values": ignored_values}
        for name, ignored_values in result.ignored.items()
    ]
    return SearchPage(
        query=result.plan.query,
        plan=result.plan,
        facets=result.facets,
        page=current,
        count=current.paginator.count,
        querystring=urlencode(pairs),
        applied=applied,
        ignored=ignored,
        has_filters=bool(applied or result.plan.query),
    )
