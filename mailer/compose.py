"""Build the outgoing emails: one EmailMessage, ready for any transport.

Pure: the stdlib `email` package only. Everything that reaches a header may come from a person
(names and subjects typed into the workbook), so CR/LF is refused before it can become a header
of its own. Non-ASCII subjects and display names are RFC 2047-encoded here (see _encoded_words),
bodies are UTF-8 quoted-printable: the serialized message is 7-bit clean.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from email import headerregistry
from email.message import EmailMessage, MIMEPart
from email.policy import SMTP
from email.utils import format_datetime

from tovholder.core.errors import MailError

__all__ = ["Address", "Attachment", "build_message", "make_message_id"]

_MSG_ID = re.compile(r"<[A-Za-z0-9!#$%&'*+/=?^_`{|}~.\-]+@[A-Za-z0-9.\-]+>")
_DOMAIN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9\-.]*[A-Za-z0-9])?")
_SLUG = re.compile(r"[^A-Za-z0-9\-]+")
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~\-]+"
_LOCAL = re.compile(rf"{_ATOM}(?:\.{_ATOM})*")
_Q_SAFE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")
# Spreadsheet strays: control and line-separator characters read as spaces, lone surrogates
# (which cannot be encoded at all) as the replacement character.
_SPACED = {"Cc": " ", "Zl": " ", "Zp": " ", "Cs": "\ufffd"}


@dataclass(frozen=True)
class Address:
    """A mailbox: `email` is the addr-spec, `name` the display name (may be Danish, or empty)."""

    email: str
    name: str = ""


@dataclass(frozen=True)
class Attachment:
    """A file to attach. Text types (e.g. an .ics invite) are sent as UTF-8 text so calendar
    clients see `text/calendar; method=REQUEST`; `params` are extra Content-Type parameters."""

    filename: str
    content: bytes | str
    mime_type: str = "application/octet-stream"
    params: dict[str, str] = field(default_factory=dict)


def _clean(header: str, value: str) -> str:
    # A bare CR or LF would end the header line and let the rest become headers of its own.
    if "\r" in value or "\n" in value:
        raise MailError("mail.header_injection", header=header)
    return value


def _text(header: str, value: str) -> str:
    """A human-typed header text (subject, display name): CR/LF refused, other control and
    line-separator characters (stray from spreadsheets; the email package treats some as line
    breaks) become spaces, and whitespace is collapsed, which is what the reader sees anyway."""
    _clean(header, value)
    value = "".join(_SPACED.get(unicodedata.category(c), c) for c in value)
    return " ".join(value.split())


def _needs_words(text: str) -> bool:
    return not text.isascii() or "=?" in text


def _q(char: str) -> str:
    if char == " ":
        return "_"
    if char in _Q_SAFE:
        return char
    return "".join(f"={b:02X}" for b in char.encode("utf-8"))


def _encoded_words(text: str, first: int) -> list[str]:
    """RFC 2047 Q-encoded words, each within the line budget, split between characters only.

    Done here rather than by the email package because CPython before 3.15 may fold a long
    encoded header exactly at a space and lose it (python/cpython#144156): "mødet på" would
    reach the member as "mødetpå". Each word goes on its own folded line, so nothing is lost."""
    words: list[str] = []
    chunk: list[str] = []
    size, budget = 0, first - 12  # 12 = len("=?utf-8?q?") + len("?=")
    for char in text:
        piece = _q(char)
        if chunk and size + len(piece) > budget:
            words.append("=?utf-8?q?" + "".join(chunk) + "?=")
            chunk, size, budget = [], 0, 75 - 12
        chunk.append(piece)
        size += len(piece)
    words.append("=?utf-8?q?" + "".join(chunk) + "?=")
    return words


def _set_text(msg: EmailMessage, header: str, text: str) -> None:
    if _needs_words(text):
        msg.set_raw(header, "\n ".join(_encoded_words(text, 78 - len(header) - 2)))
    else:
        msg[header] = text


def _set_address(msg: EmailMessage, header: str, addr: Address) -> None:
    name = _text(header, addr.name)
    spec = _clean(header, addr.email).strip()
    local, at, domain = spec.rpartition("@")
    try:
        domain = domain.encode("idna").decode("ascii")  # blåbær.dk -> xn--...
    except UnicodeError as exc:
        raise MailError("mail.bad_address", header=header, address=spec) from exc
    # A plain dot-atom local part: SMTPUTF8 or quoted local parts are not something a volunteer's
    # provider can be assumed to accept, and they are where address parsers disagree.
    if not at or not _LOCAL.fullmatch(local) or not _DOMAIN.fullmatch(domain):
        raise MailError("mail.bad_address", header=header, address=spec)
    if not _needs_words(name):
        msg[header] = headerregistry.Address(display_name=name, username=local, domain=domain)
        return
    words = _encoded_words(name, 78 - len(header) - 2)
    tail = f" <{local}@{domain}>"
    last_line = len(words[-1]) + (len(header) + 2 if len(words) == 1 else 1)
    joiner = "\n" if last_line + len(tail) > 78 else ""
    msg.set_raw(header, "\n ".join(words) + joiner + tail)


def _msg_id(header: str, value: str) -> str:
    value = _clean(header, value).strip()
    if not _MSG_ID.fullmatch(value):
        raise MailError("mail.bad_message_id", header=header, value=value)
    return value


_THREAD_ID = re.compile(r"<[!-;=?-~]{1,900}>")  # printable ASCII, no < > or white space inside


def _threadable(value: str) -> bool:
    """A Message-ID of another mail that is safe to write back in a header: "<a@[10.0.0.1]>",
    "<20261206.GA1234>" and "<a@b@c.dk>" are; one with non-ASCII, spaces or line breaks is not."""
    return _THREAD_ID.fullmatch(value.strip()) is not None


def make_message_id(kind: str, key: str, recipient: str, domain: str) -> str:
    """A deterministic Message-ID: the same (kind, key, recipient) always gives the same id, so a
    re-run after a crash can tell what was already sent. The readable part is only a hint; the
    hash (over the exact parts, recipient case-folded) is what makes it unique, and it keeps the
    recipient's address out of a header other recipients might see quoted."""
    if not _DOMAIN.fullmatch(domain):
        raise MailError("mail.bad_domain", domain=domain)
    parts = json.dumps([kind, key, recipient.strip().lower()], ensure_ascii=True)
    digest = hashlib.sha256(parts.encode("ascii")).hexdigest()[:20]
    readable = [_SLUG.sub("-", p).strip("-")[:32] for p in (kind, key)]
    local = ".".join(p for p in readable if p) + "." + digest
    return f"<{local.lstrip('.')}@{domain}>"


def build_message(
    *,
    sender: Address,
    to: Address,
    subject: str,
    text: str,
    html: str | None,
    reply_to: str | None,
    message_id: str,
    in_reply_to: str | None = None,
    references: Sequence[str] = (),
    attachments: Sequence[Attachment] = (),
    bulk: bool = False,
    auto_submitted: str = "auto-generated",
    date: datetime,
) -> EmailMessage:
    """One automatic email: text (+ HTML alternative) (+ attachments, making it multipart/mixed)."""
    if date.tzinfo is None:
        raise MailError("mail.naive_date", header="Date")
    msg = EmailMessage(policy=SMTP)
    _set_address(msg, "From", sender)
    _set_address(msg, "To", to)
    if reply_to:
        msg["Reply-To"] = _clean("Reply-To", reply_to)
    _set_text(msg, "Subject", _text("Subject", subject))
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = _msg_id("Message-ID", message_id)
    # Threading names someone else's Message-IDs, as their mail client wrote them; one we
    # cannot write safely is left out (the email still goes, unthreaded), never an error that
    # would stop every later email to that member (a confirmation threads to its reply).
    thread = [r for r in (in_reply_to, *references) if r and _threadable(r)]
    if in_reply_to and in_reply_to in thread:
        msg["In-Reply-To"] = in_reply_to.strip()
    refs = [r.strip() for r in references if r in thread]
    if refs:
        msg["References"] = " ".join(refs)
    msg["MIME-Version"] = "1.0"
    # RFC 3834: tells well-behaved auto-responders not to answer us, so no OOF/bounce loops.
    msg["Auto-Submitted"] = _clean("Auto-Submitted", auto_submitted)
    # Exchange ignores Auto-Submitted for its out-of-office replies; this header quiets it. Not
    # "All": that also suppresses Exchange's non-delivery reports, which bounce handling reads.
    msg["X-Auto-Response-Suppress"] = "OOF, AutoReply"
    if bulk:
        msg["Precedence"] = "bulk"

    # Quoted-printable keeps long Danish lines 7-bit clean and still readable in the raw source.
    msg.set_content(_clean_body(text), charset="utf-8", cte="quoted-printable")
    if html is not None:
        msg.add_alternative(_clean_body(html), subtype="html", charset="utf-8",
                            cte="quoted-printable")
    for att in attachments:
        _attach(msg, att)
    for part in msg.iter_parts() if msg.is_multipart() else ():
        _drop_inner_mime_version(part)
    return msg


def _drop_inner_mime_version(part: MIMEPart) -> None:
    # The email package stamps MIME-Version on every sub-part; RFC 2045 wants it only on top,
    # and some spam filters score the duplicates.
    del part["MIME-Version"]
    for sub in part.iter_parts() if part.is_multipart() else ():
        _drop_inner_mime_version(sub)


def _clean_body(body: str) -> str:
    # Normalise line endings: a lone CR in a body is legal but mangled differently by every MTA.
    return body.replace("\r\n", "\n").replace("\r", "\n")


def _attach(msg: EmailMessage, att: Attachment) -> None:
    filename = _clean("Content-Disposition", att.filename)
    maintype, _, subtype = _clean("Content-Type", att.mime_type).partition("/")
    params = {_clean("Content-Type", k): _clean("Content-Type", v) for k, v in att.params.items()}
    if not maintype or not subtype:
        raise MailError("mail.bad_attachment", filename=filename, mime_type=att.mime_type)
    if maintype == "text":
        content = att.content if isinstance(att.content, str) else att.content.decode("utf-8")
        msg.add_attachment(content, subtype=subtype, charset="utf-8", cte="quoted-printable",
                           filename=filename, params=params)
    else:
        data = att.content.encode("utf-8") if isinstance(att.content, str) else att.content
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename,
                           params=params)
