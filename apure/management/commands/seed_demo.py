import importlib
import importlib.util

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from apure.demo import DEMO_PASSWORD, DEMO_TOTP_SECRETS, seed_accounts, seed_organisations

DEMO_APPS = ("clauses", "guichet", "chantiers", "events")


class Command(BaseCommand):
    help = "Load the demo data (idempotent). Refused when DEBUG is off."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError(
                "seed_demo is refused when DEBUG is off: it creates known passwords."
            )
        with transaction.atomic():
            organisations = seed_organisations()
            users = seed_accounts(organisations)
            # Each app adds its demo content through a `demo.seed(users)` function.
            for config in apps.get_app_configs():
                if config.name in DEMO_APPS:
                    if importlib.util.find_spec(f"{config.name}.demo") is None:
                        continue
                    module = importlib.import_module(f"{config.name}.demo")
                    summary = module.seed(users=users, organisations=organisations)
                    if summary:
                        self.stdout.write(f"{config.verbose_name}: {summary}")
        self.stdout.write(self.style.SUCCESS("Demo data loaded."))
        self.stdout.write(f"Password of every demo account: {DEMO_PASSWORD}")
        for email in users:
            self.stdout.write(f"  {email}")
        self.stdout.write("TOTP secrets (add them to an authenticator app):")
        for email, secret in DEMO_TOTP_SECRETS.items():
            self.stdout.write(f"  {email}: {secret}")
