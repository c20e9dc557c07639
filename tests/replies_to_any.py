"""The harness of the blind corpus of replies to every kind of email (tests/data/replies-to-any
and its unseen half): one group as the corpus README describes it, the answered email logged as
sent, the reply delivered with its placeholders filled in, one tick with every feature's reply
handlers and the due functions that derive notes from replies; then what became of the reply.
"""

from __future__ import annotations

import datetime as dt
import email
import json
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from tests.replyworld import TZ, World, body
from tovholder.jobs.actions import replies as action_replies
from tovholder.jobs.agenda_call import proposals
from tovholder.jobs.base import pass_on
from tovholder.jobs.base.feature import handlers
from tovholder.jobs.consultations import consultations
from tovholder.jobs.registry import FEATURES
from tovholder.mailer.compose import make_message_id
from tovholder.mailer.ics import meeting_uid
from tovholder.mailer.tokens import make_token, reply_address

DATA = Path(__file__).parent / "data"
SERVICE = "gruppe@example.org"
MEETING = dt.date(2026, 4, 22)
PEOPLE = {"chair": "ida.engholm@example.org", "coordinator": "soren.baekgaard@example.org"}
ANSWERED = {  # what each `answers` names: (kind, key) of the email answered
    "agenda": ("agenda", "2026-04-22"), "followup": ("followup", "2026-04-22"),
    "actions": ("actions", "2026-04-27"), "draw": ("draw", "sekretaer:1"),
    "welcome": ("welcome", "jonas.krogsgaard@example.org"),
    "consultation_draft": ("consultation_draft", "affaldsbekendtgoerelse:1"),
    "form_confirm": ("form_confirm", "2026:svar"), "action_confirm": ("action_confirm", "abc123"),
    "notice": ("notice", "bounce:jonas"),
}
TABS = {
    "Medlemmer": [["Navn", "E-mail", "Status"],
                  ["Ida Engholm", "ida.engholm@example.org", "aktiv"],
                  ["Mette Lindholt", "mette.lindholt@example.org", "aktiv"],
                  ["Søren Bækgaard", "soren.baekgaard@example.org", "aktiv"],
                  ["Jonas Krogsgaard", "jonas.krogsgaard@example.org", "aktiv"]],
    "Funktioner": [["Funktion", "Varetages af"], ["Formand", "Ida Engholm"],
                   ["Høringstovholder", "Søren Bækgaard"], ["Sekretær", "Mette Lindholt"]],
    "Møder": [["Dato", "Start", "Slut", "Sted", "Status"],
              ["22-04-2026", "9.00", "12.00", "Fredericia Rådhus", "planlagt"]],
    "Opgaver": [["Nr", "Beskrivelse", "Ansvarlig", "Frist", "Status"],
                ["2", "Jordflytning", "Søren Bækgaard", "01-05-2026", "åben"],
                ["3", "PFAS-prøvetagning", "Mette Lindholt", "20-04-2026", "åben"],
                ["4", "Vejledning om varmepumper", "Jonas Krogsgaard", "01-05-2026", "åben"],
                ["5", "Referat af mødet 22. april", "Mette Lindholt", "29-04-2026", "åben"],
                ["6", "Høringssvar", "Søren Bækgaard", "15-05-2026", "åben"],
                ["7", "Støjdata", "Jonas Krogsgaard", "20-05-2026", "åben"],
                ["8", "Lokale", "Ida Engholm", "01-05-2026", "åben"]],
    "Høringer": [["Titel", "Myndighed", "Frist", "Link", "Tovholder"],
                 ["Høring om ny affaldsbekendtgørelse", "Miljøstyrelsen", "15-05-2026",
                  "https://example.org/hoering", "Søren Bækgaard"]],
}
# The due functions that turn what a handler recorded into emails; the others (digests,
# reminders, forms) would only add mail unrelated to the reply.
DERIVED = [pass_on.due_pass_on_notes, action_replies.due_action_answers,
           consultations.due_input_answers, proposals.due_agenda_answers]


def dropped_and_forwarded(out: Outcome) -> tuple[list[str], bool]:
    """(what a person had to read and nobody got, courtesy passed on as if it needed someone).
    A quarantined mail reaches the chair in her daily digest, so nothing in it is dropped."""
    e = out.expected
    text, files = out.reached_anyone()
    dropped = [] if out.mail_state == "quarantined" else \
        [s for s in e["must_reach_a_person"] if s not in text] + \
        [f for f in e["attachments"] if f not in files]
    return dropped, bool(e["courtesy_only"] and out.notes & {str(m["Message-ID"]) for m in out.sent})


class Stub:
    """What World needs of pytest's monkeypatch, outside pytest (the bench)."""

    def setitem(self, mapping: dict[str, object], key: str, value: object) -> None:
        mapping[key] = value


def cases(folder: str) -> list[str]:
    return sorted(p.name.removesuffix(".expected.json")
                  for p in (DATA / folder).glob("*.expected.json"))


@dataclass
class Outcome:
    expected: dict[str, object]
    mail_state: str  # the incoming mail's outcome in the Log
    sent: list[EmailMessage] = field(default_factory=list)
    attendance: list[tuple[str, str]] = field(default_factory=list)  # (state, comment)

    notes: set[str] = field(default_factory=set)  # Message-IDs of notes passing a reply on

    def to(self, who: str) -> list[EmailMessage]:
        """The notes that passed the reply on to ``who`` (not confirmations to the member)."""
        return [m for m in self.sent if PEOPLE[who] in str(m["To"])
                and str(m["Message-ID"]) in self.notes]

    def passed_on_text(self, who: str) -> str:
        """The member's words as the notes quote them (the notes' own text left out)."""
        return "\n".join(line[2:] for m in self.to(who) for line in body(m).splitlines()
                         if line.startswith("> "))

    def reached_anyone(self) -> tuple[str, list[str]]:
        """Every note's quoted words, and every file attached to a note, whoever got it."""
        notes = [m for m in self.sent if str(m["Message-ID"]) in self.notes]
        text = "\n".join(line[2:] for m in notes for line in body(m).splitlines()
                         if line.startswith("> "))
        return text, [str(p.get_filename()) for m in notes for p in m.iter_attachments()]

    def passed_on_files(self, who: str) -> list[str]:
        return [str(p.get_filename()) for m in self.to(who) for p in m.iter_attachments()]


def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, folder: str, name: str) -> Outcome:
    expected = json.loads((DATA / folder / f"{name}.expected.json").read_text(encoding="utf-8"))
    member = str(expected["member"])
    answered = str(expected["answers"])
    w = World(tmp_path, monkeypatch, dict(TABS), DERIVED, handlers(FEATURES))
    secret = w.group.sender.secret
    raw = (DATA / folder / f"{name}.eml").read_bytes().decode("utf-8", "surrogateescape")
    values = {"{{SERVICE}}": SERVICE, "{{UID}}": meeting_uid(SERVICE, MEETING)}
    log_rows = []
    if answered in ANSWERED:
        kind, key = ANSWERED[answered]
        mid = make_message_id(kind, key, member, "example.org")
        token = make_token(secret, member, f"{kind}:{key}")
        values |= {"{{REPLY_TO}}": reply_address(SERVICE, token), "{{MESSAGE_ID}}": mid}
        log_rows.append(["2026-04-15 09:00:00", kind, key, member, mid, "sent", ""])
    for placeholder, value in values.items():
        raw = raw.replace(placeholder, value)
    _log_sent(w, log_rows)
    w.mail.box.deliver(raw.encode("utf-8", "surrogateescape"))
    w.tick(dt.datetime(2026, 5, 7, 10, tzinfo=TZ))
    log = w.workbook().log
    states = [e.state for e in log if e.kind == "mail"]
    out = Outcome(expected, states[-1] if states else "")
    out.sent = w.sent()
    out.attendance = [(e.state, e.detail) for e in log if e.kind == "attendance"]
    out.notes = {e.message_id for e in log if e.state == "sent" and
                 (e.kind.endswith("_chair") or e.kind.endswith("_note"))}
    return out


def _log_sent(w: World, rows: list[list[str]]) -> None:
    from tovholder.sheets import schema
    from tovholder.sheets.batch import Batch, NewTab
    from tovholder.sheets.starter import header

    w.backend.create_tabs([NewTab(schema.LOG.title("da"), (header(schema.LOG, "da"),))])
    batch = Batch()
    batch.append(schema.LOG.title("da"), *[tuple(r) for r in rows])
    w.backend.apply(batch)


def parse(raw: bytes) -> EmailMessage:
    msg = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    return msg
