"""Config errors name the key, the expected form and the fix; secrets never come from the file."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tomllib
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from tovholder.app import config
from tovholder.app.cli import main
from tovholder.app.config import secret
from tovholder.core.errors import ConfigError, TovholderError
from tovholder.core.i18n import t
from tovholder.core.schema import toml_value
from tovholder.jobs.digests.settings import DigestSettings
from tovholder.jobs.form.form import FormSettings
from tovholder.jobs.registry import FEATURES
from tovholder.jobs.roles.lottery import LotterySettings

ROOT = Path(__file__).resolve().parents[1]
load = partial(config.load, features=FEATURES)
load_groups = partial(config.load_groups, features=FEATURES)


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
    ('[workbook]\nbackend = "onedrive"', "workbook.backend"),
    ('[workbook]\nbackend = "excel"', "workbook.drive_id"),
    ('[workbook]\nbackend = "excel"\ndrive_id = "b!x"', "workbook.item_id"),
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
    config = write(tmp_path, '[workbook]\nbackend = "onedrive"')
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


def test_ignore_before_is_a_date_written_either_way(tmp_path: Path) -> None:
    for text in ("ignore_before = 2026-12-01", 'ignore_before = "2026-12-01"'):
        assert load(write(tmp_path, f"[mail]\n{text}")).mail.ignore_before_date == \
            dt.date(2026, 12, 1)
    assert load(write(tmp_path, "")).mail.ignore_before_date is None
    with pytest.raises(ConfigError) as err:
        load(write(tmp_path, '[mail]\nignore_before = "1.12.2026"'))
    assert err.value.params["key"] == "mail.ignore_before"


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
    first, second = load_groups(write(tmp_path, TWO_GROUPS))
    assert (first.name, first.language, first.workbook.path.name) == ("miljø", "da", "miljoe.xlsx")
    assert (second.name, second.language, second.mail.address) == ("natur", "en",
                                                                   "natur@example.org")
    assert first.mail.smtp.host == second.mail.smtp.host == "smtp.example.org"  # merged


def test_a_bad_key_in_a_group_names_the_group(tmp_path: Path) -> None:
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


# --- one schema: every key declared once, with its error message ------------------------------

def dump(data: dict[str, Any], path: str = "") -> str:
    """A TOML text of nested tables (enough for the example's data)."""
    lines = [f"[{path}]"] if path else []
    lines += [f"{key} = {toml_value(value)}" for key, value in data.items()
              if not isinstance(value, dict)]
    for key, value in data.items():
        if isinstance(value, dict):
            lines.append(dump(value, f"{path}.{key}" if path else key))
    return "\n".join(lines) + "\n"


def every_key() -> list[str]:
    return sorted(f"{table}.{key}" if table else key
                  for table, keys in config.known_keys(FEATURES).items() for key in keys)


def with_value(full: str, value: Any) -> dict[str, Any]:
    """The example config's data with one key set to ``value``."""
    data = tomllib.loads(config.example(FEATURES))
    *tables, key = full.split(".")
    table = data
    for name in tables:
        table = table[name]
    table[key] = value
    return data


@pytest.mark.parametrize("full", every_key())
def test_every_key_has_an_error_naming_it_with_expected_form_and_fix(tmp_path: Path,
                                                                     full: str) -> None:
    """A list of one boolean is the wrong type for every key and every table."""
    for lang in ("da", "en"):
        data = with_value(full, [True])
        if full != "language":
            data["language"] = lang
        with pytest.raises(ConfigError) as err:
            load(write(tmp_path, dump(data)))
        params = err.value.params
        assert params["key"] == full
        assert err.value.lang == ("da" if full == "language" else lang)
        for part in ("expected", "fix"):
            assert params[part] and "config." not in str(params[part]) and "?" not in str(
                params[part]), (part, params[part])
        said = t(err.value.lang, err.value.code, **params)
        assert full in said and str(params["expected"]) in said and str(params["fix"]) in said


@pytest.mark.parametrize("full", ["mail.smtp.port", "roles.call_days", "language",
                                  "digests.standard_agenda", "workbook"])
def test_an_error_in_a_group_names_the_group(tmp_path: Path, full: str) -> None:
    *tables, key = full.split(".")
    own = f"[group.{'.'.join(tables)}]\n" if tables else ""
    text = f'[[group]]\nname = "a"\n\n[[group]]\nname = "b"\n{own}{key} = [true]\n'
    with pytest.raises(ConfigError) as err:
        load_groups(write(tmp_path, text))
    assert err.value.params["key"] == f"group[2].{full}"


def test_messages_are_in_the_groups_language_and_danish_before_it_is_known(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config_file = write(tmp_path, 'language = "en"\n[roles]\ncall_days = 0\n')
    assert main(["--config", str(config_file), "check"]) == 2
    assert ("the key roles.call_days must be a whole number of days ≥ 1. Write e.g. call_days = 21"
            in capsys.readouterr().err)
    config_file = write(tmp_path, 'language = "sv"\n[roles]\ncall_days = 0\n')
    assert main(["--config", str(config_file), "check"]) == 2
    assert 'nøglen language skal være "da" eller "en". Skriv fx language = "da"' in \
        capsys.readouterr().err


def test_every_config_message_code_in_the_code_is_in_the_catalog() -> None:
    import re

    from tovholder.core.i18n import languages, message

    def missing(codes: set[str]) -> list[str]:
        return sorted(c for c in codes if not all(message(lang, c) for lang in languages()))

    sources = [ROOT / "tovholder" / "core" / "schema.py", ROOT / "tovholder" / "app" / "config.py",
               *(ROOT / "jobs").rglob("*.py")]
    codes = {code for path in sources
             for code in re.findall(r'"(config\.[a-z_.]+)"', path.read_text(encoding="utf-8"))}
    assert codes and not missing(codes)
    units = {f"config.unit.{u}" for u in re.findall(r'unit="(\w+)"', " ".join(
        p.read_text(encoding="utf-8") for p in sources))}
    assert units and not missing(units)


def test_defaults_and_the_keys_other_tables_pass_on(tmp_path: Path) -> None:
    cfg = load(write(tmp_path, '[terms]\nyears = 3\nwarning_days = [14, 30]\n'))
    assert set(cfg.features) == {"schedule", "digests", "roles", "agenda_call", "consultations",
                                 "identity", "round"}  # no [form]
    roles, digests = cfg.features["roles"], cfg.features["digests"]
    assert isinstance(roles, LotterySettings) and isinstance(digests, DigestSettings)
    assert (roles.term_years, roles.warning_days, roles.call_days) == (3, (30, 14), 21)
    assert (digests.term_warning_days, digests.agenda_days_before) == (30, 7)
    assert cfg.terms.warning_days == (30, 14)
    assert cfg.workbook.path == tmp_path / "gruppe.xlsx" and cfg.mail.local_dir == tmp_path / "mail"
    assert (cfg.mail.smtp.port, cfg.mail.imap.port, cfg.mail.imap.idle) == (465, 993, True)
    assert (cfg.service.tick_minutes, cfg.service.poll_seconds) == (5.0, 60.0)
    cfg = load(write(tmp_path, '[form]\nround = 2027\n[mail.smtp]\nsecurity = "starttls"\n'
                               '[mail.imap]\nsecurity = "none"\n'))
    assert cfg.features["form"] == FormSettings("2027", 7, 2)
    assert (cfg.mail.smtp.port, cfg.mail.imap.port) == (587, 143)


def test_the_example_loads_with_its_values(tmp_path: Path) -> None:
    cfg = load(ROOT / "config.example.toml")
    assert cfg.name == "miljø" and cfg.features["form"] == FormSettings("2026", 7, 2)
    assert cfg.mail.smtp.rate_per_minute == 30 and cfg.mail.imap.timeout_seconds == 60
    assert cfg.features["digests"].standard("en")[0] == "Velkomst"  # type: ignore[attr-defined]


def test_groups_merge_tables_key_by_key_features_included(tmp_path: Path) -> None:
    text = TWO_GROUPS.replace("[[group]]", "[roles]\ndecline_days = 3\n\n[[group]]", 1) + \
        "[group.roles]\ncall_days = 7\n"
    first, second = load_groups(write(tmp_path, text))
    assert (first.features["roles"].call_days, first.features["roles"].decline_days) == (  # type: ignore[attr-defined]
        21, 3)
    assert (second.features["roles"].call_days, second.features["roles"].decline_days) == (  # type: ignore[attr-defined]
        7, 3)
    assert second.mail.smtp.host == "smtp.example.org" and second.mail.smtp.port == 465


def test_a_key_no_longer_used_warns_and_loads(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    cfg = load(write(tmp_path, '[mail.imap]\npoll_seconds = 30\nidle = false\n'))
    assert cfg.mail.imap.idle is False and not hasattr(cfg.mail.imap, "poll_seconds")
    assert len(cfg.warnings) == 1 and "mail.imap.poll_seconds" in cfg.warnings[0]
    assert "[service] poll_seconds" in cfg.warnings[0]
    config_file = write(tmp_path, 'language = "en"\n[mail.imap]\npoll_seconds = 30\n')
    assert main(["--config", str(config_file), "init"]) == 0
    err = capsys.readouterr().err
    assert "the key mail.imap.poll_seconds is no longer used" in err


def test_the_config_module_imports_no_feature() -> None:
    code = ("import sys, tovholder.app.config; "
            "print(sorted(m for m in sys.modules if m.startswith('tovholder.jobs')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize(("mail", "sender", "group"), [
    ('name = "MIG virksomheder – tovholder"', "MIG virksomheder – tovholder", "MIG virksomheder"),
    ('name = "Tovholder for MIG virksomheder"', "Tovholder for MIG virksomheder",
     "MIG virksomheder"),
    ('name = "Miljøgruppen"', "Miljøgruppen", "Miljøgruppen"),  # an older config's group name
    ('name = "Miljøgruppens tovholder"', "Miljøgruppens tovholder", ""),
    ('group_name = "MIG virksomheder"', "Tovholder for MIG virksomheder", "MIG virksomheder"),
    ('name = "Sekretariatet"\ngroup_name = "MIG virksomheder"', "Sekretariatet", "MIG virksomheder"),
    ("", "Tovholder", ""),
])
def test_the_groups_name_and_the_senders_name_are_two_settings(tmp_path: Path, mail: str,
                                                                sender: str, group: str) -> None:
    # issue 15: one [mail] name made "Tovholder for MIG virksomheder – tovholder"; a config
    # with only name keeps working, its group's name read from it where it says one
    cfg = load(write(tmp_path, f"[mail]\n{mail}\n"))
    assert (cfg.mail.sender_name, cfg.mail.group) == (sender, group)
