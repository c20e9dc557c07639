"""Several scheduled emails to one member in one tick become one email, a section each. Pure.

The first day of a group gives a member the competence form, two calls for volunteers and a
consultation at once; nobody should get four emails in the same minute. ``bundle`` replaces the
scheduled, not yet logged, plain emails (no attachment, not answering a mail) of one recipient by
one email of kind ``bundle``. Its key names every part as "kind:key", so

- its Message-ID is deterministic from its parts (make_message_id over kind and key), and a tick
  killed at any point re-forms the same bundle, which the send plan sends once;
- a part named by any bundle row in the Log is never sent again, alone or in another bundle;
  after the bundle is ``sent``, ``part_rows`` gives each part its own ``sent`` row (detail: the
  bundle's Message-ID), so every feature sees its email as sent, as if it went alone;
- the reply token names the bundle's conversation, from which jobs/schedule/replies.py knows
  every part's conversation without a lookup, and routes each section of a reply to its handler.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from email.message import EmailMessage

from tovholder.jobs.base.context import Context
from tovholder.jobs.base.messages import make_outgoing
from tovholder.mailer.compose import make_message_id
from tovholder.mailer.outbox import RETRY, SENDING, SENT, SKIPPED, Outgoing, is_reply, latest_states
from tovholder.sheets.model import LogEntry

KIND = "bundle"  # i18n: data (a Log kind)
SEP = "|"  # between the parts in a bundle's key


def parts_of(key: str) -> list[tuple[str, str]]:
    """[(kind, key)] of the parts a bundle's key names, in the bundle's order."""
    return [(p.partition(":")[0], p.partition(":")[2]) for p in key.split(SEP) if ":" in p]


def bundle_key(parts: Iterable[Outgoing]) -> str:
    return SEP.join(f"{o.kind}:{o.key}" for o in parts)


def _plain(out: Outgoing) -> bool:
    """A part can go in a bundle: text without attachments or a calendar invitation, not an
    answer to a mail (that stays in its thread)."""
    return not is_reply(out) and not any(True for _ in out.message.iter_attachments()) and \
        "text/calendar" not in {p.get_content_type() for p in out.message.walk()}


def _bundled(log: list[LogEntry]) -> dict[str, LogEntry]:
    """The newest state of each bundle in the Log, by Message-ID."""
    return {mid: e for mid, e in latest_states(log).items() if e.kind == KIND}


def bundle(wanted: list[Outgoing], ctx: Context, scheduled: Iterable[str]) -> list[Outgoing]:
    """``wanted`` with the scheduled emails of each recipient who gets two or more in one."""
    kinds, logged = set(scheduled), latest_states(ctx.log)
    # a bundle skipped after a crash (no longer due, never sent) releases its parts
    bundles = {m: b for m, b in _bundled(ctx.log).items() if b.state != SKIPPED}
    taken = {(b.recipient, part) for b in bundles.values() for part in parts_of(b.key)}
    pending = [b for b in bundles.values() if b.state in (SENDING, RETRY)]
    keep: list[Outgoing] = []
    free: dict[str, list[Outgoing]] = {}
    again: list[Outgoing] = []  # parts of bundles in the Log: done, or to form one again
    for out in wanted:
        if (out.recipient, (out.kind, out.key)) in taken:
            again.append(out)
        elif out.kind in kinds and out.message_id not in logged and _plain(out):
            free.setdefault(out.recipient, []).append(out)
        else:
            keep.append(out)
    for parts in free.values():
        keep += parts if len(parts) == 1 else [compose(ctx, parts)]
    return keep + _again(ctx, again, pending)


def _again(ctx: Context, parts: list[Outgoing], pending: list[LogEntry]) -> list[Outgoing]:
    """A bundle left ``sending`` by a killed tick, formed again from its parts (the same
    Message-ID) when they are all still wanted; else the send plan resolves it alone."""
    by_part = {(o.recipient, o.kind, o.key): o for o in parts}
    again = []
    for entry in pending:
        named = [(entry.recipient, kind, key) for kind, key in parts_of(entry.key)]
        if all(p in by_part for p in named):
            again.append(compose(ctx, [by_part[p] for p in named]))
    return again


def _text(msg: EmailMessage) -> str:
    body = msg.get_body(("plain",))
    return body.get_content().strip() if body is not None else ""


def compose(ctx: Context, parts: list[Outgoing]) -> Outgoing:
    """One email with a section per part, in the parts' order; answerable per section."""
    first = parts[0].message
    sections = [{"n": i, "subject": str(o.message["Subject"]), "text": _text(o.message)}
                for i, o in enumerate(parts, start=1)]
    to_name = first["To"].addresses[0].display_name if first["To"] else ""
    key = bundle_key(parts)
    out = make_outgoing(ctx.sender, KIND, kind=KIND, key=key, to_email=parts[0].recipient,
                        to_name=to_name, now=ctx.now,
                        context={"sections": sections, "group_name": ctx.sender.group})
    # the Message-ID from a digest of the parts: the parts themselves would fold the header
    digest = hashlib.sha256(key.encode()).hexdigest()[:16]
    out.message.replace_header("Message-ID",
                               make_message_id(KIND, digest, out.recipient, ctx.sender.domain))
    return out


def part_rows(log: list[LogEntry], domain: str) -> list[dict[str, str]]:
    """For every ``sent`` bundle, the parts without a row of their own yet: each gets ``sent``
    with the bundle's Message-ID as detail (derived from the Log, so a crash before these rows
    were written is repaired by the next tick)."""
    states, rows = latest_states(log), []
    for mid, entry in _bundled(log).items():
        if entry.state != SENT:
            continue
        for kind, key in parts_of(entry.key):
            part = make_message_id(kind, key, entry.recipient, domain)
            if part not in states:
                rows.append({"kind": kind, "key": key, "recipient": entry.recipient,
                             "message_id": part, "detail": mid})
    return rows
