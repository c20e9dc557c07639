"""Delegated sign-in for the Excel Online workbook (issue 16): `tovholder microsoft-login` through
the real msal's device-code flow against the identity stand-in, then the workbook read with the
cached sign-in, refreshed silently, and a clear sentence when the sign-in is gone."""

from __future__ import annotations

import json
import logging
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.graph_standin import GraphStandin
from tests.ms_identity import App, IdentityStandIn
from tests.workbooks import DRIVE, ITEM
from tovholder.app import cli, config
from tovholder.core.i18n import t
from tovholder.core.msdelegated import DelegatedTokens, LoginNeeded, PublicClient
from tovholder.jobs.registry import FEATURES

CLIENT = "3c1d9e2a-7b4f-4a60-8e2d-5f6a7b8c9d0e"
READ = """\
import sys
from pathlib import Path
from tovholder.app import config
from tovholder.app.wiring import open_backend
from tovholder.jobs.registry import FEATURES
print(open_backend(config.load(Path(sys.argv[1]), features=FEATURES)).read()["Medlemmer"][1])
"""


@pytest.fixture
def graph() -> Iterator[GraphStandin]:
    with GraphStandin() as standin:
        standin.create_workbook(DRIVE, ITEM, {
            "Medlemmer": [["Navn", "E-mail"], ["Anna Holm", "anna@example.org"]]})
        yield standin


@pytest.fixture
def idp(tmp_path: Path) -> Iterator[IdentityStandIn]:
    with IdentityStandIn(tmp_path / "idp") as standin:
        standin.add_app(App(CLIENT, public=True))
        yield standin


def group_config(tmp_path: Path, idp: IdentityStandIn, graph: GraphStandin) -> Path:
    path = tmp_path / "tovholder.toml"
    path.write_text(f'[workbook]\nbackend = "excel"\ndrive_id = "{DRIVE}"\nitem_id = "{ITEM}"\n'
                    f'[microsoft]\ntenant = "{idp.tenant}"\nclient_id = "{CLIENT}"\n'
                    f'workbook_auth = "delegated"\ntoken_cache_file = "state/ms-login.json"\n'
                    f'authority = "{idp.authority}"\nca_file = "{idp.ca_file}"\n'
                    f'graph_url = "{graph.url}/v1.0"\n')
    return path


def client(tmp_path: Path, idp: IdentityStandIn) -> PublicClient:
    return PublicClient(idp.tenant, CLIENT, tmp_path / "state" / "ms-login.json",
                        authority=idp.authority, ca_file=str(idp.ca_file))


def login(path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert cli.main(["--config", str(path), "microsoft-login"]) == 0
    return capsys.readouterr().out


def refresh_tokens(cache: Path) -> set[str]:
    return {e["secret"] for e in json.loads(cache.read_text())["RefreshToken"].values()}


def test_login_prints_where_to_sign_in_and_saves_the_sign_in_readable_only_by_the_service(
        tmp_path: Path, idp: IdentityStandIn, graph: GraphStandin,
        capsys: pytest.CaptureFixture[str]) -> None:
    out = login(group_config(tmp_path, idp, graph), capsys)
    assert "https://microsoft.com/devicelogin" in out
    cache = tmp_path / "state" / "ms-login.json"
    assert stat.S_IMODE(cache.stat().st_mode) == 0o600
    assert refresh_tokens(cache) == set(idp.refresh_tokens)
    assert not any(token in out for token, _, _ in idp.issued)
    assert not any(token in out for token in idp.refresh_tokens)


def test_a_second_process_reads_the_workbook_with_the_saved_sign_in(
        tmp_path: Path, idp: IdentityStandIn, graph: GraphStandin,
        capsys: pytest.CaptureFixture[str]) -> None:
    path = group_config(tmp_path, idp, graph)
    login(path, capsys)
    before = idp.token_requests()
    done = subprocess.run([sys.executable, "-c", READ, str(path)], capture_output=True,
                          text=True, timeout=120)
    assert "anna@example.org" in done.stdout, done.stderr[-2000:]
    assert idp.token_requests() == before  # the access token of the login, from the file
    assert set(graph.authorizations) == {idp.issued[0][0]}


def test_an_expired_access_token_is_refreshed_silently_and_the_file_rewritten(
        tmp_path: Path, idp: IdentityStandIn, capsys: pytest.CaptureFixture[str]) -> None:
    idp.apps[CLIENT].expires_in = 60  # msal renews a token with less than five minutes left
    c = client(tmp_path, idp)
    from tovholder.core.msdelegated import login as device_login

    device_login(c, lambda url, code: None)
    first = refresh_tokens(c.cache_file)
    token = DelegatedTokens(c).token()
    assert token == idp.issued[-1][0] and len(idp.issued) == 2
    assert refresh_tokens(c.cache_file) != first
    assert refresh_tokens(c.cache_file) <= set(idp.refresh_tokens)
    assert stat.S_IMODE(c.cache_file.stat().st_mode) == 0o600


def test_a_revoked_sign_in_says_to_run_microsoft_login(
        tmp_path: Path, idp: IdentityStandIn, graph: GraphStandin,
        capsys: pytest.CaptureFixture[str]) -> None:
    idp.apps[CLIENT].expires_in = 60
    path = group_config(tmp_path, idp, graph)
    login(path, capsys)
    idp.revoke()
    assert cli.main(["--config", str(path), "check"]) == 2
    err = capsys.readouterr().err
    assert "tovholder microsoft-login" in err and "AADSTS50173" in err
    assert not any(token in err for token, _, _ in idp.issued)


def test_without_a_sign_in_the_workbook_says_to_run_microsoft_login(
        tmp_path: Path, idp: IdentityStandIn) -> None:
    with pytest.raises(LoginNeeded) as info:
        DelegatedTokens(client(tmp_path, idp)).token()
    assert "microsoft-login" in t("en", info.value.code, **info.value.params)


def test_doctor_fails_the_workbook_check_when_nobody_signed_in(
        tmp_path: Path, idp: IdentityStandIn, graph: GraphStandin) -> None:
    from tovholder.app import doctor

    found, wb = doctor.check_workbook(config.load(group_config(tmp_path, idp, graph),
                                                  features=FEATURES))
    assert wb is None
    assert [(f.status, f.code) for f in found] == [(doctor.FAIL, "microsoft.not_signed_in")]


def test_delegated_without_a_token_cache_file_names_the_key(tmp_path: Path) -> None:
    path = tmp_path / "tovholder.toml"
    path.write_text(f'[workbook]\nbackend = "excel"\ndrive_id = "{DRIVE}"\nitem_id = "{ITEM}"\n'
                    f'[microsoft]\ntenant = "kommune.onmicrosoft.com"\nclient_id = "{CLIENT}"\n'
                    'workbook_auth = "delegated"\n')
    with pytest.raises(Exception) as info:
        config.load(path, features=FEATURES)
    assert "token_cache_file" in str(info.value.__dict__)


def test_an_app_without_public_client_flows_is_refused_with_entras_code(
        tmp_path: Path, idp: IdentityStandIn) -> None:
    from tovholder.core.msauth import MicrosoftAuthError
    from tovholder.core.msdelegated import login as device_login

    idp.apps[CLIENT].public = False
    with pytest.raises(MicrosoftAuthError) as info:
        device_login(client(tmp_path, idp), lambda url, code: None)
    assert "AADSTS7000218" in str(info.value.params["detail"])
    assert not (tmp_path / "state" / "ms-login.json").exists()


def test_no_token_of_the_sign_in_reaches_a_log_even_at_debug(
        tmp_path: Path, idp: IdentityStandIn, caplog: pytest.LogCaptureFixture) -> None:
    from tovholder.core.msdelegated import login as device_login

    idp.apps[CLIENT].expires_in = 60
    c = client(tmp_path, idp)
    with caplog.at_level(logging.DEBUG):
        device_login(c, lambda url, code: None)
        DelegatedTokens(c).token()
    logged = "\n".join(r.getMessage() for r in caplog.records)
    secrets = [token for token, _, _ in idp.issued] + [*refresh_tokens(c.cache_file)]
    assert len(secrets) == 3 and not [s for s in secrets if s in logged]


def test_a_running_service_takes_a_new_sign_in_without_a_restart(
        tmp_path: Path, idp: IdentityStandIn) -> None:
    from tovholder.core.msdelegated import login as device_login

    idp.apps[CLIENT].expires_in = 60
    c = client(tmp_path, idp)
    service = DelegatedTokens(c)
    with pytest.raises(LoginNeeded):
        service.token()
    device_login(c, lambda url, code: None)
    assert service.token() == idp.issued[-1][0]
    idp.revoke()
    with pytest.raises(LoginNeeded):
        service.token()
    device_login(c, lambda url, code: None)
    assert service.token() == idp.issued[-1][0]
