from html.parser import HTMLParser

import pytest

from clauses.text import inline_runs, markdown_blocks, render_markdown


@pytest.mark.parametrize(
    "source",
    [
        "<script>alert(1)</script>",
        '<img src=x onerror="alert(1)">',
        "[clic](javascript:alert(1))",
        '<p style="color:red" onclick="x()">a</p>',
        "<iframe src='https://evil.example'></iframe>",
        "[data](data:text/html;base64,PHNjcmlwdD4=)",
    ],
)
def test_dangerous_markup_never_survives(source):
    html = render_markdown(source)
    parser = ElementCollector()
    parser.feed(html)
    for tag, attrs in parser.elements:
        assert tag not in {"script", "iframe", "img", "style"}, html
        for name, value in attrs:
            assert not name.startswith("on") and name != "style", html
            if name == "href":
                assert value.startswith(("http:", "https:", "mailto:")), html


class ElementCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.elements = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, attrs))


def test_raw_html_is_shown_as_text():
    assert "&lt;script&gt;" in render_markdown("<script>alert(1)</script>")


def test_limited_markdown_renders():
    html = render_markdown(
        "# Titre\n\nDu **gras**, de l'*italique*.\n\n- un\n- deux\n\n"
        "[site](https://example.org) [mail](mailto:a@b.fr)"
    )
    assert "<h3>Titre</h3>" in html and "<h1>" not in html
    assert "<strong>gras</strong>" in html and "<em>italique</em>" in html
    assert "<li>un</li>" in html
    assert 'href="https://example.org"' in html and 'href="mailto:a@b.fr"' in html
    assert 'rel="noopener noreferrer nofollow"' in html


def test_blocks_for_exports():
    blocks = markdown_blocks("Intro\nsuite\n\n- a\n- b\n\n1. un\n\n## Titre")
    assert blocks == [
        ("paragraph", "Intro suite"),
        ("bullet", "a"),
        ("bullet", "b"),
        ("number", "un"),
        ("heading", "Titre"),
    ]
    assert inline_runs("a **b** c") == [("a ", False), ("b", True), (" c", False)]


def test_code_spans_show_their_characters_once_escaped():
    html = render_markdown("Écrire `a < b && c` puis **Tom & Jerry**")
    assert "<code>a &lt; b &amp;&amp; c</code>" in html
    assert "&amp;lt;" not in html and "&amp;amp;" not in html
    assert "<strong>Tom &amp; Jerry</strong>" in html


def test_a_list_right_after_a_sentence_is_a_list():
    import html as html_lib

    from clauses.text import render_markdown

    html = html_lib.unescape(
        render_markdown(
            "Le lot comprend :\n- au moins 50 % de produits durables ;\n- dont 20 % bio.\nFin."
        )
    )
    assert "<p>Le lot comprend\u00a0:</p>" in html
    assert "<li>au moins 50\u00a0% de produits durables\u202f;</li>" in html
    assert "<li>dont 20\u00a0% bio.</li>" in html
    assert "<p>Fin.</p>" in html
    numbered = render_markdown("Étapes :\n1. diagnostic ;\n2. travaux.")
    assert "<ol>" in numbered and numbered.count("<li>") == 2
    # A dash inside a sentence is not a list.
    assert "<li>" not in render_markdown("Un mot - un autre mot.\nSuite - fin.")


def test_french_typography():
    from clauses.text import french_typography

    text = french_typography(
        "Objectif : 30 % de CO2 en moins ; « réemploi » ! Voir https://x.fr?a=1 à 10:30"
    )
    assert text == (
        "Objectif\u00a0: 30\u00a0% de CO₂ en moins\u202f; «\u00a0réemploi\u00a0»\u202f! "
        "Voir https://x.fr?a=1 à 10:30"
    )
    assert french_typography("2 x 3 m") == "2\u00a0×\u00a03 m"
    assert "&nbsp;:" in render_markdown("Le titulaire respecte :\n\n- un point")
