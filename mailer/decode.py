"""Read what came back: decode any incoming bytes defensively into a ParsedMail.

Pure, standard library only. Every byte here comes from outside, so nothing in this module may
raise on bad input: broken MIME, lying charsets and 8-bit headers are decoded as well as they can
be and noted in `defects`. Only text parts are ever decoded; attachments are walked past.
"""

from __future__ import annotations

import email
import hashlib
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import policy
from email.header import decode_header
from email.message import EmailMessage, Message
from email.utils import getaddresses, parsedate_to_datetime

from tovholder.mailer.flowed import unflow
from tovholder.mailer.htmltext import html_to_text

MAX_TEXT_CHARS = 2_000_000  # no real reply is longer; beyond this is an attack or an accident
MSG_ID = re.compile(r"<[^<>\s]+>")
# A Message-ID that is a mail's identity in the Log must come back from the Log as written: printable
# ASCII only (the .xlsx writer drops control characters, which made two mails one), and short.
SAFE_ID = re.compile(r"<[!-;=?-~]{1,250}>")
SYNTHETIC = "tovholder.invalid"  # i18n: data (the domain of Message-IDs Tovholder makes up)
# What makes a mail the same mail when it is seen again: trace headers (Received, Delivered-To)
# differ between two deliveries of one mail, these do not.
_IDENTITY_HEADERS = ("message-id", "from", "to", "cc", "subject", "date", "in-reply-to")
_TEXT_TYPES = ("text/plain", "text/html")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_SINGLE_BYTE = re.compile(r"(us-)?ascii|iso-?8859-\d+|latin-?1|(windows|cp)-?125\d")


@dataclass(frozen=True)
class ParsedMail:
    message_id: str
    in_reply_to: str | None
    references: tuple[str, ...]
    from_addr: str
    from_name: str
    to: tuple[str, ...]
    cc: tuple[str, ...]
    delivered_to: tuple[str, ...]  # Delivered-To and X-Original-To
    subject: str
    date: datetime | None
    text: str  # the text/plain body ("" if the mail had none)
    html: str | None  # the text/html body, raw
    defects: tuple[str, ...]
    size: int
    message: EmailMessage | None = field(default=None, repr=False, compare=False)
    fingerprint: str = ""  # of the content (fingerprint()): tells a reused Message-ID apart

    @property
    def best_text(self) -> str:
        """The plain text, or the HTML converted when the mail was HTML-only."""
        if self.text.strip() or not self.html:
            return self.text
        return html_to_text(self.html)


def parse_bytes(raw: bytes) -> EmailMessage:
    """The parsed message (policy.default); the parser records defects instead of raising."""
    msg = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(msg, EmailMessage)  # policy.default makes EmailMessage
    return msg


# --- decoding -----------------------------------------------------------------------------------

def _bytes_text(data: bytes, declared: str | None, defects: list[str], where: str) -> str:
    """Decode with the declared charset, then UTF-8, then cp1252, then latin-1 (never fails)."""
    order = [declared, "utf-8", "cp1252"]
    # Valid UTF-8 with high bytes is practically never real latin-1: the label is what lies.
    if declared and _SINGLE_BYTE.fullmatch(declared) and not data.isascii():
        order = ["utf-8", declared, "cp1252"]
    for charset in order:
        if not charset:
            continue
        try:
            text = data.decode(charset)
        except (LookupError, UnicodeError):
            continue
        if _SURROGATE.search(text):  # UTF-7 and UTF-16 can yield half a character, which no
            continue  # spreadsheet can store: the tick writing it died, on every tick after
        if charset != declared:
            defects.append(f"charset:{where}:{declared or 'none'}->{charset}")
        return text
    defects.append(f"charset:{where}:{declared or 'none'}->latin-1")
    return data.decode("latin-1")


def _unfold(raw: str, defects: list[str], name: str) -> str:
    """A raw header value on one line, with 8-bit bytes (kept by the parser as surrogates)
    decoded as UTF-8 or cp1252 instead of shown as replacement characters."""
    raw = re.sub(r"\r?\n(?=[ \t])", "", raw).replace("\r", "").replace("\n", "")
    if any("\udc80" <= c <= "\udcff" for c in raw):
        raw = _bytes_text(raw.encode("ascii", "surrogateescape"), None, defects, name)
    return raw


def _decode_words(text: str, defects: list[str], name: str) -> str:
    if "=?" not in text:
        return text
    try:
        chunks = decode_header(text)
    except Exception:  # a broken encoded word: show it as sent rather than lose the header
        defects.append(f"header:{name}:undecodable")
        return text
    text = "".join(c if isinstance(c, str) else _plain_chunk(c) if cs is None
                   else _bytes_text(c, cs, defects, name) for c, cs in chunks)
    if _SURROGATE.search(text):  # a literal "\ud800" read back by raw-unicode-escape
        defects.append(f"header:{name}:surrogate")
        text = _SURROGATE.sub("\ufffd", text)
    return text


def _plain_chunk(chunk: bytes) -> str:
    # decode_header hands unencoded text back as raw-unicode-escape bytes; a literal "\u" in it
    # (a Windows path in a subject) does not survive the reverse trip, latin-1 always does.
    try:
        return chunk.decode("raw-unicode-escape")
    except UnicodeDecodeError:
        return chunk.decode("latin-1")


def header_text(raw: str, defects: list[str], name: str) -> str:
    return _decode_words(_unfold(raw, defects, name), defects, name)


def headers_of(msg: Message) -> dict[str, list[str]]:
    # raw_items: the header registry's parser is bypassed; it has raised on hostile input.
    found: dict[str, list[str]] = {}
    for name, value in msg.raw_items():
        found.setdefault(name.lower(), []).append(str(value))
    return found


def addresses(values: list[str], defects: list[str], name: str) -> list[tuple[str, str]]:
    # Split first, decode the display names after, so an encoded name cannot smuggle in a comma
    # or an angle bracket that changes which address is parsed.
    pairs = getaddresses([_unfold(v, defects, name) for v in values])
    return [(_decode_words(display, defects, name).strip(), addr.strip().lower())
            for display, addr in pairs if "@" in addr]


def walk_text(msg: Message, defects: list[str]) -> tuple[list[str], list[str]]:
    """(plain parts, html parts), decoding only inline text parts; never an attachment."""
    plain: list[str] = []
    html: list[str] = []
    stack: list[Message] = [msg]
    while stack:
        part = stack.pop(0)
        try:
            if part.is_multipart():
                # Not into message/rfc822: a quoted or bounced original is not this mail's text.
                if part is msg or part.get_content_maintype() != "message":
                    stack[0:0] = [p for p in part.get_payload() if isinstance(p, Message)]
                continue
            ctype = part.get_content_type()
            if ctype not in _TEXT_TYPES or part.get_content_disposition() == "attachment":
                continue  # attachments are never decoded: a 20 MB PDF costs nothing here
            data = part.get_payload(decode=True)
            if not isinstance(data, bytes):
                continue
            charset = part.get_content_charset() or "us-ascii"  # the RFC 2045 default
            text = _bytes_text(data, charset, defects, ctype)
            text = text.replace("\r\n", "\n").replace("\r", "\n")
            text = _CONTROL.sub("", text)  # NULs and escapes are never a member's words
            if ctype == "text/plain" and str(part.get_param("format", "")).lower() == "flowed":
                text = unflow(text, delsp=str(part.get_param("delsp", "")).lower() == "yes")
        except Exception as exc:  # one hostile part must not cost us the rest of the mail
            defects.append(f"part:{type(exc).__name__}")
            continue
        if len(text) > MAX_TEXT_CHARS:
            defects.append(f"truncated:{ctype}")
            text = text[:MAX_TEXT_CHARS]
        (plain if ctype == "text/plain" else html).append(text)
    return plain, html


def _salvage(msg: EmailMessage, raw: bytes, defects: list[str]) -> EmailMessage:
    """A multipart whose boundary never shows up is left by the parser as one opaque string.
    Look for the boundary the sender's client really used and parse again with it; failing
    that, read the whole body as plain text so the member's words are not lost."""
    if msg.get_content_maintype() != "multipart" or msg.is_multipart():
        return msg
    body = str(msg.get_payload())
    used = re.search(r"^--([0-9A-Za-z'()+_,./:=?-]{1,70})[ \t]*\r?$", body, re.MULTILINE)
    pieces = re.split(rb"(\r?\n\r?\n)", raw, maxsplit=1)
    if used and len(pieces) == 3:
        head, sep, rest = pieces
        fixed = re.sub(rb'(?i)boundary\s*=\s*("[^"]*"|[^;\s]*)',
                       b'boundary="' + used.group(1).encode("ascii") + b'"', head, count=1)
        if b"boundary=" not in fixed.lower():
            fixed = re.sub(rb"(?im)^(content-type:[^\r\n]*)", rb'\1; boundary="' +
                           used.group(1).encode("ascii") + b'"', fixed, count=1)
        again = parse_bytes(fixed + sep + rest)
        if again.is_multipart():
            defects.append("boundary-repaired")
            return again
    defects.append("multipart-read-as-text")
    del msg["Content-Type"]
    msg["Content-Type"] = "text/plain"
    return msg


def fingerprint(headers: dict[str, list[str]], raw: bytes) -> str:
    """16 hex digits of the mail's content: its identifying headers and its body."""
    digest = hashlib.sha256()
    for name in _IDENTITY_HEADERS:
        for value in headers.get(name, []):
            digest.update(name.encode() + b":" + value.encode("utf-8", "surrogateescape") + b"\n")
    cut = re.search(rb"\r?\n\r?\n", raw)
    digest.update(raw[cut.end():] if cut else b"")
    return digest.hexdigest()[:16]


def identity(header_id: str, print_: str) -> str:
    """The Message-ID a mail is known by in the Log: its own when it is safe to write and read
    back, else one made from its content (so the same mail seen again gets the same one)."""
    return header_id if SAFE_ID.fullmatch(header_id) else _made_up(print_, header_id)


def reused(message_id: str, print_: str) -> str:
    """The identity of a mail whose Message-ID an earlier, different mail already has: derived
    from both, so each of the two gets its own outcome, and the same one when seen again."""
    return _made_up(print_, message_id)


def _made_up(print_: str, of: str) -> str:
    tail = hashlib.sha256(of.encode("utf-8", "surrogateescape")).hexdigest()[:8]
    return f"<{print_}.{tail}@{SYNTHETIC}>"


_MADE_UP = re.compile(r"<([0-9a-f]{16})(?:\.[0-9a-f]{8}|[0-9a-f]{16})@" + re.escape(SYNTHETIC) + ">")


def made_up(message_id: str) -> bool:
    """Whether a Log Message-ID is one Tovholder made up (no mailbox header carries it)."""
    return _MADE_UP.fullmatch(message_id.strip()) is not None


def known_as(raw: bytes, message_id: str) -> bool:
    """Whether ``raw`` is the mail the Log knows as ``message_id``: its own Message-ID, or, for
    an identity made from the content (an odd or a reused Message-ID), that content."""
    wanted = message_id.strip()
    found = _MADE_UP.fullmatch(wanted)
    mail = decode_message(raw)
    return mail.message_id == wanted or (found is not None and mail.fingerprint == found[1])


def decode_message(raw: bytes) -> ParsedMail:
    """Everything the service needs from one incoming mail. Never raises."""
    defects: list[str] = []
    stable_id = f"<{hashlib.sha256(raw).hexdigest()[:32]}@tovholder.invalid>"
    try:
        msg = _salvage(parse_bytes(raw), raw, defects)
        for part in msg.walk():
            defects.extend(type(d).__name__ for d in part.defects)
        headers = headers_of(msg)

        def one(name: str) -> str:
            values = headers.get(name.lower())
            return header_text(values[0], defects, name).strip() if values else ""

        def addrs(*names: str) -> list[tuple[str, str]]:
            return [a for n in names for a in addresses(headers.get(n, []), defects, n)]

        ids = MSG_ID.findall(one("Message-ID"))
        if not ids:
            defects.append("no-message-id")
        print_ = fingerprint(headers, raw)
        message_id = identity(ids[0] if ids else "", print_)
        if ids and message_id != ids[0]:
            defects.append("unsafe-message-id")
        senders = addrs("from") or addrs("sender")
        plain, html = walk_text(msg, defects)
        return ParsedMail(
            message_id=message_id,
            in_reply_to=next(iter(MSG_ID.findall(one("In-Reply-To"))), None),
            references=tuple(MSG_ID.findall(one("References"))),
            from_addr=senders[0][1] if senders else "",
            from_name=senders[0][0] if senders else "",
            to=tuple(a for _, a in addrs("to")),
            cc=tuple(a for _, a in addrs("cc")),
            delivered_to=tuple(a for _, a in addrs("delivered-to", "x-original-to")),
            subject=one("Subject"),
            date=_date(one("Date")),
            text="\n\n".join(plain),
            html="\n".join(html) if html else None,
            defects=tuple(defects),
            size=len(raw),
            message=msg,
            fingerprint=print_,
        )
    except Exception as exc:  # the promise is "never raises": degrade to an empty, unreadable mail
        return ParsedMail(stable_id, None, (), "", "", (), (), (), "", None, "", None,
                          (*defects, f"unparseable:{type(exc).__name__}"), len(raw),
                          fingerprint=stable_id[1:17])


def _date(value: str) -> datetime | None:
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
