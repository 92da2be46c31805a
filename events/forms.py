"""Forms of Événements. They parse; the services decide (places, windows, duplicates)."""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from apure.files import UploadField
from apure.models import Departement, OrganisationKind

from .models import Event, Group, ProgrammeItem
from .services import EVENT_FIELDS

PARIS = ZoneInfo("Europe/Paris")


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%dT%H:%M", **kwargs)


class ParisDateTimeField(forms.DateTimeField):
    """A local date and time read in Europe/Paris, whatever the browser's zone."""

    widget = DateTimeInput

    def __init__(self, **kwargs):
        kwargs.setdefault("input_formats", ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%d/%m/%Y %H:%M"])
        super().__init__(**kwargs)

    def to_python(self, value):
        try:
            result = super().to_python(value)
        except (OverflowError, ValueError):
            raise forms.ValidationError(_("Enter a valid date and time.")) from None
        if result is None:
            return None
        if not 2000 <= result.year <= 2100:
            raise forms.ValidationError(_("Enter a date between 2000 and 2100."))
        if timezone.is_aware(result):
            result = timezone.make_naive(result, PARIS)
        return result.replace(tzinfo=PARIS)

    def prepare_value(self, value):
        if isinstance(value, datetime) and timezone.is_aware(value):
            value = timezone.localtime(value, PARIS)
        return super().prepare_value(value)


def _group_label(group: Group) -> str:
    taken = getattr(group, "confirmed_count", None)
    if taken is None:
        return group.title
    left = group.capacity - taken
    if left <= 0:
        return _("%(title)s (full: waiting list)") % {"title": group.title}
    return ngettext("%(title)s (%(n)s place left)", "%(title)s (%(n)s places left)", left) % {
        "title": group.title,
        "n": left,
    }


class GroupChoiceMixin:
    """One radio list per parallel slot of the event (`slot_<item id>`)."""

    def add_slot_fields(self, event: Event, *, required: bool = True, initial=None) -> None:
        initial = initial or {}
        self.slot_names = []
        for item in event.items.all():
            groups = list(item.groups.all())
            if not groups:
                continue
            name = f"slot_{item.pk}"
            self.fields[name] = forms.TypedChoiceField(
                label=_("Your group for “%(title)s”") % {"title": item.title},
                choices=[(g.pk, _group_label(g)) for g in groups],
                coerce=int,
                widget=forms.RadioSelect,
                required=required,
                initial=initial.get(item.pk),
            )
            self.slot_names.append(name)
        self._groups = {g.pk: g for item in event.items.all() for g in item.groups.all()}

    @property
    def slot_fields(self):
        return [self[name] for name in getattr(self, "slot_names", [])]

    @property
    def person_fields(self):
        slots = set(getattr(self, "slot_names", []))
        return [field for field in self.visible_fields() if field.name not in slots]

    def chosen_groups(self) -> list[Group]:
        chosen = []
        for name in self.slot_names:
            value = self.cleaned_data.get(name)
            if value:
                chosen.append(self._groups[value])
        return chosen


class OneClickForm(GroupChoiceMixin, forms.Form):
    def __init__(self, *args, event: Event, **kwargs):
        super().__init__(*args, **kwargs)
        self.add_slot_fields(event)


class GuestForm(GroupChoiceMixin, forms.Form):
    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    email = forms.EmailField(
        label=_("Email"),
        max_length=254,
        help_text=_("We send you a link to confirm your registration."),
    )
    organisation_name = forms.CharField(label=_("Organisation"), max_length=200)
    organisation_kind = forms.ChoiceField(
        label=_("Kind of organisation"), choices=[("", "—"), *OrganisationKind.choices]
    )
    departement = forms.ChoiceField(
        label=_("Département"), choices=[("", "—"), *Departement.choices]
    )
    job_title = forms.CharField(label=_("Your role"), max_length=150)
    is_rural = forms.BooleanField(
        label=_("My organisation is a rural or modest authority"), required=False
    )

    def __init__(self, *args, event: Event, **kwargs):
        super().__init__(*args, **kwargs)
        for name, autocomplete in (
            ("first_name", "given-name"),
            ("last_name", "family-name"),
            ("email", "email"),
            ("organisation_name", "organization"),
            ("job_title", "organization-title"),
        ):
            self.fields[name].widget.attrs["autocomplete"] = autocomplete
        self.add_slot_fields(event)

    def person(self) -> dict:
        return {
            name: self.cleaned_data[name]
            for name in (
                "first_name",
                "last_name",
                "email",
                "job_title",
                "organisation_name",
                "organisation_kind",
                "departement",
                "is_rural",
            )
        }


class StaffAddForm(GuestForm):
    """Staff add someone by hand: the same fields, no confirmation email round trip."""

    job_title = forms.CharField(label=_("Role"), max_length=150, required=False)
    organisation_kind = forms.ChoiceField(
        label=_("Kind of organisation"),
        choices=[("", "—"), *OrganisationKind.choices],
        required=False,
    )
    departement = forms.ChoiceField(
        label=_("Département"), choices=[("", "—"), *Departement.choices], required=False
    )
    organisation_name = forms.CharField(label=_("Organisation"), max_length=200, required=False)
    notify = forms.BooleanField(
        label=_("Send the confirmation email to this person"), required=False, initial=True
    )


class ChangeGroupsForm(GroupChoiceMixin, forms.Form):
    def __init__(self, *args, event: Event, current: dict[int, int] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.add_slot_fields(event, initial=current)


class EventForm(forms.ModelForm):
    online_url = forms.URLField(
        label=_("Online link"),
        required=False,
        assume_scheme="https",
        help_text=_("Shown only to registered people, in their confirmation and their page."),
    )
    survey_url = forms.URLField(
        label=_("Satisfaction survey link"),
        required=False,
        assume_scheme="https",
        help_text=_("Sent to participants after the event."),
    )
    starts_at = ParisDateTimeField(label=_("Starts at"))
    ends_at = ParisDateTimeField(label=_("Ends at"))
    registration_opens_at = ParisDateTimeField(
        label=_("Registration opens"),
        required=False,
        help_text=_("Empty: open as soon as the event is published."),
    )
    registration_closes_at = ParisDateTimeField(
        label=_("Registration closes"),
        required=False,
        help_text=_("Empty: registration stays open until the event starts."),
    )

    class Meta:
        model = Event
        fields = list(EVENT_FIELDS)
        widgets = {"summary": forms.Textarea(attrs={"rows": 3})}

    def clean_capacity(self):
        capacity = self.cleaned_data["capacity"]
        if capacity is not None and not 1 <= capacity <= 100_000:
            raise forms.ValidationError(_("Give a capacity between 1 and 100,000."))
        return capacity


class ItemForm(forms.ModelForm):
    day = forms.DateField(
        label=_("Day"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    start = forms.TimeField(label=_("From"), widget=forms.TimeInput(attrs={"type": "time"}))
    end = forms.TimeField(
        label=_("To"), required=False, widget=forms.TimeInput(attrs={"type": "time"})
    )

    class Meta:
        model = ProgrammeItem
        fields = ["kind", "title", "description"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, event: Event, **kwargs):
        super().__init__(*args, **kwargs)
        self.event = event
        self.fields["day"].initial = timezone.localtime(event.starts_at, PARIS).date()
        if self.instance.pk:
            start = timezone.localtime(self.instance.starts_at, PARIS)
            self.initial.update(day=start.date(), start=start.time())
            if self.instance.ends_at:
                self.initial["end"] = timezone.localtime(self.instance.ends_at, PARIS).time()
        prefix = f"item-{self.instance.pk}" if self.instance.pk else "new-item"
        self.auto_id = f"id_{prefix}_%s"

    def clean_day(self):
        day = self.cleaned_data["day"]
        if not 2000 <= day.year <= 2100:
            raise forms.ValidationError(_("Enter a date between 2000 and 2100."))
        return day

    def data_for_service(self) -> dict:
        day = self.cleaned_data["day"]
        start: time = self.cleaned_data["start"]
        end: time | None = self.cleaned_data.get("end")
        return {
            "kind": self.cleaned_data["kind"],
            "title": self.cleaned_data["title"],
            "description": self.cleaned_data.get("description", ""),
            "starts_at": datetime.combine(day, start, tzinfo=PARIS),
            "ends_at": datetime.combine(day, end, tzinfo=PARIS) if end else None,
        }


class GroupForm(forms.ModelForm):
    class Meta:
        model = Group
        fields = ["title", "description", "speakers", "capacity", "position"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, item: ProgrammeItem | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        key = (
            f"group-{self.instance.pk}"
            if self.instance.pk
            else f"new-group-{item.pk if item else 0}"
        )
        self.auto_id = f"id_{key}_%s"

    def clean_capacity(self):
        capacity = self.cleaned_data["capacity"]
        if capacity is not None and not 1 <= capacity <= 100_000:
            raise forms.ValidationError(_("Give a capacity between 1 and 100,000."))
        return capacity

    def clean_position(self):
        position = self.cleaned_data.get("position") or 0
        return min(max(position, 0), 1000)


class DocumentForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200, required=False)
    file = UploadField(label=_("Document"))


class CancelEventForm(forms.Form):
    reason = forms.CharField(
        label=_("Message to the registered people"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class PeriodForm(forms.Form):
    start = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    end = forms.DateField(
        label=_("To (included)"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def clean(self):
        data = super().clean()
        for name in ("start", "end"):
            value = data.get(name)
            if value and not 2000 <= value.year <= 2100:
                self.add_error(name, _("Enter a date between 2000 and 2100."))
        if data.get("start") and data.get("end") and data["end"] < data["start"]:
            self.add_error("end", _("The end must come after the start."))
        return data
