"""The safe first run ([mail] sandbox): every email goes to one address (the chair's, or a test
address) instead of its recipients, saying whom it was meant for. Pure.

It is applied at the very edge, to the message handed to the transport: the Log still records
the intended recipient and the Message-ID is unchanged, so exactly-once sending, the proof of
sending by the service's own copy and the reply tokens all work as they will for real. A
calendar invitation is readdressed too: its ATTENDEE would otherwise invite the member.
"""

from __future__ import annotations

import copy
import html
import re
from email.header import decode_header, make_header
from email.message import EmailMessage, MIMEPart
from email.utils import getaddresses

from tovholder.core.i18n import t
from tovholder.mailer.ics import readdress

HEADERS = ("To", "Cc", "Bcc")
_BODY = re.compile(r"<body[^>]*>", re.IGNORECASE)


def meant_for(msg: EmailMessage) -> list[tuple[str, str]]:
    """(name, address) of every recipient the message names."""
    return [(_decoded(name), addr) for name, addr in getaddresses(
        [str(v) for h in HEADERS for v in msg.get_all(h, [])]) if addr]


def _decoded(name: str) -> str:
    """A display name as a person reads it: a header made with the compat32 policy still holds
    its encoded words ('=?utf-8?q?Line_=C3=98sterby?=')."""
    try:
        return str(make_header(decode_header(name)))
    except (ValueError, LookupError):  # a broken encoded word: show it as it is
        return name


def redirect(msg: EmailMessage, to: str, lang: str) -> EmailMessage:
    """A copy of ``msg`` addressed to ``to`` only, its first line saying whom it was for; a
    message already only for ``to`` goes as it is."""
    people = meant_for(msg)
    if all(addr.casefold() == to.casefold() for _, addr in people):
        return msg
    names = ", ".join(name or addr for name, addr in people)
    whom = ", ".join(f"{name} <{addr}>" if name else addr for name, addr in people)  # for eyes
    line = t(lang, "sandbox.meant_for", whom=whom)
    out = copy.deepcopy(msg)
    for header in HEADERS:
        del out[header]
    out["To"] = to
    subject = str(out.get("Subject", ""))
    del out["Subject"]
    out["Subject"] = t(lang, "sandbox.subject", names=names, subject=subject)
    for part in out.walk():
        if not part.is_multipart():
            _rewrite(part, line, to)
    if "MIME-Version" not in out:  # a single-part message: _set_text took it from the top
        out["MIME-Version"] = "1.0"
    return out


def _rewrite(part: MIMEPart, line: str, to: str) -> None:
    kind, attached = part.get_content_type(), part.get_content_disposition() == "attachment"
    if kind == "text/calendar":
        _set_text(part, readdress(part.get_content(), to))
    elif kind == "text/plain" and not attached:
        _set_text(part, f"{line}\n\n{part.get_content()}")
    elif kind == "text/html" and not attached:
        note = f'<p style="background:#fff3cd;padding:8px">{html.escape(line)}</p>'
        text = part.get_content()
        found = _BODY.search(text)
        at = found.end() if found else 0
        _set_text(part, text[:at] + note + text[at:])


def _set_text(part: MIMEPart, text: str) -> None:
    """New text in the part, keeping what its headers said (subtype, file name, method)."""
    params = {k: v for k, v in part.get_params(header="content-type", unquote=True) or ()
              if k not in ("charset",) and "/" not in k}
    filename = part.get_filename()
    disposition = part.get_content_disposition()
    part.set_content(text, subtype=part.get_content_subtype(), charset="utf-8",
                     cte="quoted-printable", disposition=disposition, filename=filename,
                     params=params)
    del part["MIME-Version"]  # set_content stamps it; only the top belongs to it (RFC 2045)
