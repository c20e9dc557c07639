"""Thin transport for sending through Microsoft Graph (``[mail] send = "graph"``): for an
Exchange Online tenant where SMTP AUTH is switched off, the default for new tenants.

``POST {graph}/users/{mailbox}/sendMail`` with the whole MIME message, base64, as
``Content-Type: text/plain``: the message goes exactly as Tovholder built it (headers,
Message-ID, reply address, attachments, calendar invitation), and Exchange saves a copy in the
mailbox's Sent Items. Graph answers 202 when it has taken the message.

Exactly once (docs/microsoft365.md): the runner writes the ``sending`` row before this is
called. When the answer is lost (a timeout, a dropped connection, 500/502/504: the message may
have been taken), this raises MailError and the next tick asks :meth:`GraphSender.was_sent`,
which looks for the Message-ID in Sent Items (``internetMessageId``), before sending again.
429 means "not taken, come back later": retried here after ``Retry-After`` (capped, then given
up as a MailError); so is 503, after asking Sent Items whether it went after all. A refusal of
this one message (400, 413) is returned as a refused recipient, so it costs this email only;
401 and 403 (the token, the permission, the mailbox) are every email's problem and raise.
"""

from __future__ import annotations

import base64
import time
from collections.abc import Callable
from email import policy
from email.message import EmailMessage
from typing import Any
from urllib.parse import quote

import requests

from tovholder.core.errors import MailError
from tovholder.mailer.smtp import scrub

RETRY_STATUSES = (429, 503)  # not taken: safe to send again
UNKNOWN_STATUSES = (500, 502, 504)  # may have been taken: only Sent Items can tell


class GraphSender:
    def __init__(self, graph_url: str, mailbox: str, token_provider: Callable[[], str], *,
                 ca_file: str | None = None, timeout: float = 30.0, max_attempts: int = 4,
                 max_wait: float = 120.0, sleep: Callable[[float], None] = time.sleep,
                 session: Any = None) -> None:
        self.base = f"{graph_url.rstrip('/')}/users/{quote(mailbox, safe='@')}"
        self.mailbox = mailbox
        self._token = token_provider
        self._verify: str | bool = ca_file or True
        self._timeout = timeout
        self._max_attempts = max_attempts
        self._max_wait = max_wait
        self._sleep = sleep
        self._session = session or requests.Session()
        self.requests = 0  # HTTP requests made (bench, tests)

    def _request(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        token = self._token()
        headers = {"Authorization": f"Bearer {token}", **kwargs.pop("headers", {})}
        self.requests += 1
        try:
            return self._session.request(method, url, headers=headers, verify=self._verify,
                                         timeout=self._timeout, **kwargs)
        except requests.RequestException as e:
            raise MailError("mail.graph", detail=scrub(f"{method} {url}: {type(e).__name__}: {e}",
                                                       token), mailbox=self.mailbox) from None

    def send(self, msg: EmailMessage) -> dict[str, tuple[int, bytes]]:
        """Hand ``msg`` to Exchange; the refused recipients (all of them when Graph refused
        the message itself), empty when it was taken."""
        body = base64.b64encode(msg.as_bytes(policy=policy.SMTP))
        waited = 0.0
        for attempt in range(1, self._max_attempts + 1):
            answer = self._request("POST", f"{self.base}/sendMail", data=body,
                                   headers={"Content-Type": "text/plain"})
            if answer.status_code == 202:
                return {}
            if answer.status_code in RETRY_STATUSES and attempt < self._max_attempts:
                wait = _retry_after(answer, attempt)
                if waited + wait <= self._max_wait:
                    waited += wait
                    self._sleep(wait)
                    # a 429 was never taken; after a 503 Sent Items is asked first
                    if answer.status_code == 503 and self.was_sent(str(msg["Message-ID"])):
                        return {}
                    continue
            break
        status, text = answer.status_code, _error_text(answer)
        if status in (400, 413, 415):
            to = [str(a) for h in ("To", "Cc", "Bcc") for a in msg.get_all(h, [])]
            return {address: (status, text.encode()) for address in to or [""]}
        raise MailError("mail.graph", detail=f"sendMail {status}: {text}", mailbox=self.mailbox)

    def was_sent(self, message_id: str) -> bool:
        """Whether Sent Items holds a message with this Message-ID."""
        escaped = message_id.replace("'", "''")
        answer = self._request(
            "GET", f"{self.base}/mailFolders/sentitems/messages",
            params={"$filter": f"internetMessageId eq '{escaped}'", "$select": "id", "$top": "1"})
        if answer.status_code != 200:
            raise MailError("mail.graph", detail=f"Sent Items {answer.status_code}: "
                            f"{_error_text(answer)}", mailbox=self.mailbox)
        return bool(answer.json().get("value"))


def _retry_after(answer: requests.Response, attempt: int) -> float:
    """Graph's Retry-After (seconds), else an exponential guess."""
    try:
        return max(0.0, float(answer.headers.get("Retry-After", "")))
    except ValueError:
        return float(2 ** attempt)


def _error_text(answer: requests.Response) -> str:
    try:
        error = answer.json().get("error", {})
        return f"{error.get('code', '')}: {error.get('message', '')}"[:300]
    except ValueError:
        return answer.text[:300]
