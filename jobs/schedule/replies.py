"""A reply to a bundle (jobs/base/bundle.py): each section the member answered goes to the handler
of the email that section was, as if the member had answered that email alone. Pure.

The bundle's conversation names its parts ("form:2026|vacancy:..."), so each section's
conversation is known from the verified token alone. mailer/sections.py says what the member
wrote to which section; each answered section reaches its kind's handler as a mail of its own:
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


def handle_bundle_reply(ctx: Context, mail: ParsedMail, verdict: Verdict) -> str:
    parts = bundle.parts_of(verdict.conversation.partition(":")[2])
    member = ctx.wb.member(verdict.member)
    split = split_sections(mail.best_text, len(parts), [member.name] if member and member.name else [])
    done = []
    for n, (kind, key) in enumerate(parts, start=1):
        section = split.sections[n]
        if not section.answered:
            continue
        handler = ctx.handlers.get(kind, p.pass_on)
        done.append(handler(ctx, _as_mail(ctx, mail, n, section),
                            replace(verdict, conversation=f"{kind}:{key}")))
    if split.unplaced or not done:  # what names no section reaches the chair, with the files
        done.append(p.record_words(ctx, verdict, mail, split.unplaced, ctx.chair))
    return t(ctx.lang, "reply.bundle", parts="; ".join(done))
