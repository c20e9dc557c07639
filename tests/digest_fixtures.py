"""Small invented workbooks (people at example.org) and a fake Log for the digest tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from email.message import EmailMessage
from zoneinfo import ZoneInfo

from tovholder.jobs.base.context import Context, Due
from tovholder.jobs.base.messages import Sender
from tovholder.jobs.runner.tick import chair
from tovholder.mailer.outbox import SENT, SKIPPED, TIME_FORMAT, Outgoing, plan
from tovholder.sheets.model import LogEntry, Workbook
from tovholder.sheets.parse import parse_snapshot
from tovholder.sheets.starter import new_tabs

TZ = ZoneInfo("Europe/Copenhagen")
GROUP = "gruppe@example.org"
NAMES = ["Ida Engholm", "Søren Bækgaard", "Mette Lindholt", "Jonas Krogsgaard",
         "Freja Vestergaard", "Rasmus Holmgaard"]


def email(name: str) -> str:
    return name.split()[0].lower().replace("ø", "o") + "@example.org"


def members(extra: Sequence[Mapping[str, str]] = ()) -> list[dict[str, str]]:
    rows = [{"name": n, "email": email(n), "status": "aktiv"} for n in NAMES]
    return rows + [dict(r) for r in extra]


def d(day: dt.date) -> str:
    return day.strftime("%d-%m-%Y")


def workbook(**tabs: Sequence[Mapping[str, str]]) -> Workbook:
    rows: dict[str, list[dict[str, str]]] = {"members": members(), "roles": [
        {"role": "Formand", "holder": email("Ida Engholm"), "term_start": "01-01-2025"}]}
    rows.update({k: [dict(r) for r in v] for k, v in tabs.items()})
    snapshot = {t.title: [list(r) for r in t.rows] for t in new_tabs("da", rows)}
    return parse_snapshot(snapshot)


def at(day: dt.date, hour: int = 9, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=TZ)


def context(wb: Workbook, now: dt.datetime, *, log: list[LogEntry] | None = None,
            lang: str = "da", settings: dict[str, object] | None = None) -> Context:
    sender = Sender(GROUP, "Miljønetværket", lang, b"test-secret")
    return Context(wb, list(wb.log) if log is None else log, sender, now, chair(wb, ""),
                   settings or {})


def entry(now: dt.datetime, out: Outgoing, state: str = SENT) -> LogEntry:
    return LogEntry(0, now.strftime(TIME_FORMAT), out.kind, out.key, out.recipient,
                    out.message_id, state, "")


def skipped(now: dt.datetime, kind: str, key: str, reason: str) -> LogEntry:
    return LogEntry(0, now.strftime(TIME_FORMAT), kind, key, "", "", SKIPPED, reason)


def simulate(wb_at: Callable[[dt.datetime], Workbook], nows: Iterable[dt.datetime],
             dues: Sequence[Due], *, log: list[LogEntry] | None = None, lang: str = "da",
             settings: dict[str, object] | None = None) -> list[tuple[dt.datetime, Outgoing]]:
    """Ticks at ``nows``: each sends (into a growing fake Log) what tovholder.mailer.outbox.plan says."""
    log = [] if log is None else log
    sent: list[tuple[dt.datetime, Outgoing]] = []
    for now in nows:
        ctx = context(wb_at(now), now, log=log, lang=lang, settings=settings)
        wanted = [out for due in dues for out in due(ctx)]
        for out in plan(wanted, log).send:
            log.append(entry(now, out))
            sent.append((now, out))
    return sent


def hours(start: dt.datetime, end: dt.datetime, step: dt.timedelta = dt.timedelta(hours=1)
          ) -> list[dt.datetime]:
    found, now = [], start
    while now < end:
        found.append(now)
        now = (now.astimezone(dt.UTC) + step).astimezone(TZ)
    return found


def text(msg: EmailMessage) -> str:
    return msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]


def html(msg: EmailMessage) -> str:
    return msg.get_body(("html",)).get_content()  # type: ignore[union-attr]


def calendar(msg: EmailMessage) -> str:
    part = next(p for p in msg.walk() if p.get_content_type() == "text/calendar")
    return part.get_content()  # type: ignore[union-attr]
