"""The transactional outbox: the one way any app produces a side effect.

A service calls `outbox_enqueue()` inside its transaction. After commit the relay hands the
row to Celery; if the broker is down the row stays pending and the periodic relay (and the
`outbox_relay` command) sends it later. The worker delivers each row under a row lock and
marks it delivered in the same transaction, so a row handed over twice is delivered once
(a crash between the handler and the commit can repeat it: handlers must tolerate that).
"""

import logging
import uuid
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from django.db import transaction
from django.db.models import F, Q, QuerySet
from django.utils import timezone

from .models import OutboxMessage

logger = logging.getLogger(__name__)

Handler = Callable[[dict[str, Any]], None]
HANDLERS: dict[str, Handler] = {}

# A row handed to the broker but still undelivered after this long is handed over again
# (the worker may have died); delivery stays idempotent.
REDISPATCH_AFTER = timedelta(minutes=15)
# A row whose handler failed this many times is parked (and shown in /sante/).
MAX_ATTEMPTS = 10
KEEP_DELIVERED = timedelta(days=30)


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
        transaction.on_commit(lambda: _after_commit(message.pk))
    return message


def _after_commit(message_id: int) -> None:
    outbox_dispatch(message_id=message_id)
    if _eager():
        # Without a broker there is no periodic relay: each new side effect also retries a
        # few rows left pending by earlier failures.
        outbox_relay(limit=5)


def _eager() -> bool:
    from .celery import app

    return bool(app.conf.task_always_eager)


def outbox_dispatch(*, message_id: int) -> bool:
    """Hand one row to Celery. Never raises: a broker outage leaves the row pending.

    Without a broker (eager mode) the side effect is performed here, once, without Celery's
    in-line retries: a failure leaves the row for a later relay rather than holding the page.
    """
    OutboxMessage.objects.filter(pk=message_id).update(dispatched_at=timezone.now())
    if _eager():
        try:
            outbox_deliver_message(message_id=message_id)
        except Exception:
            logger.exception("Outbox message %s failed", message_id)
        return True

    from .tasks import outbox_deliver

    try:
        outbox_deliver.apply_async(args=[message_id], retry=False)
    except Exception as exc:  # the broker is down or silent: the periodic relay retries
        logger.warning("Outbox message %s not dispatched: %s", message_id, exc)
        OutboxMessage.objects.filter(pk=message_id).update(
            dispatched_at=None, last_error=str(exc)[:2000]
        )
        return False
    return True


def outbox_pending() -> QuerySet[OutboxMessage]:
    """Rows still to deliver, failed rows parked after MAX_ATTEMPTS excepted."""
    return OutboxMessage.objects.filter(delivered_at__isnull=True, attempts__lt=MAX_ATTEMPTS)


def outbox_relay(*, limit: int = 500) -> int:
    """Hand every pending row to Celery again; return how many were handed over.

    A row is pending when it was never handed over, or handed over so long ago that the
    worker must have lost it; delivery being idempotent, handing it over again is safe.
    """
    stale = timezone.now() - REDISPATCH_AFTER
    pending = (
        outbox_pending()
        .filter(Q(dispatched_at__isnull=True) | Q(dispatched_at__lt=stale))
        .order_by("created_at")
        .values_list("pk", flat=True)[:limit]
    )
    sent = 0
    for message_id in list(pending):
        if not outbox_dispatch(message_id=message_id):
            break  # the broker is still down: no use hammering it
        sent += 1
    return sent


def outbox_deliver_message(*, message_id: int) -> bool:
    """Perform a row's side effect once. Returns False when there was nothing to do.

    The row stays locked while its handler runs, so two workers handed the same row deliver
    it once. Once delivered, the payload (which may hold a sign-in link) is erased.
    """
    error: Exception | None = None
    with transaction.atomic():
        message = OutboxMessage.objects.select_for_update().filter(pk=message_id).first()
        if message is None or message.delivered_at is not None:
            return False
        try:
            HANDLERS[message.kind](message.payload)
        except Exception as exc:
            error = exc
        else:
            message.delivered_at = timezone.now()
            message.payload = {}
            message.last_error = ""
            message.save(update_fields=["delivered_at", "payload", "last_error"])
    if error is not None:
        OutboxMessage.objects.filter(pk=message_id).update(
            attempts=F("attempts") + 1, last_error=str(error)[:2000]
        )
        raise error
    return True


def outbox_purge(*, older_than: timedelta = KEEP_DELIVERED) -> int:
    """Delete delivered rows once they are of no use to anyone."""
    limit = timezone.now() - older_than
    deleted, _ = OutboxMessage.objects.filter(delivered_at__lt=limit).delete()
    return deleted


def outbox_forget_recipient(*, email: str) -> int:
    """Drop the pending emails addressed to someone who deleted their account."""
    doomed = [
        message.pk
        for message in OutboxMessage.objects.filter(delivered_at__isnull=True, kind="email")
        if email in (message.payload or {}).get("to", [])
    ]
    deleted, _ = OutboxMessage.objects.filter(pk__in=doomed).delete()
    return deleted
