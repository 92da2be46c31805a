from django.core.management.base import BaseCommand

from apure.outbox import outbox_relay


class Command(BaseCommand):
    help = "Hand every pending outbox message to Celery again."

    def handle(self, *args, **options):
        sent = outbox_relay()
        self.stdout.write(f"{sent} message(s) handed to the broker.")
