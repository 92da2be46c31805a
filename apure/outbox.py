"""The transactional outbox: the one way any app produces a side effect.

A service calls `outbox_enqueue()` inside its transaction. After commit the relay hands the
row to Celery; if the broker is down the row stays pending and the periodic relay (and the
`outbox_relay` command) sends it later. The worker delivers each row at most once, under a
row lock, so a row handed over twice is still delivered once.
"""

import logging
import uuid
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from .models import OutboxMessage

logger = logging.getLogger(__name__)

Handler = Callable[[dict[str, Any]], None]
HANDLERS: dict[str, Handler] = {}

# A row handed to the broker but still undelivered after this long is handed over again
# (the worker may have died); delivery stays idempotent.
REDISPATCH_AFTER = timedelta(minutes=15)


def outbox_handler(kind: str) -> Callable[[Handler], Handler]:
    """Register the function that performs the side effects of one kind."""

    def register(func: Handler) -> Handler:
        HANDLERS[kind] = func
        return func

    return register


def outbox_enqueue(*, kind: str, payload: dict[str, Any], key: str | None = None) -> OutboxMessage:
    """Write a side effect in the current transaction; it is relayed once committed.

    `key` makes the side effect idempotent: enqueueing the same key twice keeps one row.
    """
    if kind not in HANDLERS:
        raise ValueError(f"No outbox handler for {kind!r}")
    key = key or f"{kind}:{uuid.uuid4()}"
    message, created = OutboxMessage.objects.get_or_create(
        key=key, defaults={"kind": kind, "payload": payload}
    )
    if created:
        transaction.on_commit(lambda: outbox_dispatch(message_id=message.pk))
    return message


def outbox_dispatch(*, message_id: int) -> bool:
    """Hand one row to Celery. Never raises: a broker outage leaves the row pending."""
    from .tasks import outbox_deliver

    try:
        outbox_deliver.apply_async(args=[message_id], retry=False)
    except Exception as exc:  # the broker is down or silent: the periodic relay retries
        logger.warning("Outbox message %s not dispatched: %s", message_id, exc)
        OutboxMessage.objects.filter(pk=message_id).update(last_error=str(exc)[:2000])
        return False
    OutboxMessage.objects.filter(pk=message_id, dispatched_at__isnull=True).update(
        dispatched_at=timezone.now()
    )
    return True


def outbox_relay(*, limit: int = 500) -> int:
    """Hand every pending row to Celery again; return how many were handed over."""
    stale = timezone.now() - REDISPATCH_AFTER
    pending = (
        OutboxMessage.objects.filter(delivered_at__isnull=True)
        .filter(Q(dispatched_at__isnull=True) | Q(dispatched_at__lt=stale))
        .order_by("created_at")
        .values_list("pk", flat=True)[:limit]
    )
    sent = 0
    for message_id in list(pending):
        OutboxMessage.objects.filter(pk=message_id).update(dispatched_at=None)
        if not outbox_dispatch(message_id=message_id):
            break  # the broker is still down: no use hammering it
        sent += 1
    return sent


def outbox_deliver_message(*, message_id: int) -> bool:
    """Perform a row's side effect once. Returns False when there was nothing to do."""
    with transaction.atomic():
        message = OutboxMessage.objects.select_for_update().filter(pk=message_id).first()
        if message is None or message.delivered_at is not None:
            return False
        try:
            HANDLERS[message.kind](message.payload)
        except Exception as exc:
            OutboxMessage.objects.filter(pk=message_id).update(last_error=str(exc)[:2000])
            raise
        message.delivered_at = timezone.now()
        message.last_error = ""
        message.save(update_fields=["delivered_at", "last_error"])
    return True
