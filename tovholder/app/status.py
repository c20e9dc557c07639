"""`tovholder status`: the service's state as the Log and the workbook tell it, as text (in the
group's language) or as JSON. Pure: text from what jobs/runner/status.py and upcoming.py found."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from tovholder.app.show import name_of
from tovholder.core.i18n import t
from tovholder.jobs.base.answer_log import SEP
from tovholder.jobs.runner.status import Status
from tovholder.jobs.runner.upcoming import Planned
from tovholder.sheets.model import LogEntry, Workbook

SHOWN = 3  # recipients named on a line of the plan; the rest are counted
WHEN = "%Y-%m-%d %H:%M"  # i18n: data


def text(found: Status, planned: list[Planned], wb: Workbook, now: dt.datetime, lang: str) -> str:
    lines = [_last(found, lang)]
    if found.failing:
        lines.append(t(lang, "status.failing", when=found.failing.time[:16]))
    if found.holder:
        lines.append(t(lang, "status.lease", holder=found.holder))
    lines += _section(lang, "status.waiting", (_email(e, wb, lang) for e in found.waiting))
    lines += _section(lang, "status.failed", (
        _email(e, wb, lang) + f": {e.detail}" for e in found.failed))
    lines += _section(lang, "status.unanswered", (
        t(lang, "status.passed_on", who=name_of(wb, e.recipient), when=e.time[:16],
          subject=_subject(e), note=t(lang, f"status.note_{state or 'none'}"))
        for e, state in found.unanswered))
    lines += _section(lang, "status.planned", _plan(planned, wb, now, lang))
    return "\n".join(lines) + "\n"


def as_json(found: Status, planned: list[Planned]) -> dict[str, Any]:
    def row(e: LogEntry) -> dict[str, str]:
        return {"time": e.time, "kind": e.kind, "key": e.key, "recipient": e.recipient,
                "state": e.state, "detail": e.detail}

    return {
        "last": found.last.isoformat() if found.last else None, **found.last_counts,
        "lease_holder": found.holder,
        "failing_notice": found.failing.time if found.failing else None,
        "waiting": [row(e) for e in found.waiting], "failed": [row(e) for e in found.failed],
        "unanswered": [{**row(e), "detail": _subject(e), "note": state}
                       for e, state in found.unanswered],
        "planned": [{"when": p.when.isoformat(), "kind": p.email.kind, "key": p.email.key,
                     "recipient": p.email.recipient, "subject": str(p.email.message["Subject"])}
                    for p in planned]}


def _last(found: Status, lang: str) -> str:
    if found.last is None:
        return t(lang, "status.never")
    return t(lang, "status.last", when=found.last.strftime(WHEN), **found.last_counts)


def _section(lang: str, title: str, lines: Iterable[str]) -> list[str]:
    found = [f"  {line}" for line in lines]
    return ["", t(lang, title)] + (found or ["  " + t(lang, "show.none")])


def _email(e: LogEntry, wb: Workbook, lang: str) -> str:
    return t(lang, "status.email", kind=e.kind, key=e.key, who=name_of(wb, e.recipient),
             when=e.time[:16], state=e.state)


def _subject(e: LogEntry) -> str:
    parts = e.detail.split(SEP)
    return parts[1] if len(parts) > 1 else ""


def _plan(planned: list[Planned], wb: Workbook, now: dt.datetime, lang: str) -> list[str]:
    groups: dict[tuple[dt.datetime, str, str], list[Planned]] = {}
    for p in planned:
        groups.setdefault((p.when, p.email.kind, p.email.key), []).append(p)
    lines = []
    for (when, _, _), items in groups.items():
        names = [name_of(wb, p.email.recipient) for p in items]
        who = ", ".join(names[:SHOWN])
        if len(names) > SHOWN:
            who = t(lang, "status.and_more", names=who, n=len(names) - SHOWN)
        moment = t(lang, "status.next_tick") if when == now else when.strftime(WHEN)
        lines.append(f"{moment}: {items[0].email.message['Subject']} → {who}")
    return lines
