"""Demo content of the Appels à chantiers, loaded by `manage.py seed_demo` (idempotent, keyed
by the calls' slugs).

Two calls: the 2027 call in its vote (six eligible proposals from across the region, some
ballots already cast, membre@ has not voted yet), and the 2026 call whose results are published,
with its two running chantiers (an SPASER evaluation method, a reference framework for the
"plan de progrès" clause), their progress logs and one published deliverable.

Proposals can only be submitted in their window, so the demo runs each call's calendar through
its phases: the call is created open for proposals, proposals are submitted and reviewed, then
its dates are set to the calendar shown (the demo compresses time, nothing else).
"""

from __future__ import annotations

import zlib
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from apure.models import Organisation, User
from apure.roles import Role
from apure.services import user_set_roles

from . import services
from .models import Call, Chantier, Proposal

PARIS = ZoneInfo("Europe/Paris")
STAFF = "equipe@demo.apure.test"
EXPERT = "expert@demo.apure.test"


def at(y: int, m: int, d: int, h: int = 9, minute: int = 0) -> datetime:
    return datetime(y, m, d, h, minute, tzinfo=PARIS)


# Leads and voters that the core's demo accounts do not cover: one buyer per organisation.
# email, first name, last name, job, SIRET, roles
PEOPLE = [
    (
        "chantiers.thierache@demo.apure.test",
        "Élodie",
        "Carpentier",
        "Responsable achats",
        "21021014200019",
        {Role.BUYER, Role.MEMBER},
    ),
    (
        "chantiers.oise@demo.apure.test",
        "Marc",
        "Vasseur",
        "Chef du service commande publique",
        "21601028000016",
        {Role.BUYER, Role.MEMBER},
    ),
    (
        "chantiers.mel@demo.apure.test",
        "Inès",
        "Haddad",
        "Chargée de mission achats responsables",
        "21591035700015",
        {Role.BUYER, Role.MEMBER},
    ),
    (
        "chantiers.arras@demo.apure.test",
        "Paul",
        "Lemaire",
        "Acheteur",
        "21621042700011",
        {Role.BUYER},
    ),
    (
        "chantiers.dunkerque@demo.apure.test",
        "Anne",
        "Deschamps",
        "Directrice des achats",
        "21591000100019",
        {Role.BUYER, Role.MEMBER},
    ),
    (
        "chantiers.saint-valery@demo.apure.test",
        "Hugo",
        "Delattre",
        "Secrétaire général",
        "28801091100015",
        {Role.BUYER, Role.MEMBER},
    ),
    (
        "chantiers.maisons-cites@demo.apure.test",
        "Léa",
        "Fontaine",
        "Responsable marchés",
        "77591056500016",
        {Role.BUYER, Role.MEMBER},
    ),
]

VOTING_CALL = {
    "slug": "appel-a-chantiers-2027",
    "title": "Appel à chantiers d'exploration 2027",
    "description": (
        "Le réseau APuRe ouvre sa deuxième saison de chantiers d'exploration. Une collectivité "
        "du réseau, ou qui en exprime le besoin, propose une question technique ou exploratoire "
        "sur les achats publics responsables ; un collectif d'experts travaille autour d'un chef "
        "de file pour produire un livrable qui profitera à tous les acheteurs de la région.\n\n"
        "Les membres du réseau APuRe choisissent les chantiers par un vote par approbation."
    ),
    "eligibility_rules": (
        "Proposition portée par une collectivité ou un acheteur public des Hauts-de-France.\n"
        "Un chef de file identifié et un collectif d'au moins deux personnes.\n"
        "Un livrable unique, réutilisable par les autres acheteurs (texte, document, vidéo, "
        "méthode, outil) et les besoins pour le produire.\n"
        "Un calendrier de douze mois au plus."
    ),
    "max_choices": 3,
    "seats": 3,
}

VOTING_PROPOSALS = [
    (
        "chantiers.thierache@demo.apure.test",
        {
            "title": "Mutualiser les achats alimentaires durables entre petites communes",
            "theme": "alimentation",
            "problem": (
                "Nos communes rurales achètent de petits volumes de denrées pour la restauration "
                "scolaire : les producteurs locaux ne répondent pas, les objectifs EGalim restent "
                "loin. Comment grouper les besoins sans perdre la proximité ?"
            ),
            "deliverable_kind": "method",
            "deliverable": "Une méthode pas à pas pour monter un groupement de commandes "
            "alimentaire entre communes de moins de 3 500 habitants, avec modèles de "
            "convention et d'allotissement.",
            "needs_material": "Deux journées d'atelier dans l'Aisne, frais de déplacement "
            "des producteurs.",
            "needs_intellectual": "Un juriste de la commande publique, la chambre d'agriculture.",
            "timeline": "Février : diagnostic des besoins. Mai : modèle de convention. "
            "Octobre : méthode publiée.",
        },
    ),
    (
        "chantiers.oise@demo.apure.test",
        {
            "title": "Indicateurs carbone des marchés de travaux routiers",
            "theme": "climat",
            "problem": (
                "Le Département veut comparer l'empreinte carbone des variantes proposées dans ses "
                "marchés de voirie, mais chaque entreprise calcule à sa façon."
            ),
            "deliverable_kind": "tool",
            "deliverable": "Un tableur de calcul commun et une annexe type au cahier des charges "
            "pour demander les données carbone sous un format unique.",
            "needs_material": "Accès aux bases de facteurs d'émission.",
            "needs_intellectual": "Un bureau d'études, deux entreprises de travaux publics.",
            "timeline": "Neuf mois, test sur deux marchés réels.",
        },
    ),
    (
        "chantiers.mel@demo.apure.test",
        {
            "title": "Réemploi du mobilier de bureau : du sourcing au marché",
            "theme": "circulaire",
            "problem": (
                "Les filières de réemploi existent mais les acheteurs ne savent pas les "
                "solliciter ni "
                "rédiger un lot réservé ou une clause de réemploi qui tienne juridiquement."
            ),
            "deliverable_kind": "document",
            "deliverable": "Un guide de sourcing et des clauses types pour l'achat de mobilier de "
            "réemploi, versées à La Clause Verte.",
            "needs_material": "",
            "needs_intellectual": "Des structures de l'économie sociale et solidaire, l'APES.",
            "timeline": "Six mois.",
        },
    ),
    (
        "chantiers.arras@demo.apure.test",
        {
            "title": "Former les élus aux achats responsables en une heure",
            "theme": "strategie",
            "problem": (
                "Les élus votent les SPASER mais connaissent peu les leviers des marchés. Les "
                "formations existantes durent une journée : personne ne vient."
            ),
            "deliverable_kind": "video",
            "deliverable": "Une série de cinq vidéos courtes et un support de présentation pour un "
            "module d'une heure avant un conseil communautaire.",
            "needs_material": "Tournage et montage.",
            "needs_intellectual": "Deux élus témoins, un formateur.",
            "timeline": "Tournage au printemps, diffusion à l'automne.",
        },
    ),
    (
        "chantiers.saint-valery@demo.apure.test",
        {
            "title": "Clause d'insertion dans les petits marchés de services",
            "theme": "social",
            "problem": (
                "Sous 90 000 euros, nos marchés d'entretien d'espaces verts n'ont jamais de clause "
                "d'insertion : trop peu d'heures, pas de facilitateur sur le territoire."
            ),
            "deliverable_kind": "text",
            "deliverable": "Une clause d'insertion adaptée aux petits volumes d'heures, avec son "
            "mode de suivi sans facilitateur.",
            "needs_material": "",
            "needs_intellectual": "Un facilitateur de la Somme, une structure d'insertion.",
            "timeline": "Quatre mois.",
        },
    ),
    (
        "chantiers.maisons-cites@demo.apure.test",
        {
            "title": "Matériaux biosourcés dans la rénovation des logements sociaux",
            "theme": "clauses",
            "problem": (
                "Les bailleurs veulent des isolants biosourcés mais les entreprises de rénovation "
                "craignent les assurances et les délais. Quels critères, quelles preuves ?"
            ),
            "deliverable_kind": "document",
            "deliverable": "Un recueil de critères d'attribution et de preuves acceptables "
            "pour les "
            "isolants biosourcés, testé sur deux opérations.",
            "needs_material": "Visites de chantiers.",
            "needs_intellectual": "Un contrôleur technique, une assurance, des artisans.",
            "timeline": "Douze mois.",
        },
    ),
]

DONE_CALL = {
    "slug": "appel-a-chantiers-2026",
    "title": "Appel à chantiers d'exploration 2026",
    "description": (
        "Première saison des chantiers d'exploration du réseau APuRe : transformer le savoir "
        "accumulé par les experts de la région en ressources communes."
    ),
    "eligibility_rules": (
        "Proposition portée par une collectivité des Hauts-de-France, un chef de file, un "
        "collectif d'experts, un livrable et ses besoins."
    ),
    "max_choices": 2,
    "seats": 2,
}
DONE_DATES = {
    "proposals_open_at": at(2025, 9, 1),
    "proposals_close_at": at(2025, 10, 15, 18),
    "voting_opens_at": at(2025, 11, 3),
    "voting_closes_at": at(2025, 11, 24, 18),
    "work_starts_at": at(2026, 2, 2),
}

DONE_PROPOSALS = [
    (
        "chantiers.oise@demo.apure.test",
        {
            "title": "Évaluer un SPASER : une méthode partagée",
            "theme": "evaluation",
            "problem": (
                "Les collectivités qui ont adopté un SPASER doivent en publier le bilan, "
                "mais aucune "
                "méthode commune ne permet de mesurer ses effets ni de comparer les territoires."
            ),
            "deliverable_kind": "method",
            "deliverable": "Une méthode d'évaluation des SPASER : indicateurs, sources de données, "
            "trame de bilan annuel, testée par trois collectivités.",
            "needs_material": "Accès aux données de recensement des marchés.",
            "needs_intellectual": "Un statisticien, le Cerdd, deux collectivités testeuses.",
            "timeline": "Février : indicateurs. Juin : test. Décembre : méthode publiée.",
        },
    ),
    (
        "chantiers.mel@demo.apure.test",
        {
            "title": "Un référentiel pour la clause « plan de progrès »",
            "theme": "clauses",
            "problem": (
                "La clause « plan de progrès » demande au titulaire de s'améliorer pendant le "
                "marché, mais sans référentiel, chacun l'écrit et la suit différemment."
            ),
            "deliverable_kind": "document",
            "deliverable": "Un référentiel commun : objectifs types par famille d'achats, "
            "indicateurs de suivi, modèle de revue annuelle.",
            "needs_material": "",
            "needs_intellectual": "Des entreprises titulaires, un juriste, le CD2E.",
            "timeline": "Dix mois.",
        },
    ),
    (
        "chantiers.dunkerque@demo.apure.test",
        {
            "title": "Observatoire des prix des produits d'entretien écolabellisés",
            "theme": "sourcing",
            "problem": "Les écarts de prix annoncés freinent l'achat de produits écolabellisés.",
            "deliverable_kind": "tool",
            "deliverable": "Un relevé partagé des prix constatés dans les marchés du réseau.",
            "needs_material": "",
            "needs_intellectual": "Trois acheteurs volontaires.",
            "timeline": "Six mois.",
        },
    ),
]

PROGRESS = (
    [
        (
            date(2026, 2, 10),
            "Réunion de lancement à Beauvais : le collectif retient douze "
            "indicateurs candidats, dont la part des marchés avec une clause environnementale.",
        ),
        (
            date(2026, 5, 19),
            "Test des indicateurs sur les données 2025 de l'Oise et de la "
            "Thiérache : deux indicateurs abandonnés faute de données fiables.",
        ),
        (
            date(2026, 10, 6),
            "Trame de bilan annuel relue par le Cerdd ; publication de la "
            "méthode prévue en décembre.",
        ),
    ],
    [
        (
            date(2026, 3, 3),
            "Atelier avec six entreprises titulaires : ce qu'elles peuvent mesurer, à quel coût.",
        ),
        (
            date(2026, 9, 22),
            "Première version du référentiel pour les marchés de nettoyage et "
            "de restauration collective.",
        ),
    ],
)

# A minimal, valid PDF for the demo deliverable.
_PDF_TEXT = b"BT /F1 14 Tf 60 760 Td (Methode d'evaluation des SPASER - version de travail) Tj ET"


def _pdf() -> bytes:
    stream = zlib.compress(_PDF_TEXT)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _people() -> dict[str, User]:
    people = {}
    for email, first, last, job, siret, roles in PEOPLE:
        user, _created = User.objects.get_or_create(email=email)
        user.first_name, user.last_name, user.job_title = first, last, job
        user.organisation = Organisation.objects.get(siret=siret)
        user.organisation_confirmed = True
        user.set_unusable_password()
        user.save()
        user_set_roles(user=user, roles=roles, by=None)
        people[email] = user
    return people


def _proposals_open(now: datetime) -> dict[str, datetime]:
    return {
        "proposals_open_at": now - timedelta(days=1),
        "proposals_close_at": now + timedelta(days=1),
        "voting_opens_at": now + timedelta(days=2),
        "voting_closes_at": now + timedelta(days=3),
    }


def _run_proposals(call: Call, entries, people, staff) -> list[Proposal]:
    proposals = []
    for email, data in entries:
        proposal = services.proposal_submit(call=call, by=people[email], data=data)
        services.proposal_review(proposal=proposal, by=staff, eligible=True)
        proposals.append(proposal)
    return proposals


def _seed_voting_call(people, users, staff, now) -> int:
    if Call.objects.filter(slug=VOTING_CALL["slug"]).exists():
        return 0
    call = services.call_create(
        by=staff, data={**VOTING_CALL, **_proposals_open(now)}, slug=VOTING_CALL["slug"]
    )
    call = services.call_publish(call=call, by=staff)
    proposals = _run_proposals(call, VOTING_PROPOSALS, people, staff)
    Call.objects.filter(pk=call.pk).update(
        proposals_open_at=now - timedelta(days=60),
        proposals_close_at=now - timedelta(days=20),
        voting_opens_at=now - timedelta(days=6),
        voting_closes_at=(now + timedelta(days=12)).replace(hour=17, minute=0, second=0),
        voting_open_notified_at=now - timedelta(days=6),
    )
    call.refresh_from_db()
    by_title = {p.title[:12]: p for p in proposals}
    ballots = [
        ("chantiers.oise@demo.apure.test", ["Mutualiser l", "Réemploi du ", "Clause d'ins"]),
        ("chantiers.mel@demo.apure.test", ["Mutualiser l", "Matériaux bi"]),
        ("chantiers.dunkerque@demo.apure.test", ["Indicateurs ", "Réemploi du "]),
        ("chantiers.thierache@demo.apure.test", ["Clause d'ins", "Former les é"]),
    ]
    for email, titles in ballots:
        services.ballot_cast(
            call=call, voter=people[email], proposal_ids=[by_title[t].pk for t in titles]
        )
    return len(proposals)


def _seed_done_call(people, users, staff, now) -> int:
    if Call.objects.filter(slug=DONE_CALL["slug"]).exists():
        return 0
    call = services.call_create(
        by=staff, data={**DONE_CALL, **_proposals_open(now)}, slug=DONE_CALL["slug"]
    )
    call = services.call_publish(call=call, by=staff)
    expert = users.get(EXPERT) or User.objects.get(email=EXPERT)
    proposals = _run_proposals(call, DONE_PROPOSALS, people, staff)
    spaser, progress_clause, _other = proposals
    member = services.CollectiveMember.objects.create(
        proposal=spaser, email=expert.email, role="experte des indicateurs de la commande publique"
    )
    services.collective_confirm(member=member, user=expert)
    # The vote happened last year: move the calendar there, then cast in a short window.
    Call.objects.filter(pk=call.pk).update(
        proposals_open_at=now - timedelta(days=3),
        proposals_close_at=now - timedelta(days=2),
        voting_opens_at=now - timedelta(days=1),
        voting_closes_at=now + timedelta(days=1),
        voting_open_notified_at=now,
        voting_reminder_sent_at=now,
    )
    call.refresh_from_db()
    votes = [
        ("chantiers.thierache@demo.apure.test", [spaser, progress_clause]),
        ("chantiers.dunkerque@demo.apure.test", [spaser, progress_clause]),
        ("chantiers.saint-valery@demo.apure.test", [spaser]),
        ("chantiers.maisons-cites@demo.apure.test", [progress_clause, _other]),
        ("chantiers.mel@demo.apure.test", [spaser]),
    ]
    for email, chosen in votes:
        services.ballot_cast(call=call, voter=people[email], proposal_ids=[p.pk for p in chosen])
    Call.objects.filter(pk=call.pk).update(**DONE_DATES)
    call.refresh_from_db()
    services.selection_confirm(call=call, by=staff, proposal_ids=[spaser.pk, progress_clause.pk])
    call = services.results_publish(call=call, by=staff)
    Call.objects.filter(pk=call.pk).update(results_published_at=at(2025, 12, 1, 10))
    for proposal, entries in zip((spaser, progress_clause), PROGRESS, strict=True):
        chantier = Chantier.objects.get(proposal=proposal)
        for day, text in entries:
            author = expert if proposal == spaser else proposal.lead
            services.progress_add(chantier=chantier, by=author, date=day, text=text)
    chantier = Chantier.objects.get(proposal=spaser)
    deliverable = services.deliverable_add(
        chantier=chantier,
        by=expert,
        title="Méthode d'évaluation des SPASER, version de travail",
        description="Douze indicateurs, leurs sources et la trame de bilan annuel.",
        upload=SimpleUploadedFile("methode-evaluation-spaser.pdf", _pdf()),
    )
    services.deliverable_publish(deliverable=deliverable, by=staff)
    return len(proposals)


def seed(*, users: dict[str, User], organisations) -> str:
    staff = users.get(STAFF) or User.objects.get(email=STAFF)
    people = _people()
    now = timezone.now()
    voting = _seed_voting_call(people, users, staff, now)
    done = _seed_done_call(people, users, staff, now)
    return (
        f"{voting} propositions en vote, {done} propositions dans l'appel clos, "
        f"{Chantier.objects.count()} chantiers"
    )
