"""Thin SMTP transport over smtplib: one verified-TLS connection per batch, AUTH PLAIN/LOGIN or
XOAUTH2, per-recipient refusals returned (not raised), a simple rate limit. Every failure becomes
MailError("mail.smtp", detail=...) with passwords and tokens scrubbed from the detail."""

from __future__ import annotations

import os
import smtplib
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from types import TracebackType
from typing import Literal

from tovholder.core.errors import MailError

Security = Literal["tls", "starttls", "none"]
SECURITY_MODES: tuple[str, ...] = ("tls", "starttls", "none")
GOOGLE_MAIL_SCOPE = "https://mail.google.com/"
IDLE_CHECK_SECONDS = 10.0  # a connection idle longer than this is checked with NOOP before use


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int = 465
    security: Security = "tls"
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    oauth_token_provider: Callable[[], str] | None = field(default=None, repr=False)
    ca_file: str | os.PathLike[str] | None = None
    timeout: float = 30.0
    rate_per_minute: float | None = None

    def __post_init__(self) -> None:
        if self.security not in SECURITY_MODES:
            raise MailError("mail.smtp", detail=f"unknown security {self.security!r}; "
                            f"use one of {', '.join(SECURITY_MODES)}")


def tls_context(ca_file: str | os.PathLike[str] | None) -> ssl.SSLContext:
    """Verified TLS (hostname and chain); ca_file replaces the system CAs for a private CA."""
    return ssl.create_default_context(cafile=ca_file)


def scrub(text: str, *secrets: str | None) -> str:
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    return text


def xoauth2_string(user: str, token: str) -> str:
    return f"user={user}\x01auth=Bearer {token}\x01\x01"


class SmtpSender:
    """``with SmtpSender(settings) as s: s.send(msg)`` reuses one connection for the batch."""

    def __init__(self, settings: SmtpSettings, *, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.settings = settings
        self._clock = clock
        self._sleep = sleep
        self._smtp: smtplib.SMTP | None = None
        self._last_send: float | None = None
        self._token: str | None = None
        self._last_active = clock()

    def __enter__(self) -> SmtpSender:
        self.connect()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def _fail(self, what: str, error: BaseException) -> MailError:
        s = self.settings
        detail = scrub(f"{what} {s.host}:{s.port}: {type(error).__name__}: {error}",
                       s.password, self._token)
        return MailError("mail.smtp", detail=detail, host=s.host, port=s.port)

    def connect(self) -> None:
        s = self.settings
        try:
            if s.security == "tls":
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(s.host, s.port, timeout=s.timeout,
                                                      context=tls_context(s.ca_file))
            else:
                smtp = smtplib.SMTP(s.host, s.port, timeout=s.timeout)
            self._smtp = smtp
            smtp.ehlo()
            if s.security == "starttls":
                if not smtp.has_extn("starttls"):
                    raise smtplib.SMTPNotSupportedError("server does not offer STARTTLS")
                smtp.starttls(context=tls_context(s.ca_file))
                smtp.ehlo()
            self._login(smtp)
        except MailError:
            self.close()
            raise
        except (OSError, smtplib.SMTPException, ssl.SSLError) as e:
            self.close()
            raise self._fail("connect", e) from None

    def _login(self, smtp: smtplib.SMTP) -> None:
        s = self.settings
        if s.oauth_token_provider is not None:
            self._token = s.oauth_token_provider()
            auth = xoauth2_string(s.username or "", self._token)
            smtp.auth("XOAUTH2", lambda challenge=None: auth if challenge is None else "")
        elif s.username:
            smtp.login(s.username, s.password or "")

    def close(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is None:
            return
        try:
            smtp.quit()
        except (OSError, smtplib.SMTPException):
            smtp.close()

    def _throttle(self) -> None:
        rate = self.settings.rate_per_minute
        if rate and self._last_send is not None:
            wait = 60.0 / rate - (self._clock() - self._last_send)
            if wait > 0:
                self._sleep(wait)
        self._last_send = self._clock()

    def send(self, msg: EmailMessage, envelope_to: list[str] | None = None
             ) -> dict[str, tuple[int, bytes]]:
        """Send msg (to ``envelope_to`` if given, else its To/Cc/Bcc); return the refused
        recipients {address: (code, reply)} (empty if none).

        A connection that went stale while idle is found by NOOP and replaced: nothing was sent
        on it, so that is safe. A drop DURING the send is not retried here: the server may have
        accepted the message before the drop, and only the caller can check (by Message-ID in
        the service's own copy) without risking a duplicate. It raises MailError."""
        self._throttle()
        if self._smtp is None:
            self.connect()
        elif self._clock() - self._last_active > IDLE_CHECK_SECONDS:
            try:
                self._smtp.noop()
            except (OSError, smtplib.SMTPException):
                self.close()
                self.connect()
        assert self._smtp is not None
        try:
            refused = dict(self._smtp.send_message(msg, to_addrs=envelope_to))
        except smtplib.SMTPRecipientsRefused as e:
            refused = dict(e.recipients)
        except (OSError, smtplib.SMTPException) as e:
            self.close()
            raise self._fail("send", e) from None
        self._last_active = self._clock()
        return refused


def google_token_provider(service_account_file: str, subject: str,
                          scopes: tuple[str, ...] = (GOOGLE_MAIL_SCOPE,)) -> Callable[[], str]:
    """A token provider for Gmail SMTP/IMAP XOAUTH2: a service account with domain-wide
    delegation acting as `subject` (the group's mailbox). Tokens are cached and refreshed."""
    import google.auth.exceptions
    from google.auth.transport.requests import Request
    from google.oauth2 import service_account

    try:
        creds = service_account.Credentials.from_service_account_file(
            service_account_file, scopes=list(scopes), subject=subject)
    except (OSError, ValueError) as e:
        raise MailError("mail.error", detail=f"service account file: {type(e).__name__}: {e}",
                        path=service_account_file) from None
    lock = threading.Lock()

    def provider() -> str:
        with lock:
            if not creds.valid:
                try:
                    creds.refresh(Request())
                except google.auth.exceptions.GoogleAuthError as e:
                    raise MailError("mail.error", detail=f"token refresh for {subject}: "
                                    f"{type(e).__name__}: {e}") from None
            return str(creds.token)

    return provider
