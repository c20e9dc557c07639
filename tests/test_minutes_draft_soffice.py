"""The secretary's minutes draft (.docx, python-docx) opens in LibreOffice Writer: converted
headless to PDF and to text in a temporary folder, it has pages and says what the draft says.
Writer is the Debian package ``libreoffice-writer`` (dev.py installs it). Without it the test
fails, never skips: a draft nobody's word processor opens is no draft."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.replyworld import to
from tests.test_round import answered

WRITER = Path("/usr/lib/libreoffice/program/libswlo.so")  # what libreoffice-writer installs


def convert(tmp_path: Path, source: Path, target: str) -> Path:
    exe = shutil.which("soffice")
    if exe is None or not WRITER.exists():
        pytest.fail("LibreOffice Writer is missing: apt-get install libreoffice-writer "
                    "(dev.py test does it)", pytrace=False)
    profile = tmp_path / "lo-profile"  # a fresh profile per test, so parallel runs don't clash
    out = tmp_path / target.partition(":")[0]
    subprocess.run([exe, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--convert-to", target, "--outdir", str(out), str(source)],
                   check=True, capture_output=True, timeout=180)
    return out / source.with_suffix("." + target.partition(":")[0]).name


@pytest.mark.soffice
def test_the_minutes_draft_opens_in_libreoffice_writer(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "world").mkdir()
    _, digests = answered(tmp_path / "world", monkeypatch)
    [draft] = [p for p in to(digests, "soren", "Dagsorden").iter_attachments()
               if (p.get_filename() or "").endswith(".docx")]
    source = tmp_path / str(draft.get_filename())
    source.write_bytes(draft.get_content())
    pdf = convert(tmp_path, source, "pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and re.search(rb"/Type\s*/Page\b", pdf)  # it has a page
    text = convert(tmp_path, source, "txt:Text").read_text(encoding="utf-8-sig")
    for expected in ("Referat – Miljøgruppen", "Tilsynskampagne 2026", "Bordet rundt",
                     "Vi har fået en ny miljøchef"):
        assert expected in text, expected
