"""Facet counts of a search: for each facet, how many matched fiches each value would give."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import Count, QuerySet
from django.db.models.functions import Coalesce

from ..models import Fiche, Segment, Theme
from .filters import FicheFilterSet


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    checked: bool
    children: list[FacetOption] = field(default_factory=list)


@dataclass
class Facet:
    name: str
    legend: str
    options: list[FacetOption]


def _count_by(queryset: QuerySet, name: str) -> dict[str, int]:
    rows = queryset.order_by().values(name).annotate(n=Count("pk"))
    return {row[name]: row["n"] for row in rows}


def facet_counts(filterset: FicheFilterSet, matched: QuerySet) -> dict[str, dict]:
    """How many fiches each facet value would give: one query per facet, each over the
    matched fiches filtered by every other facet. Without any facet filter every facet counts
    the same fiches: then one statement reads them once (`_counts_in_one_scan`)."""
    if not any(filterset.values.values()):
        return _counts_in_one_scan(matched)
    counts = {
        name: _count_by(filterset.filter_except(matched, name), name)
        for name in ("kind", "contract_type", "level")
    }
    # Segments: one query for the leaves, one for the parents (a fiche counted once per parent).
    ids = filterset.filter_except(matched, "segment").order_by().values("pk")
    through = Fiche.segments.through.objects.filter(fiche_id__in=ids)
    counts["segment_leaf"] = {
        row["segment_id"]: row["n"]
        for row in through.values("segment_id").annotate(n=Count("fiche_id", distinct=True))
    }
    counts["segment_parent"] = {
        row["top"]: row["n"]
        for row in through.annotate(top=Coalesce("segment__parent_id", "segment_id"))
        .values("top")
        .annotate(n=Count("fiche_id", distinct=True))
    }
    ids = filterset.filter_except(matched, "theme").order_by().values("pk")
    counts["theme"] = {
        row["theme_id"]: row["n"]
        for row in Fiche.themes.through.objects.filter(fiche_id__in=ids)
        .values("theme_id")
        .annotate(n=Count("fiche_id"))
    }
    return counts


SCALAR = ("kind", "contract_type", "level")


def _counts_in_one_scan(matched: QuerySet) -> dict[str, dict]:
    """Every facet's counts, and the total, from one reading of the matched fiches (the first
    search of a word in a large catalogue paid seven readings of its full-text match)."""
    counts: dict[str, dict] = {
        name: {}
        for name in ("kind", "contract_type", "level", "segment_leaf", "segment_parent", "theme")
    }
    try:
        fiche_sql, params = matched.order_by().values("pk", *SCALAR).query.sql_with_params()
    except EmptyResultSet:  # a search that can match nothing
        return {**counts, "total": 0}
    quote = connection.ops.quote_name
    segments = quote(Fiche.segments.through._meta.db_table)
    themes = quote(Fiche.themes.through._meta.db_table)
    segment_table = quote(Segment._meta.db_table)
    parts = [
        f"SELECT '{name}', CAST(m.{name} AS TEXT), COUNT(*) FROM m GROUP BY m.{name}"  # noqa: S608
        for name in SCALAR
    ]
    parts += [
        f"SELECT 'segment_leaf', CAST(s.segment_id AS TEXT), COUNT(DISTINCT s.fiche_id) "  # noqa: S608
        f"FROM {segments} s INNER JOIN m ON m.id = s.fiche_id GROUP BY s.segment_id",
        f"SELECT 'segment_parent', CAST(COALESCE(g.parent_id, s.segment_id) AS TEXT), "  # noqa: S608
        f"COUNT(DISTINCT s.fiche_id) FROM {segments} s INNER JOIN m ON m.id = s.fiche_id "
        f"INNER JOIN {segment_table} g ON g.id = s.segment_id "
        "GROUP BY COALESCE(g.parent_id, s.segment_id)",
        f"SELECT 'theme', CAST(t.theme_id AS TEXT), COUNT(*) FROM {themes} t "  # noqa: S608
        "INNER JOIN m ON m.id = t.fiche_id GROUP BY t.theme_id",
        "SELECT 'total', '', COUNT(*) FROM m",
    ]
    materialized = "MATERIALIZED " if connection.vendor == "postgresql" else ""
    # Only our own table and column names go into this text; the values are parameters.
    sql = f"WITH m(id, {', '.join(SCALAR)}) AS {materialized}({fiche_sql}) " + " UNION ALL ".join(
        parts
    )
    total = 0
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for name, value, n in cursor.fetchall():
            if name == "total":
                total = n
            elif name.startswith(("segment", "theme")):
                counts[name][int(value)] = n
            else:
                counts[name][value] = n
    counts["total"] = total
    return counts


def build_facets(
    counts: dict[str, dict],
    filterset: FicheFilterSet,
    values: dict[str, list[str]],
    segments: list[Segment],
    themes: list[Theme],
) -> list[Facet]:
    facets: list[Facet] = []
    form_fields = filterset.form.fields
    for name, choices in (
        ("kind", Fiche.Kind.choices),
        ("contract_type", Fiche.ContractType.choices),
        ("level", Fiche.Level.choices),
    ):
        facets.append(
            Facet(
                name=name,
                legend=str(form_fields[name].label),
                options=[
                    FacetOption(str(v), str(label), counts[name].get(v, 0), v in values[name])
                    for v, label in choices
                ],
            )
        )
    leaf_counts, parent_counts = counts["segment_leaf"], counts["segment_parent"]
    tree: list[FacetOption] = []
    by_pk: dict[int, FacetOption] = {}
    for segment in segments:
        if segment.parent_id is None:
            option = FacetOption(
                segment.slug,
                segment.name,
                parent_counts.get(segment.pk, 0),
                segment.slug in values["segment"],
            )
            by_pk[segment.pk] = option
            tree.append(option)
    for segment in segments:
        if segment.parent_id is not None and segment.parent_id in by_pk:
            by_pk[segment.parent_id].children.append(
                FacetOption(
                    segment.slug,
                    segment.name,
                    leaf_counts.get(segment.pk, 0),
                    segment.slug in values["segment"],
                )
            )
    facets.append(Facet("segment", str(form_fields["segment"].label), tree))

    theme_counts = counts["theme"]
    facets.append(
        Facet(
            "theme",
            str(form_fields["theme"].label),
            [
                FacetOption(t.code, t.label, theme_counts.get(t.pk, 0), t.code in values["theme"])
                for t in themes
            ],
        )
    )
    order = {
        name: i for i, name in enumerate(("kind", "segment", "theme", "level", "contract_type"))
    }
    facets.sort(key=lambda f: order[f.name])
    return facets
