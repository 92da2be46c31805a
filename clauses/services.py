"""Every write of La Clause Verte: one function per use case, atomic, audited, notified."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from apure.audit import audit_log
from apure.caching import namespace_bump
from apure.emails import email_enqueue
from apure.errors import DomainError
from apure.models import User
from apure.roles import Role

from .models import (
    CONTENT_FIELDS,
    FICHE_HISTORY,
    SELECTION_NAME_MAX,
    Feedback,
    Fiche,
    Segment,
    Selection,
    SelectionItem,
    Synonym,
    Theme,
)
from .text import strip_control

# A selection holds at most this many fiches (session or saved), merges at login included.
SELECTION_MAX_ITEMS = 200


def _full_clean(instance: models.Model, **kwargs: Any) -> None:
    """The model's checks, as the services' refusal: a DomainError naming the first field."""
    try:
        instance.full_clean(**kwargs)
    except ValidationError as exc:
        name, messages = next(iter(exc.message_dict.items()))
        raise DomainError(
            " ".join(str(m) for m in messages), field=None if name == NON_FIELD_ERRORS else name
        ) from exc


def unique_slug(title: str, *, exclude_pk: int | None = None) -> str:
    base = slugify(title)[:100].strip("-") or "fiche"
    slug, n = base, 2
    qs = Fiche.objects.all()
    if exclude_pk:
        qs = qs.exclude(pk=exclude_pk)
    from .models import RESERVED_SLUGS

    while slug in RESERVED_SLUGS or qs.filter(slug=slug).exists():
        slug = f"{base}-{n}"
        n += 1
    return slug


def _set_content(fiche: Fiche, data: dict[str, Any]) -> set[str]:
    changed = set()
    for name in CONTENT_FIELDS:
        if name in data:
            value = data[name]
            if isinstance(value, str):
                value = strip_control(value).strip()
            if getattr(fiche, name) != value:
                setattr(fiche, name, value)
                changed.add(name)
    return changed


def _set_relations(
    fiche: Fiche, segments: Iterable[Segment] | None, themes: Iterable[Theme] | None
) -> bool:
    changed = False
    if segments is not None:
        wanted = {s.pk for s in segments}
        if wanted != set(fiche.segments.values_list("pk", flat=True)):
            fiche.segments.set(list(wanted))
            changed = True
    if themes is not None:
        wanted = {t.pk for t in themes}
        if wanted != set(fiche.themes.values_list("pk", flat=True)):
            fiche.themes.set(list(wanted))
            changed = True
    return changed


@contextmanager
def _history_paused(fiche: Fiche) -> Iterator[None]:
    """simple-history writes no version for saves or relation changes inside this block."""
    fiche.skip_history_when_saving = True
    try:
        yield
    finally:
        del fiche.skip_history_when_saving


def _notify_author(fiche: Fiche, template: str, **context: Any) -> None:
    if fiche.author is None or not fiche.author.is_active or not fiche.author.email:
        return
    email_enqueue(
        to=[fiche.author.email],
        template=f"clauses/{template}",
        context={"fiche": fiche, "author": fiche.author, **context},
    )


def _notify_staff(fiche: Fiche, template: str) -> None:
    emails = list(
        User.objects.filter(groups__name=Role.STAFF.value, is_active=True)
        .exclude(email="")
        .values_list("email", flat=True)
        .distinct()
    )
    if emails:
        email_enqueue(to=emails, template=f"clauses/{template}", context={"fiche": fiche})


@transaction.atomic
def fiche_create(
    *,
    by: User,
    data: dict[str, Any],
    segments: Iterable[Segment] = (),
    themes: Iterable[Theme] = (),
    submit: bool = False,
    slug: str = "",
) -> Fiche:
    """An expert or staff member proposes a fiche: a draft, or straight into review."""
    fiche = Fiche(
        author=by,
        organisation=by.organisation if by.organisation_id else None,
        status=Fiche.Status.DRAFT,
    )
    _set_content(fiche, data)
    fiche.slug = slug.strip() or unique_slug(fiche.title)
    _full_clean(fiche)
    fiche._history_user = by
    # The "created" version must hold the segments and themes: they need the row first, so the
    # version is written once they are set (instead of one empty version and two relation ones).
    with _history_paused(fiche):
        fiche.save()
        _set_relations(fiche, segments, themes)
    FICHE_HISTORY.create_historical_record(fiche, "+")
    audit_log(actor=by, action="clauses.fiche_created", obj=fiche, slug=fiche.slug)
    if submit:
        fiche = fiche_submit(fiche=fiche, by=by)
    return fiche


@transaction.atomic
def fiche_update(
    *,
    fiche: Fiche,
    by: User,
    data: dict[str, Any],
    segments: Iterable[Segment] | None = None,
    themes: Iterable[Theme] | None = None,
    submit: bool = False,
) -> Fiche:
    """Edit a fiche. A change to a fiche that has been published makes a new version, so
    buyers can tell which text they used. With `submit`, the draft then goes to review in
    the same transaction (nothing is saved if it cannot)."""
    fiche = Fiche.objects.select_for_update().get(pk=fiche.pk)
    changed = _set_content(fiche, data)
    with _history_paused(fiche):  # the save below writes one version with the new relations
        relations_changed = _set_relations(fiche, segments, themes)
    if not changed and not relations_changed:
        return fiche_submit(fiche=fiche, by=by) if submit else fiche
    if changed and fiche.published_at is not None:
        fiche.version += 1  # the row is locked: no lost update
    if fiche.status == Fiche.Status.PUBLISHED and by.has_perm("clauses.moderate"):
        # Staff reviewing a published fiche have just checked it: it is verified today.
        fiche.verified_at = timezone.localdate()
    _full_clean(fiche)
    fiche._history_user = by
    fiche.save()
    audit_log(
        actor=by,
        action="clauses.fiche_updated",
        obj=fiche,
        fields=sorted(changed | ({"segments/themes"} if relations_changed else set())),
    )
    return fiche_submit(fiche=fiche, by=by) if submit else fiche


def _transition(fiche: Fiche, by: User, status: str, **extra: Any) -> Fiche:
    fiche.status = status
    for name, value in extra.items():
        setattr(fiche, name, value)
    _full_clean(fiche)
    fiche._history_user = by
    fiche.save(update_fields=["status", "updated_at", *extra.keys()])
    return fiche


@transaction.atomic
def fiche_submit(*, fiche: Fiche, by: User, notify: bool = True) -> Fiche:
    """The author sends their draft to staff for review."""
    fiche = Fiche.objects.select_for_update().get(pk=fiche.pk)
    if fiche.status != Fiche.Status.DRAFT:
        raise DomainError(_("Only a draft can be sent for review."))
    if not fiche.text.strip():
        raise DomainError(_("Write the clause text before sending the fiche for review."))
    _transition(fiche, by, Fiche.Status.REVIEW)
    audit_log(actor=by, action="clauses.fiche_submitted", obj=fiche)
    if notify:
        _notify_staff(fiche, "submitted")
    return fiche


@transaction.atomic
def fiche_request_changes(*, fiche: Fiche, by: User, comment: str) -> Fiche:
    """Staff send a proposal back to its author with what to change."""
    comment = (comment or "").strip()
    if not comment:
        raise DomainError(_("Say what the author should change."))
    fiche = Fiche.objects.select_for_update().get(pk=fiche.pk)
    if fiche.status not in (Fiche.Status.REVIEW, Fiche.Status.DRAFT):
        raise DomainError(_("Only a fiche in review can be sent back to its author."))
    _transition(fiche, by, Fiche.Status.DRAFT, review_comment=comment)
    audit_log(actor=by, action="clauses.fiche_changes_requested", obj=fiche, comment=comment)
    _notify_author(fiche, "changes_requested", comment=comment)
    return fiche


@transaction.atomic
def fiche_publish(
    *, fiche: Fiche, by: User, at: datetime | None = None, notify: bool = True
) -> Fiche:
    """Publish a fiche; `at` keeps an imported publication date."""
    fiche = Fiche.objects.select_for_update().get(pk=fiche.pk)
    if fiche.status == Fiche.Status.PUBLISHED:
        raise DomainError(_("This fiche is already published."))
    if not fiche.text.strip():
        raise DomainError(_("A fiche without a clause text cannot be published."))
    extra: dict[str, Any] = {"review_comment": ""}
    if fiche.published_at is None or at is not None:
        extra["published_at"] = at or timezone.now()
    # Staff publishing a fiche have just checked it against the law and the guides.
    when = at or timezone.now()
    extra["verified_at"] = timezone.localdate(when) if timezone.is_aware(when) else when.date()
    _transition(fiche, by, Fiche.Status.PUBLISHED, **extra)
    audit_log(actor=by, action="clauses.fiche_published", obj=fiche)
    if notify:
        _notify_author(fiche, "published")
    return fiche


@transaction.atomic
def fiche_archive(*, fiche: Fiche, by: User, notify: bool = True) -> Fiche:
    fiche = Fiche.objects.select_for_update().get(pk=fiche.pk)
    if fiche.status == Fiche.Status.ARCHIVED:
        raise DomainError(_("This fiche is already archived."))
    _transition(fiche, by, Fiche.Status.ARCHIVED)
    audit_log(actor=by, action="clauses.fiche_archived", obj=fiche)
    if notify:
        _notify_author(fiche, "archived")
    return fiche


# Buyers' activity shown on a fiche page (copies, published feedback), apart from the
# catalogue's version so that a copy does not make every search stale.
ACTIVITY_NAMESPACE = "clauses.activity"


def fiche_record_copy(*, fiche: Fiche) -> None:
    """Count one copy; a single UPDATE, so concurrent copies are all counted."""
    with transaction.atomic():
        Fiche.objects.filter(pk=fiche.pk).update(copy_count=F("copy_count") + 1)
        namespace_bump(ACTIVITY_NAMESPACE)  # the fiche pages show the count


@transaction.atomic
def feedback_submit(
    *, fiche: Fiche, by: User, used_in_contract: bool, comment: str = ""
) -> Feedback:
    """A buyer says they used the clause and/or comments; staff moderate before it shows."""
    comment = (comment or "").strip()
    if not used_in_contract and not comment:
        raise DomainError(_("Tick “used in a contract” or write a comment."))
    if not fiche.is_published:
        raise DomainError(_("Feedback is only possible on a published fiche."))
    feedback, _created = Feedback.objects.select_for_update().get_or_create(
        fiche=fiche,
        author=by,
        defaults={"used_in_contract": used_in_contract, "comment": comment},
    )
    if not _created:
        feedback.used_in_contract = used_in_contract
        feedback.comment = comment
        feedback.status = Feedback.Status.PENDING
        feedback.moderated_at = None
        _full_clean(feedback)
        feedback.save(update_fields=["used_in_contract", "comment", "status", "moderated_at"])
    audit_log(actor=by, action="clauses.feedback_submitted", obj=feedback, fiche=fiche.pk)
    return feedback


# A moderation decision, as the moderation page's buttons send it, and the status it gives.
MODERATION_DECISIONS = {
    "approve": Feedback.Status.APPROVED,
    "reject": Feedback.Status.REJECTED,
}


@transaction.atomic
def feedback_moderate(*, feedback: Feedback, by: User, decision: str) -> Feedback:
    """Staff publish or reject a buyer's feedback; any other decision is refused."""
    if decision not in MODERATION_DECISIONS:
        raise DomainError(_("Choose to publish or to reject the feedback."))
    feedback = Feedback.objects.select_for_update().get(pk=feedback.pk)
    feedback.status = MODERATION_DECISIONS[decision]
    feedback.moderated_at = timezone.now()
    feedback.save(update_fields=["status", "moderated_at"])
    audit_log(actor=by, action="clauses.feedback_moderated", obj=feedback, status=feedback.status)
    return feedback


# Selections of logged-in users (visitors keep one in the session, see selection.py). A buyer
# has one selection per contract they prepare; one is active: additions go there.

# How many selections one person keeps (a town hall prepares a few contracts at once).
SELECTIONS_MAX_PER_USER = 30


def selection_default_name() -> str:
    return _("My selection")


def _selections_locked(user: User) -> list[Selection]:
    """The user's selections, locked: switching, creating and deleting are decided under it."""
    return list(
        Selection.objects.select_for_update().filter(user=user).order_by("created_at", "pk")
    )


def _active_selection(user: User) -> Selection:
    """The user's active selection, created ("My selection") when they have none."""
    selections = _selections_locked(user)
    for selection in selections:
        if selection.is_active:
            return selection
    if selections:  # none active (cannot happen through the services): the latest one works
        selection = max(selections, key=lambda s: (s.updated_at, s.pk))
        selection.is_active = True
        selection.save(update_fields=["is_active"])
        return selection
    return Selection.objects.create(user=user, name=selection_default_name(), is_active=True)


def _clean_selection_fields(
    *, name: Any, contract_type: Any, segment: Segment | None
) -> tuple[str, str]:
    name = " ".join(strip_control(name if isinstance(name, str) else "").split())
    contract_type = contract_type if isinstance(contract_type, str) else ""
    if not name:
        raise DomainError(_("Give the selection a name (the contract's object)."), field="name")
    if len(name) > SELECTION_NAME_MAX:
        raise DomainError(
            _("A selection's name has at most %(n)s characters.") % {"n": SELECTION_NAME_MAX},
            field="name",
        )
    if contract_type and contract_type not in Fiche.ContractType.values:
        raise DomainError(_("Choose a contract type from the list."), field="contract_type")
    if segment is not None and not isinstance(segment, Segment):
        raise DomainError(_("Choose a segment from the list."), field="segment")
    return name, contract_type


@transaction.atomic
def selection_create(
    *, user: User, name: str, contract_type: str = "", segment: Segment | None = None
) -> Selection:
    """A new selection for another contract; it becomes the active one."""
    name, contract_type = _clean_selection_fields(
        name=name, contract_type=contract_type, segment=segment
    )
    selections = _selections_locked(user)
    if len(selections) >= SELECTIONS_MAX_PER_USER:
        raise DomainError(
            _("You already have %(n)s selections: delete one you no longer need first.")
            % {"n": SELECTIONS_MAX_PER_USER}
        )
    Selection.objects.filter(user=user, is_active=True).update(is_active=False)
    selection = Selection(
        user=user, name=name, contract_type=contract_type, segment=segment, is_active=True
    )
    _full_clean(selection)
    selection.save()
    audit_log(actor=user, action="clauses.selection_created", obj=selection)
    return selection


@transaction.atomic
def selection_activate(*, user: User, selection: Selection) -> Selection:
    """Work on this selection: "Add to my selection" adds there from now on."""
    selections = {s.pk: s for s in _selections_locked(user)}
    if selection.pk not in selections:
        raise DomainError(_("This selection does not exist."))
    Selection.objects.filter(user=user, is_active=True).exclude(pk=selection.pk).update(
        is_active=False
    )
    selection = selections[selection.pk]
    if not selection.is_active:
        selection.is_active = True
        selection.save(update_fields=["is_active"])
    return selection


@transaction.atomic
def selection_update(
    *,
    user: User,
    selection: Selection,
    name: str,
    contract_type: str = "",
    segment: Segment | None = None,
) -> Selection:
    """Rename a selection, or say which contract it prepares."""
    name, contract_type = _clean_selection_fields(
        name=name, contract_type=contract_type, segment=segment
    )
    selection = Selection.objects.select_for_update().get(pk=selection.pk, user=user)
    selection.name, selection.contract_type, selection.segment = name, contract_type, segment
    _full_clean(selection)
    selection.save(update_fields=["name", "contract_type", "segment", "updated_at"])
    audit_log(actor=user, action="clauses.selection_updated", obj=selection)
    return selection


@transaction.atomic
def selection_empty(*, user: User, selection: Selection) -> int:
    """Take every fiche out of a selection (it stays, with its name); returns how many."""
    selection = Selection.objects.select_for_update().get(pk=selection.pk, user=user)
    removed, _detail = SelectionItem.objects.filter(selection=selection).delete()
    selection.save(update_fields=["updated_at"])
    audit_log(actor=user, action="clauses.selection_emptied", obj=selection, removed=removed)
    return removed


@transaction.atomic
def selection_delete(*, user: User, selection: Selection) -> Selection | None:
    """Delete a selection; if it was the active one, the most recently changed of the others
    becomes active. Returns the active selection afterwards (None when none is left)."""
    selections = _selections_locked(user)
    target = next((s for s in selections if s.pk == selection.pk), None)
    if target is None:
        raise DomainError(_("This selection does not exist."))
    audit_log(actor=user, action="clauses.selection_deleted", obj=None, name=target.name)
    target.delete()
    others = [s for s in selections if s.pk != target.pk]
    active = next((s for s in others if s.is_active), None)
    if active is None and others:
        active = max(others, key=lambda s: (s.updated_at, s.pk))
        active.is_active = True
        active.save(update_fields=["is_active"])
    return active


@transaction.atomic
def selection_add(
    *, user: User, fiches: Iterable[Fiche], selection: Selection | None = None
) -> int:
    """Add fiches to one of the user's selections (the active one by default, created if the
    user has none); returns how many were new."""
    if selection is None:
        selection = _active_selection(user)
    else:
        selection = Selection.objects.select_for_update().get(pk=selection.pk, user=user)
    have = set(selection.items.values_list("fiche_id", flat=True))
    room = max(SELECTION_MAX_ITEMS - len(have), 0)
    new = [f for f in dict.fromkeys(fiches) if f.pk not in have][:room]
    SelectionItem.objects.bulk_create(
        [SelectionItem(selection=selection, fiche=f) for f in new], ignore_conflicts=True
    )
    if new:
        selection.save(update_fields=["updated_at"])
    return len(new)


@transaction.atomic
def selection_remove(*, user: User, fiche: Fiche, selection: Selection | None = None) -> None:
    """Take a fiche out of one of the user's selections (the active one by default)."""
    items = SelectionItem.objects.filter(selection__user=user, fiche=fiche)
    if selection is None:
        items = items.filter(selection__is_active=True)
    else:
        items = items.filter(selection=selection)
    items.delete()


@transaction.atomic
def selection_merge(*, user: User, fiche_ids: Iterable[int]) -> int:
    """At login, the visitor's session selection joins the active saved one (the first one,
    "My selection", for a new account), up to the cap."""
    selection = _active_selection(user)
    have = set(selection.items.values_list("fiche_id", flat=True))
    wanted = [i for i in dict.fromkeys(fiche_ids) if i not in have]
    room = max(SELECTION_MAX_ITEMS - len(have), 0)
    found = set(Fiche.objects.published().filter(pk__in=wanted).values_list("pk", flat=True))
    fiches = Fiche.objects.filter(pk__in=[i for i in wanted if i in found][:room])
    added = selection_add(user=user, fiches=list(fiches), selection=selection)
    if added:
        audit_log(actor=user, action="clauses.selection_merged", obj=selection, added=added)
    return added


# Taxonomy (demo content and catalogue import).


@transaction.atomic
def segment_ensure(*, parent_name: str, name: str = "") -> Segment:
    """The segment "parent > name" (or the top-level "parent"), created if it is new."""
    if not isinstance(parent_name, str) or not isinstance(name, str) or not parent_name.strip():
        raise DomainError(_("A segment is named by a text."), field="segments")
    parent, _created = Segment.objects.get_or_create(
        parent=None, name=parent_name.strip(), defaults={"slug": _segment_slug(parent_name)}
    )
    if not name.strip():
        return parent
    child = Segment.objects.filter(parent=parent, name=name.strip()).first()
    if child is None:
        slug = _segment_slug(name)
        if Segment.objects.filter(slug=slug).exists():
            slug = _segment_slug(f"{parent_name} {name}")
        child = Segment.objects.create(
            parent=parent,
            name=name.strip(),
            slug=slug,
            position=parent.children.count(),
        )
    return child


def _segment_slug(name: str) -> str:
    base = slugify(name)[:120] or "segment"
    slug, n = base, 2
    while Segment.objects.filter(slug=slug).exists():
        slug = f"{base}-{n}"
        n += 1
    return slug


@transaction.atomic
def theme_ensure(*, code: str, label: str = "", position: int = 0) -> Theme:
    theme, created = Theme.objects.get_or_create(
        code=code, defaults={"label": label or code, "position": position}
    )
    if not created and label and (theme.label != label or theme.position != position):
        theme.label, theme.position = label, position
        theme.save(update_fields=["label", "position"])
    return theme


@transaction.atomic
def synonym_ensure(*, term: str, expansions: str, segment: Segment | None = None) -> Synonym:
    """A thesaurus entry, created or brought up to date (demo content, idempotent)."""
    if not isinstance(term, str) or not term.strip() or not isinstance(expansions, str):
        raise DomainError(_("A thesaurus entry needs a word and its catalogue words."))
    synonym, created = Synonym.objects.get_or_create(
        term=term.strip(), defaults={"expansions": expansions.strip(), "segment": segment}
    )
    if not created and (synonym.expansions, synonym.segment) != (expansions.strip(), segment):
        synonym.expansions, synonym.segment = expansions.strip(), segment
        _full_clean(synonym)
        synonym.save(update_fields=["expansions", "segment"])
    return synonym


# Personal data (registered in apps.ready()).


def personal_data_erase(user: User) -> None:
    """Account deletion: the selection goes, comments not yet public go, published work and
    "used in a contract" counts stay, without the person's name."""
    Selection.objects.filter(user=user).delete()
    pending = Feedback.objects.filter(author=user, status=Feedback.Status.PENDING)
    pending.filter(used_in_contract=False).delete()
    pending.update(comment="")
    Feedback.objects.filter(author=user).update(author=None)
    Fiche.objects.filter(author=user).update(author=None)
