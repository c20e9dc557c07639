"""Microsoft 365 mail as configured (issue 16): [microsoft] and oauth = "microsoft" through the
app wiring; IMAP and SMTP XOAUTH2 with a token of the identity stand-in (tests/ms_identity.py),
which Dovecot's OAuth2 passdb and the SMTP server accept for the one mailbox the app is
granted."""

from __future__ import annotations

import email.utils
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest

from tests.mailservers import MailServers
from tests.ms_identity import App, IdentityStandIn
from tests.test_msauth import CLIENT_ID, SECRET, app_certificate
from tovholder.app import wiring
from tovholder.app.config import load
from tovholder.core.errors import ConfigError
from tovholder.jobs.registry import FEATURES
from tovholder.mailer.mailbox import ServerMail


@pytest.fixture
def idp(tmp_path: Path, mail_servers: MailServers) -> Iterator[IdentityStandIn]:
    with IdentityStandIn(tmp_path / "idp", mail_servers) as standin:
        yield standin


def microsoft_config(tmp_path: Path, servers: MailServers, idp: IdentityStandIn, user: str,
                     proof: str = 'secret_env = "TVH_TEST_MS_SECRET"') -> Path:
    path = tmp_path / "tovholder.toml"
    path.write_text(f"""
[microsoft]
tenant = "{idp.tenant}"
client_id = "{CLIENT_ID}"
{proof}
authority = "{idp.authority}"
ca_file = "{idp.ca_file}"

[mail]
backend = "imap"
address = "{user}@example.org"
secret_env = "TVH_TEST_SECRET"

[mail.imap]
host = "{servers.host}"
port = {servers.imaps_port}
username = "{user}"
oauth = "microsoft"
ca_file = "{servers.ca_cert_path}"

[mail.smtp]
host = "{servers.host}"
port = {servers.smtp_port}
security = "starttls"
username = "{user}"
oauth = "microsoft"
ca_file = "{servers.ca_cert_path}"
""", encoding="utf-8")
    return path


def note(to: str, subject: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = to, to, subject
    msg["Message-ID"] = email.utils.make_msgid(domain="m365.test")
    msg.set_content("hej")
    return msg


def test_imap_and_smtp_sign_in_with_the_app_registrations_token(
        tmp_path: Path, mail_servers: MailServers, mail_user: tuple[str, str],
        idp: IdentityStandIn, monkeypatch: pytest.MonkeyPatch) -> None:
    user = mail_user[0]
    idp.add_app(App(CLIENT_ID, secret=SECRET, mailbox=user))
    monkeypatch.setenv("TVH_TEST_MS_SECRET", SECRET)
    config = load(microsoft_config(tmp_path, mail_servers, idp, user), features=FEATURES)
    mailbox = wiring.open_mailbox(config)
    assert isinstance(mailbox, ServerMail)
    try:
        msg = note(f"{user}@example.org", "via Microsoft XOAUTH2")
        assert mailbox.send(msg) == {}
        _, mails = mailbox.poll(None)
        assert [m for _, m in mails if b"via Microsoft XOAUTH2" in m]
    finally:
        mailbox.close()
    # one token for IMAP and SMTP alike
    assert [(c, r) for _, c, r in idp.issued] == [(CLIENT_ID, "https://outlook.office365.com")]


def test_a_certificate_from_files_signs_in(tmp_path: Path, mail_servers: MailServers,
                                           mail_user: tuple[str, str],
                                           idp: IdentityStandIn) -> None:
    user = mail_user[0]
    cert, key = app_certificate(tmp_path)
    idp.add_app(App(CLIENT_ID, certificate_pem=cert.read_bytes(), mailbox=user))
    proof = f'certificate_file = "{cert}"\nprivate_key_file = "{key}"'
    config = load(microsoft_config(tmp_path, mail_servers, idp, user, proof), features=FEATURES)
    mailbox = wiring.open_mailbox(config)
    try:
        mailbox.poll(None)
    finally:
        mailbox.close()
    assert idp.token_requests() == 1


def test_an_app_not_granted_the_mailbox_cannot_open_it(
        tmp_path: Path, mail_servers: MailServers, mail_user: tuple[str, str],
        idp: IdentityStandIn, monkeypatch: pytest.MonkeyPatch) -> None:
    other, _ = mail_servers.add_user()
    idp.add_app(App(CLIENT_ID, secret=SECRET, mailbox=other))  # scoped to another mailbox
    monkeypatch.setenv("TVH_TEST_MS_SECRET", SECRET)
    config = load(microsoft_config(tmp_path, mail_servers, idp, mail_user[0]),
                  features=FEATURES)
    mailbox = wiring.open_mailbox(config)
    try:
        with pytest.raises(Exception, match="mail.imap|AUTHENTICATE"):
            mailbox.poll(None)
    finally:
        mailbox.close()


def test_oauth_microsoft_without_the_app_registration_names_the_key(tmp_path: Path) -> None:
    path = tmp_path / "tovholder.toml"
    path.write_text('[mail]\nbackend = "imap"\n[mail.imap]\nhost = "outlook.office365.com"\n'
                    'oauth = "microsoft"\n[mail.smtp]\nhost = "smtp.office365.com"\n',
                    encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load(path, features=FEATURES)
    assert err.value.params["key"] == "microsoft.tenant"
    assert "mail.imap.oauth" in str(err.value.params["fix"])


def test_a_certificate_without_its_key_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "tovholder.toml"
    path.write_text('[microsoft]\ntenant = "t"\nclient_id = "c"\ncertificate_file = "a.crt"\n',
                    encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load(path, features=FEATURES)
    assert err.value.params["key"] == "microsoft.private_key_file"


def test_sending_through_graph_needs_the_app_registration_and_no_smtp_server(
        tmp_path: Path) -> None:
    path = tmp_path / "tovholder.toml"
    path.write_text('[mail]\nbackend = "imap"\nsend = "graph"\n'
                    '[mail.imap]\nhost = "outlook.office365.com"\noauth = "microsoft"\n',
                    encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load(path, features=FEATURES)
    assert err.value.params["key"] == "microsoft.tenant"
    path.write_text(path.read_text() + '[microsoft]\ntenant = "t"\nclient_id = "c"\n',
                    encoding="utf-8")
    assert load(path, features=FEATURES).mail.send == "graph"


@pytest.mark.parametrize("guide", ["it-guide.da.md", "it-guide.en.md"])
def test_the_it_guides_show_the_microsoft_keys_as_the_schema_declares_them(guide: str) -> None:
    from tovholder.app.config import example

    generated = example(FEATURES)
    start = generated.index("[microsoft]\n")
    block = generated[start:generated.index("\n\n", start)]
    text = (Path(__file__).resolve().parents[1] / "docs" / guide).read_text(encoding="utf-8")
    assert "```toml\n" + block + "\n```" in text, (
        f"docs/{guide}: copy the [microsoft] table of `tovholder example-config` into it")
