"""What the confirmation of a form reply shows the member: each answer read from their own
words, with those words ("Interesser: PFAS; Støj — fra «jord, pfas og støj»"). Pure.

Nothing is stored for it: the Svar row keeps the reply's text, and reading it again against
the answers the member had before that row gives the same reading, so a tick killed between
recording and confirming confirms the same thing.
"""

from __future__ import annotations

from collections.abc import Sequence

from tovholder.core.i18n import t
from tovholder.jobs.form.answers import answers_of
from tovholder.replies.form_reply import parse_reply
from tovholder.replies.form_text import label
from tovholder.sheets.model import AnswerRow, Question

MAX_WORDS = 160  # characters of the member's words quoted per answer


def read_back(lang: str, row: AnswerRow, earlier: Sequence[AnswerRow],
              questions: Sequence[Question], names: Sequence[str]) -> list[str]:
    """One line per answer taken from the member's words; ``earlier``: the member's Svar rows
    before ``row`` (what the form they answered showed)."""
    sent = answers_of(earlier[-1], questions) if earlier else {}
    parsed = parse_reply(row.raw, questions, sent, names=names)
    recorded = answers_of(row, questions)
    lines = []
    for q in questions:
        said = parsed.read_from.get(q.id)
        if not said or parsed.answers.get(q.id) != recorded.get(q.id):
            continue  # the row says otherwise (the chair corrected it, or the text was cut)
        value = recorded.get(q.id) or t(lang, "form.confirm_read_none")
        quoted = " … ".join(said)
        if len(quoted) > MAX_WORDS:
            quoted = quoted[:MAX_WORDS - 1].rstrip() + "…"
        lines.append(t(lang, "form.confirm_read_line", question=label(q), value=value,
                       words=quoted))
    return lines
