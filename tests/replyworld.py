"""A group to test answerable emails end to end: an .xlsx workbook, the local mailbox, whole ticks
at chosen moments with chosen due functions and handlers, and replies delivered to the Reply-To
address each member got (quoted the way a mail client quotes). Nothing is mocked but the clock.
"""

from __future__ import annotations

import datetime as dt
import email
from collections.abc import Sequence
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import write_xlsx
from tests.features import made_up
from tovholder.jobs.base.context import Due, Handler
from tovholder.jobs.base.feature import Feature
from tovholder.jobs.base.messages import Sender
from tovholder.jobs.runner.tick import Group, tick
from tovholder.mailer.mailbox import LocalMail
from tovholder.sheets.model import Workbook
from tovholder.sheets.parse import parse_snapshot
from tovholder.sheets.xlsx import XlsxBackend

TZ = ZoneInfo("Europe/Copenhagen")
CHAIR = "ida.engholm@example.org"
MEMBERS = [["Navn", "E-mail", "Status"],
           ["Ida Engholm", CHAIR, "aktiv"],
           ["Mette Lindholt", "mette.lindholt@example.org", "aktiv"],
           ["Søren Bækgaard", "soren.baekgaard@example.org", "aktiv"],
           ["Jonas Krogsgaard", "jonas.krogsgaard@example.org", "aktiv"],
           ["Peter Ravnholt", "peter.ravnholt@example.org", "udtrådt"]]
ROLES = [["Funktion", "Varetages af"], ["Formand", CHAIR],
         ["Høringstovholder", "Søren Bækgaard"]]


class World:
    def __init__(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                 tabs: dict[str, list[list[str]]], due: Sequence[Due],
                 handlers: dict[str, Handler], settings: dict[str, object] | None = None,
                 lang: str = "da", features: Sequence[Feature] = ()) -> None:
        snapshot = {"Medlemmer": MEMBERS, "Funktioner": ROLES, **tabs}
        self.backend = XlsxBackend(write_xlsx(tmp_path / "gruppe.xlsx", snapshot))
        self.mail = LocalMail(tmp_path / "post")
        sender = Sender("gruppe@example.org", "Miljøgruppen", lang, b"hemmelig",
                        group="Miljøgruppen")
        self.group = Group(self.backend, self.mail, sender, settings=settings or {},
                           features=(*made_up(due, handlers), *features))
        self.seen = 0
        self.lines: list[str] = []

    def tick(self, now: dt.datetime) -> list[EmailMessage]:
        """Run one tick; the e-mails it sent."""
        tick(self.group, now, say=self.lines.append)
        sent = self.sent()
        new, self.seen = sent[self.seen:], len(sent)
        return new

    def sent(self) -> list[EmailMessage]:
        return [email.message_from_bytes(p.read_bytes(), policy=policy.default)  # type: ignore[misc]
                for p in sorted(self.mail.box.outbox.glob("*.eml"))]

    def reply(self, original: EmailMessage, text: str, when: dt.datetime, *,
              html: str | None = None) -> str:
        """Deliver a reply to ``original`` from its recipient; its Message-ID."""
        msg = EmailMessage()
        msg["From"] = str(original["To"])
        msg["To"] = str(original["Reply-To"])
        msg["Subject"] = "Re: " + str(original["Subject"])
        msg["Message-ID"] = make_msgid(domain="example.org")
        msg["In-Reply-To"] = str(original["Message-ID"])
        msg["Date"] = format_datetime(when)
        quoted = "\n".join("> " + line for line in body(original).splitlines())
        if html is None:
            msg.set_content(f"{text}\n\nDen {when:%d.%m.%Y} skrev {original['From']}:\n{quoted}\n")
        else:
            msg.set_content(html, subtype="html")
        self.mail.box.deliver(bytes(msg))
        return str(msg["Message-ID"])

    def workbook(self) -> Workbook:
        return parse_snapshot(self.backend.read())


def body(msg: EmailMessage) -> str:
    return msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]


def to(msgs: list[EmailMessage], local: str, subject: str = "") -> EmailMessage:
    found = [m for m in msgs if local in str(m["To"]) and subject in str(m["Subject"])]
    assert len(found) == 1, [(str(m["To"]), str(m["Subject"])) for m in msgs]
    return found[0]


def at(day: dt.date | str, hour: int = 9) -> dt.datetime:
    day = dt.date.fromisoformat(day) if isinstance(day, str) else day
    return dt.datetime.combine(day, dt.time(hour), tzinfo=TZ)
