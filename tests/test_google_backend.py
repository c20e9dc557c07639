"""GoogleBackend through the real gspread and google-auth code, against the local stand-in: what
only Google has (requests, retries, metadata, grid limits, the key file). The guarantees every
backend gives are in test_workbook_backends.py."""

from __future__ import annotations

import json
from pathlib import Path

import gspread
import pytest

from tests import secret_watch, sheets_standin
from tests.sheets_standin import SheetsStandin
from tovholder.core.errors import SheetsUnavailable, WorkbookError
from tovholder.sheets.batch import Batch, NewTab
from tovholder.sheets.google import GoogleBackend

SHEET = "1AbCdEfGhIjKlMnOpQrStUvWxYz"

standin = pytest.fixture(sheets_standin.running)


def seed(standin: SheetsStandin) -> None:
    standin.create_spreadsheet(SHEET, {
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
    })


def backend(standin: SheetsStandin, **kwargs: object) -> GoogleBackend:
    return GoogleBackend(SHEET, session=standin.session(), **kwargs)  # type: ignore[arg-type]


def test_read_costs_one_batch_get_after_the_metadata(standin):
    seed(standin)
    snap = backend(standin).read()
    assert all(isinstance(v, str) for rows in snap.values() for row in rows for v in row)
    assert standin.requests == [("GET", f"/v4/spreadsheets/{SHEET}"),
                                ("GET", f"/v4/spreadsheets/{SHEET}/values:batchGet")]


def test_idle_tick_costs_exactly_one_request(standin):
    seed(standin)
    b = backend(standin)
    b.read()
    for _ in range(3):
        standin.reset_counts()
        b.read()
        b.apply(Batch())
        assert standin.requests == [("GET", f"/v4/spreadsheets/{SHEET}/values:batchGet")]


def test_write_tick_costs_at_most_three_requests(standin):
    seed(standin)
    b = backend(standin)
    b.read()
    standin.reset_counts()
    b.read()
    batch = Batch()
    batch.append("Svar", *[(f"m{i}@example.org", "1", "2025-03-01") for i in range(25)])
    batch.append("Log", ("2025-03-01T10:00", "form", "m1", "sent"))
    batch.set_cell("Opgaver", 2, 4, "færdig", key_col=1, key_value="1")
    result = b.apply(batch)
    assert (result.appended_rows, result.cells_written, result.conflicts) == (26, 1, [])
    assert [p.rsplit("/", 1)[-1] for _, p in standin.requests] == [
        "values:batchGet", "values:batchGet", f"{SHEET}:batchUpdate"]
    assert len(standin.values(SHEET, "Svar")) == 26
    assert standin.values(SHEET, "Opgaver")[1][3] == "færdig"


def test_append_only_apply_is_a_single_batch_update(standin):
    seed(standin)
    b = backend(standin)
    b.read()
    standin.reset_counts()
    batch = Batch()
    batch.append("Log", ("t", "k", "n", "s"))
    b.apply(batch)
    assert standin.requests == [("POST", f"/v4/spreadsheets/{SHEET}:batchUpdate")]


def test_standin_turns_user_entered_equals_into_formula_but_not_raw(standin):
    seed(standin)
    ws = gspread.Client(None, session=standin.session()).open_by_key(SHEET).worksheet("Log")
    ws.update_cell(2, 1, "=1+1")  # gspread's default: USER_ENTERED
    ws.update([["=2+2", "004512345678"]], "C2", value_input_option="RAW")
    ws.append_row(["0045", "TRUE"], value_input_option="USER_ENTERED")
    assert standin.formula_cells(SHEET) == [("Log", "A2", "=1+1")]
    assert standin.values(SHEET, "Log")[1:] == [["=1+1", "", "=2+2", "004512345678"],
                                                 ["45", "TRUE"]]


def test_429_then_success_is_retried_after_one_wait(standin):
    seed(standin)
    waits: list[float] = []
    b = backend(standin, sleep=waits.append, rng=lambda: 0.5)
    b.read()
    standin.fail_next(1, status=429)
    standin.reset_counts()
    assert "Medlemmer" in b.read()
    assert len(standin.requests) == 2
    assert waits == [67.5]  # no Retry-After: the quota's minute and a jitter (issue 16)


def test_persistent_503_raises_sheets_unavailable_with_growing_capped_waits(standin):
    seed(standin)
    waits: list[float] = []
    b = backend(standin, sleep=waits.append, rng=lambda: 1.0, max_tries=5, max_wait=10.0)
    standin.fail_next(100, status=503)
    with pytest.raises(SheetsUnavailable) as info:
        b.read()
    assert info.value.code == "sheets.unavailable"
    assert info.value.params["tries"] == 5
    assert len(standin.requests) == 5
    assert waits == [1.0, 2.0, 4.0, 3.0]  # doubling, then cut to the 10 s budget
    assert sum(waits) <= 10.0


def test_max_tries_bounds_requests_even_with_a_generous_time_budget(standin):
    seed(standin)
    waits: list[float] = []
    b = backend(standin, sleep=waits.append, rng=lambda: 0.1, max_tries=3, max_wait=60.0)
    standin.fail_next(100, status=500)
    with pytest.raises(SheetsUnavailable):
        b.read()
    assert len(standin.requests) == 3 and len(waits) == 2
    assert waits[0] < waits[1]


def test_connection_refused_is_retried_then_unavailable():
    with SheetsStandin() as gone:
        session = gone.session()
    waits: list[float] = []
    b = GoogleBackend(SHEET, session=session, sleep=waits.append, max_tries=3)
    with pytest.raises(SheetsUnavailable) as info:
        b.read()
    assert "ConnectionError" in str(info.value.params["detail"])
    assert len(waits) == 2


def test_forbidden_and_not_found_become_workbook_errors(standin):
    seed(standin)
    standin.fail_next(1, status=403)
    with pytest.raises(WorkbookError) as info:
        backend(standin).read()
    assert info.value.code == "sheets.forbidden"
    assert info.value.params["spreadsheet_id"] == SHEET
    with pytest.raises(WorkbookError) as info:
        GoogleBackend("no-such-sheet", session=standin.session()).read()
    assert info.value.code == "sheets.not_found"
    with pytest.raises(WorkbookError) as info:
        GoogleBackend(SHEET, session=standin.session(token=None)).read()  # no bearer: 401
    assert info.value.code == "sheets.forbidden"


def test_renamed_tab_refetches_metadata_once_and_retries(standin):
    seed(standin)
    b = backend(standin)
    b.read()
    standin.rename_tab(SHEET, "Møder", "Mødeplan 2025")
    standin.reset_counts()
    snap = b.read()
    assert "Mødeplan 2025" in snap and "Møder" not in snap
    assert [p.rsplit("/", 1)[-1] for _, p in standin.requests] == [
        "values:batchGet", SHEET, "values:batchGet"]


def test_create_tabs_makes_dropdowns_in_one_batch_update(standin):
    # (what every backend's create_tabs does is in test_workbook_backends.py)
    seed(standin)
    b = backend(standin)
    standin.reset_counts()
    b.create_tabs([
        NewTab("Dagsorden", (("Møde", "Nr", "Punkt", "Status"), ("2025-03-04", "1", "=x", "")),
               dropdowns=((4, ("planlagt", "behandlet")),), column_widths=(12, 4, 40)),
    ])
    assert [m for m, _ in standin.requests] == ["GET", "POST"]
    (rule,) = standin.validations(SHEET, "Dagsorden")
    assert rule["range"]["startColumnIndex"] == 3 and rule["range"]["startRowIndex"] == 1
    assert rule["rule"]["condition"] == {"type": "ONE_OF_LIST", "values": [
        {"userEnteredValue": "planlagt"}, {"userEnteredValue": "behandlet"}]}
    assert rule["rule"]["strict"] is False and rule["rule"]["showCustomUi"] is True


def test_writing_outside_the_grid_is_refused_but_appends_grow_it(standin):
    standin.create_spreadsheet(SHEET, {"Log": [["Tid"]]}, rows=3, cols=2)
    b = backend(standin)
    b.read()
    batch = Batch()
    batch.append("Log", *[(str(i), "x", "y") for i in range(5)])
    b.apply(batch)
    assert standin.grid(SHEET, "Log") == (6, 3)
    bad = Batch()
    bad.set_cell("Log", 2, 9, "z", key_col=1, key_value="0")
    with pytest.raises(WorkbookError) as info:
        b.apply(bad)
    assert info.value.code == "sheets.error"


def test_timeout_is_set_on_gspread_and_label_is_short(standin):
    seed(standin)
    b = backend(standin, timeout=7.5)
    assert b._client.http_client.timeout == 7.5
    assert b.label == "Google Sheet 1AbC…"


def test_service_account_key_file_gets_a_token_from_the_standin_and_reads(standin, tmp_path):
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption()).decode()
    secret_watch.watch(*pem.splitlines()[1:-1])
    key_file: Path = tmp_path / "key.json"
    key_file.write_text(json.dumps({
        "type": "service_account", "project_id": "tovholder-test", "private_key_id": "k1",
        "private_key": pem, "client_email": "tovholder@tovholder-test.iam.gserviceaccount.com",
        "client_id": "1", "token_uri": standin.token_uri}))
    seed(standin)
    b = GoogleBackend.from_service_account_file(SHEET, key_file, session=standin.session(None))
    assert b.account == "tovholder@tovholder-test.iam.gserviceaccount.com"
    assert b.read()["Medlemmer"][1][0] == "Anna Holm"
    (issued,) = standin.tokens_issued
    assert issued["iss"] == b.account and "spreadsheets" in issued["scope"]
    assert set(standin.authorizations) == {issued["token"]}
    standin.fail_next(1, status=403)
    with pytest.raises(WorkbookError) as info:
        b.read()
    assert info.value.params["account"] == b.account  # the fix: share the sheet with it
    assert pem not in repr(info.value) and "standin-access" not in repr(info.value)


@pytest.mark.parametrize(("text", "expected"), [
    ("'Møder'!A1:F", ("Møder", "A1:F")),
    ("'Bob''s tab'!A:A", ("Bob's tab", "A:A")),
    ("Log", ("Log", None)),
    ("A1:F", (None, "A1:F")),
    ("Sheet1!B2", ("Sheet1", "B2")),
])
def test_standin_parses_a1_ranges(text, expected):
    assert sheets_standin.split_range(text) == expected


def test_standin_range_reads_trim_like_google(standin):
    standin.create_spreadsheet(SHEET, {"T": [["a", "", "c", ""], [], ["", "x"], [], []]})
    s = gspread.Client(None, session=standin.session()).open_by_key(SHEET)
    got = s.values_batch_get(["T!A1:F", "T!B:B", "'T'!C1", "T!D1"])["valueRanges"]
    assert got[0]["values"] == [["a", "", "c"], [], ["", "x"]]
    assert got[1]["values"] == [[], [], ["x"]]
    assert got[2]["values"] == [["c"]]
    assert "values" not in got[3]


