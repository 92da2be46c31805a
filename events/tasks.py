"""Periodic jobs of Événements (beat entries under "# Événements" in settings, hourly). Each
calls one idempotent service: a second run sends nothing twice."""

from celery import shared_task
from django.utils import timezone

from . import services

# Reminders and follow-ups leave during the working day (Europe/Paris), not at midnight.
SEND_FROM_HOUR = 9


def _working_hours() -> bool:
    return SEND_FROM_HOUR <= timezone.localtime().hour < 20


@shared_task(name="events.tasks.send_reminders", autoretry_for=())
def send_reminders() -> int:
    return services.reminders_send() if _working_hours() else 0


@shared_task(name="events.tasks.send_followups", autoretry_for=())
def send_followups() -> int:
    return services.followups_send() if _working_hours() else 0


@shared_task(name="events.tasks.expire_pending", autoretry_for=())
def expire_pending() -> int:
    return services.pending_expire()
