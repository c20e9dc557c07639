"""The commands a chair runs: demo, init, show, and how failures reach them."""

from __future__ import annotations

import datetime as dt
import importlib.metadata
from pathlib import Path

import openpyxl
import pytest

from tovholder.app import demo
from tovholder.app.cli import main
from tovholder.app.show import summary
from tovholder.sheets.parse import parse_snapshot
from tovholder.sheets.xlsx import XlsxBackend


def test_demo_creates_an_invented_group_and_runs_the_main_job(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--dir", str(tmp_path / "demo")]) == 0
    out = capsys.readouterr().out
    assert "Sekretær: LEDIG" in out
    assert "Næste møde:" in out and "udskudt fra mødet" in out
    assert "0 fejl" in out
    # the first tick read the waiting mails; then members answered and the second recorded it
    assert "3 nye mails" in out and "5 nye mails" in out
    assert "quarantined (unknown_sender)" in out and "processed (bounce)" in out
    outbox = sorted((tmp_path / "demo" / "post" / "outbox").iterdir())
    assert len([p for p in outbox if p.suffix == ".eml"]) == \
        len([p for p in outbox if p.suffix == ".html"]) > 10
    answers = parse_snapshot(XlsxBackend(tmp_path / "demo" / "gruppe.xlsx").read()).answers
    assert {a.member for a in answers} == {"mette.lindholt@example.org",
                                           "jonas.krogsgaard@example.org",
                                           "freja.vestergaard@example.org"}
    book = openpyxl.load_workbook(tmp_path / "demo" / "gruppe.xlsx")
    assert [(r[1].value, r[2].value) for r in book["Deltagelse"].iter_rows(min_row=2)] == [
        ("Søren Bækgaard", "afbud")]
    emails = [row[1].value for row in book["Medlemmer"].iter_rows(min_row=2)]
    assert emails and all(e.endswith("@example.org") for e in emails)


def test_demo_twice_keeps_the_chairs_changes(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "demo"
    main(["demo", "--dir", str(folder)])
    capsys.readouterr()
    book = openpyxl.load_workbook(folder / "gruppe.xlsx")
    book["Medlemmer"]["A2"] = "Ændret af formanden"
    book.save(folder / "gruppe.xlsx")
    main(["demo", "--dir", str(folder)])
    assert openpyxl.load_workbook(folder / "gruppe.xlsx")["Medlemmer"]["A2"].value == \
        "Ændret af formanden"
    # nothing was sent twice: the second run found everything in the Log
    assert "0 nye mails, 0 sendt" in capsys.readouterr().out


@pytest.mark.parametrize("lang", ["da", "en"])
def test_init_creates_every_tab_with_headers_and_dropdowns_in_the_groups_language(
        tmp_path: Path, lang: str, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "t.toml"
    config.write_text(f'language = "{lang}"\n[workbook]\npath = "g.xlsx"\n')
    assert main(["--config", str(config), "init"]) == 0
    book = openpyxl.load_workbook(tmp_path / "g.xlsx")
    first = "Medlemmer" if lang == "da" else "Members"
    assert book.sheetnames[0] == first and len(book.sheetnames) == 11
    status_choices = [dv.formula1 for dv in book[first].data_validations.dataValidation]
    assert any(("aktiv" if lang == "da" else "active") in f for f in status_choices)
    wb = parse_snapshot(XlsxBackend(tmp_path / "g.xlsx").read())
    assert not wb.errors, wb.errors
    assert [q.type for q in wb.form][:3] == ["multi", "multi", "multi"]
    assert all(m.status == "pending" for m in wb.members)  # the example member gets no mail
    capsys.readouterr()
    before = (tmp_path / "g.xlsx").read_bytes()
    assert main(["--config", str(config), "init"]) == 0
    assert ("intet ændret" if lang == "da" else "nothing changed") in capsys.readouterr().out
    assert (tmp_path / "g.xlsx").read_bytes() == before


def test_show_lists_vacancies_overdue_actions_and_carried_over_items() -> None:
    today = dt.date(2026, 11, 28)
    snapshot = {}
    from tovholder.sheets.starter import new_tabs

    for tab in new_tabs("da", demo.rows(today)):
        snapshot[tab.title] = [list(r) for r in tab.rows]
    text = summary(parse_snapshot(snapshot), today, "da")
    assert "Sekretær: LEDIG" in text
    assert "OVERSKREDET" in text
    assert "Næste møde: fredag den 4. december 2026 kl. 10.00–12.30" in text
    assert "Støj fra varmepumper (udskudt fra mødet 23. oktober 2026)" in text


@pytest.mark.parametrize("offset", range(7))
def test_the_demo_groups_meetings_fall_on_weekdays_whatever_day_it_is_run(offset: int) -> None:
    today = dt.date(2026, 12, 6) + dt.timedelta(days=offset)
    days = [dt.datetime.strptime(m["date"], "%d-%m-%Y").date() for m in demo.rows(today)["meetings"]]
    assert days and all(day.weekday() < 5 for day in days)


def test_locked_workbook_is_a_clear_sentence_and_exit_2(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "t.toml"
    config.write_text('[workbook]\npath = "g.xlsx"\n')
    from tests.conftest import write_xlsx

    write_xlsx(tmp_path / "g.xlsx", {"Medlemmer": [["Navn", "E-mail", "Status"]]})
    (tmp_path / ".~lock.g.xlsx#").write_text("someone,host,...")
    before = (tmp_path / "g.xlsx").read_bytes()
    assert main(["--config", str(config), "init"]) == 2
    assert (tmp_path / "g.xlsx").read_bytes() == before
    err = capsys.readouterr().err
    assert "LibreOffice" in err and "intet tabt" in err


def test_corrupt_workbook_is_reported_not_a_traceback(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "t.toml"
    config.write_text('[workbook]\npath = "g.xlsx"\n')
    (tmp_path / "g.xlsx").write_text("this is not a workbook")
    assert main(["--config", str(config), "check"]) == 2
    assert "kan ikke læses" in capsys.readouterr().err


def test_version_is_the_installed_distributions(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])  # needs no configuration and no command
    assert done.value.code == 0
    assert capsys.readouterr().out == f"tovholder {importlib.metadata.version('tovholder')}\n"


def test_example_config_prints_the_documented_example(
        tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["example-config"]) == 0
    out = capsysbinary.readouterr().out
    assert out == (Path(__file__).resolve().parents[1] / "config.example.toml").read_bytes()
    # what the missing-config message says to do gives a configuration that loads
    (tmp_path / "tovholder.toml").write_bytes(out)
    from tovholder.app.config import load
    from tovholder.jobs.registry import FEATURES

    assert load(tmp_path / "tovholder.toml", features=FEATURES).language == "da"


@pytest.mark.parametrize(("now", "played"), [
    ("2026-12-06T10:00", "2026-12-04T07:00"),  # a Sunday: the Friday before
    ("2026-12-07T06:00", "2026-12-04T07:00"),  # a Monday before the send hour: the Friday
    ("2026-12-27T10:00", "2026-12-23T07:00"),  # Christmas: holidays, a weekend and 24/12 closed
    ("2026-12-08T10:00", "2026-12-08T10:00"),  # a working day: now
])
def test_on_a_closed_day_the_demo_plays_the_last_working_days_send_hour_never_the_future(
        tmp_path: Path, now: str, played: str) -> None:
    from tovholder.app import config as configuration
    from tovholder.app.cli import _demo_moment, _features

    cfg = configuration.load(demo.write_config(tmp_path / "demo"), features=_features())
    moment = _demo_moment(cfg, dt.datetime.fromisoformat(now).replace(tzinfo=cfg.tz))
    assert moment == dt.datetime.fromisoformat(played).replace(tzinfo=cfg.tz)


def test_doctor_finds_nothing_wrong_with_the_demo_just_made(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "demo"
    main(["demo", "--dir", str(folder)])
    capsys.readouterr()
    assert main(["--config", str(folder / "tovholder.toml"), "doctor"]) == 0, \
        capsys.readouterr().out
