"""The blocks the Guichet Vert adds to the dashboard and to a clause fiche's page."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from . import selectors


def dashboard_panel(request: HttpRequest) -> dict[str, Any] | None:
    user = request.user
    context: dict[str, Any] = {}
    if user.has_perm("guichet.list_requests"):
        context["requests"] = list(selectors.requests_for_buyer(user=user)[:5])
    if user.has_perm("guichet.view_queue"):
        context["counts"] = selectors.queue_counts(user=user)
    return context or None


def fiche_qas_panel(request: HttpRequest, fiche) -> dict[str, Any] | None:
    """The published Q&As citing this fiche (the clause library never imports the Guichet)."""
    if not getattr(fiche, "pk", None):
        return None
    qas = selectors.qas_for_fiche(fiche)
    return {"qas": qas} if qas else None
