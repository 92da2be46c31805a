"""Every write of the core app: profile, organisation, roles, personal data."""

from typing import Any

from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from .audit import audit_log
from .errors import DomainError
from .models import AuditEntry, Organisation, PortalSession, User
from .outbox import outbox_forget_recipient
from .registry import registry
from .roles import Role


@transaction.atomic
def user_update_profile(*, user: User, first_name: str, last_name: str, job_title: str) -> User:
    user.first_name = first_name.strip()
    user.last_name = last_name.strip()
    user.job_title = job_title.strip()
    user.full_clean(exclude=["password"])
    user.save(update_fields=["first_name", "last_name", "job_title"])
    audit_log(actor=user, action="user.profile_updated", obj=user)
    return user


@transaction.atomic
def organisation_join_or_create(
    *,
    user: User,
    siret: str,
    name: str = "",
    kind: str = "",
    departement: str = "",
    is_rural: bool = False,
) -> Organisation:
    """Attach the user to the organisation with this SIRET, creating it if it is new.

    A SIRET is public: knowing one must not open an organisation's shared data. So every
    membership, including that of whoever registers the organisation, waits for network
    staff to confirm it; until then the person uses the portal for themselves only.
    """
    organisation = Organisation.objects.select_for_update().filter(siret=siret).first()
    created = organisation is None
    if created:
        organisation = Organisation(
            siret=siret, name=name.strip(), kind=kind, departement=departement, is_rural=is_rural
        )
        organisation.full_clean(validate_unique=False)
        try:
            with transaction.atomic():
                organisation.save()
        except IntegrityError:
            # Someone registered the same SIRET at the same instant: join theirs.
            organisation = Organisation.objects.select_for_update().get(siret=siret)
            created = False
        else:
            audit_log(actor=user, action="organisation.created", obj=organisation)
    if user.organisation_id != organisation.pk:
        user.organisation = organisation
        user.organisation_confirmed = False
        user.save(update_fields=["organisation", "organisation_confirmed"])
        audit_log(
            actor=user, action="user.organisation_joined", obj=user, organisation=organisation.pk
        )
    return organisation


@transaction.atomic
def user_complete_signup(*, user: User, organisation: dict[str, Any]) -> User:
    """After allauth created the account: attach the organisation and make the person a buyer,
    the role of nearly everyone who signs up; staff grant the others."""
    organisation_join_or_create(user=user, **organisation)
    user.groups.add(Group.objects.get(name=Role.BUYER.value))
    audit_log(actor=user, action="user.signed_up", obj=user)
    return user


@transaction.atomic
def user_set_roles(*, user: User, roles: set[Role], by: User) -> User:
    """Grant exactly these roles. Network staff also get the admin (`is_staff`)."""
    groups = {group.name: group for group in Group.objects.filter(name__in=Role.values)}
    missing = set(Role.values) - set(groups)
    if missing:
        raise DomainError(_("The roles are not installed; run the migrations."))
    before = set(user.groups.filter(name__in=Role.values).values_list("name", flat=True))
    after = {role.value for role in roles}
    user.groups.remove(*[groups[name] for name in before - after])
    user.groups.add(*[groups[name] for name in after - before])
    is_staff = Role.STAFF.value in after or user.is_superuser
    if user.is_staff != is_staff:
        user.is_staff = is_staff
        user.save(update_fields=["is_staff"])
    user.__dict__.pop("_role_names", None)
    if before != after:
        audit_log(
            actor=by,
            action="user.roles_changed",
            obj=user,
            before=sorted(before),
            after=sorted(after),
        )
    return user


@transaction.atomic
def user_set_organisation_confirmed(*, user: User, confirmed: bool, by: User) -> User:
    """Staff confirm (or revoke) a person's membership of their organisation."""
    confirmed = confirmed and user.organisation_id is not None
    if user.organisation_confirmed != confirmed:
        user.organisation_confirmed = confirmed
        user.save(update_fields=["organisation_confirmed"])
        action = "confirmed" if confirmed else "revoked"
        audit_log(actor=by, action=f"user.organisation_{action}", obj=user)
    return user


def user_export_data(*, user: User) -> dict[str, Any]:
    """Everything the portal holds about this person, as JSON-ready data (RGPD art. 15/20)."""
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator

    organisation = user.organisation
    data: dict[str, Any] = {
        "exported_at": timezone.now().isoformat(),
        "account": {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "job_title": user.job_title,
            "date_joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
            "roles": sorted(user.role_names),
        },
        "organisation": None
        if organisation is None
        else {
            "name": organisation.name,
            "siret": organisation.siret,
            "kind": organisation.kind,
            "departement": organisation.departement,
            "membership_confirmed": user.organisation_confirmed,
        },
        "email_addresses": [
            {"email": a.email, "verified": a.verified, "primary": a.primary}
            for a in EmailAddress.objects.filter(user=user).order_by("email")
        ],
        "two_factor_methods": [
            {"type": a.type, "created_at": a.created_at.isoformat()}
            for a in Authenticator.objects.filter(user=user).order_by("pk")
        ],
        "activity": [
            {"date": e.created_at.isoformat(), "action": e.action}
            for e in AuditEntry.objects.filter(
                Q(actor=user) | Q(object_type=user._meta.label_lower, object_id=str(user.pk))
            ).order_by("created_at")
        ],
    }
    for part in registry.personal_data:
        data[part.key] = part.export(user)
    return data


@transaction.atomic
def user_delete_account(*, user: User) -> User:
    """Erase the person, keep the statistics: the row stays, anonymised, with its organisation."""
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator

    for part in registry.personal_data:
        if part.erase is not None:
            part.erase(user)
    for address in EmailAddress.objects.filter(user=user).values_list("email", flat=True):
        outbox_forget_recipient(email=address)
    outbox_forget_recipient(email=user.email)
    EmailAddress.objects.filter(user=user).delete()
    Authenticator.objects.filter(user=user).delete()
    user_id = user.pk
    user.email = f"supprime-{user_id}@anonyme.invalid"
    user.first_name = ""
    user.last_name = ""
    user.job_title = ""
    user.is_active = False
    user.is_staff = False
    user.is_superuser = False
    user.set_unusable_password()
    user.anonymised_at = timezone.now()
    user.save()
    user.groups.clear()
    user.user_permissions.clear()
    # The admin's change history names people by their full name.
    LogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(User), object_id=str(user_id)
    ).update(object_repr=str(user))
    _delete_sessions_of(user_id)
    audit_log(actor=None, action="user.deleted", obj=user)
    return user


def _delete_sessions_of(user_id: int) -> None:
    PortalSession.objects.filter(user_id=user_id).delete()


def contact_message_send(
    *, name: str, email: str, organisation: str, subject: str, subject_label: str, message: str
) -> None:
    """Forward a message of the contact page to the programme's team (through the outbox)."""
    from django.conf import settings

    from .emails import email_enqueue

    email_enqueue(
        to=[settings.CONTACT_EMAIL],
        template="apure/contact",
        context={
            "name": name,
            "email": email,
            "organisation": organisation,
            "subject": subject_label,
            "message": message,
        },
    )
    audit_log(actor=None, action="contact_message", subject=subject)
