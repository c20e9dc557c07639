"""The compiled draft of a consultation answer: every member's input, attributed and grouped by
member, as plain text (the e-mail) and as a .docx the coordinator edits into the group's answer.
Pure: bytes in memory, no files (python-docx builds the document).
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass

from docx import Document
from docx.shared import Pt

from tovholder.core.dates import format_long_date
from tovholder.core.i18n import t

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@dataclass(frozen=True)
class MemberInput:
    name: str
    organisation: str
    email: str
    texts: tuple[str, ...]  # each reply, cleaned of quotes and signature, oldest first


@dataclass(frozen=True)
class Draft:
    title: str
    authority: str
    deadline: dt.date | None
    link: str
    coordinator: str
    inputs: tuple[MemberInput, ...]
    without_input: tuple[str, ...] = ()  # names of members who answered "nothing from me"


def _who(item: MemberInput) -> str:
    return f"{item.name} ({item.organisation})" if item.organisation else item.name


_BULLET = re.compile(r"\s*(?:[-*•–·▪◦]|\d{1,2}[.)])\s")


def paragraphs(text: str) -> list[str]:
    """The draft's paragraphs: one per paragraph the member wrote (a client's hard wrapping
    joined), and in a list one per bullet or number, with the member's marker; a line under
    a bullet that is no bullet itself goes on from it."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [ln.strip() for ln in block.splitlines() if ln.strip()]
        listed = any(_BULLET.match(ln) for ln in lines[1:])
        current: list[str] = []
        for line in lines:
            if listed and current and _BULLET.match(line):
                out.append(" ".join(current))
                current = []
            current.append(line)
        if current:
            out.append(" ".join(current))
    return out


def _facts(draft: Draft, lang: str) -> list[str]:
    facts = [t(lang, "answer.draft_authority", authority=draft.authority)] if draft.authority \
        else []
    if draft.deadline:
        facts.append(t(lang, "answer.draft_deadline", day=format_long_date(draft.deadline, lang)))
    if draft.link:
        facts.append(draft.link)
    return facts


def draft_text(draft: Draft, lang: str) -> str:
    """The draft as the e-mail shows it."""
    lines = [draft.title.upper(), *_facts(draft, lang), ""]
    if not draft.inputs:
        lines.append(t(lang, "answer.draft_no_input"))
    for item in draft.inputs:
        lines += [_who(item), "-" * min(len(_who(item)), 60)]
        for text in item.texts:
            lines += [*paragraphs(text), ""]
    if draft.without_input:
        lines.append(t(lang, "answer.draft_without", names=", ".join(draft.without_input)))
    return "\n".join(lines).strip() + "\n"


def draft_docx(draft: Draft, lang: str) -> bytes:
    """The draft as a Word document: a heading per member, their words as paragraphs."""
    doc = Document()
    doc.core_properties.title = draft.title
    doc.core_properties.author = "Tovholder"
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_heading(draft.title, level=0)
    for fact in _facts(draft, lang):
        doc.add_paragraph(fact)
    doc.add_paragraph(t(lang, "answer.draft_intro", coordinator=draft.coordinator))
    if not draft.inputs:
        doc.add_paragraph(t(lang, "answer.draft_no_input"))
    for item in draft.inputs:
        doc.add_heading(_who(item), level=2)
        for text in item.texts:
            for paragraph in paragraphs(text):
                doc.add_paragraph(paragraph)
    if draft.without_input:
        doc.add_paragraph(t(lang, "answer.draft_without", names=", ".join(draft.without_input)))
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def filename(title: str, lang: str) -> str:
    slug = re.sub(r"[^\w]+", "-", title.casefold()).strip("-")[:50] or t(lang, "answer.draft_untitled")
    return t(lang, "answer.draft_filename", slug=slug)
