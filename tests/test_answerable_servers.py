"""Every email can be answered (issue 7), end to end on the real servers (Dovecot + SMTP from
tests/mailservers.py): actions by reply, agenda proposals by reply and consultation input. The
service sends over SMTP, members read over IMAP and answer from their own mailbox over SMTP to the
Reply-To they got, quoting it the way a mail client does; whole ticks run with the real feature
lists (tovholder.jobs.registry) at chosen moments. Nothing is mocked but the clock (``now``); the workbook
is read back from the .xlsx file itself."""

from __future__ import annotations

import datetime as dt
import io
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from zoneinfo import ZoneInfo

import pytest
from docx import Document
from openpyxl import load_workbook

from tests.conftest import write_xlsx
from tests.mailservers import MailServers
from tests.test_mail_loop import Killed, Setup, setup  # noqa: F401 - the fixture
from tests.test_smtp_imap import smtp_settings
from tovholder.jobs.registry import FEATURES
from tovholder.jobs.runner.tick import tick
from tovholder.mailer.smtp import SmtpSender

pytestmark = pytest.mark.servers
TZ = ZoneInfo("Europe/Copenhagen")
NAMES = ["Ida Engholm", "Mette Lindholt", "Søren Bækgaard"]  # members[0] is Formand


def at(day: str, hour: int = 9) -> dt.datetime:
    return dt.datetime.combine(dt.date.fromisoformat(day), dt.time(hour), tzinfo=TZ)


def body(msg: EmailMessage) -> str:
    return msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]


def run(s: Setup, now: dt.datetime) -> list[str]:
    """One whole tick with the real feature lists; the recipients it sent to."""
    s.group.features = FEATURES
    return [o.recipient for o in tick(s.group, now, say=lambda _: None).sent.sent]


def workbook(s: Setup, tabs: dict[str, list[list[str]]],
             extra: tuple[tuple[str, str], ...] = ()) -> None:
    """Rewrite the fixture's workbook: Ida (chair), Mette, Søren and any extra members."""
    people = [(NAMES[i], s.address(u)) for i, u in enumerate(s.members)] + [*extra]
    s.path.unlink()
    write_xlsx(s.path, {
        "Medlemmer": [["Navn", "E-mail", "Status"], *([n, e, "aktiv"] for n, e in people)],
        "Funktioner": [["Funktion", "Varetages af"], ["Formand", s.address(s.members[0])],
                       *tabs.pop("Funktioner", [])],
        **tabs,
    })


def rows(s: Setup, tab: str) -> list[list[object]]:
    """A tab as the .xlsx file holds it (None for an empty cell)."""
    wb = load_workbook(s.path)
    try:
        return [[c.value for c in r] for r in wb[tab].iter_rows()]
    finally:
        wb.close()


def cell_types(s: Setup, tab: str, row: int) -> set[str]:
    wb = load_workbook(s.path)
    try:
        return {c.data_type for c in wb[tab][row] if c.value is not None}
    finally:
        wb.close()


def mails(s: Setup, user: tuple[str, str], subject: str = "") -> list[EmailMessage]:
    return [m for m in s.inbox_of(user) if subject in str(m["Subject"])]


def one(s: Setup, user: tuple[str, str], subject: str) -> EmailMessage:
    found = mails(s, user, subject)
    assert len(found) == 1, [str(m["Subject"]) for m in s.inbox_of(user)]
    return found[0]


def answer(s: Setup, member: tuple[str, str], received: EmailMessage, text: str,
           when: dt.datetime) -> str:
    """The member answers ``received`` from their own mailbox, over SMTP with their own login,
    to its Reply-To, quoting it below their words; the reply's Message-ID."""
    reply = EmailMessage()
    reply["From"] = s.address(member)
    reply["To"] = str(received["Reply-To"])
    reply["Subject"] = "SV: " + str(received["Subject"])
    reply["Date"] = format_datetime(when)
    reply["Message-ID"] = make_msgid(domain="client.example.org")
    reply["In-Reply-To"] = str(received["Message-ID"])
    reply["References"] = str(received["Message-ID"])
    quoted = "\n".join("> " + line for line in body(received).splitlines())
    reply.set_content(f"{text}\n\nDen {when:%d.%m.%Y} kl. {when:%H.%M} skrev "
                      f"{received['From']}:\n{quoted}\n")
    with SmtpSender(smtp_settings(s.servers, member)) as smtp:
        assert smtp.send(reply) == {}
    return str(reply["Message-ID"])


def confirmed(msg: EmailMessage) -> str:
    """The one line of a confirmation, between its greeting and its sign-off."""
    lines = [ln for ln in body(msg).splitlines() if ln.strip()]
    assert lines[0].startswith("Hej ") and lines[-2] == "Venlig hilsen", lines
    [line] = lines[1:-2]
    return line


def log_states(s: Setup, kind: str) -> list[tuple[str, str]]:
    return [(e.state, e.recipient) for e in s.log() if e.kind == kind]


# --- actions by reply ------------------------------------------------------------------------

OPGAVER = ["Nr", "Møde", "Opgave", "Ansvarlig", "Frist", "Status", "Note"]


def actions_group(s: Setup, *actions: list[str], held: str = "") -> None:
    meetings = [["Dato", "Status"]] + ([[held, "afholdt"]] if held else [])
    workbook(s, {"Møder": meetings, "Opgaver": [OPGAVER, *actions]})


def test_done_by_reply_to_a_reminder_updates_the_status_cell_and_is_confirmed_in_thread(
        setup: Setup) -> None:  # noqa: F811
    chair, mette, soren = setup.members
    actions_group(setup,
                  ["2", "", "Skriv udkast til høringssvar om PFAS", NAMES[1], "07-03-2026",
                   "åben", ""],
                  ["4", "", "Ring til kommunen om støjmålinger", NAMES[1], "06-03-2026", "åben",
                   "aftalt på mødet"],
                  ["6", "", "Send referat", NAMES[2], "20-03-2026", "åben", ""])
    assert run(setup, at("2026-03-05")) == [setup.address(mette)]  # 3 days before: Mette only
    reminder = one(setup, mette, "Påmindelse")
    assert "2: Skriv udkast" in body(reminder) and "+" in str(reminder["Reply-To"])
    before = rows(setup, "Opgaver")

    reply_id = answer(setup, mette, reminder, "Hej Ida\n\n2 er færdig.\n\nMvh Mette",
                      at("2026-03-05", 10))
    assert run(setup, at("2026-03-05", 11)) == [setup.address(mette)]
    after = rows(setup, "Opgaver")
    assert after[1][5] == "færdig" and after[1][0] == "2"  # the status cell of action 2 only
    assert after[1][:5] + after[1][6:] == before[1][:5] + before[1][6:]
    assert after[2:] == before[2:]  # action 4 (also Mette's) and Søren's are untouched
    assert cell_types(setup, "Opgaver", 2) == {"s"}  # text, never a formula
    assert log_states(setup, "action_reply") == [("recorded", setup.address(mette))]

    confirm = one(setup, mette, "noteret")
    assert str(confirm["In-Reply-To"]) == reply_id  # in the member's own thread
    assert reply_id in str(confirm["References"])
    assert confirmed(confirm) == "Opgave 2 er markeret som færdig."
    assert not setup.inbox_of(chair) and not setup.inbox_of(soren)  # all understood
    assert run(setup, at("2026-03-05", 12)) == []  # once


def test_new_due_date_by_reply_to_the_follow_up_moves_the_frist_cell_and_is_confirmed(
        setup: Setup) -> None:  # noqa: F811
    chair, mette, soren = setup.members
    actions_group(setup,
                  ["2", "03-03-2026", "Skriv udkast til høringssvar om PFAS", NAMES[1],
                   "07-02-2026", "færdig", ""],
                  ["4", "03-03-2026", "Ring til kommunen om støjmålinger", NAMES[1],
                   "20-03-2026", "åben", ""],
                  ["6", "03-03-2026", "Send referat", NAMES[2], "27-03-2026", "åben", ""],
                  held="03-03-2026")
    assert run(setup, at("2026-03-05")) == []  # the follow-up waits 3 days after the meeting
    assert sorted(run(setup, at("2026-03-06"))) == sorted(setup.address(u) for u in setup.members)
    followup = one(setup, mette, "Opfølgning på mødet 3. marts 2026")
    assert "Ring til kommunen" in body(followup)

    reply_id = answer(setup, mette, followup, "ny frist 1. juni", at("2026-03-06", 10))
    assert run(setup, at("2026-03-06", 11)) == [setup.address(mette)]
    opgaver = rows(setup, "Opgaver")
    # her only open action; the new due date a real date the chair can sort by (issue 16)
    assert opgaver[2][0] == "4" and opgaver[2][4] == dt.datetime(2026, 6, 1)
    assert [r[5] for r in opgaver[1:]] == ["færdig", "åben", "åben"]
    assert opgaver[3][4] == "27-03-2026"  # Søren's is not hers
    assert cell_types(setup, "Opgaver", 3) == {"s", "d"}  # the member's words text, the date a date
    confirm = one(setup, mette, "noteret")
    assert str(confirm["In-Reply-To"]) == reply_id
    assert "1. juni 2026" in confirmed(confirm)
    assert len(setup.inbox_of(chair)) == 1  # the follow-up only: nothing for the chair
    assert len(setup.inbox_of(soren)) == 1


def test_done_for_a_number_the_member_does_not_own_changes_nothing_and_goes_to_the_chair(
        setup: Setup) -> None:  # noqa: F811
    chair, mette, _ = setup.members
    actions_group(setup,
                  ["4", "03-03-2026", "Ring til kommunen om støjmålinger", NAMES[1],
                   "20-03-2026", "åben", ""],
                  ["6", "03-03-2026", "Send referat", NAMES[2], "27-03-2026", "åben", ""],
                  held="03-03-2026")
    run(setup, at("2026-03-06"))
    followup = one(setup, mette, "Opfølgning på mødet 3. marts 2026")
    assert "Send referat" in body(followup)  # the meeting's new actions, everybody's
    before = rows(setup, "Opgaver")
    answer(setup, mette, followup, "Nr. 6 er færdig, jeg sendte referatet for Søren.",
           at("2026-03-06", 10))
    run(setup, at("2026-03-06", 11))
    assert rows(setup, "Opgaver") == before  # today: action 4, hers, is marked færdig
    assert mails(setup, chair, f"{NAMES[1]} har svaret om sine opgaver")


def test_not_mine_by_reply_goes_to_the_chair_quoted_and_changes_nothing(
        setup: Setup) -> None:  # noqa: F811
    chair, mette, _ = setup.members
    actions_group(setup,
                  ["2", "", "Skriv udkast til høringssvar om PFAS", NAMES[1], "07-03-2026",
                   "åben", ""],
                  ["4", "", "Ring til kommunen om støjmålinger", NAMES[1], "06-03-2026", "åben",
                   ""])
    run(setup, at("2026-03-05"))
    reminder = one(setup, mette, "Påmindelse")
    rows_before = rows(setup, "Opgaver")

    words = "Ikke min – det er Søren, der plejer at tage kontakten til kommunen."
    reply_id = answer(setup, mette, reminder, words, at("2026-03-05", 10))
    assert sorted(run(setup, at("2026-03-05", 11))) == sorted(
        [setup.address(chair), setup.address(mette)])
    assert rows(setup, "Opgaver") == rows_before  # nothing invented
    assert log_states(setup, "action_reply") == [("chair", setup.address(mette))]

    note = one(setup, chair, f"{NAMES[1]} har svaret om sine opgaver")
    assert f"> {words}" in body(note)  # quoted for the chair to reassign
    assert "ikke skrevet ind" in body(note)
    assert not mails(setup, chair, "Påmindelse")
    confirm = one(setup, mette, "noteret")
    assert str(confirm["In-Reply-To"]) == reply_id and "formanden" in confirmed(confirm)
    assert run(setup, at("2026-03-05", 12)) == []  # once


# --- agenda proposals by reply ---------------------------------------------------------------

def test_two_proposals_by_reply_become_foreslaaet_rows_and_only_the_chairs_digest_lists_them(
        setup: Setup) -> None:  # noqa: F811
    chair, mette, soren = setup.members
    workbook(setup, {
        "Møder": [["Dato", "Start", "Slut", "Sted", "Status"],
                  ["22-04-2026", "9.00", "12.00", "Fredericia Rådhus", "planlagt"]],
        "Dagsorden": [["Møde", "Nr", "Punkt", "Ansvarlig", "Note", "Status"],
                      ["22-04-2026", "1", "Tilsynskampagne 2026", NAMES[0], "", "planlagt"]]})
    assert run(setup, at("2026-04-07")) == []  # 15 days before
    assert len(run(setup, at("2026-04-08"))) == 3  # 14 days before: every active member
    call = one(setup, mette, "Punkter til næste møde")
    assert "Tilsynskampagne 2026" in body(call)
    assert run(setup, at("2026-04-08", 12)) == []

    reply_id = answer(setup, mette, call, "Hej\n\nJeg har to punkter:\n"
                                          "- Støjklager fra varmepumper\n"
                                          "- Erfaringer med den nye affaldsbekendtgørelse\n\n"
                                          "Mvh Mette", at("2026-04-09"))
    assert run(setup, at("2026-04-09", 10)) == [setup.address(mette)]
    dagsorden = rows(setup, "Dagsorden")
    assert [r[2:4] + r[5:] for r in dagsorden[2:]] == [
        ["Støjklager fra varmepumper", NAMES[1], "foreslået"],
        ["Erfaringer med den nye affaldsbekendtgørelse", NAMES[1], "foreslået"]]
    assert all(r[0] == dt.datetime(2026, 4, 22) for r in dagsorden[2:])  # real dates (issue 16)
    assert cell_types(setup, "Dagsorden", 3) == {"s", "d"}  # the member's words text
    thanks = one(setup, mette, "noteret")
    assert str(thanks["In-Reply-To"]) == reply_id
    assert "“Støjklager fra varmepumper”" in body(thanks)
    assert len(setup.inbox_of(chair)) == 1  # the call only: everything was understood

    assert len(run(setup, at("2026-04-15", 8))) == 3  # the agenda digest, 7 days before
    [chairs] = mails(setup, chair, "Dagsorden")
    assert "FORSLAG TIL DAGSORDENEN" in body(chairs)
    for title in ("Støjklager fra varmepumper", "Erfaringer med den nye affaldsbekendtgørelse"):
        assert title in body(chairs)
    for member in (mette, soren):
        [digest] = mails(setup, member, "Dagsorden")
        assert "Tilsynskampagne 2026" in body(digest)
        assert "Støjklager" not in body(digest) and "FORSLAG" not in body(digest)


# --- consultation input ----------------------------------------------------------------------

def test_two_members_input_is_compiled_for_the_coordinator_as_text_and_docx_at_the_deadline(
        setup: Setup, mail_servers: MailServers) -> None:  # noqa: F811
    chair, mette, soren = setup.members  # Søren is the coordinator (Høringstovholder)
    jonas = mail_servers.add_user()
    workbook(setup, {
        "Funktioner": [["Høringstovholder", setup.address(soren)]],
        "Høringer": [["Titel", "Myndighed", "Frist", "Link", "Tovholder", "Status", "Note"],
                     ["Udkast til vejledning om PFAS i jord", "Miljøstyrelsen", "29-05-2026",
                      "https://hoeringsportalen.example.org/pfas", "", "åben", ""]],
        "Skema": [["Id", "Spørgsmål", "Type", "Valgmuligheder"],
                  ["interesser", "Hvilke fagområder?", "flere", "PFAS; Spildevand; Støj; Jord"]],
        "Svar": [["Medlem", "Runde", "Modtaget", "Message-ID", "Rå tekst", "interesser"],
                 [setup.address(chair), "2026", "2026-01-10 10:00:00", "<a@x>", "",
                  "Spildevand"],
                 [setup.address(mette), "2026", "2026-01-10 10:00:00", "<b@x>", "",
                  "PFAS; Støj"],
                 [setup.address(jonas), "2026", "2026-01-10 10:00:00", "<c@x>", "", "Jord"]],
    }, extra=(("Jonas Krogsgaard", setup.address(jonas)),))
    notified = run(setup, at("2026-05-04"))
    assert sorted(notified) == sorted(setup.address(u) for u in (mette, soren, jonas))
    assert not setup.inbox_of(chair)  # Spildevand is not what the consultation is about
    notices = {u: one(setup, u, "PFAS") for u in (mette, soren, jonas)}
    text = body(notices[mette])
    assert "fredag den 29. maj 2026" in text and "21. maj 2026" in text  # Whit Monday
    assert "Svar med dine input" in text

    first = answer(setup, mette, notices[mette],
                   "Hej Søren\n\nVi bør påpege, at grænseværdien for PFAS i jord er uklar i "
                   "afsnit 3.\n\nDesuden mangler der en overgangsordning.\n\n"
                   "Med venlig hilsen\nMette Lindholt\nMiljømedarbejder", at("2026-05-05"))
    second = answer(setup, jonas, notices[jonas],
                    "Afsnit 5 om prøvetagning i jord skal præciseres.\n\nMvh\nJonas",
                    at("2026-05-06"))
    assert sorted(run(setup, at("2026-05-06", 12))) == sorted(
        [setup.address(mette), setup.address(jonas)])
    assert [s for s, _ in log_states(setup, "consultation_input")] == ["input", "input"]
    assert str(one(setup, mette, "noteret")["In-Reply-To"]) == first
    assert str(one(setup, jonas, "noteret")["In-Reply-To"]) == second

    assert run(setup, at("2026-05-15")) == [setup.address(soren)]  # the 14-day reminder only
    assert not mails(setup, soren, "Udkast til høringssvar")
    assert run(setup, at("2026-05-21")) == [setup.address(soren)]  # the internal deadline
    draft = one(setup, soren, "Udkast til høringssvar")
    text = body(draft)
    assert text.index("Mette Lindholt") < text.index("grænseværdien for PFAS")
    assert text.index("Jonas Krogsgaard") < text.index("prøvetagning i jord")
    assert "overgangsordning" in text
    assert "Med venlig hilsen" not in text and "Miljømedarbejder" not in text
    assert "> " not in text and "Mvh" not in text

    [attachment] = list(draft.iter_attachments())
    assert str(attachment.get_filename()).endswith(".docx")
    paragraphs = [p.text for p in Document(io.BytesIO(attachment.get_content())).paragraphs]
    assert "Mette Lindholt" in paragraphs and "Jonas Krogsgaard" in paragraphs
    mette_at, jonas_at = paragraphs.index("Mette Lindholt"), paragraphs.index("Jonas Krogsgaard")
    inputs = [(i, p) for i, p in enumerate(paragraphs) if "PFAS i jord er uklar" in p
              or "overgangsordning" in p or "prøvetagning i jord" in p]
    assert len(inputs) == 3
    for i, p in inputs:  # each input under its own member's name
        owner = max((n for n in (mette_at, jonas_at) if n < i), default=-1)
        assert owner == (jonas_at if "prøvetagning" in p else mette_at), paragraphs
    assert not any("Miljømedarbejder" in p or p.startswith(">") for p in paragraphs)
    assert run(setup, at("2026-05-21", 12)) == []  # once
    assert not setup.inbox_of(chair)


# --- a reply nobody's words can change reaches the chair, with its file, once ---------------

PDF = b"%PDF-1.4\n%slides\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
CRASH_POINTS = ["mark_processed", "original", "send"]


@pytest.mark.parametrize("crash", CRASH_POINTS)
def test_an_afbud_with_a_question_and_a_pdf_reaches_the_chair_once_across_a_crash(
        setup: Setup, monkeypatch: pytest.MonkeyPatch, crash: str) -> None:  # noqa: F811
    s = setup
    ida, mette = s.members[0], s.members[1]
    workbook(s, {"Møder": [["Dato", "Start", "Slut", "Sted", "Status"],
                           ["22-04-2026", "9.00", "12.00", "Fredericia Rådhus", "planlagt"]]})
    run(s, at("2026-04-15"))
    digest = one(s, mette, "Dagsorden")
    reply = EmailMessage()
    reply["From"], reply["To"] = s.address(mette), str(digest["Reply-To"])
    reply["Subject"] = "SV: " + str(digest["Subject"])
    reply["Message-ID"] = make_msgid(domain="client.example.org")
    reply["In-Reply-To"] = reply["References"] = str(digest["Message-ID"])
    reply["Date"] = format_datetime(at("2026-04-15", 10))
    reply.set_content("Afbud, og kan nogen sende mig slides bagefter?\n\nMvh Mette\n\n"
                      f"> {body(digest).splitlines()[0]}\n")
    reply.add_attachment(PDF, maintype="application", subtype="pdf", filename="mine noter.pdf")
    with SmtpSender(smtp_settings(s.servers, mette)) as smtp:
        assert smtp.send(reply) == {}
    mailbox = s.group.mailbox
    real = getattr(mailbox, crash)

    def crashing(*args: object) -> object:
        if crash == "send":  # the server takes the note, then the process dies
            real(*args)
        raise Killed

    monkeypatch.setattr(mailbox, crash, crashing)
    with pytest.raises(Killed):
        run(s, at("2026-04-15", 11))
    monkeypatch.setattr(mailbox, crash, real)
    for minutes in (12, 40, 90):  # the next ticks finish the job (a `sending` waits 10 min)
        run(s, at("2026-04-15", 11) + dt.timedelta(minutes=minutes))
    notes = mails(s, ida, "har svaret")
    assert len(notes) == 1, [str(m["Subject"]) for m in s.inbox_of(ida)]
    assert "> Afbud, og kan nogen sende mig slides bagefter?" in body(notes[0])
    assert [(p.get_filename(), p.get_content()) for p in notes[0].iter_attachments()] == [
        ("mine noter.pdf", PDF)]
    log = s.log()
    # the afbud is recorded once, the question passed on as the part not understood
    assert [e.state for e in log if e.kind == "passed_on"] == ["part"]
    assert [e.state for e in log if e.kind == "attendance"] == ["declined"]
    assert [e.state for e in log if e.kind == "mail" and e.message_id == reply["Message-ID"]] \
        == ["processed"]
