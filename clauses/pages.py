"""The clause list as a page rendered once for everyone (apure.render_once): its key and shared
context, for the view and for the warm-up that follows a change of the catalogue."""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.db import transaction
from django.http import QueryDict
from django.urls import reverse

from apure import render_once
from apure.caching import namespace_versions

from . import search
from .search.filters import FACETS

logger = logging.getLogger(__name__)
PAGE_SIZE = 20
NAMESPACES = ("clauses",)


def list_page(params: QueryDict, *, partial: bool) -> tuple[str, tuple, Callable[[], dict]]:
    """The template, the canonical key (the known parameters, the page number included) and
    the shared context of the list for these GET parameters."""
    query = params.get("q", "")
    facets = tuple((name, tuple(params.getlist(name))) for name in FACETS)
    page = params.get("page", "")

    def context() -> dict:
        result = search.clause_search_page(params, page=page, per_page=PAGE_SIZE)
        pairs = f"{result.querystring}&" if result.querystring else ""
        here = f"{reverse('clauses:list')}?{pairs}page={result.page.number}"
        return {**vars(result), "oob": partial, "next": here}

    template = "clauses/_search_region.html" if partial else "clauses/fiche_list.html"
    return template, ("list", partial, query, facets, page), context


def is_unfiltered(params: QueryDict) -> bool:
    """The catalogue's first page, with no words and no filter: what most visitors open first,
    rendered ahead after each change (`warm_catalogue`)."""
    return not any(params.get(name) for name in ("q", "page", *FACETS))


def warm_catalogue() -> None:
    """Render the unfiltered list (its facet counts over the whole catalogue, its first page)
    for every process, so that the first visitor after a change does not wait for it."""
    for partial in (False, True):
        template, key, context = list_page(QueryDict(), partial=partial)
        render_once.warm(template, namespaces=NAMESPACES, key=key, context=context)


def warm_after_commit() -> None:
    """Called by every change of the catalogue (clauses.apps): once per transaction, after
    it commits. A failure is logged and costs the first visitor the rendering, nothing more."""
    connection = transaction.get_connection()
    here = set(connection.savepoint_ids)  # the same (sub)transaction asks only once
    if any(func is _warm and sids == here for sids, func, _ in connection.run_on_commit):
        return
    transaction.on_commit(_warm)


_warmed: list[tuple[str, ...]] = [()]  # the catalogue version this process last rendered ahead


def _warm() -> None:
    """Every change of one transaction asks once per (sub)transaction: after the commit, the
    first call renders the list at the new version, the others find it done."""
    try:
        version = namespace_versions(NAMESPACES)
        if version == _warmed[0]:
            return
        warm_catalogue()
        _warmed[0] = version
    except Exception:
        logger.exception("the clause list could not be rendered ahead")
