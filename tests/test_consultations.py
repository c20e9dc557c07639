"""Consultation input by reply: end to end through the local mailbox (the coordinator and the
members whose interest areas the consultation mentions get the notice, replies are collected,
the coordinator gets one compiled draft as text and .docx at the internal deadline, reminders 14
and 3 days before), and input cleaning on a corpus of real-client replies, each reply its own
test case (a reply read wrong today is listed in KNOWN_MISSES, exactly)."""

from __future__ import annotations

import datetime as dt
import io
import json
from email.message import EmailMessage
from pathlib import Path

import pytest
from docx import Document

from tests.corpus_cases import check_case, check_summary
from tests.replyworld import World, at, body, to
from tovholder.jobs.base.feature import handlers
from tovholder.jobs.consultations.cleaning import clean_input, says_nothing
from tovholder.jobs.consultations.feature import FEATURE as CONSULTATIONS
from tovholder.jobs.consultations.people import matching_areas
from tovholder.mailer.decode import decode_message

CORPUS = Path(__file__).parent / "data" / "consultation-replies"
DEADLINE = dt.date(2026, 5, 29)  # a Friday; 5 working days before: Thursday 21 May (Whit Monday)


def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> World:
    tabs = {
        "Høringer": [["Titel", "Myndighed", "Frist", "Link", "Tovholder", "Status", "Note"],
                     ["Udkast til vejledning om PFAS i jord", "Miljøstyrelsen", "29-05-2026",
                      "https://hoeringsportalen.example.org/pfas", "", "åben", ""]],
        "Skema": [["Id", "Spørgsmål", "Type", "Valgmuligheder"],
                  ["interesser", "Hvilke fagområder?", "flere", "PFAS; Spildevand; Støj; Jord"]],
        "Svar": [["Medlem", "Runde", "Modtaget", "Message-ID", "Rå tekst", "interesser"],
                 ["mette.lindholt@example.org", "2026", "2026-01-10 10:00:00", "<a@x>", "",
                  "PFAS; Støj"],
                 ["jonas.krogsgaard@example.org", "2026", "2026-01-10 10:00:00", "<b@x>", "",
                  "Spildevand"]]}
    return World(tmp_path, monkeypatch, tabs, CONSULTATIONS.due,
                 handlers((CONSULTATIONS,)))


def subjects(msgs: list[EmailMessage]) -> list[tuple[str, str]]:
    return sorted((str(m["To"]).split("<")[-1].split(".")[0], str(m["Subject"])) for m in msgs)


def test_notice_input_reminders_and_the_compiled_draft(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    w = world(tmp_path, monkeypatch)
    notices = w.tick(at("2026-05-04"))
    assert [who for who, _ in subjects(notices)] == ["mette", "soren"]  # PFAS; the coordinator
    text = body(to(notices, "mette"))
    assert "PFAS" in text and "fredag den 29. maj 2026" in text and "21. maj 2026" in text
    assert "Svar med dine input" in text
    assert w.tick(at("2026-05-04", 12)) == []
    w.reply(to(notices, "mette"), "Hej Søren\n\nVi bør påpege, at grænseværdien for PFAS i jord "
                                  "er uklar i afsnit 3.\n\nDesuden mangler der en overgangsordning."
                                  "\n\nMed venlig hilsen\nMette Lindholt\nMiljømedarbejder",
            at("2026-05-05"))
    w.reply(to(notices, "soren"), "Jeg synes også, at afsnit 5 om prøvetagning skal præciseres.",
            at("2026-05-06"))
    sent = w.tick(at("2026-05-06", 12))
    assert "Tak – dit input" in body(to(sent, "mette", "noteret"))
    reminder = to(w.tick(at("2026-05-15")), "soren", "om 14 dage")
    assert "Mette Lindholt" in body(reminder)
    draft = to(w.tick(at("2026-05-21")), "soren", "Udkast til høringssvar")
    text = body(draft)
    assert "Mette Lindholt" in text and "grænseværdien for PFAS" in text
    assert "Med venlig hilsen" not in text and "Miljømedarbejder" not in text
    assert "> " not in text
    attachment = next(p for p in draft.iter_attachments())
    doc = Document(io.BytesIO(attachment.get_content()))
    paragraphs = [p.text for p in doc.paragraphs]
    assert "Mette Lindholt" in paragraphs and "Søren Bækgaard" in paragraphs
    assert any("overgangsordning" in p for p in paragraphs)
    assert w.tick(at("2026-05-21", 12)) == []
    w.reply(to(notices, "mette"), "Et sent tillæg: husk bilag 2.", at("2026-05-25"))
    holiday = w.tick(at("2026-05-25", 10))  # Whit Monday: the updated draft waits
    assert not [m for m in holiday if "soren" in str(m["To"])]
    later = w.tick(at("2026-05-26"))
    assert "Opdateret udkast" in str(to(later, "soren", "udkast")["Subject"])
    assert to(later, "soren", "om 3 dage")
    assert w.tick(at("2026-05-30")) == []  # after the deadline: nothing more


def test_interest_matching() -> None:
    areas = ["PFAS", "Spildevand", "Støj", "Power-to-X", "Jord"]
    assert matching_areas("Høring over spildevandsbekendtgørelsen", areas) == ["Spildevand"]
    assert matching_areas("Støjen fra vindmøller", areas) == ["Støj"]
    assert matching_areas("Vejledning om PtX-anlæg", areas) == ["Power-to-X"]
    assert matching_areas("Affaldsplan 2026", areas) == []


# --- the corpus -------------------------------------------------------------------------------

def corpus() -> list[Path]:
    return sorted(p for p in CORPUS.iterdir() if p.suffix in (".eml", ".txt"))


CASES = corpus()
KNOWN_MISSES: dict[str, str] = {}  # case: why it is read wrong; exact (see tests/corpus_cases.py)


def _norm(text: str) -> str:
    return " ".join(text.split())


def judge(path: Path) -> list[str]:
    """What the cleaning got wrong: the input must equal the expected text (whitespace aside),
    and a reply that declines must be read as no input."""
    want = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    text = decode_message(path.read_bytes()).best_text if path.suffix == ".eml" else \
        path.read_text(encoding="utf-8")
    got = clean_input(text)
    wrong = [f"input: expected {_norm(want['input'])!r}, got {_norm(got)!r}"] \
        if _norm(got) != _norm(want["input"]) else []
    if says_nothing(got) != want.get("none", False):
        wrong.append(f"no input: expected {want.get('none', False)}, got {says_nothing(got)}")
    return wrong


def test_the_corpus_is_big_enough() -> None:
    assert len(CASES) >= 15


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_a_reply_gives_its_input_whole_and_clean_or_none_when_it_declines(path: Path) -> None:
    check_case(path.name, judge(path), KNOWN_MISSES)


def test_summary_known_misses() -> None:
    check_summary("consultation input", {path.name: judge(path) for path in CASES}, KNOWN_MISSES)


# -- issue 14: the draft without signatures, one paragraph per bullet --------------------------


def test_a_bulleted_input_gives_the_docx_one_paragraph_per_bullet() -> None:
    from tovholder.jobs.consultations.draft_doc import Draft, MemberInput, draft_docx

    text = ("Tre ting fra mig:\n- Afsnit 3 mangler en begrundelse\n- Bilag 2 henviser til en\n"
            "  ophævet bekendtgørelse")
    draft = Draft("Jordvejledning", "Miljøstyrelsen", None, "", "Søren",
                  (MemberInput("Mette", "", "mette@example.org", (text,)),))
    doc = Document(io.BytesIO(draft_docx(draft, "da")))
    texts = [p.text for p in doc.paragraphs]
    assert texts[-3:] == ["Tre ting fra mig:", "- Afsnit 3 mangler en begrundelse",
                          "- Bilag 2 henviser til en ophævet bekendtgørelse"]


def test_a_sentence_under_the_sign_off_stays_in_the_input_and_the_signature_goes() -> None:
    body = ("Afsnit 4 er uklart.\n\nMed venlig hilsen\nMette Lindholt\nTlf. 00 00 00 00\n\n"
            "PS: Bilag 2 henviser også til en ophævet bekendtgørelse.")
    assert clean_input(body) == ("Afsnit 4 er uklart.\n\n"
                                 "PS: Bilag 2 henviser også til en ophævet bekendtgørelse.")


def test_input_about_personal_data_is_no_disclaimer() -> None:
    body = "Afsnit 5 bør nævne, hvordan kommunen behandler personoplysninger om klagere."
    assert clean_input(body) == body


def test_no_remarks_on_one_section_but_content_on_another_is_input() -> None:
    assert not says_nothing("Ingen bemærkninger til afsnit 3, men afsnit 4 er uklart.")
    assert says_nothing("Ingen bemærkninger herfra")


def test_a_line_that_only_starts_like_a_sign_off_is_input() -> None:
    body = "Afsnit 4 er uklart.\n\nBest practice mangler i bilag 2\n- prøvetagning\n- analyser"
    assert clean_input(body) == body


# --- handover (issue 15) ------------------------------------------------------------------------

def _set_cell(w: World, tab: str, cell: str, value: str) -> None:
    import openpyxl
    book = openpyxl.load_workbook(w.backend.path)
    book[tab][cell] = value
    book.save(w.backend.path)


def test_a_new_coordinator_gets_the_running_consultation_with_the_input_so_far(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w = world(tmp_path, monkeypatch)
    notices = w.tick(at("2026-05-04"))
    w.reply(to(notices, "mette"), "Grænseværdien for PFAS i jord er uklar i afsnit 3.",
            at("2026-05-05"))
    w.tick(at("2026-05-05", 12))
    _set_cell(w, "Høringer", "E2", "Jonas Krogsgaard")  # the chair names another coordinator
    sent = w.tick(at("2026-05-06"))
    handed = to(sent, "jonas", "Du er nu tovholder på høringen")
    text = " ".join(body(handed).split())
    assert "(før var det Søren Bækgaard)" in text and "Grænseværdien for PFAS i jord" in text
    assert [p.get_filename() for p in handed.iter_attachments()][0].endswith(".docx")
    # those told "the draft goes to Søren" (his own notice, Mette's notice and thank-you)
    moved = [m for m in sent if "Ny tovholder" in str(m["Subject"])]
    assert sorted(str(m["To"]).split("<")[1].split(".")[0] for m in moved) == ["mette", "soren"]
    assert "går nu til Jonas Krogsgaard og ikke til Søren Bækgaard" in " ".join(
        body(to(moved, "mette")).split())
    assert w.tick(at("2026-05-07")) == []  # once
    assert to(w.tick(at("2026-05-21")), "jonas", "Udkast til høringssvar")


def test_a_consultation_due_after_its_coordinators_term_is_flagged_to_the_chair_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tovholder.jobs.notices.chair_digest import due_chair_digest
    tabs = {
        "Funktioner": [["Funktion", "Varetages af", "Periode start", "Periode slut"],
                       ["Formand", "Ida Engholm", "01-02-2025", "01-02-2027"],
                       ["Høringstovholder", "Søren Bækgaard", "20-05-2024", "20-05-2026"]],
        "Høringer": [["Titel", "Myndighed", "Frist", "Tovholder", "Status"],
                     ["Udkast til vejledning om PFAS i jord", "Miljøstyrelsen", "29-05-2026", "",
                      "åben"]]}
    w = World(tmp_path, monkeypatch, tabs, (*CONSULTATIONS.due, due_chair_digest),
              handlers((CONSULTATIONS,)))
    w.tick(at("2026-05-04"))
    digest = to(w.tick(at("2026-05-05")), "ida")
    text = " ".join(body(digest).split())
    assert '"Udkast til vejledning om PFAS i jord" har frist 29. maj 2026, men Søren Bækgaard ' \
           'er kun tovholder til 20. maj 2026' in text
    assert not [m for m in w.tick(at("2026-05-06")) if "ida" in str(m["To"])]
