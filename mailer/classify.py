"""Read what came back: decode any incoming bytes defensively, and tell a member's reply from a
bounce or an auto-reply.

Pure, standard library only. Every byte here comes from outside, so nothing in this module may
raise on bad input: broken MIME, lying charsets and 8-bit headers are decoded as well as they can
be and noted in `defects`. Only text parts are ever decoded; attachments are walked past.
"""

from __future__ import annotations

import binascii
import email
import hashlib
import html as html_lib
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import policy
from email.header import decode_header
from email.message import EmailMessage, Message
from email.utils import getaddresses, parsedate_to_datetime
from typing import Literal

__all__ = ["Classification", "ParsedMail", "classify", "decode_message", "parse_bytes"]

Kind = Literal["reply", "bounce", "auto_reply", "unreadable"]
MAX_TEXT_CHARS = 2_000_000  # no real reply is longer; beyond this is an attack or an accident
_MSG_ID = re.compile(r"<[^<>\s]+>")
_TEXT_TYPES = ("text/plain", "text/html")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
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

    @property
    def best_text(self) -> str:
        """The plain text, or the HTML converted when the mail was HTML-only."""
        if self.text.strip() or not self.html:
            return self.text
        return _html_to_text(self.html)


def _html_to_text(html: str) -> str:
    try:  # the real converter lives in a sibling module that may not exist yet
        from mailer.htmltext import html_to_text
    except ImportError:
        text = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>|<[^>]*>", " ", html)
        return re.sub(r"[ \t]+", " ", html_lib.unescape(text)).strip()
    return html_to_text(html)


def parse_bytes(raw: bytes) -> EmailMessage:
    """The parsed message (policy.default); the parser records defects instead of raising."""
    return email.message_from_bytes(raw, policy=policy.default)  # type: ignore[return-value]


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
    return "".join(c if isinstance(c, str) else _plain_chunk(c) if cs is None
                   else _bytes_text(c, cs, defects, name) for c, cs in chunks)


def _plain_chunk(chunk: bytes) -> str:
    # decode_header hands unencoded text back as raw-unicode-escape bytes; a literal "\u" in it
    # (a Windows path in a subject) does not survive the reverse trip, latin-1 always does.
    try:
        return chunk.decode("raw-unicode-escape")
    except UnicodeDecodeError:
        return chunk.decode("latin-1")


def _header_text(raw: str, defects: list[str], name: str) -> str:
    return _decode_words(_unfold(raw, defects, name), defects, name)


def _headers(msg: Message) -> dict[str, list[str]]:
    # raw_items: the header registry's parser is bypassed; it has raised on hostile input.
    found: dict[str, list[str]] = {}
    for name, value in msg.raw_items():
        found.setdefault(name.lower(), []).append(str(value))
    return found


def _addresses(values: list[str], defects: list[str], name: str) -> list[tuple[str, str]]:
    # Split first, decode the display names after, so an encoded name cannot smuggle in a comma
    # or an angle bracket that changes which address is parsed.
    pairs = getaddresses([_unfold(v, defects, name) for v in values])
    return [(_decode_words(display, defects, name).strip(), addr.strip().lower())
            for display, addr in pairs if "@" in addr]


def _walk_text(msg: Message, defects: list[str]) -> tuple[list[str], list[str]]:
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


def decode_message(raw: bytes) -> ParsedMail:
    """Everything the service needs from one incoming mail. Never raises."""
    defects: list[str] = []
    stable_id = f"<{hashlib.sha256(raw).hexdigest()[:32]}@tovholder.invalid>"
    try:
        msg = _salvage(parse_bytes(raw), raw, defects)
        for part in msg.walk():
            defects.extend(type(d).__name__ for d in part.defects)
        headers = _headers(msg)

        def one(name: str) -> str:
            values = headers.get(name.lower())
            return _header_text(values[0], defects, name).strip() if values else ""

        def addrs(*names: str) -> list[tuple[str, str]]:
            return [a for n in names for a in _addresses(headers.get(n, []), defects, n)]

        ids = _MSG_ID.findall(one("Message-ID"))
        if not ids:
            defects.append("no-message-id")
        senders = addrs("from") or addrs("sender")
        plain, html = _walk_text(msg, defects)
        return ParsedMail(
            message_id=ids[0] if ids else stable_id,
            in_reply_to=next(iter(_MSG_ID.findall(one("In-Reply-To"))), None),
            references=tuple(_MSG_ID.findall(one("References"))),
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
        )
    except Exception as exc:  # the promise is "never raises": degrade to an empty, unreadable mail
        return ParsedMail(stable_id, None, (), "", "", (), (), (), "", None, "", None,
                          (*defects, f"unparseable:{type(exc).__name__}"), len(raw))


def _date(value: str) -> datetime | None:
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


# --- classification -----------------------------------------------------------------------------

_DAEMONS = {"mailer-daemon", "postmaster", "mail-daemon", "mailerdaemon"}
_BOUNCE_SUBJECT = re.compile(
    r"(undeliver(ed|able)|delivery status notification \(failure\)|mail delivery failed"
    r"|returned mail|failure notice|kan ikke leveres|kunne ikke leveres|unzustellbar"
    r"|non remis|olevererbart)", re.IGNORECASE)
# Unambiguous phrases may be followed by anything; single words ("Fraværende") count only alone
# or before a colon, so a member's own "Fraværende til mødet" stays a reply.
_AUTO_PHRASE = (r"autosvar|automatisk svar|automatiskt svar|automatic reply|auto[- ]?reply"
                r"|out of (the )?office|abwesenheitsnotiz|automatische antwort"
                r"|r[ée]ponse automatique|ikke til stede")
_AUTO_WORD = r"frav[æa]rende|frav[æa]r|fr[åa]nvarande|abwesend|absence|ferie|vacation"
_AUTO_SUBJECT = re.compile(
    rf"^\s*(\[[^\]]*\]\s*)?(({_AUTO_PHRASE})\b|({_AUTO_WORD})\s*(:|$))", re.IGNORECASE)
_RECIPIENT_FIELDS = ("original-recipient", "final-recipient")


@dataclass(frozen=True)
class Classification:
    kind: Kind
    reason: str  # which signal decided, for the log ("dsn", "auto-submitted", "subject", ...)
    failed_recipients: tuple[str, ...] = ()  # bounces: the addresses that could not be reached
    status: str | None = None  # bounces: the DSN status, e.g. "5.1.1"
    original_message_id: str | None = None  # bounces: the Message-ID of our mail, if quoted


def classify(msg: EmailMessage | None) -> Classification:
    """Reply, bounce, auto-reply or unreadable. Bounce signals are checked first because DSNs
    carry Auto-Submitted too. Never raises."""
    if msg is None:
        return Classification("unreadable", "unparseable")
    try:
        defects: list[str] = []
        headers = _headers(msg)
        found = _bounce(msg, headers, defects) or _auto_reply(msg, headers, defects)
        if found:
            return found
        plain, html = _walk_text(msg, defects)
        if not any(t.strip() for t in plain + html):
            return Classification("unreadable", "no-text")
        return Classification("reply", "default")
    except Exception as exc:
        return Classification("unreadable", f"error:{type(exc).__name__}")


def _first(headers: dict[str, list[str]], name: str, defects: list[str]) -> str:
    values = headers.get(name)
    return _header_text(values[0], defects, name).strip() if values else ""


def _dsn_fields(part: Message) -> list[dict[str, str]]:
    """The per-recipient blocks of a message/delivery-status part, as lowercase-keyed dicts."""
    payload = part.get_payload()
    base64_encoded = str(part.get("content-transfer-encoding", "")).strip().lower() == "base64"
    if isinstance(payload, list) and not base64_encoded:
        # The parser splits a plain DSN into header-only messages, one per block.
        blocks = [{k.lower(): str(v) for k, v in b.raw_items()} for b in payload]
    else:
        # Encoded (Exchange does this): the parser's blocks hold base64, so decode it ourselves.
        if isinstance(payload, list):
            payload = "".join(str(b.get_payload()) for b in payload)
        data = b""
        if isinstance(payload, str) and len(payload) <= 256 * 1024:
            try:
                data = binascii.a2b_base64(payload) if base64_encoded else _small_payload(part)
            except binascii.Error:
                data = b""
        blocks = []
        for chunk in re.split(r"\r?\n\s*\r?\n", data.decode("latin-1")):
            block = email.message_from_string(chunk.strip() + "\n\n", policy=policy.compat32)
            blocks.append({k.lower(): str(v) for k, v in block.items()})
    return [b for b in blocks if any(f in b for f in _RECIPIENT_FIELDS)]


def _bounce(msg: Message, headers: dict[str, list[str]], defects: list[str]
            ) -> Classification | None:
    ctype = msg.get_content_type()
    report = str(msg.get_param("report-type") or "").lower()
    sender = _addresses(headers.get("from", []), defects, "from")
    from_daemon = bool(sender) and sender[0][1].split("@")[0] in _DAEMONS
    failed_header = [a for _, a in _addresses(headers.get("x-failed-recipients", []), defects,
                                               "x-failed-recipients")]
    subject = _first(headers, "subject", defects)
    if ctype == "multipart/report" and report == "disposition-notification":
        return Classification("auto_reply", "read-receipt")
    if ctype == "multipart/report" and report == "delivery-status":
        failed: list[str] = []
        statuses: list[str] = []
        for block in next((_dsn_fields(p) for p in msg.walk()
                           if p.get_content_type() == "message/delivery-status"), []):
            action = block.get("action", "").strip().lower()
            status = block.get("status", "").strip().split(" ")[0]
            if action == "failed" or status.startswith("5"):
                addr = next(block[f] for f in _RECIPIENT_FIELDS if f in block)
                failed.append(addr.rpartition(";")[2].strip().strip("<>").lower())
                statuses.append(status)
        if not failed and not failed_header:
            return Classification("auto_reply", "dsn-not-failed")
        return Classification("bounce", "dsn", tuple(dict.fromkeys(failed + failed_header)),
                              statuses[0] if statuses else None, _original_id(msg))
    is_reply = re.match(r"\s*(re|sv|aw|vs|fw|fwd)\s*:", subject, re.IGNORECASE)
    if failed_header or from_daemon or (_BOUNCE_SUBJECT.search(subject) and not is_reply):
        reason = "x-failed-recipients" if failed_header else "daemon" if from_daemon else "subject"
        return Classification("bounce", reason, tuple(failed_header), None, _original_id(msg))
    return None


def _small_payload(part: Message, limit: int = 256 * 1024) -> bytes:
    # Report parts are a few hundred bytes; a huge one is not a real DSN and is not decoded.
    raw = part.get_payload()
    if not isinstance(raw, str) or len(raw) > limit:
        return b""
    data = part.get_payload(decode=True)
    return data if isinstance(data, bytes) else b""


def _original_id(msg: Message) -> str | None:
    """The Message-ID of the mail a bounce returns, from its message/rfc822 or headers part."""
    for part in msg.walk():
        ctype = part.get_content_type()
        if ctype == "message/rfc822" and isinstance(part.get_payload(), list):
            inner = part.get_payload()[0]
            found = _MSG_ID.findall(" ".join(str(v) for k, v in inner.raw_items()
                                             if k.lower() == "message-id"))
        elif ctype == "text/rfc822-headers":
            text = _small_payload(part).decode("latin-1")
            found = _MSG_ID.findall(" ".join(re.findall(r"(?im)^message-id:\s*(.*)$", text)))
        else:
            continue
        if found:
            return found[0]
    return None


def _auto_reply(msg: Message, headers: dict[str, list[str]], defects: list[str]
                ) -> Classification | None:
    auto = _first(headers, "auto-submitted", defects).split(";")[0].strip().lower()
    if auto and auto != "no":
        return Classification("auto_reply", "auto-submitted")
    for name in ("x-autoreply", "x-autorespond", "x-autoresponder", "x-auto-reply"):
        if name in headers and _first(headers, name, defects).lower() not in ("no", "false", "0"):
            return Classification("auto_reply", name)
    # X-Auto-Response-Suppress is deliberately ignored: Outlook puts it on ordinary replies too.
    if _first(headers, "precedence", defects).lower() in ("auto_reply", "bulk", "junk"):
        return Classification("auto_reply", "precedence")
    if _AUTO_SUBJECT.match(_first(headers, "subject", defects)):
        return Classification("auto_reply", "subject")
    return None
