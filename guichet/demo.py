"""Demo content of the Guichet Vert, loaded by `manage.py seed_demo` (idempotent).

Sixty requests over the last twelve months from buyers of every département, in every state
and kind, with their exchange, internal notes and time entries, and ten published Q&As. They
go through the services (numbering, transitions, events), then their dates are set back in
time; the emails those services queue are dropped (the demo accounts need no mail).
"""

from __future__ import annotations

import datetime as dt
import uuid

from django.db.models import Max
from django.utils import timezone

from apure.caching import namespace_bump
from apure.models import Organisation, OutboxMessage, User
from apure.roles import Role
from apure.services import user_set_roles
from clauses.selectors import published_fiches_for_choice, segments_for_choice

from . import services, workdays
from .demo_content import BUYER_REPLIES, NOTES, RATING_COMMENTS, REDIRECT_TARGETS, REQUESTS
from .models import QA, Event, Message, Request, RequestCounter, TimeEntry

NAMESPACE = uuid.UUID("6f1d8a52-3c0e-4b7a-9a51-2f0e6d3c9b11")
TOTAL = 60

OUTSIDE = ("21510454800015", "Ville de Reims", "commune", "hors", False)
EXTRA_BUYERS = [
    # email, first name, last name, job title, organisation SIRET
    (
        "achats.thierache@demo.apure.test",
        "Aurélie",
        "Vasseur",
        "Secrétaire générale",
        "21021014200019",
    ),
    ("achats.oise@demo.apure.test", "Karim", "Haddad", "Acheteur public", "21601028000016"),
    ("achats.mel@demo.apure.test", "Élodie", "Carpentier", "Acheteuse", "21591035700015"),
    (
        "achats.saintvalery@demo.apure.test",
        "Marc",
        "Lefort",
        "Directeur général des services",
        "28801091100015",
    ),
    ("achats.reims@demo.apure.test", "Inès", "Moreau", "Responsable achats", OUTSIDE[0]),
]


def _extra_buyers(organisations: dict[str, Organisation]) -> list[User]:
    siret, name, kind, departement, rural = OUTSIDE
    organisations[siret], _ = Organisation.objects.get_or_create(
        siret=siret,
        defaults={"name": name, "kind": kind, "departement": departement, "is_rural": rural},
    )
    buyers = []
    for email, first, last, job, org in EXTRA_BUYERS:
        user, created = User.objects.get_or_create(
            email=email,
            defaults={
                "first_name": first,
                "last_name": last,
                "job_title": job,
                "organisation": organisations.get(org) or Organisation.objects.get(siret=org),
                "organisation_confirmed": True,
            },
        )
        if created:
            user.set_unusable_password()
            user.save(update_fields=["password"])
            user_set_roles(user=user, roles={Role.BUYER}, by=None)
        buyers.append(user)
    return buyers


def _plan(index: int) -> str:
    """The state of the demo request `index` (0 the oldest, 59 the newest)."""
    if index >= 56:
        return "new"
    if index >= 53:
        return "assigned"
    if index >= 50:
        return "in_progress"
    if index >= 46:
        return "answered"
    if index in (5, 25, 40):
        return "redirected"
    if index in (10, 30, 44):
        return "withdrawn"
    return "closed"


def _created_at(index: int, now: dt.datetime) -> dt.datetime:
    # The last fourteen within three weeks (still open), the others over the year before.
    days = (59 - index) * 1.4 + 0.3 if index >= 46 else 20 + (45 - index) * 340 / 45
    moment = workdays.local(now - dt.timedelta(days=days))
    moment = moment.replace(hour=9 + index % 8, minute=(index * 7) % 60, second=0, microsecond=0)
    while not workdays.is_working_day(moment.date()):
        moment -= dt.timedelta(days=1)
    return min(moment, workdays.local(now) - dt.timedelta(hours=2))


def seed(*, users: dict[str, User], organisations: dict[str, Organisation]) -> str:
    advisor = users.get("conseiller@demo.apure.test")
    expert = users.get("expert@demo.apure.test")
    staff = users.get("equipe@demo.apure.test")
    if not (advisor and expert and staff):
        return "demo accounts missing"
    buyers = [
        users["acheteur@demo.apure.test"],
        users["acheteur2@demo.apure.test"],
        users["membre@demo.apure.test"],
        *_extra_buyers(organisations),
    ]
    segments = {(s.parent.name, s.name): s for s in segments_for_choice()}
    fiches = {f.slug: f for f in published_fiches_for_choice()}
    now = timezone.now()
    created_count = 0
    closed: list[tuple[Request, dict]] = []
    for index in range(TOTAL):
        template = REQUESTS[index % len(REQUESTS)]
        buyer = buyers[index % len(buyers)]
        request, created = services.request_submit(
            by=buyer,
            token=uuid.uuid5(NAMESPACE, f"demande-{index}"),
            kind=template["kind"],
            subject=template["subject"],
            question=template["question"],
            segment=segments.get(template["segment"]) if template["segment"] else None,
            channel=["visio", "phone", "email"][index % 3],
            availability=["Mardi et jeudi matin", "Plutôt en fin de journée", ""][index % 3],
        )
        if not created:
            if request.state == "closed":
                closed.append((request, template))
            continue
        created_count += 1
        _play(request, index, template, buyer=buyer, advisor=advisor, expert=expert, staff=staff)
        _backdate(request, _created_at(index, now), index, now)
        request.refresh_from_db()
        if request.state == "closed":
            closed.append((request, template))
    if created_count:
        _renumber()
        namespace_bump("guichet")
    qas = _seed_qas(closed, staff=staff, fiches=fiches)
    # The services queued emails to the demo accounts: nobody needs them.
    OutboxMessage.objects.filter(key__startswith="guichet.", delivered_at__isnull=True).delete()
    return (
        f"{created_count} demandes créées ({Request.objects.count()} en tout), "
        f"{qas} questions-réponses publiées"
    )


def _play(request: Request, index: int, template: dict, *, buyer, advisor, expert, staff) -> None:
    state = _plan(index)
    if state == "new":
        return
    if state == "redirected":
        services.request_redirect(
            request=request, by=advisor, to=REDIRECT_TARGETS[index % len(REDIRECT_TARGETS)]
        )
        return
    by_expert = template["segment"] in (
        ("Travaux", "Bâtiment"),
        ("Travaux", "Espaces verts et paysage"),
    )
    assignee = expert if by_expert and index % 2 == 0 else advisor
    if assignee == advisor:
        services.request_take(request=request, by=advisor)
    else:
        services.request_assign(request=request, by=staff, assignee=expert)
    if state == "withdrawn":
        services.request_withdraw(request=request, by=buyer)
        return
    if state == "assigned":
        return
    today = timezone.localdate()
    services.message_post(
        request=request, by=assignee, body=NOTES[index % len(NOTES)], internal=True
    )
    services.time_entry_create(
        request=request,
        by=assignee,
        date=today,
        minutes=[20, 30, 45, 60][index % 4],
        channel=["phone", "visio", "email", "phone"][index % 4],
        note="Analyse de la demande",
    )
    if state == "in_progress":
        return
    services.message_post(request=request, by=assignee, body=template["answer"])
    if state == "answered":
        return
    if index % 3 == 0:
        services.message_post(
            request=request, by=buyer, body=BUYER_REPLIES[index % len(BUYER_REPLIES)]
        )
        services.message_post(
            request=request,
            by=assignee,
            body="Bien sûr : vous trouverez des exemples de rédaction dans les fiches de "
            "La Clause Verte citées plus haut.",
        )
        services.time_entry_create(
            request=request, by=assignee, date=today, minutes=15, channel="email"
        )
    services.request_close(request=request, by=assignee, summary=template["summary"])
    if index % 4 != 3:
        services.request_rate(
            request=request,
            by=buyer,
            rating=[5, 4, 5, 3, 4][index % 5],
            comment=RATING_COMMENTS[index % len(RATING_COMMENTS)],
        )


def _backdate(request: Request, created: dt.datetime, index: int, now: dt.datetime) -> None:
    """Spread the request's life from `created`: assigned within hours, answered within a few
    working days, closed a few days later (a few of them late, as in real life)."""
    assigned = workdays.deadline(created, 0) + dt.timedelta(hours=1 + index % 5)
    answered = workdays.deadline(created, 1 + index % 4) + dt.timedelta(hours=index % 3)
    reply = answered + dt.timedelta(days=1)
    closed = workdays.deadline(answered, 2 + index % 3)
    limit = now - dt.timedelta(minutes=30)
    assigned, answered, reply, closed = (min(t, limit) for t in (assigned, answered, reply, closed))
    request.refresh_from_db()
    Request.objects.filter(pk=request.pk).update(
        created_at=created,
        assigned_at=assigned if request.assigned_at else None,
        first_answer_at=answered if request.first_answer_at else None,
        closed_at=closed if request.closed_at else None,
        rated_at=closed + dt.timedelta(hours=5) if request.rated_at else None,
    )
    at = {
        "new": created,
        "assigned": assigned,
        "in_progress": assigned + dt.timedelta(minutes=20),
        "answered": answered,
        "closed": closed,
        "redirected": assigned,
        "withdrawn": assigned + dt.timedelta(days=1),
    }
    seen_answer = False
    for event in Event.objects.filter(request=request).order_by("pk"):
        moment = at[event.to_state]
        if event.to_state == "in_progress" and event.from_state == "answered":
            moment = reply
        if event.to_state == "answered" and seen_answer:
            moment = reply + dt.timedelta(hours=3)
        seen_answer |= event.to_state == "answered"
        Event.objects.filter(pk=event.pk).update(at=min(moment, limit))
    answers = 0
    for message in Message.objects.filter(request=request).order_by("pk"):
        if message.internal:
            moment = assigned + dt.timedelta(minutes=10)
        elif message.from_requester:
            moment = reply
        else:
            moment = answered if answers == 0 else reply + dt.timedelta(hours=3)
            answers += 1
        Message.objects.filter(pk=message.pk).update(created_at=min(moment, limit))
    for position, entry in enumerate(TimeEntry.objects.filter(request=request).order_by("pk")):
        moment = answered if position == 0 else reply
        moment = min(moment, limit)
        TimeEntry.objects.filter(pk=entry.pk).update(
            date=workdays.local(moment).date(), created_at=moment
        )


def _renumber() -> None:
    """References follow the (back-dated) submission dates: GV-<year>-<n> in date order."""
    rows = list(Request.objects.order_by("created_at", "pk").values_list("pk", "created_at"))
    for pk, _created in rows:
        Request.objects.filter(pk=pk).update(number=1_000_000 + pk, reference=f"TMP-{pk}")
    counters: dict[int, int] = {}
    for pk, created in rows:
        year = workdays.local(created).year
        counters[year] = counters.get(year, 0) + 1
        Request.objects.filter(pk=pk).update(
            year=year, number=counters[year], reference=f"GV-{year}-{counters[year]:04d}"
        )
    for year, last in counters.items():
        RequestCounter.objects.update_or_create(year=year, defaults={"last": last})
    top = Request.objects.aggregate(top=Max("number"))["top"]
    assert top is None or top < 1_000_000


def _seed_qas(closed: list[tuple[Request, dict]], *, staff: User, fiches: dict) -> int:
    published = 0
    seen: set[str] = set()
    for request, template in closed:
        title = template["subject"]
        if title in seen:
            continue
        seen.add(title)
        if not QA.objects.filter(title=title).exists():
            qa = services.qa_create_from_request(request=request, by=staff)
            services.qa_update(
                qa=qa,
                by=staff,
                title=title,
                question=template["question"],
                answer=template["answer"],
                kind=template["kind"],
                fiches=[fiches[slug] for slug in template["fiches"] if slug in fiches],
            )
            services.qa_publish(qa=qa, by=staff)
            QA.objects.filter(pk=qa.pk).update(published_at=request.closed_at)
        published += 1
        if published == 10:
            break
    return QA.objects.filter(status=QA.Status.PUBLISHED).count()
