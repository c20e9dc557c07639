"""Old Log rows move to the Log's yearly archive tab, and every guarantee holds
(jobs/runner/archive.py, jobs/runner/archive_rule.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook

from tests.conftest import load_snapshot, write_xlsx
from tests.features import made_up
from tests.graph_standin import GraphStandin
from tests.sheets_standin import SheetsStandin
from tests.workbooks import DRIVE, ITEM
from tovholder.jobs.base.messages import Sender, make_outgoing
from tovholder.jobs.runner import archive_rule
from tovholder.jobs.runner.tick import Group, tick
from tovholder.mailer.inbound import started
from tovholder.mailer.mailbox import LocalMail
from tovholder.mailer.outbox import Outgoing
from tovholder.sheets.backend import Backend
from tovholder.sheets.excel import ExcelBackend
from tovholder.sheets.google import GoogleBackend
from tovholder.sheets.parse import parse_snapshot
from tovholder.sheets.xlsx import XlsxBackend

TZ = ZoneInfo("Europe/Copenhagen")
NOW = dt.datetime(2026, 11, 28, 9, 0, tzinfo=TZ)
SENDER = Sender("gruppe@example.org", "T", "da", b"k")
KEEP = 365


class Killed(BaseException):
    """The process dies: not an Exception, so nothing in the service catches it."""


def form_email() -> Outgoing:
    """The competence form of round 2025 to Ann: once sent, never again in that round."""
    context = {"chair_name": "", "title": "Skema", "body": "", "quoted": ""}
    message = make_outgoing(SENDER, "notice", kind="form", key="2025",
                            to_email="ann@example.org", to_name="Ann", context=context, now=NOW)
    return Outgoing("form", "2025", "ann@example.org", message.message)


def workbook() -> dict[str, list[list[str]]]:
    tabs = load_snapshot("old-log")
    form_id = str(form_email().message["Message-ID"])
    tabs["Log"] = [[form_id if v == "{form_id}" else v for v in row] for row in tabs["Log"]]
    return tabs


@pytest.fixture(params=["xlsx", "google", "excel"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Backend]:
    if request.param == "xlsx":
        yield XlsxBackend(write_xlsx(tmp_path / "g.xlsx", workbook()))
        return
    if request.param == "excel":
        with GraphStandin() as graph:
            graph.create_workbook(DRIVE, ITEM, workbook())
            yield ExcelBackend(DRIVE, ITEM, token=lambda: "t", session=graph.session())
        return
    with SheetsStandin() as standin:
        standin.create_spreadsheet("old", workbook())
        yield GoogleBackend("old", session=standin.session())


def group(backend: Backend, tmp_path: Path, wanted: list[Outgoing] | None = None) -> Group:
    return Group(backend, LocalMail(tmp_path / "post"), SENDER, log_keep_days=KEEP,
                 features=made_up([lambda ctx: list(wanted or [])]))


def archived(backend: Backend, title: str) -> list[list[str]]:
    # (Excel: a new tab's rows go through a table, whose first data row may stay empty)
    return [[str(v) for v in row] for row in backend.read_tabs([title]).get(title, [])[1:]
            if row]


def log_keys(backend: Backend) -> list[tuple[str, str, str]]:
    return [(e.time, e.kind, e.state) for e in parse_snapshot(backend.read()).log
            if e.kind != "lease" or e.time < "2025"]


def test_old_rows_move_to_the_tab_of_their_year_and_leave_the_log(
        backend: Backend, tmp_path: Path) -> None:
    tick(group(backend, tmp_path), NOW, say=lambda _: None)
    assert [row[:6] for row in archived(backend, "Log 2024")] == [
        ["2024-12-15 07:00:00", "agenda", "2024-12-22", "ann@example.org",
         "<agenda.2024-12-22.ann@example.org>", "sent"]]
    assert [(row[0], row[5]) for row in archived(backend, "Log 2025")] == [
        ("2025-01-15 07:00:00", "sending"), ("2025-01-15 07:00:01", "sent"),
        ("2025-06-01 07:00:00", "sent")]
    assert log_keys(backend) == [("2024-12-01 08:00:00", "lease", "held"),
                                 ("2025-02-01 07:00:00", "form", "sent"),
                                 ("2026-11-01 07:00:00", "agenda", "sent")]


def test_the_tick_never_reads_the_archive_tabs(backend: Backend, tmp_path: Path) -> None:
    tick(group(backend, tmp_path), NOW, say=lambda _: None)
    assert "Log 2025" in backend.read_tabs(["Log 2025"])
    assert not any(title.startswith("Log 20") for title in backend.read())


def test_a_kill_between_append_and_delete_archives_each_row_once(
        backend: Backend, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def killed(tab: str, expected: dict[int, tuple[str, ...]]) -> bool:
        raise Killed

    with monkeypatch.context() as patch:
        patch.setattr(backend, "delete_rows", killed)
        with pytest.raises(Killed):
            tick(group(backend, tmp_path), NOW, say=lambda _: None)
    assert len(archived(backend, "Log 2025")) == 3  # appended, still in the Log too
    tick(group(backend, tmp_path), NOW + dt.timedelta(minutes=20), say=lambda _: None)
    assert len(archived(backend, "Log 2025")) == 3
    assert len(archived(backend, "Log 2024")) == 1
    assert ("2025-06-01 07:00:00", "actions", "sent") not in log_keys(backend)


def test_a_once_only_email_is_not_sent_again_after_archiving(
        backend: Backend, tmp_path: Path) -> None:
    g = group(backend, tmp_path, [form_email()])
    tick(g, NOW, say=lambda _: None)
    tick(g, NOW + dt.timedelta(days=1), say=lambda _: None)
    assert "Log 2025" in backend.read_tabs(["Log 2025"])  # the archiving did run
    assert list((tmp_path / "post" / "outbox").glob("*.eml")) == []


def test_ignore_before_falls_back_to_the_same_first_time_after_archiving(
        backend: Backend, tmp_path: Path) -> None:
    before = started(parse_snapshot(backend.read()).log, NOW)
    tick(group(backend, tmp_path), NOW, say=lambda _: None)
    assert "Log 2025" in backend.read_tabs(["Log 2025"])
    assert started(parse_snapshot(backend.read()).log, NOW) == before


def test_a_row_changed_since_it_was_read_makes_the_delete_refuse(backend: Backend) -> None:
    grid = backend.read()["Log"]
    expected = {3: tuple(str(v) for v in grid[2]), 4: ("2025-01-15 07:00:00", "changed")}
    assert backend.delete_rows("Log", expected) is False
    assert backend.read()["Log"] == grid


def test_the_chairs_own_column_and_format_of_the_log_stay(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "g.xlsx", workbook())
    wb = load_workbook(path)
    wb["Log"].column_dimensions["H"].width = 31
    wb.save(path)
    tick(group(XlsxBackend(path), tmp_path), NOW, say=lambda _: None)
    log = load_workbook(path)["Log"]
    assert log.column_dimensions["H"].width == 31
    assert log["A1"].font.bold and log.freeze_panes == "A2"
    assert [c.value for c in log[1]][7] == "Kommentar"
    assert (log["A4"].value, log["H4"].value) == ("2026-11-01 07:00:00", "nyeste")
    archive = load_workbook(path)["Log 2025"]
    assert [c.value for c in archive[1]][7] == "Kommentar"
    assert archive["H3"].value == "ok"


def test_archiving_waits_until_the_oldest_row_is_a_week_past_the_limit() -> None:
    log = parse_snapshot(workbook()).log
    keep = dt.timedelta(days=KEEP)
    oldest = dt.datetime(2024, 12, 15, 7, tzinfo=TZ)  # the oldest row that may go
    assert archive_rule.due(log, oldest + keep + dt.timedelta(days=6), keep) == []
    assert len(archive_rule.due(log, oldest + keep + dt.timedelta(days=8), keep)) == 1


def test_a_kind_not_declared_archivable_stays_whatever_its_age() -> None:
    log = parse_snapshot(workbook()).log
    far = NOW + dt.timedelta(days=3650)
    kinds = {e.kind for e in archive_rule.archivable(log, far, dt.timedelta(days=KEEP))}
    assert "form" not in kinds and "agenda" in kinds
