"""Catalogue import for staff: every row is checked before anything is written.

A wrong row refuses the whole file with a report (line, field, message). Rows are keyed by
slug, so importing the same file again updates the fiches instead of duplicating them.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _

from apure.audit import audit_log
from apure.caching import bumps_batched
from apure.exports import unneutralise
from apure.models import User

from . import services
from .exports import LIST_SEPARATOR
from .models import (
    CATALOGUE_COLUMNS,
    CATALOGUE_LIST_COLUMNS,
    CATALOGUE_REQUIRED_COLUMNS,
    CONTENT_FIELDS,
    Fiche,
    Segment,
    Theme,
)
from .text import strip_control

SEGMENT_NAME_MAX_LENGTH = Segment._meta.get_field("name").max_length

# Every row goes through the services in one request and one transaction: a thousand fiches
# import in seconds, more would outlast the request timeout.
MAX_ROWS = 1000


@dataclass
class ImportError_:
    line: int
    field: str
    message: str


@dataclass
class ImportReport:
    errors: list[ImportError_] = field(default_factory=list)
    created: int = 0
    updated: int = 0
    unchanged: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors

    def add(self, line: int, field_name: str, message: str) -> None:
        self.errors.append(ImportError_(line, field_name, str(message)))


def _as_list(value: Any) -> Any:
    """A list column: "a|b" (CSV, or a string in JSON) becomes ["a", "b"]; others unchanged."""
    if isinstance(value, str):
        return [v.strip() for v in value.split(LIST_SEPARATOR) if v.strip()]
    return value


def parse_file(name: str, content: bytes, report: ImportReport) -> list[tuple[int, dict]]:
    """Rows as (line number, dict of columns); problems go to the report."""
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        report.add(0, _("file"), _("The file is not UTF-8 text."))
        return []
    if name.lower().endswith(".json"):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            report.add(exc.lineno, _("file"), _("Invalid JSON: %(error)s") % {"error": exc.msg})
            return []
        except RecursionError:
            report.add(1, _("file"), _("The JSON file is nested too deeply."))
            return []
        except ValueError as exc:  # e.g. a number too long to convert
            report.add(1, _("file"), _("Invalid JSON: %(error)s") % {"error": str(exc)[:200]})
            return []
        if not isinstance(data, list):
            report.add(1, _("file"), _("The JSON file must hold a list of fiches."))
            return []
        rows = []
        for index, item in enumerate(data[: MAX_ROWS + 1], start=1):
            if not isinstance(item, dict):
                report.add(index, _("entry"), _("Each entry must be an object."))
                continue
            rows.append((index, item))
        return rows
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=";")
        header = reader.fieldnames or []
        missing = [c for c in CATALOGUE_REQUIRED_COLUMNS if c not in header]
        if missing:
            report.add(1, ", ".join(missing), _("Missing columns."))
            return []
        rows = []
        for index, row in enumerate(reader):
            if index >= MAX_ROWS + 1:
                break
            if None in row:
                report.add(reader.line_num, _("row"), _("More cells than columns."))
                continue
            cleaned: dict[str, Any] = {}
            for column, value in row.items():
                value = unneutralise(value or "")
                cleaned[column] = _as_list(value) if column in CATALOGUE_LIST_COLUMNS else value
            rows.append((reader.line_num, cleaned))
        return rows
    except csv.Error as exc:
        report.add(0, _("file"), _("Unreadable CSV: %(error)s") % {"error": exc})
        return []


@dataclass
class _Row:
    line: int
    slug: str
    data: dict[str, Any]
    segments: list[tuple[str, str]]
    themes: list[Theme]
    status: str
    published_at: Any


def _has_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, list):
        return any(_has_nul(v) for v in value)
    return False


def _validate_row(line: int, row: dict[str, Any], themes: dict[str, Theme], report: ImportReport):
    errors_before = len(report.errors)
    for column, value in row.items():
        if _has_nul(value) or _has_nul(column):
            report.add(line, str(column).replace("\x00", "")[:50], _("Contains a NUL character."))
            return None
    unknown = sorted(set(row) - set(CATALOGUE_COLUMNS))
    if unknown:
        report.add(line, ", ".join(unknown)[:200], _("Unknown columns."))
    data: dict[str, Any] = {}
    for column in CONTENT_FIELDS:
        value = row.get(column, [] if column in CATALOGUE_LIST_COLUMNS else "")
        if column in CATALOGUE_LIST_COLUMNS:
            value = _as_list(value)
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                report.add(line, column, _("Give a list of codes."))
                continue
        elif not isinstance(value, str):
            report.add(line, column, _("Give a text."))
            continue
        data[column] = strip_control(value).strip() if isinstance(value, str) else value
    slug = row.get("slug", "")
    if not isinstance(slug, str):
        report.add(line, "slug", _("Give a text."))
        slug = ""
    slug = slug.strip()
    status = row.get("status", "")
    if not isinstance(status, str) or (status and status not in Fiche.Status.values):
        report.add(line, "status", _("Unknown status “%(value)s”.") % {"value": str(status)[:50]})
        status = Fiche.Status.DRAFT
    status = status or Fiche.Status.PUBLISHED
    if status in (Fiche.Status.REVIEW, Fiche.Status.PUBLISHED) and not data.get("text"):
        report.add(line, "text", _("A fiche in review or published needs a clause text."))
    published_at = _parse_date(row.get("published_at", ""), line, report)
    segments = []
    for path in _string_list(row, "segments", line, report):
        parts = [p.strip() for p in path.split(">")]
        if len(parts) > 2 or not parts[0]:
            report.add(
                line, "segments", _("“%(value)s”: write “Parent > Child”.") % {"value": path}
            )
        elif any(len(part) > SEGMENT_NAME_MAX_LENGTH for part in parts):
            report.add(
                line,
                "segments",
                _("“%(value)s…”: a segment name has at most %(n)s characters.")
                % {"value": path[:50], "n": SEGMENT_NAME_MAX_LENGTH},
            )
        else:
            segments.append((parts[0], parts[1] if len(parts) == 2 else ""))
    theme_list = []
    for code in _string_list(row, "themes", line, report):
        if code in themes:
            theme_list.append(themes[code])
        else:
            report.add(line, "themes", _("Unknown theme “%(value)s”.") % {"value": code[:50]})
    fiche = Fiche(slug=slug, status=status)
    for name, value in data.items():
        setattr(fiche, name, value)
    if fiche.status == Fiche.Status.PUBLISHED and fiche.published_at is None:
        fiche.published_at = published_at or timezone.now()
    try:
        fiche.full_clean(validate_unique=False, validate_constraints=True)
    except ValidationError as exc:
        for name, messages in exc.message_dict.items():
            for message in messages:
                report.add(line, name if name != "__all__" else _("row"), message)
    if len(report.errors) > errors_before:
        return None
    return _Row(line, slug, data, segments, theme_list, status, published_at)


# Publication dates a catalogue may carry: anything outside is a typing error (and the years
# 1 and 9999 overflow the database's timestamp once moved to UTC).
DATE_RANGE = (date(1990, 1, 1), date(2100, 12, 31))


def _parse_date(value: Any, line: int, report: ImportReport) -> datetime | None:
    """An ISO 8601 date and time (or a date: noon, Paris time); None when empty or wrong."""
    if value in ("", None):
        return None
    message = _("Not a date and time (ISO 8601).")
    parsed = None
    if isinstance(value, str):
        try:
            parsed = parse_datetime(value.strip())
            if parsed is None and (day := parse_date(value.strip())) is not None:
                parsed = datetime.combine(day, time(12))
        except ValueError:
            parsed = None
            message = _("“%(value)s” is not a real date.") % {"value": value[:30]}
    if parsed is not None and not DATE_RANGE[0] <= parsed.date() <= DATE_RANGE[1]:
        message = _("The date must fall between %(start)s and %(end)s.") % {
            "start": DATE_RANGE[0].year,
            "end": DATE_RANGE[1].year,
        }
        parsed = None
    if parsed is None:
        report.add(line, "published_at", message)
        return None
    if timezone.is_naive(parsed):
        parsed = timezone.make_aware(parsed)
    return parsed


def _string_list(row: dict[str, Any], column: str, line: int, report: ImportReport) -> list[str]:
    """A list column's values; anything but a list of texts is a line of the report."""
    value = _as_list(row.get(column) or [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        report.add(line, column, _("Give a list of texts."))
        return []
    return [v.strip() for v in value if v.strip()]


def catalogue_import(*, name: str, content: bytes, by: User) -> ImportReport:
    """Check every row, then import all of them in one transaction, or none."""
    report = ImportReport()
    rows = parse_file(name, content, report)
    if len(rows) > MAX_ROWS:
        # Refused before any row is checked: one clear message rather than a thousand.
        return ImportReport(
            errors=[
                ImportError_(
                    0,
                    _("file"),
                    _(
                        "The file holds more than %(n)s fiches: split it into files of %(n)s "
                        "fiches at most."
                    )
                    % {"n": MAX_ROWS},
                )
            ]
        )
    if not rows and report.ok:
        report.add(0, _("file"), _("The file holds no fiche."))
    themes = {t.code: t for t in Theme.objects.all()}
    valid: list[_Row] = []
    seen: dict[str, int] = {}
    for line, row in rows[:MAX_ROWS]:
        checked = _validate_row(line, row, themes, report)
        if checked is None:
            continue
        if checked.slug in seen:
            report.add(
                line, "slug", _("Same identifier as line %(line)s.") % {"line": seen[checked.slug]}
            )
            continue
        seen[checked.slug] = line
        valid.append(checked)
    current = dict(Fiche.objects.filter(slug__in=list(seen)).values_list("slug", "status"))
    labels = dict(Fiche.Status.choices)
    for row in valid:
        status = current.get(row.slug)
        if status is not None and not _status_change_possible(status, row.status):
            report.add(
                row.line,
                "status",
                _("The workflow cannot take this fiche from “%(current)s” to “%(wanted)s”.")
                % {"current": labels[status], "wanted": labels[row.status]},
            )
    if not report.ok:
        return report
    # One catalogue version bump for the whole file, not one per fiche, segment and theme.
    with transaction.atomic(), bumps_batched():
        for row in valid:
            _import_row(row, by, report)
        audit_log(
            actor=by,
            action="clauses.catalogue_imported",
            created=report.created,
            updated=report.updated,
            unchanged=report.unchanged,
        )
    return report


def _status_change_possible(current: str, wanted: str) -> bool:
    """What _import_row can do with the workflow's services: publish or archive from any status,
    send a draft for review. Going back to draft or review needs a person (moderation page)."""
    return (
        current == wanted
        or wanted in (Fiche.Status.PUBLISHED, Fiche.Status.ARCHIVED)
        or (current == Fiche.Status.DRAFT and wanted == Fiche.Status.REVIEW)
    )


def _import_row(row: _Row, by: User, report: ImportReport) -> None:
    segments = [services.segment_ensure(parent_name=p, name=c) for p, c in row.segments]
    existing = Fiche.objects.filter(slug=row.slug).first()
    if existing is None:
        fiche = services.fiche_create(
            by=by, data=row.data, segments=segments, themes=row.themes, slug=row.slug
        )
        report.created += 1
    else:
        fiche = services.fiche_update(
            fiche=existing, by=by, data=row.data, segments=segments, themes=row.themes
        )
        changed = fiche.updated_at != existing.updated_at or fiche.status != row.status
        report.updated += int(changed)
        report.unchanged += int(not changed)
    if fiche.status != row.status:
        if row.status == Fiche.Status.PUBLISHED:
            services.fiche_publish(fiche=fiche, by=by, at=row.published_at, notify=False)
        elif row.status == Fiche.Status.ARCHIVED:
            services.fiche_archive(fiche=fiche, by=by, notify=False)
        else:  # checked by _status_change_possible before anything was written
            services.fiche_submit(fiche=fiche, by=by, notify=False)
