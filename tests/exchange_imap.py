"""An IMAP proxy in front of the test Dovecot that keeps keywords the way Exchange Online does.

Exchange answers SELECT with ``* FLAGS (\\Seen \\Answered \\Flagged \\Deleted \\Draft $MDNSent)``
and the same list in ``[PERMANENTFLAGS (...)]``, without ``\\*``: no new keyword can be created.
A STORE of a keyword it does not keep is answered ``OK STORE completed`` and changes nothing
(MailCore/mailcore2 issue 780 shows the exchange; RFC 3501 6.4.6 allows ignoring it). This
proxy rewrites both responses and drops such keywords from STORE (a STORE left with no flag
becomes a NOOP, so the client still gets its OK). Everything else passes through byte for byte,
literals included.

What it does not model: Exchange's other differences (its own UIDVALIDITY changes, throttling,
the 'Sent Items' copy Exchange makes itself, SEARCH quirks, IDLE timing) and TLS: clients speak
plain IMAP to the proxy (security "none"), the proxy plain IMAP to Dovecot. The sent folders'
SPECIAL-USE names come from the Dovecot config in tests/mailservers.py, not from here.
"""

from __future__ import annotations

import contextlib
import re
import socket
import threading
from collections.abc import Callable
from typing import BinaryIO

from tests.mailservers import HOST, MailServers

KEPT = (b"\\Seen", b"\\Answered", b"\\Flagged", b"\\Deleted", b"\\Draft", b"$MDNSent")
_FLAG_LIST = b"(" + b" ".join(KEPT) + b")"
_PERMANENT = re.compile(rb"\[PERMANENTFLAGS \([^)]*\)\]")
_FLAGS = re.compile(rb"^\* FLAGS \([^)]*\)")
_STORE = re.compile(rb"^(\S+) ((?:UID )?STORE \S+ [+-]?FLAGS(?:\.SILENT)? )\(([^)]*)\)\r\n$",
                    re.IGNORECASE)
_LITERAL = re.compile(rb"\{(\d+)\+?\}\r\n$")


def from_server(line: bytes) -> bytes:
    line = _PERMANENT.sub(lambda _: b"[PERMANENTFLAGS " + _FLAG_LIST + b"]", line)
    return _FLAGS.sub(lambda _: b"* FLAGS " + _FLAG_LIST, line)


def from_client(line: bytes) -> bytes:
    m = _STORE.match(line)
    if m is None:
        return line
    kept = [f for f in m.group(3).split() if f.lower() in {k.lower() for k in KEPT}]
    if not kept:
        return m.group(1) + b" NOOP\r\n"
    return m.group(1) + b" " + m.group(2) + b"(" + b" ".join(kept) + b")\r\n"


def _pump(src: BinaryIO, dst: socket.socket, rewrite: Callable[[bytes], bytes]) -> None:
    """Copy lines from src to dst, rewriting each line; a literal's bytes pass untouched."""
    with contextlib.suppress(OSError):
        while line := src.readline():
            dst.sendall(rewrite(line))
            if m := _LITERAL.search(line):
                dst.sendall(src.read(int(m.group(1))))
    with contextlib.suppress(OSError):  # one side gone: end the other direction too
        dst.shutdown(socket.SHUT_RDWR)


class ExchangeImap:
    """``with ExchangeImap(servers) as proxy:`` then IMAP to (HOST, proxy.port), security "none"."""

    def __init__(self, servers: MailServers) -> None:
        self.upstream = (servers.host, servers.imap_port)
        self.listener = socket.create_server((HOST, 0))
        self.port = self.listener.getsockname()[1]
        self.stores_dropped = 0
        self._closed = False

    def __enter__(self) -> ExchangeImap:
        threading.Thread(target=self._accept, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._closed = True
        self.listener.close()

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.upstream)
            threading.Thread(target=_pump, daemon=True,
                             args=(server.makefile("rb"), client, from_server)).start()
            threading.Thread(target=_pump, daemon=True,
                             args=(client.makefile("rb"), server, self._count)).start()

    def _count(self, line: bytes) -> bytes:
        out = from_client(line)
        self.stores_dropped += out != line
        return out
