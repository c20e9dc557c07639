"""The one interface both workbook backends (Google Sheets, a local .xlsx) implement.

Pure: names no transport. A backend reads every tab in one go and applies one batch per tick.
"""

from __future__ import annotations

from typing import Protocol

from tovholder.sheets.batch import ApplyResult, Batch, Cell, NewTab

Grid = list[list[Cell]]
Snapshot = dict[str, Grid]  # tab title -> rows (row 1 first), trailing empty cells may be absent


class Backend(Protocol):
    #: human-readable name of the workbook for messages, e.g. gruppe.xlsx or "Google Sheet 1AbC…"
    label: str

    def read(self) -> Snapshot:
        """Every tab's values, as displayed (Google) or as stored (xlsx); the Log's yearly
        archive tabs ("Log 2026") are left out: no tick needs them."""
        ...

    def read_tabs(self, titles: list[str]) -> Snapshot:
        """Only the named tabs (the service's cheap refresh read leaves out Log and Svar; the
        archiving reads the Log with its archive tabs)."""
        ...

    def delete_rows(self, tab: str, expected: dict[int, tuple[str, ...]]) -> bool:
        """Delete the given rows of a service-owned tab, all or none: only if each still holds
        the text expected (trailing empty cells aside). False, and nothing deleted, otherwise."""
        ...

    def apply(self, batch: Batch) -> ApplyResult:
        """Re-check SetCell keys, then write appends and cells in one update."""
        ...

    def create_tabs(self, tabs: list[NewTab]) -> list[str]:
        """Add the tabs that do not exist yet (creating the workbook if needed); return titles
        actually created. Existing tabs are never touched."""
        ...
