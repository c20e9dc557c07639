"""Replies nobody's words can change the workbook by (to the agenda digest, a draw announcement,
a welcome, a notice, ...) go to a person, quoted, with the files attached: never only logged.
Pure.

The handler records one Log row (kind ``passed_on``; the member in Modtager; in the detail who
must read it, the subject answered, the files, and the member's words without courtesy); the
due function derives the note from that row, so a crash between recording and sending loses
nothing, and the note's deterministic key sends it once. The note names the reply it passes on
(``Outgoing.forward_from``): the runner attaches the original's files when it sends the note.

Who reads it is the chair, unless the feature declares another person for the kind (the
coordinator reads replies to a consultation draft): ``pass_on_to(person)``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from tovholder.core.i18n import t
from tovholder.jobs.base import answer_log as al
from tovholder.jobs.base.context import Context, Handler
from tovholder.mailer.comments import typed_into_original
from tovholder.mailer.decode import ParsedMail
from tovholder.mailer.forward import File, files_of, forwardable
from tovholder.mailer.inbound import Verdict
from tovholder.mailer.outbox import Outgoing
from tovholder.mailer.quotes import visible_text
from tovholder.replies.courtesy import sort_lines, without_courtesy

KIND = "passed_on"  # the Log rows; the notes go as kind NOTE
NOTE = "passed_on_note"
# PART: a feature recorded what it understood, and passes on the rest
PASSED, PART, FROM_READER, EMPTY, COURTESY = "passed", "part", "from_reader", "empty", "courtesy"
# A comment typed into a calendar answer: the note tells it as the member's comment to their
# accept, decline or tentative (mailer/calendar_reply.py), not as words that could not be placed.
COMMENT_TO = {"accepted": "comment_accepted", "declined": "comment_declined",
              "tentative": "comment_tentative"}  # i18n: data (the Log's states)
NOTED = (PASSED, PART, *COMMENT_TO.values())  # the states whose words go to a reader
_BODY = {PASSED: "pass_on.body", PART: "pass_on.body_partial",
         "comment_accepted": "pass_on.body_comment_accepted",
         "comment_declined": "pass_on.body_comment_declined",
         "comment_tentative": "pass_on.body_comment_tentative"}
Person = Callable[[Context, Verdict], tuple[str, str]]  # (email, name) of who reads it


def chair(ctx: Context, verdict: Verdict) -> tuple[str, str]:
    return ctx.chair


def pass_on_to(person: Person) -> Handler:
    """The reply handler of a kind whose replies ``person`` must read."""
    def handle(ctx: Context, mail: ParsedMail, verdict: Verdict) -> str:
        if al.handled(ctx, KIND, mail.message_id):
            return t(ctx.lang, "reply.passed_on_before")
        return record_words(ctx, verdict, mail, member_words(ctx, mail, verdict),
                            person(ctx, verdict))
    return handle


def member_words(ctx: Context, mail: ParsedMail, verdict: Verdict) -> str:
    """What the member wrote: the visible text, and comments typed into the original."""
    words = visible_text(mail.best_text, lang_hint=ctx.lang)
    member = ctx.wb.member(verdict.member)
    names = [member.name] if member and member.name else []
    extra = [c for c in typed_into_original(mail.text, mail.html, names) if c not in words]
    if extra:  # comments typed into the original follow what was written above it
        words = "\n".join([without_courtesy(words, _names(ctx)), *extra])
    return words


pass_on = pass_on_to(chair)


def record_words(ctx: Context, verdict: Verdict, mail: ParsedMail, words: str,
                 reader: tuple[str, str] | None = None, *, partial: bool = False,
                 comment_to: str = "") -> str:
    """Record ``words`` of a reply, and its files, for a person to read (a handler that
    understood only part of a reply passes the rest on through this; ``comment_to`` a calendar
    answer: the words are the member's comment to it); courtesy alone ("Tak!", a signature)
    reaches nobody, and the Log says so."""
    email, _ = reader or ctx.chair
    if email.casefold() == verdict.member.casefold():
        email = ctx.chair[0]  # the reader wrote it: someone else must read it
    found = sort_lines(words, _names(ctx))
    text = "\n".join(found.content)
    attached = [f for f, _ in files_of(mail.message, ctx.lang)] if mail.message is not None else []
    if not text and not attached:
        state = COURTESY if found.courtesy else EMPTY
    else:  # whoever reads it needs no copy of their own words
        state = FROM_READER if verdict.member.casefold() == email.casefold() else \
            COMMENT_TO.get(comment_to, PART) if partial or comment_to else PASSED
    detail = al.SEP.join((email, mail.subject[:200], _files_text(attached), text))
    al.record(ctx, KIND, verdict.conversation, state, recipient=verdict.member,
              message_id=mail.message_id, detail=detail, limit=20000)
    return t(ctx.lang, "reply.passed_on", reader=email) if state in NOTED else state


def record_files(ctx: Context, verdict: Verdict, mail: ParsedMail) -> None:
    """Files that came with a reply a feature understood still reach the chair."""
    if mail.message is not None and files_of(mail.message) and \
            not al.handled(ctx, KIND, mail.message_id):
        record_words(ctx, verdict, mail, "", partial=True)


def due_pass_on_notes(ctx: Context) -> list[Outgoing]:
    out: list[Outgoing] = []
    for entry in al.recent(ctx, KIND, NOTED):
        email, subject, files, words = (entry.detail.split(al.SEP, 3) + ["", "", "", ""])[:4]
        reader = ctx.wb.member(email)
        title = t(ctx.lang, "pass_on.title", name=al.name_of(ctx, entry.recipient))
        body = t(ctx.lang, _BODY[entry.state], subject=subject)
        if files:
            body += "\n\n" + t(ctx.lang, "pass_on.files", files=files)
        notes = al.note_to(ctx, (email, reader.name if reader else ""), NOTE, entry, title, body,
                           words)
        out += [replace(n, forward_from=entry.message_id) for n in notes]
    return out


def _names(ctx: Context) -> list[str]:
    return [m.name for m in ctx.wb.members if m.name]


def _files_text(found: list[File]) -> str:
    going, kept = forwardable(found)
    return ", ".join([*(f"{f.name} ({_size(f.size)})" for f in going),
                      *(f"{f.name} ({_size(f.size)}, for stor)" for f in kept)])


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, round(n / 1024))} kB"
