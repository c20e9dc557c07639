"""What the written round adds to the agenda digest (jobs/digests/digests.py asks): the answers
for the template, the round as a .docx when the answers are long, and the minutes draft for
whoever holds the secretary function (else the chair). Pure.

The digest is built from the Log as it is when the digest goes: an answer that comes later is
in the Log (and in `tovholder show`), not in a digest already sent.
"""

from __future__ import annotations

from tovholder.core.dates import format_when
from tovholder.core.i18n import t
from tovholder.jobs.base.context import Context
from tovholder.jobs.digests import agenda as ag
from tovholder.jobs.digests import attendance, parts
from tovholder.jobs.digests.settings import settings as digest_settings
from tovholder.jobs.written_round import documents
from tovholder.jobs.written_round.compiled import Round, compile_round
from tovholder.mailer.compose import Attachment
from tovholder.sheets.model import Meeting
from tovholder.sheets.schema import fold

# i18n: data (role names, folded, that mean the secretary function)
SECRETARY = {"sekretaer", "secretary", "referent", "referat", "minutes"}


def context(ctx: Context, meeting: Meeting) -> dict[str, object]:
    r = compile_round(ctx.wb, ctx.log, meeting.date)
    return {"round": r if r.answered else None, "round_attached": r.long}


def minutes_reader(ctx: Context) -> str:
    """The email of whoever holds the secretary function, else the chair's ("" if none)."""
    for role in ctx.wb.roles:
        member = ctx.wb.member(role.holder_email) if role.holder_email else None
        if fold(role.role) in SECRETARY and member is not None and member.active:
            return member.email
    return ctx.chair[0].casefold()


class Files:
    """The files for each member's copy of the digest: the long round (for everyone), the
    minutes draft (for its reader); each document is built once per digest, not per member."""

    def __init__(self, ctx: Context, meeting: Meeting) -> None:
        self.ctx, self.meeting = ctx, meeting
        self.round = compile_round(ctx.wb, ctx.log, meeting.date)
        self.reader = minutes_reader(ctx)
        self.built: dict[str, Attachment] = {}

    def __call__(self, email: str) -> list[Attachment]:
        wanted = (["round"] if self.round.long else []) + (["minutes"] if email == self.reader
                                                          else [])
        return [self._file(name) for name in wanted]

    def _file(self, name: str) -> Attachment:
        if name not in self.built:
            make = round_file if name == "round" else minutes_file  # i18n: data
            self.built[name] = make(self.ctx, self.round, self.meeting)
        return self.built[name]


def round_file(ctx: Context, r: Round, meeting: Meeting) -> Attachment:
    return Attachment(t(ctx.lang, "round.filename", day=meeting.date.isoformat()),
                      documents.round_docx(r, ctx.sender.group, meeting.date, ctx.lang),
                      documents.DOCX_TYPE)


def minutes_file(ctx: Context, r: Round, meeting: Meeting) -> Attachment:
    wb = ctx.wb
    m = documents.Minutes(
        ctx.sender.group, format_when(meeting.date, meeting.start, meeting.end, ctx.lang),
        " ".join(x for x in (parts.where(meeting).place, parts.where(meeting).link) if x),
        attendance.overview(wb, ctx.log, meeting.date),
        ag.build_agenda(wb, meeting, digest_settings(ctx).standard(ctx.lang)),
        parts.actions_by_owner(wb, parts.open_actions(wb), ctx.today), r, ctx.today)
    return Attachment(t(ctx.lang, "minutes.filename", day=meeting.date.isoformat()),
                      documents.minutes_docx(m, ctx.lang), documents.DOCX_TYPE)
