"""The blocks Événements adds to the home page and the dashboard."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils import timezone

from . import selectors
from .models import Event


def home_panel(request: HttpRequest) -> dict[str, Any] | None:
    events = list(
        Event.objects.published().filter(ends_at__gt=timezone.now()).order_by("starts_at")[:3]
    )
    return {"events": events} if events else None


def dashboard_panel(request: HttpRequest) -> dict[str, Any] | None:
    user = request.user
    context: dict[str, Any] = {"registrations": selectors.registrations_of_user(user=user)}
    if user.has_perm("events.manage_events"):
        context["upcoming"] = list(
            Event.objects.exclude(status=Event.Status.CANCELLED)
            .filter(ends_at__gt=timezone.now())
            .order_by("starts_at")[:5]
        )
    return context
