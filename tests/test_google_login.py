"""A person's consent instead of a service account key (issue 16): `tovholder google-login` runs
the real OAuth flow for an installed app against the stand-in (a test plays the browser), stores
the refresh token, and the Google backend reads with it, refreshed by google-auth."""

from __future__ import annotations

import json
import stat
import threading
import webbrowser
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from tests import secret_watch, sheets_standin
from tests.sheets_standin import SheetsStandin
from tovholder.app.cli import main
from tovholder.core.errors import ConfigError, WorkbookError
from tovholder.sheets.google import GoogleBackend
from tovholder.sheets.google_login import login

SHEET = "1PersonConsentIssue16"
CLIENT_ID = "1234-standin.apps.googleusercontent.com"
CLIENT_SECRET = "GOCSPX-standin-client-secret"
TABS = {"Medlemmer": [["Navn", "E-mail"], ["Anna Holm", "anna@example.org"]]}

standin = pytest.fixture(sheets_standin.running)
secret_watch.watch(CLIENT_SECRET)


def token_file(tmp_path: Path, refresh_token: str) -> Path:
    path = tmp_path / "google-login.json"
    path.write_text(json.dumps({"type": "authorized_user", "client_id": CLIENT_ID,
                                "client_secret": CLIENT_SECRET,
                                "refresh_token": refresh_token}))
    return path


def person(standin: SheetsStandin, path: Path) -> GoogleBackend:
    standin.create_spreadsheet(SHEET, TABS)
    return GoogleBackend(SHEET, authorized_user_file=path, session=standin.session(None))


def test_the_backend_reads_with_a_persons_refresh_token(standin, tmp_path):
    path = token_file(tmp_path, standin.refresh_token_for("user:mette@example.org"))
    assert person(standin, path).read()["Medlemmer"][1][0] == "Anna Holm"
    (issued,) = standin.tokens_issued
    assert issued["iss"] == "user:mette@example.org"
    assert set(standin.authorizations) == {issued["token"]}


def test_a_revoked_consent_says_to_run_google_login_again(standin, tmp_path):
    refresh = standin.refresh_token_for("user:mette@example.org")
    backend = person(standin, token_file(tmp_path, refresh))
    standin.revoke(refresh)
    with pytest.raises(WorkbookError) as info:
        backend.read()
    assert info.value.code == "sheets.login_again"


def test_a_sheet_not_shared_with_the_person_names_the_person_not_a_service_account(
        standin, tmp_path):
    backend = person(standin, token_file(tmp_path, standin.refresh_token_for("user:x")))
    standin.fail_next(1, status=403)
    with pytest.raises(WorkbookError) as info:
        backend.read()
    assert info.value.code == "sheets.forbidden_person"


def test_a_missing_token_file_says_to_run_google_login(tmp_path):
    with pytest.raises(ConfigError) as info:
        GoogleBackend(SHEET, authorized_user_file=tmp_path / "none.json")
    assert info.value.code == "sheets.login_missing"


class Browser:
    """Plays the person: opens the consent address and lets Google send it back with a code."""

    def __init__(self) -> None:
        self.opened: list[str] = []

    def open(self, url: str, new: int = 0, autoraise: bool = True) -> bool:
        self.opened.append(url)
        query = parse_qs(urlsplit(url).query)
        back = f"{query['redirect_uri'][0]}?code=consent-1&state={query['state'][0]}"
        threading.Thread(target=requests.get, args=(back,), kwargs={"timeout": 10},
                         daemon=True).start()
        return True


@pytest.fixture
def consent(standin, tmp_path, monkeypatch) -> tuple[Path, Browser]:
    browser = Browser()
    monkeypatch.setattr(webbrowser, "get", lambda using=None: browser)
    # the stand-in's token endpoint is plain http on 127.0.0.1; Google's is https
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    client = tmp_path / "client.json"
    client.write_text(json.dumps({"installed": {
        "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET,
        "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": standin.token_uri,
        "redirect_uris": ["http://localhost"]}}))
    return client, browser


def test_google_login_asks_for_the_spreadsheets_scope_only(consent, tmp_path):
    client, browser = consent
    login(client, tmp_path / "token.json", timeout=30)
    (url,) = browser.opened
    assert parse_qs(urlsplit(url).query)["scope"] == ["https://www.googleapis.com/auth/spreadsheets"]


def test_google_login_stores_the_refresh_token_for_the_owner_only(consent, standin, tmp_path):
    client, _ = consent
    stored = login(client, tmp_path / "secret" / "token.json", timeout=30)
    data = json.loads(stored.read_text())
    assert data["refresh_token"] in standin.refresh_tokens and "token" not in data
    assert stat.S_IMODE(stored.stat().st_mode) == 0o600
    assert standin.codes_exchanged == ["consent-1"]


def test_the_stored_consent_reads_the_sheet(consent, standin, tmp_path):
    client, _ = consent
    stored = login(client, tmp_path / "token.json", timeout=30)
    assert person(standin, stored).read()["Medlemmer"][1][0] == "Anna Holm"


def test_google_login_command_without_the_keys_says_what_is_missing(tmp_path, capsys):
    config = tmp_path / "tovholder.toml"
    config.write_text('[workbook]\nbackend = "google"\nspreadsheet_id = "x"\n'
                      f'authorized_user_file = "{tmp_path / "token.json"}"\n')
    assert main(["--config", str(config), "google-login"]) == 2
    assert "oauth_client_file" in capsys.readouterr().err


def test_a_configured_authorized_user_file_replaces_the_service_account_key(standin, tmp_path):
    from tovholder.app.config import load_groups
    from tovholder.app.wiring import open_backend
    from tovholder.jobs.registry import FEATURES

    path = token_file(tmp_path, standin.refresh_token_for("user:mette@example.org"))
    config = tmp_path / "tovholder.toml"
    config.write_text(f'[workbook]\nbackend = "google"\nspreadsheet_id = "{SHEET}"\n'
                      f'authorized_user_file = "{path}"\n')
    (cfg,) = load_groups(config, features=FEATURES)
    assert open_backend(cfg).person  # type: ignore[attr-defined]
