"""Comments typed into the quoted original ("see my comments in red below"): Outlook users
often answer inside the original without quote marks, marking their lines with their name in
brackets ("[Mette] …") and colouring them red. Pure, standard library only.

These lines are the member's own words even though they sit below the attribution that
ends the visible text, so they are read back out of the whole body.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_RED = re.compile(r"color\s*:\s*(?:red|#f00\b|#ff0000|#c00000|#e00\b|#ee0000|#cc0000"
                  r"|rgb\(\s*(?:2[0-5]\d|1[6-9]\d)\s*,\s*0\s*,\s*0\s*\))", re.IGNORECASE)


def bracketed(text: str, names: list[str]) -> list[str]:
    """Lines marked with the writer's name or initials in brackets: "[Mette] Den er klar"."""
    marks = {n.casefold() for name in names for n in (name, *name.split()) if n}
    marks |= {"".join(w[0] for w in name.split()).casefold() for name in names if name.split()}
    found = []
    for line in text.splitlines():
        match = re.match(r"^\s*\[([^\]]{1,40})\]\s*(\S.*)$", line)
        if match and match.group(1).strip().casefold() in marks:
            found.append(line.strip())
    return found


class _Red(HTMLParser):
    _VOID = ("br", "img", "hr", "meta", "link", "input", "wbr")

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[bool] = []  # per open element: is its text red
        self.found: list[str] = []
        self.open = False  # a red run is being collected

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._VOID:
            if self.open:
                self.found[-1] += " "
            return
        style = " ".join(v or "" for k, v in attrs if k in ("style", "color"))
        red = bool(_RED.search(style)) or (dict(attrs).get("color") or "").casefold() in (
            "red", "#ff0000", "#f00", "#c00000")
        self.stack.append(red or bool(self.stack and self.stack[-1]))

    def handle_endtag(self, tag: str) -> None:
        if tag in self._VOID or not self.stack:
            return
        was = self.stack.pop()
        if was and not (self.stack and self.stack[-1]):
            self.open = False  # the red element ended: the next red text is another comment

    def handle_data(self, data: str) -> None:
        if not (self.stack and self.stack[-1]) or not data.strip() and not self.open:
            return
        if self.open:
            self.found[-1] += data
        else:
            self.found.append(data)
            self.open = True


def in_red(html: str) -> list[str]:
    """The runs of text an HTML body shows in red, joined per element."""
    parser = _Red()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # noqa: BLE001 - broken HTML gives what was read so far
        pass
    return [" ".join(run.split()) for run in parser.found if run.strip()]


def typed_into_original(text: str, html: str | None, names: list[str]) -> list[str]:
    """The member's comments inside the original, from the plain text or the HTML."""
    found = bracketed(text, names)
    if not found and html:
        found = [line for line in in_red(html) if len(line) > 1]
    return found
