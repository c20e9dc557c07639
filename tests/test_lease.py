"""Two processes serving one group never send the same email twice (jobs/runner/lease.py)."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.features import made_up
from tests.graph_standin import GraphStandin
from tests.sheets_standin import SheetsStandin
from tests.workbooks import DRIVE, ITEM
from tovholder.jobs.base.messages import Sender, make_outgoing
from tovholder.jobs.runner.lease import current_holder
from tovholder.jobs.runner.tick import Group, tick
from tovholder.mailer.mailbox import LocalMail
from tovholder.sheets.backend import Backend
from tovholder.sheets.excel import ExcelBackend
from tovholder.sheets.google import GoogleBackend
from tovholder.sheets.model import LogEntry

TZ = ZoneInfo("Europe/Copenhagen")
NOW = dt.datetime(2026, 11, 28, 9, 0, tzinfo=TZ)


def lease(holder: str, state: str, until: str = "2026-11-28 09:10:00") -> LogEntry:
    return LogEntry(0, "2026-11-28 09:00:00", "lease", holder, "", "", state, f"til {until}")


def test_the_first_unexpired_lease_in_log_order_holds() -> None:
    assert current_holder([], NOW) is None
    assert current_holder([lease("a", "held"), lease("b", "held")], NOW) == "a"
    assert current_holder([lease("a", "held"), lease("a", "released"), lease("b", "held")],
                          NOW) == "b"
    expired = lease("a", "held", until="2026-11-28 08:59:00")  # a crashed holder
    assert current_holder([expired, lease("b", "held")], NOW) == "b"
    assert current_holder([lease("a", "released")], NOW) is None


class CountingMail(LocalMail):
    """The local mailbox, counting what each process handed over to be sent."""

    def __init__(self, root: Path, sent: list[str]) -> None:
        super().__init__(root)
        self.sent = sent

    def send(self, msg):  # type: ignore[no-untyped-def]
        self.sent.append(str(msg["Message-ID"]))
        return super().send(msg)


@pytest.mark.parametrize("kind", ["google", "excel"])
@pytest.mark.parametrize("attempt", range(3))
def test_two_processes_ticking_at_once_send_each_email_once(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch,
                                                            attempt: int, kind: str) -> None:
    sender = Sender("gruppe@example.org", "T", "da", b"k")
    context = {"chair_name": "", "title": "Hej", "body": "", "quoted": ""}
    emails = [make_outgoing(sender, "notice", kind="race", key=str(n),
                            to_email=f"m{n}@example.org", to_name="", context=context, now=NOW)
              for n in range(20)]
    sent: list[str] = []
    lines: list[str] = []
    tabs = {"Medlemmer": [["Navn", "E-mail", "Status"], ["A", "a@example.org", "aktiv"]],
            "Log": [["Tid", "Art", "Nøgle", "Modtager", "Message-ID", "Tilstand", "Detaljer"]]}
    with SheetsStandin() as standin, GraphStandin() as graph:
        standin.create_spreadsheet("race", tabs)
        graph.create_workbook(DRIVE, ITEM, tabs)

        def backend() -> Backend:
            if kind == "google":
                return GoogleBackend("race", session=standin.session())
            return ExcelBackend(DRIVE, ITEM, token=lambda: "t", session=graph.session())

        groups = [Group(backend(),
                        CountingMail(tmp_path / f"post{p}", sent), sender,
                        features=made_up([lambda ctx: list(emails)])) for p in range(2)]
        start = threading.Barrier(2)

        def process(group: Group) -> None:
            start.wait()
            tick(group, NOW, say=lines.append)

        workers = [threading.Thread(target=process, args=(g,)) for g in groups]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(timeout=60)
        # later ticks of both find everything done
        for group in groups:
            tick(group, NOW + dt.timedelta(minutes=20), say=lines.append)
    assert sorted(sent) == sorted(str(e.message["Message-ID"]) for e in emails)  # once each
