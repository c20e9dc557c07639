"""The secretary or the chair replies with the minutes (issue 13). Pure: a reply handler.

A reply to the agenda digest, the follow-up or the minutes themselves from the chair or the
holder of the secretary function (the member the reply token names, from their registered
address) carries the minutes when it has a document attached (pdf, Word, OpenDocument) or a
link, and says "referat" or "minutes" (in the words, the subject or a file name), and, answering
the minutes themselves, that they are corrected ("rettet"): recognised conservatively, because
a member's ordinary reply must go on as today. What is recognised is
one Log row (kind ``minutes_received``, the meeting's date as key, the reply's Message-ID, the
link and the hash of the files in the detail: what makes a version of the minutes);
minutes.py's due function sends the minutes from it, with the reply's files attached by the
runner (``Outgoing.forward_from``), and a later, different version as "rettet referat". The
service does not set "referat klar" in Møder: the Log row is the record, and the chair's status
cell stays hers. Anything else goes to the handler the kind had before.
"""

from __future__ import annotations

import datetime as dt
import re

from tovholder.jobs.base import answer_log as al
from tovholder.jobs.base import pass_on
from tovholder.jobs.base.context import Context, Handler
from tovholder.jobs.base.logbook import record
from tovholder.jobs.digests.agenda import meeting_on
from tovholder.jobs.digests.minutes import (
    CORRECTED,
    FILES,
    KIND,
    LINK,
    RECEIVED,
    files_hash,
    names_minutes,
    urls,
)
from tovholder.mailer.decode import ParsedMail
from tovholder.mailer.forward import File, files_of
from tovholder.mailer.inbound import Verdict
from tovholder.sheets.model import Workbook
from tovholder.sheets.schema import fold

# i18n: data (the names of the secretary function, as the chair types them)
SECRETARY = {fold(n) for n in ("Sekretær", "Referent", "Secretary", "Minute taker")}
DOCUMENT = ("application/pdf", "application/msword", "application/vnd.openxmlformats",
            "application/vnd.oasis.opendocument")
EXTENSIONS = (".pdf", ".doc", ".docx", ".odt", ".rtf")
# i18n: data (a draft sent for review is not the minutes: it goes to the chair as before)
DRAFT = {fold(w) for w in ("udkast", "kladde", "gennemse", "kigge", "kig", "rettelser", "draft",
                           "review", "comments", "check")}
# i18n: data (words that say the minutes were corrected: an answer to the minutes themselves
# is a new version only when it says so, in the words or a file name; its subject names them)
CORRECTION = {fold(w) for w in ("rettet", "rettede", "korrigeret", "korrigerede", "opdateret",
                                "opdaterede", "revideret", "reviderede", "corrected", "revised",
                                "updated", "amended")}
_WORD = re.compile(r"\w+")


def keepers(wb: Workbook, chair: str) -> set[str]:
    """Who may send the minutes: the chair and whoever holds the secretary function."""
    found = {r.holder_email for r in wb.roles if fold(r.role) in SECRETARY and r.holder_email}
    return found | ({chair.strip().casefold()} if chair else set())


def is_document(f: File) -> bool:
    return f.mime_type.startswith(DOCUMENT) or f.name.casefold().endswith(EXTENSIONS)


def _day(conversation: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(conversation.partition(":")[2][:10])
    except ValueError:
        return None


def final(words: str) -> bool:
    """Minutes to send, not a draft or a question with them (those reach the chair as
    before: "vil du kigge det igennem, inden det sendes rundt?")."""
    return "?" not in words and not any(fold(w) in DRAFT for w in words.split())


def _hashed(found: list[tuple[File, bytes]]) -> list[str]:
    """The files' hash for the Log (a version of the minutes is its link and its files)."""
    docs = [data for f, data in found if is_document(f)]
    return [files_hash(docs)] if docs else []


def receiving(otherwise: Handler) -> Handler:
    """The kind's handler, with the minutes recognised first."""

    def handle(ctx: Context, mail: ParsedMail, verdict: Verdict) -> str:
        found = minutes_in(ctx, mail, verdict)
        return otherwise(ctx, mail, verdict) if found is None else found

    return handle


def minutes_in(ctx: Context, mail: ParsedMail, verdict: Verdict) -> str | None:
    """Record the minutes this reply carries; None when it carries none (or is not theirs)."""
    day = _day(verdict.conversation)
    meeting = meeting_on(ctx.wb, day) if day else None
    if meeting is None or meeting.status == "cancelled" or \
            verdict.member not in keepers(ctx.wb, ctx.chair[0]):
        return None
    words = pass_on.member_words(ctx, mail, verdict)
    found = files_of(mail.message, ctx.lang) if mail.message else []
    docs = [f for f, _ in found if is_document(f)]
    links = urls(words)
    said = " ".join([words, mail.subject, *(f.name for f in docs)])
    if not (docs or links) or not names_minutes(said) or not final(words):
        return None
    own = " ".join([words, *(f.name for f in docs)])
    if verdict.conversation.partition(":")[0] in (KIND, CORRECTED) and \
            not any(fold(w) in CORRECTION for w in _WORD.findall(own)):
        return None  # "Tak for referatet, og her er mine slides" is no new version
    if not al.handled(ctx, RECEIVED, mail.message_id):
        record(ctx, RECEIVED, meeting.date.isoformat(), FILES if docs else LINK,
               recipient=verdict.member, message_id=mail.message_id,
               detail=" ".join([*links[:1], *_hashed(found)]))
        if verdict.member != ctx.chair[0].casefold():  # the secretary's words reach the chair
            pass_on.record_words(ctx, verdict, mail, words, partial=True)
    return al.said(ctx, "reply.minutes_received", files=len(docs), link=f", {links[0]}" if links else "")

