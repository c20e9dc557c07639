"""Pure decisions of sending: what to send from the Log, and the loop breaker."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage
from zoneinfo import ZoneInfo

from tovholder.mailer.outbox import LOOP_LIMIT, Outgoing, loop_guard, plan
from tovholder.sheets.model import LogEntry

NOW = dt.datetime(2026, 11, 28, 12, 0, tzinfo=ZoneInfo("Europe/Copenhagen"))


def out(key: str, to: str = "a@example.org", reply: bool = False) -> Outgoing:
    msg = EmailMessage()
    msg["Message-ID"] = f"<{key}@example.org>"
    if reply:
        msg["In-Reply-To"] = f"<their-{key}@example.net>"
    return Outgoing("confirm", key, to, msg)


def row(key: str, state: str, minutes_ago: int = 1, to: str = "a@example.org",
        detail: str = "") -> LogEntry:
    time = (NOW - dt.timedelta(minutes=minutes_ago)).strftime("%Y-%m-%d %H:%M:%S")
    return LogEntry(0, time, "confirm", key, to, f"<{key}@example.org>", state, detail)


def test_an_email_is_sent_once_whatever_the_log_says_about_it() -> None:
    log = [row("sent", "sending"), row("sent", "sent"), row("flying", "sending"),
           row("again", "sending"), row("again", "retry"), row("dead", "failed")]
    decided = plan([out("new"), out("sent"), out("flying"), out("again"), out("dead"),
                    out("new")], log)
    assert [o.key for o in decided.send] == ["new", "again"]
    assert [e.key for e, _ in decided.unresolved] == ["flying"]
    assert sorted(o.key for o in decided.done) == ["dead", "sent"]


def test_answers_to_one_address_are_cut_after_the_limit_within_an_hour() -> None:
    log = [row(f"old{n}", "sent", minutes_ago=10 + n, detail="svar") for n in range(LOOP_LIMIT)]
    allowed, cut = loop_guard([out("next", reply=True), out("digest")], log, NOW)
    assert [o.key for o in cut] == ["next"]
    assert [o.key for o in allowed] == ["digest"]  # emails that answer nothing are never cut


def test_the_limit_resets_after_an_hour_and_counts_per_address() -> None:
    log = [row(f"old{n}", "sent", minutes_ago=61 + n, detail="svar") for n in range(LOOP_LIMIT)]
    allowed, cut = loop_guard([out("next", reply=True)], log, NOW)
    assert not cut and len(allowed) == 1
    fresh = [row(f"b{n}", "sent", to="b@example.org", detail="svar") for n in range(LOOP_LIMIT)]
    allowed, cut = loop_guard([out("x", reply=True)], fresh, NOW)
    assert not cut  # b@ is busy, a@ is not


def test_several_answers_in_one_tick_count_towards_the_limit() -> None:
    wanted = [out(f"n{n}", reply=True) for n in range(LOOP_LIMIT + 2)]
    allowed, cut = loop_guard(wanted, [], NOW)
    assert len(allowed) == LOOP_LIMIT and len(cut) == 2
