from __future__ import annotations

import datetime as dt
import uuid

from django import forms
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from apure.fields import ModelChoiceField, ModelMultipleChoiceField
from apure.files import MultipleUploadField
from apure.models import Departement
from clauses.selectors import published_fiches_for_choice, segments_for_choice

from .models import KIND_HELP, QUESTION_MAX_LENGTH, Kind, Request, State, WorkChannel
from .stats import Period, add_months, default_period

# The fields of the request form a visitor's typing is kept for while they sign in.
KEPT_FIELDS = ("kind", "subject", "question", "segment", "channel", "availability")


class SegmentChoiceField(ModelChoiceField):
    def label_from_instance(self, obj) -> str:
        return f"{obj.parent.name} › {obj.name}" if obj.parent_id else obj.name


class RequestForm(forms.Form):
    token = forms.UUIDField(widget=forms.HiddenInput)
    kind = forms.ChoiceField(
        label=_("What is your question about?"),
        choices=Kind.choices,
        widget=forms.RadioSelect,
    )
    subject = forms.CharField(
        label=_("Subject"),
        max_length=200,
        help_text=_("In a few words, e.g. “Criteria for a school catering contract”."),
    )
    question = forms.CharField(
        label=_("Your question"),
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=QUESTION_MAX_LENGTH,
        help_text=_("Context, deadline, what you have already tried (at most 10,000 characters)."),
    )
    segment = SegmentChoiceField(
        label=_("Purchase segment"),
        queryset=segments_for_choice(),
        required=False,
        empty_label=_("Not specified"),
    )
    channel = forms.ChoiceField(
        label=_("How would you like to be answered?"),
        choices=Request.Channel.choices,
        widget=forms.RadioSelect,
    )
    availability = forms.CharField(
        label=_("Your availability"),
        max_length=500,
        required=False,
        help_text=_("For a call or a video: e.g. “Tuesday and Thursday mornings”."),
    )
    attachments = MultipleUploadField(
        label=_("Documents (optional)"),
        max_files=5,
        help_text=_(
            "Up to 5 files: PDF, office documents or images, 10 MB each. Only the advisors "
            "and your organisation can open them."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound and not self.initial.get("token"):
            self.initial = {**self.initial, "token": str(uuid.uuid4())}
        self.kind_help = KIND_HELP


class MessageForm(forms.Form):
    body = forms.CharField(
        label=_("Your reply"),
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=QUESTION_MAX_LENGTH,
    )
    attachments = MultipleUploadField(label=_("Documents (optional)"), max_files=5)


class NoteForm(forms.Form):
    body = forms.CharField(
        label=_("Internal note"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=QUESTION_MAX_LENGTH,
        help_text=_("Seen by the advisors only, never by the buyer."),
    )


class AssignForm(forms.Form):
    assignee = ModelChoiceField(label=_("Assign to"), queryset=None)

    def __init__(self, *args, suggestions=(), people=None, **kwargs):
        """`people`: the advisors and experts as (pk, name), when the caller has them (the
        queue's filter keeps them a minute); otherwise they are read here."""
        super().__init__(*args, **kwargs)
        from .selectors import assignable_users

        field = self.fields["assignee"]
        self.suggestions = list(suggestions)
        if self.is_bound or people is None or self.suggestions:
            field.queryset = assignable_users()
        if self.suggestions:
            # The suggestion's order: best first, with why.
            field.choices = [("", field.empty_label)] + [
                (user.pk, _suggestion_label(user)) for user in self.suggestions
            ]
        elif not self.is_bound:
            # The same options as the queryset's iterator gives, read in one plain query
            # (the iterator opens a server-side cursor on PostgreSQL: three round trips).
            if people is None:
                people = [(user.pk, field.label_from_instance(user)) for user in field.queryset]
            field.choices = [("", field.empty_label), *people]


def _suggestion_label(user) -> str:
    role = _("expert") if getattr(user, "is_expert", False) else _("advisor")
    return _(
        "%(name)s (%(role)s) · %(load)s open · %(segment)s same segment · %(kind)s same kind"
    ) % {
        "name": user,
        "role": role,
        "load": user.load,
        "segment": user.same_segment,
        "kind": user.same_kind,
    }


class TimeEntryForm(forms.Form):
    date = forms.DateField(
        label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    minutes = forms.IntegerField(label=_("Minutes"), min_value=1, max_value=480)
    channel = forms.ChoiceField(label=_("Channel"), choices=WorkChannel.choices)
    note = forms.CharField(label=_("Note"), max_length=500, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.initial.setdefault("date", timezone.localdate())


class CloseForm(forms.Form):
    summary = forms.CharField(
        label=_("Summary of the answer"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=3000,
        help_text=_("One paragraph: the buyer receives it with the request to rate the answer."),
    )


class RedirectForm(forms.Form):
    to = forms.CharField(
        label=_("Redirected to"),
        max_length=300,
        help_text=_("An external expert, another network (e.g. APES, Rapidd)…"),
    )


class RatingForm(forms.Form):
    rating = forms.TypedChoiceField(
        label=_("Your rating"),
        choices=[(n, str(n)) for n in range(5, 0, -1)],
        coerce=int,
        widget=forms.RadioSelect,
        help_text=_("5: very useful, 1: not useful."),
    )
    comment = forms.CharField(
        label=_("Comment (optional)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=3000,
        required=False,
    )


class QueueFilterForm(forms.Form):
    state = forms.ChoiceField(
        label=_("State"),
        required=False,
        choices=[
            ("", _("Waiting for the advisors")),
            ("open", _("Open (answered included)")),
            *State.choices,
            ("all", _("All")),
        ],
    )
    assignee = forms.ChoiceField(label=_("Assignee"), required=False)
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("All")), *Kind.choices]
    )
    segment = forms.ChoiceField(label=_("Segment"), required=False)
    departement = forms.ChoiceField(
        label=_("Département"), required=False, choices=[("", _("All")), *Departement.choices]
    )
    age = forms.ChoiceField(
        label=_("Age"),
        required=False,
        choices=[
            ("", _("Any")),
            ("overdue", _("Overdue")),
            ("2", _("Over 2 working days")),
            ("5", _("Over 5 working days")),
            ("20", _("Over 20 working days")),
        ],
    )

    def __init__(self, *args, users=(), segments=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].choices = [
            ("", _("Anyone")),
            ("me", _("Me")),
            ("none", _("Nobody")),
            *((str(pk), label) for pk, label in users),
        ]
        self.fields["segment"].choices = [
            ("", _("All")),
            *((str(pk), label) for pk, label in segments),
        ]

    def selects(self) -> list[dict]:
        """Each filter with its options written here, as the queue's template loop wrote
        them, rather than through a widget template per option (its busiest page)."""
        data = self.data if self.is_bound else {}
        selects = []
        for name, field in self.fields.items():
            current = str(data.get(name, "") or "")
            if name in (getattr(self, "_errors", None) or {}):
                current = ""
            selects.append(
                {
                    "name": name,
                    "id": f"id_{name}",
                    "label": field.label,
                    "options_html": mark_safe(  # noqa: S308  (every value and label escaped)
                        "".join(
                            f'<option value="{escape(value)}"'
                            f"{' selected' if str(value) == current else ''}>"
                            f"{escape(label)}</option>"
                            for value, label in field.choices
                        )
                    ),
                }
            )
        return selects

    def values(self) -> dict[str, str]:
        """The valid filters; a value that is not one of the choices is ignored."""
        self.is_valid()
        return {
            name: self.cleaned_data.get(name, "")
            for name in self.fields
            if name not in self.errors and self.cleaned_data.get(name)
        }


class PeriodForm(forms.Form):
    start = forms.CharField(
        label=_("From (month)"), required=False, widget=forms.TextInput(attrs={"type": "month"})
    )
    end = forms.CharField(
        label=_("To (month, included)"),
        required=False,
        widget=forms.TextInput(attrs={"type": "month"}),
    )

    @staticmethod
    def _month(value: str) -> dt.date | None:
        try:
            year, month = (int(part) for part in value.strip().split("-"))
            if not 2000 <= year <= 2100:
                return None
            return dt.date(year, month, 1)
        except (ValueError, TypeError):
            return None

    def period(self, today: dt.date) -> Period:
        """The chosen period (at most 36 months); the last 12 months when unset or invalid."""
        default = default_period(today)
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        start = self._month(data.get("start", "")) or default.start
        end_month = self._month(data.get("end", ""))
        end = add_months(end_month, 1) if end_month else default.end
        if end <= start:
            return default
        if add_months(start, 36) < end:
            start = add_months(end, -36)
        return Period(start, end)


class QAForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    kind = forms.ChoiceField(label=_("Kind"), choices=Kind.choices)
    question = forms.CharField(
        label=_("Question"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=QUESTION_MAX_LENGTH,
        help_text=_("Rewritten without any name of person or organisation."),
    )
    answer = forms.CharField(
        label=_("Answer"), widget=forms.Textarea(attrs={"rows": 8}), max_length=QUESTION_MAX_LENGTH
    )
    fiches = ModelMultipleChoiceField(
        label=_("Clause fiches cited"),
        queryset=published_fiches_for_choice(),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 8}),
        help_text=_("The Q&A is shown on these fiches' pages."),
    )


class FaqSearchForm(forms.Form):
    q = forms.CharField(label=_("Search the Q&As"), max_length=200, required=False)
