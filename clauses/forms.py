from __future__ import annotations

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from .eforms import LABELS
from .models import (
    CONTENT_FIELDS,
    CPV_RE,
    CPV_VALIDATOR,
    RESERVED_SLUGS,
    SELECTION_NAME_MAX,
    Fiche,
    Segment,
    Theme,
)
from .services import unique_slug
from .text import strip_control


def segment_tree_choices(segments: list[Segment], *, key) -> list:
    """Grouped choices for the two-level segment tree: each parent ("All of it") and its
    children, under the parent's name; `key` gives the submitted value of a segment."""
    children: dict[int, list[tuple[str, str]]] = {}
    for segment in segments:
        if segment.parent_id is not None:
            children.setdefault(segment.parent_id, []).append((key(segment), segment.name))
    return [
        (parent.name, [(key(parent), str(_("All of it"))), *children.get(parent.pk, [])])
        for parent in segments
        if parent.parent_id is None
    ]


def _code_choices(field: str, extra: list[str] | None = None) -> list[tuple[str, str]]:
    choices = [(code, f"{label} ({code})") for code, label in LABELS[field].items()]
    known = {code for code, _label in choices}
    choices += [(code, code) for code in extra or [] if code not in known]
    return choices


class ThemesField(forms.ModelMultipleChoiceField):
    """A value that cannot be a primary key (text, or an integer the database cannot hold) is
    an unknown choice, not a database error."""

    def _check_values(self, value):
        for item in value:
            if not (isinstance(item, str | int) and str(item).isdigit() and len(str(item)) < 19):
                raise forms.ValidationError(
                    self.error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": str(item)[:50]},
                )
        return super()._check_values(value)


class FicheForm(forms.ModelForm):
    """Propose or edit a fiche. The view hands the cleaned data to a service."""

    segments = forms.MultipleChoiceField(
        label=_("Purchase segments"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    themes = ThemesField(
        label=_("Themes"),
        queryset=Theme.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    cpv_codes = forms.CharField(
        label=_("CPV codes"),
        required=False,
        help_text=_("Optional, separated by commas (e.g. 45321000-3)."),
    )
    eforms_strategic = forms.MultipleChoiceField(
        label=_("eForms: strategic procurement (BT-06)"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        choices=_code_choices("BT-06"),
    )
    eforms_green = forms.MultipleChoiceField(
        label=_("eForms: green procurement (BT-774)"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    eforms_social = forms.MultipleChoiceField(
        label=_("eForms: social procurement (BT-775)"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    eforms_green_criteria = forms.MultipleChoiceField(
        label=_("eForms: green procurement criteria (BT-805)"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        choices=_code_choices("BT-805"),
    )

    class Meta:
        model = Fiche
        fields = ["title", "slug", *(name for name in CONTENT_FIELDS if name != "title")]
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 3}),
            "text": forms.Textarea(attrs={"rows": 10}),
            "guidance": forms.Textarea(attrs={"rows": 6}),
            "verification": forms.Textarea(attrs={"rows": 4}),
            "legal_references": forms.Textarea(attrs={"rows": 3}),
            "sources": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, editing: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        instance = self.instance
        self.fields["slug"].required = False
        self.fields["slug"].help_text = _(
            "Leave empty to build it from the title. It cannot change once the fiche exists."
        )
        if editing:
            del self.fields["slug"]
        self.fields["text"].required = False
        segments = list(Segment.objects.select_related("parent"))
        self.fields["segments"].choices = segment_tree_choices(segments, key=lambda s: str(s.pk))
        self.fields["eforms_green"].choices = _code_choices(
            "BT-774", instance.eforms_green if instance.pk else None
        )
        self.fields["eforms_social"].choices = _code_choices(
            "BT-775", instance.eforms_social if instance.pk else None
        )
        # Shown as typed ("45321000-3, 45000000"), not as the JSON list it is stored as.
        self.initial["cpv_codes"] = ", ".join(instance.cpv_codes or [])
        if instance.pk:
            self.initial["segments"] = [str(s.pk) for s in instance.segments.all()]
            self.initial["themes"] = list(instance.themes.all())

    def clean_slug(self) -> str:
        slug = (self.cleaned_data.get("slug") or "").strip()
        if not slug:
            title = self.cleaned_data.get("title") or ""
            slug = unique_slug(title) if title else ""
        if slug in RESERVED_SLUGS:
            raise forms.ValidationError(_("This identifier is reserved by the portal."))
        return slug

    def clean_cpv_codes(self) -> list[str]:
        raw = self.cleaned_data.get("cpv_codes") or ""
        codes = [code for code in re.split(r"[\s,;]+", raw) if code]
        wrong = [code for code in codes if not CPV_RE.match(code)]
        if wrong:
            raise forms.ValidationError(
                _("Not a CPV code: %(codes)s. %(rule)s")
                % {"codes": ", ".join(wrong[:5])[:200], "rule": CPV_VALIDATOR.message}
            )
        return list(dict.fromkeys(codes))

    def clean_segments(self) -> list[Segment]:
        ids = [int(i) for i in self.cleaned_data.get("segments") or []]
        return list(Segment.objects.filter(pk__in=ids))

    def content(self) -> dict:
        return {name: self.cleaned_data[name] for name in CONTENT_FIELDS}


class RequestChangesForm(forms.Form):
    comment = forms.CharField(
        label=_("What should the author change?"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=4000,
    )


class FeedbackForm(forms.Form):
    used_in_contract = forms.BooleanField(
        label=_("I used this clause in a contract"), required=False
    )
    comment = forms.CharField(
        label=_("Comment (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Shown on the fiche after moderation, without your name."),
    )

    def clean(self):
        data = super().clean()
        if not data.get("used_in_contract") and not (data.get("comment") or "").strip():
            raise forms.ValidationError(_("Tick “used in a contract” or write a comment."))
        return data


class KitForm(forms.Form):
    contract_type = forms.ChoiceField(
        label=_("Contract type"), choices=[("", "---------"), *Fiche.ContractType.choices]
    )
    segment = forms.ChoiceField(label=_("Purchase segment (optional)"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        segments = list(Segment.objects.select_related("parent"))
        contract_type = self.data.get("contract_type") if self.is_bound else None
        if contract_type in Fiche.ContractType.values:
            from .selectors import kit_segments

            used = kit_segments(contract_type=contract_type)
            segments = [s for s in segments if s.pk in used]
        self.fields["segment"].choices = [
            ("", _("All segments")),
            *segment_tree_choices(segments, key=lambda s: s.slug),
        ]
        self._segments = {s.slug: s for s in segments}

    def clean_segment(self) -> Segment | None:
        slug = self.cleaned_data.get("segment")
        return self._segments.get(slug) if slug else None


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("Catalogue file (.csv or .json)"),
        help_text=_(
            "The same columns as the export. Every row is checked first; if one is wrong, "
            "nothing is imported."
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        name = (upload.name or "").lower()
        if not name.endswith((".csv", ".json")):
            raise forms.ValidationError(_("Choose a .csv or .json file."))
        if upload.size > 5 * 1024 * 1024:
            raise forms.ValidationError(_("The file is larger than 5 MB."))
        return upload


class SelectionForm(forms.Form):
    """A named selection: the contract it prepares (name, type, segment)."""

    name = forms.CharField(
        label=_("Name (the contract's object)"),
        max_length=SELECTION_NAME_MAX,
        help_text=_("For example: “Restauration scolaire 2027”. It titles the exported document."),
    )
    contract_type = forms.ChoiceField(
        label=_("Contract type (optional)"),
        required=False,
        choices=[("", _("Not said yet")), *Fiche.ContractType.choices],
    )
    segment = forms.ChoiceField(label=_("Purchase segment (optional)"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        segments = list(Segment.objects.select_related("parent"))
        self.fields["segment"].choices = [
            ("", _("Not said yet")),
            *segment_tree_choices(segments, key=lambda s: s.slug),
        ]
        self._segments = {s.slug: s for s in segments}

    def clean_name(self) -> str:
        name = " ".join(strip_control(self.cleaned_data.get("name") or "").split())
        if not name:
            raise forms.ValidationError(_("Give the selection a name (the contract's object)."))
        return name

    def clean_segment(self) -> Segment | None:
        slug = self.cleaned_data.get("segment")
        return self._segments.get(slug) if slug else None

    def clean(self):
        data = super().clean()
        segment, contract_type = data.get("segment"), data.get("contract_type")
        if segment is not None and contract_type:
            from .selectors import kit_segments

            if segment.pk not in kit_segments(contract_type=contract_type):
                self.add_error(
                    "segment",
                    _("This segment has no clauses for this contract type: choose another one."),
                )
        return data
