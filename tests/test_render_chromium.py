"""Every HTML email rendered in real headless Chromium at 600 px: nothing may overflow.

Chromium is the Debian package ``chromium`` (dev.py installs it); it is started so it never
reaches for the network (no background networking, updates or sync, a fresh profile). This test
fails, not skips, when Chromium is missing: the layout promise is only kept if it is checked.

``python -m tests.test_render_chromium`` writes docs/digest.png, the README's picture, from the
demo group's agenda digest.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import struct
import subprocess
import tempfile
from email.message import EmailMessage
from pathlib import Path

import pytest

from tests.digest_fixtures import at, context, d, entry, html, workbook
from tovholder.app.demo import rows
from tovholder.jobs.actions.reminders import due_action_reminders
from tovholder.jobs.digests import tools
from tovholder.jobs.digests.corrections import due_corrections
from tovholder.jobs.digests.digests import due_agenda
from tovholder.mailer.inline import inline_css
from tovholder.sheets.parse import parse_snapshot
from tovholder.sheets.starter import new_tabs

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
WIDTH = 600
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run",
         "--hide-scrollbars", "--default-background-color=ffffffff")
MEASURE = """<script>
(function () {
  var root = document.documentElement, right = 0, bottom = 0;
  document.querySelectorAll('body *').forEach(function (el) {
    var box = el.getBoundingClientRect();
    right = Math.max(right, box.right);
    bottom = Math.max(bottom, box.bottom);
  });
  root.setAttribute('data-max-bottom', Math.ceil(bottom));
  root.setAttribute('data-scroll-width', root.scrollWidth);
  root.setAttribute('data-scroll-height', root.scrollHeight);
  root.setAttribute('data-max-right', Math.ceil(right));
})();
</script>"""
LONG = "Spildevandsbekendtgørelsesændringsforslagshøringssvarsudkastgennemgang" * 2
LONG_URL = "https://meet.example.org/" + "x" * 150


def chromium(page: Path, *args: str, height: int = 2000) -> str:
    binary = shutil.which("chromium") or CHROMIUM
    assert Path(binary).exists(), "Chromium is missing: apt-get install chromium (dev.py test)"
    with tempfile.TemporaryDirectory() as profile:
        done = subprocess.run(
            [binary, *FLAGS, f"--user-data-dir={profile}", f"--window-size={WIDTH},{height}",
             *args, page.as_uri()], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def measure(document: str, folder: Path, name: str) -> dict[str, int]:
    page = folder / f"{name}.html"
    page.write_text(document.replace("</body>", MEASURE + "</body>"), encoding="utf-8")
    dom = chromium(page, "--dump-dom")
    found = dict(re.findall(r'data-(scroll-width|scroll-height|max-right|max-bottom)="(\d+)"', dom))
    assert found, dom[:500]
    return {k: int(v) for k, v in found.items()}


def screenshot(document: str, target: Path, height: int) -> tuple[int, int]:
    page = target.with_suffix(".html")
    page.write_text(document, encoding="utf-8")
    chromium(page, f"--screenshot={target}", height=height)
    with open(target, "rb") as fh:
        header = fh.read(24)
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", header[16:24])


def demo_emails(lang: str = "da") -> dict[str, EmailMessage]:
    """One of each HTML email, from the demo group plus the hardest content we can think of."""
    today = dt.date(2025, 5, 5)
    data = rows(today)
    data["agenda"].append({"meeting": data["meetings"][1]["date"], "no": "9", "title": LONG,
                           "note": LONG_URL, "responsible": "Søren Bækgaard"})
    data["actions"].append({"id": "99", "owners": "Mette Lindholt", "description": LONG,
                            "due": data["meetings"][1]["date"], "status": "åben",
                            "meeting": data["meetings"][0]["date"]})
    data["meetings"][1]["place"] += " " + LONG_URL
    wb = parse_snapshot({t.title: [list(r) for r in t.rows] for t in new_tabs("da", data)})
    now = at(today, 9)
    found = {"agenda": due_agenda(context(wb, now, lang=lang))[0].message,
             "actions": due_action_reminders(context(wb, now, lang=lang))[0].message,
             "followup": tools.preview(context(wb, now, lang=lang), "followup")[0].message}
    meeting_day = today + dt.timedelta(days=6)
    base = workbook(meetings=[{"date": d(meeting_day), "start": "10", "place": LONG}])
    log = [entry(now, o) for o in due_agenda(context(base, now, lang=lang))]
    moved = workbook(meetings=[{"date": d(meeting_day + dt.timedelta(days=2)), "start": "10",
                                "place": LONG + " " + LONG_URL}])
    found["correction"] = due_corrections(context(moved, now, log=log, lang=lang))[0].message
    return found


EMAILS = [(lang, kind) for lang in ("da", "en")
          for kind in ("agenda", "followup", "actions", "correction")]


@pytest.fixture(scope="module")
def rendered() -> dict[tuple[str, str], str]:
    return {(lang, kind): inline_css(html(msg)) for lang in ("da", "en")
            for kind, msg in demo_emails(lang).items()}


@pytest.mark.parametrize(("lang", "kind"), EMAILS)
def test_html_email_does_not_overflow_600px_in_chromium(rendered, tmp_path, lang, kind):
    size = measure(rendered[(lang, kind)], tmp_path, f"{lang}-{kind}")
    assert size["scroll-width"] <= WIDTH, size
    assert size["max-right"] <= WIDTH, size
    width, height = screenshot(rendered[(lang, kind)], tmp_path / f"{lang}-{kind}.png", 1200)
    assert (width, height) == (WIDTH, 1200)
    assert (tmp_path / f"{lang}-{kind}.png").stat().st_size > 10_000  # something was drawn


def test_the_measurement_sees_an_overflow_when_there_is_one(tmp_path):
    wide = '<!doctype html><html><body><div style="width: 900px">x</div></body></html>'
    assert measure(wide, tmp_path, "wide")["scroll-width"] > WIDTH


def test_html_emails_carry_their_styles_inline_for_outlook(rendered):
    document = rendered[("da", "agenda")]
    assert re.search(r'<td class="num" style="[^"]*width: 28px', document)
    assert re.search(r'<table role="presentation" class="card"[^>]*style="[^"]*max-width: 600px',
                     document)


def write_readme_picture(target: Path = ROOT / "docs" / "digest.png") -> Path:
    today = dt.date(2025, 5, 5)
    wb = parse_snapshot({t.title: [list(r) for r in t.rows] for t in new_tabs("da", rows(today))})
    document = inline_css(html(due_agenda(context(wb, at(today, 9)))[0].message))
    with tempfile.TemporaryDirectory() as folder:
        height = measure(document, Path(folder), "digest")["max-bottom"] + 16
        shot = Path(folder) / "digest.png"
        screenshot(document, shot, height)
        target.parent.mkdir(exist_ok=True)
        shutil.copyfile(shot, target)
    return target


if __name__ == "__main__":
    print(write_readme_picture())
