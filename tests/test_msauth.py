"""Microsoft tokens (tovholder/core/msauth.py): the real msal against the identity platform
stand-in (tests/ms_identity.py), with a client secret and with a certificate; cached, renewed
before expiry, errors as sentences without the secret; and the config wiring."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from tests.ms_identity import App, IdentityStandIn
from tovholder.core.msauth import GRAPH_SCOPE, MAIL_SCOPE, AppCredential, MicrosoftAuthError, TokenSource

CLIENT_ID = "3f1c0b6e-5a0e-4c1f-9d7e-0c2b8a6f4e21"
SECRET = "ms-client-secret-for-tests-8Q~x"  # secret_watch: registered by add_app


def app_certificate(directory: Path, cn: str = "tovholder-test") -> tuple[Path, Path]:
    """A self-signed RSA certificate and its key, as the IT guide makes one (PEM files)."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=730)).sign(key, hashes.SHA256()))
    cert_path, key_path = directory / "tovholder.crt", directory / "tovholder.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


@pytest.fixture
def idp(tmp_path: Path) -> Iterator[IdentityStandIn]:
    with IdentityStandIn(tmp_path / "idp") as standin:
        yield standin


def source(idp: IdentityStandIn, **kw: object) -> TokenSource:
    base: dict[str, object] = {"tenant": idp.tenant, "client_id": CLIENT_ID, "secret": SECRET,
                               "authority": idp.authority, "ca_file": str(idp.ca_file)}
    return TokenSource(AppCredential(**(base | kw)))  # type: ignore[arg-type]


def test_a_client_secret_gets_a_token_and_the_cache_serves_the_next_calls(
        idp: IdentityStandIn) -> None:
    idp.add_app(App(CLIENT_ID, secret=SECRET))
    tokens = source(idp)
    first = tokens.token(MAIL_SCOPE)
    assert first.startswith("eyJ") and tokens.token(MAIL_SCOPE) == first
    assert idp.token_requests() == 1
    assert [(c, r) for _, c, r in idp.issued] == [(CLIENT_ID, "https://outlook.office365.com")]
    # msal asked the tenant's OpenID configuration, never login.microsoftonline.com
    assert ("GET", f"/{idp.tenant}/v2.0/.well-known/openid-configuration") in idp.requests


def test_each_scope_has_its_own_token(idp: IdentityStandIn) -> None:
    idp.add_app(App(CLIENT_ID, secret=SECRET))
    tokens = source(idp)
    assert tokens.provider(MAIL_SCOPE)() != tokens.provider(GRAPH_SCOPE)()
    assert sorted(r for _, _, r in idp.issued) == [
        "https://graph.microsoft.com", "https://outlook.office365.com"]


def test_a_certificate_signs_the_assertion_the_token_endpoint_checks(
        idp: IdentityStandIn, tmp_path: Path) -> None:
    cert, key = app_certificate(tmp_path)
    idp.add_app(App(CLIENT_ID, certificate_pem=cert.read_bytes()))
    tokens = source(idp, secret=None, certificate=cert.read_text(), private_key=key.read_text())
    assert tokens.token(MAIL_SCOPE).startswith("eyJ")


def test_a_certificate_the_app_does_not_know_is_refused(idp: IdentityStandIn,
                                                        tmp_path: Path) -> None:
    for d in ("a", "b"):
        (tmp_path / d).mkdir()
    registered, _ = app_certificate(tmp_path / "a")
    other_cert, other_key = app_certificate(tmp_path / "b")
    idp.add_app(App(CLIENT_ID, certificate_pem=registered.read_bytes()))
    tokens = source(idp, secret=None, certificate=other_cert.read_text(),
                    private_key=other_key.read_text())
    with pytest.raises(MicrosoftAuthError, match="AADSTS700027"):
        tokens.token(MAIL_SCOPE)


def test_a_token_with_less_than_five_minutes_left_is_renewed_before_use(
        idp: IdentityStandIn) -> None:
    idp.add_app(App(CLIENT_ID, secret=SECRET, expires_in=299))
    tokens = source(idp)
    assert tokens.token(MAIL_SCOPE) != tokens.token(MAIL_SCOPE)
    assert idp.token_requests() == 2


def test_a_wrong_secret_is_a_sentence_with_entras_code_and_without_the_secret(
        idp: IdentityStandIn) -> None:
    idp.add_app(App(CLIENT_ID, secret=SECRET))
    with pytest.raises(MicrosoftAuthError) as err:
        source(idp, secret="not-the-secret-9x").token(MAIL_SCOPE)
    assert "AADSTS7000215" in str(err.value.params["detail"])
    assert "not-the-secret-9x" not in str(err.value)


def test_an_unknown_tenant_is_a_sentence(idp: IdentityStandIn) -> None:
    idp.add_app(App(CLIENT_ID, secret=SECRET))
    with pytest.raises(MicrosoftAuthError, match="AADSTS90002|nonexistent"):
        source(idp, tenant="nonexistent.onmicrosoft.com").token(MAIL_SCOPE)


def test_an_unreachable_identity_platform_is_a_sentence(idp: IdentityStandIn) -> None:
    with pytest.raises(MicrosoftAuthError):
        source(idp, authority="https://127.0.0.1:9").token(MAIL_SCOPE)


def test_no_secret_and_no_certificate_is_a_sentence(idp: IdentityStandIn) -> None:
    with pytest.raises(MicrosoftAuthError, match="no client secret"):
        source(idp, secret=None).token(MAIL_SCOPE)
