"""The competence overview: who works with what, sits where, and can take which function. Pure.

Built from the workbook alone: each member's latest Svar row (the form's answers), the form's
choice questions (one member × option matrix each: interest areas, working groups, …), the
Arbejdsgrupper tab (a member × working-group matrix), and "who can take which function" from
the question whose id names functions or roles. ``text()`` for ``tovholder show competences``,
``html()`` for a digest section.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from tovholder.core.i18n import t
from tovholder.jobs.form.answers import answers_of
from tovholder.replies.form_text import CHOICE, chosen, label
from tovholder.sheets.model import Workbook
from tovholder.sheets.schema import fold

FUNCTION_IDS = {"funktioner", "funktion", "functions", "function", "roller", "roles"}


@dataclass(frozen=True)
class Matrix:
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, tuple[bool, ...]], ...]  # (member name, a mark per column)


@dataclass(frozen=True)
class Overview:
    lang: str
    matrices: tuple[Matrix, ...]
    functions: tuple[tuple[str, tuple[str, ...]], ...]  # (function, names of who can take it)
    answered: int  # members with answers

    def text(self) -> str:
        lines = [t(self.lang, "competence.title")]
        if not self.answered:
            lines.append(t(self.lang, "competence.no_answers"))
        for m in self.matrices:
            name_width = max([len(t(self.lang, "competence.member"))] +
                             [len(name) for name, _ in m.rows])
            lines += ["", m.title,
                      " | ".join([t(self.lang, "competence.member").ljust(name_width),
                                  *m.columns])]
            for name, marks in m.rows:
                cells = [("x" if mark else "").center(len(col)) for col, mark in
                         zip(m.columns, marks, strict=True)]
                lines.append(" | ".join([name.ljust(name_width), *cells]).rstrip())
        if self.functions:
            lines += ["", t(self.lang, "competence.who_can")]
            for function, names in self.functions:
                lines.append(f"  {function}: {', '.join(names) or t(self.lang, 'competence.nobody')}")
        return "\n".join(lines)

    def html(self) -> str:
        out = [f"<h2>{escape(t(self.lang, 'competence.title'))}</h2>"]
        if not self.answered:
            out.append(f"<p>{escape(t(self.lang, 'competence.no_answers'))}</p>")
        for m in self.matrices:
            head = "".join(f"<th>{escape(c)}</th>" for c in m.columns)
            out += [f"<h3>{escape(m.title)}</h3>",
                    '<table class="list" role="presentation" cellpadding="0" cellspacing="0">',
                    f"<tr><th>{escape(t(self.lang, 'competence.member'))}</th>{head}</tr>"]
            for name, marks in m.rows:
                cells = "".join(f'<td align="center">{"✓" if mark else ""}</td>' for mark in marks)
                out.append(f"<tr><td>{escape(name)}</td>{cells}</tr>")
            out.append("</table>")
        if self.functions:
            out.append(f"<h3>{escape(t(self.lang, 'competence.who_can'))}</h3><ul>")
            out += [f"<li><strong>{escape(f)}</strong>: "
                    f"{escape(', '.join(n) or t(self.lang, 'competence.nobody'))}</li>"
                    for f, n in self.functions]
            out.append("</ul>")
        return "\n".join(out)


def competence_overview(wb: Workbook, lang: str) -> Overview:
    """The overview of the active and pending members, from their latest answers."""
    members = [m for m in wb.members if m.status in ("active", "pending")]
    latest = {}
    for row in wb.answers:  # later rows win: the workbook's current answers
        latest[row.member] = answers_of(row, wb.form)
    matrices = []
    functions: tuple[tuple[str, tuple[str, ...]], ...] = ()
    for q in wb.form:
        if q.type not in CHOICE:
            continue
        picked = {m.email: set(chosen(q, latest.get(m.email, {}).get(q.id, ""))) for m in members}
        rows = tuple((m.name or m.email, tuple(o in picked[m.email] for o in q.options))
                     for m in members if m.email in latest)
        matrices.append(Matrix(f"{label(q)}: {q.text}", q.options, rows))
        if fold(q.id) in FUNCTION_IDS:
            functions = tuple((o, tuple(m.name or m.email for m in members
                                        if o in picked[m.email])) for o in q.options)
    if wb.groups:
        names = tuple(g.name for g in wb.groups)
        rows = tuple((m.name or m.email, tuple(m.email in g.member_emails for g in wb.groups))
                     for m in members)
        matrices.append(Matrix(t(lang, "competence.groups_tab"), names, rows))
    return Overview(lang, tuple(matrices), functions, sum(m.email in latest for m in members))
