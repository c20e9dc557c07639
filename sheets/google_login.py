"""The consent, once: a person's Google account lets Tovholder edit spreadsheets (a transport).

For organisations where a service account's key cannot be made (new Google Cloud organisations
forbid key creation by default): ``tovholder google-login`` runs Google's OAuth flow for an
installed app (the local-server flow gspread's ``oauth()`` runs, google-auth-oauthlib's
InstalledAppFlow, here with the group's language and a time limit): a browser shows
Google's consent screen, Google sends the browser back to a one-off server on localhost, and
the code it carries becomes a refresh token. The token goes to the file the configuration names
(``[workbook] authorized_user_file``), readable by its owner only, without the short-lived access
token; from then on google-auth refreshes access tokens from it (tovholder.sheets.google).
"""

from __future__ import annotations

import json
import os
import webbrowser
from collections.abc import Callable
from pathlib import Path
from typing import Any

from google.oauth2.credentials import Credentials
from google_auth_oauthlib.flow import InstalledAppFlow, WSGITimeoutError
from oauthlib.oauth2.rfc6749.errors import OAuth2Error

from tovholder.core.errors import ConfigError, TovholderError
from tovholder.sheets.google import SCOPES

WAIT_SECONDS = 600  # the consent is a person's task: ten minutes, then give up


def client_config(path: Path) -> dict[str, Any]:
    """The OAuth client (type "Desktop app") downloaded from Google Cloud."""
    try:
        config = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(config, dict) or not ({"installed", "web"} & set(config)):
            raise ValueError("not an OAuth client")
        return config
    except (OSError, ValueError) as exc:
        raise ConfigError("login.client_unusable", key="workbook.oauth_client_file",
                          path=str(path), detail=type(exc).__name__,
                          file="tovholder.toml") from None


def login(client_file: Path, token_file: Path, *, port: int = 0, open_browser: bool = True,
          prompt: str = "{url}", done: str = "", timeout: float = WAIT_SECONDS,
          flow: Callable[..., Credentials] | None = None) -> Path:
    """Run the consent and store its refresh token in ``token_file``; ``prompt`` (with
    ``{url}``) is printed for a person who opens the address themselves."""
    run = flow or InstalledAppFlow.from_client_config(client_config(client_file),
                                                      list(SCOPES)).run_local_server
    try:
        credentials = run(host="localhost", port=port, open_browser=open_browser,
                          authorization_prompt_message=prompt, success_message=done,
                          timeout_seconds=timeout)
    except (WSGITimeoutError, OAuth2Error, OSError, ValueError, webbrowser.Error) as exc:
        # no answer in time, consent refused, a port taken, no browser: say which, change nothing
        raise TovholderError("login.failed", detail=type(exc).__name__) from None
    if not credentials.refresh_token:
        raise ConfigError("login.no_refresh_token", key="workbook.oauth_client_file",
                          path=str(client_file), file="tovholder.toml")
    store(credentials, token_file)
    return token_file


def store(credentials: Credentials, token_file: Path) -> None:
    """Write the authorized-user file readable by its owner only, replaced in one step (a
    second login never leaves half a file), without the access token (it expires in an hour)."""
    token_file.parent.mkdir(parents=True, exist_ok=True)
    part = token_file.with_name(token_file.name + ".part")
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(credentials.to_json(strip=["token"]))
    os.replace(part, token_file)
