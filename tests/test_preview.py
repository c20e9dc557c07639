"""`tovholder preview KIND` renders every kind of email the service sends, found from the
registry (a new kind is previewed without code): in the demo group, swept over the moments its
meetings, calls and reminders name (`--now`); the files it writes keep the whole address; `form
send` takes `--now` too."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from tovholder.app import config as configuration
from tovholder.app.cli import _features, main
from tovholder.app.wiring import open_group
from tovholder.jobs.runner.preview import kinds, preview
from tovholder.jobs.runner.tick import context
from tovholder.sheets.parse import parse_snapshot
from tovholder.sheets.xlsx import XlsxBackend

LINK = "https://drev.example.org/referat.pdf"
# Kinds that answer something no moment brings by itself: what must happen first.
NEEDS = {
    "notice": "a mail the chair must hear of before the daily digest",
    "doctor_test": "tovholder doctor --send-test",
    "correction": "a meeting moved after its agenda went",
    "minutes_corrected": "a second version of minutes that went",
    "action_confirm": "a reply to an action reminder",
    "action_chair": "a reply to an action reminder",
    "action_coowner": "an owner's reply closing or moving a shared action",
    "form_confirm": "a reply to the form",
    "draw_winner": "a call for volunteers nobody answered",
    "draw": "a call for volunteers nobody answered",
    "welcome": "the chair approving a member",
    "renewal_chair": "a holder's answer to a renewal",
    "agenda_confirm": "a proposal for the agenda",
    "agenda_chair": "a proposal for the agenda",
    "consultation_confirm": "a member's input to a consultation",
    "consultation_handover": "the chair changing a running consultation's coordinator",
    "consultation_moved": "the chair changing a running consultation's coordinator",
    "vacancy_confirm": "a conditional offer to take a role",
    "role_filled": "a role given to a volunteer or by a draw",
    "identity": "a reply from an address the member has not confirmed",
    "identity_chair": "a reply from an address the member has not confirmed",
    "foreign_address": "a reply from an address the member has not confirmed",
}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo group after its two ticks; its past meeting set to "referat klar" with a link."""
    folder = tmp_path_factory.mktemp("preview") / "demo"
    assert main(["demo", "--dir", str(folder)]) == 0
    book = openpyxl.load_workbook(folder / "gruppe.xlsx")
    sheet = book["Møder"]
    header = [str(c.value) for c in sheet[1]]
    past = next(r for r in range(2, sheet.max_row + 1)
                if sheet.cell(r, header.index("Status") + 1).value == "afholdt")
    sheet.cell(past, header.index("Status") + 1).value = "referat klar"
    sheet.cell(past, header.index("Note") + 1).value = f"Referat: {LINK}"
    book.save(folder / "gruppe.xlsx")
    return folder


def moments(folder: Path) -> list[dt.datetime]:
    """The demo's tick, a few days on, and the days each planned meeting's mail goes (a sweep of
    the days before it: its reminder goes working days before, so on a weekday that moves with
    the date the demo is made on)."""
    cfg = configuration.load(folder / "tovholder.toml", features=_features())
    wb = parse_snapshot(XlsxBackend(folder / "gruppe.xlsx").read())
    last = max(dt.datetime.fromisoformat(e.time) for e in wb.log).replace(tzinfo=cfg.tz)
    found = [last + dt.timedelta(days=n, minutes=10) for n in (0, 1, 4, 7, 12, 16)]
    for m in wb.meetings:
        found += [dt.datetime.combine(m.date - dt.timedelta(days=n), dt.time(9), tzinfo=cfg.tz)
                  for n in (14, 10, 5, 4, 3, 2, 1) if m.date - dt.timedelta(days=n) > last.date()]
    return found


def test_every_kind_the_service_sends_is_previewed(demo: Path) -> None:
    cfg = configuration.load(demo / "tovholder.toml", features=_features())
    group = open_group(cfg)
    shown: dict[str, int] = {}
    for now in moments(demo):
        ctx, _ = context(group, now)
        for kind in kinds(group.features):
            shown[kind] = shown.get(kind, 0) + len(preview(group.features, ctx, kind))
    assert "calendar" not in shown  # a calendar response is no email of ours
    missing = {k for k, n in shown.items() if not n} - set(NEEDS)
    assert not missing, f"no moment shows an email of {sorted(missing)}"
    assert set(NEEDS) <= set(shown), set(NEEDS) - set(shown)  # NEEDS names real kinds
    for kind in ("minutes", "round", "agenda_call", "attendance_reminder", "bundle", "form",
                 "form_reminder", "vacancy", "renewal", "approval", "chair_digest",
                 "consultation_draft"):
        assert shown[kind], kind


def test_preview_of_the_form_writes_files_named_with_the_whole_address(
        demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "forhaand"
    assert main(["--config", str(demo / "tovholder.toml"), "preview", "form", "--to",
                 "ida.engholm@example.org", "--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == [
        "001-form-ida.engholm@example.org.eml", "001-form-ida.engholm@example.org.html"]


def test_preview_takes_now_and_says_when_nothing_of_the_kind_would_go(
        demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = str(demo / "tovholder.toml")
    assert main(["--config", config, "preview", "round", "--now", "2020-01-06T09:00"]) == 0
    assert 'Ingen mail af typen "round" ville blive sendt på tidspunktet 2020-01-06 09:00' in \
        capsys.readouterr().out
    assert main(["--config", config, "preview", "calendar"]) == 2  # no email of ours
    assert main(["--config", config, "form", "send", "--dry-run", "--now",
                 "2020-01-06T09:00"]) == 0
