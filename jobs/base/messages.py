"""One function builds every email: templates by name, the member's reply token, a deterministic
Message-ID, the automatic-mail headers. Like healthchecks' make_message(name, to, ctx)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from tovholder.mailer.compose import Address, Attachment, build_message, make_message_id
from tovholder.mailer.outbox import Outgoing
from tovholder.mailer.render import render
from tovholder.mailer.tokens import make_token, reply_address


@dataclass(frozen=True)
class Sender:
    """Who the service is when it writes: address, display name, language and reply secret."""

    address: str
    name: str
    lang: str
    secret: bytes
    templates: Path | None = None  # the chair's overrides
    reply_form: str = ""  # e.g. "svar-{token}@example.org"; "" = plus-addressing on address
    group: str = ""  # the group's name where an email speaks of the group ([mail] group_name)

    @property
    def reply_base(self) -> str:
        return self.reply_form or self.address

    @property
    def domain(self) -> str:
        return self.address.rpartition("@")[2]


def conversation(kind: str, key: str) -> str:
    """The conversation a reply token names; replies are routed by it."""
    return f"{kind}:{key}"


NAMES = ("chair_name",)  # the names a template greets or mentions besides the recipient's


def greeting_name(name: str) -> str:
    """A name to greet with; an address is none ("Kære karin.jessen@example.org" reads as a
    machine's), so the template greets without a name ("Kære formand")."""
    return "" if "@" in name else name


def make_outgoing(sender: Sender, template: str, *, kind: str, key: str, to_email: str,
                  to_name: str, context: dict[str, object], now: dt.datetime,
                  bulk: bool = False, in_reply_to: str | None = None,
                  references: Sequence[str] = (),
                  attachments: Sequence[Attachment] = ()) -> Outgoing:
    to_name = greeting_name(to_name)
    names = {key: greeting_name(str(context[key])) for key in NAMES if context.get(key)}
    # every template may sign with the sender's name and speak of the group by its own name
    about = {"sender_name": sender.name, "group_name": sender.group}
    rendered = render(template, sender.lang,
                      {**about, **context, **names, "recipient_name": to_name},
                      override=sender.templates)
    token = make_token(sender.secret, to_email, conversation(kind, key))
    message = build_message(
        sender=Address(sender.address, sender.name), to=Address(to_email, to_name),
        subject=rendered.subject, text=rendered.text, html=rendered.html,
        reply_to=reply_address(sender.reply_base, token),
        message_id=make_message_id(kind, key, to_email, sender.domain),
        in_reply_to=in_reply_to, references=references, attachments=attachments, bulk=bulk,
        date=now)
    return Outgoing(kind, key, to_email.casefold(), message)
