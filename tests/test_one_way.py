"""One way to do the things every feature does: Log rows are built by jobs/base/logbook.py alone,
cells in the chair's tabs are written through jobs/base/cells.py alone (each re-checking its
row's key), so a fix to either reaches every feature."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
CODE = [p for folder in ("jobs", "mailer", "replies", "sheets", "tovholder")
        for p in sorted((ROOT / folder).rglob("*.py"))]


def calls_to(name: str) -> dict[str, int]:
    found: dict[str, int] = {}
    for path in CODE:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                func = node.func
                called = func.attr if isinstance(func, ast.Attribute) else \
                    func.id if isinstance(func, ast.Name) else ""
                if called == name:
                    key = str(path.relative_to(ROOT))
                    found[key] = found.get(key, 0) + 1
    return found


@pytest.mark.parametrize(("name", "allowed"), [
    # the Svar tab is the service's own: its header cells are written where it is kept
    ("set_cell", {"jobs/base/cells.py", "jobs/form/answers.py"}),
    ("LogEntry", {"jobs/base/logbook.py", "sheets/parse.py"}),
])
def test_only_the_shared_module_does_it(name: str, allowed: set[str]) -> None:
    assert set(calls_to(name)) <= allowed
