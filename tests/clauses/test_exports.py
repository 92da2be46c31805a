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
