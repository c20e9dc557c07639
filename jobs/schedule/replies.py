"""A reply to a bundle (jobs/base/bundle.py): each section the member answered goes to the handler
of the email that section was, as if the member had answered that email alone. Pure.

The bundle's conversation names its parts ("form:2026|vacancy:..."), so each section's
conversation is known from the verified token alone. mailer/sections.py says what the member
wrote to which section; a section whose kind shows pre-filled answers (Kind.as_sent) is
compared with its text as it went, so boxes crossed last year and quoted back are no answer;
each answered section reaches its kind's handler as a mail of its own:
the member's words for it, above the section quoted as sent (boxes crossed in it kept), with a
Message-ID of its own (the reply's, numbered by section) so that two sections of one kind never
share a confirmation. Words that name no section go to the chair (never guessed).
"""

from __future__ import annotations

from dataclasses import replace

from tovholder.core.i18n import t
from tovholder.jobs.base import bundle
from tovholder.jobs.base import pass_on as p
from tovholder.jobs.base.context import Context
from tovholder.mailer.decode import ParsedMail
from tovholder.mailer.inbound import Verdict
from tovholder.mailer.outbox import SENT, TIME_FORMAT
from tovholder.mailer.sections import Section, split_sections


def section_id(message_id: str, n: int) -> str:
    """The reply's Message-ID, numbered for section ``n``: "<a@b>" -> "<a.2@b>"."""
    local, at, domain = message_id.strip().strip("<>").rpartition("@")
    return f"<{local}.{n}@{domain}>" if at else f"<{message_id.strip('<>')}.{n}>"


def _as_mail(ctx: Context, mail: ParsedMail, n: int, section: Section) -> ParsedMail:
    attribution = f"Den {ctx.today:%d.%m.%Y} skrev {ctx.sender.name} <{ctx.sender.address}>:"  # i18n: data
    quoted = "\n".join(f"> {line}" for line in section.quoted.splitlines())
    text = "\n".join(section.words) + f"\n\n{attribution}\n{quoted}\n"
    return replace(mail, message_id=section_id(mail.message_id, n), text=text, html=None)


def _sent_at(ctx: Context, key: str, member: str) -> str:
    """When the bundle went to ``member`` (the Log's time), or now if the Log lost it."""
    return next((e.time for e in ctx.log if e.kind == bundle.KIND and e.key == key
                 and e.state == SENT and e.recipient.casefold() == member.casefold()),
                ctx.now.strftime(TIME_FORMAT))


def handle_bundle_reply(ctx: Context, mail: ParsedMail, verdict: Verdict) -> str:
    key = verdict.conversation.partition(":")[2]
    parts = bundle.parts_of(key)
    member = ctx.wb.member(verdict.member)
    split = split_sections(mail.best_text, len(parts), [member.name] if member and member.name else [])
    when = _sent_at(ctx, key, verdict.member)
    done = []
    for n, (kind, part_key) in enumerate(parts, start=1):
        section, as_sent = split.sections[n], ctx.as_sent.get(kind)
        sent = as_sent(ctx, verdict.member, part_key, when) if as_sent else None
        if not section.answered_against(sent):  # quoted back as it went: no answer
            continue
        handler = ctx.handlers.get(kind, p.pass_on)
        done.append(handler(ctx, _as_mail(ctx, mail, n, section),
                            replace(verdict, conversation=f"{kind}:{part_key}")))
    if split.unplaced or not done:  # what names no section reaches the chair, with the files
        done.append(p.record_words(ctx, verdict, mail, split.unplaced, ctx.chair))
    return t(ctx.lang, "reply.bundle", parts="; ".join(done))
