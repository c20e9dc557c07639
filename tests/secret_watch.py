"""Secrets never appear in what Tovholder writes (issue 12): a pytest plugin that watches the
whole test session.

Every log record (Tovholder's at every level, the libraries' from WARNING, as the root logger
passes them) and every test's captured stdout and stderr are searched for the secrets the tests
use: the reply-token secrets of the test groups, the test servers' passwords and OAuth tokens,
the Sheets stand-in's access tokens, the service account's private key. A record is searched
before any redaction (tovholder.core.redact is the second line of defence; this checks the
first: that no code logs a secret). When one is found, the session fails at its end, naming the
test and where, with the secret masked.

Helpers that make a secret call :func:`watch` (tests/mailservers.py, tests/sheets_standin.py);
tests/test_secret_watch.py proves the watch fails a session that leaks one.
"""

from __future__ import annotations

import logging
import re
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # bench/ uses tests/mailservers.py, and so this module, without pytest
    import pytest

#: secrets written into the tests themselves (Sender(..., b"test-secret"), TOVHOLDER_SECRET)
FIXED = ("test-secret", "test-secret-not-for-production", "hemmelig", "hunter2",
         "a-reply-secret-for-this-test", "s3cret-value-of-the-env")

_secrets: set[str] = set(FIXED)
_pattern: re.Pattern[str] | None = None
_lock = threading.Lock()
_found: list[str] = []
_where = "(session start)"


def watch(*secrets: str) -> None:
    """Look for these from now on (whole words: "hemmelig" is a secret, "hemmeligheden" a word
    of the catalog)."""
    global _pattern
    with _lock:
        _secrets.update(s for s in secrets if len(s) >= 4)
        _pattern = None


def leaks(text: str) -> list[str]:
    """The watched secrets in ``text``."""
    global _pattern
    with _lock:
        if _pattern is None:
            alternatives = "|".join(re.escape(s) for s in sorted(_secrets, key=len, reverse=True))
            _pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")
        pattern = _pattern
    return sorted(set(pattern.findall(text)))


def masked(secret: str) -> str:
    return secret[:3] + "…"


_searched = {"records": 0, "outputs": 0}


def _check(text: str, where: str) -> None:
    _searched["records" if where.startswith("log record") else "outputs"] += 1
    for secret in leaks(text):
        _found.append(f"{_where}: {where} shows a secret ({masked(secret)})")


class Collector(logging.Handler):
    """On the root logger: every record, as its message and traceback, unredacted."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            text = record.getMessage()
            if record.exc_info:
                text += "\n" + logging.Formatter().formatException(record.exc_info)
        except Exception:  # noqa: BLE001 - a broken record is the logging module's to report
            return
        _check(text, f"log record {record.name}")


_collector = Collector(logging.DEBUG)


def pytest_sessionstart(session: pytest.Session) -> None:
    logging.getLogger().addHandler(_collector)
    logging.getLogger("tovholder").setLevel(logging.DEBUG)  # until a main() sets the CLI's


def pytest_runtest_logstart(nodeid: str, location: object) -> None:
    global _where
    _where = nodeid


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    for title, content in report.sections:
        if title.startswith("Captured"):
            _check(content, f"{title} ({report.when})")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    logging.getLogger().removeHandler(_collector)
    if _found:
        session.exitstatus = 1  # pytest.ExitCode.TESTS_FAILED, whatever the tests said


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    write = terminalreporter.write_line
    write(f"secret_watch: {_searched['records']} log records and {_searched['outputs']} "
          f"captured outputs searched for {len(_secrets)} secrets")  # that it ran, over what
    if _found:
        write("secret_watch: secrets in the logs or the output of the tests:", red=True)
        for line in dict.fromkeys(_found):
            write(line, red=True)
