"""Every write of Événements: one function per use case, atomic, audited, notified.

Places are decided under a lock. Every path that gives or frees a place (registration,
confirmation, cancellation, change of group, capacity change) first locks the event row with
`select_for_update` (then the group rows it touches, by primary key), re-counts, then writes.
On SQLite the IMMEDIATE transactions of the foundation serialise writers the same way.
The event's `last_sequence` counter, advanced under that lock, is the arrival order of the
waiting lists.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from apure.audit import audit_log
from apure.caching import namespace_bump
from apure.emails import email_enqueue
from apure.errors import DomainError
from apure.files import private_file_save
from apure.models import User

from . import ics
from .models import (
    RESERVED_SLUGS,
    Choice,
    Event,
    EventDocument,
    Group,
    ProgrammeItem,
    Registration,
    event_namespace,
    new_secret,
    normalise_email,
)
from .tokens import CONFIRM_MAX_AGE, BadToken, confirmation_token, read_confirmation_token

PARIS = ZoneInfo("Europe/Paris")
EVENT_FIELDS = (
    "kind",
    "title",
    "audience",
    "summary",
    "description",
    "venue_name",
    "venue_address",
    "venue_city",
    "online_url",
    "starts_at",
    "ends_at",
    "registration_opens_at",
    "registration_closes_at",
    "capacity",
    "survey_url",
)
GUEST_FIELDS = (
    "first_name",
    "last_name",
    "email",
    "job_title",
    "organisation_name",
    "organisation_kind",
    "departement",
    "is_rural",
)


def _clean_text(value: Any) -> Any:
    if isinstance(value, str):
        return "".join(ch for ch in value if ch in "\n\t" or ord(ch) >= 32).strip()
    return value


def _full_clean(instance, exclude: Iterable[str] = ()) -> None:
    try:
        instance.full_clean(exclude=list(exclude))
    except ValidationError as error:
        field, messages = next(iter(error.message_dict.items()))
        raise DomainError(messages[0], field=None if field == "__all__" else field) from error


def _changed(event: Event) -> None:
    """The event page's cached programme, counts and form are stale (same transaction).
    Every change to a registration calls it too (staff list figures are kept per version)."""
    namespace_bump(event_namespace(event.slug))


# Events


def unique_slug(title: str, *, exclude_pk: int | None = None) -> str:
    base = slugify(title)[:100].strip("-") or "evenement"
    slug, n = base, 2
    others = Event.objects.exclude(pk=exclude_pk) if exclude_pk else Event.objects.all()
    while slug in RESERVED_SLUGS or others.filter(slug=slug).exists():
        slug = f"{base}-{n}"
        n += 1
    return slug


def _check_event_times(event: Event) -> None:
    if event.ends_at <= event.starts_at:
        raise DomainError(_("The event must end after it starts."), field="ends_at")
    if (
        event.registration_opens_at
        and event.registration_closes_at
        and event.registration_closes_at <= event.registration_opens_at
    ):
        raise DomainError(
            _("Registration must close after it opens."), field="registration_closes_at"
        )
    if event.registration_closes_at and event.registration_closes_at > event.ends_at:
        raise DomainError(
            _("Registration must close before the event ends."), field="registration_closes_at"
        )
    if not event.venue_name and not event.online_url:
        raise DomainError(_("Give a venue or an online link."), field="venue_name")


@transaction.atomic
def event_create(*, by: User | None, data: Mapping[str, Any], slug: str = "") -> Event:
    """Staff create an event: a draft until they publish it."""
    event = Event(status=Event.Status.DRAFT)
    for name in EVENT_FIELDS:
        if name in data:
            setattr(event, name, _clean_text(data[name]))
    event.slug = slug or unique_slug(event.title)
    _check_event_times(event)
    _full_clean(event)
    event.save()
    audit_log(actor=by, action="events.event_created", obj=event, slug=event.slug)
    return event


@transaction.atomic
def event_update(*, event: Event, by: User | None, data: Mapping[str, Any]) -> Event:
    event = Event.objects.select_for_update().get(pk=event.pk)
    if event.status == Event.Status.CANCELLED:
        raise DomainError(_("A cancelled event can no longer be changed."))
    changed = []
    for name in EVENT_FIELDS:
        if name in data and getattr(event, name) != _clean_text(data[name]):
            setattr(event, name, _clean_text(data[name]))
            changed.append(name)
    if not changed:
        return event
    _check_event_times(event)
    _full_clean(event)
    confirmed = _confirmed_count(event)
    if event.capacity < confirmed:
        raise DomainError(
            _("%(n)s people already have a place: the capacity cannot be lower.")
            % {"n": confirmed},
            field="capacity",
        )
    for item in event.items.all():
        _check_item_inside(event, item)
    event.save()
    _changed(event)
    audit_log(actor=by, action="events.event_updated", obj=event, fields=changed)
    if "capacity" in changed:
        _fill(event)
    return event


@transaction.atomic
def event_publish(*, event: Event, by: User | None) -> Event:
    event = Event.objects.select_for_update().get(pk=event.pk)
    if event.status != Event.Status.DRAFT:
        raise DomainError(_("Only a draft can be published."))
    for item in event.items.prefetch_related("groups"):
        if item.is_parallel and not item.groups.all():
            raise DomainError(
                _("The parallel slot “%(title)s” offers no group yet.") % {"title": item.title}
            )
    event.status = Event.Status.PUBLISHED
    event.published_at = timezone.now()
    event.save(update_fields=["status", "published_at", "updated_at"])
    _changed(event)
    audit_log(actor=by, action="events.event_published", obj=event)
    return event


@transaction.atomic
def event_cancel(*, event: Event, by: User | None, reason: str = "") -> Event:
    """Cancelling emails everyone who is registered (confirmed, waiting or unconfirmed)."""
    event = Event.objects.select_for_update().get(pk=event.pk)
    if event.status == Event.Status.CANCELLED:
        raise DomainError(_("This event is already cancelled."))
    was_published = event.status == Event.Status.PUBLISHED
    event.status = Event.Status.CANCELLED
    event.cancelled_at = timezone.now()
    event.save(update_fields=["status", "cancelled_at", "updated_at"])
    _changed(event)
    audit_log(actor=by, action="events.event_cancelled", obj=event, reason=reason[:500])
    if was_published:
        for registration in event.registrations.filter(status__in=Registration.ACTIVE):
            _email(
                registration,
                "event_cancelled",
                key=f"events.event_cancelled:{registration.pk}",
                reason=_clean_text(reason)[:2000],
                ics_attached=True,
            )
    return event


# Programme


def _check_item_inside(event: Event, item: ProgrammeItem) -> None:
    end = item.ends_at or item.starts_at
    if item.starts_at < event.starts_at or end > event.ends_at:
        raise DomainError(
            _("“%(title)s” must take place within the event's times.") % {"title": item.title},
            field="starts_at",
        )


def _set_item(item: ProgrammeItem, data: Mapping[str, Any]) -> None:
    for name in ("kind", "title", "description", "starts_at", "ends_at"):
        if name in data:
            setattr(item, name, _clean_text(data[name]))
    if item.ends_at and item.ends_at <= item.starts_at:
        raise DomainError(_("A programme item must end after it starts."), field="ends_at")
    if item.kind == ProgrammeItem.Kind.PARALLEL and not item.ends_at:
        raise DomainError(_("A parallel slot needs an end time."), field="ends_at")
    _check_item_inside(item.event, item)
    _full_clean(item)


@transaction.atomic
def item_create(*, event: Event, by: User | None, data: Mapping[str, Any]) -> ProgrammeItem:
    event = Event.objects.select_for_update().get(pk=event.pk)
    item = ProgrammeItem(event=event)
    _set_item(item, data)
    item.save()
    Event.objects.filter(pk=event.pk).update(updated_at=timezone.now())
    _changed(event)
    audit_log(actor=by, action="events.item_created", obj=event, item=item.pk)
    return item


@transaction.atomic
def item_update(*, item: ProgrammeItem, by: User | None, data: Mapping[str, Any]) -> ProgrammeItem:
    Event.objects.select_for_update().get(pk=item.event_id)
    item = ProgrammeItem.objects.select_related("event").get(pk=item.pk)
    was_parallel = item.is_parallel
    _set_item(item, data)
    if was_parallel and not item.is_parallel and item.groups.exists():
        raise DomainError(_("Remove the groups of this slot before changing its kind."))
    item.save()
    Event.objects.filter(pk=item.event_id).update(updated_at=timezone.now())
    _changed(item.event)
    audit_log(actor=by, action="events.item_updated", obj=item.event, item=item.pk)
    return item


@transaction.atomic
def item_delete(*, item: ProgrammeItem, by: User | None) -> None:
    event = Event.objects.select_for_update().get(pk=item.event_id)
    if Choice.objects.filter(item_id=item.pk).exists():
        raise DomainError(_("People chose a group in this slot: move them before removing it."))
    audit_log(actor=by, action="events.item_deleted", obj=event, item=item.pk, title=item.title)
    item.delete()
    Event.objects.filter(pk=event.pk).update(updated_at=timezone.now())
    _changed(event)


@transaction.atomic
def group_create(*, item: ProgrammeItem, by: User | None, data: Mapping[str, Any]) -> Group:
    _changed(Event.objects.select_for_update().get(pk=item.event_id))
    if not item.is_parallel:
        raise DomainError(_("Groups belong to a parallel slot."))
    group = Group(item=item, event_id=item.event_id)
    for name in ("title", "description", "speakers", "capacity", "position"):
        if name in data:
            setattr(group, name, _clean_text(data[name]))
    _full_clean(group)
    group.save()
    audit_log(actor=by, action="events.group_created", obj=item.event, group=group.pk)
    return group


@transaction.atomic
def group_update(*, group: Group, by: User | None, data: Mapping[str, Any]) -> Group:
    event = Event.objects.select_for_update().get(pk=group.event_id)
    group = Group.objects.select_for_update().get(pk=group.pk)
    for name in ("title", "description", "speakers", "capacity", "position"):
        if name in data:
            setattr(group, name, _clean_text(data[name]))
    _full_clean(group)
    taken = group.choices.filter(status=Choice.Status.CONFIRMED).count()
    if group.capacity < taken:
        raise DomainError(
            _("%(n)s people already have a place in this group: the capacity cannot be lower.")
            % {"n": taken},
            field="capacity",
        )
    group.save()
    _changed(event)
    audit_log(actor=by, action="events.group_updated", obj=event, group=group.pk)
    _fill_group(event, group)
    return group


@transaction.atomic
def group_delete(*, group: Group, by: User | None) -> None:
    event = Event.objects.select_for_update().get(pk=group.event_id)
    if group.choices.exists():
        raise DomainError(_("People chose this group: move them before removing it."))
    audit_log(actor=by, action="events.group_deleted", obj=event, group=group.pk)
    group.delete()
    _changed(event)


# Places


def _confirmed_count(event: Event) -> int:
    return Registration.objects.filter(event=event, status=Registration.Status.CONFIRMED).count()


def _next_sequence(event: Event) -> int:
    """The next arrival number (the event row is locked by the caller)."""
    event.last_sequence += 1
    Event.objects.filter(pk=event.pk).update(last_sequence=event.last_sequence)
    _changed(event)
    return event.last_sequence


def _lock_groups(group_ids: Iterable[int]) -> dict[int, Group]:
    ids = sorted(set(group_ids))
    return {g.pk: g for g in Group.objects.select_for_update().filter(pk__in=ids).order_by("pk")}


def _place_choices(event: Event, registration: Registration) -> None:
    """A registration that just got its event place takes a place in each group it chose,
    or joins that group's waiting list."""
    wishes = list(
        registration.choices.filter(status=Choice.Status.WISH).order_by("item__starts_at")
    )
    groups = _lock_groups(c.group_id for c in wishes)
    for choice in wishes:
        group = groups[choice.group_id]
        taken = Choice.objects.filter(group=group, status=Choice.Status.CONFIRMED).count()
        choice.status = Choice.Status.CONFIRMED if taken < group.capacity else Choice.Status.WAITING
        choice.sequence = _next_sequence(event)
        choice.save(update_fields=["status", "sequence"])


def _place(event: Event, registration: Registration) -> None:
    """Decide the place of a registration (event row locked): confirmed if there is room,
    otherwise on the waiting list, in arrival order."""
    registration.sequence = _next_sequence(event)
    if _confirmed_count(event) < event.capacity:
        registration.status = Registration.Status.CONFIRMED
        registration.confirmed_at = timezone.now()
    else:
        registration.status = Registration.Status.WAITING
    registration.save(update_fields=["status", "sequence", "confirmed_at"])
    if registration.status == Registration.Status.CONFIRMED:
        _place_choices(event, registration)


def _fill_group(event: Event, group: Group) -> list[Choice]:
    """Promote the first in line of a group's waiting list while the group has room."""
    promoted = []
    group = Group.objects.select_for_update().get(pk=group.pk)
    taken = Choice.objects.filter(group=group, status=Choice.Status.CONFIRMED).count()
    free = group.capacity - taken
    if free <= 0:
        return promoted
    waiting = (
        Choice.objects.select_related("registration", "group")
        .filter(
            group=group,
            status=Choice.Status.WAITING,
            registration__status=Registration.Status.CONFIRMED,
        )
        .order_by("sequence", "pk")[:free]
    )
    for choice in waiting:
        _changed(event)
        choice.status = Choice.Status.CONFIRMED
        choice.save(update_fields=["status"])
        audit_log(
            actor=None,
            action="events.group_place_given",
            obj=choice.registration,
            group=group.pk,
        )
        _email(
            choice.registration,
            "group_promoted",
            key=f"events.group_promoted:{choice.pk}:{group.pk}",
            group=group,
            ics_attached=False,
        )
        promoted.append(choice)
    return promoted


def _fill(event: Event, groups: Iterable[Group] = ()) -> list[Registration]:
    """After a place freed: first the groups' waiting lists, then the event's."""
    for group in sorted(set(groups), key=lambda g: g.pk):
        _fill_group(event, group)
    promoted = []
    free = event.capacity - _confirmed_count(event)
    if free <= 0:
        return promoted
    waiting = list(
        Registration.objects.filter(event=event, status=Registration.Status.WAITING).order_by(
            "sequence", "pk"
        )[:free]
    )
    for registration in waiting:
        _changed(event)
        registration.status = Registration.Status.CONFIRMED
        registration.confirmed_at = timezone.now()
        registration.save(update_fields=["status", "confirmed_at"])
        _place_choices(event, registration)
        audit_log(actor=None, action="events.registration_promoted", obj=registration)
        _email(registration, "promoted", key=f"events.promoted:{registration.pk}", qr=True)
        promoted.append(registration)
    return promoted


def _validate_choices(event: Event, groups: Iterable[Group]) -> dict[int, Group]:
    """One group for each parallel slot of this event (and none of another event)."""
    by_item: dict[int, Group] = {}
    for group in groups:
        if group.event_id != event.pk:
            raise DomainError(_("This group belongs to another event."), field="groups")
        if group.item_id in by_item and by_item[group.item_id].pk != group.pk:
            raise DomainError(_("Choose only one group per slot."), field="groups")
        by_item[group.item_id] = group
    slots = set(Group.objects.filter(event=event).values_list("item_id", flat=True).distinct())
    missing = slots - set(by_item)
    if missing:
        raise DomainError(_("Choose a group for each parallel slot."), field="groups")
    return by_item


@dataclass
class RegistrationResult:
    registration: Registration
    created: bool


def _person_from_user(user: User) -> dict[str, Any]:
    organisation = user.organisation if user.organisation_id else None
    return {
        "first_name": user.first_name or user.email.split("@")[0],
        "last_name": user.last_name or "",
        "email": user.email,
        "job_title": user.job_title,
        "organisation_name": organisation.name if organisation else "",
        "organisation_kind": organisation.kind if organisation else "",
        "departement": organisation.departement if organisation else "",
        "is_rural": bool(organisation and organisation.is_rural),
    }


def registration_create(
    *,
    event: Event,
    user: User | None = None,
    person: Mapping[str, Any] | None = None,
    groups: Iterable[Group] = (),
    by: User | None = None,
    staff_add: bool = False,
    notify: bool = True,
    now: datetime | None = None,
) -> RegistrationResult:
    """Register someone to an event.

    A signed-in user is registered in one click (their name and organisation filled in); a
    guest gives `person` and must confirm through the emailed link (until then they hold no
    place); staff add someone by hand (`staff_add`), confirmed at once. The place is decided
    under the event's row lock: confirmed while there is room, else the waiting list.
    Registering the same email twice returns the existing registration (`created=False`).
    """
    now = now or timezone.now()
    data = _person_from_user(user) if user is not None else dict(person or {})
    data = {k: _clean_text(data.get(k, "")) for k in GUEST_FIELDS}
    data["is_rural"] = bool(data["is_rural"])
    try:
        validate_email(data["email"])
    except ValidationError:
        raise DomainError(_("Enter a valid email address."), field="email") from None
    if not data["first_name"]:
        raise DomainError(_("Give your first name."), field="first_name")
    groups = list(groups)
    for _attempt in range(2):
        try:
            return _registration_create(
                event=event,
                user=user,
                data=data,
                groups=groups,
                by=by,
                staff_add=staff_add,
                notify=notify,
                now=now,
            )
        except IntegrityError:
            # Two requests for the same email raced past the check (the lock makes this rare):
            # the second finds the first's registration on the retry.
            continue
    raise DomainError(_("This email is already registered for this event."), field="email")


@transaction.atomic
def _registration_create(
    *, event, user, data, groups, by, staff_add, notify, now
) -> RegistrationResult:
    event = Event.objects.select_for_update().get(pk=event.pk)
    state = event.registration_state(now)
    if state == "cancelled":
        raise DomainError(_("This event has been cancelled."))
    if state == "draft":
        raise DomainError(_("This event is not open for registration."))
    if not staff_add and state == "not_yet":
        raise DomainError(_("Registration has not opened yet."))
    if not staff_add and state == "closed":
        raise DomainError(_("Registration is closed."))
    by_item = _validate_choices(event, groups)
    _lock_groups(g.pk for g in by_item.values())
    existing = (
        Registration.objects.filter(
            event=event,
            email_normalised=normalise_email(data["email"]),
            status__in=Registration.ACTIVE,
        )
        .select_for_update()
        .first()
    )
    if existing is not None:
        if notify and not staff_add and existing.status != Registration.Status.PENDING:
            # The owner of the address gets their personal link again (at most once an hour).
            _email(
                existing,
                "link_again",
                key=f"events.link_again:{existing.pk}:{now:%Y%m%d%H}",
                ics_attached=False,
            )
        elif notify and existing.status == Registration.Status.PENDING:
            _send_confirmation_request(existing, key_suffix=f"{now:%Y%m%d%H}")
        return RegistrationResult(existing, False)
    registration = Registration(
        event=event,
        user=user,
        status=Registration.Status.PENDING,
        created_at=now,
        added_by_staff=staff_add,
        **data,
    )
    _full_clean(registration, exclude=["status", "sequence", "email_normalised", "secret"])
    registration.save()
    _changed(event)  # a guest's unconfirmed registration is listed for staff at once
    for item_id, group in by_item.items():
        Choice.objects.create(
            registration=registration, item_id=item_id, group=group, status=Choice.Status.WISH
        )
    guest = user is None and not staff_add
    audit_log(
        actor=by or user,
        action="events.registration_created",
        obj=registration,
        event=event.pk,
        guest=guest,
        staff_add=staff_add,
    )
    if guest:
        if notify:
            _send_confirmation_request(registration)
        return RegistrationResult(registration, True)
    _place(event, registration)
    if notify:
        _email_outcome(registration)
    return RegistrationResult(registration, True)


def _send_confirmation_request(registration: Registration, key_suffix: str = "") -> None:
    email_enqueue(
        to=[registration.email],
        template="events/confirm_request",
        context={
            "registration": registration,
            "event": registration.event,
            "confirm_path": _confirm_path(registration),
            "hours": int(CONFIRM_MAX_AGE.total_seconds() // 3600),
        },
        key=f"events.confirm_request:{registration.pk}:{key_suffix}",
    )


def _confirm_path(registration: Registration) -> str:
    from django.urls import reverse

    return reverse("events:confirm", kwargs={"token": confirmation_token(registration)})


def _email_outcome(registration: Registration) -> None:
    if registration.status == Registration.Status.CONFIRMED:
        _email(registration, "registered", key=f"events.registered:{registration.pk}", qr=True)
    else:
        _email(
            registration,
            "waitlisted",
            key=f"events.waitlisted:{registration.pk}",
            ics_attached=False,
        )


@transaction.atomic
def registration_confirm_email(*, token: str, now: datetime | None = None) -> Registration:
    """A guest opens the emailed link: their registration now takes a place (or the waiting
    list). Opening it again changes nothing."""
    now = now or timezone.now()
    try:
        pk, secret = read_confirmation_token(token)
    except BadToken as error:
        if str(error) == "expired":
            raise DomainError(
                _("This confirmation link has expired. Register again from the event page.")
            ) from None
        raise DomainError(_("This confirmation link is not valid.")) from None
    registration = Registration.objects.filter(pk=pk, secret=secret).first()
    if registration is None:
        raise DomainError(_("This confirmation link is not valid."))
    event = Event.objects.select_for_update().get(pk=registration.event_id)
    registration = Registration.objects.select_for_update().get(pk=pk)
    if registration.status in (Registration.Status.CONFIRMED, Registration.Status.WAITING):
        return registration
    if registration.status != Registration.Status.PENDING:
        raise DomainError(
            _("This registration is no longer valid. Register again from the event page.")
        )
    if event.status != Event.Status.PUBLISHED:
        raise DomainError(_("This event is no longer open for registration."))
    if event.ends_at <= now:
        raise DomainError(_("This event is over."))
    _place(event, registration)
    audit_log(actor=None, action="events.registration_confirmed", obj=registration)
    _email_outcome(registration)
    return registration


@transaction.atomic
def registration_cancel(
    *,
    registration: Registration,
    by: User | None = None,
    staff: bool = False,
    notify: bool = True,
) -> Registration:
    """The person (or staff) cancels: the place goes to the first in line at once."""
    event = Event.objects.select_for_update().get(pk=registration.event_id)
    registration = Registration.objects.select_for_update().get(pk=registration.pk)
    if not registration.is_active:
        raise DomainError(_("This registration is already cancelled."))
    if not staff and event.starts_at <= timezone.now():
        raise DomainError(_("The event has started: the registration can no longer be cancelled."))
    if registration.checked_in_at:
        raise DomainError(_("This person has been checked in: undo the check-in first."))
    was_confirmed = registration.status == Registration.Status.CONFIRMED
    freed = [
        c.group
        for c in registration.choices.select_related("group").filter(status=Choice.Status.CONFIRMED)
    ]
    registration.choices.all().delete()
    _changed(event)
    registration.status = Registration.Status.CANCELLED
    registration.cancelled_at = timezone.now()
    registration.save(update_fields=["status", "cancelled_at"])
    audit_log(actor=by, action="events.registration_cancelled", obj=registration)
    if notify:
        _email(
            registration,
            "cancelled",
            key=f"events.cancelled:{registration.pk}",
            ics_attached=False,
            by_staff=staff,
        )
    if was_confirmed or freed:
        _fill(event, freed)
    return registration


@transaction.atomic
def registration_change_groups(
    *, registration: Registration, groups: Iterable[Group], by: User | None = None
) -> Registration:
    """Change the group chosen for one or more slots. A full group puts the person on its
    waiting list; the place they leave goes at once to the first in line of their old group."""
    event = Event.objects.select_for_update().get(pk=registration.event_id)
    registration = Registration.objects.select_for_update().get(pk=registration.pk)
    if not registration.is_active:
        raise DomainError(_("This registration is cancelled."))
    if event.status != Event.Status.PUBLISHED or event.ends_at <= timezone.now():
        raise DomainError(_("Groups can no longer be changed for this event."))
    wanted = list(groups)
    for group in wanted:
        if group.event_id != event.pk:
            raise DomainError(_("This group belongs to another event."), field="groups")
    current = {c.item_id: c for c in registration.choices.select_related("group")}
    changes = [(g, current.get(g.item_id)) for g in wanted]
    changes = [(g, c) for g, c in changes if c is None or c.group_id != g.pk]
    if not changes:
        return registration
    _changed(event)
    locked = _lock_groups([g.pk for g, _c in changes] + [c.group_id for _g, c in changes if c])
    freed = []
    outcome = []
    for group, choice in changes:
        group = locked[group.pk]
        if choice is not None:
            if choice.status == Choice.Status.CONFIRMED:
                freed.append(choice.group)
            choice.delete()
        new = Choice(registration=registration, item_id=group.item_id, group=group)
        if registration.status == Registration.Status.CONFIRMED:
            taken = Choice.objects.filter(group=group, status=Choice.Status.CONFIRMED).count()
            new.status = (
                Choice.Status.CONFIRMED if taken < group.capacity else Choice.Status.WAITING
            )
            new.sequence = _next_sequence(event)
        else:
            new.status = Choice.Status.WISH
        new.save()
        outcome.append((group.title, new.status))
    audit_log(
        actor=by,
        action="events.registration_groups_changed",
        obj=registration,
        groups=[g.pk for g, _c in changes],
    )
    if freed:
        _fill(event, freed)
    return registration


@transaction.atomic
def registration_check_in(*, registration: Registration, by: User) -> Registration:
    event = Event.objects.select_for_update().get(pk=registration.event_id)
    registration = Registration.objects.select_for_update().get(pk=registration.pk)
    if registration.status != Registration.Status.CONFIRMED:
        raise DomainError(_("Only a confirmed registration can be checked in."))
    if registration.checked_in_at is None:
        registration.checked_in_at = timezone.now()
        registration.save(update_fields=["checked_in_at"])
        audit_log(actor=by, action="events.checked_in", obj=registration)
        _changed(event)
    return registration


@transaction.atomic
def registration_check_in_undo(*, registration: Registration, by: User) -> Registration:
    registration = (
        Registration.objects.select_for_update().select_related("event").get(pk=registration.pk)
    )
    if registration.checked_in_at is not None:
        registration.checked_in_at = None
        registration.save(update_fields=["checked_in_at"])
        audit_log(actor=by, action="events.check_in_undone", obj=registration)
        _changed(registration.event)
    return registration


# Periodic jobs (idempotent: a second run sends nothing twice)


def pending_expire(*, now: datetime | None = None) -> int:
    """Guests who did not confirm within 48 hours: their registration expires."""
    now = now or timezone.now()
    limit = now - CONFIRM_MAX_AGE
    count = 0
    with transaction.atomic():
        rows = list(
            Registration.objects.select_for_update(skip_locked=True).filter(
                status=Registration.Status.PENDING, created_at__lt=limit
            )[:1000]
        )
        for registration in rows:
            registration.status = Registration.Status.EXPIRED
            registration.save(update_fields=["status"])
            registration.choices.all().delete()
            audit_log(actor=None, action="events.registration_expired", obj=registration)
            count += 1
        for event in Event.objects.filter(pk__in={r.event_id for r in rows}).only("slug"):
            _changed(event)
    return count


def _paris_day_bounds(day: date) -> tuple[datetime, datetime]:
    start = datetime(day.year, day.month, day.day, tzinfo=PARIS)
    return start, start + timedelta(days=1)


def reminders_send(*, now: datetime | None = None) -> int:
    """The day before: one reminder to each confirmed person of tomorrow's events."""
    now = now or timezone.now()
    tomorrow = timezone.localtime(now, PARIS).date() + timedelta(days=1)
    start, end = _paris_day_bounds(tomorrow)
    count = 0
    with transaction.atomic():
        rows = list(
            Registration.objects.select_for_update(skip_locked=True)
            .select_related("event")
            .filter(
                status=Registration.Status.CONFIRMED,
                reminder_sent_at__isnull=True,
                event__status=Event.Status.PUBLISHED,
                event__starts_at__gte=start,
                event__starts_at__lt=end,
            )
            .order_by("pk")[:5000]
        )
        for registration in rows:
            registration.reminder_sent_at = now
            registration.save(update_fields=["reminder_sent_at"])
            _email(registration, "reminder", key=f"events.reminder:{registration.pk}", qr=True)
            count += 1
    return count


def followups_send(*, now: datetime | None = None) -> int:
    """After the event: the satisfaction survey and the restitution documents attached so
    far, once to each person who had a place (documents attached later are announced by
    `document_add`)."""
    now = now or timezone.now()
    count = 0
    with transaction.atomic():
        rows = list(
            Registration.objects.select_for_update(skip_locked=True)
            .select_related("event")
            .filter(
                status=Registration.Status.CONFIRMED,
                followup_sent_at__isnull=True,
                event__status=Event.Status.PUBLISHED,
                event__ends_at__lte=now,
                event__ends_at__gte=now - timedelta(days=30),
            )
            .order_by("pk")[:5000]
        )
        documents: dict[int, list[EventDocument]] = {}
        for registration in rows:
            if registration.event_id not in documents:
                documents[registration.event_id] = list(
                    EventDocument.objects.filter(event_id=registration.event_id)
                )
            registration.followup_sent_at = now
            registration.save(update_fields=["followup_sent_at"])
            _email(
                registration,
                "followup",
                key=f"events.followup:{registration.pk}",
                ics_attached=False,
                documents=documents[registration.event_id],
            )
            count += 1
    return count


@transaction.atomic
def document_add(*, event: Event, upload, title: str = "", by: User | None) -> EventDocument:
    """Staff attach a restitution document. People already sent the follow-up hear of it."""
    event = Event.objects.select_for_update().get(pk=event.pk)
    document = private_file_save(EventDocument(event=event), upload, title=_clean_text(title)[:200])
    audit_log(actor=by, action="events.document_added", obj=event, document=document.pk)
    for registration in event.registrations.filter(
        status=Registration.Status.CONFIRMED, followup_sent_at__isnull=False
    ):
        _email(
            registration,
            "document_added",
            key=f"events.document:{document.pk}:{registration.pk}",
            ics_attached=False,
            document=document,
        )
    return document


@transaction.atomic
def document_delete(*, document: EventDocument, by: User | None) -> None:
    audit_log(actor=by, action="events.document_deleted", obj=document.event, name=str(document))
    document.delete()


# Emails


def _email(
    registration: Registration,
    template: str,
    *,
    key: str,
    ics_attached: bool = True,
    qr: bool = False,
    **extra: Any,
) -> None:
    from apure.site import site_url

    event = registration.event
    base = site_url()
    context = {
        "registration": registration,
        "event": event,
        "choices": list(registration.choices.select_related("group", "item")),
        "personal_url": base + registration.get_personal_url(),
        **extra,
    }
    attachments = []
    if ics_attached:
        attachments.append(
            {
                "filename": "atelier.ics" if event.kind == Event.Kind.WORKSHOP else "evenement.ics",
                "content": ics.event_ics(event, registration=registration),
                "mimetype": "text/calendar",
            }
        )
    if qr:
        checkin_url = base + registration.get_checkin_url()
        png = ics.qr_png_base64(checkin_url)
        context["qr_data_uri"] = "data:image/png;base64," + png
        context["checkin_url"] = checkin_url
        attachments.append(
            {"filename": "qr-code.png", "content": png, "mimetype": "image/png", "base64": "1"}
        )
    email_enqueue(
        to=[registration.email],
        template=f"events/{template}",
        context=context,
        key=key,
        attachments=attachments or None,
    )


# Personal data


def personal_data(user: User) -> list[dict[str, Any]]:
    return [
        {
            "event": r.event.title,
            "starts_at": r.event.starts_at.isoformat(),
            "status": r.status,
            "email": r.email,
            "name": r.full_name,
            "organisation": r.organisation_name,
            "groups": [c.group.title for c in r.choices.all()],
            "registered_at": r.created_at.isoformat(),
            "checked_in_at": r.checked_in_at.isoformat() if r.checked_in_at else None,
        }
        for r in Registration.objects.filter(user=user)
        .select_related("event")
        .prefetch_related("choices__group")
    ]


@transaction.atomic
def personal_data_erase(user: User) -> None:
    """The account goes: its registrations keep the statistics (organisation kind,
    département, rural flag, attendance) but lose the name, the email and the links."""
    for registration in Registration.objects.filter(user=user).select_for_update():
        if registration.is_active and registration.event.ends_at > timezone.now():
            registration_cancel(registration=registration, by=None, staff=True, notify=False)
            registration.refresh_from_db()
        registration.first_name = "Personne"
        registration.last_name = "anonymisée"
        registration.email = f"anonyme-{registration.pk}@invalid.example"
        registration.job_title = ""
        registration.organisation_name = ""
        registration.user = None
        registration.secret = new_secret()
        registration.save()
