"""The TOML configuration, validated at start. Every error names the key, the expected form and
the fix (tovholder.errors.ConfigError). config.example.toml documents every key; the test
tests/test_docs.py keeps that file and this module in step.

Secrets never live in the config: a key ``X_env`` names an environment variable and ``X_file`` a
file holding the secret (e.g. ``password_env = "TOVHOLDER_SMTP_PASSWORD"``).
"""

from __future__ import annotations

import os
import tomllib
import zoneinfo
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tovholder.errors import ConfigError, TovholderError


@dataclass(frozen=True)
class WorkbookConfig:
    backend: str = "xlsx"  # xlsx | google
    path: Path = Path("gruppe.xlsx")
    spreadsheet_id: str = ""
    service_account_file: Path | None = None
    timeout_seconds: float = 30.0


@dataclass(frozen=True)
class TermsConfig:
    years: int = 2
    warning_days: tuple[int, ...] = (60, 14)


@dataclass(frozen=True)
class Config:
    file: Path
    language: str = "da"
    timezone: str = "Europe/Copenhagen"
    workbook: WorkbookConfig = field(default_factory=WorkbookConfig)
    terms: TermsConfig = field(default_factory=TermsConfig)

    @property
    def tz(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.timezone)


KNOWN = {
    "": {"language", "timezone", "workbook", "terms"},
    "workbook": {"backend", "path", "spreadsheet_id", "service_account_file",
                 "service_account_file_env", "timeout_seconds"},
    "terms": {"years", "warning_days"},
}


class _Reader:
    """Typed access to one TOML table that raises ConfigError naming the full key."""

    def __init__(self, file: Path, table: dict[str, Any], prefix: str = ""):
        self.file, self.table, self.prefix = file, table, prefix
        known = KNOWN[prefix]
        for key in table:
            if key not in known:
                hint = "Gyldige nøgler / valid keys: " + ", ".join(sorted(known))
                if any(word in key for word in ("password", "secret", "token")) and \
                        not key.endswith(("_env", "_file")):
                    hint = (f"Hemmeligheder står aldrig i konfigurationen: brug {key}_env (navnet "
                            f"på en miljøvariabel) eller {key}_file (en fil).")
                self.fail(key, "en kendt nøgle / a known key", hint)

    def fail(self, key: str, expected: str, fix: str) -> None:
        name = f"{self.prefix}.{key}" if self.prefix else key
        raise ConfigError(file=str(self.file), key=name, expected=expected, fix=fix)

    def get(self, key: str, kind: type, default: Any, expected: str, fix: str = "") -> Any:
        value = self.table.get(key, default)
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or isinstance(value, bool) and kind is not bool:
            self.fail(key, expected, fix or f"Eksempel / example: se config.example.toml ({key})")
        return value

    def choice(self, key: str, default: str, choices: tuple[str, ...]) -> str:
        value = self.get(key, str, default, " eller ".join(f'"{c}"' for c in choices))
        if value not in choices:
            self.fail(key, " eller ".join(f'"{c}"' for c in choices), f'Skriv fx {key} = "{default}"')
        return value

    def path(self, key: str, default: str | None) -> Path | None:
        value = self.get(key, str, default or "", "en sti i anførselstegn / a quoted path")
        if not value:
            return None
        path = Path(os.path.expanduser(value))
        return path if path.is_absolute() else (self.file.parent / path)

    def sub(self, key: str) -> _Reader:
        table = self.get(key, dict, {}, f"en tabel [{key}] / a table [{key}]")
        return _Reader(self.file, table, key)


def load(file: Path) -> Config:
    """Read and validate ``file``; ConfigError with key, expected form and fix on any problem."""
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise TovholderError("config.not_found", file=str(file)) from None
    except tomllib.TOMLDecodeError as exc:
        raise TovholderError("config.syntax", file=str(file), detail=str(exc)) from None
    top = _Reader(file, data)
    language = top.choice("language", "da", ("da", "en"))
    timezone = top.get("timezone", str, "Europe/Copenhagen", "et tidszonenavn, fx "
                       '"Europe/Copenhagen"')
    try:
        zoneinfo.ZoneInfo(timezone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        top.fail("timezone", 'et IANA-tidszonenavn, fx "Europe/Copenhagen"',
                 'Skriv timezone = "Europe/Copenhagen"')
    return Config(file=file, language=language, timezone=timezone,
                  workbook=_workbook(top.sub("workbook")), terms=_terms(top.sub("terms")))


def _workbook(r: _Reader) -> WorkbookConfig:
    backend = r.choice("backend", "xlsx", ("xlsx", "google"))
    path = r.path("path", "gruppe.xlsx")
    sheet_id = r.get("spreadsheet_id", str, "", "id'et fra regnearkets adresse (mellem /d/ og "
                     "/edit)")
    key_file = r.path("service_account_file", None)
    env = r.get("service_account_file_env", str, "GOOGLE_APPLICATION_CREDENTIALS",
                "navnet på en miljøvariabel")
    if key_file is None and os.environ.get(env):
        key_file = Path(os.environ[env])
    if backend == "google":
        if not sheet_id:
            r.fail("spreadsheet_id", "id'et fra regnearkets adresse",
                   "Kopiér det fra https://docs.google.com/spreadsheets/d/<ID>/edit")
        if key_file is None:
            r.fail("service_account_file", "stien til servicekontoens JSON-nøgle",
                   f"Angiv service_account_file, eller sæt miljøvariablen {env}")
    timeout = r.get("timeout_seconds", float, 30.0, "et antal sekunder, fx 30")
    if timeout <= 0:
        r.fail("timeout_seconds", "et positivt antal sekunder", "Skriv fx timeout_seconds = 30")
    return WorkbookConfig(backend, path or Path("gruppe.xlsx"), sheet_id, key_file, timeout)


def _terms(r: _Reader) -> TermsConfig:
    years = r.get("years", int, 2, "et helt antal år, fx 2")
    if not 1 <= years <= 10:
        r.fail("years", "et helt antal år mellem 1 og 10", "Skriv fx years = 2")
    days = r.get("warning_days", list, [60, 14], "en liste af dage, fx [60, 14]")
    if not all(isinstance(d, int) and not isinstance(d, bool) and d > 0 for d in days):
        r.fail("warning_days", "en liste af positive heltal, fx [60, 14]",
               "Skriv fx warning_days = [60, 14]")
    return TermsConfig(years, tuple(sorted(days, reverse=True)))


def secret(env_name: str | None, file: Path | None, key: str) -> str:
    """A secret from the environment variable or file named in config; never echoed."""
    if env_name and os.environ.get(env_name):
        return os.environ[env_name]
    if file is not None:
        try:
            return file.read_text(encoding="utf-8").strip()
        except OSError:
            pass
    raise TovholderError("secret.missing", key=key, env=env_name or "?")
