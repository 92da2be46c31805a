"""Periodic jobs of the core, and the pattern every app's periodic job follows.

1. A beat entry in `CELERY_BEAT_SCHEDULE` (settings) names the task and when it runs; beat's
   database scheduler (django-celery-beat) lets staff change the timing in the admin.
2. The task is thin: it takes nothing or a date, and calls one service.
3. The service is idempotent, so that a second run (a retry, two beats, a manual run) does
   nothing twice: it selects the rows still to do (`reminder_sent_at__isnull=True`), locks them
   (`select_for_update(skip_locked=True)`), stamps them in the same transaction as it enqueues
   the email, and the email's outbox key (`"events.reminder:<id>"`) makes a duplicate a no-op.
4. Without REDIS_URL the same services are run by hand (`manage.py <command>`) or by the tests;
   nothing needs beat to be correct, only to be timely.

`outbox_purge` below is the smallest example: beat entry "outbox-purge", this task, and the
service `apure.outbox.outbox_purge`, which deletes only what is old enough and so can run
any number of times.
"""

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
