"""The watch over the whole suite's logs (tests/secret_watch.py) really fails a session: a
test session that logs or prints a watched secret ends with exit code 1, one that does not
passes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import secret_watch

ROOT = Path(__file__).resolve().parents[1]
PLANTED = "planted-secret-value-1234"
LEAKY = """
import logging
import sys

from tests import secret_watch


def test_something():
    secret_watch.watch("planted-secret-value-1234")
    {leak}
"""


def session(pytester: pytest.Pytester, leak: str) -> pytest.RunResult:
    pytester.makepyfile(test_leaky=LEAKY.format(leak=leak))
    return pytester.runpytest_subprocess("-p", "tests.secret_watch", "-p", "no:cacheprovider")


@pytest.mark.parametrize("leak", [
    'logging.getLogger("tovholder.x").debug("the password is %s", "planted-" + "secret-value-1234")',
    'logging.getLogger("tovholder.x").error("failed", exc_info=KeyError("planted-secret-value-1234"))',
    'print("planted-secret-value-1234")',
    'print("planted-secret-value-1234", file=sys.stderr)',
])
def test_a_session_whose_logs_or_output_show_a_secret_fails(
        pytester: pytest.Pytester, leak: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    result = session(pytester, leak)
    out = result.stdout.str()
    assert result.ret == 1, out
    assert "1 passed" in out  # the test itself passed: the watch failed the session
    assert "secret_watch: secrets in the logs" in out
    assert "test_leaky.py::test_something:" in out and "shows a secret (pla…)" in out
    assert PLANTED not in out  # the report masks it


def test_a_session_without_secrets_in_its_logs_passes(
        pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    result = session(pytester, 'logging.getLogger("tovholder.x").warning("nothing secret")')
    assert result.ret == 0, result.stdout.str()


def test_a_secret_is_found_as_a_whole_word_only() -> None:
    secret_watch.watch("hemmelig")
    assert secret_watch.leaks("secret is hemmelig.") == ["hemmelig"]
    assert secret_watch.leaks("hemmeligheden til mail.secret mangler") == []
