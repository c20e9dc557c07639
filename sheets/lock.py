"""One writer at a time in a folder, across processes, on POSIX and on Windows.

The xlsx backend saves by replacing the workbook file (temp file + os.replace), so the lock cannot
be on the file itself; it is on the folder. POSIX: flock on the folder, which leaves no file behind.
Windows can neither open a folder nor flock, so there the first byte of a lock file in the folder is
locked with msvcrt.locking; the file stays (removing it while another process waits for it would let
a third one take a lock on a new file). Both are advisory: only Tovholder processes take them.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

WINDOWS_LOCK_FILE = ".tovholder.lock"
POLL_SECONDS = 0.05  # Windows: how often a waiting writer tries again


def folder_lock(folder: Path, platform: str | None = None) -> AbstractContextManager[None]:
    """An exclusive lock on ``folder`` for the ``with`` block; waits for another holder."""
    if (platform or sys.platform) == "win32":
        return _msvcrt_lock(folder)
    return _flock(folder)


@contextmanager
def _flock(folder: Path) -> Iterator[None]:
    import fcntl  # POSIX only: imported here so the module loads everywhere

    handle = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        os.close(handle)  # closing releases the lock


@contextmanager
def _msvcrt_lock(folder: Path) -> Iterator[None]:
    import msvcrt  # Windows only

    handle = os.open(folder / WINDOWS_LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        while True:  # LK_LOCK gives up after ten seconds; a writer waits as long as flock would
            try:
                msvcrt.locking(handle, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
                break
            except OSError:
                time.sleep(POLL_SECONDS)
        try:
            yield
        finally:
            os.lseek(handle, 0, os.SEEK_SET)  # the locked byte is counted from the position
            msvcrt.locking(handle, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
    finally:
        os.close(handle)
