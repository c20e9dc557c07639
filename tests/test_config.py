"""Config errors name the key, the expected form and the fix; secrets never come from the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from tovholder.app.cli import main
from tovholder.app.config import load, secret
from tovholder.core.errors import ConfigError, TovholderError

ROOT = Path(__file__).resolve().parents[1]


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "tovholder.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_example_config_is_valid() -> None:
    cfg = load(ROOT / "config.example.toml")
    assert cfg.language == "da" and cfg.workbook.backend == "xlsx"
    assert cfg.workbook.path == ROOT / "gruppe.xlsx"  # relative to the config file


@pytest.mark.parametrize(("text", "key"), [
    ('language = "sv"', "language"),
    ('timezone = "Europe/Kbh"', "timezone"),
    ('[workbook]\nbackend = "excel"', "workbook.backend"),
    ('[workbook]\nbackend = "google"', "workbook.spreadsheet_id"),
    ('[terms]\nyears = "two"', "terms.years"),
    ('[terms]\nwarning_days = [60, -1]', "terms.warning_days"),
    ('[workbook]\ntimeout_seconds = 0', "workbook.timeout_seconds"),
    ('langauge = "da"', "langauge"),
    ('[mail]\nbackend = "imap"', "mail.smtp.host"),
    ('[mail.smtp]\nsecurity = "ssl"', "mail.smtp.security"),
    ('[mail.imap]\nport = 99999', "mail.imap.port"),
    ('[mail]\naddress = "Gruppen <g@example.org>"', "mail.address"),
    ('[mail.smtp]\npassword = "hunter2"', "mail.smtp.password"),
])
def test_config_error_names_the_key_expected_form_and_fix(tmp_path: Path, text: str,
                                                          key: str) -> None:
    with pytest.raises(ConfigError) as err:
        load(write(tmp_path, text))
    assert err.value.params["key"] == key
    assert err.value.params["expected"] and err.value.params["fix"]


def test_a_password_in_the_config_is_refused_with_the_env_alternative(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as err:
        load(write(tmp_path, '[workbook]\nservice_account_password = "hunter2"'))
    assert "service_account_password_env" in str(err.value.params["fix"])
    assert "hunter2" not in str(err.value)


def test_cli_prints_config_error_in_danish_and_exits_2(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = write(tmp_path, '[workbook]\nbackend = "excel"')
    assert main(["--config", str(config), "check"]) == 2
    err = capsys.readouterr().err
    assert "nøglen workbook.backend skal være" in err and "xlsx" in err


def test_missing_config_says_how_to_start(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(tmp_path / "nope.toml"), "show"]) == 2
    assert "config.example.toml" in capsys.readouterr().err


def test_invalid_toml_is_reported_with_the_file(tmp_path: Path) -> None:
    with pytest.raises(TovholderError) as err:
        load(write(tmp_path, "language = "))
    assert err.value.code == "config.syntax"


def test_secret_comes_from_env_or_file_never_from_config(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TVH_TEST_SECRET", "from-env")
    assert secret("TVH_TEST_SECRET", None, "smtp.password") == "from-env"
    file = tmp_path / "pw"
    file.write_text("from-file\n")
    assert secret("TVH_UNSET_VARIABLE", file, "smtp.password") == "from-file"
    with pytest.raises(TovholderError) as err:
        secret("TVH_UNSET_VARIABLE", tmp_path / "missing", "smtp.password")
    assert err.value.code == "secret.missing"


def test_reply_address_form_needs_exactly_one_token(tmp_path: Path) -> None:
    assert load(write(tmp_path, '[mail]\nreply_address = "svar-{token}@example.org"')
                ).mail.reply_address == "svar-{token}@example.org"
    with pytest.raises(ConfigError) as err:
        load(write(tmp_path, '[mail]\nreply_address = "svar@example.org"'))
    assert err.value.params["key"] == "mail.reply_address"


TWO_GROUPS = """
language = "da"
[mail.smtp]
host = "smtp.example.org"

[[group]]
name = "miljø"
[group.workbook]
path = "miljoe.xlsx"

[[group]]
name = "natur"
language = "en"
[group.workbook]
path = "natur.xlsx"
[group.mail]
address = "natur@example.org"
"""


def test_several_groups_inherit_the_defaults_and_override_what_differs(tmp_path: Path) -> None:
    from tovholder.app.config import load_groups

    first, second = load_groups(write(tmp_path, TWO_GROUPS))
    assert (first.name, first.language, first.workbook.path.name) == ("miljø", "da", "miljoe.xlsx")
    assert (second.name, second.language, second.mail.address) == ("natur", "en",
                                                                   "natur@example.org")
    assert first.mail.smtp.host == second.mail.smtp.host == "smtp.example.org"  # merged


def test_a_bad_key_in_a_group_names_the_group(tmp_path: Path) -> None:
    from tovholder.app.config import load_groups

    with pytest.raises(ConfigError) as err:
        load_groups(write(tmp_path, TWO_GROUPS.replace('language = "en"', 'language = "sv"')))
    assert err.value.params["key"] == "group[2].language"
    with pytest.raises(ConfigError) as err:
        load_groups(write(tmp_path, TWO_GROUPS.replace('name = "natur"', 'name = "miljø"')))
    assert err.value.params["key"] == "group[2].name"


def test_tick_serves_every_group_and_check_can_pick_one(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TOVHOLDER_SECRET", "test-secret")
    config = write(tmp_path, TWO_GROUPS.replace('[mail.smtp]\nhost = "smtp.example.org"\n', "")
                   .replace('path = "natur.xlsx"', 'path = "natur.xlsx"\n[group.form]\nround = "1"'))
    assert main(["--config", str(config), "init"]) == 0
    assert main(["--config", str(config), "tick"]) == 0
    out = capsys.readouterr().out
    assert "== miljø ==" in out and "== natur ==" in out
    assert main(["--config", str(config), "--group", "natur", "check"]) == 0
    out = capsys.readouterr().out
    assert "natur.xlsx" in out and "miljoe.xlsx" not in out
    assert main(["--config", str(config), "--group", "jord", "check"]) == 2
    assert 'ingen gruppe "jord"' in capsys.readouterr().err
