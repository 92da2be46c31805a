from celery import shared_task

from .outbox import outbox_deliver_message, outbox_purge
from .outbox import outbox_relay as relay_pending


@shared_task(name="apure.tasks.outbox_deliver")
def outbox_deliver(message_id: int) -> bool:
    return outbox_deliver_message(message_id=message_id)


@shared_task(name="apure.tasks.outbox_relay", autoretry_for=())
def outbox_relay() -> int:
    return relay_pending()


@shared_task(name="apure.tasks.outbox_purge", autoretry_for=())
def outbox_purge_delivered() -> int:
    return outbox_purge()
