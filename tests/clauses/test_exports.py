"""The selection files (.docx and .odt) and what they make of the fiches' text."""

import io
import re
import shutil
import subprocess

import pytest

from clauses import exports, services
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def test_control_characters_never_break_the_exports(make_fiche):
    # A fiche saved before the services stripped them (or through another path).
    fiche = make_fiche(title="Titre\x01", text="Texte\x0b collé\x1f depuis un PDF\n\n- point\x02")
    for build in (exports.selection_docx, exports.selection_odt):
        assert build([fiche]).startswith(b"PK")


def test_services_strip_control_characters_from_content():
    fiche = services.fiche_create(
        by=make_user("expert"),
        data={
            "title": "Titre\x01",
            "summary": "Résumé",
            "kind": "execution_condition",
            "contract_type": "works",
            "level": "base",
            "tender_document": "CCAP",
            "text": "Ligne\x0b un\tet\r\ndeux\x7f",
        },
    )
    assert fiche.title == "Titre"
    assert fiche.text == "Ligne un\tet\ndeux\x7f"


NUMBERED = (
    "Le titulaire :\n\n1. trie les déchets ;\n2. les valorise.\n\nPuis :\n\n1. il rend compte."
)


def _numbered_fiches(make_fiche):
    return [make_fiche(title="Première", text=NUMBERED), make_fiche(title="Seconde", text=NUMBERED)]


def test_docx_numbered_lists_restart_for_each_list(make_fiche):
    from docx import Document

    document = Document(io.BytesIO(exports.selection_docx(_numbered_fiches(make_fiche))))
    numbering = document.part.numbering_part.element
    lists = []  # (numId, text) of each numbered paragraph
    for paragraph in document.paragraphs:
        num_pr = paragraph._p.pPr.numPr if paragraph._p.pPr is not None else None
        if paragraph.style.name == "List Number" and num_pr is not None:
            lists.append((num_pr.numId.val, paragraph.text))
    assert len(lists) == 6
    ids = [num_id for num_id, _text in lists]
    # Two lists per fiche, each its own numbering: 1, 2 / 1 / 1, 2 / 1.
    assert ids[0] == ids[1] and len({ids[0], ids[2], ids[3], ids[5]}) == 4
    for num_id in {ids[0], ids[2], ids[3], ids[5]}:
        num = numbering.num_having_numId(num_id)
        assert num.xpath("./w:lvlOverride/w:startOverride/@w:val") == ["1"]


def test_odt_numbered_lists_are_numbered_lists(make_fiche):
    from odf import teletype
    from odf.opendocument import load
    from odf.text import List, ListItem

    document = load(io.BytesIO(exports.selection_odt(_numbered_fiches(make_fiche))))
    lists = document.getElementsByType(List)
    assert len(lists) == 4
    items = [[teletype.extractText(i) for i in lst.getElementsByType(ListItem)] for lst in lists]
    assert items[0] == ["trie les déchets ;", "les valorise."] and items[1] == ["il rend compte."]
    assert "•" not in "".join(teletype.extractText(lst) for lst in lists)


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice is not installed")
@pytest.mark.parametrize("fmt", ["docx", "odt"])
def test_libreoffice_reads_the_numbering_back(make_fiche, tmp_path, fmt):
    build = {"docx": exports.selection_docx, "odt": exports.selection_odt}[fmt]
    source = tmp_path / f"selection.{fmt}"
    source.write_bytes(build(_numbered_fiches(make_fiche)))
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path}/lo-profile",
            "--headless",
            "--convert-to",
            "txt:Text (encoded):UTF8",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    text = (tmp_path / "selection.txt").read_text(encoding="utf-8-sig")
    numbers = re.findall(r"^\s*(\d+)\.\s+(?:trie|les valorise|il rend)", text, re.M)
    assert numbers == ["1", "2", "1", "1", "2", "1"], text


def test_docx_and_odt_are_a4_french_and_highlight_what_to_fill_in(make_fiche):
    import io
    import zipfile

    from docx import Document
    from docx.enum.text import WD_COLOR_INDEX
    from docx.shared import Mm

    from clauses.exports import ExportOptions, selection_docx, selection_odt

    fiche = make_fiche(
        title="Clause à compléter",
        text="Le titulaire atteint [à compléter : taux] % de réemploi.\n\n- point un\n- point deux",
        verification="Bordereaux de suivi des déchets.",
    )
    options = ExportOptions(title="Cantine de l'école", verification_annex=True)
    document = Document(io.BytesIO(selection_docx([fiche], options)))
    section = document.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(1) and abs(section.page_height - Mm(297)) < Mm(1)
    assert document.core_properties.author == "Portail APuRe"
    assert document.core_properties.title == "Cantine de l'école"
    assert 'w:val="fr-FR"' in document.styles.element.xml
    runs = [r for p in document.paragraphs for r in p.runs]
    highlighted = [r.text for r in runs if r.font.highlight_color == WD_COLOR_INDEX.YELLOW]
    assert highlighted == ["[à compléter : taux]"]
    texts = [p.text for p in document.paragraphs]
    assert not any(fiche.slug in t for t in texts)  # the reference line is left out by default
    assert any("comment la vérifier" in t.lower() for t in texts)
    assert "Bordereaux de suivi des déchets." in texts
    styles = {p.style.name for p in document.paragraphs}
    assert {"Title", "Heading 1", "Heading 2", "List Bullet"} <= styles
    with_refs = Document(io.BytesIO(selection_docx([fiche], ExportOptions(references=True))))
    assert any(fiche.slug in p.text for p in with_refs.paragraphs)

    with zipfile.ZipFile(io.BytesIO(selection_odt([fiche], options))) as odt:
        styles_xml = odt.read("styles.xml").decode()
        content = odt.read("content.xml").decode()
        meta = odt.read("meta.xml").decode()
    assert 'fo:page-width="21cm"' in styles_xml and 'fo:page-height="29.7cm"' in styles_xml
    assert 'fo:language="fr"' in styles_xml and 'fo:country="FR"' in styles_xml
    assert 'fo:keep-with-next="always"' in styles_xml
    assert 'fo:background-color="#ffff00"' in styles_xml
    assert 'text:style-name="Placeholder">[à compléter : taux]</text:span>' in content
    assert "Cantine de l&apos;école" in meta or "Cantine de l'école" in meta
    assert "Portail APuRe" in meta and fiche.slug not in content
