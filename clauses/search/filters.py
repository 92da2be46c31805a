"""The facets of the clause search: a FilterSet that ignores unknown values instead of failing.

A facet's values combine with OR, facets combine with AND. `FicheFilterSet.filter_except(qs,
name)` applies every facet but one, which is what that facet's counts are computed on.
"""

from __future__ import annotations

import django_filters
from django import forms
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _

from ..models import Fiche, Segment, Theme

FACETS = ("kind", "contract_type", "level", "segment", "theme")


class LenientMultipleChoiceField(forms.MultipleChoiceField):
    """Keeps the known values and remembers the others, so a bookmarked search with a value
    that no longer exists still answers (with that filter shown as not applied)."""

    def clean(self, value):
        values = value if isinstance(value, list | tuple) else ([value] if value else [])
        kept, ignored = [], []
        for item in values:
            item = str(item)[:100]
            if self.valid_value(item):
                if item not in kept:
                    kept.append(item)
            elif item:
                ignored.append(item)
        self.ignored = ignored
        return kept


class LenientMultipleChoiceFilter(django_filters.MultipleChoiceFilter):
    field_class = LenientMultipleChoiceField


class FicheFilterSet(django_filters.FilterSet):
    kind = LenientMultipleChoiceFilter(
        label=_("Kind"), choices=Fiche.Kind.choices, method="filter_field"
    )
    contract_type = LenientMultipleChoiceFilter(
        label=_("Contract type"), choices=Fiche.ContractType.choices, method="filter_field"
    )
    level = LenientMultipleChoiceFilter(
        label=_("Ambition level"), choices=Fiche.Level.choices, method="filter_field"
    )
    segment = LenientMultipleChoiceFilter(
        label=_("Purchase segment"), choices=[], method="filter_segment"
    )
    theme = LenientMultipleChoiceFilter(label=_("Theme"), choices=[], method="filter_theme")

    class Meta:
        model = Fiche
        fields: list[str] = []

    def __init__(self, data=None, *args, segments=None, themes=None, **kwargs):
        super().__init__(data, *args, **kwargs)
        self.segments = list(segments) if segments is not None else list(Segment.objects.all())
        self.themes = list(themes) if themes is not None else list(Theme.objects.all())
        self.form.fields["segment"].choices = [(s.slug, s.name) for s in self.segments]
        self.form.fields["theme"].choices = [(t.code, t.label) for t in self.themes]

    # Filter methods (a subquery per M2M facet keeps rows unique without DISTINCT).

    def filter_field(self, queryset: QuerySet, name: str, value: list[str]) -> QuerySet:
        return queryset.filter(**{f"{name}__in": value}) if value else queryset

    def filter_segment(self, queryset: QuerySet, name: str, value: list[str]) -> QuerySet:
        if not value:
            return queryset
        through = Fiche.segments.through.objects.filter(
            Q(segment__slug__in=value) | Q(segment__parent__slug__in=value)
        )
        return queryset.filter(pk__in=through.values("fiche_id"))

    def filter_theme(self, queryset: QuerySet, name: str, value: list[str]) -> QuerySet:
        if not value:
            return queryset
        through = Fiche.themes.through.objects.filter(theme__code__in=value)
        return queryset.filter(pk__in=through.values("fiche_id"))

    # What the page needs to know.

    @property
    def values(self) -> dict[str, list[str]]:
        self.form.is_valid()
        return {name: self.form.cleaned_data.get(name, []) for name in FACETS}

    @property
    def ignored(self) -> dict[str, list[str]]:
        self.form.is_valid()
        return {
            name: getattr(self.form.fields[name], "ignored", [])
            for name in FACETS
            if getattr(self.form.fields[name], "ignored", [])
        }

    def filter_except(self, queryset: QuerySet, skip: str | None = None) -> QuerySet:
        values = self.values
        for name in FACETS:
            if name != skip and values[name]:
                queryset = self.filters[name].filter(queryset, values[name])
        return queryset
