"""Periodic jobs of the Guichet Vert (beat entry "guichet-overdue-alert" in settings)."""

from celery import shared_task

from . import services


@shared_task(name="guichet.tasks.overdue_alert", autoretry_for=())
def overdue_alert() -> int:
    """Runs every hour; the service sends once per working day, from 8:00 (Europe/Paris)."""
    return services.overdue_alert_send()
