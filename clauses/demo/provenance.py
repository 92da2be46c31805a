"""Who wrote each demo fiche, and when: the network's experts by field, from the organisations
the programme's press kit names, with creation, publication and verification dates spread
over the life of the catalogue (a canteen clause is not written by a social landlord).

The catalogue import makes its importer the author of every row; `seed_provenance` then gives
each demo fiche its expert, organisation and dates. Demo data only (`seed_demo`).
"""

from __future__ import annotations

import datetime as dt

from allauth.account.models import EmailAddress
from django.db import transaction

from apure.models import Organisation, User
from apure.roles import Role
from apure.services import user_set_roles

from ..models import Fiche

# siret, name, kind, département, rural, APuRe member
ORGANISATIONS = [
    ("24620070300014", "Communauté d’agglomération de Lens-Liévin", "epci", "62", False, True),
    ("77590012900013", "APES Hauts-de-France", "association", "59", False, True),
    ("18007501200013", "UGAP", "etat", "hors", False, False),
    ("24590048500013", "Communauté urbaine de Dunkerque", "epci", "59", False, True),
]

# field -> (email, first name, last name, job title, organisation SIRET); "batiment" is the
# existing demo expert of Maisons & Cités (apure/demo.py).
EXPERTS = {
    "batiment": ("expert@demo.apure.test", "", "", "", ""),
    "restauration": (
        "expert-restauration@demo.apure.test",
        "Hélène",
        "Vasseur",
        "Responsable de la restauration collective",
        "24620070300014",
    ),
    "numerique": (
        "expert-numerique@demo.apure.test",
        "Karim",
        "Haddad",
        "Acheteur expert numérique et équipements",
        "18007501200013",
    ),
    "social": (
        "expert-social@demo.apure.test",
        "Mathilde",
        "Roussel",
        "Facilitatrice des clauses sociales",
        "77590012900013",
    ),
    "services": (
        "expert-services@demo.apure.test",
        "Vincent",
        "Delattre",
        "Responsable des achats durables",
        "24590048500013",
    ),
}

# Segment (as the catalogue writes it) -> field.
SEGMENT_FIELDS = {
    "Travaux > Bâtiment": "batiment",
    "Travaux > Déconstruction et réemploi": "batiment",
    "Travaux > Voirie et réseaux": "services",
    "Travaux > Espaces verts et paysage": "services",
    "Fournitures > Alimentation": "restauration",
    "Services > Restauration collective": "restauration",
    "Fournitures > Informatique et numérique": "numerique",
    "Fournitures > Véhicules": "numerique",
    "Fournitures > Énergie": "numerique",
    "Fournitures > Fournitures de bureau et papier": "numerique",
    "Fournitures > Mobilier": "numerique",
}

# The official guides a buyer can open, by field (name and public address).
GUIDES = {
    "all": [
        "Direction des affaires juridiques (DAJ), « Achats publics responsables » : "
        "https://www.economie.gouv.fr/daj/commande-publique/achats-publics-responsables",
        "Plan national pour des achats durables (PNAD) et réseau RAPIDD : "
        "https://www.rapidd.developpement-durable.gouv.fr/",
    ],
    "batiment": [
        "Base INIES des déclarations environnementales des produits de construction : "
        "https://www.base-inies.fr/",
        "ADEME, guides et études pour les maîtres d’ouvrage publics : https://librairie.ademe.fr/",
    ],
    "restauration": [
        "Ministère de l’Agriculture, « ma cantine » et ses guides d’achat EGalim : "
        "https://ma-cantine.agriculture.gouv.fr/",
    ],
    "numerique": [
        "Mission interministérielle numérique responsable, guide de bonnes pratiques : "
        "https://ecoresponsable.numerique.gouv.fr/",
        "ADEME, guides et études sur les achats responsables : https://librairie.ademe.fr/",
    ],
    "social": [
        "Le marché de l’inclusion (plateforme de l’inclusion) : "
        "https://lemarche.inclusion.beta.gouv.fr/",
    ],
    "services": [
        "ADEME, guides et études sur les achats responsables : https://librairie.ademe.fr/",
        "Commission européenne, critères des marchés publics écologiques : "
        "https://green-business.ec.europa.eu/green-public-procurement_en",
    ],
}


def field_of(row: dict) -> str:
    """The expert field of a catalogue row: social clauses to the social expert, else by its
    first segment (services and other supplies to the services expert)."""
    if row["kind"] == "social_clause" or (
        "social-insertion" in row.get("themes", []) and row["kind"] != "award_criterion"
    ):
        return "social"
    for segment in row.get("segments", []):
        if segment in SEGMENT_FIELDS:
            return SEGMENT_FIELDS[segment]
    return "services"


def sources_with_guides(row: dict) -> str:
    """The row's sources followed by the official guides of its field (once each)."""
    lines = [line for line in (row.get("sources") or "").splitlines() if line.strip()]
    field = field_of(row)
    for guide in [*GUIDES[field], *GUIDES["all"]]:
        if guide not in lines:
            lines.append(guide)
    return "\n".join(lines)


def seed_experts(users: dict[str, User]) -> dict[str, User]:
    from apure.demo import DEMO_PASSWORD

    organisations = {}
    for siret, name, kind, departement, rural, member in ORGANISATIONS:
        organisations[siret], _created = Organisation.objects.update_or_create(
            siret=siret,
            defaults={
                "name": name,
                "kind": kind,
                "departement": departement,
                "is_rural": rural,
                "is_apure_member": member,
            },
        )
    experts = {}
    for field, (email, first, last, job, siret) in EXPERTS.items():
        if not siret:
            experts[field] = users.get(email) or User.objects.get(email=email)
            continue
        user, _created = User.objects.get_or_create(email=email)
        user.first_name, user.last_name, user.job_title = first, last, job
        user.organisation, user.organisation_confirmed = organisations[siret], True
        user.is_active = True
        user.set_password(DEMO_PASSWORD)
        user.save()
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        user_set_roles(user=user, roles={Role.EXPERT}, by=None)
        experts[field] = user
    return experts


@transaction.atomic
def seed_provenance(rows: list[dict], experts: dict[str, User]) -> None:
    """Each demo fiche gets its field's expert and organisation, a creation date a few weeks
    before its publication, and the date the network last verified it."""
    fiches = {f.slug: f for f in Fiche.objects.filter(slug__in=[r["slug"] for r in rows])}
    for index, row in enumerate(rows):
        fiche = fiches.get(row["slug"])
        if fiche is None or fiche.published_at is None:
            continue
        author = experts[field_of(row)]
        created = fiche.published_at - dt.timedelta(days=18 + (index * 7) % 40)
        verified = (fiche.published_at + dt.timedelta(days=30 + (index * 11) % 300)).date()
        verified = min(verified, dt.date(2026, 11, 1 + index % 20))
        verified = max(verified, fiche.published_at.date())
        # The import cannot set authorship or the creation date: demo data, written directly.
        Fiche.objects.filter(pk=fiche.pk).update(
            author=author,
            organisation=author.organisation,
            created_at=created,
            verified_at=verified,
        )
