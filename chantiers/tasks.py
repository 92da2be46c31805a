"""Periodic jobs of the Appels à chantiers (beat entries under "# Appels à chantiers")."""

from celery import shared_task

from .services import voting_notices_send


@shared_task(name="chantiers.tasks.voting_notices", autoretry_for=())
def voting_notices() -> int:
    """ "Voting is open" and "two days left" emails; idempotent, so it can run often."""
    return voting_notices_send()
