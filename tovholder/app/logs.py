"""The one logging set-up, at the edge: what the service does goes to stderr through the standard
`logging` module, under logger names ``tovholder.*``; what a command answers (`check`, `show`,
`preview`, `example-config`, `draw`, the demo's text, a tick's summary) stays on stdout.

Two formats, chosen by where stderr goes:

- a terminal or a file: ``2026-12-06 09:00:00 INFO tovholder.run: …``; a traceback follows its
  line, as Python prints it, because a person reads it there;
- journald (systemd sets ``JOURNAL_STREAM`` to the device and inode of the stream it reads,
  which we compare with stderr's, so a terminal opened from a systemd session is not mistaken
  for it): ``<3>tovholder.run: …``, without a timestamp (journald adds its own) and with the
  syslog priority, so ``journalctl -p warning`` filters by level. journald makes one entry per
  line, so a record is folded onto one line there (`` | `` between a traceback's lines): one
  event, one entry, all of it at the record's priority.

``--verbose`` shows DEBUG lines of Tovholder (and INFO of the libraries), ``--quiet`` only
warnings and errors. Every line passes tovholder.core.redact on its way out: secrets the
configuration resolved, and anything shaped like a password, token or AUTH line, are masked.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import TextIO

from tovholder.core.redact import redact

ROOT = "tovholder"
PRIORITY = {logging.DEBUG: 7, logging.INFO: 6, logging.WARNING: 4, logging.ERROR: 3,
            logging.CRITICAL: 2}  # syslog's, as journald reads a "<N>" prefix
FOLD = " | "  # i18n: data (joins a folded record's lines)


class Redacting(logging.Formatter):
    """A formatter whose every line is redacted, and folded onto one line when ``fold``."""

    def __init__(self, fmt: str, *, fold: bool = False, priority: bool = False) -> None:
        super().__init__(fmt, datefmt="%Y-%m-%d %H:%M:%S")
        self.fold, self.priority = fold, priority

    def format(self, record: logging.LogRecord) -> str:
        text = redact(super().format(record))
        if self.fold:
            text = FOLD.join(line for line in text.splitlines() if line.strip())
        if self.priority:
            text = f"<{PRIORITY.get(record.levelno, 6)}>{text}"
        return text


class StderrHandler(logging.StreamHandler):
    """Writes to whatever ``sys.stderr`` is when the record comes (a test's capture replaces
    it; a handler holding the old one would write into a closed file)."""

    @property
    def stream(self) -> TextIO:
        return sys.stderr

    @stream.setter
    def stream(self, value: TextIO) -> None:
        pass


def under_journald(stream: TextIO | None = None, env: dict[str, str] | None = None) -> bool:
    """True when ``stream`` (stderr) is the stream journald reads: JOURNAL_STREAM names it."""
    value = (os.environ if env is None else env).get("JOURNAL_STREAM", "")
    device, _, inode = value.partition(":")
    try:
        st = os.fstat((stream or sys.stderr).fileno())
        return (st.st_dev, st.st_ino) == (int(device), int(inode))
    except (ValueError, OSError, AttributeError):
        return False


def formatter(journald: bool) -> Redacting:
    if journald:
        return Redacting("%(name)s: %(message)s", fold=True, priority=True)
    return Redacting("%(asctime)s %(levelname)s %(name)s: %(message)s")


def setup(*, verbose: bool = False, quiet: bool = False) -> logging.Handler:
    """Tovholder's handler on the root logger (replacing one set up before: main() runs more
    than once in a test process); Tovholder's level from the options, the libraries' one step
    quieter."""
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, StderrHandler)]:
        root.removeHandler(old)
    handler = StderrHandler()
    handler.setFormatter(formatter(under_journald()))
    root.addHandler(handler)
    ours = logging.DEBUG if verbose else logging.WARNING if quiet else logging.INFO
    logging.getLogger(ROOT).setLevel(ours)
    root.setLevel(logging.INFO if verbose else logging.WARNING)
    return handler


class Say:
    """The ``say`` callable the runner modules take (jobs/runner/*.py), as log records: INFO,
    or ERROR for a line that carries a traceback (inbox.py says a crashed handler's one)."""

    def __init__(self, logger: logging.Logger) -> None:
        self.logger = logger

    def __call__(self, line: str) -> None:
        failed = "Traceback (most recent call last)" in line  # i18n: data (Python's own words)
        self.logger.log(logging.ERROR if failed else logging.INFO, "%s", line)
