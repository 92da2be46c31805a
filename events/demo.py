"""Demo content of Événements, loaded by `manage.py seed_demo` (idempotent, keyed by slug).

The 22 November 2022 workshop at the Citadelle d'Arras exactly as the press kit describes it,
two upcoming events (a webinar and a working group) and one past round table with attendance.
Everything goes through the services, as staff would do it in the pages.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone

from apure.models import Organisation, User

from . import services
from .models import Event, Registration

PARIS = ZoneInfo("Europe/Paris")
STAFF = "equipe@demo.apure.test"

ARRAS_SLUG = "atelier-relation-fournisseurs-arras-2022"
ARRAS_ATELIERS = [
    "Atelier 1 - Comment embarquer entreprises et acheteurs publics sur les enjeux de "
    "transition écologique ?",
    "Atelier 2 - Comment simplifier le processus d'achat et faciliter l'expérimentation en "
    "territoire ?",
    "Atelier 3 - Comment prévenir les risques et définir une relation financière équilibrée ?",
]
FIRST_NAMES = [
    "Camille", "Julien", "Sophie", "Thomas", "Nadia", "Claire", "Hugo", "Léa", "Mathieu",
    "Inès", "Nicolas", "Emma", "Antoine", "Chloé", "Karim", "Manon", "Pierre", "Sarah",
    "Louis", "Jeanne",
]  # fmt: skip
LAST_NAMES = [
    "Lefebvre", "Dubois", "Martin", "Leroy", "Benali", "Dupont", "Lemaire", "Caron",
    "Deschamps", "Vasseur", "Delattre", "Lecomte", "Bertin", "Hennebert", "Duquesne",
    "Lambert", "Wallet", "Dufour", "Poulain", "Carpentier",
]  # fmt: skip
JOBS = ["Acheteur public", "Responsable de la commande publique", "Élu", "Juriste marchés"]


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=PARIS)


def _people(organisations: list[Organisation], n: int, prefix: str) -> list[dict]:
    people = []
    for i in range(n):
        organisation = organisations[i % len(organisations)]
        first = FIRST_NAMES[i % len(FIRST_NAMES)]
        last = LAST_NAMES[(i * 7) % len(LAST_NAMES)]
        people.append(
            {
                "first_name": first,
                "last_name": last,
                "email": f"{prefix}{i + 1:02d}@participants.demo.apure.test",
                "job_title": JOBS[i % len(JOBS)],
                "organisation_name": organisation.name,
                "organisation_kind": organisation.kind,
                "departement": organisation.departement,
                "is_rural": organisation.is_rural,
            }
        )
    return people


def _ensure_event(slug: str, staff, data: dict, programme: list[tuple]) -> tuple[Event, bool]:
    event = Event.objects.filter(slug=slug).first()
    if event is not None:
        return event, False
    event = services.event_create(by=staff, data=data, slug=slug)
    for kind, title, start, end, description, groups in programme:
        item = services.item_create(
            event=event,
            by=staff,
            data={
                "kind": kind,
                "title": title,
                "starts_at": start,
                "ends_at": end,
                "description": description,
            },
        )
        for position, (group_title, capacity, speakers) in enumerate(groups, 1):
            services.group_create(
                item=item,
                by=staff,
                data={
                    "title": group_title,
                    "capacity": capacity,
                    "speakers": speakers,
                    "position": position,
                    "description": "Témoignages et retours d'expériences en collectivités, "
                    "puis échanges pour identifier ensemble les marqueurs d'une relation "
                    "fournisseurs responsable.",
                },
            )
    return services.event_publish(event=event, by=staff), True


def _register_all(event: Event, people: list[dict], staff, *, groups_cycle=None) -> int:
    created = 0
    for i, person in enumerate(people):
        groups = [groups_cycle[i % len(groups_cycle)]] if groups_cycle else []
        result = services.registration_create(
            event=event, person=person, groups=groups, by=staff, staff_add=True, notify=False
        )
        created += int(result.created)
    return created


def _check_in(event: Event, staff, every: int) -> None:
    confirmed = Registration.objects.filter(event=event, status="confirmed").order_by("sequence")
    for i, registration in enumerate(confirmed):
        if i % every != every - 1 and registration.checked_in_at is None:
            services.registration_check_in(registration=registration, by=staff)


def seed(*, users: dict[str, User], organisations) -> str:
    staff = users.get(STAFF) or User.objects.filter(email=STAFF).first()
    orgs = list(organisations.values()) if isinstance(organisations, dict) else list(organisations)
    today = timezone.localdate()
    made = []

    # The model: 22 November 2022, La Citadelle, Arras.
    day = date(2022, 11, 22)
    arras, _new = _ensure_event(
        ARRAS_SLUG,
        staff,
        {
            "kind": Event.Kind.WORKSHOP,
            "title": "Questionnons ensemble la relation avec les fournisseurs",
            "audience": Event.Audience.BUYERS,
            "summary": "Premier atelier collectif du Cerdd et du réseau APuRe destiné aux "
            "acheteurs publics : la qualité de la relation que les collectivités tissent avec "
            "leurs fournisseurs.",
            "description": "Fournisseurs et collectivités se connaissent-ils vraiment et "
            "suffisamment ? Quels leviers activer pour leur permettre d'innover ensemble et de "
            "se stimuler mutuellement pour des projets de transitions écologiques ? Comment "
            "maintenir, sur toute la durée du processus d'achat, une relation saine et "
            "équilibrée ?\n\nAux côtés du Cerdd et du réseau APuRe : CD2E, ORCP, APES, CCI "
            "Hauts-de-France, CMA Hauts-de-France, Communauté urbaine d'Arras, Communauté "
            "urbaine de Dunkerque, Communauté d'agglomération de Lens-Liévin, UGAP.",
            "venue_name": "La Citadelle",
            "venue_address": "Avenue du Mémorial des Fusillés",
            "venue_city": "Arras",
            "starts_at": _at(day, 9),
            "ends_at": _at(day, 13),
            "capacity": 80,
            "survey_url": "https://www.cerdd.org/",
        },
        [
            ("welcome", "Accueil des participants", _at(day, 9), None, "", []),
            (
                "plenary",
                "Plénière - Comment la pensée systémique et la coopération peuvent-elles "
                "contribuer à transformer le processus achats ?",
                _at(day, 9, 30),
                _at(day, 10, 40),
                "Membres du réseau APuRe et représentants du monde économique viendront "
                "témoigner sur les enjeux de l'interconnaissance et de la coopération comme "
                "fondements d'une relation d'achats durables.",
                [],
            ),
            (
                "parallel",
                "Groupes de travail thématiques",
                _at(day, 10, 50),
                _at(day, 12, 25),
                "Trois axes de travail différents mais un programme commun : témoignages et "
                "retours d'expériences en collectivités, puis échanges dans le but d'identifier "
                "ensemble les marqueurs d'une relation fournisseurs responsables.",
                [
                    (ARRAS_ATELIERS[0], 25, "CD2E, CCI Hauts-de-France"),
                    (ARRAS_ATELIERS[1], 25, "Communauté urbaine d'Arras, UGAP"),
                    (ARRAS_ATELIERS[2], 25, "APES, ORCP"),
                ],
            ),
            (
                "closing",
                "Plénière de restitution",
                _at(day, 12, 30),
                _at(day, 13),
                "Un temps collectif visant au partage des enseignements des ateliers. Objectif "
                "final : croiser les regards pour aboutir à la détermination des marqueurs "
                "d'une relation équilibrée avec les fournisseurs.",
                [],
            ),
        ],
    )
    groups = list(arras.groups.order_by("position"))
    made.append(_register_all(arras, _people(orgs, 60, "arras"), staff, groups_cycle=groups))
    _check_in(arras, staff, every=5)  # four in five came

    # A past round table with attendance (about two months ago).
    past_day = today - timedelta(days=60)
    table, _new = _ensure_event(
        "table-ronde-elus-achats-durables",
        staff,
        {
            "kind": Event.Kind.ROUND_TABLE,
            "title": "Table ronde des élus : la commande publique, levier de la transition",
            "audience": Event.Audience.ELECTED,
            "summary": "Sensibiliser les élus des collectivités rurales et modestes aux "
            "objectifs du Plan national pour des achats durables.",
            "venue_name": "Maison de la Région",
            "venue_address": "151 avenue du Président Hoover",
            "venue_city": "Lille",
            "starts_at": _at(past_day, 14),
            "ends_at": _at(past_day, 16, 30),
            "capacity": 40,
        },
        [
            ("welcome", "Accueil", _at(past_day, 14), None, "", []),
            ("plenary", "Table ronde", _at(past_day, 14, 15), _at(past_day, 16, 15), "", []),
        ],
    )
    made.append(_register_all(table, _people(orgs[1:], 28, "table"), staff))
    _check_in(table, staff, every=4)

    # Two upcoming events.
    webinar_day = today + timedelta(days=21)
    webinar, _new = _ensure_event(
        "webinaire-loi-climat-clauses-environnementales",
        staff,
        {
            "kind": Event.Kind.WEBINAR,
            "title": "Webinaire : une clause environnementale dans chaque marché",
            "audience": Event.Audience.ALL,
            "summary": "Une heure pour préparer l'échéance de la loi Climat et Résilience avec "
            "La Clause Verte et le Guichet Vert.",
            "online_url": "https://visio.apure.example/webinaire-loi-climat",
            "starts_at": _at(webinar_day, 11),
            "ends_at": _at(webinar_day, 12),
            "capacity": 100,
        },
        [
            ("plenary", "Présentation et questions-réponses", _at(webinar_day, 11),
             _at(webinar_day, 12), "", []),
        ],
    )  # fmt: skip
    group_day = today + timedelta(days=45)
    working, _new = _ensure_event(
        "groupe-de-travail-restauration-collective",
        staff,
        {
            "kind": Event.Kind.WORKING_GROUP,
            "title": "Groupe de travail : achats durables en restauration collective",
            "audience": Event.Audience.BUYERS,
            "summary": "Partager les pratiques des acheteurs sur les produits durables et de "
            "qualité (loi EGalim) et le bio local.",
            "venue_name": "CD2E",
            "venue_address": "Rue de Bourgogne, Base 11/19",
            "venue_city": "Loos-en-Gohelle",
            "starts_at": _at(group_day, 9, 30),
            "ends_at": _at(group_day, 12, 30),
            "capacity": 24,
        },
        [
            ("welcome", "Accueil café", _at(group_day, 9, 30), None, "", []),
            (
                "parallel",
                "Sous-groupes",
                _at(group_day, 10),
                _at(group_day, 12),
                "",
                [
                    ("Approvisionnement local et bio", 12, "Chambre d'agriculture"),
                    ("Lutte contre le gaspillage", 12, "ADEME Hauts-de-France"),
                ],
            ),
        ],
    )
    buyer = users.get("acheteur@demo.apure.test")
    if buyer is not None:
        services.registration_create(event=webinar, user=buyer, notify=False)
    made.append(_register_all(webinar, _people(orgs, 12, "webinaire"), staff))
    sub = list(working.groups.order_by("position"))
    made.append(_register_all(working, _people(orgs, 10, "gt"), staff, groups_cycle=sub))
    present = Registration.objects.filter(event=arras, checked_in_at__isnull=False).count()
    return (
        f"4 événements ; atelier d'Arras : {arras.registrations.count()} inscriptions, "
        f"{present} présents ; {sum(made)} inscriptions créées"
    )
