"""Thin IMAP transport over imapclient: incremental polling by UID, BODY.PEEK fetches (mail stays
unseen), a keyword marks processed mail, reconnect with exponential backoff. A server that keeps
no new keywords (Exchange: PERMANENTFLAGS without ``\\*``) gets processed mail moved into a folder
instead; the sent folder is the one the server marks ``\\Sent`` (SPECIAL-USE) unless configured.
The service keeps no local state: the caller stores PollState in the workbook and hands it back
on the next poll. Failures become MailError("mail.imap", detail=...) with passwords and tokens
scrubbed."""

from __future__ import annotations

import contextlib
import datetime as dt
import imaplib
import os
import socket
import ssl
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from imapclient import IMAPClient
from imapclient.exceptions import CapabilityError, IMAPClientError

from tovholder.core.errors import MailError
from tovholder.mailer.smtp import SECURITY_MODES, Security, scrub, tls_context

T = TypeVar("T")
# A dropped or broken connection: worth a reconnect. imaplib's abort subclasses its error.
DROPPED = (OSError, imaplib.IMAP4.abort, socket.timeout)


@dataclass(frozen=True)
class ImapSettings:
    host: str
    port: int = 993
    security: Security = "tls"
    username: str = ""
    password: str | None = field(default=None, repr=False)
    oauth_token_provider: Callable[[], str] | None = field(default=None, repr=False)
    ca_file: str | os.PathLike[str] | None = None
    folder: str = "INBOX"
    processed_keyword: str = "$Tovholder"
    processed_folder: str | None = None
    # where processed mail goes when the keyword will not stick (docs/exchange-imap.md)
    processed_fallback_folder: str = "Tovholder-behandlet"
    quarantine_folder: str = "Tovholder-karantaene"
    timeout: float = 60.0
    fetch_batch: int = 50
    max_reconnects: int = 4
    backoff_seconds: float = 0.5

    def __post_init__(self) -> None:
        if self.security not in SECURITY_MODES:
            raise MailError("mail.imap", detail=f"unknown security {self.security!r}; "
                            f"use one of {', '.join(SECURITY_MODES)}")


@dataclass(frozen=True)
class PollState:
    """Where the last poll ended; kept in the Log (the service keeps no local state)."""

    uidvalidity: int
    last_uid: int

    def encode(self) -> str:
        return f"uidvalidity={self.uidvalidity};uid={self.last_uid}"

    @classmethod
    def decode(cls, text: str) -> PollState | None:
        try:
            fields = dict(part.split("=", 1) for part in text.split(";"))
            return cls(int(fields["uidvalidity"]), int(fields["uid"]))
        except (ValueError, KeyError):
            return None


@dataclass
class PollResult:
    """uids: unprocessed messages found. Iterate for (uid, raw bytes), fetched lazily in batches.
    Store `state` once they are all handled (marked processed or quarantined)."""

    state: PollState
    uids: list[int]
    rescan: bool
    inbox: ImapInbox = field(repr=False)

    def __iter__(self) -> Iterator[tuple[int, bytes]]:
        return self.inbox.fetch(self.uids, self.state.uidvalidity)


@dataclass(frozen=True)
class Probe:
    """What `tovholder doctor` asks of the server: its capabilities after login, the flags the
    inbox keeps (PERMANENTFLAGS; ``\\*`` means new keywords stick), and its folders, with those
    marked ``\\Sent`` (SPECIAL-USE)."""

    capabilities: frozenset[str]
    permanent_flags: frozenset[str]
    folders: tuple[str, ...]
    sent_folders: tuple[str, ...]


class ImapInbox:
    def __init__(self, settings: ImapSettings, *,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.settings = settings
        self.client: IMAPClient | None = None
        self.round_trips = 0  # IMAP commands sent (each one a tagged request/response)
        self.reconnects = 0
        self._sleep = sleep
        self._selected: str | None = None
        self._token: str | None = None
        self.has_idle: bool | None = None  # known after the first idle_wait
        # Whether the processed keyword sticks (PERMANENTFLAGS): known after the inbox's SELECT.
        self.keywords_stick: bool | None = None
        self._sent_folder: str | None = None

    def __enter__(self) -> ImapInbox:
        self.connect()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _fail(self, what: str, error: BaseException) -> MailError:
        s = self.settings
        detail = scrub(f"{what} {s.host}:{s.port}: {type(error).__name__}: {error}",
                       s.password, self._token)
        return MailError("mail.imap", detail=detail, host=s.host, port=s.port)

    # -- connection -------------------------------------------------------------------------
    def connect(self) -> None:
        try:
            self._connect()
        except DROPPED as e:
            raise self._fail("connect", e) from None

    def _connect(self) -> None:
        """Connect and log in. A refused or dropped connection raises as is (retryable); TLS,
        capability and login failures raise MailError (retrying would not help)."""
        s = self.settings
        self.close()
        try:
            client = IMAPClient(s.host, s.port, ssl=s.security == "tls", timeout=s.timeout,
                                ssl_context=tls_context(s.ca_file) if s.security == "tls" else None)
            self.client = client
            new_tag = client._imap._new_tag

            def counted_tag() -> bytes:
                self.round_trips += 1
                return new_tag()

            client._imap._new_tag = counted_tag
            if s.security == "starttls":
                client.starttls(tls_context(s.ca_file))
            if s.oauth_token_provider is not None:
                self._token = s.oauth_token_provider()
                client.oauth2_login(s.username, self._token)
            else:
                client.login(s.username, s.password or "")
        except imaplib.IMAP4.abort:  # a drop (abort subclasses IMAPClientError): retryable
            self.close()
            raise
        except (ssl.SSLError, CapabilityError, IMAPClientError) as e:
            self.close()
            raise self._fail("connect", e) from None
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        client, self.client = self.client, None
        self._selected = None
        if client is None:
            return
        try:
            client.logout()
        except Exception:  # noqa: BLE001 - already broken: just drop the socket
            with contextlib.suppress(Exception):
                client.shutdown()

    def _call(self, what: str, fn: Callable[[IMAPClient], T]) -> T:
        """Run fn(client); on a dropped connection reconnect with exponential backoff and run
        it again (fn must be safe to repeat)."""
        s = self.settings
        for attempt in range(s.max_reconnects + 1):
            if attempt:
                self.close()
                self._sleep(s.backoff_seconds * 2 ** (attempt - 1))
                self.reconnects += 1
            try:
                if self.client is None:
                    self._connect()
                assert self.client is not None
                return fn(self.client)
            except DROPPED as e:
                if attempt == s.max_reconnects:
                    self.close()
                    raise self._fail(f"{what} (gave up after {attempt} reconnects)", e) from None
            except (CapabilityError, IMAPClientError) as e:
                raise self._fail(what, e) from None
        raise AssertionError("unreachable")

    def _select(self, client: IMAPClient, folder: str, readonly: bool = False) -> dict[bytes, Any]:
        info = client.select_folder(folder, readonly=readonly)
        self._selected = folder
        if folder == self.settings.folder and not readonly:
            self.keywords_stick = keeps_keyword(info.get(b"PERMANENTFLAGS"),
                                                self.settings.processed_keyword)
        return info

    @property
    def moves_processed(self) -> str | None:
        """The folder processed mail is moved into: the configured one, or the fallback when the
        server does not keep the keyword (None: the keyword alone marks it)."""
        s = self.settings
        return s.processed_folder or (s.processed_fallback_folder
                                      if self.keywords_stick is False else None)

    def processed_folders(self) -> tuple[str, ...]:
        """Where processed mail may be: the fallback too while it is not known whether the
        keyword sticks (a lookup before the first poll of the tick)."""
        s = self.settings
        maybe = s.processed_fallback_folder if self.keywords_stick is not True else None
        return tuple(dict.fromkeys(f for f in (s.processed_folder, maybe) if f))

    def sent_folder(self, configured: str = "") -> str:
        """The configured sent folder, else the one the server marks \\Sent (SPECIAL-USE:
        "Sent Items", "Sendt post", "[Gmail]/Sent Mail"), else "Sent". Asked once per
        connection object, and only when a proof of sending is looked for."""
        if configured:
            return configured
        if self._sent_folder is None:
            listing = self._call("list", lambda c: c.list_folders())
            marked = [_text(name) for flags, _, name in listing if b"\\Sent" in flags]
            self._sent_folder = marked[0] if marked else "Sent"  # i18n: data (a folder name)
        return self._sent_folder

    def _ensure_folder(self, client: IMAPClient, folder: str) -> None:
        if not client.folder_exists(folder):
            client.create_folder(folder)

    def probe(self) -> Probe:
        """Log in and look, changing nothing. The inbox is selected read-write, as the poll does:
        a read-only EXAMINE reports no PERMANENTFLAGS at all (RFC 3501)."""
        def look(c: IMAPClient) -> Probe:
            caps = frozenset(_text(x).upper() for x in c.capabilities())
            info = self._select(c, self.settings.folder)
            flags = frozenset(_text(f) for f in info.get(b"PERMANENTFLAGS", ()))
            listing = c.list_folders()
            return Probe(caps, flags, tuple(_text(name) for _, _, name in listing),
                         tuple(_text(name) for marks, _, name in listing if b"\\Sent" in marks))

        return self._call("probe", look)

    # -- polling ----------------------------------------------------------------------------
    def poll(self, state: PollState | None) -> PollResult:
        """One SELECT when nothing is new (whatever the mailbox size); else one UID SEARCH."""
        s = self.settings
        info = self._call("select", lambda c: self._select(c, s.folder))
        uidvalidity, uidnext = int(info[b"UIDVALIDITY"]), int(info[b"UIDNEXT"])
        new_state = PollState(uidvalidity, uidnext - 1)
        # Without the keyword, what is still in the folder is unprocessed (the rest was moved).
        unprocessed = ["NOT", "KEYWORD", s.processed_keyword] if self.keywords_stick else ["ALL"]
        if state is None or state.uidvalidity != uidvalidity:
            uids = self._call("search", lambda c: c.search(unprocessed))
            return PollResult(new_state, sorted(uids), True, self)
        if uidnext - 1 <= state.last_uid:
            return PollResult(state, [], False, self)
        criteria = ["UID", f"{state.last_uid + 1}:*", *unprocessed]
        # "n:*" always matches the highest UID, even below n: filter.
        uids = [u for u in self._call("search", lambda c: c.search(criteria))
                if u > state.last_uid]
        return PollResult(new_state, sorted(uids), False, self)

    def fetch(self, uids: Sequence[int], uidvalidity: int | None = None
              ) -> Iterator[tuple[int, bytes]]:
        """Yield (uid, raw message) in batches via BODY.PEEK[] (never sets \\Seen). Survives a
        dropped connection; raises MailError if UIDVALIDITY changed meanwhile."""
        s = self.settings
        pending = list(uids)
        while pending:
            batch = pending[: s.fetch_batch]

            def fetch_batch(c: IMAPClient, batch: list[int] = batch) -> dict[int, Any]:
                if self._selected != s.folder:
                    info = self._select(c, s.folder)
                    if uidvalidity is not None and int(info[b"UIDVALIDITY"]) != uidvalidity:
                        raise IMAPClientError("UIDVALIDITY changed during fetch; poll again")
                return c.fetch(batch, ["BODY.PEEK[]"])

            data = self._call("fetch", fetch_batch)
            for uid in batch:
                if uid in data and b"BODY[]" in data[uid]:
                    yield uid, bytes(data[uid][b"BODY[]"])
            del pending[: len(batch)]

    # -- marking ----------------------------------------------------------------------------
    def _move(self, client: IMAPClient, uids: Sequence[int], folder: str) -> None:
        self._ensure_folder(client, folder)
        if client.has_capability("MOVE"):
            client.move(uids, folder)
        else:
            client.copy(uids, folder)
            client.add_flags(uids, [b"\\Deleted"], silent=True)
            client.uid_expunge(uids)

    def mark_processed(self, uids: Sequence[int]) -> None:
        """Add the processed keyword; also move to processed_folder when configured, or to the
        fallback folder when the server does not keep the keyword."""
        if not uids:
            return
        s = self.settings

        def mark(c: IMAPClient) -> None:
            if self._selected != s.folder:
                self._select(c, s.folder)
            if self.keywords_stick is not False:
                c.add_flags(uids, [s.processed_keyword], silent=True)
            if folder := self.moves_processed:
                self._move(c, uids, folder)

        self._call("mark processed", mark)

    def quarantine(self, uids: Sequence[int]) -> None:
        """Move messages that cannot be handled out of the way, marked processed."""
        if not uids:
            return
        s = self.settings

        def move(c: IMAPClient) -> None:
            if self._selected != s.folder:
                self._select(c, s.folder)
            if self.keywords_stick is not False:
                c.add_flags(uids, [s.processed_keyword], silent=True)
            self._move(c, uids, s.quarantine_folder)

        self._call("quarantine", move)

    def search_header(self, folder: str, header: str, value: str) -> bool:
        """True if folder (e.g. the Sent folder) holds a message whose header contains value."""
        def search(c: IMAPClient) -> bool:
            if not c.folder_exists(folder):
                return False
            self._select(c, folder, readonly=True)
            return bool(c.search(["HEADER", header, value]))

        return self._call("search header", search)

    def fetch_by_header(self, folder: str, header: str, value: str) -> bytes | None:
        """The raw bytes of the first message in folder whose header contains value."""
        def fetch(c: IMAPClient) -> bytes | None:
            if not c.folder_exists(folder):
                return None
            self._select(c, folder, readonly=True)
            uids = c.search(["HEADER", header, value])
            if not uids:
                return None
            data = c.fetch(uids[:1], ["BODY.PEEK[]"]).get(uids[0], {})
            raw = data.get(b"BODY[]")
            return raw if isinstance(raw, bytes) else None

        return self._call("fetch by header", fetch)

    def fetch_matching(self, folder: str, since: dt.date, match: Callable[[bytes], bool],
                       chunk: int = 25) -> bytes | None:
        """The raw bytes of the first message in folder, received on or after ``since``, that
        ``match`` accepts: for a mail no header search can find (its Log identity was made from
        its content). Fetched a few at a time, newest first, so a big folder costs no memory."""
        def fetch(c: IMAPClient) -> bytes | None:
            if not c.folder_exists(folder):
                return None
            self._select(c, folder, readonly=True)
            uids = sorted(c.search(["SINCE", since]), reverse=True)
            for start in range(0, len(uids), chunk):
                part = uids[start:start + chunk]
                data = c.fetch(part, ["BODY.PEEK[]"])
                for uid in part:
                    raw = data.get(uid, {}).get(b"BODY[]")
                    if isinstance(raw, bytes) and match(raw):
                        return raw
            return None

        return self._call("fetch matching", fetch)

    def idle_wait(self, timeout: float) -> bool:
        """Wait up to timeout seconds for new mail with IDLE. False at once if the server has no
        IDLE (the caller then polls on its own schedule) or when nothing arrived."""
        def wait(c: IMAPClient) -> bool:
            self.has_idle = bool(c.has_capability("IDLE"))
            if not self.has_idle:
                return False
            if self._selected != self.settings.folder:
                self._select(c, self.settings.folder)
            deadline = time.monotonic() + timeout
            c.idle()
            try:
                while (left := deadline - time.monotonic()) > 0:
                    for r in c.idle_check(timeout=left):
                        if isinstance(r, tuple) and len(r) > 1 and r[1] in (b"EXISTS", b"RECENT"):
                            return True
                return False
            finally:
                c.idle_done()

        return self._call("idle", wait)


def keeps_keyword(permanent: object, keyword: str) -> bool:
    """RFC 3501: ``\\*`` in PERMANENTFLAGS lets new keywords stick; a keyword already listed
    sticks too. No PERMANENTFLAGS at all means every flag is permanent."""
    if not isinstance(permanent, (tuple, list)):
        return True
    flags = {_text(f).casefold() for f in permanent}
    return "\\*" in flags or keyword.casefold() in flags


def _text(value: object) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
