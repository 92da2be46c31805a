"""Guichet Vert: advice requests, their exchange, the time spent on them, and the public Q&As."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from apure.files import PrivateFile

QUESTION_MAX_LENGTH = 10_000


class Kind(models.TextChoices):
    STRATEGY = "strategy", _("Organisation and strategy")
    PROJECT = "project", _("Expert advice on a project")
    TARGETED = "targeted", _("Targeted advice on texts or news")


KIND_HELP = {
    Kind.STRATEGY: _("Method, indicators, purchasing policy, SPASER…"),
    Kind.PROJECT: _("A specific tender or project you are preparing."),
    Kind.TARGETED: _("A text, a threshold, a recent change in the law."),
}


class Channel(models.TextChoices):
    VISIO = "visio", _("Video call")
    PHONE = "phone", _("Phone")
    EMAIL = "email", _("Email")


class WorkChannel(models.TextChoices):
    VISIO = "visio", _("Video call")
    PHONE = "phone", _("Phone")
    EMAIL = "email", _("Email")
    ON_SITE = "on_site", _("On site")


class State(models.TextChoices):
    NEW = "new", _("New")
    ASSIGNED = "assigned", _("Assigned")
    IN_PROGRESS = "in_progress", _("In progress")
    ANSWERED = "answered", _("Answered")
    CLOSED = "closed", _("Closed")
    REDIRECTED = "redirected", _("Redirected")
    WITHDRAWN = "withdrawn", _("Withdrawn")


# Waiting for the advisors (the queue's default view) / still open to the buyer.
WAITING_STATES = (State.NEW, State.ASSIGNED, State.IN_PROGRESS)
OPEN_STATES = (*WAITING_STATES, State.ANSWERED)
FINAL_STATES = (State.CLOSED, State.REDIRECTED, State.WITHDRAWN)


class RequestCounter(models.Model):
    """The last reference number given in a year; its row is locked to give the next one."""

    year = models.PositiveSmallIntegerField(_("year"), primary_key=True)
    last = models.PositiveIntegerField(_("last number"), default=0)

    class Meta:
        verbose_name = _("reference counter")
        verbose_name_plural = _("reference counters")

    def __str__(self) -> str:
        return f"{self.year}: {self.last}"


class RequestQuerySet(models.QuerySet):
    def open(self):
        return self.filter(state__in=OPEN_STATES)


class Request(models.Model):
    """A buyer's question to the Guichet Vert ("conseil minute")."""

    Kind = Kind
    Channel = Channel
    State = State

    reference = models.CharField(_("reference"), max_length=20, unique=True)
    year = models.PositiveSmallIntegerField(_("year"))
    number = models.PositiveIntegerField(_("number"))
    token = models.UUIDField(
        _("submission token"),
        unique=True,
        default=uuid.uuid4,
        help_text=_("Sent with the form: a second click sends the same token, not a new request."),
    )
    kind = models.CharField(_("request kind"), max_length=20, choices=Kind.choices)
    subject = models.CharField(_("subject"), max_length=200)
    question = models.TextField(_("question"), max_length=QUESTION_MAX_LENGTH)
    segment = models.ForeignKey(
        "clauses.Segment",
        verbose_name=_("purchase segment"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    channel = models.CharField(_("preferred channel"), max_length=10, choices=Channel.choices)
    availability = models.CharField(_("availability"), max_length=500, blank=True)
    requester = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requester"),
        on_delete=models.PROTECT,
        related_name="guichet_requests",
    )
    organisation = models.ForeignKey(
        "apure.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="guichet_requests",
    )
    state = models.CharField(_("state"), max_length=20, choices=State.choices, default=State.NEW)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assignee"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="guichet_assigned",
    )
    created_at = models.DateTimeField(_("submitted at"), default=timezone.now)
    assigned_at = models.DateTimeField(_("assigned at"), null=True, blank=True)
    first_answer_at = models.DateTimeField(_("first answer at"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    summary = models.TextField(_("answer summary"), blank=True, max_length=3000)
    redirected_to = models.CharField(_("redirected to"), max_length=300, blank=True)
    rating = models.PositiveSmallIntegerField(_("rating"), null=True, blank=True)
    rating_comment = models.TextField(_("rating comment"), blank=True, max_length=3000)
    rated_at = models.DateTimeField(_("rated at"), null=True, blank=True)

    objects = RequestQuerySet.as_manager()

    class Meta:
        verbose_name = _("advice request")
        verbose_name_plural = _("advice requests")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["year", "number"], name="guichet_request_number"),
            models.CheckConstraint(
                condition=Q(state__in=State.values), name="guichet_request_state_known"
            ),
            models.CheckConstraint(
                condition=Q(kind__in=Kind.values), name="guichet_request_kind_known"
            ),
            models.CheckConstraint(
                condition=Q(channel__in=Channel.values), name="guichet_request_channel_known"
            ),
            models.CheckConstraint(
                condition=Q(rating__isnull=True) | Q(rating__gte=1, rating__lte=5),
                name="guichet_request_rating_1_5",
            ),
            models.CheckConstraint(
                condition=Q(assignee__isnull=False)
                | Q(state__in=["new", "withdrawn", "redirected"]),
                name="guichet_request_assigned_has_assignee",
            ),
        ]
        indexes = [
            models.Index(fields=["state", "created_at"], name="guichet_req_state_created"),
            models.Index(fields=["assignee", "state"], name="guichet_req_assignee_state"),
            models.Index(fields=["kind", "created_at"], name="guichet_req_kind"),
            models.Index(fields=["segment", "created_at"], name="guichet_req_segment"),
            models.Index(fields=["organisation", "created_at"], name="guichet_req_org"),
            models.Index(fields=["requester", "created_at"], name="guichet_req_requester"),
            models.Index(fields=["first_answer_at"], name="guichet_req_first_answer"),
            models.Index(fields=["created_at"], name="guichet_req_created"),
        ]

    def __str__(self) -> str:
        return f"{self.reference} {self.subject}"

    def get_absolute_url(self) -> str:
        return reverse("guichet:request", kwargs={"reference": self.reference})

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES

    @property
    def is_final(self) -> bool:
        return self.state in FINAL_STATES


class Message(models.Model):
    """One message of the exchange: public (the buyer reads it) or an internal note."""

    request = models.ForeignKey(
        Request, verbose_name=_("request"), on_delete=models.CASCADE, related_name="messages"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    from_requester = models.BooleanField(_("from the requester's side"), default=False)
    internal = models.BooleanField(
        _("internal note"), default=False, help_text=_("Never shown to the buyer.")
    )
    body = models.TextField(_("message"), max_length=QUESTION_MAX_LENGTH)
    created_at = models.DateTimeField(_("sent at"), default=timezone.now)

    class Meta:
        verbose_name = _("message")
        verbose_name_plural = _("messages")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["request", "created_at"], name="guichet_msg_request")]
        constraints = [
            models.CheckConstraint(
                condition=~(Q(internal=True) & Q(from_requester=True)),
                name="guichet_message_buyer_not_internal",
            )
        ]

    def __str__(self) -> str:
        return f"{self.request_id} {self.created_at:%Y-%m-%d %H:%M}"


class Attachment(PrivateFile):
    """A document joined to the request or to a public message (never to an internal note)."""

    request = models.ForeignKey(
        Request, verbose_name=_("request"), on_delete=models.CASCADE, related_name="attachments"
    )
    message = models.ForeignKey(
        Message,
        verbose_name=_("message"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="attachments",
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        on_delete=models.PROTECT,
        related_name="+",
    )

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["uploaded_at", "pk"]


class TimeEntry(models.Model):
    """Time an advisor or expert spent on a request (the programme's follow-up figure)."""

    Channel = WorkChannel

    request = models.ForeignKey(
        Request, verbose_name=_("request"), on_delete=models.CASCADE, related_name="time_entries"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("advisor"),
        on_delete=models.PROTECT,
        related_name="guichet_time_entries",
    )
    date = models.DateField(_("date"))
    minutes = models.PositiveSmallIntegerField(_("minutes"))
    channel = models.CharField(_("channel"), max_length=10, choices=WorkChannel.choices)
    note = models.CharField(_("note"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("logged at"), default=timezone.now)

    class Meta:
        verbose_name = _("time entry")
        verbose_name_plural = _("time entries")
        ordering = ["date", "pk"]
        indexes = [
            models.Index(fields=["request", "date"], name="guichet_time_request"),
            models.Index(fields=["date"], name="guichet_time_date"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(minutes__gte=1, minutes__lte=480), name="guichet_time_minutes_1_480"
            ),
            models.CheckConstraint(
                condition=Q(channel__in=WorkChannel.values), name="guichet_time_channel_known"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.request_id} {self.date} {self.minutes} min"


class Event(models.Model):
    """Who moved a request from one state to another, and when."""

    request = models.ForeignKey(
        Request, verbose_name=_("request"), on_delete=models.CASCADE, related_name="events"
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    from_state = models.CharField(_("from"), max_length=20, choices=State.choices, blank=True)
    to_state = models.CharField(_("to"), max_length=20, choices=State.choices)
    at = models.DateTimeField(_("at"), default=timezone.now)
    note = models.CharField(_("note"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("state change")
        verbose_name_plural = _("state changes")
        ordering = ["at", "pk"]
        indexes = [models.Index(fields=["request", "at"], name="guichet_event_request")]

    def __str__(self) -> str:
        return f"{self.request_id} {self.from_state} -> {self.to_state}"


class QA(models.Model):
    """A question and its answer, rewritten without names from a closed request, published
    in the FAQ. The source request is kept for staff only."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    title = models.CharField(_("title"), max_length=200)
    question = models.TextField(_("question"), max_length=QUESTION_MAX_LENGTH)
    answer = models.TextField(_("answer"), max_length=QUESTION_MAX_LENGTH)
    kind = models.CharField(_("request kind"), max_length=20, choices=Kind.choices)
    source = models.ForeignKey(
        Request,
        verbose_name=_("source request"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="qas",
    )
    fiches = models.ManyToManyField(
        "clauses.Fiche", verbose_name=_("clause fiches"), related_name="qas", blank=True
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("written by"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)

    class Meta:
        verbose_name = _("Q&A")
        verbose_name_plural = _("Q&As")
        ordering = ["-published_at", "-created_at"]
        indexes = [models.Index(fields=["status", "published_at"], name="guichet_qa_status")]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["draft", "published"]), name="guichet_qa_status_known"
            )
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("guichet:faq") + f"#qr-{self.pk}"
