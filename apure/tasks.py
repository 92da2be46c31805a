from celery import shared_task

from .celery import RETRYING_TASK
from .outbox import outbox_deliver_message
from .outbox import outbox_relay as relay_pending


@shared_task(name="apure.tasks.outbox_deliver", **RETRYING_TASK)
def outbox_deliver(message_id: int) -> bool:
    return outbox_deliver_message(message_id=message_id)


@shared_task(name="apure.tasks.outbox_relay")
def outbox_relay() -> int:
    return relay_pending()
