"""The blocks the Appels à chantiers add to the dashboard."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from . import selectors


def dashboard_panel(request: HttpRequest) -> dict[str, Any] | None:
    user = request.user
    context: dict[str, Any] = {
        "ballots": selectors.ballots_to_cast(user=user),
        "is_member": user.has_perm("chantiers.vote"),
        "proposals": selectors.proposals_led_by(user=user),
        "invitations": selectors.invitations_pending(user=user),
    }
    shown = ("ballots", "proposals", "invitations", "is_member")
    return context if any(context[key] for key in shown) else None
