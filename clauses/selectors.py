"""Every read of La Clause Verte that joins, filters or annotates."""

from __future__ import annotations

import difflib
from typing import Any

from django.db.models import Count, Prefetch, Q, QuerySet
from django.http import Http404

from apure.caching import cached

from .eforms import label_for
from .loi_climat import REQUIREMENTS
from .models import (
    CONTENT_FIELDS,
    LIST_FIELDS,
    WORKFLOW_FIELDS,
    Feedback,
    Fiche,
    Segment,
    Selection,
    SelectionItem,
)
from .search import list_queryset


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


def published_fiche_full(*, slug: str) -> Fiche | None:
    """A published fiche with its segments and themes (the API's detail), or None."""
    return (
        Fiche.objects.published()
        .prefetch_related("segments", "themes")
        .filter(slug=slug[:120])
        .first()
    )


def published_fiches_by_slugs(slugs: list[str]) -> list[Fiche]:
    return list(Fiche.objects.published().filter(slug__in=slugs).only("pk", "slug", "title"))


def feedback_get_or_404(*, pk: int) -> Feedback:
    feedback = Feedback.objects.filter(pk=pk).first()
    if feedback is None:
        raise Http404
    return feedback


def catalogue_fiches() -> QuerySet:
    """What the catalogue export holds: every fiche past the draft stage, by identifier."""
    return (
        Fiche.objects.prefetch_related("themes", "segments__parent")
        .exclude(status=Fiche.Status.DRAFT)
        .order_by("slug")
    )


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


def fiches_of_author(*, user, status: str | None = None) -> QuerySet:
    fiches = Fiche.objects.filter(author=user)
    if status is not None:
        fiches = fiches.filter(status=status)
    return fiches.only(*LIST_FIELDS, "review_comment").order_by("-updated_at")


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
    """The fiches waiting for review: the staff menu's badge on every page they open, so
    counted once per version of the catalogue (every fiche change bumps it)."""
    return cached(
        "clauses",
        ("review-count",),
        lambda: Fiche.objects.filter(status=Fiche.Status.REVIEW).count(),
    )


def feedback_pending() -> QuerySet:
    return (
        Feedback.objects.filter(status=Feedback.Status.PENDING)
        .select_related("fiche", "author", "author__organisation")
        .order_by("created_at")
    )


def fiches_for_selection(ids: list[int]) -> list[Fiche]:
    """The published fiches of a selection, in the order they were added, with their segments
    (the selection's check compares them with the contract's)."""
    found = {
        f.pk: f
        for f in Fiche.objects.published()
        .filter(pk__in=ids)
        .only(*LIST_FIELDS, "text", "legal_references", "verification")
        .prefetch_related(Prefetch("segments", Segment.objects.select_related("parent")))
    }
    return [found[i] for i in ids if i in found]


# Named selections of signed-in buyers.


def selections_for_user(user) -> list[Selection]:
    """A user's selections, oldest first, each with its number of published fiches."""
    if not user.is_authenticated:
        return []
    return list(
        Selection.objects.filter(user=user)
        .select_related("segment", "segment__parent")
        .annotate(fiche_count=Count("items", filter=Q(items__fiche__status=Fiche.Status.PUBLISHED)))
        .order_by("created_at", "pk")
    )


def selection_fiche_ids(selection: Selection) -> list[int]:
    """A selection's published fiches, in the order they were added."""
    return list(
        SelectionItem.objects.filter(selection=selection, fiche__status=Fiche.Status.PUBLISHED)
        .order_by("added_at", "pk")
        .values_list("fiche_id", flat=True)
    )


def selection_get_for_user_or_404(*, user, pk: Any) -> Selection:
    """One of the user's selections; another person's, or a wrong number, is a 404."""
    if not user.is_authenticated or not str(pk).isdigit() or len(str(pk)) > 18:
        raise Http404
    selection = (
        Selection.objects.filter(user=user, pk=int(pk))
        .select_related("segment", "segment__parent")
        .first()
    )
    if selection is None:
        raise Http404
    return selection


# The Loi Climat kit (the rule itself lives in loi_climat.py).


def _segment_ids(fiche: Fiche) -> set[int]:
    return {segment.pk for segment in fiche.segments.all()}


def fiche_fits_contract(fiche: Fiche, *, contract_type: str, segment: Segment | None) -> bool:
    """Whether a fiche belongs in a contract of this type and segment: same contract type, and
    one of its segments is the segment, its parent or one of its children (a fiche written for
    no segment in particular fits any)."""
    if contract_type and fiche.contract_type != contract_type:
        return False
    if segment is None:
        return True
    segments = list(fiche.segments.all())
    if not segments:
        return True
    return any(
        s.pk == segment.pk or s.parent_id == segment.pk or s.pk == segment.parent_id
        for s in segments
    )


def kit_coverage(
    fiches: list[Fiche], *, contract_type: str = "", segment: Segment | None = None
) -> dict[str, Any]:
    """Which Loi Climat / PNAD requirements the contract a selection prepares would meet.

    Only fiches that fit the selection's contract (type and segment) count. When the selection
    does not say which contract it prepares and its fiches belong to different contracts (a
    canteen clause and a roads clause), nothing is "covered": each contract needs its own."""
    fitting = [
        f for f in fiches if fiche_fits_contract(f, contract_type=contract_type, segment=segment)
    ]
    off_contract = [f for f in fiches if f not in fitting]
    contract_types = {f.contract_type for f in fitting}
    mixed = not contract_type and len(contract_types) > 1
    if not mixed and segment is None:
        with_segments = [_segment_ids(f) for f in fitting if _segment_ids(f)]
        mixed = any(
            not (a & b) for i, a in enumerate(with_segments) for b in with_segments[i + 1 :]
        )
    requirements = []
    for r in REQUIREMENTS:
        meeting = [f for f in fitting if r.met_by(f)]
        status = "missing" if not meeting else ("unsure" if mixed else "covered")
        requirements.append(
            {
                "code": r.code,
                "label": r.label,
                "reference": r.reference,
                "fiches": meeting,
                "status": status,
            }
        )
    return {
        "requirements": requirements,
        "mixed": mixed,
        "off_contract": off_contract,
        "contract_types": sorted(str(Fiche.ContractType(c).label) for c in contract_types if c),
    }


def kit_segments(*, contract_type: str) -> set[int]:
    """The segments (and their parents) that published fiches of this contract type use: the
    kit offers no "Travaux > Alimentation"."""
    rows = Fiche.segments.through.objects.filter(
        fiche__status=Fiche.Status.PUBLISHED, fiche__contract_type=contract_type
    ).values_list("segment_id", "segment__parent_id")
    return {pk for pair in rows for pk in pair if pk is not None}


def kit_proposals(
    *, contract_type: str, segment: Segment | None, per_level: int = 3
) -> list[dict[str, Any]]:
    """For each requirement, published fiches of this contract type (and segment), grouped by
    ambition level: the first of the basic level is the proposal. When the segment has none,
    only fiches written for no segment in particular are offered, never another segment's."""
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
            list_queryset(in_segment.filter(condition)).order_by("-published_at")[:60]
        )
        generic = False
        if not candidates and segment is not None:
            generic_fiches = base.filter(condition, segments=None)
            candidates = list(list_queryset(generic_fiches).order_by("-published_at")[:60])
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
                "obligation": requirement.obligation,
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


HISTORY_CHOICES = {
    name: dict(Fiche._meta.get_field(name).choices)
    for name in ("kind", "contract_type", "level", "tender_document", "status")
}
HISTORY_CODE_LABELS = {
    "eforms_strategic": "BT-06",
    "eforms_green": "BT-774",
    "eforms_social": "BT-775",
    "eforms_green_criteria": "BT-805",
}


def _word_diff(old: str, new: str) -> list[dict[str, str]]:
    """The change from `old` to `new` word by word: parts marked "equal", "del" or "ins"
    (the template shows them as text, <del> and <ins>)."""
    old_words, new_words = str(old).split(" "), str(new).split(" ")
    parts = []
    matcher = difflib.SequenceMatcher(a=old_words, b=new_words, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            parts.append({"op": "equal", "text": " ".join(old_words[a1:a2])})
            continue
        if a2 > a1:
            parts.append({"op": "del", "text": " ".join(old_words[a1:a2])})
        if b2 > b1:
            parts.append({"op": "ins", "text": " ".join(new_words[b1:b2])})
    return parts


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
    """A field of a version as a person reads it: choices by their label (“Publiée”, not
    “published”), eForms codes by their label, relations by name."""
    for field_name, rows, target in HISTORY_RELATIONS:
        if name == field_name:
            return sorted(str(getattr(row, target)) for row in getattr(record, rows).all())
    value = getattr(record, name, "")
    choices = HISTORY_CHOICES.get(name)
    if choices is not None and value in choices:
        return str(choices[value])
    if name in HISTORY_CODE_LABELS and isinstance(value, list):
        return [label_for(HISTORY_CODE_LABELS[name], code) for code in value]
    return value


def _as_text(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)


# Personal data (the account's export, registered in apps.ready()).


def personal_data(user) -> dict[str, Any]:
    selections = [
        {
            "name": selection.name,
            "contract_type": selection.contract_type,
            "segment": str(selection.segment) if selection.segment else "",
            "active": selection.is_active,
            "created_at": selection.created_at.isoformat(),
            "fiches": [item.fiche.slug for item in selection.items.all()],
        }
        for selection in Selection.objects.filter(user=user)
        .select_related("segment", "segment__parent")
        .prefetch_related(Prefetch("items", SelectionItem.objects.select_related("fiche")))
        .order_by("created_at", "pk")
    ]
    return {
        "selections": selections,
        "feedback": [
            {
                "fiche": f.fiche.slug,
                "used_in_contract": f.used_in_contract,
                "comment": f.comment,
                "status": f.status,
                "date": f.created_at.isoformat(),
            }
            for f in Feedback.objects.filter(author=user).select_related("fiche")
        ],
        "proposed_fiches": list(Fiche.objects.filter(author=user).values_list("slug", flat=True)),
    }
