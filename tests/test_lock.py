"""The xlsx writers' folder lock: flock on POSIX, msvcrt.locking on a lock file on Windows.

Windows' branch runs here against a stand-in msvcrt whose byte lock is an flock on the lock
file, so both branches are held to the same behaviour: a second writer waits for the first."""

from __future__ import annotations

import fcntl
import functools
import os
import subprocess
import sys
import threading
import time
import types
from pathlib import Path

import pytest

from tovholder.sheets import lock, xlsx
from tovholder.sheets.batch import Batch, NewTab
from tovholder.sheets.xlsx import XlsxBackend


@pytest.fixture
def msvcrt(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """A stand-in for Windows' msvcrt module; returns the (mode, bytes) of every locking call."""
    calls: list[tuple[int, int]] = []
    fake = types.ModuleType("msvcrt")
    fake.LK_UNLCK, fake.LK_LOCK, fake.LK_NBLCK = 0, 1, 2  # type: ignore[attr-defined]

    def locking(fd: int, mode: int, nbytes: int) -> None:
        calls.append((mode, nbytes))
        if mode == fake.LK_NBLCK:  # type: ignore[attr-defined]
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # BlockingIOError is an OSError, too
        elif mode == fake.LK_UNLCK:  # type: ignore[attr-defined]
            fcntl.flock(fd, fcntl.LOCK_UN)
        else:
            raise AssertionError(f"unexpected locking mode {mode}")

    fake.locking = locking  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "msvcrt", fake)
    return calls


def order_of_two_writers(folder: Path, platform: str) -> list[str]:
    events: list[str] = []
    first_holds = threading.Event()

    def first() -> None:
        with lock.folder_lock(folder, platform):
            events.append("first in")
            first_holds.set()
            time.sleep(0.3)
            events.append("first out")

    def second() -> None:
        first_holds.wait()
        with lock.folder_lock(folder, platform):
            events.append("second in")

    threads = [threading.Thread(target=f, daemon=True) for f in (first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    return events


def test_posix_a_second_writer_waits_and_no_file_is_left(tmp_path: Path) -> None:
    assert order_of_two_writers(tmp_path, "linux") == ["first in", "first out", "second in"]
    assert list(tmp_path.iterdir()) == []


def test_windows_a_second_writer_waits_on_the_lock_file(
        tmp_path: Path, msvcrt: list[tuple[int, int]]) -> None:
    assert order_of_two_writers(tmp_path, "win32") == ["first in", "first out", "second in"]
    assert [p.name for p in tmp_path.iterdir()] == [lock.WINDOWS_LOCK_FILE]
    # one byte, tried without blocking (the second writer more than once), always released
    assert {n for _, n in msvcrt} == {1}
    assert [m for m, _ in msvcrt].count(0) == 2
    assert [m for m, _ in msvcrt].count(2) > 2


def test_windows_lock_is_released_when_the_write_fails(
        tmp_path: Path, msvcrt: list[tuple[int, int]]) -> None:
    with pytest.raises(RuntimeError), lock.folder_lock(tmp_path, "win32"):
        raise RuntimeError("save failed")
    handle = os.open(tmp_path / lock.WINDOWS_LOCK_FILE, os.O_RDWR)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)  # free again
    finally:
        os.close(handle)
    assert [m for m, _ in msvcrt] == [2, 0]


def test_xlsx_backend_writes_under_the_windows_lock(
        tmp_path: Path, msvcrt: list[tuple[int, int]], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(xlsx, "folder_lock", functools.partial(lock.folder_lock, platform="win32"))
    backend = XlsxBackend(tmp_path / "g.xlsx")
    backend.create_tabs([NewTab("Log", (("Tid", "Art"),))])
    batch = Batch()
    batch.append("Log", ["2026-01-01", "test"])
    backend.apply(batch)
    assert backend.read()["Log"][1][:2] == ["2026-01-01", "test"]
    assert (tmp_path / lock.WINDOWS_LOCK_FILE).exists() and msvcrt


def test_the_xlsx_backend_imports_without_fcntl() -> None:
    """Windows has no fcntl: the default backend's module must load without it."""
    code = ("import sys; sys.modules['fcntl'] = None; import tovholder.sheets.xlsx, "
            "tovholder.app.wiring; print('ok')")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "ok\n"
