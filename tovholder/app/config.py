"""The TOML configuration, validated at start. Every key is declared once, in the dataclasses
below and in each feature's settings dataclass (``Feature.settings``), with tovholder.core.schema:
its type, default, range or choices, its help text and its error message. From those come the
loader, the list of known keys, the error messages (key, expected form, fix; in the group's
language) and config.example.toml (``tovholder example-config``; tests/test_docs.py checks that
the committed file is exactly the generated one).

The features' tables are not imported here: :func:`load` is given the features (the app's
registry, tovholder.jobs.registry.FEATURES) and reads each one's table into its settings.

Secrets never live in the config: a key ``X_env`` names an environment variable and ``X_file`` a
file holding the secret (e.g. ``password_env = "TOVHOLDER_SMTP_PASSWORD"``).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import os
import re
import tomllib
import zoneinfo
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar, Protocol

from tovholder.core import redact, schema
from tovholder.core.errors import TovholderError
from tovholder.core.schema import Invalid, feature_tables, like, section, setting


@dataclass(frozen=True)
class WorkbookConfig:
    backend: str = setting("xlsx", choices=("xlsx", "google", "excel"), help="""
        Where the group's spreadsheet lives: "xlsx" (a local file, the default), "google"
        (Google Sheets) or "excel" (an Excel workbook in SharePoint or OneDrive, through
        Microsoft Graph with the app registration of [microsoft]).""")
    path: Path = setting(Path("gruppe.xlsx"), help="""
        xlsx: the workbook file. `tovholder init` creates it with all tabs if it does not
        exist.""")
    spreadsheet_id: str = setting(
        "", expected="config.expect.spreadsheet_id", fix="config.fix.spreadsheet_id", help="""
        google: the id in the sheet's address, https://docs.google.com/spreadsheets/d/<ID>/edit""")
    service_account_file: Path | None = setting(None, help="""
        google: the service account's JSON key file (keep it outside the repository)...""")
    service_account_file_env: str = setting(
        "GOOGLE_APPLICATION_CREDENTIALS", expected="config.expect.env", help="""
        ...or the environment variable that holds that file's path, used when the key above is
        empty.""")
    authorized_user_file: Path | None = setting(None, help="""
        google, instead of a service account: the file `tovholder google-login` writes with
        the refresh token of the Google account that gave its consent (once, in a browser).
        For organisations that forbid service-account keys. Keep it outside the repository:
        it works like a password to the account's spreadsheets.""")
    oauth_client_file: Path | None = setting(None, help="""
        google-login: the OAuth client of type "Desktop app" downloaded from Google Cloud (APIs
        & Services > Credentials), used by `tovholder google-login` only.""")
    drive_id: str = setting(
        "", expected="config.expect.drive_id", fix="config.fix.excel_ids", help="""
        excel: the id of the document library or OneDrive holding the workbook ("b!…"); the
        README's "Connecting an Excel workbook in SharePoint or OneDrive" shows how to find it...""")
    item_id: str = setting(
        "", expected="config.expect.item_id", fix="config.fix.excel_ids", help="""
        ...and the workbook's item id in it ("01…").""")
    timeout_seconds: float = setting(30.0, positive=True, unit="seconds", help="""
        google, excel: seconds before a request is given up (and retried with backoff).""")
    requests_per_minute: int = setting(40, low=1, unit="requests_per_minute", help="""
        google: at most this many requests to Google Sheets a minute, shared by every group of
        the process on the same service account (Google allows 60 per minute per user; 40
        leaves room for retries and other scripts). A group over the budget waits and says so
        in the log.""")
    log_keep_days: int = setting(365, low=60, high=3650, unit="days", help="""
        Days a row stays in the Log before it may move to the Log's tab of its year ("Log
        2026"), about once a week, so the Log every run reads does not grow forever. Rows the
        service still needs stay whatever their age (the form's rounds, roles and draws,
        consultations, the first row).""")

    def validated(self) -> WorkbookConfig:
        key_file = self.service_account_file
        if key_file is None and os.environ.get(self.service_account_file_env):
            key_file = Path(os.environ[self.service_account_file_env])
        if self.backend == "google":
            if not self.spreadsheet_id:
                raise Invalid("spreadsheet_id", "config.expect.spreadsheet_id",
                              "config.fix.spreadsheet_id")
            if key_file is None and self.authorized_user_file is None:
                raise Invalid("service_account_file", "config.expect.key_file",
                              "config.fix.key_file", env=self.service_account_file_env)
        if self.backend == "excel":
            for key in ("drive_id", "item_id"):
                if not getattr(self, key):
                    raise Invalid(key, f"config.expect.{key}", "config.fix.excel_ids")
        return dataclasses.replace(self, service_account_file=key_file)


@dataclass(frozen=True)
class ServiceConfig:
    tick_minutes: float = setting(5.0, positive=True, unit="minutes", help="""
        `tovholder run` starts a tick this often (minutes); each tick decides from the workbook
        and the Log what is due, so a longer interval only delays, it never skips.""")
    poll_seconds: float = setting(60.0, positive=True, unit="seconds", help="""
        How often to look for new mail when the mailbox has no IMAP IDLE, or [mail.imap] idle
        is false (seconds). With IDLE, new mail starts a tick within seconds.""")
    failures_before_notice: int = setting(3, low=1, high=1000, help="""
        After this many ticks in a row have failed (an error, Google or the mail server down,
        the workbook open in Excel), the chair is told by mail, at most once a day, with the
        last error. Every failure is in the log with its traceback.""")
    give_up_after: int = setting(20, low=0, high=100000, help="""
        When every group's last ticks have all failed, this many in a row, `tovholder run`
        stops with exit code 2, so that systemd's Restart=on-failure starts it afresh (and
        `systemctl status` shows it). 0: never give up.""")


@dataclass(frozen=True)
class TermsConfig:
    years: int = setting(2, low=1, high=10, unit="years", help="""
        A function is taken for this many years unless the Funktioner tab gives an end date.""")
    warning_days: tuple[int, ...] = setting(
        (60, 14), low=1, check=bool, normalize=lambda days: tuple(sorted(days, reverse=True)),
        help="""Days before a term ends when the holder and the chair are told (and `check`
        warns).""")


PRODUCT = "Tovholder"  # i18n: data
_SERVICE_WORD = re.compile(r"\btovholder(en)?\b", re.IGNORECASE)
_SERVICE_FOR = re.compile(r"^\s*tovholder(en)?\s+(for|i)\s+(?P<group>.+?)\s*$", re.IGNORECASE)
_SERVICE_AFTER = re.compile(r"^\s*(?P<group>.+?)\s*[-–—:|,(]\s*tovholder(en)?\s*\)?\s*$",
                            re.IGNORECASE)


def group_in(sender: str) -> str:
    """The group's name in a sender name, for a configuration that has only [mail] name:
    "MIG virksomheder – tovholder" and "Tovholder for MIG virksomheder" -> "MIG virksomheder";
    a name without the word tovholder is the group's own; "Tovholder" (or "Miljøgruppens
    tovholder", which cannot be split safely) -> none."""
    for pattern in (_SERVICE_FOR, _SERVICE_AFTER):
        found = pattern.match(sender)
        if found:
            return found.group("group")
    return "" if _SERVICE_WORD.search(sender) else sender.strip()


def _address(value: str) -> bool:
    return not value or "@" in value and not any(c in value for c in " <>\r\n,;")


def _sandbox(value: str) -> bool:
    return value == "chair" or _address(value)


def _reply_form(value: str) -> bool:
    return not value or value.count("{token}") == 1 and "@" in value.replace("{token}", "")


def _date(value: str) -> bool:
    try:
        return not value or bool(dt.date.fromisoformat(value))
    except ValueError:
        return False


def _timezone(value: str) -> bool:
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return False
    return True


@dataclass(frozen=True)
class ServerConfig:
    """What [mail.smtp] and [mail.imap] share. The password is resolved only when a connection
    is made (tovholder.app.wiring)."""

    PORTS: ClassVar[Mapping[str, int]] = {}  # the port for each security, when none is given

    host: str = setting("", expected="config.expect.host", help="The server's host name.")
    port: int = setting(0, low=1, high=65535, help="The port; left out, it follows security.")
    security: str = setting("tls", choices=("tls", "starttls", "none"), help="""
        "tls" (implicit TLS), "starttls" or "none" (plain text: only for a server on this
        machine, e.g. in tests). TLS is verified against the system's CAs, or against
        ca_file.""")
    username: str = setting("", help="The login name; empty for no login.")
    password_env: str = setting("", expected="config.expect.env", help="""
        The environment variable holding the password...""")
    password_file: Path | None = setting(None, help="...or a file holding it.")
    oauth: str = setting("", choices=("", "google", "microsoft"), help="""
        "" to log in with the password, "google" for XOAUTH2 with the service account of
        [workbook] (the account needs domain-wide delegation), or "microsoft" for XOAUTH2 with
        the app registration of [microsoft] (Exchange Online takes no passwords for IMAP; the
        username is then the shared mailbox's address). Google Workspace takes a password where
        the admin allows app passwords (2-step verification on, an app password made for
        Tovholder).""")
    ca_file: Path | None = setting(None, help="""
        A CA certificate file for a private CA; empty for the system's CAs.""")
    timeout_seconds: float = setting(30.0, positive=True, unit="seconds", help="""
        Seconds before a connection attempt or command is given up.""")

    def validated(self) -> ServerConfig:
        return self if self.port else dataclasses.replace(self, port=self.PORTS[self.security])


@dataclass(frozen=True)
class SmtpConfig(ServerConfig):
    PORTS: ClassVar[Mapping[str, int]] = {"tls": 465, "starttls": 587, "none": 25}

    host: str = like(ServerConfig, "host", help="""
        The outgoing server, e.g. "mail.example.org"; empty with the local mail backend.""")
    port: int = like(ServerConfig, "port", example=465, help="""
        The port; left out, it follows security (465, 587 or 25).""")
    security: str = like(ServerConfig, "security", help="""
        "tls" (implicit TLS, port 465), "starttls" (port 587) or "none" (plain text: only for a
        server on this machine, e.g. in tests). TLS is verified against the system's CAs, or
        against ca_file.""")
    password_env: str = like(ServerConfig, "password_env", example="TOVHOLDER_SMTP_PASSWORD")
    rate_per_minute: float = setting(0.0, low=0, unit="per_minute", example=30, help="""
        At most this many emails a minute (many providers limit bursts); 0 for no limit.""")


@dataclass(frozen=True)
class ImapConfig(ServerConfig):
    PORTS: ClassVar[Mapping[str, int]] = {"tls": 993, "starttls": 143, "none": 143}
    RETIRED: ClassVar[Mapping[str, str]] = {"poll_seconds": "config.retired.imap_poll"}

    host: str = like(ServerConfig, "host", help="""
        The incoming server, with the same meaning as in [mail.smtp].""")
    port: int = like(ServerConfig, "port", example=993, help="""
        The port; left out, it follows security (993 or 143).""")
    security: str = like(ServerConfig, "security", help="""
        "tls" (port 993), "starttls" (port 143) or "none", as for SMTP.""")
    username: str = like(ServerConfig, "username", help="The login name.")
    password_env: str = like(ServerConfig, "password_env", example="TOVHOLDER_IMAP_PASSWORD")
    oauth: str = like(ServerConfig, "oauth", help="""
        "" for the password, "google" or "microsoft" for XOAUTH2 (as for SMTP).""")
    timeout_seconds: float = like(ServerConfig, "timeout_seconds", example=60, help="""
        Seconds before a command is given up.""")
    folder: str = setting("INBOX", help="The folder where replies arrive.")
    processed_keyword: str = setting("$Tovholder", help="""
        The keyword set on a message once it has been handled (the service keeps no local
        state).""")
    processed_folder: str = setting("", help="""
        Also move handled messages into this folder; empty to leave them where they are.""")
    processed_fallback_folder: str = setting("Tovholder-behandlet", help="""
        Where handled messages are moved when the server does not keep the keyword (Exchange
        Online: PERMANENTFLAGS without \\*) and processed_folder is empty; created if
        missing.""")
    quarantine_folder: str = setting("Tovholder-karantaene", help="""
        Messages that cannot be used go here, and the chair is told.""")
    sent_folder: str = setting("", help="""
        Where the server keeps sent mail; searched by Message-ID to tell whether an email went
        out. Empty for the folder the server marks as sent mail (SPECIAL-USE \\Sent: "Sent
        Items", "Sendt post", "[Gmail]/Sent Mail"), else "Sent".""")
    idle: bool = setting(True, help="""
        Wait for new mail with IMAP IDLE where the server has it (replies are seen within
        seconds); false to look every [service] poll_seconds instead (for a server or proxy
        whose IDLE misbehaves).""")


@dataclass(frozen=True)
class MailConfig:
    backend: str = setting("local", choices=("local", "imap"), help="""
        Where mail goes in and out: "local" (a folder: Maildir inbox + outbox of .eml/.html
        files, no server needed; the demo uses it) or "imap" (a real mailbox: IMAP in, SMTP
        out).""")
    local_dir: Path = setting(Path("mail"), help="""
        local: the folder holding inbox/, outbox/ and the Sent record.""")
    address: str = setting(
        "gruppe@example.org", check=_address, expected="config.expect.address",
        fix="config.fix.address", help="""
        The service's own address: From of every email, and the base of each member's reply
        address (plus-addressing: gruppe+<token>@example.org must reach this mailbox).""")
    reply_address: str = setting(
        "", check=_reply_form, expected="config.expect.reply_form", fix="config.fix.reply_form",
        help="""Where replies go, as a form with {token} (the member's reply token), for a
        provider without plus-addressing: e.g. "svar-{token}@example.org" with a catch-all to
        this mailbox. Empty: plus-addressing on the address above
        (gruppe+<token>@example.org).""")
    templates: Path | None = setting(None, help="""
        A folder with the chair's own versions of email templates (same file names as in
        templates/da or templates/en, e.g. agenda-body.txt); a file there replaces the built-in
        one. Empty: none.""")
    name: str = setting("", example="Tovholder for MIG virksomheder", help="""
        The sender: the display name in From and the name under every email. Empty:
        "Tovholder for" and the group's name below, or "Tovholder" without one.""")
    group_name: str = setting("", example="MIG virksomheder", help="""
        The group's name where an email speaks of the group: the calendar invitation's title
        ("MIG virksomheder: møde 26. november 2026"), the welcome, the written round. Empty:
        the name above when it names the group ("MIG virksomheder – tovholder" gives "MIG
        virksomheder": an older configuration had only that key), else none.""")
    chair: str = setting(
        "", check=_address, expected="config.expect.address", fix="config.fix.address", help="""
        Who gets review requests and notices when the Funktioner tab names no chair
        (Formand).""")
    ignore_before: str = setting(
        "", accept=(dt.date,), check=_date, expected="config.expect.date",
        help="""Mail dated before this day is left alone (marked, counted once in the chair's
        digest, not put aside one by one). Empty: the time Tovholder first started on the
        group (its first Log row), so a mailbox full of old mail is not reported mail by mail.
        A reply to an email Tovholder sent is always handled.""")

    sandbox: str = setting(
        "", check=_sandbox, expected="config.expect.sandbox", fix="config.fix.sandbox",
        example="chair", help="""
        Try Tovholder safely on the real workbook: "chair" sends every email to the chair
        (Formand in Funktioner, else chair above), an address sends every email there, instead
        of to the members; each says in its first line whom it was meant for, and the Log
        records it as sent to them. Answer one as the member would: the reply counts as theirs.
        Empty (the default): emails go to their recipients.""")

    secret_env: str = setting("TOVHOLDER_SECRET", expected="config.expect.env", help="""
        The secret that makes reply tokens unforgeable: an environment variable holding
        it...""")
    secret_file: Path | None = setting(None, help="""
        ...or a file holding it (generate one with
        `python3 -c "import secrets; print(secrets.token_hex(32))"`).""")
    send: str = setting("smtp", choices=("smtp", "graph"), help="""
        imap: how email goes out: "smtp" ([mail.smtp]) or "graph" (Microsoft Graph sendMail
        from the address above, signed in with the app registration of [microsoft]: for an
        Exchange Online tenant where SMTP AUTH is switched off, the default for new tenants;
        docs/microsoft365.md).""")
    smtp: SmtpConfig = section(SmtpConfig)
    imap: ImapConfig = section(ImapConfig)

    @property
    def group(self) -> str:
        """The group's name in emails: group_name, else what name says of the group."""
        return self.group_name.strip() or group_in(self.name)

    @property
    def sender_name(self) -> str:
        """The display name in From and under every email."""
        if self.name.strip():
            return self.name.strip()
        return f"{PRODUCT} for {self.group}" if self.group else PRODUCT  # i18n: data

    @property
    def ignore_before_date(self) -> dt.date | None:
        return dt.date.fromisoformat(self.ignore_before) if self.ignore_before else None

    def validated(self) -> MailConfig:
        if self.backend == "imap":
            servers = (("smtp", self.smtp), ("imap", self.imap)) if self.send == "smtp" \
                else (("imap", self.imap),)
            for name, server in servers:
                if not server.host:
                    raise Invalid(f"{name}.host", "config.expect.host", "config.fix.host",
                                  server=name)
        return self


@dataclass(frozen=True)
class MicrosoftConfig:
    """The municipality's app registration in Entra ID (docs/it-guide.en.md), used by
    [mail.imap]/[mail.smtp] oauth = "microsoft" and [mail] send = "graph"."""

    tenant: str = setting("", example="kommune.onmicrosoft.com", help="""
        The directory (tenant) id, or a domain of the tenant.""")
    client_id: str = setting("", example="00000000-0000-0000-0000-000000000000", help="""
        The application (client) id of the app registration.""")
    certificate_file: Path | None = setting(None, help="""
        The certificate (PEM) whose public half is uploaded to the app registration: the
        recommended proof...""")
    private_key_file: Path | None = setting(None, help="""
        ...and its private key (PEM, unencrypted; readable only by the service; may be the same
        file as the certificate).""")
    secret_env: str = setting("TOVHOLDER_MS_CLIENT_SECRET", expected="config.expect.env",
                              help="""
        Or a client secret, used when no certificate is given: an environment variable holding
        it...""")
    secret_file: Path | None = setting(None, help="...or a file holding it.")
    authority: str = setting("https://login.microsoftonline.com", help="""
        Where tokens come from; another host only for a national cloud (or a test stand-in).""")
    graph_url: str = setting("https://graph.microsoft.com/v1.0", help="""
        Microsoft Graph, for [mail] send = "graph" (another only for a national cloud).""")
    ca_file: Path | None = setting(None, help="""
        A CA certificate file for a private CA (a TLS-inspecting proxy); empty for the system's
        CAs.""")
    timeout_seconds: float = setting(30.0, positive=True, unit="seconds", help="""
        Seconds before a request to Microsoft is given up.""")
    workbook_auth: str = setting("app", choices=("app", "delegated"), help="""
        How [workbook] backend = "excel" signs in: "app" (the app registration's own token) or
        "delegated" (a user with access to the one file signs in once with `tovholder
        microsoft-login`; Graph's workbook API is delegated-only, so many tenants need this).
        Mail always uses the app registration.""")
    token_cache_file: Path | None = setting(None, help="""
        With "delegated": the file the sign-in (msal's token cache with the refresh token) is
        kept in; written readable only by the service.""")

    @property
    def configured(self) -> bool:
        return bool(self.tenant or self.client_id)

    def validated(self) -> MicrosoftConfig:
        if self.configured:
            for key in ("tenant", "client_id"):
                if not getattr(self, key):
                    raise Invalid(key, "config.expect.microsoft_id", "")
        if (self.certificate_file is None) != (self.private_key_file is None):
            raise Invalid("private_key_file" if self.private_key_file is None
                          else "certificate_file", "config.expect.certificate_pair", "")
        if self.workbook_auth == "delegated" and self.token_cache_file is None:
            raise Invalid("token_cache_file", "config.expect.token_cache_file", "")
        return self


@dataclass(frozen=True)
class Config:
    file: Path
    name: str = setting("", example="miljø", help="""
        The group's name, used by --group and in log lines when one process serves several
        groups.""")
    language: str = setting("da", choices=("da", "en"), help="""
        The group's language for emails, sheet headers and messages: "da" (Danish) or "en"
        (English).""")
    timezone: str = setting("Europe/Copenhagen", check=_timezone,
                            expected="config.expect.timezone", help="""
        Time zone for meeting times and "today": an IANA name.""")
    workbook: WorkbookConfig = section(WorkbookConfig)
    service: ServiceConfig = section(ServiceConfig)
    #: per-feature settings (feature name -> its settings dataclass), read by the schema each
    #: feature declares (Feature.settings); a table with a required key and left out ([form]:
    #: no round) leaves its feature out
    features: dict[str, object] = feature_tables()
    terms: TermsConfig = section(TermsConfig)
    mail: MailConfig = section(MailConfig)
    microsoft: MicrosoftConfig = section(MicrosoftConfig)
    #: what the loader had to say about keys that are no longer used, in the group's language
    warnings: tuple[str, ...] = ()

    @property
    def tz(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.timezone)

    def validated(self) -> Config:
        """[microsoft] is needed once anything signs in with it."""
        m = self.mail
        uses = [f"mail.{n}.oauth" for n, s in (("imap", m.imap), ("smtp", m.smtp))
                if m.backend == "imap" and s.oauth == "microsoft"]
        if m.backend == "imap" and m.send == "graph":
            uses.append("mail.send")
        if self.workbook.backend == "excel":
            uses.append("workbook.backend")
        if uses and not self.microsoft.configured:
            raise Invalid("microsoft.tenant", "config.expect.microsoft_id",
                          "config.fix.microsoft", used_by=uses[0])
        return self


HEADER = """\
# Tovholder configuration — every key, with what it means. Copy to tovholder.toml and edit.
# Relative paths are relative to this file. Secrets never go in here: keys ending in _env name an
# environment variable, keys ending in _file name a file that holds the secret.
# `tovholder example-config` prints this file."""

TRAILER = """\
# Several groups in one process: every key above is a default, and each [[group]] table below
# overrides what differs (tables are merged key by key). `tovholder tick` and `run` serve every
# group; other commands take --group NAME. Uncomment to use:
#
# [[group]]
# name = "miljø"
# [group.workbook]
# path = "miljoe.xlsx"
#
# [[group]]
# name = "natur"
# language = "en"
# [group.workbook]
# path = "natur.xlsx"
# [group.mail]
# address = "natur@example.org\""""


class HasSettings(Protocol):
    """A feature as the loader sees it (tovholder.jobs.base.feature.Feature)."""

    @property
    def name(self) -> str: ...

    @property
    def settings(self) -> object | None: ...


def tables(features: Iterable[HasSettings]) -> dict[str, type]:
    """The features' config tables: name -> settings dataclass, in the features' order."""
    return {f.name: f.settings for f in features if isinstance(f.settings, type)}


def known_keys(features: Iterable[HasSettings]) -> dict[str, set[str]]:
    """Every table's keys ("" for the top level), e.g. {"roles": {"call_days", ...}, ...}."""
    return schema.known_keys(Config, tables(features))


def example(features: Iterable[HasSettings]) -> str:
    """config.example.toml, as declared: every key with its help and an example value."""
    return schema.render_example(Config, tables(features), header=HEADER, trailer=TRAILER)


def load(file: Path, *, features: Iterable[HasSettings]) -> Config:
    """The first (or only) group of ``file``; see load_groups."""
    return load_groups(file, features=features)[0]


def load_groups(file: Path, *, features: Iterable[HasSettings]) -> list[Config]:
    """Every group in ``file``, validated; ConfigError with key, expected form and fix.

    ``features``: the service's features (tovholder.jobs.registry.FEATURES); each one's table is
    read into its settings. A file without ``[[group]]`` tables is one group. With them, each
    ``[[group]]`` is a group and the keys outside them are defaults every group inherits (a
    group's own tables are merged key by key over the defaults, so a shared [mail.smtp] needs
    writing once)."""
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise TovholderError("config.not_found", file=str(file)) from None
    except tomllib.TOMLDecodeError as exc:
        raise TovholderError("config.syntax", file=str(file), detail=str(exc)) from None
    own = tables(features)
    groups = data.pop("group", None)
    if groups is None:
        return [_group(file, data, "", own)]
    if not isinstance(groups, list) or not groups or not all(isinstance(g, dict) for g in groups):
        schema.Loader(Config, {}, file=file).fail("group", "config.expect.groups",
                                                  "config.fix.groups")
    configs = [_group(file, _merge(data, g), f"group[{i + 1}].", own)
               for i, g in enumerate(groups)]
    names = [c.name for c in configs]
    for i, config in enumerate(configs):
        if not config.name or config.name in names[:i]:  # the second of two is the mistake
            schema.Loader(Config, {}, file=file, lang=config.language,
                          where=f"group[{i + 1}].").fail(
                "name", "config.expect.group_name", "config.fix.example", example='"miljø"')
    return configs


def _merge(defaults: dict[str, Any], own: dict[str, Any]) -> dict[str, Any]:
    merged = dict(defaults)
    for key, value in own.items():
        merged[key] = _merge(merged[key], value) if isinstance(value, dict) and \
            isinstance(merged.get(key), dict) else value
    return merged


def _group(file: Path, data: dict[str, Any], where: str, own: Mapping[str, type]) -> Config:
    """One group; its messages in its language once that is known (Danish before)."""
    lang = schema.Loader(Config, data, file=file, where=where).key(Config, "language", data, "")
    loader = schema.Loader(Config, data, file=file, lang=lang, where=where, extra=own)
    config = loader.read(file=file)
    return dataclasses.replace(config, warnings=tuple(loader.warnings))


def secret(env_name: str | None, file: Path | None, key: str) -> str:
    """A secret from the environment variable or file named in config; never echoed, and
    masked in the logs from now on (tovholder.core.redact)."""
    if env_name and os.environ.get(env_name):
        return _remembered(os.environ[env_name])
    if file is not None:
        with contextlib.suppress(OSError):
            return _remembered(file.read_text(encoding="utf-8").strip())
    raise TovholderError("secret.missing", key=key, env=env_name or "?")


def _remembered(value: str) -> str:
    redact.remember(value)
    return value
