"""The embedded mail store: a folder instead of a mail server, the default until one is set up.

    root/inbox/                  Maildir the replies are delivered into (any MDA, or `deliver`)
    root/inbox/.processed/       Maildir++ sub-folder: handled messages are moved here
    root/inbox/.quarantine/      Maildir++ sub-folder: messages a human should look at
    root/outbox/NNNN-<slug>.eml  every sent message, exactly as it would go over SMTP
    root/outbox/NNNN-<slug>.html the same message rendered for a browser
    root/sent.jsonl              one line per sent message: the Message-ID index of the outbox

Same shape as the IMAP transport (poll / mark_processed / quarantine / send). Every file is
written to a temporary name first and renamed into place, so a crash never leaves half a file.
"""

from __future__ import annotations

import email
import html
import json
import mailbox
import os
import re
import tempfile
import time
import unicodedata
from collections.abc import Iterable, Iterator
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesHeaderParser
from pathlib import Path

from tovholder.core.errors import MailError
from tovholder.mailer.decode import known_as, made_up

__all__ = ["LocalMailbox"]

_NUMBERED = re.compile(r"^(\d{4,})-.*\.eml$")
_MAILDIR_KEY = re.compile(r"^(\d+)(?:\.M(\d+))?")
STALE = 600  # seconds after which a temporary file is a leftover of a killed process


def _slug(subject: str) -> str:
    text = subject.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:40].strip("-") or "besked"


def _write_atomic(path: Path, data: bytes) -> Path:
    """Write data to a temporary file beside path; the caller renames it into place."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    return Path(tmp)


def delivery_order(key: str) -> tuple[int, int, str]:
    """A Maildir key's place in delivery order. Keys start with the delivery second and, after
    ``.M``, the microsecond, which Python's mailbox (and some MDAs) do not pad with zeros: as
    strings, ``M99999`` would sort after ``M123456`` and two replies of the same second would
    be read in the wrong order (and a call's volunteers listed in it)."""
    found = _MAILDIR_KEY.match(key)
    if found is None:  # a name no MDA we know writes: after the others, by name
        return (2**63, 0, key)
    return (int(found[1]), int(found[2] or 0), key)


class LocalMailbox:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        self.inbox = mailbox.Maildir(self.root / "inbox", create=True)
        for folder in ("processed", "quarantine"):
            if folder not in self.inbox.list_folders():
                self.inbox.add_folder(folder)
        self.outbox = self.root / "outbox"
        self.outbox.mkdir(exist_ok=True)
        self.sent_log = self.root / "sent.jsonl"
        # Message-ID -> outbox file name. Another process (a `run` service beside a `tick`, or the
        # next holder of the lease) appends to sent.jsonl and the outbox too, so the index is
        # brought up to date on every question, reading only what was added since the last one.
        self._sent: dict[str, str] = {}
        self._read_to = 0  # bytes of sent.jsonl read so far (whole lines only)
        self._files: set[str] = set()  # outbox .eml names already indexed

    # --- incoming ------------------------------------------------------------------------------

    def deliver(self, raw: bytes) -> str:
        """Put a message in the inbox (what an MDA would do); returns its key. For tests/demos."""
        return self.inbox.add(raw)

    def poll(self, state: object = None) -> Iterator[tuple[str, bytes]]:
        """(key, raw bytes) of every message not yet processed or quarantined, oldest first.
        `state` exists for parity with the IMAP transport; a Maildir needs none, since handled
        messages leave the inbox."""
        self.tidy()
        for key in sorted(self.inbox.keys(), key=delivery_order):
            try:
                yield key, self.inbox.get_bytes(key)
            except KeyError:  # moved away by another poller since keys() was listed
                continue

    def mark_processed(self, keys: Iterable[str]) -> None:
        self._move(keys, "processed")

    def quarantine(self, keys: Iterable[str]) -> None:
        self._move(keys, "quarantine")

    def _move(self, keys: Iterable[str], folder: str) -> None:
        # One rename per message: atomic, so a message is never in both folders or in neither.
        # Already-moved keys are skipped, so repeating a call after a crash is harmless.
        base = self.root / "inbox"
        target = base / f".{folder}" / "cur"
        wanted = set(keys)
        for sub in ("new", "cur"):
            for name in os.listdir(base / sub):
                key, _, info = name.partition(":")
                if key in wanted:
                    flags = info[2:] if info.startswith("2,") else ""
                    seen = "".join(sorted(set(flags) | {"S"}))
                    os.replace(base / sub / name, target / f"{key}:2,{seen}")

    def original(self, message_id: str) -> bytes | None:
        """The raw bytes of an incoming message by its Message-ID, wherever it was filed."""
        wanted = message_id.strip()
        parser = BytesHeaderParser(policy=policy.compat32)
        base = self.root / "inbox"
        by_content = made_up(wanted)  # no header carries it: look for the content it names
        for folder in (base, base / ".processed", base / ".quarantine"):
            for sub in ("cur", "new"):
                for path in sorted((folder / sub).glob("*")):
                    raw = path.read_bytes()
                    if str(parser.parsebytes(raw).get("Message-ID", "")).strip() == wanted or \
                            (by_content and known_as(raw, wanted)):
                        return raw
        return None

    # --- outgoing ------------------------------------------------------------------------------

    def was_sent(self, message_id: str) -> bool:
        return message_id.strip() in self._index()

    def send(self, msg: Message) -> dict[str, tuple[int, bytes]]:
        """Write msg to the outbox; returns refused recipients like smtplib (never any here).
        A Message-ID already in the outbox is not written again: re-running a job is safe."""
        message_id = str(msg.get("Message-ID", "")).strip()
        if not message_id:
            raise MailError("mail.no_message_id", subject=str(msg.get("Subject", "")))
        if self.was_sent(message_id):
            return {}
        raw = msg.as_bytes(policy=policy.SMTP)
        eml = self._store(raw, _slug(str(msg.get("Subject", ""))))
        page = eml.with_suffix(".html")
        os.replace(_write_atomic(page, self._render(msg).encode("utf-8")), page)
        record = {"message_id": message_id, "file": eml.name, "to": str(msg.get("To", "")),
                  "subject": str(msg.get("Subject", "")), "date": str(msg.get("Date", ""))}
        with open(self.sent_log, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        self._index()
        return {}

    def tidy(self, now: float | None = None) -> None:
        """What a killed process left in the outbox: temporary files (older than STALE, so a
        write in progress elsewhere is left alone) go, and an .eml without its .html gets one."""
        now = time.time() if now is None else now
        for name in os.listdir(self.outbox):
            path = self.outbox / name
            if name.startswith(".tmp-"):
                try:
                    if now - path.stat().st_mtime > STALE:
                        path.unlink()
                except FileNotFoundError:
                    pass
            elif _NUMBERED.match(name) and not path.with_suffix(".html").exists():
                msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
                page = path.with_suffix(".html")
                os.replace(_write_atomic(page, self._render(msg).encode("utf-8")), page)

    def _store(self, raw: bytes, slug: str) -> Path:
        tmp = _write_atomic(self.outbox / "x.eml", raw)
        number = max((int(m.group(1)) for m in map(_NUMBERED.match, os.listdir(self.outbox))
                      if m), default=0) + 1
        while True:
            final = self.outbox / f"{number:04d}-{slug}.eml"
            try:
                os.link(tmp, final)  # unlike rename, fails if another sender took the number
            except FileExistsError:
                number += 1
                continue
            os.unlink(tmp)
            return final

    @staticmethod
    def _render(msg: Message) -> str:
        body = msg.get_body(("html", "plain")) if isinstance(msg, EmailMessage) else None
        if body is not None and body.get_content_type() == "text/html":
            return body.get_content()
        text = body.get_content() if body is not None else str(msg.get_payload())
        title = html.escape(str(msg.get("Subject", "")))
        return (f'<!doctype html>\n<meta charset="utf-8"><title>{title}</title>\n'
                f"<pre>{html.escape(text)}</pre>\n")

    def _index(self) -> dict[str, str]:
        """The index as the disk has it now: new whole lines of sent.jsonl, then outbox files
        the log lacks (a crash between writing the .eml and the log line)."""
        if self.sent_log.exists():
            with open(self.sent_log, "rb") as fh:
                fh.seek(self._read_to)
                added = fh.read()
            whole = added[:added.rfind(b"\n") + 1]  # a line still being written waits
            self._read_to += len(whole)
            for line in whole.decode("utf-8", errors="replace").splitlines():
                try:
                    record = json.loads(line)
                    self._sent[record["message_id"]] = record["file"]
                    self._files.add(record["file"])
                except (ValueError, KeyError, TypeError):
                    continue  # a line cut short by a crash: its .eml is recovered below
        self._recover()
        return self._sent

    def _recover(self) -> None:
        """Index outbox files the log lacks, reading the headers of each new file once."""
        parser = BytesHeaderParser()
        for name in sorted(os.listdir(self.outbox)):
            if _NUMBERED.match(name) and name not in self._files:
                with open(self.outbox / name, "rb") as fh:
                    message_id = str(parser.parse(fh).get("Message-ID", "")).strip()
                self._files.add(name)
                if message_id:
                    self._sent.setdefault(message_id, name)
