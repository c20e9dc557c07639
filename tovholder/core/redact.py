"""Secrets out of every line the service writes about itself: the second line of defence.

The first line is that no code logs a secret (tests/secret_watch.py checks the whole test
suite's logs for the test secrets). This module catches what slips through anyway: a library's
debug line, an exception text quoting a request, a traceback showing a local variable.

Two ways a secret is recognised:

- by value: every secret the configuration resolves (`tovholder.app.config.secret`) is
  remembered here, so it is replaced wherever it appears, whatever surrounds it;
- by shape: ``password=…``, ``client_secret: …``, ``Authorization: Bearer …``, the IMAP
  ``LOGIN user pass`` and SMTP/IMAP ``AUTH PLAIN …`` lines of imaplib/smtplib debug output, Google
  access tokens (``ya29.…``), JWTs (``eyJ….eyJ….…``: Microsoft's access tokens and client
  assertions) and PEM private keys.
"""

from __future__ import annotations

import re
import threading

MASK = "***"
SHORTEST = 6  # a shorter value would mask ordinary words; such a secret is weak anyway

_known: set[str] = set()
_lock = threading.Lock()

_SHAPES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----.*?(?:-----END [A-Z ]*PRIVATE KEY-----|\Z)",
                re.S), MASK),
    (re.compile(r"(?i)\b(authorization\s*[:=]\s*[\"']?)(?:(bearer|basic)\s+)?[^\s\"',;]+"),
     r"\1\2 " + MASK),
    (re.compile(r"\b(AUTH(?:ENTICATE)?\s+(?:PLAIN|LOGIN|XOAUTH2|OAUTHBEARER|CRAM-MD5)\s+)\S+"),
     r"\1" + MASK),
    (re.compile(r"\b(LOGIN\s+\S+\s+)\S+"), r"\1" + MASK),
    (re.compile(r"(?i)\b(bearer\s+)[\w.~+/=-]{8,}"), r"\1" + MASK),
    (re.compile(r"\bya29\.[\w.-]+"), MASK),
    (re.compile(r"\beyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]*"), MASK),  # a JWT: Entra ID's tokens
    (re.compile(r"(?i)\b((?:client_|reply_)?secret|password|passwd|pwd|private_key|api_key"
                r"|(?:access|refresh|id)_token)([\"']?\s*[:=]\s*[\"']?)(?!\*\*\*)[^\s\"',;&)}]+"),
     r"\1\2" + MASK),
)


def remember(secret: str | bytes) -> None:
    """Mask this value from now on (secrets of the configuration, as they are resolved)."""
    value = secret.decode("utf-8", "replace") if isinstance(secret, bytes) else secret
    value = value.strip()
    if len(value) >= SHORTEST:
        with _lock:
            _known.add(value)


def forget_all() -> None:
    """For tests: no value is remembered."""
    with _lock:
        _known.clear()


def redact(text: str) -> str:
    """``text`` with every remembered secret and everything shaped like one masked."""
    with _lock:
        known = sorted(_known, key=len, reverse=True)  # a longer secret containing a shorter
    for value in known:
        if value in text:
            text = text.replace(value, MASK)
    for pattern, replacement in _SHAPES:
        text = pattern.sub(replacement, text)
    return text
