"""Shared fixtures. Real servers (Dovecot, SMTP) come from tests.mailservers; the Sheets API
stand-in from tests.sheets_standin."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest_plugins = ["tests.secret_watch", "tests.mailservers", "pytester"]

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def _danish_command_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line speaks the environment's language (tovholder.app.cli.cli_language): the
    tests expect Danish, whatever the locale of the machine that runs them."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


def load_snapshot(name: str) -> dict[str, list[list[str]]]:
    """A workbook described as JSON in tests/data/workbooks (keys starting with _ are comments)."""
    data = json.loads((DATA / "workbooks" / f"{name}.json").read_text(encoding="utf-8"))
    return {title: rows for title, rows in data.items() if not title.startswith("_")}


def write_xlsx(path: Path, snapshot: dict[str, list[list[str]]]) -> Path:
    from tovholder.sheets.batch import NewTab
    from tovholder.sheets.xlsx import XlsxBackend

    XlsxBackend(path).create_tabs(
        [NewTab(title, tuple(tuple(r) for r in rows)) for title, rows in snapshot.items()])
    return path


@pytest.fixture
def planted_xlsx(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "planted.xlsx", load_snapshot("planted"))
