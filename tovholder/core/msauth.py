"""Access tokens from the Microsoft identity platform (Entra ID) for the municipality's app
registration: the client-credentials flow through msal, with a certificate (recommended) or a
client secret. One :class:`TokenSource` per app registration hands out a token provider per
scope (``Callable[[], str]``), which the IMAP/SMTP XOAUTH2 login, Graph sendMail and the Excel
Online backend call whenever they need a token.

Caching and refreshing are msal's: its in-memory token cache returns the token it has until
less than five minutes of it are left, then asks the token endpoint for a new one, so a
connection is never opened with a token about to expire. Nothing is written to disk.

Tokens never reach a log: each one is remembered by tovholder.core.redact as it is handed out,
and msal's own logger is kept at WARNING (its DEBUG lines show request bodies).

This is a transport (msal and requests): the import-linter contract forbids both in the pure
modules and lets only this module of the core use them (pyproject.toml).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from tovholder.core import redact
from tovholder.core.errors import TovholderError

PUBLIC_AUTHORITY = "https://login.microsoftonline.com"
MAIL_SCOPE = "https://outlook.office365.com/.default"  # IMAP.AccessAsApp, SMTP.SendAsApp
GRAPH_SCOPE = "https://graph.microsoft.com/.default"  # Mail.Send, Files.ReadWrite, ...

logging.getLogger("msal").setLevel(logging.WARNING)


class MicrosoftAuthError(TovholderError):
    """No token: the identity platform said no (wrong tenant, client id, secret or certificate,
    no admin consent) or could not be reached. ``detail`` is its error code and description,
    which carry no secret."""

    code = "microsoft.auth"


@dataclass(frozen=True)
class AppCredential:
    """An app registration and how it proves itself: ``secret``, or ``private_key`` with the
    ``certificate`` whose public half is uploaded to the registration (both PEM text)."""

    tenant: str
    client_id: str
    secret: str | None = field(default=None, repr=False)
    private_key: str | None = field(default=None, repr=False)
    certificate: str | None = None
    authority: str = PUBLIC_AUTHORITY
    ca_file: str | None = None
    timeout: float = 30.0

    def client_credential(self) -> str | dict[str, str]:
        if self.private_key and self.certificate:
            # msal (>= 1.35) signs the assertion with PS256 and the SHA-256 thumbprint of it
            return {"private_key": self.private_key, "public_certificate": self.certificate}
        if self.secret:
            return self.secret
        raise MicrosoftAuthError(detail="no client secret and no certificate with private key",
                                 client_id=self.client_id)


class TokenSource:
    """Tokens for one app registration, any scope; thread-safe; one msal client for the life of
    the process, so its cache lasts as long."""

    def __init__(self, credential: AppCredential, *, http_client: Any = None) -> None:
        self.credential = credential
        self._http_client = http_client
        self._app: Any = None
        self._lock = threading.Lock()

    def provider(self, scope: str) -> Callable[[], str]:
        return lambda: self.token(scope)

    def token(self, scope: str) -> str:
        with self._lock:
            result = self._acquire(scope)
        token = result.get("access_token") if isinstance(result, dict) else None
        if not isinstance(token, str) or not token:
            raise MicrosoftAuthError(detail=_explained(result),
                                     client_id=self.credential.client_id)
        redact.remember(token)
        return token

    def _acquire(self, scope: str) -> Any:
        import requests

        try:
            return self._client().acquire_token_for_client(scopes=[scope])
        except (requests.RequestException, ValueError, OSError) as e:
            # ValueError: msal's tenant discovery failed (unknown tenant, bad answer)
            raise MicrosoftAuthError(detail=f"{type(e).__name__}: {e}",
                                     client_id=self.credential.client_id) from None

    def _client(self) -> Any:
        if self._app is None:
            import msal

            c = self.credential
            http = self._http_client or _session(c.ca_file)
            self._app = msal.ConfidentialClientApplication(
                c.client_id, client_credential=c.client_credential(),
                authority=f"{c.authority.rstrip('/')}/{c.tenant}", http_client=http,
                timeout=c.timeout,
                # another host (a national cloud, the tests' stand-in) is not checked against
                # login.microsoftonline.com's list of instances
                instance_discovery=c.authority.rstrip("/") == PUBLIC_AUTHORITY,
                token_cache=msal.TokenCache())
        return self._app


def _session(ca_file: str | None) -> Any:
    """A requests session that verifies against ``ca_file`` when one is given: per request,
    since requests lets REQUESTS_CA_BUNDLE override a session's own ``verify``; proxies from
    the environment (HTTPS_PROXY) still apply."""
    import requests

    class Session(requests.Session):
        def request(self, *args: Any, **kwargs: Any) -> Any:
            if ca_file:
                kwargs.setdefault("verify", ca_file)
            return super().request(*args, **kwargs)

    return Session()


def _explained(result: object) -> str:
    if not isinstance(result, dict):
        return "no answer"
    parts = [str(result.get(k)) for k in ("error", "error_description") if result.get(k)]
    return ": ".join(parts) or "no access_token in the answer"  # i18n: data (the detail)
