"""The one way a feature writes into a tab the chair keeps (Opgaver, Funktioner, Medlemmer, ...):
single cells, each written only if the row's key cell still holds the key it was read with
(tovholder.sheets.batch.SetCell, checked by the backend at write time). Pure: the writes go into
the tick's one batch. Values are text, never formulas (the backends see to that)."""

from __future__ import annotations

from collections.abc import Mapping

from tovholder.jobs.base.context import Context


def set_cells(ctx: Context, tab: str, row: int, key: tuple[str, str],
              values: Mapping[str, str]) -> bool:
    """Write column key -> text into ``row`` of the tab ``tab`` (a schema key such as
    "actions"), guarded by ``key`` = (key column, the value it must still hold). False when the
    tab or its key column is missing; columns the chair does not have are left out."""
    layout = ctx.wb.layouts.get(tab)
    key_col = layout.col(key[0]) if layout else None
    if layout is None or key_col is None:
        return False
    for column, value in values.items():
        col = layout.col(column)
        if col is not None:
            ctx.batch.set_cell(layout.title, row, col, value, key_col=key_col, key_value=key[1])
    return True


def pending(ctx: Context, tab: str, row: int, column: str, default: str) -> str:
    """The value this tick already decided for a cell, else what was read (``default``)."""
    layout = ctx.wb.layouts.get(tab)
    col = layout.col(column) if layout else None
    for write in reversed(ctx.batch.cells):
        if layout and write.tab == layout.title and write.row == row and write.col == col:
            return write.value
    return default
