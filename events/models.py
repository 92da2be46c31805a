"""Événements: workshops with a programme, registrations with capacities and waiting lists."""

from __future__ import annotations

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from apure.files import PrivateFile
from apure.models import Departement, OrganisationKind

# Paths under /evenements/ that an event slug can never take.
RESERVED_SLUGS = {
    "nouveau",
    "statistiques",
    "confirmer",
    "inscription",
    "presence",
    "calendrier",
}


def event_namespace(slug: str) -> str:
    """The cache family of one event's page (programme, counts, blank form): the services
    bump it in the transaction of every change to the event, its programme or its places."""
    return "events." + hashlib.sha256(slug.encode()).hexdigest()[:24]


def new_secret() -> str:
    return secrets.token_urlsafe(12)


class EventQuerySet(models.QuerySet):
    def published(self) -> EventQuerySet:
        return self.filter(status=Event.Status.PUBLISHED)

    def public(self) -> EventQuerySet:
        """What anyone may see: published events, and cancelled ones (with the notice)."""
        return self.filter(status__in=[Event.Status.PUBLISHED, Event.Status.CANCELLED])


class Event(models.Model):
    class Kind(models.TextChoices):
        WORKSHOP = "atelier", _("Workshop")
        ROUND_TABLE = "table_ronde", _("Round table")
        WORKING_GROUP = "groupe_travail", _("Working group")
        WEBINAR = "webinaire", _("Webinar")

    class Audience(models.TextChoices):
        ELECTED = "elus", _("Elected officials")
        BUYERS = "acheteurs", _("Public buyers")
        ALL = "tous", _("Everyone")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")
        CANCELLED = "cancelled", _("Cancelled")

    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.WORKSHOP)
    title = models.CharField(_("title"), max_length=200)
    audience = models.CharField(
        _("audience"), max_length=20, choices=Audience.choices, default=Audience.ALL
    )
    summary = models.CharField(_("summary"), max_length=400)
    description = models.TextField(_("description"), blank=True)
    venue_name = models.CharField(_("venue"), max_length=200, blank=True)
    venue_address = models.CharField(_("address"), max_length=300, blank=True)
    venue_city = models.CharField(_("city"), max_length=120, blank=True)
    online_url = models.URLField(
        _("online link"),
        blank=True,
        help_text=_("Shown only to registered people, in their confirmation and their page."),
    )
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    registration_opens_at = models.DateTimeField(_("registration opens"), null=True, blank=True)
    registration_closes_at = models.DateTimeField(
        _("registration closes"),
        null=True,
        blank=True,
        help_text=_("Empty: registration stays open until the event starts."),
    )
    capacity = models.PositiveIntegerField(_("capacity"))
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT
    )
    survey_url = models.URLField(
        _("satisfaction survey link"),
        blank=True,
        help_text=_("Sent to participants after the event."),
    )
    # The arrival counter: every decision on a place takes the next number under the row lock.
    last_sequence = models.PositiveBigIntegerField(default=0, editable=False)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)

    objects = EventQuerySet.as_manager()

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["starts_at"]
        indexes = [
            models.Index(fields=["status", "starts_at"]),
            models.Index(fields=["kind", "audience"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")), name="event_ends_after_start"
            ),
            models.CheckConstraint(condition=Q(capacity__gte=1), name="event_capacity_positive"),
            models.CheckConstraint(
                condition=Q(status__in=["draft", "published", "cancelled"]),
                name="event_status_known",
            ),
            models.CheckConstraint(
                condition=Q(registration_opens_at__isnull=True)
                | Q(registration_closes_at__isnull=True)
                | Q(registration_closes_at__gt=models.F("registration_opens_at")),
                name="event_registration_window_order",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("events:detail", kwargs={"slug": self.slug})

    @property
    def places_left(self) -> int | None:
        """With the list's annotation only (None otherwise)."""
        count = getattr(self, "confirmed_count", None)
        return None if count is None else max(0, self.capacity - count)

    @property
    def is_online(self) -> bool:
        return bool(self.online_url) and not self.venue_name

    @property
    def is_past(self) -> bool:
        return self.ends_at <= timezone.now()

    @property
    def registration_closes(self):
        return self.registration_closes_at or self.starts_at

    def registration_state(self, now=None) -> str:
        """ "open", "not_yet", "closed", "draft" or "cancelled"."""
        now = now or timezone.now()
        if self.status == self.Status.CANCELLED:
            return "cancelled"
        if self.status != self.Status.PUBLISHED:
            return "draft"
        if self.registration_opens_at and now < self.registration_opens_at:
            return "not_yet"
        if now >= self.registration_closes:
            return "closed"
        return "open"

    @property
    def location_label(self) -> str:
        parts = [p for p in (self.venue_name, self.venue_city) if p]
        return ", ".join(parts) if parts else str(_("Online"))


class ProgrammeItem(models.Model):
    """A timed part of the programme. A parallel slot offers several groups."""

    class Kind(models.TextChoices):
        WELCOME = "welcome", _("Welcome")
        PLENARY = "plenary", _("Plenary")
        PARALLEL = "parallel", _("Parallel groups")
        BREAK = "break", _("Break")
        CLOSING = "closing", _("Closing")

    event = models.ForeignKey(
        Event, on_delete=models.CASCADE, related_name="items", verbose_name=_("event")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=250)
    description = models.TextField(_("description"), blank=True)
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"), null=True, blank=True)

    class Meta:
        verbose_name = _("programme item")
        verbose_name_plural = _("programme")
        ordering = ["starts_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__isnull=True) | Q(ends_at__gt=models.F("starts_at")),
                name="programme_item_ends_after_start",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_parallel(self) -> bool:
        return self.kind == self.Kind.PARALLEL


class Group(models.Model):
    """One of the parallel groups of a slot: same times as the slot, its own capacity."""

    item = models.ForeignKey(
        ProgrammeItem, on_delete=models.CASCADE, related_name="groups", verbose_name=_("slot")
    )
    event = models.ForeignKey(
        Event, on_delete=models.CASCADE, related_name="groups", verbose_name=_("event")
    )
    title = models.CharField(_("title"), max_length=250)
    description = models.TextField(_("description"), blank=True)
    speakers = models.CharField(_("speakers"), max_length=400, blank=True)
    capacity = models.PositiveIntegerField(_("capacity"))
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("group")
        verbose_name_plural = _("groups")
        ordering = ["item__starts_at", "position", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(capacity__gte=1), name="group_capacity_positive"),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def places_left(self) -> int | None:
        count = getattr(self, "confirmed_count", None)
        return None if count is None else max(0, self.capacity - count)


class Registration(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Awaiting email confirmation")
        CONFIRMED = "confirmed", _("Confirmed")
        WAITING = "waiting", _("On the waiting list")
        CANCELLED = "cancelled", _("Cancelled")
        EXPIRED = "expired", _("Expired (not confirmed)")

    ACTIVE = (Status.PENDING, Status.CONFIRMED, Status.WAITING)

    event = models.ForeignKey(
        Event, on_delete=models.CASCADE, related_name="registrations", verbose_name=_("event")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="event_registrations",
        verbose_name=_("account"),
    )
    email = models.EmailField(_("email"))
    email_normalised = models.CharField(max_length=254, editable=False)
    first_name = models.CharField(_("first name"), max_length=150)
    last_name = models.CharField(_("last name"), max_length=150, blank=True)
    job_title = models.CharField(_("role"), max_length=150, blank=True)
    organisation_name = models.CharField(_("organisation"), max_length=200, blank=True)
    organisation_kind = models.CharField(
        _("organisation kind"), max_length=20, choices=OrganisationKind.choices, blank=True
    )
    departement = models.CharField(
        _("département"), max_length=4, choices=Departement.choices, blank=True
    )
    is_rural = models.BooleanField(_("rural or modest authority"), default=False)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices)
    # Arrival order: the event's counter, taken under its row lock when the place was decided.
    sequence = models.PositiveBigIntegerField(_("arrival"), null=True, blank=True)
    secret = models.CharField(max_length=32, default=new_secret, editable=False)
    created_at = models.DateTimeField(_("registered at"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    checked_in_at = models.DateTimeField(_("checked in at"), null=True, blank=True)
    reminder_sent_at = models.DateTimeField(_("reminder sent at"), null=True, blank=True)
    followup_sent_at = models.DateTimeField(_("follow-up sent at"), null=True, blank=True)
    added_by_staff = models.BooleanField(_("added by staff"), default=False)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["event", "sequence", "pk"]
        indexes = [
            models.Index(fields=["event", "status", "sequence"]),
            models.Index(fields=["event", "last_name", "first_name"]),
            models.Index(fields=["status", "created_at"]),
            models.Index(fields=["email_normalised"]),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "email_normalised"],
                condition=Q(status__in=["pending", "confirmed", "waiting"]),
                name="registration_one_per_email_and_event",
            ),
            models.UniqueConstraint(
                fields=["event", "sequence"], name="registration_sequence_unique_per_event"
            ),
            models.CheckConstraint(
                condition=Q(status__in=["pending", "confirmed", "waiting", "cancelled", "expired"]),
                name="registration_status_known",
            ),
            models.CheckConstraint(
                condition=~Q(status__in=["confirmed", "waiting"]) | Q(sequence__isnull=False),
                name="registration_placed_has_sequence",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.full_name} · {self.event}"

    def save(self, *args, **kwargs):
        self.email_normalised = normalise_email(self.email)
        super().save(*args, **kwargs)

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def is_active(self) -> bool:
        return self.status in self.ACTIVE

    @property
    def token(self) -> str:
        from .tokens import registration_token

        return registration_token(self)

    def get_personal_url(self) -> str:
        return reverse("events:personal", kwargs={"token": self.token})

    def get_checkin_url(self) -> str:
        return reverse("events:checkin_link", kwargs={"token": self.token})


def normalise_email(email: str) -> str:
    return (email or "").strip().lower()


class Choice(models.Model):
    """The group a registration chose for one parallel slot.

    WISH: the registration holds no place yet (awaiting confirmation, or on the event's waiting
    list); CONFIRMED: a place in the group; WAITING: on the group's waiting list, in order.
    """

    class Status(models.TextChoices):
        WISH = "wish", _("Wish")
        CONFIRMED = "confirmed", _("Confirmed")
        WAITING = "waiting", _("On the waiting list")

    registration = models.ForeignKey(Registration, on_delete=models.CASCADE, related_name="choices")
    item = models.ForeignKey(ProgrammeItem, on_delete=models.CASCADE, related_name="+")
    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="choices")
    status = models.CharField(_("status"), max_length=20, choices=Status.choices)
    sequence = models.PositiveBigIntegerField(null=True, blank=True)

    class Meta:
        verbose_name = _("group choice")
        verbose_name_plural = _("group choices")
        ordering = ["item__starts_at"]
        indexes = [models.Index(fields=["group", "status", "sequence"])]
        constraints = [
            models.UniqueConstraint(fields=["registration", "item"], name="choice_one_per_slot"),
            models.CheckConstraint(
                condition=Q(status__in=["wish", "confirmed", "waiting"]), name="choice_status_known"
            ),
        ]

    def __str__(self) -> str:
        return str(self.group)


class EventDocument(PrivateFile):
    """A restitution document staff attach after the event; participants download it."""

    event = models.ForeignKey(
        Event, on_delete=models.CASCADE, related_name="documents", verbose_name=_("event")
    )
    title = models.CharField(_("title"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        ordering = ["uploaded_at", "pk"]

    @property
    def label(self) -> str:
        return self.title or self.original_name
