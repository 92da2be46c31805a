"""Demo organisations and accounts: one per role, easy to remember (see the README)."""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.utils import encrypt

from .models import Organisation, User
from .roles import Role
from .services import user_set_roles

DEMO_PASSWORD = "demo-apure-2026"  # noqa: S105  (printed in the README on purpose)

# Base32 secrets for the two roles that need TOTP; add them to any authenticator app.
DEMO_TOTP_SECRETS = {
    "conseiller@demo.apure.test": "APUREDEMOCONSEILLERGUICHETVERT22",
    "equipe@demo.apure.test": "APUREDEMOEQUIPERESEAUCERDDCD2E22",
}

ORGANISATIONS = [
    # siret, name, kind, departement, rural, apure member
    ("21591000100019", "Ville de Dunkerque", "commune", "59", False, True),
    ("21621007000019", "Commune de Pecquencourt", "commune", "59", True, False),
    (
        "21021014200019",
        "Communauté de communes de la Thiérache du Centre",
        "epci",
        "02",
        True,
        True,
    ),
    ("21801021300013", "Commune de Doullens", "commune", "80", True, False),
    ("21601028000016", "Département de l'Oise", "departement", "60", False, True),
    ("21591035700015", "Métropole européenne de Lille", "epci", "59", False, True),
    ("21621042700011", "Communauté urbaine d'Arras", "epci", "62", False, True),
    ("77591056500016", "Maisons & Cités", "bailleur_social", "59", False, True),
    ("26591077800017", "Centre hospitalier de Roubaix", "sante", "59", False, False),
    ("38621070200018", "CD2E", "association", "62", False, True),
    ("24621084300016", "Cerdd", "association", "62", False, True),
    ("28801091100015", "Commune de Saint-Valery-sur-Somme", "commune", "80", True, True),
]

ACCOUNTS = [
    # email, first name, last name, job title, organisation SIRET, roles
    (
        "acheteur@demo.apure.test",
        "Camille",
        "Lefebvre",
        "Acheteuse publique",
        "21621007000019",
        {Role.BUYER},
    ),
    (
        "acheteur2@demo.apure.test",
        "Julien",
        "Dubois",
        "Responsable de la commande publique",
        "21801021300013",
        {Role.BUYER},
    ),
    (
        "membre@demo.apure.test",
        "Sophie",
        "Martin",
        "Directrice de la commande publique",
        "21621042700011",
        {Role.BUYER, Role.MEMBER},
    ),
    (
        "conseiller@demo.apure.test",
        "Thomas",
        "Leroy",
        "Conseiller Guichet Vert",
        "38621070200018",
        {Role.ADVISOR},
    ),
    (
        "expert@demo.apure.test",
        "Nadia",
        "Benali",
        "Experte matériaux biosourcés",
        "77591056500016",
        {Role.EXPERT},
    ),
    (
        "equipe@demo.apure.test",
        "Claire",
        "Dupont",
        "Chargée de mission achats durables",
        "24621084300016",
        {Role.STAFF},
    ),
]


def seed_organisations() -> dict[str, Organisation]:
    organisations = {}
    for siret, name, kind, departement, rural, member in ORGANISATIONS:
        organisation, _ = Organisation.objects.update_or_create(
            siret=siret,
            defaults={
                "name": name,
                "kind": kind,
                "departement": departement,
                "is_rural": rural,
                "is_apure_member": member,
            },
        )
        organisations[siret] = organisation
    return organisations


def seed_accounts(organisations: dict[str, Organisation]) -> dict[str, User]:
    users = {}
    for email, first, last, job, siret, roles in ACCOUNTS:
        user, _created = User.objects.get_or_create(email=email)
        user.first_name, user.last_name, user.job_title = first, last, job
        user.organisation = organisations[siret]
        user.organisation_confirmed = True
        user.is_active = True
        user.set_password(DEMO_PASSWORD)
        user.save()
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        user_set_roles(user=user, roles=roles, by=None)
        secret = DEMO_TOTP_SECRETS.get(email)
        if secret:
            Authenticator.objects.update_or_create(
                user=user,
                type=Authenticator.Type.TOTP,
                defaults={"data": {"secret": encrypt(secret)}},
            )
        users[email] = user
    return users
