from django.contrib.auth.models import AbstractUser, Group
from django.contrib.auth.models import UserManager as DjangoUserManager
from django.contrib.sessions.base_session import AbstractBaseSession
from django.db import models
from django.db.models import Aggregate, CharField, OuterRef, Q, Subquery
from django.utils.translation import gettext_lazy as _

from .roles import Role
from .validators import validate_siret


class OrganisationKind(models.TextChoices):
    COMMUNE = "commune", _("Municipality")
    EPCI = "epci", _("Intermunicipal body (EPCI)")
    DEPARTEMENT = "departement", _("Département")
    REGION = "region", _("Region")
    SOCIAL_LANDLORD = "bailleur_social", _("Social landlord")
    HEALTH = "sante", _("Health institution")
    STATE = "etat", _("State service")
    EDUCATION = "enseignement", _("Education institution")
    COMPANY = "entreprise", _("Company")
    ASSOCIATION = "association", _("Association")
    OTHER = "autre", _("Other")


class Departement(models.TextChoices):
    AISNE = "02", _("Aisne (02)")
    NORD = "59", _("Nord (59)")
    OISE = "60", _("Oise (60)")
    PAS_DE_CALAIS = "62", _("Pas-de-Calais (62)")
    SOMME = "80", _("Somme (80)")
    OUTSIDE = "hors", _("Outside the region")


class Organisation(models.Model):
    Kind = OrganisationKind
    Departement = Departement

    name = models.CharField(_("name"), max_length=200)
    siret = models.CharField(
        _("SIRET"),
        max_length=14,
        unique=True,
        validators=[validate_siret],
        help_text=_("14 digits, as on your Kbis or in the SIRENE directory."),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    departement = models.CharField(_("département"), max_length=4, choices=Departement.choices)
    is_rural = models.BooleanField(
        _("rural or modest authority"),
        default=False,
        help_text=_("The programme's priority: small rural or modest authorities."),
    )
    is_apure_member = models.BooleanField(_("member of the APuRe network"), default=False)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]
        indexes = [models.Index(fields=["departement", "kind"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(siret__regex=r"^[0-9]{14}$"), name="organisation_siret_14_digits"
            ),
            models.CheckConstraint(
                condition=Q(kind__in=OrganisationKind.values), name="organisation_kind_known"
            ),
            models.CheckConstraint(
                condition=Q(departement__in=Departement.values),
                name="organisation_departement_known",
            ),
        ]

    def __str__(self) -> str:
        return self.name


class UserManager(DjangoUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    username = None
    email = models.EmailField(_("email address"), unique=True)
    job_title = models.CharField(_("job title"), max_length=150, blank=True)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="members",
    )
    organisation_confirmed = models.BooleanField(
        _("organisation membership confirmed"),
        default=False,
        help_text=_(
            "Only confirmed members see their organisation's shared data; network staff "
            "confirm each membership."
        ),
    )
    anonymised_at = models.DateTimeField(_("anonymised at"), null=True, blank=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["last_name", "first_name", "email"]

    def __str__(self) -> str:
        return self.get_full_name() or self.email

    @staticmethod
    def role_list_subquery(outer: str = "pk") -> Subquery:
        """The role names of the user at `outer`, comma-separated, as one column: loading a
        user with their roles is one query (apure.sessions, apure.backends)."""
        names = (
            Group.objects.filter(user=OuterRef(outer))
            .order_by()
            .values("user")
            .annotate(names=_GroupNames("name"))
            .values("names")
        )
        return Subquery(names, output_field=CharField())

    def set_role_list(self, role_list: str | None) -> None:
        self._role_names = frozenset(filter(None, (role_list or "").split(",")))

    @property
    def role_names(self) -> frozenset[str]:
        """The user's roles, read once per request object."""
        cached = getattr(self, "_role_names", None)
        if cached is None:
            if not self.is_authenticated or not self.pk:
                cached = frozenset()
            else:
                cached = frozenset(self.groups.values_list("name", flat=True))
            self._role_names = cached
        return cached

    @property
    def role_labels(self) -> list[str]:
        """The roles' names as people read them (uses prefetched groups when there are)."""
        names = {group.name for group in self.groups.all()}
        return [role.label for role in Role if role.value in names]

    def has_role(self, role: Role) -> bool:
        return self.is_active and role.value in self.role_names


class _GroupNames(Aggregate):
    """Names joined by commas (role names have none), on PostgreSQL and SQLite."""

    function = "STRING_AGG"
    template = "%(function)s(%(expressions)s, ',')"
    output_field = CharField()

    def as_sqlite(self, compiler, connection, **extra):
        return self.as_sql(compiler, connection, function="GROUP_CONCAT", **extra)


class PortalSession(AbstractBaseSession):
    """A session row that also says whose it is (see apure.sessions)."""

    user = models.ForeignKey(
        User, verbose_name=_("user"), on_delete=models.CASCADE, null=True, related_name="+"
    )

    class Meta:
        verbose_name = _("session")
        verbose_name_plural = _("sessions")

    @classmethod
    def get_session_store_class(cls):
        from .sessions import SessionStore

        return SessionStore


class AuditEntry(models.Model):
    """Who changed what and when. Written by services, never edited."""

    actor = models.ForeignKey(
        User,
        verbose_name=_("actor"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    action = models.CharField(_("action"), max_length=80)
    object_type = models.CharField(_("object type"), max_length=80, blank=True)
    object_id = models.CharField(_("object id"), max_length=64, blank=True)
    data = models.JSONField(_("data"), default=dict, blank=True)
    created_at = models.DateTimeField(_("date"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit log")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["object_type", "object_id"])]

    def __str__(self) -> str:
        return f"{self.action} {self.object_type}#{self.object_id}"


class OutboxMessage(models.Model):
    """A side effect (an email, a reminder...) written in the same transaction as the change
    that causes it, then handed to Celery by the relay. Delivered at most once per key."""

    key = models.CharField(_("key"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=80)
    payload = models.JSONField(_("payload"), default=dict)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    dispatched_at = models.DateTimeField(_("handed to the broker at"), null=True, blank=True)
    attempts = models.PositiveIntegerField(_("failed attempts"), default=0)
    delivered_at = models.DateTimeField(_("delivered at"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)

    class Meta:
        verbose_name = _("outbox message")
        verbose_name_plural = _("outbox")
        ordering = ["created_at"]
        indexes = [
            models.Index(
                fields=["created_at"],
                name="outbox_pending_idx",
                condition=Q(delivered_at__isnull=True),
            )
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.key}"


class CacheNamespace(models.Model):
    """The current version of a family of cached values (e.g. the clause catalogue's facet
    counts). Writing a new version makes every cached value of the family unreachable, in the
    same transaction as the change that made them stale."""

    name = models.CharField(_("name"), max_length=80, unique=True)
    version = models.UUIDField(_("version"))

    class Meta:
        verbose_name = _("cache namespace")
        verbose_name_plural = _("cache namespaces")

    def __str__(self) -> str:
        return f"{self.name} {self.version}"
