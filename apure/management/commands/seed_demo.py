from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from apure.demo import DEMO_PASSWORD, DEMO_TOTP_SECRETS, seed_accounts, seed_organisations
from apure.registry import registry


class Command(BaseCommand):
    help = "Charge les données de démonstration (idempotent). Refusé quand DEBUG est désactivé."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError(
                "seed_demo est refusé quand DEBUG est désactivé : il crée des mots de passe "
                "connus de tous."
            )
        with transaction.atomic():
            organisations = seed_organisations()
            users = seed_accounts(organisations)
            # Each installed app registers its demo content with the core (AppConfig.ready).
            for seeder in registry.demo_seeders:
                summary = seeder.seed(users=users, organisations=organisations)
                if summary:
                    self.stdout.write(f"{seeder.key} : {summary}")
        self.stdout.write(self.style.SUCCESS("Données de démonstration chargées."))
        self.stdout.write(f"Mot de passe de tous les comptes de démonstration : {DEMO_PASSWORD}")
        for email in users:
            self.stdout.write(f"  {email}")
        self.stdout.write("Secrets TOTP (à ajouter dans une application d'authentification) :")
        for email, secret in DEMO_TOTP_SECRETS.items():
            self.stdout.write(f"  {email} : {secret}")
