"""La Clause Verte: fiches (reusable clauses and criteria), their taxonomy, feedback, selections."""

from __future__ import annotations

import re

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .eforms import LABELS as EFORMS_LABELS
from .text import fold

# What a fiche slug can look like: anything else in a URL or a form is not a fiche.
SLUG_RE = re.compile(r"[-a-zA-Z0-9_]{1,120}")

# Paths under /clauses/ that a fiche slug must never shadow.
RESERVED_SLUGS = frozenset(
    {
        "selection",
        "proposer",
        "moderation",
        "kit-loi-climat",
        "catalogue",
        "mes-propositions",
        "api",
    }
)


# The one definition of a fiche's fields; every list of fields (form, catalogue columns,
# required columns, list pages, history, admin, search) is built from these.
# What a proposal, an edit or an import must give:
REQUIRED_FIELDS = ("title", "summary", "kind", "contract_type", "level", "tender_document")
# Free text, in limited Markdown or plain:
TEXT_FIELDS = ("text", "guidance", "verification", "legal_references", "sources")
# Lists of codes (JSON lists; "a|b" in a CSV cell):
CODE_LIST_FIELDS = (
    "cpv_codes",
    "eforms_strategic",
    "eforms_green",
    "eforms_social",
    "eforms_green_criteria",
)
# The fields a proposal, an edit or an import may set (status and dates belong to the workflow).
CONTENT_FIELDS = (*REQUIRED_FIELDS, *TEXT_FIELDS, *CODE_LIST_FIELDS)
RELATION_FIELDS = ("segments", "themes")
WORKFLOW_FIELDS = ("status", "version", "published_at")
# The catalogue file (export and import), in this column order; "slug" keys the rows.
CATALOGUE_COLUMNS = (
    "slug",
    *REQUIRED_FIELDS,
    *RELATION_FIELDS,
    *TEXT_FIELDS,
    *CODE_LIST_FIELDS,
    *WORKFLOW_FIELDS,
)
CATALOGUE_REQUIRED_COLUMNS = ("slug", *REQUIRED_FIELDS)
CATALOGUE_LIST_COLUMNS = frozenset((*RELATION_FIELDS, *CODE_LIST_FIELDS))
# What a list of fiches (search results, queues, panels) reads of each row.
LIST_FIELDS = (
    "pk",
    "slug",
    *REQUIRED_FIELDS,
    "status",
    "version",
    "published_at",
    "updated_at",
    "env_impact",
    "social_objective",
)
# What the search indexes, most important first (title A, summary B, text C, guidance D).
SEARCH_FIELDS = ("title", "summary", "text", "guidance")


class Segment(models.Model):
    """A purchase segment, in a two-level tree (Travaux > Bâtiment)."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("identifier"), max_length=140, unique=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent segment"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("purchase segment")
        verbose_name_plural = _("purchase segments")
        ordering = ["position", "name"]
        constraints = [
            models.UniqueConstraint(fields=["parent", "name"], name="segment_unique_name"),
            # NULL parents are distinct in a unique index: the roots need their own constraint.
            models.UniqueConstraint(
                fields=["name"],
                condition=Q(parent__isnull=True),
                name="segment_unique_root_name",
                violation_error_message=_("A top-level segment of this name already exists."),
            ),
        ]

    def __str__(self) -> str:
        if self.parent_id and self.parent:
            return f"{self.parent.name} > {self.name}"
        return self.name

    def clean(self) -> None:
        if self.parent_id and self.parent and self.parent.parent_id:
            raise ValidationError({"parent": _("Segments have two levels only.")})


class Theme(models.Model):
    code = models.SlugField(_("code"), max_length=60, unique=True)
    label = models.CharField(_("label"), max_length=120)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["position", "label"]

    def __str__(self) -> str:
        return self.label


# The choices are module-level so that Meta.constraints can name them.
class FicheKind(models.TextChoices):
    TECHNICAL_SPEC = "technical_spec", _("Technical specification")
    AWARD_CRITERION = "award_criterion", _("Award criterion")
    EXECUTION_CONDITION = "execution_condition", _("Execution condition")
    SELECTION_CRITERION = "selection_criterion", _("Selection criterion")
    SOCIAL_CLAUSE = "social_clause", _("Social insertion clause")


class FicheContractType(models.TextChoices):
    WORKS = "works", _("Works")
    SUPPLIES = "supplies", _("Supplies")
    SERVICES = "services", _("Services")


class FicheLevel(models.TextChoices):
    BASE = "base", _("Basic")
    ADVANCED = "advanced", _("Advanced")
    EXEMPLARY = "exemplary", _("Exemplary")


class FicheTenderDocument(models.TextChoices):
    RC = "RC", _("RC (consultation rules)")
    AE = "AE", _("AE (deed of commitment)")
    CCAP = "CCAP", _("CCAP (administrative clauses)")
    CCTP = "CCTP", _("CCTP (technical clauses)")
    BPU = "BPU", _("BPU (unit price schedule)")
    DPGF = "DPGF", _("DPGF (lump-sum price breakdown)")


class FicheStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    REVIEW = "review", _("In review")
    PUBLISHED = "published", _("Published")
    ARCHIVED = "archived", _("Archived")


class Synonym(models.Model):
    """Buyer vocabulary: a word buyers type ("cantine") and the catalogue's words it stands for
    ("restauration scolaire, restauration collective"). A search for the buyer's word also
    finds the catalogue's, and ranks the fiches of the entry's segment first."""

    term = models.CharField(
        _("buyers' word"),
        max_length=80,
        unique=True,
        help_text=_(
            "A word or a short phrase, as buyers type it (accents and case do not matter)."
        ),
    )
    expansions = models.TextField(
        _("catalogue words"),
        help_text=_("Separated by commas; each is searched as an alternative to the buyers' word."),
    )
    segment = models.ForeignKey(
        "Segment",
        verbose_name=_("purchase segment"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="synonyms",
        help_text=_("Optional: its fiches come first when the buyers' word is searched."),
    )

    class Meta:
        verbose_name = _("buyer synonym")
        verbose_name_plural = _("buyer thesaurus")
        ordering = ["term"]
        constraints = [
            models.CheckConstraint(condition=~Q(term=""), name="synonym_term_not_empty"),
        ]

    def __str__(self) -> str:
        return self.term

    def expansion_list(self) -> list[str]:
        return [part.strip() for part in self.expansions.split(",") if part.strip()]


class FicheQuerySet(models.QuerySet):
    def published(self) -> FicheQuerySet:
        return self.filter(status=Fiche.Status.PUBLISHED)


# Full history of every fiche, kept here so services can write a version themselves once the
# relations are set (see services.fiche_create).
FICHE_HISTORY = HistoricalRecords(
    excluded_fields=[
        "search_title",
        "search_document",
        "search_vector",
        "copy_count",
        "updated_at",
        "verified_at",
        "env_impact",
        "social_objective",
    ],
    m2m_fields=["segments", "themes"],
)


class Fiche(models.Model):
    """One reusable clause or criterion, ready to paste into a tender document."""

    Kind = FicheKind
    ContractType = FicheContractType
    Level = FicheLevel
    TenderDocument = FicheTenderDocument
    Status = FicheStatus

    class Strategic(models.TextChoices):
        """eForms BT-06, strategic procurement."""

        ENV_IMP = "env-imp", _("Reduction of environmental impacts")
        SOC_OBJ = "soc-obj", _("Social objective")
        INN_PUR = "inn-pur", _("Innovative purchase")

    class GreenCriteria(models.TextChoices):
        """eForms BT-805, green procurement criteria."""

        EU = "eu", _("EU green public procurement criteria")
        NATIONAL = "national", _("National green public procurement criteria")
        OTHER = "other", _("Other green public procurement criteria")

    slug = models.SlugField(
        _("identifier"),
        max_length=120,
        unique=True,
        help_text=_("Lowercase words separated by dashes; it appears in the address and exports."),
    )
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"), max_length=1000)
    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices)
    contract_type = models.CharField(
        _("contract type"), max_length=20, choices=ContractType.choices
    )
    segments = models.ManyToManyField(
        Segment, verbose_name=_("purchase segments"), related_name="fiches", blank=True
    )
    themes = models.ManyToManyField(
        Theme, verbose_name=_("themes"), related_name="fiches", blank=True
    )
    level = models.CharField(_("ambition level"), max_length=20, choices=Level.choices)
    tender_document = models.CharField(
        _("tender document"), max_length=10, choices=TenderDocument.choices
    )
    text = models.TextField(
        _("clause text"),
        blank=True,
        help_text=_("Ready to paste. Limited Markdown: paragraphs, **bold**, *italics*, lists."),
    )
    guidance = models.TextField(
        _("guidance"), blank=True, help_text=_("Context and pitfalls, in limited Markdown.")
    )
    verification = models.TextField(
        _("how to verify"), blank=True, help_text=_("Proofs, labels, certificates.")
    )
    legal_references = models.TextField(
        _("legal references"), blank=True, help_text=_("Articles of the public procurement code.")
    )
    cpv_codes = models.JSONField(_("CPV codes"), default=list, blank=True)
    sources = models.TextField(_("sources"), blank=True)
    eforms_strategic = models.JSONField(
        _("eForms strategic procurement (BT-06)"), default=list, blank=True
    )
    eforms_green = models.JSONField(
        _("eForms green procurement (BT-774)"), default=list, blank=True
    )
    eforms_social = models.JSONField(
        _("eForms social procurement (BT-775)"), default=list, blank=True
    )
    eforms_green_criteria = models.JSONField(
        _("eForms green procurement criteria (BT-805)"), default=list, blank=True
    )
    # BT-06 flags, derived from eforms_strategic (and the kind) on save so the Loi Climat kit
    # can filter in SQL on both databases (JSON containment is not available on SQLite).
    env_impact = models.BooleanField(default=False, editable=False)
    social_objective = models.BooleanField(default=False, editable=False)

    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="clause_fiches",
    )
    organisation = models.ForeignKey(
        "apure.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="clause_fiches",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT
    )
    review_comment = models.TextField(
        _("reviewer's comment"), blank=True, help_text=_("What staff asked the author to change.")
    )
    version = models.PositiveIntegerField(_("version"), default=1)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    verified_at = models.DateField(
        _("verified on"),
        null=True,
        blank=True,
        help_text=_("When staff last checked the clause against the law and the guides."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last updated"), auto_now=True)
    copy_count = models.PositiveIntegerField(_("copies"), default=0)

    # Search columns, kept current by save(): accent-folded text for SQLite, a weighted
    # tsvector on PostgreSQL (see search.py).
    search_title = models.CharField(max_length=200, blank=True, editable=False)
    search_document = models.TextField(blank=True, editable=False)
    search_vector = SearchVectorField(null=True, editable=False)

    history = FICHE_HISTORY
    objects = FicheQuerySet.as_manager()

    class Meta:
        verbose_name = _("clause fiche")
        verbose_name_plural = _("clause fiches")
        ordering = ["-published_at", "-pk"]
        indexes = [
            models.Index(fields=["status", "-published_at"], name="fiche_status_published_idx"),
            models.Index(fields=["status", "contract_type", "kind"], name="fiche_kit_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=FicheStatus.values),
                name="fiche_status_valid",
            ),
            models.CheckConstraint(
                condition=Q(kind__in=FicheKind.values),
                name="fiche_kind_valid",
            ),
            models.CheckConstraint(
                condition=Q(contract_type__in=FicheContractType.values),
                name="fiche_contract_type_valid",
            ),
            models.CheckConstraint(
                condition=Q(level__in=FicheLevel.values),
                name="fiche_level_valid",
            ),
            models.CheckConstraint(
                condition=~Q(status=FicheStatus.PUBLISHED)
                | (~Q(text="") & Q(published_at__isnull=False)),
                name="fiche_published_has_text_and_date",
            ),
            models.CheckConstraint(condition=~Q(title=""), name="fiche_title_not_empty"),
            models.CheckConstraint(condition=~Q(slug=""), name="fiche_slug_not_empty"),
            models.CheckConstraint(condition=Q(version__gte=1), name="fiche_version_positive"),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs) -> None:
        # Normalisation only: derived flags and search columns.
        strategic = set(self.eforms_strategic or [])
        self.env_impact = self.Strategic.ENV_IMP in strategic
        # A social insertion clause is social whatever its BT-06 codes say (the PNAD counts it).
        self.social_objective = (
            self.Strategic.SOC_OBJ in strategic or self.kind == self.Kind.SOCIAL_CLAUSE
        )
        self.search_title = fold(self.title)[:200]
        self.search_document = fold(
            "\n".join([*(getattr(self, name) for name in SEARCH_FIELDS), self.slug])
        )
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            update_fields = set(update_fields)
            if update_fields & {*SEARCH_FIELDS, "slug"}:
                update_fields |= {"search_title", "search_document"}
            if update_fields & {"eforms_strategic", "kind"}:
                update_fields |= {"env_impact", "social_objective"}
            kwargs["update_fields"] = update_fields
        super().save(*args, **kwargs)
        from .search.plan import refresh_search_vector

        if update_fields is None or update_fields & set(SEARCH_FIELDS):
            refresh_search_vector(self.pk)

    def get_absolute_url(self) -> str:
        return reverse("clauses:detail", kwargs={"slug": self.slug})

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED

    @property
    def changes_requested(self) -> bool:
        """Staff sent the draft back to its author with a comment."""
        return self.status == self.Status.DRAFT and bool(self.review_comment)

    def clean(self) -> None:
        errors: dict[str, list] = {}
        if self.slug in RESERVED_SLUGS:
            errors.setdefault("slug", []).append(_("This identifier is reserved by the portal."))
        if self.status == self.Status.PUBLISHED and not self.text.strip():
            errors.setdefault("text", []).append(_("A published fiche needs a clause text."))
        checks = [
            ("eforms_strategic", set(self.Strategic.values)),
            ("eforms_green", set(EFORMS_LABELS["BT-774"])),
            ("eforms_social", set(EFORMS_LABELS["BT-775"])),
            ("eforms_green_criteria", set(self.GreenCriteria.values)),
        ]
        for name, allowed in checks:
            values = getattr(self, name) or []
            if not isinstance(values, list) or any(v not in allowed for v in values):
                errors.setdefault(name, []).append(
                    _("Unknown code; allowed: %(codes)s.") % {"codes": ", ".join(sorted(allowed))}
                )
        cpv_codes = self.cpv_codes or []
        if not isinstance(cpv_codes, list) or not all(isinstance(v, str) for v in cpv_codes):
            errors.setdefault("cpv_codes", []).append(_("Give a list of codes."))
        else:
            for value in cpv_codes:
                try:
                    CPV_VALIDATOR(value)
                except ValidationError as exc:
                    errors.setdefault("cpv_codes", []).extend(exc.messages)
        if errors:
            raise ValidationError(errors)

    def loi_climat(self) -> dict[str, bool]:
        """Which Loi Climat / PNAD requirements this fiche lets a contract meet (by code)."""
        from .loi_climat import REQUIREMENTS

        return {r.code: r.met_by(self) for r in REQUIREMENTS}

    def legal_links(self) -> list:
        """Légifrance links for the articles and laws of the legal references."""
        from .legal import legal_links

        return legal_links(self.legal_references)

    def eforms_labels(self) -> dict[str, list[str]]:
        from .eforms import label_for

        return {
            "strategic": [label_for("BT-06", c) for c in self.eforms_strategic or []],
            "green": [label_for("BT-774", c) for c in self.eforms_green or []],
            "social": [label_for("BT-775", c) for c in self.eforms_social or []],
            "green_criteria": [label_for("BT-805", c) for c in self.eforms_green_criteria or []],
        }


CPV_RE = re.compile(r"^[0-9]{8}(-[0-9])?$")
CPV_VALIDATOR = RegexValidator(
    CPV_RE, _("A CPV code has eight digits, optionally a dash and a check digit.")
)


class FeedbackStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for moderation")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


class Feedback(models.Model):
    """A buyer's word on a fiche, shown once staff approve it."""

    Status = FeedbackStatus

    fiche = models.ForeignKey(
        Fiche, verbose_name=_("fiche"), on_delete=models.CASCADE, related_name="feedbacks"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="clause_feedbacks",
    )
    used_in_contract = models.BooleanField(_("used in a contract"), default=False)
    comment = models.TextField(_("comment"), blank=True, max_length=2000)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    created_at = models.DateTimeField(_("date"), auto_now_add=True)
    moderated_at = models.DateTimeField(_("moderated at"), null=True, blank=True)

    class Meta:
        verbose_name = _("feedback")
        verbose_name_plural = _("feedback")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["fiche", "author"],
                condition=Q(author__isnull=False),
                name="feedback_one_per_author",
            ),
            models.CheckConstraint(
                condition=Q(status__in=FeedbackStatus.values),
                name="feedback_status_valid",
            ),
            models.CheckConstraint(
                condition=Q(used_in_contract=True) | ~Q(comment=""),
                name="feedback_not_empty",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.fiche} ({self.get_status_display()})"


SELECTION_NAME_MAX = 200


class Selection(models.Model):
    """A signed-in buyer's selection, one per contract they prepare (the canteen, the cleaning,
    the roads); visitors keep a single one in the session. One of a user's selections is the
    active one: "Add to my selection" adds there and the header counter counts it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="clause_selections",
    )
    name = models.CharField(
        _("name"),
        max_length=SELECTION_NAME_MAX,
        help_text=_("The contract's object, as the exported document's title."),
    )
    contract_type = models.CharField(
        _("contract type"), max_length=20, choices=FicheContractType.choices, blank=True
    )
    segment = models.ForeignKey(
        Segment,
        verbose_name=_("purchase segment"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    is_active = models.BooleanField(_("active"), default=False)
    fiches = models.ManyToManyField(
        Fiche, through="SelectionItem", related_name="+", verbose_name=_("fiches")
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last updated"), auto_now=True)

    class Meta:
        verbose_name = _("selection")
        verbose_name_plural = _("selections")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user"],
                condition=Q(is_active=True),
                name="selection_one_active_per_user",
            ),
            models.CheckConstraint(condition=~Q(name=""), name="selection_name_not_empty"),
            models.CheckConstraint(
                condition=Q(contract_type="") | Q(contract_type__in=FicheContractType.values),
                name="selection_contract_type_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.user})"


class SelectionItem(models.Model):
    selection = models.ForeignKey(
        Selection, verbose_name=_("selection"), on_delete=models.CASCADE, related_name="items"
    )
    fiche = models.ForeignKey(
        Fiche, verbose_name=_("fiche"), on_delete=models.CASCADE, related_name="selection_items"
    )
    added_at = models.DateTimeField(_("added at"), auto_now_add=True)

    class Meta:
        verbose_name = _("selected fiche")
        verbose_name_plural = _("selected fiches")
        ordering = ["added_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["selection", "fiche"], name="selection_item_unique")
        ]

    def __str__(self) -> str:
        return f"{self.selection} · {self.fiche}"
