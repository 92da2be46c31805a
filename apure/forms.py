from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .models import Organisation, User
from .roles import Role
from .validators import normalise_siret, validate_siret


class OrganisationFieldsMixin(forms.Form):
    """Fields to name one's organisation by SIRET, with what we need to create it."""

    organisation_siret = forms.CharField(
        label=_("SIRET of your organisation"),
        max_length=20,
        help_text=_("14 digits. If your organisation is already registered, you will join it."),
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )
    organisation_name = forms.CharField(
        label=_("Name of your organisation"), max_length=200, required=False
    )
    organisation_kind = forms.ChoiceField(
        label=_("Kind of organisation"),
        choices=[("", "—"), *Organisation.Kind.choices],
        required=False,
    )
    organisation_departement = forms.ChoiceField(
        label=_("Département"),
        choices=[("", "—"), *Organisation.Departement.choices],
        required=False,
    )
    organisation_is_rural = forms.BooleanField(label=_("Rural or modest authority"), required=False)

    def clean_organisation_siret(self) -> str:
        siret = normalise_siret(self.cleaned_data["organisation_siret"])
        validate_siret(siret)
        return siret

    def clean(self):
        cleaned = super().clean()
        siret = cleaned.get("organisation_siret")
        if siret and not Organisation.objects.filter(siret=siret).exists():
            for name in ("organisation_name", "organisation_kind", "organisation_departement"):
                if not cleaned.get(name):
                    self.add_error(
                        name,
                        ValidationError(
                            _("This organisation is new to the portal: please fill in this field."),
                            code="required",
                        ),
                    )
        return cleaned

    def organisation_kwargs(self) -> dict:
        c = self.cleaned_data
        return {
            "siret": c["organisation_siret"],
            "name": c.get("organisation_name", ""),
            "kind": c.get("organisation_kind", ""),
            "departement": c.get("organisation_departement", ""),
            "is_rural": c.get("organisation_is_rural", False),
        }


class SignupForm(OrganisationFieldsMixin):
    """Extra fields of allauth's signup form (allauth adds email and passwords)."""

    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    field_order = [
        "first_name",
        "last_name",
        "email",
        "password1",
        "password2",
        "organisation_siret",
        "organisation_name",
        "organisation_kind",
        "organisation_departement",
        "organisation_is_rural",
    ]

    def signup(self, request, user: User) -> None:
        from .services import user_complete_signup

        user_complete_signup(user=user, organisation=self.organisation_kwargs())


class ProfileForm(forms.Form):
    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    job_title = forms.CharField(label=_("Job title"), max_length=150, required=False)


class OrganisationForm(OrganisationFieldsMixin):
    pass


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Your password"),
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    confirm = forms.BooleanField(
        label=_("I understand that my account will be deleted and cannot be recovered."),
    )

    def __init__(self, *args, user: User, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self) -> str:
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise ValidationError(_("This password is not correct."), code="wrong_password")
        return password


class RolesForm(forms.Form):
    roles = forms.MultipleChoiceField(
        label=_("Roles"),
        choices=Role.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    organisation_confirmed = forms.BooleanField(
        label=_("Organisation membership confirmed"), required=False
    )


class UserSearchForm(forms.Form):
    q = forms.CharField(label=_("Search a person"), required=False, max_length=200)
    role = forms.ChoiceField(
        label=_("Role"), choices=[("", _("All roles")), *Role.choices], required=False
    )
    to_confirm = forms.BooleanField(label=_("Memberships to confirm only"), required=False)


class ContactForm(forms.Form):
    class Subject(models.TextChoices):
        PORTAL = "portail", _("A question about the portal")
        PROGRAMME = "programme", _("The sustainable procurement programme or the APuRe network")
        ACCESSIBILITY = "accessibilite", _("Accessibility")
        PERSONAL_DATA = "donnees", _("Personal data")
        OTHER = "autre", _("Something else")

    name = forms.CharField(label=_("Your name"), max_length=150)
    email = forms.EmailField(label=_("Your email address"), max_length=254)
    organisation = forms.CharField(label=_("Your organisation"), max_length=200, required=False)
    subject = forms.ChoiceField(
        label=pgettext_lazy("contact form", "Subject"), choices=Subject.choices
    )
    message = forms.CharField(
        label=_("Your message"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "For a question about a contract, the Guichet Vert gives you an advisor's answer."
        ),
    )

    def clean_message(self) -> str:
        message = self.cleaned_data["message"].strip()
        if len(message) < 10:
            raise ValidationError(_("Write your message in a sentence or two."), code="short")
        return message
