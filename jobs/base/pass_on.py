"""Replies nobody's words can change the workbook by (to the agenda digest, a draw announcement,
a welcome, a notice, ...) go to a person, quoted: never only logged. Pure.

The handler records one Log row (kind ``passed_on``, the member in Modtager, their visible
words in the detail); the due function derives the note to the chair from that row, so a crash
between recording and sending loses nothing, and the note's deterministic key sends it once.
"""

from __future__ import annotations

from tovholder.core.i18n import t
from tovholder.jobs.base import answer_log as al
from tovholder.jobs.base.context import Context
from tovholder.mailer.decode import ParsedMail
from tovholder.mailer.inbound import Verdict
from tovholder.mailer.outbox import Outgoing
from tovholder.mailer.quotes import visible_text
from tovholder.replies.courtesy import sort_lines

KIND = "passed_on"  # the Log rows; the notes to the chair go as kind NOTE
NOTE = "passed_on_note"
TO_CHAIR, FROM_CHAIR, EMPTY, COURTESY = "chair", "from_chair", "empty", "courtesy"


def pass_on(ctx: Context, mail: ParsedMail, verdict: Verdict) -> str:
    """The reply handler of every kind whose replies a person must read."""
    if al.handled(ctx, KIND, mail.message_id):
        return "videregivet før"
    return record_words(ctx, verdict, mail, visible_text(mail.best_text, lang_hint=ctx.lang))


def record_words(ctx: Context, verdict: Verdict, mail: ParsedMail, words: str) -> str:
    """Record ``words`` of a reply for a person to read (a handler that understood only part of
    a reply passes the rest on through this); courtesy alone ("Tak!", a signature) reaches
    nobody, and the Log says so."""
    found = sort_lines(words, [m.name for m in ctx.wb.members if m.name])
    words = "\n".join(found.content)
    # The chair answering a notice about herself needs no copy of her own words.
    state = (COURTESY if found.courtesy else EMPTY) if not words else FROM_CHAIR if \
        verdict.member.casefold() == ctx.chair[0].casefold() else TO_CHAIR
    al.record(ctx, KIND, verdict.conversation, state, recipient=verdict.member,
              message_id=mail.message_id, detail=f"{mail.subject[:200]}{al.SEP}{words}")
    return {TO_CHAIR: "videregivet til formanden", FROM_CHAIR: "fra formanden",
            EMPTY: "tomt svar", COURTESY: "høflighed"}[state]


def due_pass_on_notes(ctx: Context) -> list[Outgoing]:
    out: list[Outgoing] = []
    for entry in al.recent(ctx, KIND, (TO_CHAIR,)):
        subject, words = al.split_detail(entry.detail)
        title = t(ctx.lang, "pass_on.title", name=al.name_of(ctx, entry.recipient))
        body = t(ctx.lang, "pass_on.body", subject=subject)
        out += al.chair_note(ctx, NOTE, entry, title, body, words)
    return out
