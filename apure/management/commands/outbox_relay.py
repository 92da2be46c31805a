from django.core.management.base import BaseCommand

from apure.outbox import outbox_relay


class Command(BaseCommand):
    help = "Transmet de nouveau au courtier Celery chaque message en attente de l’outbox."

    def handle(self, *args, **options):
        sent = outbox_relay()
        self.stdout.write(f"{sent} message(s) transmis au courtier.")
