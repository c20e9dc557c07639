"""`tovholder check` finds every planted problem, with its cell address, in the group's language."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import DATA, load_snapshot
from tovholder.app.cli import main
from tovholder.sheets.checks import check
from tovholder.sheets.parse import parse_snapshot

TODAY = "2026-11-28"


def write_config(folder: Path, workbook: Path, lang: str) -> Path:
    config = folder / "tovholder.toml"
    config.write_text(f'language = "{lang}"\n[workbook]\npath = "{workbook.name}"\n')
    return config


@pytest.mark.parametrize("lang", ["da", "en"])
def test_check_reports_every_planted_problem_with_its_address(
        planted_xlsx: Path, capsys: pytest.CaptureFixture[str], lang: str) -> None:
    config = write_config(planted_xlsx.parent, planted_xlsx, lang)
    code = main(["--config", str(config), "check", "--today", TODAY])
    out = capsys.readouterr().out.splitlines()
    expected = (DATA / "workbooks" / f"planted.expected.{lang}.txt").read_text().splitlines()
    # the errors under their heading first, then the warnings under theirs (issue 15)
    assert out[:-1] == expected
    assert code == 1  # there are errors


def test_warnings_alone_exit_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.conftest import write_xlsx

    snapshot = load_snapshot("planted")
    snapshot = {"Medlemmer": snapshot["Medlemmer"][:6], "Funktioner": snapshot["Funktioner"][:4]}
    workbook = write_xlsx(tmp_path / "warn.xlsx", snapshot)
    code = main(["--config", str(write_config(tmp_path, workbook, "da")), "check",
                 "--today", TODAY])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "Sekretær er ledig" in out
    assert "0 fejl" in out


def test_bad_rows_never_stop_the_good_rows() -> None:
    wb = parse_snapshot(load_snapshot("planted"))
    emails = {m.email for m in wb.members}
    # the duplicate and the malformed address are left out; everyone else is kept
    assert emails == {"ida.engholm@example.org", "soren.baekgaard@example.org",
                      "jonas.krogsgaard@example.org", "peter.ravnholt@example.org",
                      "line.osterby@example.org"}
    # an unreadable due date keeps the action, without the date
    action = next(a for a in wb.actions if a.id == "2")
    assert action.due is None and action.description == "Skrive udkast"
    # the meeting with an unreadable date is left out, the others are used
    assert len(wb.meetings) == 3


def test_headers_are_found_below_a_title_row_and_in_any_order() -> None:
    wb = parse_snapshot(load_snapshot("planted"))
    layout = wb.layouts["members"]
    assert layout.header_row == 3
    assert layout.columns["email"] == 1 and layout.columns["name"] == 2
    assert "Min egen kolonne" in layout.extra
    ida = wb.member("IDA.ENGHOLM@example.org ")
    assert ida is not None and ida.row == 4 and ida.organisation == "Vejle Kommune"


def test_english_tab_names_and_headers_are_accepted() -> None:
    snapshot = {"Members": [["Name", "Email", "Organisation", "Status"],
                            ["Ann Example", "ann@example.org", "Example", "active"]],
                "Actions": [["Id", "Description", "Owner", "Due", "Status"],
                            ["7", "Write", "Ann Example", "2026-12-01", "open"]]}
    wb = parse_snapshot(snapshot)
    assert wb.members[0].status == "active"
    assert wb.actions[0].owner_emails == ("ann@example.org",)
    assert not wb.errors


def test_check_is_pure_and_deterministic() -> None:
    import datetime as dt

    wb = parse_snapshot(load_snapshot("planted"))
    first = check(wb, dt.date(2026, 11, 28))
    assert first == check(wb, dt.date(2026, 11, 28))


def test_google_sheet_gives_the_same_report_as_the_xlsx(planted_xlsx: Path) -> None:
    """The same planted workbook through real gspread and the Sheets API stand-in: every cell
    arrives as displayed text, and the report is identical to the .xlsx one."""
    import datetime as dt

    from tests import sheets_standin
    from tovholder.core.i18n import problem_line
    from tovholder.sheets.google import GoogleBackend
    from tovholder.sheets.xlsx import XlsxBackend

    today = dt.date(2026, 11, 28)
    with sheets_standin.SheetsStandin() as standin:
        standin.create_spreadsheet("planted", load_snapshot("planted"))
        google = GoogleBackend("planted", session=standin.session())
        via_google = [problem_line(p, "da") for p in check(parse_snapshot(google.read()), today)]
    via_xlsx = [problem_line(p, "da")
                for p in check(parse_snapshot(XlsxBackend(planted_xlsx).read()), today)]
    assert via_google == via_xlsx
    assert len(via_google) == 24


def test_excel_online_gives_the_same_report_as_the_xlsx(planted_xlsx: Path) -> None:
    """The same planted workbook through ExcelBackend and the Graph stand-in."""
    import datetime as dt

    from tests.graph_standin import GraphStandin
    from tests.workbooks import DRIVE, ITEM
    from tovholder.core.i18n import problem_line
    from tovholder.sheets.excel import ExcelBackend
    from tovholder.sheets.xlsx import XlsxBackend

    today = dt.date(2026, 11, 28)
    with GraphStandin() as graph:
        graph.create_workbook(DRIVE, ITEM, load_snapshot("planted"))
        excel = ExcelBackend(DRIVE, ITEM, token=lambda: "t", session=graph.session())
        via_excel = [problem_line(p, "da") for p in check(parse_snapshot(excel.read()), today)]
    via_xlsx = [problem_line(p, "da")
                for p in check(parse_snapshot(XlsxBackend(planted_xlsx).read()), today)]
    assert via_excel == via_xlsx


def test_a_role_holder_without_term_dates_is_warned_about() -> None:
    # issue 15: a role is held for two years; without dates nobody is asked to renew
    import datetime as dt

    from tovholder.core.i18n import problem_line

    wb = parse_snapshot({
        "Medlemmer": [["Navn", "E-mail", "Status"],
                      ["Ida Engholm", "ida.engholm@example.org", "aktiv"],
                      ["Bo Rasmussen", "bo.rasmussen@example.org", "aktiv"]],
        "Funktioner": [["Funktion", "Varetages af", "Periode start", "Periode slut"],
                       ["Formand", "Ida Engholm", "01-02-2025", "01-02-2027"],
                       ["Sekretær", "Bo Rasmussen", "", ""]]})
    found = [p for p in check(wb, dt.date(2026, 3, 2)) if p.code == "role.no_term"]
    assert [(p.severity, p.address) for p in found] == [("warning", "Funktioner!C3")]
    assert problem_line(found[0], "da").startswith(
        "Funktioner!C3: Bo Rasmussen er sekretær uden en periode")


# --- issue 15: what a careful secretary would say about the cells ---------------------------

def _lines(snapshot: dict[str, list[list[object]]], lang: str = "da") -> list[str]:
    import datetime as dt

    from tovholder.core.i18n import problem_line

    return [problem_line(p, lang) for p in check(parse_snapshot(snapshot), dt.date(2026, 11, 28))]


MEMBERS = [["Navn", "E-mail", "Status"], ["Henrik Nielsen", "henrik@example.org", "aktiv"],
           ["Hanne Nielsen", "hanne@example.org", "aktiv"]]


def test_a_day_and_month_without_a_year_says_the_year_is_missing() -> None:
    lines = _lines({"Medlemmer": MEMBERS, "Opgaver": [
        ["Nr.", "Beskrivelse", "Ansvarlig", "Frist", "Status"],
        ["1", "Skriv udkast", "Henrik Nielsen", "28/2", "åben"]]})
    assert 'Opgaver!D2: "28/2" mangler årstallet' in lines


def test_a_name_close_to_a_members_asks_whether_it_was_meant() -> None:
    lines = _lines({"Medlemmer": MEMBERS,
                    "Funktioner": [["Funktion", "Varetages af"], ["Kasserer", "Henrik V. Nielsen"]],
                    "Opgaver": [["Nr.", "Beskrivelse", "Ansvarlig", "Status"],
                                ["1", "Skriv udkast", "Henrik V. Nielsen", "åben"]]})
    assert 'Funktioner!B2: "Henrik V. Nielsen" (kasserer) er ikke et medlem – mente du ' \
        "Henrik Nielsen?" in lines
    assert 'Opgaver!C2: "Henrik V. Nielsen" (opgave 1) er ikke et medlem – mente du ' \
        "Henrik Nielsen?" in lines


def test_an_agenda_number_a_spreadsheet_made_a_date_is_reported_and_read_back() -> None:
    import datetime as dt

    from tovholder.app.show import summary

    snapshot: dict[str, list[list[object]]] = {
        "Medlemmer": MEMBERS,
        "Møder": [["Dato", "Start"], ["03-12-2026", "10:00"]],
        "Dagsorden": [["Møde", "Nr.", "Punkt"],
                      ["03-12-2026", dt.datetime(2026, 1, 3), "Nyt fra kommunerne"],
                      ["03-12-2026", "3.1.2026", "Støj"]]}
    lines = _lines(snapshot)
    assert "Dagsorden!B2: punktnummeret er blevet til en dato i regnearket; læst som 3.1. " \
        "Skriv det som tekst ('3.1)" in lines
    shown = summary(parse_snapshot(snapshot), dt.date(2026, 11, 28), "da")
    assert "3.1. Nyt fra kommunerne" in shown and "3.1. Støj" in shown
    assert "2026-01-03" not in shown
