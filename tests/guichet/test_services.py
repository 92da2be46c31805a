"""Every service of the Guichet Vert, against the database."""

import datetime as dt
import re
import uuid

import pytest
from django.core import mail
from django.db import IntegrityError, transaction
from django.utils import timezone

from apure.errors import DomainError
from guichet import services
from guichet.models import QA, Attachment, Event, Message, Request, RequestCounter, TimeEntry
from tests.factories import make_user
from tests.guichet.conftest import pdf, submit

pytestmark = pytest.mark.django_db

NOTE = "Note interne : la commune a déjà eu un contentieux avec ce prestataire."


def test_submit_numbers_per_year_and_emails_buyer_and_desk(
    django_capture_on_commit_callbacks, advisor
):
    staff = make_user("equipe")
    buyer = make_user("acheteur")
    with django_capture_on_commit_callbacks(execute=True):
        first = submit(buyer, uploads=[pdf()])
        second = submit(buyer)
    year = timezone.localdate().year
    assert first.reference == f"GV-{year}-0001"
    assert second.reference == f"GV-{year}-0002"
    assert RequestCounter.objects.get(year=year).last == 2
    assert first.state == Request.State.NEW and first.organisation == buyer.organisation
    assert Attachment.objects.get(request=first).original_name == "cahier-des-charges.pdf"
    to_buyer = [m for m in mail.outbox if m.to == [buyer.email]]
    to_desk = [m for m in mail.outbox if set(m.to) == {staff.email, advisor.email}]
    assert len(to_buyer) == 2 and len(to_desk) == 2
    assert first.reference in to_buyer[0].subject
    assert first.get_absolute_url() in to_buyer[0].body
    assert Event.objects.filter(request=first, to_state="new", actor=buyer).exists()


def test_a_new_year_starts_at_one(make_request):
    RequestCounter.objects.create(year=2025, last=41)
    request = make_request()
    assert request.number == 1


def test_the_same_token_is_one_request():
    buyer = make_user("acheteur")
    token = uuid.uuid4()
    first, created = services.request_submit(
        by=buyer,
        token=token,
        kind="strategy",
        subject="SPASER",
        question="Par où commencer ?",
        channel="visio",
    )
    again, created_again = services.request_submit(
        by=buyer,
        token=token,
        kind="strategy",
        subject="SPASER",
        question="Par où commencer ?",
        channel="visio",
    )
    assert created and not created_again and first.pk == again.pk
    assert Request.objects.count() == 1
    with pytest.raises(DomainError):
        services.request_submit(
            by=make_user("acheteur"),
            token=token,
            kind="strategy",
            subject="x",
            question="y",
            channel="visio",
        )


@pytest.mark.parametrize(
    ("question", "message"),
    [("   ", "ne peut pas être vide"), ("x" * 10_001, "trop long")],
)
def test_empty_or_too_long_questions_are_refused(question, message):
    with pytest.raises(DomainError) as error:
        submit(make_user("acheteur"), question=question)
    assert message in str(error.value) and error.value.field == "question"
    assert not Request.objects.exists()


def test_take_and_the_second_advisor_is_told_who_has_it(make_request, advisor):
    request = make_request()
    services.request_take(request=request, by=advisor)
    request.refresh_from_db()
    assert request.state == "assigned" and request.assignee == advisor and request.assigned_at
    other = make_user("conseiller")
    with pytest.raises(DomainError, match="Déjà prise par Thomas Leroy"):
        services.request_take(request=request, by=other)
    with pytest.raises(DomainError, match="déjà pris"):
        services.request_take(request=request, by=advisor)
    with pytest.raises(DomainError):
        services.request_take(request=make_request(), by=make_user("expert"))
    event = Event.objects.filter(request=request).last()
    assert (event.from_state, event.to_state, event.actor) == ("new", "assigned", advisor)


def test_assign_to_an_expert_emails_them(
    make_request, advisor, expert, django_capture_on_commit_callbacks
):
    request = make_request()
    with django_capture_on_commit_callbacks(execute=True):
        services.request_assign(request=request, by=advisor, assignee=expert)
    request.refresh_from_db()
    assert request.state == "assigned" and request.assignee == expert
    assert [m for m in mail.outbox if m.to == [expert.email] and request.reference in m.subject]
    with pytest.raises(DomainError, match="déjà attribuée"):
        services.request_assign(request=request, by=advisor, assignee=expert)
    with pytest.raises(DomainError, match="conseiller ou à un expert"):
        services.request_assign(request=request, by=advisor, assignee=make_user("acheteur"))


def test_answer_reply_reopen_and_internal_notes(
    make_request, advisor, django_capture_on_commit_callbacks
):
    request = make_request()
    buyer = request.requester
    with pytest.raises(DomainError, match="Prenez ou attribuez"):
        services.message_post(request=request, by=advisor, body="Bonjour")
    services.request_take(request=request, by=advisor)
    with django_capture_on_commit_callbacks(execute=True):
        services.message_post(request=request, by=advisor, body=NOTE, internal=True)
        services.message_post(request=request, by=advisor, body="Visez 50 % de produits durables.")
    request.refresh_from_db()
    assert request.state == "answered" and request.first_answer_at is not None
    to_buyer = [m for m in mail.outbox if m.to == [buyer.email] and "une réponse" in m.subject]
    assert len(to_buyer) == 1 and "50 % de produits durables" in to_buyer[0].body
    assert all(NOTE not in m.body for m in mail.outbox)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.message_post(request=request, by=buyer, body="Et pour le pain ?")
    request.refresh_from_db()
    assert request.state == "in_progress", "a buyer's reply reopens an answered request"
    assert [m.to for m in mail.outbox if "a répondu" in m.subject] == [[advisor.email]]
    with pytest.raises(DomainError, match="notes internes"):
        services.message_post(request=request, by=buyer, body="x", internal=True)
    with pytest.raises(DomainError):
        services.message_post(request=request, by=advisor, body="x", internal=True, uploads=[pdf()])
    assert Message.objects.filter(request=request, from_requester=True).count() == 1


def test_an_organisation_colleague_replies_as_the_buyer(make_request, advisor):
    buyer = make_user("acheteur")
    colleague = make_user("acheteur", organisation=buyer.organisation)
    request = make_request(by=buyer)
    services.request_take(request=request, by=advisor)
    services.message_post(request=request, by=advisor, body="Réponse")
    message = services.message_post(request=request, by=colleague, body="Merci !")
    assert message.from_requester


def test_the_database_refuses_an_internal_buyer_message(make_request):
    request = make_request()
    with pytest.raises(IntegrityError), transaction.atomic():
        Message.objects.create(
            request=request, author=request.requester, from_requester=True, internal=True, body="x"
        )


def test_time_entries(make_request, advisor):
    request = make_request()
    today = timezone.localdate()
    with pytest.raises(DomainError, match="Prenez"):
        services.time_entry_create(
            request=request, by=advisor, date=today, minutes=45, channel="phone"
        )
    services.request_take(request=request, by=advisor)
    entry = services.time_entry_create(
        request=request, by=advisor, date=today, minutes=45, channel="phone", note="Appel"
    )
    request.refresh_from_db()
    assert request.state == "in_progress"
    for minutes in (0, 481):
        with pytest.raises(DomainError, match="480"):
            services.time_entry_create(
                request=request, by=advisor, date=today, minutes=minutes, channel="phone"
            )
    with pytest.raises(DomainError, match="futur"):
        services.time_entry_create(
            request=request,
            by=advisor,
            date=today + dt.timedelta(days=1),
            minutes=5,
            channel="visio",
        )
    with pytest.raises(DomainError, match="avant"):
        services.time_entry_create(
            request=request,
            by=advisor,
            date=today - dt.timedelta(days=30),
            minutes=5,
            channel="visio",
        )
    services.time_entry_update(entry=entry, by=advisor, date=today, minutes=50, channel="visio")
    entry.refresh_from_db()
    assert (entry.minutes, entry.channel) == (50, "visio")
    with pytest.raises(DomainError, match="personne"):
        services.time_entry_update(
            entry=entry, by=make_user("conseiller"), date=today, minutes=5, channel="visio"
        )
    TimeEntry.objects.filter(pk=entry.pk).update(created_at=timezone.now() - dt.timedelta(days=1))
    with pytest.raises(DomainError, match="le jour"):
        services.time_entry_update(entry=entry, by=advisor, date=today, minutes=5, channel="visio")
    with pytest.raises(IntegrityError), transaction.atomic():
        TimeEntry.objects.filter(pk=entry.pk).update(minutes=481)


def test_close_sends_the_satisfaction_request(
    answered, advisor, django_capture_on_commit_callbacks
):
    with pytest.raises(DomainError, match="synthèse"):
        services.request_close(request=answered, by=advisor, summary="  ")
    with django_capture_on_commit_callbacks(execute=True):
        services.request_close(request=answered, by=advisor, summary="Trois critères proposés.")
    answered.refresh_from_db()
    assert answered.state == "closed" and answered.closed_at and answered.summary
    email = [m for m in mail.outbox if "utile" in m.subject][-1]
    assert email.to == [answered.requester.email]
    assert "Trois critères proposés." in email.body and "1 à 5" in email.body
    with pytest.raises(DomainError, match="terminée"):
        services.request_close(request=answered, by=advisor, summary="encore")
    with pytest.raises(DomainError, match="plus de réponse"):
        services.message_post(request=answered, by=answered.requester, body="Encore une question")


def test_close_needs_an_assignee(make_request, advisor):
    with pytest.raises(DomainError, match="Prenez"):
        services.request_close(request=make_request(), by=advisor, summary="x")


def test_rate_once_between_1_and_5(closed):
    buyer = closed.requester
    with pytest.raises(DomainError, match="1 à 5"):
        services.request_rate(request=closed, by=buyer, rating=6)
    services.request_rate(request=closed, by=buyer, rating=5, comment="Très clair")
    closed.refresh_from_db()
    assert (closed.rating, closed.rating_comment) == (5, "Très clair")
    with pytest.raises(DomainError, match="déjà été évaluée"):
        services.request_rate(request=closed, by=buyer, rating=4)


def test_rate_only_closed(answered):
    with pytest.raises(DomainError, match="close"):
        services.request_rate(request=answered, by=answered.requester, rating=4)


def test_redirect_and_withdraw(make_request, advisor, django_capture_on_commit_callbacks):
    request = make_request()
    with django_capture_on_commit_callbacks(execute=True):
        services.request_redirect(request=request, by=advisor, to="APES (clauses sociales)")
    request.refresh_from_db()
    assert request.state == "redirected" and request.redirected_to == "APES (clauses sociales)"
    assert any("APES" in m.body for m in mail.outbox if m.to == [request.requester.email])
    with pytest.raises(DomainError):
        services.request_withdraw(request=request, by=request.requester)
    other = make_request()
    services.request_take(request=other, by=advisor)
    services.request_withdraw(request=other, by=other.requester)
    other.refresh_from_db()
    assert other.state == "withdrawn"
    with pytest.raises(DomainError, match="terminée"):
        services.request_assign(request=other, by=advisor, assignee=advisor)


def test_overdue_alert_once_a_working_day(make_request, django_capture_on_commit_callbacks):
    staff = make_user("equipe")
    old = make_request()
    Request.objects.filter(pk=old.pk).update(
        created_at=dt.datetime(2026, 11, 25, 10, tzinfo=dt.UTC)
    )
    make_request()  # recent: not overdue
    tuesday = dt.datetime(2026, 12, 1, 9, tzinfo=dt.UTC)
    with django_capture_on_commit_callbacks(execute=True):
        assert services.overdue_alert_send(now=tuesday) == 1
        assert services.overdue_alert_send(now=tuesday + dt.timedelta(hours=3)) == 1
    alerts = [m for m in mail.outbox if "en retard" in m.subject]
    assert alerts[0].to == [staff.email]
    assert len(alerts) == 1 and old.reference in alerts[0].body
    saturday = dt.datetime(2026, 12, 5, 9, tzinfo=dt.UTC)
    assert services.overdue_alert_send(now=saturday) == 0
    early = dt.datetime(2026, 12, 2, 5, tzinfo=dt.UTC)
    assert services.overdue_alert_send(now=early) == 0


def test_qa_from_a_closed_request(closed, answered, make_request):
    from clauses.models import Fiche

    staff = make_user("equipe")
    with pytest.raises(DomainError, match="close"):
        services.qa_create_from_request(request=make_request(), by=staff)
    qa = services.qa_create_from_request(request=closed, by=staff)
    assert qa.status == "draft" and qa.source == closed and qa.answer == closed.summary
    fiche = Fiche.objects.create(
        slug="restauration-bio",
        title="Part de produits bio",
        kind="award_criterion",
        contract_type="supplies",
        level="base",
        tender_document="CCTP",
        text="x",
        status="published",
        published_at=timezone.now(),
    )
    services.qa_update(
        qa=qa,
        by=staff,
        title="Bio en restauration",
        question="Q ?",
        answer="R.",
        kind="project",
        fiches=[fiche],
    )
    services.qa_publish(qa=qa, by=staff)
    qa.refresh_from_db()
    assert qa.status == QA.Status.PUBLISHED and list(fiche.qas.all()) == [qa]
    with pytest.raises(DomainError):
        services.qa_publish(qa=qa, by=staff)


def test_personal_data_never_holds_internal_notes(answered, advisor):
    services.message_post(request=answered, by=advisor, body=NOTE, internal=True)
    data = services.personal_data(answered.requester)
    text = str(data)
    assert answered.reference in text and "Voici les critères" in text
    assert NOTE not in text
    services.personal_data_erase(answered.requester)
    answered.refresh_from_db()
    assert answered.availability == ""
    assert "time_entries" not in data


def test_every_transition_is_recorded(closed, advisor):
    states = list(Event.objects.filter(request=closed).values_list("to_state", "actor"))
    assert [s for s, _a in states] == ["new", "assigned", "answered", "closed"]
    assert states[-1][1] == advisor.pk


def test_reference_format(make_request):
    assert re.fullmatch(r"GV-\d{4}-\d{4}", make_request().reference)
