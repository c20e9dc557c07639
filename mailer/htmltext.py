"""HTML mail body -> plain text that ``tovholder.mailer.quotes`` can read. Pure: stdlib ``html.parser`` only.

What it does, and why:

* ``script``/``style``/``head``/``title`` and comments are dropped (Outlook puts CSS and
  conditional comments there); entities are decoded by ``HTMLParser``.
* Block elements (``p``, ``div``, ``br``, ``li``, ``tr``, headings ...) end lines; other
  whitespace collapses as a browser would, except inside ``pre``. An empty paragraph is a blank
  line; ``p`` outside Outlook's single-spaced ``MsoNormal`` paragraphs has one around it.
* Quoted history becomes ``> `` lines: ``blockquote`` and the containers clients wrap it in
  (Gmail ``gmail_quote``, Yahoo ``yahoo_quoted``, Thunderbird ``moz-cite-prefix``).
* Where a client starts the history *after* the reply rather than around it (Outlook's
  ``appendonsend`` / ``divRplyFwdMsg``, ``<hr>``, Outlook for Mac's ``OLK_SRC_BODY_SECTION``,
  Outlook desktop's border-top header box), a ``________________________________`` line is
  written: Outlook's own plain-text separator, which quotes.py cuts at.
* Lists become ``- item`` / ``1. item``; checkboxes (``<input type=checkbox>``, ☐ ☑ ☒) become
  ``[ ]`` / ``[x]``; table cells are joined with `` | ``; Gmail's signature div gets a ``-- `` line.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

SEPARATOR = "_" * 32  # what Outlook writes above the quoted header block in plain text

_SKIP = {"script", "style", "head", "title", "template", "xml"}
_VOID = {"br", "hr", "img", "input", "meta", "link", "col", "area", "base", "wbr", "source"}
_BLOCK = {
    "p", "div", "li", "ul", "ol", "tr", "table", "blockquote", "pre", "h1", "h2", "h3", "h4",
    "h5", "h6", "section", "article", "header", "footer", "center", "address", "dl", "dt", "dd",
    "form", "fieldset", "figure", "main", "nav", "aside", "tbody", "thead", "tfoot", "caption",
}  # fmt: skip
_QUOTE_CLASSES = {"gmail_quote", "gmail_quote_container", "yahoo_quoted", "moz-cite-prefix"}
_HISTORY_IDS = {"appendonsend", "divrplyfwdmsg", "olk_src_body_section", "stopspelling"}
_BOXES = str.maketrans({"☐": "[ ]", "☑": "[x]", "☒": "[x]"})
_SPACE = re.compile(r"[ \t\n\r\f\v]+")


class _Converter(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[tuple[int, str]] = []  # (quote depth, text) of finished lines
        self.current: list[str] = []  # fragments of the line being built
        self.stack: list[tuple[str, list[str]]] = []  # open tags and the effects to undo
        self.open_count: dict[str, int] = {}  # how many of each tag are on the stack
        self.depth = self.skip = self.pre = 0
        self.lists: list[list[int]] = []  # [ordered?, counter] per open list
        self.cells = 0  # cells seen in the current table row
        self.item = ""  # list marker ("  1. ") for the line being built
        self.has_text = False  # does the line being built have visible text yet?

    # -- building lines ------------------------------------------------------------------
    def newline(self) -> None:
        """End the current line (no-op on an empty one, so nested blocks give one break)."""
        text = "".join(self.current)
        self.current, self.has_text = [], False
        text = text.rstrip() if self.pre else text.strip()
        if text:
            self.lines.append((self.depth, self.item + text))
        self.item = ""

    def blank(self) -> None:
        self.newline()
        if self.lines and self.lines[-1][1]:
            self.lines.append((self.depth, ""))

    def separator(self) -> None:
        self.newline()
        if not self.lines or self.lines[-1][1] != SEPARATOR:
            self.lines.append((self.depth, SEPARATOR))

    # -- parser callbacks ----------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag in _SKIP:
            self.skip += 1
            self.push(tag, ["skip"])
            return
        if tag == "br":
            self.line_break()
            return
        if tag == "hr":
            self.separator()
            return
        if tag == "input" and a.get("type", "").lower() == "checkbox":
            self.add("[x] " if "checked" in a else "[ ] ")
            return
        if tag in _VOID:
            return
        effects: list[str] = []
        classes = set(a.get("class", "").split())
        element_id = a.get("id", "").lower().removeprefix("x_")
        style = a.get("style", "").replace(" ", "").lower()
        if element_id in _HISTORY_IDS or (tag == "div" and "border-top:solid" in style):
            self.separator()
        if tag in _BLOCK:
            self.newline()
        if tag == "p" and "MsoNormal" not in classes:
            self.blank()  # a paragraph has space above and below
            effects.append("paragraph")
        if tag == "blockquote" or classes & _QUOTE_CLASSES:
            self.newline()
            self.depth += 1
            effects.append("quote")
        if "gmail_signature" in classes:
            self.lines.append((self.depth, "-- "))
        if tag == "pre":
            self.pre += 1
            effects.append("pre")
        if tag in ("ul", "ol"):
            self.lists.append([tag == "ol", 0])
            effects.append("list")
        if tag == "li":
            marker = "- "
            if self.lists and self.lists[-1][0]:
                self.lists[-1][1] += 1
                marker = f"{self.lists[-1][1]}. "
            self.item = "  " * max(len(self.lists) - 1, 0) + marker
        if tag == "tr":
            self.cells = 0
        if tag in ("td", "th"):
            if self.cells:
                self.add(" | ")
            self.cells += 1
        self.push(tag, effects)

    def push(self, tag: str, effects: list[str]) -> None:
        self.stack.append((tag, effects))
        self.open_count[tag] = self.open_count.get(tag, 0) + 1

    def line_break(self) -> None:
        """``<br>`` (or a newline in ``pre``): ends the line, or on an empty line adds a blank
        one (``text<br><br>more`` is two lines with a blank line between)."""
        if self.has_text:
            self.newline()
        elif self.lines and self.lines[-1][1]:
            self.lines.append((self.depth, ""))

    def add(self, text: str) -> None:
        self.current.append(text)
        self.has_text = self.has_text or bool(text.strip())

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID or not self.open_count.get(tag):
            return  # stray end tag: ignore rather than unwind unrelated elements
        while self.stack:
            open_tag, effects = self.stack.pop()
            self.open_count[open_tag] -= 1
            self.undo(open_tag, effects)
            if open_tag == tag:
                break

    def undo(self, tag: str, effects: list[str]) -> None:
        if "skip" in effects:
            self.skip -= 1
            return
        if tag in _BLOCK:
            self.newline()
        if "paragraph" in effects:
            self.blank()
        if "quote" in effects:
            self.newline()
            self.depth -= 1
        if "pre" in effects:
            self.pre -= 1
        if "list" in effects:
            self.lists.pop()

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        data = data.translate(_BOXES)
        if self.pre:
            for i, piece in enumerate(data.split("\n")):
                if i:
                    self.line_break()
                self.add(piece)
            return
        text = _SPACE.sub(" ", data)
        if not self.has_text or (self.current and self.current[-1].endswith(" ")):
            text = text.lstrip(" ")  # one space between words, none at the start of a line
        if text:
            self.add(text.replace("\u00a0", " "))

    def text(self) -> str:
        self.newline()
        out: list[str] = []
        for depth, text in _cells_joined(self.lines):
            line = ("> " * depth + text).rstrip()
            if line or (out and out[-1]):  # never two blank lines in a row
                out.append(line)
        return "\n".join(out).strip("\n")


def _cells_joined(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Outlook puts each table cell's text in a paragraph of its own, so a row comes out as
    "Interesser", "|", "Affald, jord": the row is one line again ("Interesser | Affald, jord")."""
    out: list[tuple[int, str]] = []
    i = 0
    while i < len(lines):
        depth, text = lines[i]
        while (i + 2 < len(lines) and lines[i + 1] == (depth, "|") and lines[i + 2][0] == depth
               and text.strip() and lines[i + 2][1].strip()):
            text = f"{text} | {lines[i + 2][1].strip()}"
            i += 2
        out.append((depth, text))
        i += 1
    return out


def html_to_text(html: str) -> str:
    """Plain text of an HTML mail body, with quoted history as ``> `` lines."""
    converter = _Converter()
    converter.feed(html)
    converter.close()
    return converter.text()
