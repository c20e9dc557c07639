"""A reply to a bundle (several emails in one, jobs/base/bundle.py), split into what the member
wrote to each section. Pure, standard library only.

A bundle's sections start with a heading line "### Punkt 2 af 3: ..." ("### Item 2 of 3: ...")
and end at the next "### " line. A member answers a section

- under its heading in the quoted bundle: phones and Gmail quote with "> ", and the member's own
  lines there are the unquoted ones; Outlook quotes without marks, so there only lines marked
  with the member's name in brackets ("[Mette] ja", mailer/comments.py) can be told from ours;
  a box crossed in a quoted section ("> [x] PFAS") answers that section too;
- or at the top, numbering the answer with the section ("2: ja", "punkt 2: ja"), as people who
  write above the quote (Outlook's default) do.

Words that name no section are returned as ``unplaced``: the caller passes them to a person and
never guesses where they belong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tovholder.mailer.comments import bracketed
from tovholder.mailer.quotes import visible_text

_QUOTE = re.compile(r"^\s*(?:>\s?)+")
# what a section heading looks like in either language (recognised, never shown)
_HEADING = re.compile(r"^#{2,}\s*(?:punkt|item)\s+(\d+)\s+(?:af|of)\s+\d+\b", re.IGNORECASE)
_END = re.compile(r"^#{3}\s")
_NUMBERED = re.compile(r"^\s*(?:punkt|pkt\.?|item)?\s*(\d{1,2})\s*[:)]\s*(.*)$", re.IGNORECASE)
_CROSSED = re.compile(r"\[\s*[xX✓✔*]\s*\]")
_BOX = re.compile(r"^\s*\[\s*([xX✓✔*]?)\s*\]\s*(.*)$")  # an option line, crossed or not
_TAG = re.compile(r"^\s*\[[^\]]{1,40}\]\s*")


@dataclass
class Section:
    words: list[str] = field(default_factory=list)  # the member's own lines for the section
    quoted: str = ""  # the section as it stands quoted in the reply (boxes crossed in it kept)

    @property
    def answered(self) -> bool:
        return bool(self.words) or bool(_CROSSED.search(self.quoted))

    def answered_against(self, sent: str | None) -> bool:
        """Answered, where ``sent`` is the section's text as it went (None: unknown): boxes
        crossed in the quote are an answer only where they differ from those sent, so a form
        pre-filled with last year's crosses and quoted back unchanged is no answer."""
        if sent is None or self.words:
            return self.answered
        return boxes(self.quoted) != boxes(sent)


def boxes(text: str) -> list[tuple[str, bool]]:
    """The option lines of ``text`` in order: (the option, folded; whether it is crossed)."""
    found = (_BOX.match(line) for line in text.splitlines())
    return [(" ".join(m.group(2).split()).casefold(), bool(m.group(1))) for m in found if m]


@dataclass
class Split:
    sections: dict[int, Section]  # by section number, 1 for the first
    unplaced: str  # the member's words that name no section


def split_sections(body: str, count: int, names: list[str]) -> Split:
    lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    plain = [_QUOTE.sub("", line) for line in lines]
    marked = [_QUOTE.match(line) is not None for line in lines]
    heads = _headings(plain, count)
    sections = {n: Section() for n in range(1, count + 1)}
    first = min(heads.values(), default=len(lines))
    unplaced = _top(visible_text("\n".join(lines[:first])), sections)
    for n, start in heads.items():
        end = next((i for i in range(start + 1, len(lines)) if _END.match(plain[i].strip())),
                   len(lines))
        block = range(start + 1, end)
        sections[n].quoted = "\n".join(plain[start:end]).strip()
        if marked[start]:  # quoted with marks: the unmarked lines are the member's
            sections[n].words += [lines[i].strip() for i in block if not marked[i] and
                                  lines[i].strip()]
        else:  # quoted without marks (Outlook): only lines tagged with the member's name
            sections[n].words += [_TAG.sub("", line) for line in
                                  bracketed("\n".join(plain[i] for i in block), names)]
    return Split(sections, unplaced)


def _headings(plain: list[str], count: int) -> dict[int, int]:
    """The line of each section's heading (its first occurrence)."""
    found: dict[int, int] = {}
    for i, line in enumerate(plain):
        match = _HEADING.match(line.strip())
        if match and 1 <= int(match.group(1)) <= count:
            found.setdefault(int(match.group(1)), i)
    return found


def _top(text: str, sections: dict[int, Section]) -> str:
    """Route the numbered answers written above the quote; return the rest."""
    rest: list[str] = []
    current: Section | None = None
    for line in text.splitlines():
        match = _NUMBERED.match(line)
        if match and int(match.group(1)) in sections:
            current = sections[int(match.group(1))]
            line = match.group(2)
        if current is None:
            rest.append(line)
        elif line.strip():
            current.words.append(line.strip())
    return "\n".join(rest).strip()
