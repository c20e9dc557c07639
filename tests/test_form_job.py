"""The form end to end through the local mailbox and an xlsx workbook: send → reply → Svar row →
confirmation in the thread → nothing new; reminders; bad input; the competence overview."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import write_xlsx
from tovholder.core.errors import ConfigError
from tovholder.core.schema import read
from tovholder.jobs.base.messages import Sender
from tovholder.jobs.form.answers import flagged_of
from tovholder.jobs.form.competences import competence_overview
from tovholder.jobs.form.feature import FEATURE as FORM
from tovholder.jobs.form.form import FormSettings
from tovholder.jobs.runner import tick as tick_module
from tovholder.jobs.runner.tick import Group, tick
from tovholder.mailer.mailbox import LocalMail
from tovholder.sheets import schema
from tovholder.sheets.parse import parse_snapshot
from tovholder.sheets.starter import EXAMPLES, header, row_for
from tovholder.sheets.xlsx import XlsxBackend

TZ = ZoneInfo("Europe/Copenhagen")
NOW = dt.datetime(2026, 3, 3, 10, 0, tzinfo=TZ)
GROUP = "gruppe@example.org"
MEMBERS = [("Karen Munk", "karen.munk@example.org", "aktiv"),
           ("Bo Lykkegaard", "bo.lykkegaard@example.org", "aktiv"),
           ("Sara Holmsted", "sara.holmsted@example.org", "udtrådt")]


class Setup:
    def __init__(self, tmp_path: Path, answers: list[list[str]] | None = None) -> None:
        form_rows = [header(schema.FORM, "da")] + [row_for(schema.FORM, r)
                                                   for r in EXAMPLES["form"]["da"]]
        self.path = write_xlsx(tmp_path / "g.xlsx", {
            "Medlemmer": [["Navn", "E-mail", "Status"], *[list(m) for m in MEMBERS]],
            "Funktioner": [["Funktion", "Varetages af"], ["Formand", "karen.munk@example.org"]],
            "Skema": [list(r) for r in form_rows],
            "Svar": [[*header(schema.ANSWERS, "da"), "interesser"], *(answers or [])],
        })
        self.mail = LocalMail(tmp_path / "mail")
        self.group = Group(XlsxBackend(self.path), self.mail,
                           Sender(GROUP, "Tovholder", "da", b"test-secret"),
                           settings={"form": FormSettings("2026", reminder_days=7,
                                                          max_reminders=2)},
                           features=(FORM,))

    def tick(self, now: dt.datetime = NOW) -> tick_module.TickReport:
        return tick(self.group, now, say=lambda _: None)

    def outbox(self) -> list[EmailMessage]:
        files = sorted((self.mail.box.root / "outbox").glob("*.eml"))
        return [email.message_from_bytes(f.read_bytes(), policy=email.policy.default)
                for f in files]

    def wb(self):
        return parse_snapshot(XlsxBackend(self.path).read())

    def reply(self, to: EmailMessage, text: str, *, sender: str = "karen.munk@example.org",
              message_id: str = "<r1@mail.example.org>", html: str | None = None) -> bytes:
        msg = EmailMessage()
        msg["From"] = f"Karen Munk <{sender}>"
        msg["To"] = str(to["Reply-To"])
        msg["Subject"] = "SV: " + str(to["Subject"])
        msg["Message-ID"] = message_id
        msg["In-Reply-To"] = str(to["Message-ID"])
        msg["References"] = str(to["Message-ID"])
        msg["Date"] = "Tue, 03 Mar 2026 11:00:00 +0100"
        msg.set_content(text)
        if html:
            msg.add_alternative(html, subtype="html")
        raw = msg.as_bytes()
        self.mail.box.deliver(raw)
        return raw


def quoted(msg: EmailMessage) -> str:
    body = msg.get_body(("plain",)).get_content()
    return "\n".join("> " + line for line in body.splitlines())


def test_send_reply_record_confirm_and_nothing_twice(tmp_path: Path) -> None:
    s = Setup(tmp_path)
    s.tick()
    sent = s.outbox()
    assert sorted(str(m["To"]) for m in sent) == ["Bo Lykkegaard <bo.lykkegaard@example.org>",
                                                  "Karen Munk <karen.munk@example.org>"]
    karen = next(m for m in sent if "karen" in str(m["To"]))
    text = karen.get_body(("plain",)).get_content()
    assert "Sæt x ved det, der passer" in text and "[ ] PFAS" in text
    assert "[ ] PFAS" in karen.get_body(("html",)).get_content()
    s.tick()
    assert len(s.outbox()) == 2  # the same round is never sent twice

    reply = ("PFAS og spildevand\nFunktioner: sekretær\n"
             'Andet: =HYPERLINK("http://example.org";"klik")\n\nMvh\nKaren\n\n'
             "Den tir. 3. mar. 2026 kl. 10.00 skrev Tovholder <gruppe@example.org>:\n"
             + quoted(karen).replace("> [ ] Jord", "> [x] Jord"))
    s.reply(karen, reply)
    s.tick(NOW + dt.timedelta(hours=1))
    wb = s.wb()
    assert len(wb.answers) == 1
    row = wb.answers[0]
    assert (row.member, row.round, row.message_id) == ("karen.munk@example.org", "2026",
                                                       "<r1@mail.example.org>")
    assert row.answers["interesser"] == "PFAS; Spildevand; Jord"
    assert row.answers["funktioner"] == "Sekretær"
    assert row.answers["andet"] == '=HYPERLINK("http://example.org";"klik")'
    cell = [c for c in XlsxBackend(s.path)._load()["Svar"][2] if c.value and
            str(c.value).startswith("=HYPER")][0]
    assert cell.data_type == "s"  # text, never a formula

    confirm = s.outbox()[-1]
    assert confirm["In-Reply-To"] == "<r1@mail.example.org>"
    assert "<r1@mail.example.org>" in str(confirm["References"])
    body = confirm.get_body(("plain",)).get_content()
    assert "svar på denne mail for at rette" in body and "[x] Spildevand" in body
    count = len(s.outbox())
    s.tick(NOW + dt.timedelta(hours=2))
    assert len(s.outbox()) == count  # nothing new
    log = s.wb().log
    assert any(e.kind == "mail" and e.state == "processed" and "svar registreret" in e.detail
               for e in log)

    # the same reply delivered again changes nothing
    s.reply(karen, reply)
    s.tick(NOW + dt.timedelta(hours=3))
    assert len(s.wb().answers) == 1 and len(s.outbox()) == count


def test_correcting_by_replying_to_the_confirmation(tmp_path: Path) -> None:
    s = Setup(tmp_path)
    s.tick()
    karen = next(m for m in s.outbox() if "karen" in str(m["To"]))
    s.reply(karen, "Interesser: PFAS\nFunktioner: formand og sekretær")
    s.tick(NOW + dt.timedelta(hours=1))
    confirm = s.outbox()[-1]
    s.reply(confirm, quoted(confirm).replace("> [x] Formand", "> [ ] Formand"),
            message_id="<r2@mail.example.org>")
    s.tick(NOW + dt.timedelta(hours=2))
    rows = s.wb().answers
    assert [r.answers["funktioner"] for r in rows] == ["Formand; Sekretær", "Sekretær"]
    assert rows[1].answers["interesser"] == "PFAS"  # untouched: kept


def test_bad_input_has_defined_outcomes(tmp_path: Path) -> None:
    s = Setup(tmp_path)
    s.tick()
    karen = next(m for m in s.outbox() if "karen" in str(m["To"]))
    s.reply(karen, "ok\n\nSendt fra min iPhone", message_id="<ok@mail.example.org>")
    s.reply(karen, "", message_id="<empty@mail.example.org>",
            html="<html><head><style>p{}</style><script>var a='[x] PFAS'</script></head>"
                 "<body><p>Tak</p></body></html>")
    # another member answers Karen's (forwarded) form: the chair reviews it
    s.reply(karen, "Interesser: affald", sender="bo.lykkegaard@example.org",
            message_id="<fwd@mail.example.org>")
    big = EmailMessage()
    big["From"] = "Karen Munk <karen.munk@example.org>"
    big["To"], big["Subject"] = str(karen["Reply-To"]), "SV: skema"
    big["Message-ID"], big["In-Reply-To"] = "<big@mail.example.org>", str(karen["Message-ID"])
    big.set_content("Interesser: støj")
    big.add_attachment(b"\0" * (20 * 1024 * 1024), maintype="application", subtype="pdf",
                       filename="bilag.pdf")
    s.mail.box.deliver(big.as_bytes())
    report = s.tick(NOW + dt.timedelta(hours=1))
    assert report.inbox.seen == 4
    rows = s.wb().answers
    assert [(r.message_id, r.answers["interesser"]) for r in rows] == [
        ("<big@mail.example.org>", "Støj")]
    details = {e.message_id: (e.state, e.detail) for e in s.wb().log if e.kind == "mail"}
    assert details["<ok@mail.example.org>"][1].startswith("courtesy")  # not an answer
    assert details["<empty@mail.example.org>"][1].startswith("courtesy")
    assert details["<fwd@mail.example.org>"][0] == "quarantined"


def test_reminders_after_n_days_at_most_m_times(tmp_path: Path) -> None:
    s = Setup(tmp_path)
    s.tick()
    assert len(s.outbox()) == 2
    s.tick(NOW + dt.timedelta(days=3))
    assert len(s.outbox()) == 2
    s.tick(NOW + dt.timedelta(days=7, minutes=1))
    assert [str(m["Subject"]) for m in s.outbox()[2:]] == ["Påmindelse: kompetenceskema 2026"] * 2
    s.tick(NOW + dt.timedelta(days=8))
    assert len(s.outbox()) == 4
    s.tick(NOW + dt.timedelta(days=15))
    s.tick(NOW + dt.timedelta(days=30))
    s.tick(NOW + dt.timedelta(days=60))
    assert len(s.outbox()) == 6  # two reminders each, never more


def test_answered_members_get_no_form_and_prefill_shows_latest(tmp_path: Path) -> None:
    s = Setup(tmp_path, answers=[
        ["karen.munk@example.org", "2025", "2025-03-01 10:00:00", "<old@x>", "", "PFAS; Støj"],
        ["bo.lykkegaard@example.org", "2026", "2026-03-01 10:00:00", "<new@x>", "", "Affald"],
    ])
    s.tick()
    sent = s.outbox()
    assert [str(m["To"]) for m in sent] == ["Karen Munk <karen.munk@example.org>"]
    text = sent[0].get_body(("plain",)).get_content()
    assert "[x] PFAS" in text and "[x] Støj" in text and "[ ] Affald" in text
    # Karen answers: the new question columns get their headers, next to "interesser"
    s.reply(sent[0], "Erfaring: 9")
    s.tick(NOW + dt.timedelta(hours=1))
    wb = s.wb()
    assert set(wb.layouts["answers"].extra) >= {"interesser", "erfaring", "andet",
                                                 "Ikke forstået"}
    assert wb.answers[-1].answers["interesser"] == "PFAS; Støj"
    assert wb.answers[-1].answers["erfaring"] == "9"


def test_settings_from_table() -> None:
    assert read(FormSettings, {"round": " 2026 "}) == FormSettings("2026", 7, 2)
    assert read(FormSettings, {"round": 2026, "reminder_days": 3, "max_reminders": 0}
                ) == FormSettings("2026", 3, 0)
    for bad, key in (({}, "round"), ({"round": ""}, "round"), ({"round": True}, "round"),
                     ({"round": "x", "reminder_days": 0}, "reminder_days"),
                     ({"round": "x", "max_reminders": True}, "max_reminders")):
        with pytest.raises(ConfigError) as err:
            read(FormSettings, bad)
        assert err.value.params["key"] == key


def test_competence_overview(tmp_path: Path) -> None:
    s = Setup(tmp_path)
    s.tick()
    karen = next(m for m in s.outbox() if "karen" in str(m["To"]))
    s.reply(karen, "Interesser: PFAS og jord\nFunktioner: formand")
    s.tick(NOW + dt.timedelta(hours=1))
    overview = competence_overview(s.wb(), "da")
    text = overview.text()
    assert "Karen Munk" in text and "Formand: Karen Munk" in text
    assert "Høringstovholder: ingen endnu" in text
    assert "<table" in overview.html() and "Karen Munk" in overview.html()


def test_the_confirmation_shows_which_answer_was_read_from_which_words(tmp_path: Path) -> None:
    """Issue 14: the member sees what was read from their own words, not only the result."""
    s = Setup(tmp_path)
    s.tick()
    karen = next(m for m in s.outbox() if "karen" in str(m["To"]))
    s.reply(karen, "Jord, pfas og støj. Fjern mig fra netværket – det har en kollega overtaget."
                   "\n\nMvh Karen\n\n> tidligere mail\n" + quoted(karen))
    s.tick(NOW + dt.timedelta(hours=1))
    assert s.wb().answers[0].answers["interesser"] == "PFAS; Støj; Jord"
    confirm = s.outbox()[-1]
    body = confirm.get_body(("plain",)).get_content()
    assert "Sådan læste vi dine egne ord:" in body
    assert "Interesser: PFAS; Støj; Jord — fra «Jord, pfas og støj.»" in body
    assert "Grupper: (intet) — fra «Fjern mig fra netværket" in body
    html = confirm.get_body(("html",)).get_content()
    assert "Interesser: PFAS; Støj; Jord — fra «Jord, pfas og støj.»" in html


def test_news_under_andet_is_recorded_passed_on_and_not_called_not_understood(
        tmp_path: Path) -> None:
    """Issue 14: "Andet: Jeg går på pension ..." is written to Andet and also reaches the chair;
    the member's confirmation does not call it something that was not understood."""
    s = Setup(tmp_path)
    s.tick()
    karen = next(m for m in s.outbox() if "karen" in str(m["To"]))
    s.reply(karen, "Andet: Jeg går på pension 1. april.\n\nMvh Karen\n\n> tidligere mail\n"
            + quoted(karen))
    s.tick(NOW + dt.timedelta(hours=1))
    row = s.wb().answers[0]
    assert row.answers["andet"] == "Jeg går på pension 1. april."
    assert "Jeg går på pension 1. april." in flagged_of(row)
    confirm = s.outbox()[-1].get_body(("plain",)).get_content()
    assert "Dette kunne jeg ikke forstå" not in confirm
