"""The TOML configuration, validated at start. Every error names the key, the expected form and
the fix (tovholder.core.errors.ConfigError). config.example.toml documents every key; the test
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

from tovholder.core.errors import ConfigError, TovholderError


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
class ServerConfig:
    """[mail.smtp] or [mail.imap]. The password is resolved only when a connection is made."""

    host: str = ""
    port: int = 0
    security: str = "tls"  # tls | starttls | none
    username: str = ""
    password_env: str = ""
    password_file: Path | None = None
    oauth: str = ""  # "" (password) | "google" (XOAUTH2 via a service account)
    ca_file: Path | None = None
    timeout_seconds: float = 30.0
    rate_per_minute: float = 0.0  # smtp only; 0 = no limit
    folder: str = "INBOX"  # imap only, and below
    processed_keyword: str = "$Tovholder"
    processed_folder: str = ""
    quarantine_folder: str = "Tovholder-karantaene"
    sent_folder: str = "Sent"
    idle: bool = True
    poll_seconds: int = 60


@dataclass(frozen=True)
class MailConfig:
    backend: str = "local"  # local | imap
    local_dir: Path = Path("mail")
    address: str = "gruppe@example.org"
    reply_address: str = ""  # a form with {token}; "" = plus-addressing on address
    name: str = "Tovholder"
    chair: str = ""  # fallback when the Funktioner tab names no chair
    secret_env: str = "TOVHOLDER_SECRET"
    secret_file: Path | None = None
    templates: Path | None = None  # the chair's own versions of email templates
    smtp: ServerConfig = field(default_factory=ServerConfig)
    imap: ServerConfig = field(default_factory=ServerConfig)


@dataclass(frozen=True)
class ServiceConfig:
    tick_minutes: float = 5.0
    poll_seconds: float = 60.0


@dataclass(frozen=True)
class Config:
    file: Path
    name: str = ""  # the group's name, for `--group` and log lines; "" for a single group
    language: str = "da"
    timezone: str = "Europe/Copenhagen"
    workbook: WorkbookConfig = field(default_factory=WorkbookConfig)
    terms: TermsConfig = field(default_factory=TermsConfig)
    mail: MailConfig = field(default_factory=MailConfig)
    service: ServiceConfig = field(default_factory=ServiceConfig)
    #: per-feature settings ("form", "roles", "digests"), each validated by its own module
    features: dict[str, object] = field(default_factory=dict)

    @property
    def tz(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.timezone)


_SERVER = {"host", "port", "security", "username", "password_env", "password_file", "oauth",
           "ca_file", "timeout_seconds"}
KNOWN = {
    "": {"name", "language", "timezone", "workbook", "terms", "mail", "service", "form", "roles",
         "digests", "agenda_call", "consultations", "group"},
    "agenda_call": {"days_before"},
    "consultations": {"internal_working_days", "reminder_days", "interest_question",
                      "coordinator_role"},
    "digests": {"agenda_days_before", "followup_days_after", "action_reminder_days_before",
                "overdue_reminder_every_days", "stale_after_days", "send_from_hour",
                "standard_agenda"},
    "service": {"tick_minutes", "poll_seconds"},
    "form": {"round", "reminder_days", "max_reminders"},
    "roles": {"call_days", "decline_days", "max_declines", "assign_directly",
              "several_volunteers", "base", "min_tickets", "weight_roles", "weight_groups",
              "weight_actions"},
    "mail": {"backend", "local_dir", "address", "reply_address", "name", "chair", "secret_env",
             "secret_file", "templates", "smtp", "imap"},
    "mail.smtp": _SERVER | {"rate_per_minute"},
    "mail.imap": _SERVER | {"folder", "processed_keyword", "processed_folder", "quarantine_folder",
                       "sent_folder", "idle", "poll_seconds"},
    "workbook": {"backend", "path", "spreadsheet_id", "service_account_file",
                 "service_account_file_env", "timeout_seconds"},
    "terms": {"years", "warning_days"},
}


class _Reader:
    """Typed access to one TOML table that raises ConfigError naming the full key."""

    def __init__(self, file: Path, table: dict[str, Any], prefix: str = "", where: str = ""):
        self.file, self.table, self.prefix, self.where = file, table, prefix, where
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
        name = self.where + (f"{self.prefix}.{key}" if self.prefix else key)
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
        return _Reader(self.file, table, f"{self.prefix}.{key}" if self.prefix else key,
                       self.where)

    def address(self, key: str, default: str) -> str:
        value = self.get(key, str, default, 'en e-mailadresse, fx "gruppe@example.org"')
        if value and ("@" not in value or any(c in value for c in " <>\r\n,;")):
            self.fail(key, 'en ren e-mailadresse, fx "gruppe@example.org"',
                      "Skriv kun adressen, uden navn og vinkler")
        return value


def load(file: Path) -> Config:
    """The first (or only) group of ``file``; see load_groups."""
    return load_groups(file)[0]


def load_groups(file: Path) -> list[Config]:
    """Every group in ``file``, validated; ConfigError with key, expected form and fix.

    A file without ``[[group]]`` tables is one group. With them, each ``[[group]]`` is a group
    and the keys outside them are defaults every group inherits (a group's own tables are merged
    key by key over the defaults, so a shared [mail.smtp] needs writing once)."""
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise TovholderError("config.not_found", file=str(file)) from None
    except tomllib.TOMLDecodeError as exc:
        raise TovholderError("config.syntax", file=str(file), detail=str(exc)) from None
    groups = data.pop("group", None)
    if groups is None:
        return [_group(file, data, "")]
    if not isinstance(groups, list) or not groups or not all(isinstance(g, dict) for g in groups):
        _Reader(file, {}).fail("group", "en eller flere [[group]]-tabeller",
                               'Skriv [[group]] og name = "..." for hver gruppe')
    configs = [_group(file, _merge(data, g), f"group[{i + 1}].") for i, g in enumerate(groups)]
    names = [c.name for c in configs]
    for i, config in enumerate(configs):
        if not config.name or config.name in names[:i]:  # the second of two is the mistake
            _Reader(file, {}, "", f"group[{i + 1}].").fail(
                "name", "et navn, der er forskelligt for hver gruppe", 'Skriv fx name = "miljø"')
    return configs


def _merge(defaults: dict[str, Any], own: dict[str, Any]) -> dict[str, Any]:
    merged = dict(defaults)
    for key, value in own.items():
        merged[key] = _merge(merged[key], value) if isinstance(value, dict) and \
            isinstance(merged.get(key), dict) else value
    return merged


def _group(file: Path, data: dict[str, Any], where: str) -> Config:
    top = _Reader(file, data, "", where)
    name = top.get("name", str, "", "et navn i anførselstegn")
    language = top.choice("language", "da", ("da", "en"))
    timezone = top.get("timezone", str, "Europe/Copenhagen", "et tidszonenavn, fx "
                       '"Europe/Copenhagen"')
    try:
        zoneinfo.ZoneInfo(timezone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        top.fail("timezone", 'et IANA-tidszonenavn, fx "Europe/Copenhagen"',
                 'Skriv timezone = "Europe/Copenhagen"')
    terms = _terms(top.sub("terms"))
    return Config(file=file, name=name, language=language, timezone=timezone,
                  workbook=_workbook(top.sub("workbook")), terms=terms,
                  mail=_mail(top.sub("mail")), service=_service(top.sub("service")),
                  features=_features(top, terms))


def _features(top: _Reader, terms: TermsConfig) -> dict[str, object]:
    """Each feature validates its own table; a missing [form] table means no form is sent."""
    from tovholder.jobs.agenda_call import proposals as agenda_call
    from tovholder.jobs.consultations import people as consultation_people
    from tovholder.jobs.digests import digests
    from tovholder.jobs.form import form
    from tovholder.jobs.roles import lottery

    features: dict[str, object] = {}
    r = top.sub("digests")
    features["digests"] = digests.settings_from_table(
        {**r.table, "term_warning_days": max(terms.warning_days)}, r.fail)
    if "form" in top.table:
        r = top.sub("form")
        features["form"] = form.settings_from_table(r.table, r.fail)
    r = top.sub("agenda_call")
    features["agenda_call"] = agenda_call.settings_from_table(r.table, r.fail)
    r = top.sub("consultations")
    features["consultations"] = consultation_people.settings_from_table(r.table, r.fail)
    r = top.sub("roles")
    features["roles"] = lottery.settings_from_table(
        r.table, r.fail, term_years=terms.years, warning_days=terms.warning_days)
    return features


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


def _reply_form(r: _Reader) -> str:
    form = r.get("reply_address", str, "", 'en adresse med {token}, fx "svar-{token}@example.org"')
    if form and (form.count("{token}") != 1 or "@" not in form.replace("{token}", "")):
        r.fail("reply_address", 'en adresse med {token} præcis én gang, fx "svar-{token}@example.org"',
               'Skriv fx reply_address = "gruppe+{token}@example.org", eller lad den være tom')
    return form


def _service(r: _Reader) -> ServiceConfig:
    minutes = r.get("tick_minutes", float, 5.0, "et antal minutter, fx 5")
    seconds = r.get("poll_seconds", float, 60.0, "et antal sekunder, fx 60")
    if minutes <= 0 or seconds <= 0:
        r.fail("tick_minutes" if minutes <= 0 else "poll_seconds", "et positivt tal",
               "Skriv fx tick_minutes = 5 og poll_seconds = 60")
    return ServiceConfig(minutes, seconds)


def _mail(r: _Reader) -> MailConfig:
    backend = r.choice("backend", "local", ("local", "imap"))
    cfg = MailConfig(
        backend=backend,
        local_dir=r.path("local_dir", "mail") or Path("mail"),
        address=r.address("address", "gruppe@example.org"),
        reply_address=_reply_form(r),
        name=r.get("name", str, "Tovholder", "et navn i anførselstegn"),
        chair=r.address("chair", ""),
        secret_env=r.get("secret_env", str, "TOVHOLDER_SECRET", "navnet på en miljøvariabel"),
        secret_file=r.path("secret_file", None),
        templates=r.path("templates", None),
        smtp=_server(r.sub("smtp"), 465),
        imap=_server(r.sub("imap"), 993),
    )
    if backend == "imap":
        for name, server in (("smtp", cfg.smtp), ("imap", cfg.imap)):
            if not server.host:
                r.fail(f"{name}.host", "et værtsnavn, fx \"mail.example.org\"",
                       f"Angiv [mail.{name}] host, eller brug backend = \"local\"")
    return cfg


def _server(r: _Reader, default_port: int) -> ServerConfig:
    security = r.choice("security", "tls", ("tls", "starttls", "none"))
    port = r.get("port", int, {"tls": default_port, "starttls": 587 if default_port == 465
                               else 143, "none": 25 if default_port == 465 else 143}[security],
                 "et portnummer, fx 465")
    if not 0 < port < 65536:
        r.fail("port", "et portnummer mellem 1 og 65535", f"Skriv fx port = {default_port}")
    seconds = r.get("timeout_seconds", float, 30.0, "et antal sekunder, fx 30")
    extra: dict[str, Any] = {}
    if "rate_per_minute" in KNOWN[r.prefix]:
        extra["rate_per_minute"] = r.get("rate_per_minute", float, 0.0,
                                         "beskeder i minuttet (0 = ingen grænse)")
    if "folder" in KNOWN[r.prefix]:
        extra.update(
            folder=r.get("folder", str, "INBOX", "et mappenavn"),
            processed_keyword=r.get("processed_keyword", str, "$Tovholder", "et IMAP-nøgleord"),
            processed_folder=r.get("processed_folder", str, "", "et mappenavn eller \"\""),
            quarantine_folder=r.get("quarantine_folder", str, "Tovholder-karantaene",
                                    "et mappenavn"),
            sent_folder=r.get("sent_folder", str, "Sent", "et mappenavn"),
            idle=r.get("idle", bool, True, "true eller false"),
            poll_seconds=r.get("poll_seconds", int, 60, "et antal sekunder, fx 60"))
    return ServerConfig(
        host=r.get("host", str, "", "et værtsnavn"), port=port, security=security,
        username=r.get("username", str, "", "et brugernavn"),
        password_env=r.get("password_env", str, "", "navnet på en miljøvariabel"),
        password_file=r.path("password_file", None),
        oauth=r.choice("oauth", "", ("", "google")),
        ca_file=r.path("ca_file", None), timeout_seconds=seconds, **extra)


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
