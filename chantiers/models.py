"""Calls for exploration projects (appels à chantiers), proposals, ballots and chantiers.

A call's phase is never stored: it is computed from its dates and from the staff's actions
(`published_at`, `results_published_at`, `closed_at`) at the moment a page is rendered, so it
changes at the right minute without anyone pressing a button.
"""

from __future__ import annotations

import secrets
from datetime import datetime

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from apure.files import PrivateFile

# Paths under /chantiers/ that a chantier slug can never take.
RESERVED_SLUGS = frozenset({"appels", "collectif", "nouveau", "export", "livrables"})

DEFAULT_LICENCE = "Licence Ouverte / Etalab 2.0"


def new_secret() -> str:
    return secrets.token_hex(16)


class Phase(models.TextChoices):
    DRAFT = "draft", _("Draft")
    ANNOUNCED = "announced", _("Announced")
    PROPOSALS = "proposals", _("Open for proposals")
    REVIEW = "review", _("Eligibility review")
    VOTING = "voting", _("Voting")
    COUNTING = "counting", _("Vote closed, results pending")
    RESULTS = "results", _("Results published")
    RUNNING = "running", _("Chantiers running")
    CLOSED = "closed", _("Closed")


class Theme(models.TextChoices):
    STRATEGY = "strategie", _("Strategy and SPASER")
    EVALUATION = "evaluation", _("Evaluation and indicators")
    CLAUSES = "clauses", _("Clauses and criteria")
    SOCIAL = "social", _("Social insertion and solidarity")
    CIRCULAR = "circulaire", _("Circular economy")
    CLIMATE = "climat", _("Climate and energy")
    FOOD = "alimentation", _("Sustainable food")
    SOURCING = "sourcing", _("Sourcing and dialogue with businesses")


class CallQuerySet(models.QuerySet):
    def visible(self) -> CallQuerySet:
        """Calls staff have made public."""
        return self.filter(published_at__isnull=False)

    def in_voting(self, now: datetime | None = None) -> CallQuerySet:
        now = now or timezone.now()
        return self.visible().filter(voting_opens_at__lte=now, voting_closes_at__gt=now)


class Call(models.Model):
    slug = models.SlugField(_("address"), max_length=120, unique=True)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"))
    eligibility_rules = models.TextField(
        _("eligibility rules"), help_text=_("Who may propose, and what a proposal must contain.")
    )
    proposals_open_at = models.DateTimeField(_("proposals open"))
    proposals_close_at = models.DateTimeField(_("proposals close"))
    voting_opens_at = models.DateTimeField(_("voting opens"))
    voting_closes_at = models.DateTimeField(_("voting closes"))
    max_choices = models.PositiveSmallIntegerField(
        _("maximum choices per ballot"), default=3, help_text=_("Between 1 and 20.")
    )
    seats = models.PositiveSmallIntegerField(
        _("chantiers to select"), default=2, help_text=_("Between 1 and 20.")
    )
    # Staff actions that move the phase.
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    selection_confirmed_at = models.DateTimeField(
        _("selection confirmed at"), null=True, blank=True
    )
    selection_reason = models.TextField(_("reason for the selection"), blank=True)
    results_published_at = models.DateTimeField(_("results published at"), null=True, blank=True)
    electorate = models.PositiveIntegerField(
        _("members who could vote"), null=True, blank=True, help_text=_("Fixed at publication.")
    )
    work_starts_at = models.DateTimeField(
        _("chantiers start"),
        null=True,
        blank=True,
        help_text=_("When the selected chantiers begin; empty: as soon as results are published."),
    )
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    # Periodic emails: stamped in the transaction that enqueues them (sent once).
    voting_open_notified_at = models.DateTimeField(null=True, blank=True, editable=False)
    voting_reminder_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    # Seeds the per-voter order of proposals and the pseudonymous voter ids; never shown.
    secret = models.CharField(max_length=64, default=new_secret, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("created by"),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = CallQuerySet.as_manager()

    class Meta:
        verbose_name = _("call for chantiers")
        verbose_name_plural = _("calls for chantiers")
        ordering = ["-voting_closes_at"]
        indexes = [models.Index(fields=["voting_opens_at", "voting_closes_at"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(proposals_close_at__gt=F("proposals_open_at")),
                name="call_proposal_window_ordered",
            ),
            models.CheckConstraint(
                condition=Q(voting_opens_at__gte=F("proposals_close_at")),
                name="call_voting_after_proposals",
            ),
            models.CheckConstraint(
                condition=Q(voting_closes_at__gt=F("voting_opens_at")),
                name="call_voting_window_ordered",
            ),
            models.CheckConstraint(
                condition=Q(max_choices__gte=1, max_choices__lte=20),
                name="call_max_choices_range",
            ),
            models.CheckConstraint(
                condition=Q(seats__gte=1, seats__lte=20), name="call_seats_range"
            ),
            models.CheckConstraint(
                condition=Q(work_starts_at__isnull=True)
                | Q(work_starts_at__gte=F("voting_closes_at")),
                name="call_work_after_voting",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("chantiers:call", args=[self.slug])

    def phase_at(self, now: datetime | None = None) -> str:
        now = now or timezone.now()
        if self.published_at is None:
            return Phase.DRAFT
        if self.closed_at is not None:
            return Phase.CLOSED
        if self.results_published_at is not None:
            start = self.work_starts_at or self.results_published_at
            return Phase.RUNNING if now >= start else Phase.RESULTS
        if now < self.proposals_open_at:
            return Phase.ANNOUNCED
        if now < self.proposals_close_at:
            return Phase.PROPOSALS
        if now < self.voting_opens_at:
            return Phase.REVIEW
        if now < self.voting_closes_at:
            return Phase.VOTING
        return Phase.COUNTING

    @property
    def phase(self) -> str:
        # Computed once per object (one page view), so a page never shows two phases.
        if not hasattr(self, "_phase"):
            self._phase = self.phase_at()
        return self._phase

    @property
    def phase_label(self) -> str:
        return Phase(self.phase).label

    def accepts_proposals(self, now: datetime | None = None) -> bool:
        return self.phase_at(now) == Phase.PROPOSALS

    def is_voting(self, now: datetime | None = None) -> bool:
        return self.phase_at(now) == Phase.VOTING

    def vote_closed(self, now: datetime | None = None) -> bool:
        """Counts exist for nobody before this is true."""
        return (now or timezone.now()) >= self.voting_closes_at

    @property
    def has_results(self) -> bool:
        return self.results_published_at is not None


class Proposal(models.Model):
    class Eligibility(models.TextChoices):
        PENDING = "pending", _("Awaiting review")
        ELIGIBLE = "eligible", _("Eligible")
        INELIGIBLE = "ineligible", _("Not eligible")

    class DeliverableKind(models.TextChoices):
        TEXT = "text", _("Text")
        DOCUMENT = "document", _("Document")
        VIDEO = "video", _("Video")
        METHOD = "method", _("Method")
        TOOL = "tool", _("Tool")

    call = models.ForeignKey(
        Call, on_delete=models.CASCADE, related_name="proposals", verbose_name=_("call")
    )
    slug = models.SlugField(_("address"), max_length=120, unique=True)
    title = models.CharField(_("title"), max_length=200)
    theme = models.CharField(_("theme"), max_length=20, choices=Theme.choices)
    problem = models.TextField(_("problem statement"))
    lead_organisation = models.ForeignKey(
        "apure.Organisation",
        on_delete=models.PROTECT,
        related_name="chantier_proposals",
        verbose_name=_("lead organisation"),
    )
    lead = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="chantier_proposals",
        verbose_name=_("lead person (chef de file)"),
    )
    deliverable_kind = models.CharField(
        _("kind of deliverable"), max_length=10, choices=DeliverableKind.choices
    )
    deliverable = models.TextField(_("deliverable"))
    needs_material = models.TextField(_("material needs"), blank=True)
    needs_intellectual = models.TextField(_("intellectual needs"), blank=True)
    timeline = models.TextField(_("timeline"))
    eligibility = models.CharField(
        _("eligibility"), max_length=10, choices=Eligibility.choices, default=Eligibility.PENDING
    )
    eligibility_reason = models.TextField(_("reason"), blank=True)
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    selected = models.BooleanField(_("selected"), default=False)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("proposal")
        verbose_name_plural = _("proposals")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["call", "eligibility"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(eligibility__in=["pending", "eligible", "ineligible"]),
                name="proposal_eligibility_known",
            ),
            models.CheckConstraint(
                condition=Q(selected=False) | Q(eligibility="eligible"),
                name="proposal_selected_is_eligible",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("chantiers:proposal", args=[self.call.slug, self.slug])

    @property
    def is_eligible(self) -> bool:
        return self.eligibility == self.Eligibility.ELIGIBLE


class CollectiveMember(models.Model):
    """A person invited into a proposal's collective; they confirm themselves."""

    proposal = models.ForeignKey(
        Proposal, on_delete=models.CASCADE, related_name="collective", verbose_name=_("proposal")
    )
    email = models.EmailField(_("email address"))
    role = models.CharField(_("role in the collective"), max_length=150)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="chantier_collectives",
        verbose_name=_("person"),
    )
    invited_at = models.DateTimeField(_("invited at"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("collective member")
        verbose_name_plural = _("collective members")
        ordering = ["invited_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["proposal", "email"], name="collective_one_per_email")
        ]
        indexes = [models.Index(fields=["user", "confirmed_at"])]

    def __str__(self) -> str:
        return self.email

    @property
    def is_confirmed(self) -> bool:
        return self.confirmed_at is not None


class Ballot(models.Model):
    """One member's approval ballot in one call, replaced as often as they want until the
    close. Who chose what is never shown; `voter_key` is the pseudonym of the audit export,
    kept when the account is deleted."""

    call = models.ForeignKey(Call, on_delete=models.CASCADE, related_name="ballots")
    voter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="chantier_ballots",
    )
    voter_key = models.CharField(max_length=64)
    organisation = models.ForeignKey(
        "apure.Organisation", on_delete=models.PROTECT, related_name="chantier_ballots"
    )
    cast_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    revision = models.PositiveIntegerField(default=1)

    class Meta:
        verbose_name = _("ballot")
        verbose_name_plural = _("ballots")
        constraints = [
            models.UniqueConstraint(fields=["call", "voter"], name="ballot_one_per_member"),
            models.UniqueConstraint(fields=["call", "voter_key"], name="ballot_one_per_pseudonym"),
        ]

    def __str__(self) -> str:
        return f"{self.call_id}:{self.voter_key[:8]}"


class BallotChoice(models.Model):
    ballot = models.ForeignKey(Ballot, on_delete=models.CASCADE, related_name="choices")
    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["ballot", "proposal"], name="ballot_choice_once")
        ]
        indexes = [models.Index(fields=["proposal"])]

    def __str__(self) -> str:
        return f"{self.ballot_id}:{self.proposal_id}"


class Chantier(models.Model):
    class Status(models.TextChoices):
        RUNNING = "running", _("Running")
        DELIVERED = "delivered", _("Delivered")

    proposal = models.OneToOneField(
        Proposal, on_delete=models.PROTECT, related_name="chantier", verbose_name=_("proposal")
    )
    slug = models.SlugField(_("address"), max_length=120, unique=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.RUNNING
    )
    started_at = models.DateTimeField(_("started at"), default=timezone.now)
    delivered_at = models.DateTimeField(_("delivered at"), null=True, blank=True)

    class Meta:
        verbose_name = _("chantier")
        verbose_name_plural = _("chantiers")
        ordering = ["-started_at", "pk"]
        indexes = [models.Index(fields=["status", "started_at"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["running", "delivered"]), name="chantier_status_known"
            )
        ]

    def __str__(self) -> str:
        return self.proposal.title

    def get_absolute_url(self) -> str:
        return reverse("chantiers:chantier", args=[self.slug])


class ProgressEntry(models.Model):
    chantier = models.ForeignKey(Chantier, on_delete=models.CASCADE, related_name="progress")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    date = models.DateField(_("date"))
    text = models.TextField(_("what happened"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("progress entry")
        verbose_name_plural = _("progress log")
        ordering = ["-date", "-pk"]
        indexes = [models.Index(fields=["chantier", "date"])]

    def __str__(self) -> str:
        return f"{self.date:%Y-%m-%d} {self.text[:40]}"


class Deliverable(models.Model):
    chantier = models.ForeignKey(Chantier, on_delete=models.CASCADE, related_name="deliverables")
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    url = models.URLField(_("link"), blank=True, max_length=500)
    licence = models.CharField(_("licence"), max_length=120, default=DEFAULT_LICENCE)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)

    class Meta:
        verbose_name = _("deliverable")
        verbose_name_plural = _("deliverables")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["chantier", "published_at"])]

    def __str__(self) -> str:
        return self.title

    @property
    def is_published(self) -> bool:
        return self.published_at is not None


class DeliverableFile(PrivateFile):
    deliverable = models.OneToOneField(Deliverable, on_delete=models.CASCADE, related_name="upload")

    class Meta:
        verbose_name = _("deliverable file")
        verbose_name_plural = _("deliverable files")
