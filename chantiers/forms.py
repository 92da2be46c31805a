"""Forms parse and check what a person typed; the services decide."""

from __future__ import annotations

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from apure.errors import DomainError
from apure.files import UploadField

from . import services
from .models import DEFAULT_LICENCE, Call, Proposal, Theme


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%dT%H:%M", **kwargs)


class CallForm(forms.ModelForm):
    class Meta:
        model = Call
        fields = services.CALL_FIELDS
        widgets = {
            name: DateTimeInput()
            for name in (
                "proposals_open_at",
                "proposals_close_at",
                "voting_opens_at",
                "voting_closes_at",
                "work_starts_at",
            )
        }
        help_texts = {
            "proposals_open_at": _("Date and time, Paris time."),
            "voting_opens_at": _("At the earliest when proposals close."),
            "voting_closes_at": _("Members get a reminder two days before."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("max_choices", "seats"):
            self.fields[name].widget.attrs.update(min=1, max=20)
        for name in (
            "proposals_open_at",
            "proposals_close_at",
            "voting_opens_at",
            "voting_closes_at",
        ):
            self.fields[name].input_formats = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]
        self.fields["work_starts_at"].input_formats = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]

    def clean(self):
        data = super().clean()
        for name in ("max_choices", "seats"):
            value = data.get(name)
            if value is not None and not 1 <= value <= 20:
                self.add_error(name, _("Between 1 and 20."))
        try:
            services.call_check_dates(data)
        except DomainError as error:
            self.add_error(error.field, str(error))
        return data

    def _post_clean(self):
        # The service validates and saves; the form only checks the fields.
        pass


class ProposalForm(forms.ModelForm):
    collective = forms.CharField(
        label=_("The collective"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "One person per line: their email address, a semicolon, their role. For example: "
            "“nadia.benali@example.fr ; experte matériaux biosourcés”. Each person receives an "
            "invitation and confirms it themselves."
        ),
    )

    class Meta:
        model = Proposal
        fields = services.PROPOSAL_FIELDS
        widgets = {
            "problem": forms.Textarea(attrs={"rows": 6}),
            "deliverable": forms.Textarea(attrs={"rows": 4}),
            "needs_material": forms.Textarea(attrs={"rows": 3}),
            "needs_intellectual": forms.Textarea(attrs={"rows": 3}),
            "timeline": forms.Textarea(attrs={"rows": 3}),
        }
        labels = {"deliverable": _("The deliverable: what the collective will produce")}
        help_texts = {
            "problem": _("The question your authority faces, and why it matters for others."),
            "needs_material": _("Funding, tools, venues, time of staff…"),
            "needs_intellectual": _("Expertise, legal advice, data…"),
            "timeline": _("The main steps and when the deliverable is expected."),
        }

    def clean_collective(self):
        try:
            return services.parse_collective(self.cleaned_data.get("collective", ""))
        except DomainError as error:
            raise forms.ValidationError(str(error)) from None

    def _post_clean(self):
        pass


class ReviewForm(forms.Form):
    eligible = forms.TypedChoiceField(
        label=_("Decision"),
        choices=[("1", _("Eligible")), ("0", _("Not eligible"))],
        coerce=lambda v: v == "1",
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(
        label=_("Reason (its lead reads it)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class BallotForm(forms.Form):
    """Checkbox values are the eligible proposals' ids; the service checks everything else."""

    choice = forms.TypedMultipleChoiceField(
        label=_("Your choices"), coerce=int, required=False, choices=()
    )

    def __init__(self, *args, options=(), **kwargs):
        super().__init__(*args, **kwargs)
        # Every id is accepted here so that the service gives the precise refusal.
        self.fields["choice"].valid_value = lambda value: True


class SelectionForm(forms.Form):
    proposals = forms.TypedMultipleChoiceField(
        label=_("Selected proposals"), coerce=int, choices=()
    )
    reason = forms.CharField(
        label=_("Reason for this selection"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Required when votes are tied at the boundary or the selection is not the top."
        ),
    )

    def __init__(self, *args, rows=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["proposals"].choices = [
            (row["proposal"].pk, row["proposal"].title) for row in rows
        ]
        self.fields["proposals"].widget = forms.CheckboxSelectMultiple(
            choices=self.fields["proposals"].choices
        )


class ProgressForm(forms.Form):
    date = forms.DateField(
        label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    text = forms.CharField(
        label=_("What happened"), max_length=4000, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("initial", {"date": timezone.localdate()})
        super().__init__(*args, **kwargs)


class DeliverableForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    description = forms.CharField(
        label=_("Description"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    url = forms.URLField(
        label=_("Link"),
        required=False,
        max_length=500,
        assume_scheme="https",
        help_text=_("A video, a page, a shared folder… or attach a file below."),
    )
    upload = UploadField(label=_("File"), required=False)
    licence = forms.CharField(
        label=_("Licence"),
        max_length=120,
        required=False,
        initial=DEFAULT_LICENCE,
        help_text=_("Empty: Licence Ouverte / Etalab 2.0, the licence of public open data."),
    )


class ChantierSearchForm(forms.Form):
    q = forms.CharField(label=_("Search the chantiers"), required=False, max_length=200)
    theme = forms.ChoiceField(
        label=_("Theme"), required=False, choices=[("", _("All themes")), *Theme.choices]
    )
