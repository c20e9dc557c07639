"""Old Log rows move to the Log's yearly archive tab ("Log 2026"), so the Log every tick reads
stays about a year long however long the group lives (which rows: archive_rule.py).

The order makes a kill at any point harmless:

1. decide from the Log as the tick read it: when nothing is due this costs nothing;
2. under the lease, read the Log again as it is, every cell of every row (the chair's own
   columns too), and the archive tabs of the years concerned;
3. append the rows to "Log <year>" (created with the Log's own header row), leaving out those a
   killed run already appended: appends keep their order, so they are the archive's last rows;
4. delete them from the Log; the backend first re-checks that each row still holds what was
   read, and deletes all or none.

A kill before 4 leaves the rows in both places; the next run finds them at the archive's end and
only deletes. Nothing is ever in neither place.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from tovholder.jobs.base.logbook import Logbook
from tovholder.jobs.runner import archive_rule
from tovholder.jobs.runner.lease import Lease
from tovholder.mailer.outbox import logged_at
from tovholder.sheets.backend import Backend, Grid
from tovholder.sheets.batch import Batch, NewTab
from tovholder.sheets.parse import parse_snapshot, text
from tovholder.sheets.schema import archive_title

Row = tuple[str, ...]


def archive_log(backend: Backend, logbook: Logbook, lease: Lease, now: dt.datetime,
                keep: dt.timedelta) -> dict[str, int]:
    """Archive what is due; archive tab title -> rows moved there (empty: nothing moved)."""
    if logbook.missing or not archive_rule.due(logbook.entries, now, keep):
        return {}
    lease.ensure()  # a write, and the Log must not change under us
    title = logbook.title
    grid = backend.read_tabs([title]).get(title, [])
    wb = parse_snapshot({title: grid})
    layout = wb.layouts.get("log")
    if layout is None:
        return {}
    moving: dict[str, list[tuple[int, Row]]] = {}
    for entry in archive_rule.due(wb.log, now, keep):  # decided again on the Log as it is now
        when = logged_at(entry, now.tzinfo)
        assert when is not None  # only rows with a readable time are archivable
        moving.setdefault(archive_title(title, when.year), []).append(
            (entry.row, _cells(grid[entry.row - 1])))
    if not moving:
        return {}
    _append(backend, moving, _cells(grid[layout.header_row - 1]))
    expected = {row: cells for rows in moving.values() for row, cells in rows}
    if not backend.delete_rows(title, expected):
        return {}  # the Log changed under us: both places hold the rows; the next run finishes
    return {tab: len(rows) for tab, rows in moving.items()}


def _append(backend: Backend, moving: dict[str, list[tuple[int, Row]]], header: Row) -> None:
    archives = backend.read_tabs(list(moving))
    new_tabs = [NewTab(tab, (header,)) for tab in moving if tab not in archives]
    if new_tabs:
        backend.create_tabs(new_tabs)
    batch = Batch()
    for tab, rows in moving.items():
        cells = [c for _, c in rows]
        there = already_there(archives.get(tab, []), cells)
        if cells[there:]:
            batch.append(tab, *cells[there:])
    backend.apply(batch)


def already_there(archive: Grid, rows: list[Row]) -> int:
    """How many of ``rows`` (from the first) a killed run already appended: the largest k with
    the archive's last k rows equal to the first k of ``rows``."""
    have = [_trimmed(_cells(r)) for r in archive[1:]]  # row 1 is the header
    want = [_trimmed(r) for r in rows]
    for k in range(min(len(have), len(want)), 0, -1):
        if have[-k:] == want[:k]:
            return k
    return 0


def _cells(row: Sequence[object]) -> Row:
    return _trimmed(tuple(text(v) for v in row))


def _trimmed(cells: Row) -> Row:
    end = len(cells)
    while end and cells[end - 1] == "":
        end -= 1
    return cells[:end]
