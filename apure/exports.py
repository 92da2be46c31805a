"""Spreadsheet exports as French office software opens them, streamed, audited.

    columns = [Column("reference", _("Reference")), Column("created", _("Created"), width=18)]
    rows = ({"reference": r.reference, "created": r.created_at} for r in queryset.iterator())
    return export_response(request, fmt="xlsx", name="demandes", columns=columns, rows=rows,
                           what="guichet.requests", filters=request.GET)

CSV: UTF-8 with a byte-order mark, semicolon-separated, CRLF, so that a double click opens it
right in Excel and LibreOffice with the French locale. XLSX: openpyxl in write-only mode, free
text stored as strings (never as formulas), the header row frozen, column widths set, dates as
real dates. In both, a text cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage
return is neutralised with a leading apostrophe: a spreadsheet will not run it. Both responses
are streamed (rows are consumed as they are written), never cached by a browser or a proxy,
and, when staff export, leave an audit entry (who, what, which filters).
"""

from __future__ import annotations

import csv
import datetime as dt
import decimal
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from django.http import HttpRequest, StreamingHttpResponse
from django.utils import timezone
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from .audit import audit_log
from .http import no_store

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
CSV_CONTENT_TYPE = "text/csv; charset=utf-8"
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FORMATS = ("csv", "xlsx")


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    width: int = 20


def neutralise(value: str) -> str:
    """A text a spreadsheet would read as a formula starts with an apostrophe instead."""
    return "'" + value if value.startswith(FORMULA_PREFIXES) else value


def unneutralise(value: str) -> str:
    """The inverse of `neutralise`, for files read back (the catalogue import)."""
    if len(value) > 1 and value[0] == "'" and value[1:].startswith(FORMULA_PREFIXES):
        return value[1:]
    return value


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, dt.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, (list, tuple)):
        return " | ".join(_text(v) for v in value)
    if isinstance(value, float | decimal.Decimal):
        return str(value).replace(".", ",")
    return str(value)


class _Echo:
    def write(self, value: str) -> str:
        return value


def csv_chunks(columns: list[Column], rows: Iterable[Mapping[str, Any]]) -> Iterator[bytes]:
    """The CSV file, line by line, as bytes (the first one starts with the BOM)."""
    writer = csv.writer(_Echo(), delimiter=";", lineterminator="\r\n")
    yield ("\ufeff" + writer.writerow([c.header for c in columns])).encode("utf-8")
    for row in rows:
        cells = []
        for column in columns:
            value = row.get(column.key)
            text = _text(value)
            # Numbers stay numbers; every text is neutralised.
            if not isinstance(value, int | float | decimal.Decimal) or isinstance(value, bool):
                text = neutralise(text)
            cells.append(text)
        yield writer.writerow(cells).encode("utf-8")


def csv_bytes(columns: list[Column], rows: Iterable[Mapping[str, Any]]) -> bytes:
    return b"".join(csv_chunks(columns, rows))


def _xlsx_value(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, dt.datetime):
        # Excel has no time zones: the wall-clock time in Europe/Paris.
        return timezone.localtime(value).replace(tzinfo=None) if timezone.is_aware(value) else value
    if isinstance(value, dt.date | int | float | decimal.Decimal):
        return value
    # Control characters pasted from word processors are refused by the XLSX format.
    return neutralise(ILLEGAL_CHARACTERS_RE.sub("", _text(value)))


def xlsx_bytes(
    columns: list[Column], rows: Iterable[Mapping[str, Any]], *, title: str = "Export"
) -> bytes:
    """The XLSX workbook (one sheet). Write-only mode keeps memory flat for long exports."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title[:31] or "Export")
    sheet.freeze_panes = "A2"
    for index, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    bold = Font(bold=True)
    header = []
    for column in columns:
        cell = WriteOnlyCell(sheet, value=column.header)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    for row in rows:
        cells = []
        for column in columns:
            value = _xlsx_value(row.get(column.key))
            cell = WriteOnlyCell(sheet, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # free text is never a formula
            elif isinstance(value, dt.datetime):
                cell.number_format = "DD/MM/YYYY HH:MM"
            elif isinstance(value, dt.date):
                cell.number_format = "DD/MM/YYYY"
            cells.append(cell)
        sheet.append(cells)
    with tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024) as handle:
        workbook.save(handle)
        handle.seek(0)
        return handle.read()


def _xlsx_chunks(columns, rows, title) -> Iterator[bytes]:
    data = xlsx_bytes(columns, rows, title=title)
    for start in range(0, len(data), 64 * 1024):
        yield data[start : start + 64 * 1024]


def export_response(
    request: HttpRequest,
    *,
    fmt: str,
    name: str,
    columns: list[Column],
    rows: Iterable[Mapping[str, Any]],
    what: str,
    filters: Mapping[str, Any] | None = None,
) -> StreamingHttpResponse:
    """A streamed CSV or XLSX download named `<name>-<date>.<fmt>`, `no-store`, audited.

    `what` names the export in the audit log ("guichet.requests"); `filters` are the
    parameters the rows were chosen with (a QueryDict or a dict)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    user = request.user
    if user.is_authenticated:
        chosen = {}
        for key in filters or {}:
            values = filters.getlist(key) if hasattr(filters, "getlist") else [filters[key]]
            # No NUL character: PostgreSQL's JSON refuses it (the audit entry is JSON).
            chosen[str(key)[:100].replace("\x00", "")] = [
                str(v)[:200].replace("\x00", "") for v in values
            ]
        audit_log(actor=user, action="export", what=what, format=fmt, filters=chosen)
    filename = f"{name}-{timezone.localdate().isoformat()}.{fmt}"
    if fmt == "csv":
        response = StreamingHttpResponse(csv_chunks(columns, rows), content_type=CSV_CONTENT_TYPE)
    else:
        response = StreamingHttpResponse(
            _xlsx_chunks(columns, rows, name), content_type=XLSX_CONTENT_TYPE
        )
    response["Content-Disposition"] = attachment_disposition(filename)
    response["X-Content-Type-Options"] = "nosniff"
    return no_store(response)


def attachment_disposition(filename: str) -> str:
    """`attachment` with an ASCII fallback and the UTF-8 name (RFC 6266 / 5987)."""
    ascii_name = filename.encode("ascii", "ignore").decode()
    ascii_name = "".join(c for c in ascii_name if c.isprintable() and c not in '"\\') or "fichier"
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"
