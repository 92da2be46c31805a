"""Every read of La Clause Verte that joins, filters or annotates."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any

from django.core.paginator import Paginator
from django.db.models import Count, Prefetch, Q, QuerySet
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils.functional import cached_property
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from apure.caching import cached

from .filters import FACETS, FicheFilterSet
from .loi_climat import REQUIREMENTS
from .models import CONTENT_FIELDS, LIST_FIELDS, WORKFLOW_FIELDS, Feedback, Fiche, Segment, Theme
from .search import SearchPlan, search_plan


def fiches_base() -> QuerySet:
    """The fiches a search may return: published ones (drafts are never listed)."""
    return Fiche.objects.published()


def _list_queryset(queryset: QuerySet) -> QuerySet:
    return queryset.only(*LIST_FIELDS).prefetch_related(
        Prefetch("themes", queryset=Theme.objects.only("pk", "code", "label", "position"))
    )


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


@dataclass
class SearchResult:
    queryset: QuerySet
    key: tuple
    total: int
    plan: SearchPlan
    filterset: FicheFilterSet
    facets: list[Facet]
    applied: dict[str, list[tuple[str, str]]]
    ignored: dict[str, list[str]]


class SearchPaginator(Paginator):
    """Pages of a search whose total and page ids are cached with the search (same key, same
    catalogue version): ranking every match happens once per search, not once per request."""

    def __init__(self, result: SearchResult, per_page: int):
        super().__init__(result.queryset, per_page)
        self.result = result

    @cached_property
    def count(self) -> int:
        return self.result.total

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        ids = cached(
            "clauses",
            ("page", self.result.key, bottom, top),
            lambda: list(self.object_list.values_list("pk", flat=True)[bottom:top]),
        )
        rows = {fiche.pk: fiche for fiche in self.object_list.filter(pk__in=ids)}
        return self._get_page([rows[pk] for pk in ids if pk in rows], number, self)


def clause_search(*, user=None, query: str = "", params=None, facets: bool = True) -> SearchResult:
    """Search and facets, in a fixed number of queries whatever the number of fiches."""
    segments = list(Segment.objects.all())
    themes = list(Theme.objects.all())
    filterset = FicheFilterSet(params or {}, segments=segments, themes=themes)
    base = fiches_base()
    # What depends only on the catalogue and the request's words and filters is cached under
    # the catalogue's version (bumped by every change to fiches, segments or themes).
    mode = cached("clauses", ("mode", query), lambda: search_plan(query, base=base).mode)
    plan = search_plan(query, mode=mode)
    matched = plan.filter(base)
    filtered = filterset.filter_except(matched)
    queryset = _list_queryset(plan.rank(filtered))
    values = filterset.values
    key = (plan.query, plan.mode, sorted((name, tuple(v)) for name, v in values.items()))
    total = cached("clauses", ("count", key), filtered.count)
    facet_list = (
        _facets(
            cached("clauses", ("facets", key), lambda: _facet_counts(filterset, matched)),
            filterset,
            values,
            segments,
            themes,
        )
        if facets
        else []
    )
    labels = {
        "kind": dict(Fiche.Kind.choices),
        "contract_type": dict(Fiche.ContractType.choices),
        "level": dict(Fiche.Level.choices),
        "segment": {s.slug: str(s.name) for s in segments},
        "theme": {t.code: t.label for t in themes},
    }
    applied = {
        name: [(v, str(labels[name].get(v, v))) for v in values[name]]
        for name in FACETS
        if values[name]
    }
    return SearchResult(
        queryset=queryset,
        key=key,
        total=total,
        plan=plan,
        filterset=filterset,
        facets=facet_list,
        applied=applied,
        ignored=filterset.ignored,
    )


def _count_by(queryset: QuerySet, name: str) -> dict[str, int]:
    rows = queryset.order_by().values(name).annotate(n=Count("pk"))
    return {row[name]: row["n"] for row in rows}


def _facet_counts(filterset: FicheFilterSet, matched: QuerySet) -> dict[str, dict]:
    """How many fiches each facet value would give: one query per facet, each over the
    matched fiches filtered by every other facet."""
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


def _facets(
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


def fiche_get_for_user_or_404(*, slug: str, user) -> Fiche:
    """A fiche the user may see; anything else is a 404, whether missing or not theirs."""
    fiche = (
        Fiche.objects.select_related("author", "organisation")
        .prefetch_related("themes", Prefetch("segments", Segment.objects.select_related("parent")))
        .filter(slug=slug[:120])
        .first()
    )
    if fiche is None or not user.has_perm("clauses.see_fiche", fiche):
        raise Http404
    return fiche


def published_fiche_or_404(*, slug: str) -> Fiche:
    """A published fiche, light (for the actions that only need its id)."""
    fiche = Fiche.objects.published().only("pk", "slug", "title").filter(slug=slug[:120]).first()
    if fiche is None:
        raise Http404
    return fiche


def fiche_related(*, fiche: Fiche, limit: int = 4) -> list[Fiche]:
    """Published fiches sharing a segment and a theme, then a segment or a theme.

    Scoring reads every fiche of the same segments and themes: the chosen ids are cached
    under the catalogue's version, the fiches themselves read in one query."""
    ids = cached("clauses", ("related", fiche.pk, limit), lambda: _related_ids(fiche, limit))
    by_pk = (
        Fiche.objects.published()
        .only("pk", "slug", "title", "summary", "kind", "level", "published_at")
        .in_bulk(ids)
    )
    return [by_pk[pk] for pk in ids if pk in by_pk]


def _related_ids(fiche: Fiche, limit: int) -> list[int]:
    segment_ids = [s.pk for s in fiche.segments.all()]
    theme_ids = [t.pk for t in fiche.themes.all()]
    if not segment_ids and not theme_ids:
        return []
    same_segment = Fiche.segments.through.objects.filter(segment_id__in=segment_ids).values(
        "fiche_id"
    )
    same_theme = Fiche.themes.through.objects.filter(theme_id__in=theme_ids).values("fiche_id")
    return list(
        Fiche.objects.published()
        .exclude(pk=fiche.pk)
        .filter(Q(pk__in=same_segment) | Q(pk__in=same_theme))
        .annotate(
            score=Count("pk", filter=Q(pk__in=same_segment))
            + Count("pk", filter=Q(pk__in=same_theme))
        )
        .order_by("-score", "-published_at", "-pk")
        .values_list("pk", flat=True)[:limit]
    )


def fiche_feedback_summary(*, fiche: Fiche) -> dict[str, Any]:
    approved = Feedback.objects.filter(fiche=fiche, status=Feedback.Status.APPROVED)
    return {
        "used_count": approved.filter(used_in_contract=True).count(),
        "comments": list(approved.exclude(comment="").order_by("-created_at")[:10]),
    }


def clauses_by_ids(ids) -> list[Fiche]:
    """Published fiches in the order of `ids` (for the Guichet Vert Q&As that cite them)."""
    wanted = [int(i) for i in ids if str(i).isdigit()]
    found = {f.pk: f for f in Fiche.objects.published().filter(pk__in=wanted)}
    return [found[i] for i in wanted if i in found]


def segments_for_choice() -> QuerySet:
    """The purchase segments other apps offer in their forms (the Guichet Vert's request
    form): the second level of the tree, with its parent, in the catalogue's order."""
    return (
        Segment.objects.filter(parent__isnull=False)
        .select_related("parent")
        .order_by("parent__position", "parent__name", "position", "name")
    )


def published_fiches_for_choice() -> QuerySet:
    """Published fiches, light, for another app's form that links to them (a Q&A)."""
    return Fiche.objects.published().only("pk", "slug", "title").order_by("title")


def fiches_newest(*, limit: int = 5) -> list[Fiche]:
    return list(Fiche.objects.published().only(*LIST_FIELDS).order_by("-published_at")[:limit])


def fiches_of_author(*, user) -> QuerySet:
    return (
        Fiche.objects.filter(author=user)
        .only(*LIST_FIELDS, "review_comment")
        .order_by("-updated_at")
    )


def review_queue() -> QuerySet:
    return (
        Fiche.objects.filter(status__in=[Fiche.Status.REVIEW, Fiche.Status.DRAFT])
        .select_related("author", "organisation")
        .only(
            *LIST_FIELDS,
            "author__email",
            "author__first_name",
            "author__last_name",
            "organisation__name",
            "review_comment",
        )
        .order_by("status", "-updated_at")
    )


def review_count() -> int:
    return Fiche.objects.filter(status=Fiche.Status.REVIEW).count()


def feedback_pending() -> QuerySet:
    return (
        Feedback.objects.filter(status=Feedback.Status.PENDING)
        .select_related("fiche", "author", "author__organisation")
        .order_by("created_at")
    )


def fiches_for_selection(ids: list[int]) -> list[Fiche]:
    """The published fiches of a selection, in the order they were added."""
    found = {
        f.pk: f
        for f in Fiche.objects.published()
        .filter(pk__in=ids)
        .only(*LIST_FIELDS, "text", "legal_references", "verification")
    }
    return [found[i] for i in ids if i in found]


# The Loi Climat kit (the rule itself lives in loi_climat.py).


def kit_coverage(fiches: list[Fiche]) -> list[dict[str, Any]]:
    """Which of the Loi Climat / PNAD requirements a selection covers, and with what."""
    return [
        {
            "code": r.code,
            "label": r.label,
            "reference": r.reference,
            "fiches": [f for f in fiches if r.met_by(f)],
        }
        for r in REQUIREMENTS
    ]


def kit_proposals(
    *, contract_type: str, segment: Segment | None, per_level: int = 3
) -> list[dict[str, Any]]:
    """For each requirement, published fiches of this contract type (and segment, or else any
    segment), grouped by ambition level: the first of the basic level is the proposal."""
    base = Fiche.objects.published().filter(contract_type=contract_type)
    in_segment = base
    if segment is not None:
        condition = Q(segment=segment) | Q(segment__parent=segment)
        if segment.parent_id:
            condition |= Q(segment_id=segment.parent_id)
        through = Fiche.segments.through.objects.filter(condition)
        in_segment = base.filter(pk__in=through.values("fiche_id"))
    result = []
    levels = list(Fiche.Level)
    for requirement in REQUIREMENTS:
        condition = requirement.condition()
        candidates = list(
            _list_queryset(in_segment.filter(condition)).order_by("-published_at")[:60]
        )
        generic = False
        if not candidates and segment is not None:
            candidates = list(_list_queryset(base.filter(condition)).order_by("-published_at")[:60])
            generic = bool(candidates)
        by_level = [
            {
                "level": level,
                "fiches": [f for f in candidates if f.level == level][:per_level],
            }
            for level in levels
        ]
        first = next((group["fiches"][0] for group in by_level if group["fiches"]), None)
        result.append(
            {
                "code": requirement.code,
                "label": requirement.label,
                "reference": requirement.reference,
                "levels": by_level,
                "proposal": first,
                "generic": generic,
            }
        )
    return result


# History, shown to staff as a readable diff.

HISTORY_FIELDS = (*CONTENT_FIELDS, *WORKFLOW_FIELDS[:2], "review_comment")
# Relations kept by simple-history (m2m_fields): (field, rows of a version, target of a row).
HISTORY_RELATIONS = (
    ("segments", "historicalfiche_segments_set", "segment"),
    ("themes", "historicalfiche_themes_set", "theme"),
)


def _word_diff(old: str, new: str) -> SafeString:
    old_words, new_words = str(old).split(" "), str(new).split(" ")
    parts = []
    matcher = difflib.SequenceMatcher(a=old_words, b=new_words, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            parts.append(escape(" ".join(old_words[a1:a2])))
            continue
        if a2 > a1:
            parts.append(f"<del>{escape(' '.join(old_words[a1:a2]))}</del>")
        if b2 > b1:
            parts.append(f"<ins>{escape(' '.join(new_words[b1:b2]))}</ins>")
    return mark_safe(" ".join(parts))  # noqa: S308  every piece is escaped above


def fiche_history(*, fiche: Fiche, limit: int = 50) -> list[dict[str, Any]]:
    """Each saved version with what changed since the previous one, newest first."""
    # One record more than shown: the oldest shown entry is compared with its real predecessor,
    # and only the version without one is labelled "created".
    records = list(
        fiche.history.select_related("history_user")
        .prefetch_related(
            "historicalfiche_segments_set__segment__parent", "historicalfiche_themes_set__theme"
        )
        .order_by("-history_id")[: limit + 1]
    )
    verbose = {
        f.name: f.verbose_name for f in Fiche._meta.get_fields() if hasattr(f, "verbose_name")
    }
    entries = []
    for index, record in enumerate(records[:limit]):
        previous = records[index + 1] if index + 1 < len(records) else None
        changes = []
        for name in (*HISTORY_FIELDS, *(name for name, _rows, _target in HISTORY_RELATIONS)):
            new = _history_value(record, name)
            old = _history_value(previous, name) if previous is not None else ""
            if previous is not None and new == old:
                continue
            if previous is None and new in ("", [], None):
                continue
            changes.append(
                {
                    "field": verbose.get(name, name),
                    "diff": _word_diff(_as_text(old), _as_text(new)),
                }
            )
        entries.append({"record": record, "changes": changes, "first": previous is None})
    return entries


def _history_value(record: Any, name: str) -> Any:
    for field_name, rows, target in HISTORY_RELATIONS:
        if name == field_name:
            return sorted(str(getattr(row, target)) for row in getattr(record, rows).all())
    return getattr(record, name, "")


def _as_text(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)
