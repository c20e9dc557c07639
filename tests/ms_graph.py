"""A local stand-in of the Microsoft Graph endpoints Tovholder sends mail with (mailer/graph.py),
over HTTPS with the test CA, in front of the test mail servers (tests/mailservers.py):

- ``POST /v1.0/users/{mailbox}/sendMail`` with ``Content-Type: text/plain`` and the MIME
  message in base64: the token must be one the identity stand-in (tests/ms_identity.py) issued
  for graph.microsoft.com, with the ``Mail.Send`` role, for an app granted this mailbox
  (else 401 InvalidAuthenticationToken / 403 ErrorAccessDenied, as Graph answers); a body that is
  not base64 gets 400 ErrorMimeContentInvalidBase64String. The message is delivered by LMTP to
  every To/Cc/Bcc recipient with the Bcc header removed, a copy is kept in Sent Items **with the
  Message-ID it was given** (what Exchange Online does with a MIME message that carries one;
  docs/microsoft365.md), and the answer is 202 with no body.
- ``GET /v1.0/users/{mailbox}/mailFolders/sentitems/messages?$filter=internetMessageId eq
  '<…>'`` (``Mail.ReadBasic`` or ``Mail.Read``): the Sent Items copies with that Message-ID, as
  ``{"value": [{"id": …, "internetMessageId": …}]}``.

Faults, one shot each, set by a test: ``faults.statuses`` answers the next requests with these
statuses (429 and 503 with ``Retry-After: faults.retry_after``) without taking the message;
``faults.lose_answer_after = N`` takes the (N+1)th message (delivered, in Sent Items) and then
drops the connection without an answer, as a timeout sees it; ``faults.hold_after = N`` takes
the Nth and holds its answer (``holding`` is set) until ``release``: the moment to kill the
sender. ``rewrite_message_ids = True`` gives every message a Message-ID of Exchange's own, as
a server may ([MS-OXCMAIL] allows it; ``tovholder doctor --send-test`` warns of it).

A mailbox is named by its address; the app's grant (``App.mailbox``, a user of the test
servers) is its local part.

Not modelled: JSON sendMail, drafts, attachments over 4 MB and upload sessions, Graph's
throttling windows (only the answers it gives), $batch, paging (``@odata.nextLink``), the delay
before a sent message shows in Sent Items, the rewriting Exchange does of some headers (From is
kept as sent; Exchange stamps its own Received lines), DSNs, and other folders.
"""

from __future__ import annotations

import base64
import binascii
import email
import email.policy
import email.utils
import json
import re
import secrets
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlparse

from tests.mailservers import HOST, MailServers
from tests.ms_identity import IdentityStandIn, https


@dataclass
class GraphFaults:
    statuses: list[int] = field(default_factory=list)
    retry_after: str = "3"
    lose_answer_after: int | None = None
    hold_after: int | None = None
    holding: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)


@dataclass
class SentItem:
    id: str
    internet_message_id: str
    raw: bytes


class GraphStandIn(ThreadingHTTPServer):
    """``with GraphStandIn(dir, idp, servers) as graph``: ``graph.url`` (https://…/v1.0),
    ``graph.ca_file``; ``sent_items`` per mailbox; ``requests`` (method, path)."""

    daemon_threads = True

    def __init__(self, directory: Path, idp: IdentityStandIn, servers: MailServers) -> None:
        super().__init__((HOST, 0), _Handler)
        self.ca_file, self.socket = https(self.socket, directory, servers)
        self.idp, self.servers = idp, servers
        self.faults = GraphFaults()
        self.rewrite_message_ids = False
        self.sent_items: dict[str, list[SentItem]] = {}
        self.requests: list[tuple[str, str]] = []
        self.lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"https://{HOST}:{self.server_address[1]}/v1.0"

    def __enter__(self) -> GraphStandIn:
        threading.Thread(target=self.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()
        self.server_close()

    def sends(self) -> int:
        return sum(1 for m, p in self.requests if m == "POST" and p.endswith("/sendMail"))

    def authorize(self, header: str, mailbox: str, roles: tuple[str, ...]
                  ) -> tuple[int, dict[str, Any]] | None:
        token = header[7:] if header.startswith("Bearer ") else ""
        app = self.idp.graph_tokens.get(token)
        if app is None:
            return 401, _error("InvalidAuthenticationToken", "Access token is empty or invalid.")
        granted = app.roles.get("https://graph.microsoft.com", [])
        if not any(r in granted for r in roles) or \
                (app.mailbox or "").lower() != mailbox.split("@")[0].lower():
            return 403, _error("ErrorAccessDenied", "Access is denied. Check credentials and "
                               "try again.")
        return None

    def send_mail(self, mailbox: str, body: bytes) -> tuple[int, dict[str, Any] | None]:
        try:
            raw = base64.b64decode(body, validate=True)
        except binascii.Error:
            return 400, _error("ErrorMimeContentInvalidBase64String",
                               "Invalid base64 string for MIME content.")
        msg = email.message_from_bytes(raw, policy=email.policy.SMTP)
        rcpts = [a for _, a in email.utils.getaddresses(
            [str(v) for h in ("To", "Cc", "Bcc") for v in msg.get_all(h, [])]) if a]
        if not rcpts:
            return 400, _error("ErrorInvalidRecipients", "At least one recipient is not valid.")
        data = _without_bcc(raw)  # the bytes as given, as Exchange sends them on
        if self.rewrite_message_ids:  # what Exchange Online does not do (the doctor checks)
            data = re.sub(rb"(?im)^Message-ID:[^\r\n]*", f"Message-ID: <{secrets.token_hex(8)}"
                          "@EUR01.prod.outlook.com>".encode(), data, count=1)
            msg = email.message_from_bytes(data, policy=email.policy.SMTP)
        self.servers.deliver_to(rcpts, data, mailbox)
        with self.lock:
            self.sent_items.setdefault(mailbox.lower(), []).append(
                SentItem(f"AAMk{secrets.token_hex(12)}", str(msg["Message-ID"] or ""), data))
        return 202, None

    def find(self, mailbox: str, query: dict[str, list[str]]) -> tuple[int, dict[str, Any]]:
        wanted = re.fullmatch(r"internetMessageId eq '((?:[^']|'')*)'",
                              (query.get("$filter") or [""])[0].strip())
        if wanted is None:
            return 400, _error("ErrorInvalidUrlQueryFilter", "The filter is not supported.")
        mid = wanted.group(1).replace("''", "'")
        with self.lock:
            found = [i for i in self.sent_items.get(mailbox.lower(), [])
                     if i.internet_message_id == mid]
        return 200, {"value": [{"id": i.id, "internetMessageId": i.internet_message_id}
                               for i in found]}


def _without_bcc(raw: bytes) -> bytes:
    head, sep, body = raw.partition(b"\r\n\r\n")
    lines, keep = head.split(b"\r\n"), True
    kept = []
    for line in lines:
        if not line[:1].isspace():
            keep = not line.lower().startswith(b"bcc:")
        if keep:
            kept.append(line)
    return b"\r\n".join(kept) + sep + body


def _error(code: str, message: str) -> dict[str, Any]:
    return {"error": {"code": code, "message": message,
                      "innerError": {"request-id": secrets.token_hex(8)}}}


class _Handler(BaseHTTPRequestHandler):
    server: GraphStandIn
    protocol_version = "HTTP/1.1"

    def _answer(self, status: int, body: dict[str, Any] | None,
                headers: dict[str, str] | None = None) -> None:
        data = json.dumps(body).encode() if body is not None else b""
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if body is not None:
            self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _route(self) -> tuple[str, list[str], dict[str, list[str]]]:
        url = urlparse(self.path)
        self.server.requests.append((self.command, url.path))
        parts = [unquote(p) for p in url.path.strip("/").split("/")]
        return url.path, parts, parse_qs(url.query)

    def _fault(self) -> bool:
        faults = self.server.faults
        if not faults.statuses:
            return False
        status = faults.statuses.pop(0)
        headers = {"Retry-After": faults.retry_after} if status in (429, 503) else {}
        code = {429: "TooManyRequests", 503: "ServiceUnavailable"}.get(status, "InternalError")
        self._answer(status, _error(code, "test fault"), headers)
        return True

    def do_POST(self) -> None:  # noqa: N802
        _, parts, _ = self._route()
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if len(parts) != 4 or parts[0] != "v1.0" or parts[1] != "users" or parts[3] != "sendMail":
            self._answer(404, _error("ResourceNotFound", "Resource not found."))
            return
        denied = self.server.authorize(self.headers.get("Authorization", ""), parts[2],
                                       ("Mail.Send",))
        if denied is not None:
            self._answer(*denied)
            return
        if self._fault():
            return
        if not self.headers.get("Content-Type", "").startswith("text/plain"):
            self._answer(400, _error("ErrorInvalidRequest", "Unsupported content type."))
            return
        status, answer = self.server.send_mail(parts[2], body)
        faults = self.server.faults
        if status == 202 and faults.hold_after is not None:
            faults.hold_after -= 1
            if faults.hold_after <= 0:
                faults.hold_after = None
                faults.holding.set()
                faults.release.wait(60)
        if status == 202 and faults.lose_answer_after is not None:
            if faults.lose_answer_after <= 0:
                faults.lose_answer_after = None
                self.close_connection = True
                self.connection.shutdown(2)  # taken, but the answer never comes
                return
            faults.lose_answer_after -= 1
        self._answer(status, answer)

    def do_GET(self) -> None:  # noqa: N802
        _, parts, query = self._route()
        if parts[:2] != ["v1.0", "users"] or parts[3:] != ["mailFolders", "sentitems", "messages"]:
            self._answer(404, _error("ResourceNotFound", "Resource not found."))
            return
        denied = self.server.authorize(self.headers.get("Authorization", ""), parts[2],
                                       ("Mail.ReadBasic", "Mail.Read"))
        if denied is not None:
            self._answer(*denied)
            return
        if self._fault():
            return
        self._answer(*self.server.find(parts[2], query))

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass
