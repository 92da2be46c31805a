"""Text helpers: accent folding for search, and the limited Markdown of fiches rendered safely."""

import re
import unicodedata

import markdown
import nh3
from markdown.extensions import Extension

# French words too common to help a search (the PostgreSQL french configuration drops them too).
STOP_WORDS = frozenset(
    {
        "a",
        "au",
        "aux",
        "avec",
        "ce",
        "ces",
        "d",
        "dans",
        "de",
        "des",
        "du",
        "elle",
        "en",
        "et",
        "il",
        "l",
        "la",
        "le",
        "les",
        "leur",
        "lui",
        "ma",
        "mais",
        "me",
        "meme",
        "mes",
        "moi",
        "mon",
        "ne",
        "nos",
        "notre",
        "nous",
        "on",
        "ou",
        "par",
        "pas",
        "pour",
        "qu",
        "que",
        "qui",
        "sa",
        "se",
        "ses",
        "son",
        "sur",
        "ta",
        "te",
        "tes",
        "toi",
        "ton",
        "tu",
        "un",
        "une",
        "vos",
        "votre",
        "vous",
        "c",
        "j",
        "m",
        "n",
        "s",
        "t",
        "y",
    }
)

ALLOWED_TAGS = {
    "p",
    "br",
    "strong",
    "em",
    "ul",
    "ol",
    "li",
    "a",
    "h3",
    "h4",
    "blockquote",
    "code",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}


# C0 control characters other than tab and newline: pasted from PDFs, invisible, and refused by
# the XML of .docx/.odt files. A carriage return is a newline once "\r\n" has been folded.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b-\x1f]")


def strip_control(text: str) -> str:
    """Text without C0 control characters except tab and newline ("\r\n" becomes "\n")."""
    return CONTROL_CHARACTERS.sub("", (text or "").replace("\r\n", "\n"))


NBSP, NNBSP = "\u00a0", "\u202f"
_BEFORE_HIGH_PUNCTUATION = re.compile(r"[ \u00a0\u202f]+([:;?!])(?=\s|$|[<\"»)])")
_BEFORE_PERCENT = re.compile(r"(\d)[ \u00a0\u202f]*%")
_AFTER_OPENING_GUILLEMET = re.compile(r"«[ \u00a0\u202f]*")
_BEFORE_CLOSING_GUILLEMET = re.compile(r"[ \u00a0\u202f]*»")
_CO2 = re.compile(r"\bCO2\b")
_TIMES = re.compile(r"(\d)[ \u00a0]?x[ \u00a0]?(\d)")
_ORDINAL = re.compile(r"\b1er\b")


def french_typography(text: str) -> str:
    """French typographic rules on a text (plain or HTML text nodes without tags inside the
    matches): a narrow no-break space before ; ? ! and a no-break space before : (no line then
    starts with them), "30 %" that never breaks, no-break spaces inside « », CO₂, 2 × 3.
    A colon glued to a word ("https:", "10:30") is left alone: only spaced punctuation moves."""
    if not text:
        return text
    text = _BEFORE_HIGH_PUNCTUATION.sub(
        lambda m: (NBSP if m.group(1) == ":" else NNBSP) + m.group(1), text
    )
    text = _BEFORE_PERCENT.sub(lambda m: m.group(1) + NBSP + "%", text)
    text = _AFTER_OPENING_GUILLEMET.sub("«" + NBSP, text)
    text = _BEFORE_CLOSING_GUILLEMET.sub(NBSP + "»", text)
    text = _CO2.sub("CO₂", text)
    return _TIMES.sub(lambda m: f"{m.group(1)}{NBSP}×{NBSP}{m.group(2)}", text)


def fold(text: str) -> str:
    """Lowercase and strip accents ("Béton ISOLANT" -> "beton isolant"); ligatures expanded."""
    text = (
        (text or "")
        .replace("œ", "oe")
        .replace("₂", "2")
        .replace("Œ", "oe")
        .replace("æ", "ae")
        .replace("Æ", "ae")
    )
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def search_terms(query: str, *, limit: int = 12) -> list[str]:
    """The words of a query, folded, without stop words, with a crude French singular.

    Plural strip: a trailing s or x is dropped from words of four letters or more, and the
    search matches substrings, so "isolants" finds "isolant" and "matériaux" finds "matériau".
    """
    terms: list[str] = []
    for word in re.findall(r"[0-9a-z]+", fold(query)):
        if word in STOP_WORDS:
            continue
        if len(word) >= 4 and word[-1] in "sx":
            word = word[:-1]
        if word not in terms:
            terms.append(word)
        if len(terms) >= limit:
            break
    return terms


class _NoRawHtml(Extension):
    """Markdown without raw HTML: a "<" in the source stays text, which Markdown escapes once
    (also inside code spans, shown as written). nh3 still sanitises the result."""

    def extendMarkdown(self, md) -> None:
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")


# A list item as fiches write it: "- item", "* item", "+ item", "1. item" or "1) item".
LIST_ITEM = re.compile(r"^ {0,3}(?:[-*+]|\d{1,3}[.)])\s+\S")


def separate_lists(source: str) -> str:
    """Blank lines around lists, as Markdown wants them and as authors do not write them.

    "comprend :\n- au moins 50 % ;\n- dont 20 %" is a sentence followed by a list for a
    reader (and for the .docx export); for Markdown, without a blank line before the first
    item, it is one paragraph. A line after the last item likewise starts a new paragraph
    instead of continuing the item."""
    lines = (source or "").replace("\r\n", "\n").split("\n")
    out: list[str] = []
    previous = ""
    for line in lines:
        is_item, was_item = bool(LIST_ITEM.match(line)), bool(LIST_ITEM.match(previous))
        if previous.strip() and line.strip():
            starts_list = is_item and not was_item
            leaves_list = was_item and not is_item and not line.startswith((" ", "\t"))
            if starts_list or leaves_list:
                out.append("")
        out.append(line)
        previous = line
    return "\n".join(out)


def render_markdown(source: str) -> str:
    """Limited Markdown to sanitised HTML.

    Raw HTML in the source is shown as text (Markdown's raw-HTML handling is off), and nh3 then
    keeps only the allowed tags, attributes and link schemes: no script, no event handler, no
    style. Headings are demoted to h3/h4 so a fiche keeps a single h1.
    """
    if not source:
        return ""
    html = markdown.markdown(
        french_typography(separate_lists(source)),
        extensions=["tables", "sane_lists", _NoRawHtml()],
        output_format="html",
    )
    html = re.sub(
        r"<(/?)h([1-6])>", lambda m: f"<{m.group(1)}h{3 if m.group(2) in '12' else 4}>", html
    )
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
    )


def markdown_blocks(source: str) -> list[tuple[str, str]]:
    """The Markdown as (kind, text) blocks for the document exports.

    Kinds: "heading", "bullet", "number", "paragraph". Inline markers stay in the text; the
    exporters turn **bold** into bold runs and drop the other markers.
    """
    blocks: list[tuple[str, str]] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            blocks.append(("paragraph", " ".join(paragraph)))
            paragraph.clear()

    for raw in (source or "").splitlines():
        line = raw.strip()
        if not line:
            flush()
            continue
        if match := re.match(r"^#{1,6}\s+(.*)$", line):
            flush()
            blocks.append(("heading", match.group(1)))
        elif match := re.match(r"^[-*+]\s+(.*)$", line):
            flush()
            blocks.append(("bullet", match.group(1)))
        elif match := re.match(r"^\d+[.)]\s+(.*)$", line):
            flush()
            blocks.append(("number", match.group(1)))
        elif line.startswith(">"):
            flush()
            blocks.append(("paragraph", line.lstrip("> ")))
        else:
            paragraph.append(line)
    flush()
    return blocks


def inline_runs(text: str) -> list[tuple[str, bool]]:
    """Split "a **b** c" into [("a ", False), ("b", True), (" c", False)], other markers gone."""
    runs: list[tuple[str, bool]] = []
    for index, part in enumerate(re.split(r"\*\*(.+?)\*\*", text)):
        part = re.sub(r"(?<!\w)[*_](\S(?:.*?\S)?)[*_](?!\w)", r"\1", part)
        part = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r"\1 (\2)", part)
        part = part.replace("`", "")
        if part:
            runs.append((part, index % 2 == 1))
    return runs
