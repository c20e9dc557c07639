"""ExcelBackend (Microsoft Graph workbook API) against the local Graph stand-in: what only Excel
Online has (requests per tick, dates as serial numbers, used ranges, sessions, throttling). The
guarantees every backend gives are in test_workbook_backends.py."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from tests.graph_standin import GraphStandin, XCell
from tests.workbooks import DRIVE, ITEM
from tovholder.core.errors import SheetsUnavailable, WorkbookError
from tovholder.sheets import graphcells
from tovholder.sheets.batch import Batch
from tovholder.sheets.excel import ExcelBackend

BATCH = ("POST", "/v1.0/$batch")


@pytest.fixture
def graph() -> Iterator[GraphStandin]:
    with GraphStandin() as standin:
        standin.create_workbook(DRIVE, ITEM, {
            "Medlemmer": [["Navn", "E-mail"], ["Anna Holm", "anna@example.org"]],
            "Opgaver": [["Nr", "Status"], [1, "åben"], [2, "åben"]],
            "Svar": [["Medlem"]],
            "Log": [["Tid", "Art"], ["t0", "start"]],
        })
        yield standin


def backend(graph: GraphStandin, **kwargs: Any) -> ExcelBackend:
    return ExcelBackend(DRIVE, ITEM, token=kwargs.pop("token", lambda: "graph-test-token"),
                        session=graph.session(), **kwargs)


def test_idle_tick_costs_exactly_one_request(graph: GraphStandin) -> None:
    b = backend(graph)
    b.read()  # the first read lists the worksheets first
    for _ in range(3):
        graph.reset_counts()
        b.read()
        b.apply(Batch())
        assert graph.requests == [BATCH]


def warm(b: ExcelBackend) -> None:
    """The first writes after a start: Svar's first row (its header alone cannot be a table),
    then its rows and the Log's into a table each."""
    b.read()
    for n in range(2):
        batch = Batch()
        batch.append("Svar", (f"m{n}@example.org",))
        batch.append("Log", (f"t{n}", "start"))
        b.apply(batch)


def test_write_tick_costs_three_requests_in_one_session_that_is_closed(
        graph: GraphStandin) -> None:
    b = backend(graph)
    warm(b)
    graph.reset_counts()
    graph.sessions_created = graph.sessions_closed = 0
    b.read()
    batch = Batch()
    batch.append("Svar", *[(f"m{i}@example.org", "1", "2025-03-01") for i in range(25)])
    batch.append("Log", ("2025-03-01T10:00", "form", "m1", "sent"))
    batch.set_cell("Opgaver", 2, 2, "færdig", key_col=1, key_value="1")
    result = b.apply(batch)
    assert (result.appended_rows, result.cells_written, result.conflicts) == (26, 1, [])
    assert graph.requests == [BATCH] * 3
    assert (graph.sessions_created, graph.sessions_closed, graph.sessions) == (1, 1, {})
    assert len(graph.values(DRIVE, ITEM, "Svar")) == 29  # its table's empty first row too
    assert graph.values(DRIVE, ITEM, "Log")[-1] == ["2025-03-01T10:00", "form", "m1", "sent"]
    assert graph.values(DRIVE, ITEM, "Opgaver")[1] == ["1", "færdig"]


def test_the_writes_carry_the_session_and_run_one_after_the_other(graph: GraphStandin) -> None:
    b = backend(graph)
    b.read()
    batch = Batch()
    batch.append("Log", ("t1", "x"))
    batch.set_cell("Opgaver", 3, 2, "færdig", key_col=1, key_value="2")
    sent: list[dict[str, Any]] = []
    original = graph.batch
    graph.batch = lambda body: (sent.append(body), original(body))[1]  # type: ignore[method-assign]
    b.apply(batch)
    writes = sent[-1]["requests"]
    assert [r["method"] for r in writes] == ["PATCH", "POST", "POST"]  # cell, rows/add, close
    assert writes[-1]["url"].endswith("/closeSession")
    assert all(r["headers"]["workbook-session-id"] for r in writes)
    assert [r.get("dependsOn") for r in writes] == [None, [writes[0]["id"]], [writes[1]["id"]]]


def test_rows_are_appended_through_an_excel_table_made_once(graph: GraphStandin) -> None:
    b = backend(graph)
    b.read()
    for n in range(3):
        batch = Batch()
        batch.append("Log", (f"t{n + 1}", "svar"))
        b.apply(batch)
    log = graph.book(DRIVE, ITEM).sheet("Log")
    (table,) = log.tables
    assert (table.top, table.left, table.bottom, table.right) == (1, 1, 5, 2)
    adds = [u for m, u in graph.subrequests if m == "POST" and u.endswith("/rows/add")]
    made = [u for m, u in graph.subrequests if m == "POST" and u.endswith("/tables/add")]
    assert (len(made), len(adds)) == (1, 3)
    assert graph.values(DRIVE, ITEM, "Log")[1:] == [["t0", "start"], ["t1", "svar"],
                                                    ["t2", "svar"], ["t3", "svar"]]


def test_a_written_cell_already_holding_the_value_is_not_sent(graph: GraphStandin) -> None:
    b = backend(graph)
    b.read()
    batch = Batch()
    batch.set_cell("Opgaver", 2, 2, "åben", key_col=1, key_value="1")
    assert b.apply(batch).cells_written == 1
    assert not [u for m, u in graph.subrequests if m == "PATCH"]


@pytest.mark.parametrize("fmt", ["dd-mm-yyyy", "m/d/yyyy", "[$-406]d. mmmm yyyy", "yyyy-mm-dd"])
def test_a_date_cell_reads_as_its_date_whatever_its_format_or_locale(
        graph: GraphStandin, fmt: str) -> None:
    # 5 November 2025 is serial 45966; an en-US "m/d/yyyy" cell shows 11/5/2025
    graph.add_tab(DRIVE, ITEM, "Møder", [["Dato", "Start", "Slut"],
                                         [XCell(45966, fmt), XCell(0.5625, "h:mm"),
                                          XCell(45966.6875, "dd-mm-yyyy hh:mm")]])
    row = backend(graph).read()["Møder"][1]
    assert row == [dt.date(2025, 11, 5), dt.time(13, 30), dt.datetime(2025, 11, 5, 16, 30)]


def test_numbers_stay_numbers_and_a_key_typed_as_number_matches_its_text(
        graph: GraphStandin) -> None:
    b = backend(graph)
    assert b.read()["Opgaver"][1] == [1, "åben"]
    batch = Batch()
    batch.set_cell("Opgaver", 2, 2, "færdig", key_col=1, key_value="1")
    assert b.apply(batch).conflicts == []


def test_a_used_range_not_starting_at_a1_keeps_its_rows_and_columns(graph: GraphStandin) -> None:
    graph.set_rows(DRIVE, ITEM, "Medlemmer", [["Navn", "E-mail"], ["Bo", "bo@example.org"]],
                   top=3, left=2)
    assert backend(graph).read()["Medlemmer"] == [[], [], [None, "Navn", "E-mail"],
                                                  [None, "Bo", "bo@example.org"]]


def test_an_empty_worksheet_reads_empty_and_its_first_append_lands_in_row_1(
        graph: GraphStandin) -> None:
    graph.add_tab(DRIVE, ITEM, "Deltagelse", [])
    b = backend(graph)
    assert b.read()["Deltagelse"] == []
    batch = Batch()
    batch.append("Deltagelse", ("Møde", "Medlem"))
    b.apply(batch)
    assert graph.values(DRIVE, ITEM, "Deltagelse") == [["Møde", "Medlem"]]


def test_a_renamed_tab_is_read_under_its_new_name_in_the_same_request(
        graph: GraphStandin) -> None:
    b = backend(graph)
    b.read()
    graph.rename_tab(DRIVE, ITEM, "Opgaver", "Opgaver 2025")
    graph.reset_counts()
    snap = b.read()
    assert "Opgaver 2025" in snap and "Opgaver" not in snap
    assert graph.requests == [BATCH]


def test_a_tab_added_since_the_last_read_costs_one_more_request(graph: GraphStandin) -> None:
    b = backend(graph)
    b.read()
    graph.add_tab(DRIVE, ITEM, "Høringer", [["Titel"], ["Støj"]])
    graph.reset_counts()
    assert b.read()["Høringer"] == [["Titel"], ["Støj"]]
    assert graph.requests == [BATCH, BATCH]


def test_more_tabs_than_a_batch_holds_are_read_in_batches_of_20(graph: GraphStandin) -> None:
    for i in range(30):
        graph.add_tab(DRIVE, ITEM, f"Ark {i}", [[f"v{i}"]])
    b = backend(graph)
    b.read()
    graph.reset_counts()
    snap = b.read()
    assert len(snap) == 34 and snap["Ark 29"] == [["v29"]]
    assert graph.requests == [BATCH, BATCH]  # 35 sub-requests: 20 + 15


def test_429_on_the_batch_waits_its_retry_after_then_succeeds(graph: GraphStandin) -> None:
    waits: list[float] = []
    b = backend(graph, sleep=waits.append)
    b.read()
    graph.fail_next(1, status=429, retry_after=7)
    graph.reset_counts()
    assert "Medlemmer" in b.read()
    assert waits == [7.0] and graph.requests == [BATCH, BATCH]


def test_429_on_one_sub_request_resends_only_that_one(graph: GraphStandin) -> None:
    waits: list[float] = []
    b = backend(graph, sleep=waits.append)
    b.read()
    graph.reset_counts()
    graph.fail_sub_next(1, status=429, retry_after=3)
    assert b.read()["Medlemmer"][1] == ["Anna Holm", "anna@example.org"]
    assert waits == [3.0]
    assert len(graph.subrequests) == 5 + 1


def test_persistent_503_gives_up_with_capped_waits(graph: GraphStandin) -> None:
    waits: list[float] = []
    b = backend(graph, sleep=waits.append, rng=lambda: 1.0, max_tries=5, max_wait=10.0)
    graph.fail_next(100, status=503)
    with pytest.raises(SheetsUnavailable) as info:
        b.read()
    assert info.value.code == "excel.unavailable"
    assert len(graph.requests) == 5
    assert waits == [1.0, 2.0, 4.0, 3.0] and sum(waits) <= 10.0


def test_a_session_that_expired_before_the_writes_is_created_anew_and_nothing_is_doubled(
        graph: GraphStandin) -> None:
    calls: list[int] = []

    def token() -> str:
        calls.append(1)
        if len(calls) == 2:  # this apply's writes: its session has just expired
            graph.expire_sessions()
        return "graph-test-token"

    b = backend(graph)
    warm(b)
    b.client.token = token
    graph.sessions_created = 0
    batch = Batch()
    batch.append("Log", ("t1", "svar"), ("t2", "svar"))
    batch.set_cell("Opgaver", 2, 2, "færdig", key_col=1, key_value="1")
    result = b.apply(batch)
    assert (result.appended_rows, result.cells_written) == (2, 1)
    assert graph.values(DRIVE, ITEM, "Log")[-3:] == [["t1", "start"], ["t1", "svar"],
                                                     ["t2", "svar"]]
    assert graph.values(DRIVE, ITEM, "Opgaver")[1] == ["1", "færdig"]
    assert graph.sessions_created == 2 and graph.sessions == {}


def test_the_token_is_asked_for_each_request_and_sent_as_bearer(graph: GraphStandin) -> None:
    tokens = iter(["tok-1", "tok-2"])
    b = backend(graph, token=lambda: next(tokens))
    b.read()
    assert graph.authorizations == ["tok-1", "tok-2"]


def test_refused_token_and_unknown_workbook_are_workbook_errors(graph: GraphStandin) -> None:
    graph.fail_next(1, status=401)
    with pytest.raises(WorkbookError) as info:
        backend(graph).read()
    assert info.value.code == "excel.forbidden"
    with pytest.raises(WorkbookError) as info:
        ExcelBackend(DRIVE, "01NOSUCHITEM", token=lambda: "t", session=graph.session()).read()
    assert info.value.code == "excel.not_found"


def test_connection_refused_is_retried_then_unavailable() -> None:
    with GraphStandin() as gone:
        session = gone.session()
    waits: list[float] = []
    b = ExcelBackend(DRIVE, ITEM, token=lambda: "t", session=session, sleep=waits.append,
                     max_tries=3)
    with pytest.raises(SheetsUnavailable):
        b.read()
    assert len(waits) == 2


# -- what the stand-in does, as Excel does it ------------------------------------------------

def post(graph: GraphStandin, *subs: dict[str, Any]) -> list[dict[str, Any]]:
    body = {"requests": [{"id": str(i), **s} for i, s in enumerate(subs)]}
    response = graph.session().post("https://graph.microsoft.com/v1.0/$batch", json=body,
                                    headers={"Authorization": "Bearer t"})
    assert response.status_code == 200, response.text
    return sorted(response.json()["responses"], key=lambda r: int(r["id"]))


def test_standin_types_values_as_excel_does_and_the_apostrophe_keeps_text(
        graph: GraphStandin) -> None:
    ws = f"/drives/{DRIVE}/items/{ITEM}/workbook/worksheets/Log"
    values = [["=1+1", "0045", "TRUE", "2025-11-05", "'=1+1", "'0045", "-2+3", "tekst"]]
    (patch, get) = post(graph, {"method": "PATCH", "url": f"{ws}/range(address='A3:H3')",
                                "body": {"values": values},
                                "headers": {"Content-Type": "application/json"}},
                        {"method": "GET", "url": f"{ws}/range(address='A3:H3')"})
    assert patch["status"] == 200
    assert get["body"]["values"] == [["=1+1", 45, True, 45966, "=1+1", "0045", "=-2+3", "tekst"]]
    assert get["body"]["numberFormat"][0][3] == "yyyy-mm-dd"
    assert [c for *_, c in graph.formula_cells(DRIVE, ITEM)] == ["=1+1", "=-2+3"]
    assert graph.cell(DRIVE, ITEM, "Log", 3, 5) == XCell("=1+1", quote_prefix=True)


def test_standin_refuses_a_batch_of_21_and_answers_424_behind_a_failure(
        graph: GraphStandin) -> None:
    body = {"requests": [{"id": str(i), "method": "GET", "url": "/me"} for i in range(21)]}
    response = graph.session().post("https://graph.microsoft.com/v1.0/$batch", json=body,
                                    headers={"Authorization": "Bearer t"})
    assert response.status_code == 400
    book = f"/drives/{DRIVE}/items/{ITEM}/workbook"
    first, second = post(graph, {"method": "GET", "url": f"{book}/worksheets/Findes ikke/"
                                                         "usedRange(valuesOnly=true)"},
                         {"method": "GET", "url": f"{book}/worksheets", "dependsOn": ["0"]})
    assert (first["status"], second["status"]) == (404, 424)


def test_standin_used_range_of_an_empty_sheet_is_a1(graph: GraphStandin) -> None:
    graph.add_tab(DRIVE, ITEM, "Tom", [])
    (answer,) = post(graph, {"method": "GET", "url": f"/drives/{DRIVE}/items/{ITEM}/workbook/"
                                                     "worksheets/Tom/usedRange(valuesOnly=true)"})
    assert answer["body"]["address"] == "Tom!A1" and answer["body"]["values"] == [[""]]


def test_standin_needs_a_bearer_token() -> None:
    with GraphStandin() as graph:
        response = requests.Session().post(graph.url + "/v1.0/$batch", json={"requests": []})
    assert response.status_code == 401


@pytest.mark.parametrize(("code", "is_date"), [
    ("General", False), ("0.00", False), ("@", False), ('"kr." #,##0', False),
    ("dd-mm-yyyy", True), ("m/d/yyyy", True), ("[$-406]d. mmmm yyyy", True), ("h:mm", True),
    ("[h]:mm", True), ("[Red]0.00", False), ('0 "dage"', False), ("yyyy-mm-dd hh:mm", True),
])
def test_date_formats_are_told_from_number_formats(code: str, is_date: bool) -> None:
    assert graphcells.is_date_format(code) is is_date


# -- wiring: [workbook] backend = "excel" with [microsoft]'s app registration ------------------

def test_config_excel_reads_through_graph_with_a_token_msal_got_for_graph(
        graph: GraphStandin, tmp_path: Path) -> None:
    from tests.ms_identity import App, IdentityStandIn
    from tovholder.app import config
    from tovholder.app.wiring import open_backend
    from tovholder.jobs.registry import FEATURES

    client_id, secret = "0b6e3f1c-5a0e-4c1f-9d7e-0c2b8a6f4e21", "ms-excel-secret-for-tests-7Q~y"
    (tmp_path / "secret").write_text(secret)
    with IdentityStandIn(tmp_path / "idp") as idp:
        idp.add_app(App(client_id, secret=secret))
        path = tmp_path / "tovholder.toml"
        path.write_text(f'[workbook]\nbackend = "excel"\ndrive_id = "{DRIVE}"\n'
                        f'item_id = "{ITEM}"\n[microsoft]\ntenant = "{idp.tenant}"\n'
                        f'client_id = "{client_id}"\nsecret_file = "secret"\n'
                        f'authority = "{idp.authority}"\nca_file = "{idp.ca_file}"\n'
                        f'graph_url = "{graph.url}/v1.0"\n')
        b = open_backend(config.load(path, features=FEATURES))
        assert isinstance(b, ExcelBackend)
        assert b.read()["Medlemmer"][1] == ["Anna Holm", "anna@example.org"]
        (token, who, resource) = idp.issued[0]
    assert (who, resource) == (client_id, "https://graph.microsoft.com")
    assert set(graph.authorizations) == {token}


def test_config_excel_without_the_app_registration_names_what_to_fill_in(
        tmp_path: Path) -> None:
    from tovholder.app import config
    from tovholder.core.errors import ConfigError
    from tovholder.jobs.registry import FEATURES

    path = tmp_path / "tovholder.toml"
    path.write_text(f'[workbook]\nbackend = "excel"\ndrive_id = "{DRIVE}"\nitem_id = "{ITEM}"\n')
    with pytest.raises(ConfigError) as info:
        config.load(path, features=FEATURES)
    assert info.value.params["key"] == "microsoft.tenant"
    assert "workbook.backend" in str(info.value.params.get("fix", "")) + str(info.value.params)
