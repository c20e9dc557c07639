"""The documents of the written round, as .docx bytes in memory (python-docx, as the
consultation draft): the round on its own (attached to the agenda digest when the answers are
long) and the secretary's minutes draft. Pure: the content comes in as plain values.

The minutes draft has the group, date and place; present and absent (the attendance
overview); each agenda item with its responsible, carried-over items with how long they have
waited, and blank lines under each for what was decided; open actions per owner; the round.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass

from docx import Document
from docx.document import Document as Doc
from docx.shared import Pt

from tovholder.core.dates import format_long_date, format_short_date
from tovholder.core.i18n import t
from tovholder.jobs.digests.agenda import Line
from tovholder.jobs.digests.parts import OwnerActions
from tovholder.jobs.written_round.compiled import Round

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_ATTENDANCE = {"coming": "minutes.attendance_coming", "absent": "minutes.attendance_absent",
               "maybe": "minutes.attendance_maybe",
               "unanswered": "minutes.attendance_unanswered"}  # i18n: data (status → code)
BLANK_LINES = 3  # empty paragraphs under each item for the secretary to write in


@dataclass(frozen=True)
class Minutes:
    group: str
    when: str  # the meeting's day and time, as the group reads it
    place: str
    attendance: dict[str, list[str]]  # coming | absent | maybe | unanswered → names
    agenda: Sequence[Line]
    owners: Sequence[OwnerActions]
    round: Round
    today: dt.date


def _new(title: str) -> Doc:
    doc = Document()
    doc.core_properties.title = title
    doc.core_properties.author = "Tovholder"  # i18n: data (the program's name)
    doc.styles["Normal"].font.size = Pt(11)
    return doc


def _bytes(doc: Doc) -> bytes:
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def write_round(doc: Doc, r: Round, lang: str, level: int) -> None:
    """The answers by municipality and member, then who had nothing new and who did not answer."""
    if not r.answered:
        doc.add_paragraph(t(lang, "round.none_answered"))
    for place in r.by_municipality:
        doc.add_heading(place.name or t(lang, "round.no_municipality"), level=level)
        for answer in place.answers:
            doc.add_paragraph().add_run(answer.name).bold = True
            for text in answer.texts:
                for paragraph in (p.strip() for p in text.split("\n\n") if p.strip()):
                    doc.add_paragraph(paragraph)
    if r.nothing_new:
        doc.add_paragraph(t(lang, "round.nothing_new", names=", ".join(r.nothing_new)))
    if r.unanswered:
        doc.add_paragraph(t(lang, "round.unanswered", names=", ".join(r.unanswered)))


def round_docx(r: Round, group: str, day: dt.date, lang: str) -> bytes:
    title = t(lang, "round.title", day=format_long_date(day, lang))
    doc = _new(title)
    doc.add_heading(title, level=0)
    if group:
        doc.add_paragraph(group)
    write_round(doc, r, lang, level=2)
    return _bytes(doc)


def _item(doc: Doc, line: Line, lang: str) -> None:
    doc.add_heading(f"{line.number}. {line.title}", level=2)
    if line.responsible:
        doc.add_paragraph(t(lang, "minutes.responsible", name=line.responsible))
    if line.postponed_from:
        doc.add_paragraph(t(lang, "minutes.waited", n=line.waited,
                            day=format_short_date(line.postponed_from, lang)))
    doc.add_paragraph(t(lang, "minutes.decided"))
    for _ in range(BLANK_LINES):
        doc.add_paragraph("")


def minutes_docx(m: Minutes, lang: str) -> bytes:
    title = t(lang, "minutes.title", group=m.group) if m.group else t(lang, "minutes.title_plain")
    doc = _new(title)
    doc.add_heading(title, level=0)
    doc.add_paragraph(t(lang, "minutes.draft_note"))
    doc.add_paragraph(t(lang, "minutes.when", when=m.when))
    if m.place:
        doc.add_paragraph(t(lang, "minutes.place", place=m.place))
    doc.add_heading(t(lang, "minutes.attendance"), level=1)
    for status, code in _ATTENDANCE.items():
        names = ", ".join(m.attendance.get(status, [])) or "–"  # i18n: data
        doc.add_paragraph(t(lang, code, names=names))
    doc.add_heading(t(lang, "minutes.agenda"), level=1)
    for line in m.agenda:
        _item(doc, line, lang)
    doc.add_heading(t(lang, "minutes.actions"), level=1)
    if not m.owners:
        doc.add_paragraph(t(lang, "minutes.no_actions"))
    for owner in m.owners:
        doc.add_heading(owner.name or t(lang, "minutes.no_owner"), level=2)
        for a in owner.actions:
            due = t(lang, "minutes.due", day=format_short_date(a.due, lang)) if a.due else ""
            doc.add_paragraph(f"{a.id}. {a.description}{due}", style="List Bullet")
    doc.add_heading(t(lang, "round.heading"), level=1)
    write_round(doc, m.round, lang, level=2)
    return _bytes(doc)
