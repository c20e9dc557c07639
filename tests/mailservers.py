"""Real mail servers for tests and benchmarks: Dovecot (IMAP, IMAPS, LMTP, OAuth2 passdb) and an
aiosmtpd SMTP server that hands every message to Dovecot's LMTP before answering 250.

Everything lives under one short temp dir (/tmp/tvh-XXXX) on 127.0.0.1 high ports and is torn
down by stop(). Use as ``with MailServers() as s:`` or through the session fixture
``mail_servers`` (``pytest_plugins = ["tests.mailservers"]``). Recipient mapping on SMTP: the local
part (before ``+``/``@``) names a user; unknown local parts go to the ``catchall`` user; any
address containing ``refuse`` is answered 550; ``smtp_faults.drop_after = N`` drops the
connection instead of accepting the (N+1)th message (one shot).
"""

from __future__ import annotations

import asyncio
import base64
import collections
import datetime as dt
import grp
import ipaddress
import json
import logging
import os
import pwd
import secrets
import shutil
import smtplib
import socket
import ssl
import subprocess
import tempfile
import threading
import time
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from imapclient import IMAPClient

from tests import secret_watch

try:
    import pytest
except ImportError:  # bench/ code may use MailServers without pytest installed
    pytest = None  # type: ignore[assignment]

HOST = "127.0.0.1"
DOVECOT_MISSING = (
    "Dovecot is not installed (no `dovecot` in PATH or /usr/sbin). The mail tests need the real "
    "server: apt-get install -y dovecot-imapd dovecot-lmtpd (see tests/mailservers.py)."
)


def find_dovecot() -> str | None:
    return shutil.which("dovecot") or shutil.which("dovecot", path="/usr/sbin:/usr/local/sbin")


def _free_ports(n: int) -> list[int]:
    socks = [socket.socket() for _ in range(n)]
    try:
        for s in socks:
            s.bind((HOST, 0))
        return [s.getsockname()[1] for s in socks]
    finally:
        for s in socks:
            s.close()


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def make_ca(path: Path, cn: str = "Tovholder Test CA"
            ) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    """Write a self-signed CA certificate (PEM) to path; return its key and certificate."""
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(_name(cn)).issuer_name(_name(cn))
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False),
                       critical=True)
        .sign(key, hashes.SHA256())
    )
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return key, cert


def make_certs(directory: Path) -> tuple[Path, Path, Path]:
    """A test CA and a server certificate for 127.0.0.1 and localhost.
    Returns (ca.pem, server.pem, server.key)."""
    ca_path, cert_path, key_path = (directory / n for n in ("ca.pem", "server.pem", "server.key"))
    ca_key, ca_cert = make_ca(ca_path)
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    san = [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address(HOST))]
    cert = (
        x509.CertificateBuilder().subject_name(_name("localhost")).issuer_name(ca_cert.subject)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.SubjectAlternativeName(san), critical=False)
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]),
                       critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    key_path.chmod(0o600)
    return ca_path, cert_path, key_path


class _TokenEndpoint(ThreadingHTTPServer):
    """OAuth2 token introspection (RFC 7662 style) for Dovecot's oauth2 passdb."""

    daemon_threads = True

    def __init__(self, tokens: dict[str, str]) -> None:
        self.tokens = tokens
        super().__init__((HOST, 0), _TokenHandler)


class _TokenHandler(BaseHTTPRequestHandler):
    server: _TokenEndpoint

    def _answer(self, token: str) -> None:
        user = self.server.tokens.get(token)
        body = json.dumps({"active": True, "username": user} if user else {"active": False})
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body.encode())

    def _header_token(self) -> str:
        auth = self.headers.get("Authorization", "")
        return auth[7:].strip() if auth.lower().startswith("bearer ") else ""

    def do_GET(self) -> None:  # noqa: N802
        query = parse_qs(urlparse(self.path).query)
        self._answer(self._header_token() or (query.get("token") or [""])[0])

    def do_POST(self) -> None:  # noqa: N802
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
        self._answer(self._header_token() or (parse_qs(raw).get("token") or [""])[0])

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass


@dataclass
class SmtpFaults:
    """Fault injection for the SMTP server. drop_after=N: after N more accepted messages the next
    DATA is not delivered and the connection is dropped (then disarmed)."""

    drop_after: int | None = None
    refuse_marker: str = "refuse"
    accepted: list[tuple[str, list[str]]] = field(default_factory=list)


class _SmtpHandler:
    def __init__(self, servers: MailServers) -> None:
        self.servers = servers

    def authenticate(self, server: SMTP, session: Session, envelope: Envelope, mechanism: str,
                     auth_data: Any) -> AuthResult:
        if isinstance(auth_data, LoginPassword):
            login, password = auth_data.login.decode(), auth_data.password.decode()
            if self.servers.users.get(login) == password:
                return AuthResult(success=True, auth_data=login)
        return AuthResult(success=False, handled=False)

    async def auth_XOAUTH2(self, server: SMTP, args: list[str]) -> AuthResult:  # noqa: N802
        blob = (base64.b64decode(args[1]) if len(args) > 1
                else await server.challenge_auth("", encode_to_b64=False))
        fields = dict(p.split("=", 1) for p in bytes(blob).decode().split("\x01") if "=" in p)
        token = fields.get("auth", "").removeprefix("Bearer ").strip()
        user = fields.get("user", "")
        if user and self.servers.oauth_tokens.get(token) == user:
            return AuthResult(success=True, auth_data=user)
        return AuthResult(success=False, handled=False)

    async def handle_RCPT(self, server: SMTP, session: Session, envelope: Envelope,  # noqa: N802
                          address: str, rcpt_options: list[str]) -> str:
        if self.servers.smtp_faults.refuse_marker in address.lower():
            return f"550 5.1.1 <{address}>: recipient refused (test server)"
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:  # noqa: N802
        faults = self.servers.smtp_faults
        if faults.drop_after is not None:
            if faults.drop_after <= 0:
                faults.drop_after = None
                assert server.transport is not None
                server.transport.abort()
                return "421 4.4.2 connection dropped (test fault)"
            faults.drop_after -= 1
        data = envelope.original_content or b""
        try:
            await asyncio.get_running_loop().run_in_executor(
                None, self.servers.deliver_to, envelope.rcpt_tos, data, envelope.mail_from)
        except (OSError, smtplib.SMTPException) as e:
            return f"451 4.3.0 local delivery failed: {e}"
        faults.accepted.append((envelope.mail_from or "", list(envelope.rcpt_tos)))
        return "250 2.0.0 OK delivered"


AUTH_LINE_LIMIT = 12288  # RFC 4954 section 4: a server MUST accept AUTH lines this long


class _Smtp(SMTP):
    """aiosmtpd's SMTP with RFC 4954's limit for the AUTH line, as Exchange Online and Gmail
    have: an XOAUTH2 initial response with an Entra ID token (1,500-2,500 characters) is longer
    than aiosmtpd's 512 (and its 1001-byte line reader). Every other line keeps RFC 5321's
    limits."""

    line_length_limit = AUTH_LINE_LIMIT + 2  # the line reader's buffer is made with this

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.line_length_limit = 1001  # DATA lines: RFC 5321's 1000 + the CR
        self.command_size_limits = collections.defaultdict(lambda: SMTP.command_size_limit)
        self.command_size_limits["AUTH"] = AUTH_LINE_LIMIT


class _Controller(Controller):
    """Serves :class:`_Smtp`; silences aiosmtpd's warning about AUTH without STARTTLS: on the
    implicit-TLS port the connection is encrypted, and clear-text AUTH is the point of the
    plain port."""

    def factory(self) -> SMTP:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)
            return _Smtp(self.handler, **self.SMTP_kwargs)


class _DropAuthTlsWarning(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return "auth_require_tls == False" not in record.getMessage()


logging.getLogger("mail.log").addFilter(_DropAuthTlsWarning())


DOVECOT_CONF = """\
base_dir = {root}/run
state_dir = {root}/state
instance_name = tvh-{imap_port}
listen = {host}
protocols = imap lmtp
log_path = {root}/dovecot.log
ssl = yes
ssl_cert = <{root}/server.pem
ssl_key = <{root}/server.key
disable_plaintext_auth = no
auth_mechanisms = plain login xoauth2 oauthbearer
auth_failure_delay = 0
mail_location = maildir:{root}/mail/%n/Maildir
mail_uid = {mail_uid}
mail_gid = {mail_gid}
first_valid_uid = {mail_uid}
first_valid_gid = {mail_gid}
mail_max_userip_connections = 100
lda_mailbox_autocreate = yes
mail_fsync = never
# "/" as Exchange and Gmail have it; the sent folders as those servers name them, marked
# \\Sent (SPECIAL-USE) when a test creates one (mailer/imap.py finds it by the mark)
namespace inbox {{
  inbox = yes
  separator = /
  mailbox "Sent Items" {{
    special_use = \\Sent
  }}
  mailbox "Sendt post" {{
    special_use = \\Sent
  }}
  mailbox "[Gmail]/Sent Mail" {{
    special_use = \\Sent
  }}
}}
passdb {{
  driver = passwd-file
  mechanisms = plain login
  args = scheme=PLAIN username_format=%n {root}/users
}}
passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {root}/oauth2.conf.ext
}}
userdb {{
  driver = passwd-file
  args = username_format=%n {root}/users
  default_fields = uid={mail_uid} gid={mail_gid} home={root}/mail/%n
}}
service imap-login {{
  inet_listener imap {{
    port = {imap_port}
  }}
  inet_listener imaps {{
    port = {imaps_port}
    ssl = yes
  }}
}}
service lmtp {{
  unix_listener lmtp {{
    mode = 0666
  }}
}}
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
"""

NON_ROOT_CONF = """\
default_login_user = {user}
default_internal_user = {user}
default_internal_group = {group}
service imap-login {{
  chroot =
}}
service anvil {{
  chroot =
}}
"""

OAUTH2_CONF = """\
introspection_mode = post
introspection_url = http://{host}:{port}/introspect
force_introspection = yes
username_attribute = username
active_attribute = active
active_value = true
"""


class MailServers:
    """Dovecot + aiosmtpd on loopback. Attributes: host, imap_port (plain+STARTTLS), imaps_port,
    smtp_port (plain+STARTTLS, AUTH needs TLS), smtps_port (implicit TLS), smtp_plain_port (no
    STARTTLS, AUTH allowed in clear: for security="none"), ca_cert_path, users, oauth_token
    (valid for alice), root, lmtp_socket."""

    host = HOST

    def __init__(self, spare_users: int = 200) -> None:
        self.users: dict[str, str] = {"alice": "alice-pw", "bob": "bob-pw",
                                      "tovholder": "tovholder-pw", "catchall": "catchall-pw"}
        self._spare = [f"u{n:03d}" for n in range(spare_users)]
        self.users.update({u: f"{u}-pw" for u in self._spare})
        self.oauth_tokens: dict[str, str] = {}
        self.oauth_token = self.issue_token("alice")
        self.smtp_faults = SmtpFaults()
        (self.imap_port, self.imaps_port, self.smtp_port, self.smtps_port,
         self.smtp_plain_port) = _free_ports(5)
        self._dovecot: subprocess.Popen[bytes] | None = None
        self._token_server: _TokenEndpoint | None = None
        self._controllers: list[Controller] = []
        self._users_lock = threading.Lock()
        self.root = Path("/")

    # -- lifecycle -------------------------------------------------------------------------
    def __enter__(self) -> MailServers:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> None:
        dovecot = find_dovecot()
        if dovecot is None:
            raise RuntimeError(DOVECOT_MISSING)
        self.root = Path(tempfile.mkdtemp(prefix="tvh-", dir="/tmp"))
        self.root.chmod(0o755)
        try:
            self._start_dovecot(dovecot)
            self._start_smtp()
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        for c in self._controllers:
            c.stop()
        self._controllers.clear()
        if self._token_server is not None:
            self._token_server.shutdown()
            self._token_server.server_close()
            self._token_server = None
        if self._dovecot is not None:
            self._dovecot.terminate()
            try:
                self._dovecot.wait(15)
            except subprocess.TimeoutExpired:
                self._dovecot.kill()
                self._dovecot.wait(5)
            self._dovecot = None
        keep = os.environ.get("TVH_KEEP_MAILDIR")  # debugging: keep logs and mail
        if not keep and self.root != Path("/") and self.root.name.startswith("tvh-"):
            shutil.rmtree(self.root, ignore_errors=True)

    @property
    def ca_cert_path(self) -> Path:
        return self.root / "ca.pem"

    @property
    def lmtp_socket(self) -> Path:
        return self.root / "run" / "lmtp"

    @property
    def conf_path(self) -> Path:
        return self.root / "dovecot.conf"

    def maildir(self, user: str) -> Path:
        return self.root / "mail" / user / "Maildir"

    def _start_dovecot(self, dovecot: str) -> None:
        make_certs(self.root)
        self._token_server = _TokenEndpoint(self.oauth_tokens)
        threading.Thread(target=self._token_server.serve_forever, daemon=True).start()
        for d in ("run", "state", "mail"):
            (self.root / d).mkdir(mode=0o755)
        if os.geteuid() == 0:  # Dovecot refuses uid 0 for mail: use the `mail` user
            owner, extra = pwd.getpwnam("mail"), ""
            os.chown(self.root / "mail", owner.pw_uid, owner.pw_gid)
        else:  # unprivileged run (e.g. a CI runner user): everything as that user, no chroot
            owner = pwd.getpwuid(os.geteuid())
            extra = NON_ROOT_CONF.format(user=owner.pw_name,
                                         group=grp.getgrgid(owner.pw_gid).gr_name)
        self._write_users()
        (self.root / "oauth2.conf.ext").write_text(
            OAUTH2_CONF.format(host=HOST, port=self._token_server.server_address[1]))
        self.conf_path.write_text(DOVECOT_CONF.format(
            root=self.root, host=HOST, imap_port=self.imap_port, imaps_port=self.imaps_port,
            mail_uid=owner.pw_uid, mail_gid=owner.pw_gid) + extra)
        log = open(self.root / "dovecot.stdout", "wb")  # noqa: SIM115 - owned by the child
        # setpriv --pdeathsig: Dovecot goes down with us even if stop() never runs.
        setpriv = shutil.which("setpriv")
        guard = [setpriv, "--pdeathsig", "TERM"] if setpriv else []
        self._dovecot = subprocess.Popen([*guard, dovecot, "-F", "-c", str(self.conf_path)],
                                         stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                                         start_new_session=True)
        log.close()
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self._dovecot.poll() is not None:
                raise RuntimeError(f"dovecot exited {self._dovecot.returncode}: {self.logs()}")
            if self.lmtp_socket.exists() and _port_open(self.imaps_port):
                return
            time.sleep(0.05)
        raise RuntimeError(f"dovecot did not start within 20 s: {self.logs()}")

    def _start_smtp(self) -> None:
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(self.root / "server.pem", self.root / "server.key")
        handler = _SmtpHandler(self)
        common: dict[str, Any] = {"hostname": HOST, "authenticator": handler.authenticate,
                                  "server_hostname": "localhost", "auth_required": True}
        self._controllers = [
            _Controller(handler, port=self.smtp_port, tls_context=ctx, **common),
            # implicit TLS: aiosmtpd only counts STARTTLS as TLS, so it must not require it
            _Controller(handler, port=self.smtps_port, ssl_context=ctx, auth_require_tls=False,
                        **common),
            _Controller(handler, port=self.smtp_plain_port, auth_require_tls=False, **common),
        ]
        for c in self._controllers:
            c.start()

    def logs(self) -> str:
        parts = [p.read_text(errors="replace")[-4000:] for p in
                 (self.root / "dovecot.log", self.root / "dovecot.stdout") if p.exists()]
        return "\n".join(parts)

    # -- users and tokens ------------------------------------------------------------------
    def _write_users(self) -> None:
        secret_watch.watch(*self.users.values())  # no password may reach a log
        text = "".join(f"{u}:{{PLAIN}}{p}::::::\n" for u, p in self.users.items())
        tmp = self.root / "users.tmp"
        tmp.write_text(text)
        tmp.chmod(0o644)
        tmp.replace(self.root / "users")

    def add_user(self, name: str | None = None, password: str | None = None) -> tuple[str, str]:
        """A fresh mailbox user (isolates tests sharing the session servers). Without a name it
        hands out a spare user listed from the start; a new name is written to the passwd-file,
        which Dovecot re-reads at most once a second, so that waits until Dovecot knows it."""
        with self._users_lock:
            if name is None and password is None and self._spare:
                name = self._spare.pop(0)
                return name, self.users[name]
            name = name or f"x{secrets.token_hex(4)}"
            self.users[name] = password or f"{name}-pw"
            self._write_users()
        deadline = time.monotonic() + 5
        while True:
            try:
                self.doveadm("user", name)
                return name, self.users[name]
            except RuntimeError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)

    def issue_token(self, user: str) -> str:
        token = f"tok-{user}-{secrets.token_hex(8)}"
        secret_watch.watch(token)
        self.oauth_tokens[token] = user
        return token

    # -- delivery --------------------------------------------------------------------------
    def local_user(self, address: str) -> str:
        local = address.rsplit("@", 1)[0].split("+", 1)[0].lower()
        return local if local in self.users else "catchall"

    def deliver_to(self, rcpts: Iterable[str], data: bytes, mail_from: str | None = None) -> None:
        """LMTP delivery, one transaction per recipient (smtplib.LMTP reads one DATA reply)."""
        with smtplib.LMTP(str(self.lmtp_socket), timeout=30) as lmtp:
            for rcpt in rcpts:
                lmtp.sendmail(mail_from or "", [self.local_user(rcpt)], data)

    def deliver_raw(self, user: str, data: bytes) -> None:
        """Put one raw message into user's INBOX via LMTP."""
        self.deliver_to([user], data)

    def imap(self, user: str) -> IMAPClient:
        """A logged-in IMAPClient over verified implicit TLS (the caller logs out)."""
        client = IMAPClient(HOST, self.imaps_port, ssl=True, timeout=30,
                            ssl_context=ssl.create_default_context(cafile=str(self.ca_cert_path)))
        client.login(user, self.users[user])
        return client

    def bulk_append(self, user: str, messages: Iterable[bytes], folder: str = "INBOX",
                    chunk: int = 500) -> int:
        """APPEND many messages over one connection (MULTIAPPEND, `chunk` per command)."""
        count = 0
        with self.imap(user) as client:
            if not client.folder_exists(folder):
                client.create_folder(folder)
            for batch in _chunks(messages, chunk):
                client.multiappend(folder, batch)
                count += len(batch)
        return count

    def doveadm(self, *args: str) -> str:
        doveadm = shutil.which("doveadm") or shutil.which("doveadm", path="/usr/bin:/usr/sbin")
        out = subprocess.run([doveadm or "doveadm", "-c", str(self.conf_path), *args], capture_output=True,
                             stdin=subprocess.DEVNULL, text=True, timeout=60)
        if out.returncode != 0:
            raise RuntimeError(f"doveadm {' '.join(args)}: {out.stderr.strip()}")
        return out.stdout


def _chunks(items: Iterable[bytes], n: int) -> Iterator[list[bytes]]:
    batch: list[bytes] = []
    for item in items:
        batch.append(item)
        if len(batch) >= n:
            yield batch
            batch = []
    if batch:
        yield batch


def _port_open(port: int) -> bool:
    try:
        socket.create_connection((HOST, port), timeout=0.2).close()
        return True
    except OSError:
        return False


if pytest is not None:

    @pytest.fixture(scope="session")
    def mail_servers() -> Iterator[MailServers]:
        """The real servers for the whole session. Fails (never skips) without Dovecot."""
        if find_dovecot() is None:
            pytest.fail(DOVECOT_MISSING, pytrace=False)
        with MailServers() as servers:
            yield servers

    @pytest.fixture
    def mail_user(mail_servers: MailServers) -> tuple[str, str]:
        """A fresh (user, password) with an empty mailbox on the session servers."""
        return mail_servers.add_user()
