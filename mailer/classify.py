"""Tell a member's reply from a bounce or an auto-reply (tovholder.mailer.decode reads the bytes).

Pure, standard library only, and never raises: a message nothing can be made of is
"unreadable", which the inbound layer quarantines for the chair.
"""

from __future__ import annotations

import binascii
import email
import re
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage, Message
from typing import Literal

from tovholder.mailer.decode import MSG_ID, addresses, header_text, headers_of, walk_text

Kind = Literal["reply", "bounce", "auto_reply", "unreadable"]


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
        headers = headers_of(msg)
        found = _bounce(msg, headers, defects) or _auto_reply(msg, headers, defects)
        if found:
            return found
        plain, html = walk_text(msg, defects)
        if not any(t.strip() for t in plain + html):
            return Classification("unreadable", "no-text")
        if _out_of_office_text("\n".join(plain) or "\n".join(html)):
            return Classification("auto_reply", "out-of-office-text")
        return Classification("reply", "default")
    except Exception as exc:
        return Classification("unreadable", f"error:{type(exc).__name__}")


# An out-of-office set up as a rule that answers with a template sends no Auto-Submitted and
# keeps "SV: <subject>": it is known by how it opens. Danish, English, Swedish, Norwegian and
# German, the openings such replies use, followed by when the person is back.
_OOF_OPENING = re.compile(
    r"^\W*(?:tak\s+for\s+din\s+(?:mail|henvendelse)[.!,]?\s*)?"
    r"(?:jeg\s+(?:er|holder)\s+(?:på\s+ferie|fraværende|ikke\s+på\s+kontoret|ferie"
    r"|på\s+kursus|på\s+barsel|syg(?:emeldt)?|ude\s+af\s+huset)"
    r"|i\s*(?:am|'m)\s+(?:currently\s+)?(?:out\s+of\s+(?:the\s+)?office|on\s+(?:annual\s+)?"
    r"(?:leave|holiday|vacation)|away)"
    r"|jag\s+är\s+(?:på\s+semester|ledig|tjänstledig|inte\s+på\s+kontoret|borta)"
    r"|jeg\s+er\s+(?:på\s+ferie|ikke\s+på\s+kontoret|borte)"
    r"|ich\s+bin\s+(?:derzeit\s+|zurzeit\s+)?(?:nicht\s+im\s+büro|im\s+urlaub|abwesend"
    r"|nicht\s+erreichbar))", re.IGNORECASE)
_OOF_BACK = re.compile(
    r"tilbage|tilbake|indtil|igen\s+(?:den|d\.|på)|retur|back\s+(?:on|in)|return(?:ing)?\s+on"
    r"|until"
    r"|tillbaka|åter|zurück|wieder\s+(?:am|ab|erreichbar)|bis\s+(?:zum|einschließlich)",
    re.IGNORECASE)


# "Jeg er på ferie indtil 3. jan, men sæt mig på PFAS": a person, answering from a holiday
_OOF_BUT = re.compile(r"\b(?:men|but|aber|dock|sæt\s+mig|put\s+me)\b", re.IGNORECASE)


def _out_of_office_text(text: str) -> bool:
    """A short mail that opens as an out-of-office and says when the person is back, and holds
    nothing else (an answer below the quote marks would make it a person's reply)."""
    own = text.split("\n>", 1)[0]
    words = " ".join(own.split())
    return len(words) <= 500 and bool(_OOF_OPENING.match(words)) and \
        bool(_OOF_BACK.search(words)) and "?" not in words and not _OOF_BUT.search(words)


def _first(headers: dict[str, list[str]], name: str, defects: list[str]) -> str:
    values = headers.get(name)
    return header_text(values[0], defects, name).strip() if values else ""


def _dsn_fields(part: Message) -> list[dict[str, str]]:
    """The per-recipient blocks of a message/delivery-status part, as lowercase-keyed dicts."""
    payload = part.get_payload()
    base64_encoded = str(part.get("content-transfer-encoding", "")).strip().lower() == "base64"
    if isinstance(payload, list) and not base64_encoded:
        # The parser splits a plain DSN into header-only messages, one per block.
        blocks = [{k.lower(): str(v) for k, v in b.raw_items()} for b in payload
                  if isinstance(b, Message)]
    else:
        # Encoded (Exchange does this): the parser's blocks hold base64, so decode it ourselves.
        if isinstance(payload, list):
            payload = "".join(str(b.get_payload()) for b in payload if isinstance(b, Message))
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
    sender = addresses(headers.get("from", []), defects, "from")
    from_daemon = bool(sender) and sender[0][1].split("@")[0] in _DAEMONS
    failed_header = [a for _, a in addresses(headers.get("x-failed-recipients", []), defects,
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
        payload = part.get_payload()
        if ctype == "message/rfc822" and isinstance(payload, list) and payload and \
                isinstance(payload[0], Message):
            inner = payload[0]
            found = MSG_ID.findall(" ".join(str(v) for k, v in inner.raw_items()
                                             if k.lower() == "message-id"))
        elif ctype == "text/rfc822-headers":
            text = _small_payload(part).decode("latin-1")
            found = MSG_ID.findall(" ".join(re.findall(r"(?im)^message-id:\s*(.*)$", text)))
        else:
            continue
        if found:
            return str(found[0])
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
