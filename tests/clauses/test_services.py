import pytest
from django.core import mail

from apure.errors import DomainError
from apure.models import AuditEntry, OutboxMessage
from clauses import services
from clauses.models import Feedback, Fiche, SelectionItem
from tests.factories import make_user

pytestmark = pytest.mark.django_db

CONTENT = {
    "title": "Réemploi des portes intérieures",
    "summary": "Déposer et réemployer les portes.",
    "kind": "execution_condition",
    "contract_type": "works",
    "level": "advanced",
    "tender_document": "CCTP",
    "text": "Le titulaire dépose avec soin les portes intérieures.",
    "legal_references": "CCP, art. L2112-2",
    "eforms_strategic": ["env-imp"],
}


@pytest.fixture
def expert(db):
    return make_user("expert")


@pytest.fixture
def staff_user(db):
    return make_user("equipe")


def propose(expert, taxonomy=None, **overrides):
    return services.fiche_create(by=expert, data={**CONTENT, **overrides})


def test_full_review_workflow_notifies_the_author(
    expert, staff_user, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        fiche = propose(expert)
        assert (
            fiche.status == Fiche.Status.DRAFT and fiche.slug == "reemploi-des-portes-interieures"
        )
        assert fiche.organisation == expert.organisation
        services.fiche_submit(fiche=fiche, by=expert)
    assert mail.outbox[-1].to == [staff_user.email]
    with django_capture_on_commit_callbacks(execute=True):
        fiche = services.fiche_request_changes(
            fiche=fiche, by=staff_user, comment="Préciser la traçabilité."
        )
    assert fiche.status == Fiche.Status.DRAFT
    assert mail.outbox[-1].to == [expert.email]
    assert "Préciser la traçabilité." in mail.outbox[-1].body
    with django_capture_on_commit_callbacks(execute=True):
        services.fiche_submit(fiche=fiche, by=expert)
        fiche = services.fiche_publish(fiche=fiche, by=staff_user)
    assert fiche.status == Fiche.Status.PUBLISHED and fiche.published_at
    assert fiche.review_comment == ""
    assert "publiée" in mail.outbox[-1].subject or "published" in mail.outbox[-1].subject
    with django_capture_on_commit_callbacks(execute=True):
        fiche = services.fiche_archive(fiche=fiche, by=staff_user)
    assert fiche.status == Fiche.Status.ARCHIVED
    actions = set(AuditEntry.objects.values_list("action", flat=True))
    assert {
        "clauses.fiche_created",
        "clauses.fiche_submitted",
        "clauses.fiche_changes_requested",
        "clauses.fiche_published",
        "clauses.fiche_archived",
    } <= actions
    assert OutboxMessage.objects.filter(kind="email").count() == 5  # 2 submissions


def test_refusals_have_a_message(expert, staff_user):
    fiche = propose(expert, text="")
    with pytest.raises(DomainError):
        services.fiche_submit(fiche=fiche, by=expert)
    with pytest.raises(DomainError):
        services.fiche_publish(fiche=fiche, by=staff_user)
    with pytest.raises(DomainError):
        services.fiche_request_changes(fiche=fiche, by=staff_user, comment="  ")


def test_editing_a_published_fiche_makes_a_new_version(expert, staff_user):
    fiche = propose(expert)
    services.fiche_update(fiche=fiche, by=expert, data={"text": "Nouveau texte."})
    fiche.refresh_from_db()
    assert fiche.version == 1  # never published: still the first version
    services.fiche_publish(fiche=fiche, by=staff_user)
    fiche = services.fiche_update(fiche=fiche, by=staff_user, data={"text": "Texte révisé."})
    assert fiche.version == 2
    unchanged = services.fiche_update(fiche=fiche, by=staff_user, data={"text": "Texte révisé."})
    assert unchanged.version == 2
    assert fiche.history.first().history_user == staff_user


@pytest.mark.django_db(transaction=True)
def test_concurrent_copies_are_all_counted():
    """Copies arriving together, each on its own connection: a read-modify-write would lose
    some of them; the single UPDATE counts every one."""
    import threading

    from django.db import connection

    from tests.clauses.conftest import build_fiche

    fiche = build_fiche()
    copies = 8
    barrier = threading.Barrier(copies)
    errors = []

    def copy() -> None:
        try:
            barrier.wait(timeout=10)
            services.fiche_record_copy(fiche=fiche)
        except Exception as exc:  # reported below: a thread cannot raise to pytest
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=copy) for _ in range(copies)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not errors, errors
    fiche.refresh_from_db()
    assert fiche.copy_count == copies


def test_feedback_is_moderated_and_one_per_buyer(make_fiche, staff_user):
    buyer = make_user("acheteur")
    fiche = make_fiche()
    with pytest.raises(DomainError):
        services.feedback_submit(fiche=fiche, by=buyer, used_in_contract=False, comment="")
    first = services.feedback_submit(fiche=fiche, by=buyer, used_in_contract=True)
    again = services.feedback_submit(fiche=fiche, by=buyer, used_in_contract=True, comment="Top")
    assert first.pk == again.pk and Feedback.objects.count() == 1
    services.feedback_moderate(feedback=again, by=staff_user, decision="approve")
    again.refresh_from_db()
    assert again.status == Feedback.Status.APPROVED


def test_selection_merge_keeps_published_fiches_once(make_fiche):
    user = make_user("acheteur")
    a, b = make_fiche(), make_fiche()
    draft = make_fiche(status=Fiche.Status.DRAFT)
    services.selection_add(user=user, fiches=[a])
    added = services.selection_merge(user=user, fiche_ids=[a.pk, b.pk, draft.pk, 999999])
    assert added == 1
    assert set(SelectionItem.objects.values_list("fiche_id", flat=True)) == {a.pk, b.pk}


def test_account_deletion_erases_clause_data(make_fiche):
    from apure.services import user_delete_account, user_export_data

    buyer = make_user("acheteur")
    fiche = make_fiche()
    services.selection_add(user=buyer, fiches=[fiche])
    services.feedback_submit(fiche=fiche, by=buyer, used_in_contract=True, comment="Nom Prénom")
    data = user_export_data(user=buyer)
    [selection] = data["clauses"]["selections"]
    assert selection["name"] == "Ma sélection" and selection["fiches"] == [fiche.slug]
    user_delete_account(user=buyer)
    assert not SelectionItem.objects.exists()
    feedback = Feedback.objects.get()
    assert feedback.author is None and feedback.comment == "" and feedback.used_in_contract


def test_staff_publishing_or_editing_a_published_fiche_verify_it(make_fiche, staff_user):
    import datetime as dt

    from django.utils import timezone

    expert = make_user("expert")
    fiche = services.fiche_create(by=expert, data=CONTENT, submit=True)
    assert fiche.verified_at is None
    fiche = services.fiche_publish(fiche=fiche, by=staff_user, notify=False)
    assert fiche.verified_at == timezone.localdate()
    Fiche.objects.filter(pk=fiche.pk).update(verified_at=dt.date(2025, 1, 1))
    fiche.refresh_from_db()
    # The author's own edit does not verify it; staff's does.
    services.fiche_update(fiche=fiche, by=expert, data={**CONTENT, "summary": "Autre résumé."})
    fiche.refresh_from_db()
    assert fiche.verified_at == dt.date(2025, 1, 1)
    services.fiche_update(fiche=fiche, by=staff_user, data={**CONTENT, "summary": "Résumé."})
    fiche.refresh_from_db()
    assert fiche.verified_at == timezone.localdate()
