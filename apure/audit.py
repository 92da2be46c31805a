from typing import Any

from django.db import models

from .models import AuditEntry, User


def audit_log(
    *, actor: User | None, action: str, obj: models.Model | None = None, **data: Any
) -> AuditEntry:
    """Record a state change. Called by services inside their transaction."""
    return AuditEntry.objects.create(
        actor=actor if actor is not None and actor.is_authenticated else None,
        action=action,
        object_type=obj._meta.label_lower if obj is not None else "",
        object_id=str(obj.pk) if obj is not None else "",
        data=data,
    )
