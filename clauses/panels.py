"""The blocks La Clause Verte adds to the home page and the dashboard."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from apure.render_once import shared

from . import selectors
from .selection import SelectionStore


def home_panel(request: HttpRequest) -> dict[str, Any] | None:
    # The same for everyone: read once per catalogue version (apure.render_once).
    fiches = shared(("clauses",), ("home-newest", 5), lambda: selectors.fiches_newest(limit=5))
    return {"fiches": fiches} if fiches else None


def dashboard_panel(request: HttpRequest) -> dict[str, Any] | None:
    user = request.user
    context: dict[str, Any] = {"selection_count": len(SelectionStore(request))}
    if user.has_perm("clauses.propose_fiche"):
        context["proposals"] = list(selectors.fiches_of_author(user=user)[:5])
    if user.has_perm("clauses.moderate"):
        context["review_count"] = selectors.review_count()
        context["feedback_count"] = selectors.feedback_pending().count()
    return context
