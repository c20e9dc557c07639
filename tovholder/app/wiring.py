"""Wiring: the configured backend, mailbox and sender. The one place that picks transports."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tovholder.app.config import Config, MicrosoftConfig, ServerConfig, secret
from tovholder.core.msauth import GRAPH_SCOPE, MAIL_SCOPE, AppCredential, TokenSource
from tovholder.core.msdelegated import DelegatedTokens, PublicClient
from tovholder.sheets.backend import Backend
from tovholder.sheets.model import Workbook
from tovholder.sheets.parse import parse_snapshot

if TYPE_CHECKING:  # the transports are imported only when a command needs them
    from tovholder.jobs.runner.tick import Group
    from tovholder.mailer.mailbox import Mailbox


def open_backend(config: Config) -> Backend:
    """The workbook backend named in config; imported lazily so the xlsx demo needs no Google.
    Excel Online asks [microsoft]'s app registration for Graph tokens (msal caches them), or,
    with workbook_auth = "delegated", the user signed in with `tovholder microsoft-login`."""
    wb = config.workbook
    if wb.backend == "google":
        from tovholder.sheets.google import GoogleBackend

        # a person's consent, where the organisation forbids service-account keys, else the key
        credentials = {"authorized_user_file": wb.authorized_user_file} \
            if wb.authorized_user_file else {"service_account_file": wb.service_account_file}
        return GoogleBackend(wb.spreadsheet_id, **credentials, timeout=wb.timeout_seconds,
                             requests_per_minute=wb.requests_per_minute, lang=config.language)
    if wb.backend == "excel":
        from tovholder.sheets.excel import ExcelBackend

        token = delegated_tokens(config).provider() \
            if config.microsoft.workbook_auth == "delegated" \
            else microsoft_tokens(config).provider(GRAPH_SCOPE)
        return ExcelBackend(wb.drive_id, wb.item_id, timeout=wb.timeout_seconds, token=token,
                            graph_url=config.microsoft.graph_url)
    from tovholder.sheets.xlsx import XlsxBackend

    return XlsxBackend(wb.path)


def load_workbook(config: Config, backend: Backend) -> Workbook:
    return parse_snapshot(backend.read(), term_years=config.terms.years)


# One token source per app registration for the life of the process: its cache serves every
# group, IMAP, SMTP and Graph alike (a token per scope, renewed before it expires).
_token_sources: dict[AppCredential, TokenSource] = {}


def microsoft_tokens(config: Config) -> TokenSource:
    """The token source of [microsoft]; the certificate or secret is read now, once."""
    m: MicrosoftConfig = config.microsoft
    if m.certificate_file is not None and m.private_key_file is not None:
        proof: dict[str, str | None] = {
            "certificate": secret(None, m.certificate_file, "microsoft.certificate"),
            "private_key": secret(None, m.private_key_file, "microsoft.private_key")}
    else:
        proof = {"secret": secret(m.secret_env, m.secret_file, "microsoft.secret")}
    credential = AppCredential(
        m.tenant, m.client_id, authority=m.authority, timeout=m.timeout_seconds,
        ca_file=str(m.ca_file) if m.ca_file else None, **proof)
    return _token_sources.setdefault(credential, TokenSource(credential))


_delegated: dict[PublicClient, DelegatedTokens] = {}


def public_client(config: Config) -> PublicClient:
    m: MicrosoftConfig = config.microsoft
    assert m.token_cache_file is not None  # validated: delegated names the file
    return PublicClient(m.tenant, m.client_id, m.token_cache_file, authority=m.authority,
                        ca_file=str(m.ca_file) if m.ca_file else None, timeout=m.timeout_seconds)


def delegated_tokens(config: Config) -> DelegatedTokens:
    """The signed-in user's Graph tokens for the workbook, one source per cache file."""
    client = public_client(config)
    return _delegated.setdefault(client, DelegatedTokens(client))


def _credentials(config: Config, server: ServerConfig, key: str) -> dict[str, object]:
    if server.oauth == "microsoft":
        return {"oauth_token_provider": microsoft_tokens(config).provider(MAIL_SCOPE)}
    if server.oauth == "google":
        from tovholder.mailer.smtp import google_token_provider

        return {"oauth_token_provider": google_token_provider(
            str(config.workbook.service_account_file), server.username or config.mail.address)}
    if not server.username:
        return {}
    return {"password": secret(server.password_env, server.password_file, f"{key}.password")}


def _mailbox(config: Config, server: ServerConfig) -> str:
    """With Microsoft's XOAUTH2 the login name is the (shared) mailbox's address."""
    return config.mail.address if server.oauth == "microsoft" else ""


def open_mailbox(config: Config) -> Mailbox:
    mail = config.mail
    if mail.backend == "local":
        from tovholder.mailer.mailbox import LocalMail

        return LocalMail(mail.local_dir)
    from tovholder.mailer.imap import ImapInbox, ImapSettings
    from tovholder.mailer.mailbox import ServerMail
    from tovholder.mailer.smtp import SmtpSettings

    i, s = mail.imap, mail.smtp
    inbox = ImapInbox(ImapSettings(
        host=i.host, port=i.port, security=i.security, username=i.username or _mailbox(config, i),  # type: ignore[arg-type]
        ca_file=str(i.ca_file) if i.ca_file else None, folder=i.folder,
        processed_keyword=i.processed_keyword, processed_folder=i.processed_folder or None,
        processed_fallback_folder=i.processed_fallback_folder,
        quarantine_folder=i.quarantine_folder, timeout=i.timeout_seconds,
        **_credentials(config, i, "mail.imap")))  # type: ignore[arg-type]
    if mail.send == "graph":
        from tovholder.mailer.graph import GraphSender

        m = config.microsoft
        graph = GraphSender(m.graph_url, mail.address,
                            microsoft_tokens(config).provider(GRAPH_SCOPE),
                            ca_file=str(m.ca_file) if m.ca_file else None,
                            timeout=m.timeout_seconds)
        return ServerMail(inbox, None, mail.address, i.sent_folder, graph=graph)
    smtp = SmtpSettings(
        host=s.host, port=s.port, security=s.security, username=s.username or _mailbox(config, s) or None,  # type: ignore[arg-type]
        ca_file=str(s.ca_file) if s.ca_file else None, timeout=s.timeout_seconds,
        rate_per_minute=s.rate_per_minute or None,
        **_credentials(config, s, "mail.smtp"))  # type: ignore[arg-type]
    return ServerMail(inbox, smtp, mail.address, i.sent_folder)


def open_group(config: Config, backend: Backend | None = None,
               mailbox: Mailbox | None = None) -> Group:
    from tovholder.jobs.base.messages import Sender
    from tovholder.jobs.registry import FEATURES
    from tovholder.jobs.runner.tick import Group

    mail = config.mail
    sender = Sender(mail.address, mail.sender_name, config.language,
                    secret(mail.secret_env, mail.secret_file, "mail.secret").encode(),
                    templates=mail.templates, reply_form=mail.reply_address, group=mail.group)
    return Group(backend or open_backend(config), mailbox or open_mailbox(config), sender,
                 term_years=config.terms.years, fallback_chair=mail.chair,
                 ignore_before=mail.ignore_before_date,
                 sandbox=mail.sandbox,
                 log_keep_days=config.workbook.log_keep_days,
                 settings=dict(config.features), features=FEATURES,
                 quarantine_folder=mail.imap.quarantine_folder if mail.backend == "imap"
                 else str(mail.local_dir / "inbox" / ".quarantine"))
