"""A local stand-in of the Microsoft identity platform's token service, over HTTPS with the test
CA, for the real msal library (tovholder/core/msauth.py) to talk to.

What msal (1.3x) asks, and what this answers:

- ``GET /{tenant}/v2.0/.well-known/openid-configuration`` (tenant discovery, once per client):
  the endpoints, ``token_endpoint`` first of all; an unknown tenant gets 400 with AADSTS90002,
  as login.microsoftonline.com answers;
- ``GET /common/discovery/instance`` (instance discovery): msal only asks it of
  login.microsoftonline.com, so with any other authority host Tovholder turns it off
  (``instance_discovery=False``); answered anyway, as the real one does, for a client that asks;
- ``POST /{tenant}/oauth2/v2.0/token`` with ``grant_type=client_credentials``: the client
  proves itself with ``client_secret`` or a ``client_assertion`` (a JWT signed with the
  certificate's private key, checked here with PyJWT against the registered certificate: PS256
  or RS256, audience the token endpoint, issuer and subject the client id, not expired); the
  scope must be ``<resource>/.default``. Errors carry Entra's AADSTS codes and HTTP statuses.
  The token is JWT-shaped (``eyJ…``), with the audience and roles in its payload, lives
  ``App.expires_in`` seconds (3599 as Entra's), and is watched by tests/secret_watch.py.

A token for the mail scope (outlook.office365.com) is registered with the test mail servers
(``MailServers.oauth_tokens``, which Dovecot's OAuth2 passdb introspects and the SMTP server
checks for XOAUTH2) as valid for the one mailbox the app is granted (``App.mailbox``: what RBAC
for Applications or an application access policy does in Exchange Online). A Graph token is
remembered in ``graph_tokens`` for tests/ms_graph.py.

Delegated sign-in (tovholder/core/msdelegated.py), for an app with ``public=True`` ("Allow
public client flows"; else AADSTS7000218 as Entra answers a public client it does not allow):

- ``POST /{tenant}/oauth2/v2.0/devicecode``: a device code, a user code, the verification URL,
  ``interval`` 1 second (Entra says 5; the tests would wait);
- ``grant_type=urn:ietf:params:oauth:grant-type:device_code``: the first poll of a code answers
  ``authorization_pending``; the next one finds the user (``IdentityStandIn.user``) signed in;
- ``grant_type=refresh_token``: a known refresh token gets new tokens (Entra rotates it; the old
  one stays valid, as Entra's do until they expire); :meth:`IdentityStandIn.revoke` forgets every
  refresh token (what an admin's "revoke sessions" or a password change does): ``invalid_grant``,
  AADSTS50173.
Delegated answers carry an access token for Graph (``scope`` without openid/profile/
offline_access, lives ``App.expires_in`` seconds), a refresh token, an unsigned id token (issuer,
audience, user) and ``client_info`` (uid, utid), from which msal builds its account.

Not modelled: the sign-in page itself, declined or expired device codes, ``slow_down``,
refresh-token lifetimes (90 days of inactivity), consent, MFA and conditional access, token
signatures (nothing checks
them: Dovecot introspects, Graph looks the token up), conditional access, throttling of the
token endpoint, certificate expiry and revocation, multiple tenants per app, the v1 endpoints,
regional endpoints, the ``claims`` challenge, and the minutes Exchange takes before a new
permission applies.
"""

from __future__ import annotations

import base64
import json
import secrets
import ssl
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import jwt
from cryptography import x509

from tests import secret_watch
from tests.mailservers import HOST, MailServers, make_certs

MAIL_RESOURCE = "https://outlook.office365.com"
GRAPH_RESOURCE = "https://graph.microsoft.com"
ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
RESERVED = {"openid", "profile", "offline_access"}


@dataclass
class App:
    """An app registration: its secret or certificate, the application permissions admin
    consent was given for (roles per resource), and the mailbox Exchange lets it open."""

    client_id: str
    secret: str | None = None
    certificate_pem: bytes | None = None
    mailbox: str | None = None
    roles: dict[str, list[str]] = field(default_factory=lambda: {
        MAIL_RESOURCE: ["IMAP.AccessAsApp", "SMTP.SendAsApp"],
        GRAPH_RESOURCE: ["Mail.Send", "Mail.ReadBasic"]})
    expires_in: int = 3599
    public: bool = False


class IdentityStandIn(ThreadingHTTPServer):
    """``with IdentityStandIn(tmp, servers) as idp``: ``idp.authority`` (https://127.0.0.1:port),
    ``idp.ca_file``, ``idp.tenant``; register apps with :meth:`add_app`. ``requests`` lists
    (method, path) of every request; ``issued`` every token as (token, client_id, resource)."""

    daemon_threads = True

    def __init__(self, directory: Path, servers: MailServers | None = None,
                 tenant: str = "kommune.onmicrosoft.com") -> None:
        super().__init__((HOST, 0), _Handler)
        self.ca_file, self.socket = https(self.socket, directory, servers)
        self.servers = servers
        self.tenant = tenant
        self.tenant_id = "7d3a1c52-0e1f-4c7e-9b1e-1a2b3c4d5e6f"
        self.apps: dict[str, App] = {}
        self.requests: list[tuple[str, str]] = []
        self.issued: list[tuple[str, str, str]] = []
        self.graph_tokens: dict[str, App] = {}
        self.user, self.user_oid = "tovholder@kommune.dk", "5f0c2a8e-1d3b-4e6f-8a9b-0c1d2e3f4a5b"
        self.device_codes: dict[str, tuple[int, str]] = {}  # device code -> polls, scope
        self.refresh_tokens: dict[str, str] = {}  # refresh token -> client id
        self._thread: threading.Thread | None = None

    @property
    def authority(self) -> str:
        return f"https://{HOST}:{self.server_address[1]}"

    def add_app(self, app: App) -> App:
        secret_watch.watch(*(s for s in (app.secret,) if s))
        self.apps[app.client_id] = app
        return app

    def token_requests(self) -> int:
        return sum(1 for m, p in self.requests if m == "POST" and p.endswith("/token"))

    def __enter__(self) -> IdentityStandIn:
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()
        self.server_close()

    # -- answers ---------------------------------------------------------------------------
    def known_tenant(self, tenant: str) -> bool:
        return tenant in (self.tenant, self.tenant_id, "organizations")

    def openid_configuration(self, tenant: str) -> dict[str, Any]:
        base = f"{self.authority}/{self.tenant_id}"
        return {"token_endpoint": f"{base}/oauth2/v2.0/token",
                "authorization_endpoint": f"{base}/oauth2/v2.0/authorize",
                "device_authorization_endpoint": f"{base}/oauth2/v2.0/devicecode",
                "issuer": f"https://login.microsoftonline.com/{self.tenant_id}/v2.0",
                "token_endpoint_auth_methods_supported": [
                    "client_secret_post", "private_key_jwt", "client_secret_basic"],
                "tenant_region_scope": "EU"}

    def revoke(self) -> None:
        self.refresh_tokens.clear()

    def device_code(self, path_tenant: str, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        refused = self._public(path_tenant, form)
        if refused is not None:
            return refused
        code = secrets.token_urlsafe(24)
        self.device_codes[code] = (0, form.get("scope", ""))
        user_code = secrets.token_hex(4).upper()
        url = "https://microsoft.com/devicelogin"
        return 200, {"device_code": code, "user_code": user_code, "verification_uri": url,
                     "expires_in": 900, "interval": 1,
                     "message": f"To sign in, use a web browser to open the page {url} and "
                                f"enter the code {user_code} to authenticate."}

    def _public(self, path_tenant: str, form: dict[str, str]) -> tuple[int, dict[str, Any]] | None:
        if not self.known_tenant(path_tenant):
            return 400, _error("invalid_request", 90002, f"Tenant '{path_tenant}' not found.")
        app = self.apps.get(form.get("client_id", ""))
        if app is None or not app.public:
            return 401, _error("invalid_client", 7000218, "The request body must contain the "
                               "following parameter: 'client_assertion' or 'client_secret'.")
        return None

    def delegated(self, path_tenant: str, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        refused = self._public(path_tenant, form)
        if refused is not None:
            return refused
        app, scope = self.apps[form["client_id"]], form.get("scope", "")
        if form["grant_type"] == "refresh_token":
            if self.refresh_tokens.get(form.get("refresh_token", "")) != app.client_id:
                return 400, _error("invalid_grant", 50173, "The provided grant has expired due "
                                   "to it being revoked, a fresh auth token is needed.")
        else:
            polls, scope = self.device_codes.get(form.get("device_code", ""), (-1, ""))
            if polls < 0:
                return 400, _error("expired_token", 70020, "The provided value for the input "
                                   "parameter 'device_code' is not valid.")
            self.device_codes[form["device_code"]] = (polls + 1, scope)
            if polls == 0:
                return 400, _error("authorization_pending", 70016, "OAuth 2.0 device flow "
                                   "error. Authorization is pending. Continue polling.")
            del self.device_codes[form["device_code"]]
        return 200, self._signed_in(app, scope)

    def _signed_in(self, app: App, scope: str) -> dict[str, Any]:
        refresh = secrets.token_urlsafe(48)
        secret_watch.watch(refresh)
        self.refresh_tokens[refresh] = app.client_id
        now = int(time.time())
        id_token = ".".join(_b64(json.dumps(part).encode()) for part in (
            {"typ": "JWT", "alg": "none"},
            {"iss": self.openid_configuration(self.tenant_id)["issuer"], "aud": app.client_id,
             "iat": now, "nbf": now, "exp": now + 3600, "sub": secrets.token_hex(8),
             "oid": self.user_oid, "tid": self.tenant_id, "preferred_username": self.user,
             "name": "Tovholder"})) + "."
        granted = " ".join(s for s in scope.split() if s not in RESERVED)
        return {"token_type": "Bearer", "scope": granted, "expires_in": app.expires_in,
                "ext_expires_in": app.expires_in, "access_token": self._issue(app, GRAPH_RESOURCE),
                "refresh_token": refresh, "id_token": id_token,
                "client_info": _b64(json.dumps({"uid": self.user_oid,
                                                "utid": self.tenant_id}).encode())}

    def token(self, path_tenant: str, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        if form.get("grant_type") in (DEVICE_GRANT, "refresh_token"):
            return self.delegated(path_tenant, form)
        if not self.known_tenant(path_tenant):
            return 400, _error("invalid_request", 90002, f"Tenant '{path_tenant}' not found.")
        if form.get("grant_type") != "client_credentials":
            return 400, _error("unsupported_grant_type", 70003, "Only client_credentials.")
        app = self.apps.get(form.get("client_id", ""))
        if app is None:
            return 400, _error("unauthorized_client", 700016,
                               f"Application with identifier '{form.get('client_id')}' was not "
                               "found in the directory.")
        failure = self._proof(app, form, path_tenant)
        if failure is not None:
            return 401, failure
        scope = form.get("scope", "")
        resource = scope.removesuffix("/.default")
        if not scope.endswith("/.default") or " " in scope:
            return 400, _error("invalid_scope", 1002012,
                               f"The provided value for scope {scope} is not valid. Client "
                               "credential flows must have a scope value with /.default.")
        token = self._issue(app, resource)
        return 200, {"token_type": "Bearer", "expires_in": app.expires_in,
                     "ext_expires_in": app.expires_in, "access_token": token}

    def _proof(self, app: App, form: dict[str, str], tenant: str) -> dict[str, Any] | None:
        if "client_assertion" in form:
            if form.get("client_assertion_type") != ASSERTION_TYPE or not app.certificate_pem:
                return _error("invalid_client", 700027, "Client assertion failed signature "
                              "validation.")
            public = x509.load_pem_x509_certificate(app.certificate_pem).public_key()
            audience = self.openid_configuration(tenant)["token_endpoint"]
            try:
                claims = jwt.decode(form["client_assertion"], public,  # type: ignore[arg-type]
                                    algorithms=["PS256", "RS256"], audience=audience)
            except jwt.PyJWTError as e:
                return _error("invalid_client", 700027, f"Client assertion failed: {e}")
            if claims.get("iss") != app.client_id or claims.get("sub") != app.client_id:
                return _error("invalid_client", 700021, "Client assertion application "
                              "identifier doesn't match 'client_id' parameter.")
            return None
        if app.secret is None or form.get("client_secret") != app.secret:
            return _error("invalid_client", 7000215, "Invalid client secret provided. Ensure "
                          "the secret being sent in the request is the client secret value, "
                          "not the client secret ID.")
        return None

    def _issue(self, app: App, resource: str) -> str:
        now = int(time.time())
        claims = {"aud": resource, "iss": f"https://sts.windows.net/{self.tenant_id}/",
                  "iat": now, "nbf": now, "exp": now + app.expires_in, "appid": app.client_id,
                  "tid": self.tenant_id, "roles": app.roles.get(resource, []),
                  "jti": secrets.token_hex(8)}
        token = ".".join(_b64(json.dumps(part).encode()) for part in (
            {"typ": "JWT", "alg": "RS256", "kid": "standin"}, claims)) + "." + \
            _b64(secrets.token_bytes(32))
        secret_watch.watch(token)
        self.issued.append((token, app.client_id, resource))
        if resource == MAIL_RESOURCE and app.mailbox and self.servers is not None:
            self.servers.oauth_tokens[token] = app.mailbox
        if resource == GRAPH_RESOURCE:
            self.graph_tokens[token] = app
        return token


def https(sock: Any, directory: Path, servers: MailServers | None) -> tuple[Path, Any]:
    """The socket wrapped in TLS with the mail servers' certificate (one test CA for every
    server a test configures), or with a CA of its own; returns (CA file, socket)."""
    if servers is not None:
        ca, cert, key = servers.ca_cert_path, servers.root / "server.pem", servers.root / "server.key"
    else:
        directory.mkdir(parents=True, exist_ok=True)
        ca, cert, key = make_certs(directory)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    return ca, context.wrap_socket(sock, server_side=True)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _error(error: str, code: int, text: str) -> dict[str, Any]:
    return {"error": error, "error_description": f"AADSTS{code}: {text}",
            "error_codes": [code], "trace_id": secrets.token_hex(8),
            "correlation_id": secrets.token_hex(8)}


class _Handler(BaseHTTPRequestHandler):
    server: IdentityStandIn

    def _json(self, status: int, body: dict[str, Any]) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:  # noqa: N802
        url = urlparse(self.path)
        self.server.requests.append(("GET", url.path))
        parts = url.path.strip("/").split("/")
        if url.path == "/common/discovery/instance":
            query = parse_qs(url.query)
            authorize = (query.get("authorization_endpoint") or [""])[0]
            tenant = urlparse(authorize).path.strip("/").split("/")[0] or "common"
            self._json(200, {"tenant_discovery_endpoint":
                             f"{self.server.authority}/{tenant}/v2.0/.well-known/"
                             "openid-configuration", "api-version": "1.1",
                             "metadata": [{"preferred_network": urlparse(
                                 self.server.authority).netloc, "aliases": []}]})
        elif parts[1:] == ["v2.0", ".well-known", "openid-configuration"]:
            if not self.server.known_tenant(parts[0]):
                self._json(400, _error("invalid_tenant", 90002,
                                       f"Tenant '{parts[0]}' not found."))
            else:
                self._json(200, self.server.openid_configuration(parts[0]))
        else:
            self._json(404, {"error": "not_found"})

    def do_POST(self) -> None:  # noqa: N802
        url = urlparse(self.path)
        self.server.requests.append(("POST", url.path))
        parts = url.path.strip("/").split("/")
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
        form = {k: v[0] for k, v in parse_qs(raw).items()}
        if parts[1:] == ["oauth2", "v2.0", "token"]:
            self._json(*self.server.token(parts[0], form))
        elif parts[1:] == ["oauth2", "v2.0", "devicecode"]:
            self._json(*self.server.device_code(parts[0], form))
        else:
            self._json(404, {"error": "not_found"})

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass
