"""Hostile and broken incoming mail for the seeded fuzz (tests/test_fuzz.py, bench/fuzz.py).

Data-driven: the ingredients (kinds and their weights, formula texts, charsets, odd Message-IDs,
header injections) are in tests/data/fuzz/hostile.json; this module only assembles raw bytes
from them with ``random.Random(seed)``, so a seed names one exact sequence of mails.

Every mail carries a marker in its words: ``zq<n>zq`` when nothing in it may ever be written
(its From is not the member's own address, or it has no valid token), ``ok<n>ok`` for a genuine
member's reply. The fuzz looks for the first kind in every tab after each batch.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from email.utils import format_datetime
from pathlib import Path

DATA = json.loads((Path(__file__).parent / "data" / "fuzz" / "hostile.json").read_text("utf-8"))
MB = 1024 * 1024


@dataclass(frozen=True)
class Conversation:
    """An email Tovholder sent a member: a reply to its Reply-To carries a valid token."""

    member: str
    reply_to: str
    message_id: str
    subject: str
    kind: str  # form, action_reminder, agenda_call, ...


@dataclass(frozen=True)
class Hostile:
    kind: str
    raw: bytes
    own: bool  # From is the member's own address and the token is theirs: it may write
    marker: str


@dataclass
class Scene:
    """What a mail can refer to: the group's own address, its members, the emails they got."""

    own: str
    members: list[str]
    conversations: list[Conversation]
    genuine: list[Conversation]  # what genuine members answer in the fuzz (the form)
    when: dt.datetime


def stranger_marker(n: int) -> str:
    return f"zq{n}zq"


class Maker:
    def __init__(self, rng: random.Random, scene: Scene, n: int) -> None:
        self.rng, self.scene, self.n = rng, scene, n
        self.used_ids: list[str] = []

    # --- pieces ---------------------------------------------------------------------------

    def pick(self, key: str) -> str:
        return str(self.rng.choice(DATA[key]))

    def words(self, marker: str, count: int = 3) -> str:
        chosen = [self.pick("words") for _ in range(count)]
        return " ".join([*chosen, marker])

    def head(self, sender: str, to: str, subject: str, message_id: str | None = None,
             extra: str = "") -> bytes:
        mid = message_id if message_id is not None else f"<fuzz-{self.n}@klient.example.net>"
        date = format_datetime(self.scene.when - dt.timedelta(minutes=self.rng.randint(1, 50)))
        lines = [f"From: {sender}", f"To: {to}", f"Subject: {subject}", f"Date: {date}",
                 f"Message-ID: {mid}", "MIME-Version: 1.0"]
        if extra:
            lines.append(extra)
        return ("\r\n".join(lines) + "\r\n").encode("utf-8", "surrogateescape")

    def plain(self, sender: str, to: str, subject: str, body: str, *,
              message_id: str | None = None, extra: str = "", charset: str = "utf-8") -> bytes:
        ctype = f"Content-Type: text/plain; charset=\"{charset}\"\r\n" \
                "Content-Transfer-Encoding: 8bit\r\n"
        return (self.head(sender, to, subject, message_id, extra) + ctype.encode() + b"\r\n" +
                body.replace("\n", "\r\n").encode("utf-8", "surrogateescape"))

    def conversation(self) -> Conversation:
        return self.rng.choice(self.scene.conversations)

    def stranger(self) -> str:
        return self.pick("strangers")

    def answer(self, conv: Conversation, marker: str) -> str:
        """Words that would write something if the member had sent them."""
        formula = self.pick("formulas")
        if conv.kind.startswith("action"):
            return f"{self.pick('action_words')} {marker}\n{formula}"
        if conv.kind == "vacancy_call":
            return f"Ja {marker}"
        return f"{self.words(marker)}\n{formula} {marker}\nAndet: {formula}"


# --- the kinds: each makes one mail (raw bytes, may it write) --------------------------------

def broken_mime(m: Maker) -> tuple[bytes, bool]:
    marker = stranger_marker(m.n)
    body = (f"--nope\r\nContent-Type: text/plain\r\n\r\n{m.words(marker)}\r\n--nope\r\n"
            "Content-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            "JVBERi0xLjQK%%%==\r\n")  # the boundary the header names never comes; base64 is cut
    variant = m.rng.randrange(3)
    ctype = ['Content-Type: multipart/mixed; boundary="other"',
             "Content-Type: multipart/alternative",
             'Content-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: x-uuencode'
             ][variant]
    return m.head(m.stranger(), m.scene.own, f"Brudt {marker}", extra=ctype) + b"\r\n" + \
        body.encode(), False


def bogus_charset(m: Maker) -> tuple[bytes, bool]:
    marker = stranger_marker(m.n)
    conv = m.conversation()
    text = m.answer(conv, marker) + "\nÆble, øl og å – “citat” 😀"
    raw = m.plain(m.stranger(), conv.reply_to, f"SV: {conv.subject} {marker}", text,
                  charset=m.pick("charsets"))
    if m.rng.random() < 0.5:  # bytes that fit no declared charset
        raw += bytes(m.rng.randrange(128, 256) for _ in range(64))
    return raw, False


def nul_bytes(m: Maker) -> tuple[bytes, bool]:
    marker = stranger_marker(m.n)
    raw = m.plain(m.stranger(), m.scene.own, f"N\x00UL {marker}", f"{m.words(marker)}\x00\x00\x01")
    return raw.replace(b"Date:", b"Da\x00te:", 1) if m.rng.random() < 0.3 else raw, False


def huge_header(m: Maker) -> tuple[bytes, bool]:
    marker = stranger_marker(m.n)
    long = "A" * MB if m.rng.random() < 0.5 else ("x-" * (MB // 4))
    return m.plain(m.stranger(), m.scene.own, f"{marker} {long}", m.words(marker),
                   extra=f"X-Long: {long[: MB // 2]}"), False


def huge_body(m: Maker) -> tuple[bytes, bool]:
    marker = stranger_marker(m.n)
    line = (m.words(marker) + " ") * 8 + "\r\n"
    body = line.encode() * (20 * MB // len(line.encode()))
    return m.head(m.stranger(), m.scene.own, f"Stor {marker}",
                  extra='Content-Type: text/plain; charset="utf-8"') + b"\r\n" + body, False


def deep_nesting(m: Maker) -> tuple[bytes, bool]:
    marker = stranger_marker(m.n)
    depth = 200
    parts = [f'Content-Type: multipart/mixed; boundary="b{i}"\r\n\r\n--b{i}\r\n'
             for i in range(1, depth)]
    inner = f"Content-Type: text/plain\r\n\r\n{m.words(marker)}\r\n"
    closing = "".join(f"--b{i}--\r\n" for i in reversed(range(1, depth)))
    return m.head(m.stranger(), m.scene.own, f"Dyb {marker}",
                  extra='Content-Type: multipart/mixed; boundary="b0"') + b"\r\n--b0\r\n" + \
        ("".join(parts) + inner + closing + "--b0--\r\n").encode(), False


def forged_from(m: Maker) -> tuple[bytes, bool]:
    """From a member, but with no token, a forged one, or another member's."""
    marker = stranger_marker(m.n)
    conv = m.conversation()
    others = [x for x in m.scene.members if x != conv.member] or [conv.member]
    sender = m.rng.choice(others)
    variant = m.rng.randrange(3)
    to = [conv.reply_to, m.scene.own, conv.reply_to.replace("+", "+x", 1)][variant]
    if variant == 1:
        sender = conv.member  # the member's own address, but no token: never written
    return m.plain(sender, to, f"SV: {conv.subject} {marker}", m.answer(conv, marker)), False


def forged_own_copy(m: Maker) -> tuple[bytes, bool]:
    """Looks like the service's own copy of a sent email: our From, a Message-ID in our domain."""
    marker = stranger_marker(m.n)
    domain = m.scene.own.rpartition("@")[2]
    return m.plain(m.scene.own, m.scene.own, f"Kopi {marker}", m.words(marker),
                   message_id=f"<forged-{m.n}@{domain}>"), False


def stranger_token(m: Maker) -> tuple[bytes, bool]:
    """A valid token of a member, From a stranger (a forward, a forger)."""
    marker = stranger_marker(m.n)
    conv = m.conversation()
    return m.plain(m.stranger(), conv.reply_to, f"SV: {conv.subject} {marker}",
                   m.answer(conv, marker), extra=f"In-Reply-To: {conv.message_id}"), False


def header_injection(m: Maker) -> tuple[bytes, bool]:
    marker = stranger_marker(m.n)
    injected = m.pick("injections")
    sender = m.rng.choice([f'"Ondsindet\r\nBcc: alle@example.net" <{m.stranger()}>',
                           f"{m.stranger()}\r\nBcc: alle@example.net", m.stranger()])
    return m.plain(sender, m.scene.own, f"{injected} {marker}", m.words(marker)), False


def formula_text(m: Maker) -> tuple[bytes, bool]:
    """A genuine member's reply whose words are formulas: written, but only ever as text."""
    conv = m.rng.choice(m.scene.genuine)
    marker = f"ok{m.n}ok"
    return m.plain(conv.member, conv.reply_to, f"SV: {conv.subject}", m.answer(conv, marker),
                   extra=f"In-Reply-To: {conv.message_id}"), True


def odd_message_id(m: Maker) -> tuple[bytes, bool]:
    marker = stranger_marker(m.n)
    mid = m.pick("odd_message_ids").replace("@", f"{m.n}@", 1)
    raw = m.plain(m.stranger(), m.scene.own, f"Id {marker}", m.words(marker), message_id=mid)
    m.used_ids.append(mid)
    return raw, False


def reused_message_id(m: Maker) -> tuple[bytes, bool]:
    """A new mail under a Message-ID an earlier, different mail had."""
    marker = stranger_marker(m.n)
    mid = m.rng.choice(m.used_ids) if m.used_ids else "<reused@example.net>"
    return m.plain(m.stranger(), m.scene.own, f"Igen {marker}", m.words(marker),
                   message_id=mid), False


def plain_reply(m: Maker) -> tuple[bytes, bool]:
    conv = m.rng.choice(m.scene.genuine)
    return m.plain(conv.member, conv.reply_to, f"SV: {conv.subject}",
                   f"{m.words(f'ok{m.n}ok')}\n\nMed venlig hilsen"), True


def genuine_with_files(m: Maker) -> tuple[bytes, bool]:
    """A member's reply with files whose names and types are hostile (they are passed on)."""
    conv = m.rng.choice(m.scene.genuine)
    marker = f"ok{m.n}ok"
    parts = [f"Content-Type: text/plain; charset=utf-8\r\n\r\n{m.answer(conv, marker)}\r\n"]
    for _ in range(m.rng.randint(1, 3)):
        name = m.pick("filenames").replace('"', "'")
        ctype = m.pick("content_types")
        parts.append(f'Content-Type: {ctype}\r\nContent-Disposition: attachment; '
                     f'filename="{name}"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
                     "JVBERi0xLjQKJcOkw7zDtsOfCg==\r\n")
    body = "".join(f"--f{m.n}\r\n{p}" for p in parts) + f"--f{m.n}--\r\n"
    head = m.head(conv.member, conv.reply_to, f"SV: {conv.subject}",
                  extra=f'In-Reply-To: {conv.message_id}\r\n'
                        f'Content-Type: multipart/mixed; boundary="f{m.n}"')
    return head + b"\r\n" + body.encode("utf-8", "surrogateescape"), True


KINDS: dict[str, Callable[[Maker], tuple[bytes, bool]]] = {
    f.__name__: f for f in (broken_mime, bogus_charset, nul_bytes, huge_header, huge_body,
                            deep_nesting, forged_from, forged_own_copy, stranger_token,
                            header_injection, formula_text, odd_message_id, reused_message_id,
                            plain_reply, genuine_with_files)}
assert set(KINDS) == set(DATA["kinds"]), "hostile.json and hostile.py name the same kinds"


def hostile_mails(seed: int, count: int, scene: Scene) -> Iterator[Hostile]:
    """``count`` mails, the same for the same seed and scene (dated by ``scene.when`` as each
    is made, so a caller can move the clock between batches)."""
    rng = random.Random(seed)
    names = list(DATA["kinds"])
    weights = [float(DATA["kinds"][k]) for k in names]
    used: list[str] = []
    for n in range(count):
        kind = rng.choices(names, weights)[0]
        maker = Maker(rng, scene, n)
        maker.used_ids = used
        raw, own = KINDS[kind](maker)
        if kind != "reused_message_id" and kind != "odd_message_id":
            used.append(f"<fuzz-{n}@klient.example.net>")
        yield Hostile(kind, raw, own, stranger_marker(n) if not own else f"ok{n}ok")
