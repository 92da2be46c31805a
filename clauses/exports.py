"""Files people download: a selection as .docx or .odt, the catalogue as CSV or JSON."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _

from apure.exports import Column
from apure.site import site_url

from .models import CATALOGUE_COLUMNS, CATALOGUE_LIST_COLUMNS, Fiche
from .text import inline_runs, markdown_blocks, strip_control

# A passage the buyer must fill in: highlighted in the exported documents.
PLACEHOLDER = re.compile(r"(\[à compléter[^\]]*\])", re.IGNORECASE)
AUTHOR = "Portail APuRe"
LANGUAGE = "fr-FR"


@dataclass(frozen=True)
class ExportOptions:
    """What the buyer chose on the selection page."""

    title: str = ""
    # The "identifier · version · address" line under each clause (off by default: the buyer
    # pastes the text into their own tender documents).
    references: bool = False
    # An annex listing, for each clause, how to verify it (proofs, labels).
    verification_annex: bool = False

    def document_title(self) -> str:
        return self.title.strip() or _("My selection of clauses")


def placeholder_parts(text: str) -> list[tuple[str, bool]]:
    """Split a run's text into (part, is_placeholder)."""
    return [(part, index % 2 == 1) for index, part in enumerate(PLACEHOLDER.split(text)) if part]


TENDER_DOCUMENT_ORDER = [value for value, _label in Fiche.TenderDocument.choices]

LIST_SEPARATOR = "|"


def grouped_by_tender_document(fiches: Iterable[Fiche]) -> list[tuple[str, list[Fiche]]]:
    labels = dict(Fiche.TenderDocument.choices)
    groups: dict[str, list[Fiche]] = {}
    for fiche in fiches:
        groups.setdefault(fiche.tender_document, []).append(fiche)
    order = {code: i for i, code in enumerate(TENDER_DOCUMENT_ORDER)}
    return [
        (str(labels.get(code, code)), groups[code])
        for code in sorted(groups, key=lambda c: order.get(c, 99))
    ]


def _cover_line() -> str:
    from .templatetags.clauses_dates import date_fr

    today = date_fr(timezone.localdate(), "DATE_FORMAT")
    return _("Exported on %(date)s from %(site)s") % {"date": today, "site": site_url()}


def _reference_line(fiche: Fiche) -> str:
    return _("Identifier: %(slug)s · version %(version)s · %(url)s") % {
        "slug": fiche.slug,
        "version": fiche.version,
        "url": site_url() + fiche.get_absolute_url(),
    }


def _new_numbering(document) -> int:
    """A numbering that starts again at 1, on the "List Number" style's list definition.

    Every "List Number" paragraph shares the style's numbering, so without this the second
    list of a selection would go on from the first one's last number.
    """
    numbering = document.part.numbering_part.element
    style_num_id = document.styles["List Number"].element.pPr.numPr.numId.val
    abstract_id = numbering.num_having_numId(style_num_id).abstractNumId.val
    num = numbering.add_num(abstract_id)
    num.add_lvlOverride(ilvl=0).add_startOverride(1)
    return num.numId


def _docx_french_a4(document) -> None:
    """A4 with 2 cm margins, French proofing language, the portal as author."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Mm

    for section in document.sections:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Cm(2)
        section.top_margin = section.bottom_margin = Cm(2)
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    targets = [document.styles["Normal"].element.get_or_add_rPr()]
    if defaults is not None:
        rpr_default = defaults.find(qn("w:rPrDefault"))
        if rpr_default is not None and rpr_default.find(qn("w:rPr")) is not None:
            targets.append(rpr_default.find(qn("w:rPr")))
    for rpr in targets:
        for old in rpr.findall(qn("w:lang")):
            rpr.remove(old)
        lang = OxmlElement("w:lang")
        lang.set(qn("w:val"), LANGUAGE)
        lang.set(qn("w:eastAsia"), LANGUAGE)
        rpr.append(lang)
    document.core_properties.author = AUTHOR
    document.core_properties.language = LANGUAGE


def _docx_runs(paragraph, text: str, *, bold: bool = False) -> None:
    from docx.enum.text import WD_COLOR_INDEX

    for part, is_placeholder in placeholder_parts(text):
        run = paragraph.add_run(part)
        run.bold = bold
        if is_placeholder:
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW


def selection_docx(fiches: list[Fiche], options: ExportOptions | None = None) -> bytes:
    from docx import Document

    options = options or ExportOptions()
    document = Document()
    _docx_french_a4(document)
    title = options.document_title()
    document.core_properties.title = title
    document.add_heading(title, level=0)
    document.add_paragraph(_cover_line())
    for label, group in grouped_by_tender_document(fiches):
        document.add_heading(label, level=1)
        for fiche in group:
            # Defensive: rows written before the services stripped control characters (or by
            # another path) must not make python-docx refuse the whole file.
            document.add_heading(strip_control(fiche.title), level=2)
            if options.references:
                meta = document.add_paragraph()
                meta.add_run(_reference_line(fiche)).italic = True
            num_id = None  # the numbering of the current numbered list, if one is open
            for kind, text in markdown_blocks(strip_control(fiche.text)):
                if kind != "number":
                    num_id = None
                if kind == "heading":
                    document.add_heading(text, level=3)
                    continue
                style = {"bullet": "List Bullet", "number": "List Number"}.get(kind)
                paragraph = document.add_paragraph(style=style)
                if kind == "number":
                    num_id = num_id or _new_numbering(document)
                    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
                    num_pr.get_or_add_ilvl().val = 0
                    num_pr.get_or_add_numId().val = num_id
                for part, bold in inline_runs(text):
                    _docx_runs(paragraph, part, bold=bold)
            if fiche.legal_references.strip():
                paragraph = document.add_paragraph()
                paragraph.add_run(_("Legal references: ")).bold = True
                paragraph.add_run(" ".join(strip_control(fiche.legal_references).split()))
    if options.verification_annex:
        document.add_page_break()
        document.add_heading(_("Annex: how to verify each clause"), level=1)
        for fiche in fiches:
            document.add_heading(strip_control(fiche.title), level=2)
            for _kind, text in markdown_blocks(strip_control(fiche.verification)) or [
                ("paragraph", str(_("No particular proof.")))
            ]:
                paragraph = document.add_paragraph()
                for part, bold in inline_runs(text):
                    _docx_runs(paragraph, part, bold=bold)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def selection_odt(fiches: list[Fiche], options: ExportOptions | None = None) -> bytes:
    from odf.dc import Creator, Language, Title
    from odf.opendocument import OpenDocumentText
    from odf.style import (
        DefaultStyle,
        ListLevelProperties,
        MasterPage,
        PageLayout,
        PageLayoutProperties,
        ParagraphProperties,
        Style,
        TextProperties,
    )
    from odf.text import (
        H,
        List,
        ListItem,
        ListLevelStyleBullet,
        ListLevelStyleNumber,
        ListStyle,
        P,
        Span,
    )

    options = options or ExportOptions()
    document = OpenDocumentText()
    title = options.document_title()
    document.meta.addElement(Title(text=title))
    document.meta.addElement(Creator(text=AUTHOR))
    document.meta.addElement(Language(text=LANGUAGE))
    # A4 with 2 cm margins, French text, paragraphs spaced.
    layout = PageLayout(name="A4")
    layout.addElement(
        PageLayoutProperties(
            pagewidth="21cm",
            pageheight="29.7cm",
            printorientation="portrait",
            margintop="2cm",
            marginbottom="2cm",
            marginleft="2cm",
            marginright="2cm",
        )
    )
    document.automaticstyles.addElement(layout)
    document.masterstyles.addElement(MasterPage(name="Standard", pagelayoutname=layout))
    default = DefaultStyle(family="paragraph")
    default.addElement(TextProperties(language="fr", country="FR"))
    default.addElement(ParagraphProperties(marginbottom="0.2cm"))
    document.styles.addElement(default)
    styles = {}
    for name, size, level in (
        ("Title", "20pt", 0),
        ("Heading_1", "16pt", 1),
        ("Heading_2", "13pt", 2),
    ):
        style = Style(name=name, family="paragraph", defaultoutlinelevel=str(max(level, 1)))
        style.addElement(TextProperties(fontsize=size, fontweight="bold"))
        # A heading stays on the page of the text it introduces.
        style.addElement(
            ParagraphProperties(margintop="0.4cm", marginbottom="0.2cm", keepwithnext="always")
        )
        document.styles.addElement(style)
        styles[name] = style
    bold = Style(name="Bold", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    italic = Style(name="Italic", family="text")
    italic.addElement(TextProperties(fontstyle="italic"))
    highlight = Style(name="Placeholder", family="text")
    highlight.addElement(TextProperties(backgroundcolor="#ffff00"))
    for style in (bold, italic, highlight):
        document.styles.addElement(style)
    # Real lists: each text:list starts its numbering again, and word processors edit them.
    list_styles = {}
    for kind, level_style in (
        ("bullet", ListLevelStyleBullet(level=1, bulletchar="•")),
        ("number", ListLevelStyleNumber(level=1, numformat="1", numsuffix=".")),
    ):
        level_style.addElement(ListLevelProperties(spacebefore="0.3cm", minlabelwidth="0.6cm"))
        list_style = ListStyle(name=f"List_{kind}")
        list_style.addElement(level_style)
        document.automaticstyles.addElement(list_style)
        list_styles[kind] = list_style

    def heading(text: str, style: str, level: int) -> None:
        element = H(outlinelevel=level, stylename=styles[style])
        element.addText(text)
        document.text.addElement(element)

    def fill(paragraph, text: str, *, strong: bool) -> None:
        for part, is_placeholder in placeholder_parts(text):
            if is_placeholder:
                paragraph.addElement(Span(stylename=highlight, text=part))
            elif strong:
                paragraph.addElement(Span(stylename=bold, text=part))
            else:
                paragraph.addText(part)

    def blocks(source: str) -> None:
        current_list, current_kind = None, None
        for kind, text in markdown_blocks(strip_control(source)):
            paragraph = P()
            for part, is_bold in inline_runs(text):
                fill(paragraph, part, strong=is_bold or kind == "heading")
            if kind not in ("bullet", "number"):
                current_list, current_kind = None, None
                document.text.addElement(paragraph)
                continue
            if current_list is None or current_kind != kind:
                current_list, current_kind = List(stylename=list_styles[kind]), kind
                document.text.addElement(current_list)
            item = ListItem()
            item.addElement(paragraph)
            current_list.addElement(item)

    heading(title, "Title", 1)
    document.text.addElement(P(text=_cover_line()))
    for label, group in grouped_by_tender_document(fiches):
        heading(label, "Heading_1", 1)
        for fiche in group:
            heading(strip_control(fiche.title), "Heading_2", 2)
            if options.references:
                meta = P()
                meta.addElement(Span(stylename=italic, text=_reference_line(fiche)))
                document.text.addElement(meta)
            blocks(fiche.text)
            if fiche.legal_references.strip():
                paragraph = P()
                paragraph.addElement(Span(stylename=bold, text=_("Legal references: ")))
                paragraph.addText(" ".join(strip_control(fiche.legal_references).split()))
                document.text.addElement(paragraph)
    if options.verification_annex:
        heading(_("Annex: how to verify each clause"), "Heading_1", 1)
        for fiche in fiches:
            heading(strip_control(fiche.title), "Heading_2", 2)
            blocks(fiche.verification or str(_("No particular proof.")))
    buffer = io.BytesIO()
    document.write(buffer)
    return buffer.getvalue()


# The catalogue (staff): same columns in CSV and JSON.


def catalogue_rows(fiches: Iterable[Fiche]) -> list[dict[str, Any]]:
    rows = []
    for fiche in fiches:
        row: dict[str, Any] = {}
        for column in CATALOGUE_COLUMNS:
            if column == "segments":
                row[column] = [_segment_path(s) for s in fiche.segments.all()]
            elif column == "themes":
                row[column] = [t.code for t in fiche.themes.all()]
            elif column == "published_at":
                row[column] = fiche.published_at.isoformat() if fiche.published_at else ""
            else:
                row[column] = getattr(fiche, column)
        rows.append(row)
    return rows


def _segment_path(segment) -> str:
    if segment.parent_id:
        return f"{segment.parent.name} > {segment.name}"
    return segment.name


CATALOGUE_CSV_COLUMNS = [Column(name, name) for name in CATALOGUE_COLUMNS]


def catalogue_csv_rows(rows: list[dict[str, Any]]) -> Iterator[dict[str, str]]:
    """The catalogue rows as CSV cells (list columns joined); the core's export neutralises."""
    for row in rows:
        yield {
            column: LIST_SEPARATOR.join(row[column])
            if column in CATALOGUE_LIST_COLUMNS
            else str(row[column])
            for column in CATALOGUE_COLUMNS
        }


def catalogue_json(rows: list[dict[str, Any]]) -> bytes:
    return json.dumps(rows, ensure_ascii=False, indent=2).encode("utf-8")
