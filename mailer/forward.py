"""The files a member attached to a reply, so they reach the person the reply is passed on to.
Pure: the email package on the original's bytes.

A file is what a person attached: a part marked as an attachment, or any part that is not text
and is not an image the mail's own HTML shows inline (a signature's logo, "image001.png"). A
calendar response's .ics and a signed mail's signature are envelope, not content. Files over the
cap are not forwarded: the note says so and where the original is.
"""

from __future__ import annotations

import email
import re
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage, Message

from tovholder.core.i18n import DEFAULT, t

MAX_FORWARD = 15 * 1024 * 1024  # bytes of files per passed-on reply; many servers take 20-25 MB
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029\ud800-\udfff]")
_ENVELOPE = {"text/calendar", "application/ics", "application/pgp-signature",
             "application/pkcs7-signature", "application/x-pkcs7-signature"}


@dataclass(frozen=True)
class File:
    name: str
    size: int
    mime_type: str


def _is_file(part: Message) -> bool:
    ctype = part.get_content_type()
    if part.is_multipart() or ctype in _ENVELOPE or ctype.startswith("message/"):
        return False
    disposition = (part.get_content_disposition() or "").lower()
    if disposition == "attachment":
        return True
    if ctype.startswith("text/"):
        return False
    # an inline image the HTML shows (a logo in a signature) is part of the text, not a file
    return not (ctype.startswith("image/") and part.get("Content-ID") and disposition != "attachment")


def files_of(msg: Message, lang: str = DEFAULT) -> list[tuple[File, bytes]]:
    """(file, its bytes) for every file in ``msg``, in order; never raises. A file without a
    name is called "vedhæftning-3" (in ``lang``)."""
    found = []
    for n, part in enumerate(msg.walk(), start=1):
        try:
            if not _is_file(part):
                continue
            data = part.get_payload(decode=True)
            name = _clean(part.get_filename() or "")
        except Exception:  # noqa: BLE001 - a broken part is left out, the rest still go
            continue
        if isinstance(data, bytes):
            name = name or t(lang, "mail.unnamed_file", n=n)
            found.append((File(name, len(data), part.get_content_type()), data))
    return found


def _clean(name: str) -> str:
    """A file name that can be written in a header again: a line break or a control character
    in it (a sender's trick, or an encoded word hiding one) made the note impossible to build
    (found by the fuzz, issue 12)."""
    return " ".join(_CONTROL.sub(" ", name).split())[:200]


def files(raw: bytes, lang: str = DEFAULT) -> list[File]:
    return [f for f, _ in files_of(_parse(raw), lang)]


def forwardable(found: list[File], cap: int = MAX_FORWARD) -> tuple[list[File], list[File]]:
    """(files that go, files too large), in order, keeping the total within ``cap``."""
    going, kept_back, total = [], [], 0
    for f in found:
        if total + f.size <= cap:
            going.append(f)
            total += f.size
        else:
            kept_back.append(f)
    return going, kept_back


def attach_originals(out: EmailMessage, raw: bytes, cap: int = MAX_FORWARD,
                     lang: str = DEFAULT) -> list[File]:
    """Attach the original's files to ``out`` (within the cap); the files attached."""
    found = files_of(_parse(raw), lang)
    going, _ = forwardable([f for f, _ in found], cap)
    attached = []
    for f, data in found:
        if f in going:
            maintype, _, subtype = f.mime_type.partition("/")
            out.add_attachment(data, maintype=maintype or "application",
                               subtype=subtype or "octet-stream", filename=f.name)
            attached.append(f)
    return attached


def _parse(raw: bytes) -> Message:
    return email.message_from_bytes(raw, policy=policy.default)
