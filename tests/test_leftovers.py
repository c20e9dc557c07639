"""What a killed process leaves behind is cleaned up by the next tick: temporary files in the
outbox and beside the workbook (old ones only), and an outbox .eml always gets its .html."""

from __future__ import annotations

import os
import time
from email.message import EmailMessage
from pathlib import Path

from tests.conftest import write_xlsx
from tovholder.mailer.local import LocalMailbox
from tovholder.sheets.batch import Batch
from tovholder.sheets.xlsx import XlsxBackend


def aged(path: Path, seconds: float) -> Path:
    past = time.time() - seconds
    os.utime(path, (past, past))
    return path


def test_the_next_poll_removes_old_temporary_files_and_renders_a_missing_html(
        tmp_path: Path) -> None:
    box = LocalMailbox(tmp_path / "post")
    msg = EmailMessage()
    msg["Subject"], msg["Message-ID"], msg["To"] = "Hej", "<a@example.org>", "a@example.org"
    msg.set_content("Hej")
    box.send(msg)
    eml = next(box.outbox.glob("*.eml"))
    eml.with_suffix(".html").unlink()  # killed between the .eml and the .html
    old = box.outbox / ".tmp-abc.eml"
    old.write_text("killed while writing")
    aged(old, 3600)
    young = box.outbox / ".tmp-def.eml"
    young.write_text("being written")
    list(box.poll())
    assert eml.with_suffix(".html").exists()
    assert not old.exists() and young.exists()


def test_a_save_removes_an_old_temporary_workbook_left_by_a_killed_save(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "g.xlsx", {"Log": [["Tid", "Art"]]})
    old = tmp_path / ".tovholder-killed.xlsx"
    old.write_bytes(b"partial")
    aged(old, 3600)
    young = tmp_path / ".tovholder-busy.xlsx"
    young.write_bytes(b"another process is saving")
    batch = Batch()
    batch.append("Log", ("2026-12-06 10:00:00", "test"))
    XlsxBackend(path).apply(batch)
    assert not old.exists() and young.exists()
