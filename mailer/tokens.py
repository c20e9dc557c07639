"""Reply tokens: which member answers which conversation, carried in the reply address.

Pure, standard library only. A token is `<conv-id>-<member-id>-<mac>`:

* conv-id and member-id are short public hash prefixes (`public_id`) the service recomputes from
  the workbook to find the candidate (member, conversation) pairs; they are hints, not secrets;
* mac is an HMAC-SHA256 over the full member address and conversation, so nobody can forge a
  token for another member or conversation without the group's secret.

Everything is lowercase base32 (a-z, 2-7) because some clients and servers lowercase addresses;
parsing lowercases first, so case changes never break a token. "-" separates the parts because
it survives every address form (plus-addressing, catch-all domains) and is not in the alphabet.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from collections.abc import Iterable
from dataclasses import dataclass
from email.message import Message
from email.utils import getaddresses

__all__ = [
    "ParsedToken", "make_token", "parse_token", "public_id", "reply_address",
    "token_from_address", "token_from_message", "verify_token",
]

ID_LEN = 5  # 25 bits: collisions in a group of hundreds are rare, and verify_token copes anyway
MAC_LEN = 16  # 80 bits: far beyond guessing by sending mail
_B32 = "[a-z2-7]"
_TOKEN = re.compile(rf"({_B32}{{{ID_LEN}}})-({_B32}{{{ID_LEN}}})-({_B32}{{{MAC_LEN}}})")
#: the headers a reply address can show up in once it has passed through forwarding or aliases
ADDRESS_HEADERS = ("To", "Cc", "Delivered-To", "X-Original-To")


@dataclass(frozen=True)
class ParsedToken:
    conv_id: str
    member_id: str
    mac: str


def _b32(data: bytes, length: int) -> str:
    return base64.b32encode(data).decode("ascii").lower()[:length]


def _norm_member(member_email: str) -> str:
    return member_email.strip().casefold()  # the service compares addresses casefolded too


def public_id(value: str, *, member: bool = False) -> str:
    """The short public id of a conversation (exact string) or, with member=True, of a member
    address (case-insensitive). Compute it for every row to look a parsed token up."""
    text = _norm_member(value) if member else value
    return _b32(hashlib.sha256(text.encode("utf-8")).digest(), ID_LEN)


def _mac(secret: bytes, member_email: str, conversation: str) -> str:
    # Length-prefixed fields so ("ab", "c") and ("a", "bc") can never share a MAC.
    fields = [b"tovholder-reply-v1", _norm_member(member_email).encode(), conversation.encode()]
    message = b"".join(len(f).to_bytes(4, "big") + f for f in fields)
    return _b32(hmac.new(secret, message, hashlib.sha256).digest(), MAC_LEN)


def make_token(secret: bytes, member_email: str, conversation: str) -> str:
    if not secret:
        raise ValueError("reply token secret is empty")
    conv_id = public_id(conversation)
    member_id = public_id(member_email, member=True)
    return f"{conv_id}-{member_id}-{_mac(secret, member_email, conversation)}"


def parse_token(token: str) -> ParsedToken | None:
    """Split a token (any case) into its parts; None if it is not shaped like one."""
    match = _TOKEN.fullmatch(token.strip().lower())
    return ParsedToken(*match.groups()) if match else None


def verify_token(
    secret: bytes, token: str, candidates: Iterable[tuple[str, str]]
) -> tuple[str, str] | None:
    """The (member_email, conversation) among candidates that this token was made for, or None.

    Candidates may be every pair the service knows; those whose public ids do not match are
    skipped cheaply, the rest are checked with a constant-time comparison."""
    parsed = parse_token(token)
    if parsed is None or not secret:
        return None
    for member_email, conversation in candidates:
        if public_id(conversation) != parsed.conv_id:
            continue
        if public_id(member_email, member=True) != parsed.member_id:
            continue
        if hmac.compare_digest(_mac(secret, member_email, conversation), parsed.mac):
            return member_email, conversation
    return None


def _template(base: str) -> tuple[str, str]:
    """(before, after) around the token. `base` is either a template containing "{token}"
    ("svar-{token}@example.org") or a plain address, meaning plus-addressing."""
    if "{token}" in base:
        before, _, after = base.partition("{token}")
        return before, after
    local, at, domain = base.rpartition("@")
    if not at:
        raise ValueError(f"not an address: {base!r}")
    return f"{local}+", f"@{domain}"


def reply_address(base: str, token: str) -> str:
    """`reply_address("gruppe@example.org", t)` -> "gruppe+t@example.org"."""
    before, after = _template(base)
    return f"{before}{token}{after}"


def token_from_address(address: str, base: str) -> str | None:
    """The token in one address ("Name <gruppe+T@example.org>" or bare), case-insensitively;
    None if the address is not a reply address of this base."""
    before, after = _template(base)
    pattern = re.escape(before.lower()) + f"({_TOKEN.pattern})" + re.escape(after.lower())
    for _, addr in getaddresses([address]) or [("", address)]:
        match = re.fullmatch(pattern, addr.strip().lower())
        if match:
            return match.group(1)
    return None


def token_from_message(msg: Message, base: str) -> str | None:
    """The first reply token found in To, Cc, Delivered-To or X-Original-To."""
    # Raw values: addresses are ASCII, and this avoids the header registry's parser, which has
    # been known to raise on hostile input.
    raw = [(k.lower(), re.sub(r"\r?\n", "", str(v))) for k, v in msg.raw_items()]
    for header in ADDRESS_HEADERS:
        values = [v for k, v in raw if k == header.lower()]
        for _, addr in getaddresses(values):
            token = token_from_address(addr, base)
            if token:
                return token
    return None
