"""Delegated sign-in for the Excel Online workbook ([microsoft] workbook_auth = "delegated").

Microsoft Graph's workbook API (ranges, tables, sessions) is documented as delegated-only
("Application: Not supported"), and Sites.Selected does not cover workbook sessions, so a tenant
may refuse the app-only token of tovholder.core.msauth for the workbook. Then a user signs in
once (`tovholder microsoft-login`: msal's device-code flow, a service account user with access to
the one file) and msal's token cache, with the refresh token, is kept in the file the config
names, written 0600 and atomically. Each run asks msal for a token silently; msal uses the
refresh token when the access token is expiring, and the file is rewritten when the cache
changed. A missing or revoked sign-in is :class:`LoginNeeded`, which says to run the login.

Tokens never reach a log (each is remembered by tovholder.core.redact); the cache file's content
is never logged. This is a transport (msal, requests): pyproject.toml's import-linter contract
lets it, as msauth, use them.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tovholder.core import redact
from tovholder.core.errors import TovholderError
from tovholder.core.msauth import PUBLIC_AUTHORITY, MicrosoftAuthError, _explained, _session

# Delegated Files.ReadWrite reaches only the signed-in user's own OneDrive; a workbook in a
# SharePoint library shared with the user needs Files.ReadWrite.All, which, delegated, reaches
# only what that user can open (no admin consent needed). msal adds offline_access (the refresh
# token), openid and profile.
FILES_SCOPES = ["Files.ReadWrite.All"]
#: answers meaning the sign-in itself is gone (revoked, expired, password changed, consent removed)
SIGN_IN_GONE = ("invalid_grant", "interaction_required")  # i18n: data


class LoginNeeded(TovholderError):
    """No usable sign-in in the token cache file (none, or one Entra refuses): run `tovholder
    microsoft-login`."""

    code = "microsoft.login_needed"


@dataclass(frozen=True)
class PublicClient:
    """The app registration as a public client ("Allow public client flows" on), and the file
    its sign-in is kept in."""

    tenant: str
    client_id: str
    cache_file: Path
    authority: str = PUBLIC_AUTHORITY
    ca_file: str | None = None
    timeout: float = 30.0


def save_cache(path: Path, data: str) -> None:
    """Atomically: a tick killed while saving leaves the old file or the new one, never half;
    the new file is created 0600, so the refresh token is never readable by others."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)  # mkstemp: 0600
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class DelegatedTokens:
    """Graph tokens for the signed-in user, from the cache file; thread-safe."""

    def __init__(self, client: PublicClient, *, http_client: Any = None) -> None:
        self.client = client
        self._http_client = http_client
        self._app: Any = None
        self._cache: Any = None
        self._stamp: tuple[int, int] | None = None  # the file as last read or written
        self._lock = threading.Lock()

    def provider(self) -> Callable[[], str]:
        return self.token

    def token(self) -> str:
        with self._lock:
            result = self._silent()
        token = result.get("access_token") if isinstance(result, dict) else None
        if not isinstance(token, str) or not token:
            if result is None:  # no file, or no sign-in in it
                raise LoginNeeded("microsoft.not_signed_in", file=str(self.client.cache_file))
            if result.get("error") in SIGN_IN_GONE:
                raise LoginNeeded(file=str(self.client.cache_file), detail=_explained(result))
            raise MicrosoftAuthError(detail=_explained(result), client_id=self.client.client_id)
        redact.remember(token)
        return token

    def _silent(self) -> Any:
        import requests

        app = self._application()
        accounts = app.get_accounts()
        if not accounts:
            return None
        try:
            result = app.acquire_token_silent_with_error(FILES_SCOPES, account=accounts[0])
        except (requests.RequestException, ValueError, OSError) as e:
            raise MicrosoftAuthError(detail=f"{type(e).__name__}: {e}",
                                     client_id=self.client.client_id) from None
        if self._cache.has_state_changed:  # a refresh: the new tokens, for the next process too
            save_cache(self.client.cache_file, self._cache.serialize())
            self._cache.has_state_changed = False
            self._stamp = self._file_stamp()
        return result

    def _file_stamp(self) -> tuple[int, int] | None:
        try:
            st = self.client.cache_file.stat()
        except FileNotFoundError:
            return None
        return st.st_mtime_ns, st.st_size

    def _application(self) -> Any:
        """msal's client over the file's cache, read again when the file changed: a service
        that runs for weeks takes a new `tovholder microsoft-login` without a restart."""
        stamp = self._file_stamp()
        if self._app is None or stamp != self._stamp:
            import msal

            self._cache = msal.SerializableTokenCache()
            with contextlib.suppress(FileNotFoundError):  # not signed in: LoginNeeded
                self._cache.deserialize(self.client.cache_file.read_text(encoding="utf-8"))
            self._stamp = stamp
            self._app = public_application(self.client, self._cache, self._http_client)
        return self._app


def public_application(c: PublicClient, cache: Any, http_client: Any = None) -> Any:
    import msal

    return msal.PublicClientApplication(
        c.client_id, authority=f"{c.authority.rstrip('/')}/{c.tenant}",
        http_client=http_client or _session(c.ca_file), timeout=c.timeout,
        instance_discovery=c.authority.rstrip("/") == PUBLIC_AUTHORITY, token_cache=cache)


def login(c: PublicClient, show: Callable[[str, str], None], *, http_client: Any = None) -> Path:
    """The device-code flow once: ``show(url, code)`` tells the person where to sign in; blocks
    until they did (or the code expired), then saves the cache file. A new sign-in replaces the
    old one."""
    import msal
    import requests

    cache = msal.SerializableTokenCache()
    app = public_application(c, cache, http_client)
    try:
        flow = app.initiate_device_flow(scopes=FILES_SCOPES)
        if "user_code" not in flow:
            raise MicrosoftAuthError(detail=_explained(flow), client_id=c.client_id)
        show(flow["verification_uri"], flow["user_code"])
        result = app.acquire_token_by_device_flow(flow)
    except (requests.RequestException, ValueError, OSError) as e:
        raise MicrosoftAuthError(detail=f"{type(e).__name__}: {e}",
                                 client_id=c.client_id) from None
    if not isinstance(result.get("access_token"), str):
        raise MicrosoftAuthError(detail=_explained(result), client_id=c.client_id)
    for key in ("access_token", "refresh_token"):
        if isinstance(result.get(key), str):
            redact.remember(result[key])
    save_cache(c.cache_file, cache.serialize())
    return c.cache_file
