"""`python -m bench mail`: the mail loop on real servers (Dovecot + SMTP, started here as the tests
do). Measures how fast a member's reply becomes a Log row with IMAP IDLE and with a 5 s poll,
the member's view of it (``reply_to_confirmation_ms``: from SMTP accepting a member's answer to
the competence form until the confirmation is in the member's own IMAP inbox, the service on
IDLE), what an idle poll costs in IMAP round trips at 10 and 10,000 messages, and sending throughput
over one SMTP connection. Figures are wall-clock on a shared 2-core machine: compare ratios from
one run, not runs with each other.
"""

from __future__ import annotations

import argparse
import datetime as dt
import email
import email.policy
import statistics
import tempfile
import threading
import time
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

from imapclient import IMAPClient

from bench import report
from tests.features import made_up
from tests.mailservers import MailServers
from tovholder.jobs.base.messages import Sender, make_outgoing
from tovholder.jobs.form.feature import FEATURE as FORM_FEATURE
from tovholder.jobs.form.form import FormSettings
from tovholder.jobs.runner.service import Service
from tovholder.jobs.runner.tick import Group
from tovholder.mailer.imap import ImapInbox, ImapSettings
from tovholder.mailer.mailbox import ServerMail
from tovholder.mailer.smtp import SmtpSender, SmtpSettings
from tovholder.sheets.batch import NewTab
from tovholder.sheets.parse import parse_snapshot
from tovholder.sheets.xlsx import XlsxBackend

TZ = ZoneInfo("Europe/Copenhagen")


def smtp(s: MailServers, user: tuple[str, str]) -> SmtpSettings:
    return SmtpSettings(host=s.host, port=s.smtp_port, security="starttls", username=user[0],
                        password=user[1], ca_file=str(s.ca_cert_path), timeout=10)


def imap(s: MailServers, user: tuple[str, str]) -> ImapSettings:
    return ImapSettings(host=s.host, port=s.imaps_port, username=user[0], password=user[1],
                        ca_file=str(s.ca_cert_path), timeout=10)


class NoIdle:
    """The same mailbox without IDLE, so the service falls back to polling."""

    def __init__(self, inner: ServerMail) -> None:
        self._inner = inner

    def __getattr__(self, name: str) -> object:
        if name == "inbox":
            raise AttributeError(name)
        return getattr(self._inner, name)


def make_group(s: MailServers, folder: Path) -> tuple[Group, tuple[str, str], tuple[str, str]]:
    me, member = s.add_user(), s.add_user()
    path = folder / f"{me[0]}.xlsx"
    XlsxBackend(path).create_tabs([NewTab("Medlemmer", (
        ("Navn", "E-mail", "Status"), ("Medlem", f"{member[0]}@example.org", "aktiv")))])
    address = f"{me[0]}@example.org"
    mailbox = ServerMail(ImapInbox(imap(s, me)), smtp(s, me), address, "Sent")
    return Group(XlsxBackend(path), mailbox, Sender(address, "Tovholder", "da", b"k")), me, member


def reply_latencies(s: MailServers, folder: Path, *, idle: bool, replies: int) -> list[float]:
    group, me, member = make_group(s, folder)
    now = dt.datetime.now(TZ)
    asks = [make_outgoing(group.sender, "notice", kind="bench", key=str(n),
                          to_email=f"{member[0]}@example.org", to_name="Medlem",
                          context={"chair_name": "x", "title": "Svar", "body": "", "quoted": ""},
                          now=now) for n in range(replies)]
    group.features = made_up([lambda ctx: list(asks)])
    if not idle:
        group.mailbox = NoIdle(group.mailbox)  # type: ignore[assignment]
    problems: list[str] = []
    service = Service(group, tick_minutes=60, poll_seconds=5.0, lang="da", tz=TZ,
                      say=lambda line: problems.append(line) if "tovholder:" in line else None)
    worker = threading.Thread(target=service.run, daemon=True)
    worker.start()
    with s.imap(member[0]) as client:
        deadline = time.monotonic() + 60
        while True:  # wait until the asks have arrived
            client.select_folder("INBOX", readonly=True)
            if len(client.search(["ALL"])) >= replies:
                break
            if time.monotonic() > deadline:
                raise RuntimeError(f"the asks never arrived: {problems}")
            time.sleep(0.05)
        data = client.fetch(client.search(["ALL"]), ["BODY.PEEK[]"])
    received = [email.message_from_bytes(d[b"BODY[]"], policy=email.policy.default)
                for d in data.values()]
    latencies = []
    with SmtpSender(smtp(s, member)) as sender:
        for n, ask in enumerate(received):
            time.sleep(0.3)  # let the service settle back into IDLE / its poll wait
            reply = EmailMessage()
            reply["From"], reply["To"] = f"{member[0]}@example.org", str(ask["Reply-To"])
            reply["Subject"], reply["Message-ID"] = "SV: svar", f"<r{n}.{time.time()}@bench>"
            reply.set_content("Ja tak.\n")
            sender.send(reply)
            accepted = time.perf_counter()
            while not any(e.message_id == reply["Message-ID"] for e in parse_snapshot(
                    group.backend.read()).log):
                time.sleep(0.02)
            latencies.append((time.perf_counter() - accepted) * 1000)
    service.stop.set()
    worker.join(timeout=30)
    return latencies


def form_group(s: MailServers, folder: Path, members: int
               ) -> tuple[Group, list[tuple[str, str]]]:
    """A group whose service sends the competence form to ``members`` members, each their own
    IMAP user (a member's confirmations are capped per day, so one answer each)."""
    me, users = s.add_user(), [s.add_user() for _ in range(members)]
    path = folder / f"{me[0]}.xlsx"
    XlsxBackend(path).create_tabs([
        NewTab("Medlemmer", (("Navn", "E-mail", "Status"),
                             *((f"Medlem {n}", f"{u[0]}@example.org", "aktiv")
                               for n, u in enumerate(users)))),
        NewTab("Skema", (("Id", "Spørgsmål", "Type", "Valgmuligheder"),
                         ("interesser", "Hvilke fagområder?", "flere", "PFAS; Spildevand; Støj"))),
        NewTab("Svar", (("Medlem", "Runde", "Modtaget", "Message-ID", "Rå tekst",
                         "interesser"),))])
    address = f"{me[0]}@example.org"
    mailbox = ServerMail(ImapInbox(imap(s, me)), smtp(s, me), address, "Sent")
    group = Group(XlsxBackend(path), mailbox, Sender(address, "Tovholder", "da", b"k"),
                  settings={"form": FormSettings(round="2026")}, features=(FORM_FEATURE,))
    return group, users


def wait_for(client: IMAPClient, seen: int, deadline: float) -> list[EmailMessage]:
    """The messages after the first ``seen`` in the selected INBOX, once there are any."""
    while True:
        client.noop()
        uids = client.search(["ALL"])
        if len(uids) > seen:
            data = client.fetch(uids[seen:], ["BODY.PEEK[]"])
            return [email.message_from_bytes(d[b"BODY[]"], policy=email.policy.default)
                    for d in data.values()]  # type: ignore[misc]
        if time.monotonic() > deadline:
            raise RuntimeError("nothing arrived within the deadline")
        time.sleep(0.01)


def reply_to_confirmation(s: MailServers, folder: Path, *, replies: int) -> list[float]:
    """Each member answers the form; ms from SMTP's 250 for the answer until the confirmation
    is in the member's inbox (seen by a NOOP every 10 ms on the member's own IMAP session)."""
    group, users = form_group(s, folder, replies)
    problems: list[str] = []
    service = Service(group, tick_minutes=60, poll_seconds=5.0, lang="da", tz=TZ,
                      say=lambda line: problems.append(line) if "tovholder:" in line else None)
    worker = threading.Thread(target=service.run, daemon=True)
    worker.start()
    latencies = []
    for n, user in enumerate(users):
        with s.imap(user[0]) as client, SmtpSender(smtp(s, user)) as sender:
            client.select_folder("INBOX")
            [form] = wait_for(client, 0, time.monotonic() + 60)
            time.sleep(0.3)  # let the service settle back into IDLE
            answer = EmailMessage()
            answer["From"], answer["To"] = f"{user[0]}@example.org", str(form["Reply-To"])
            answer["Subject"], answer["Message-ID"] = f"SV: {form['Subject']}", f"<f{n}@bench>"
            answer["In-Reply-To"] = answer["References"] = str(form["Message-ID"])
            answer.set_content("PFAS og støj\n")
            sender.send(answer)
            accepted = time.perf_counter()
            [confirmation] = wait_for(client, 1, time.monotonic() + 60)
            latencies.append((time.perf_counter() - accepted) * 1000)
            if str(confirmation["In-Reply-To"]) != answer["Message-ID"]:
                raise RuntimeError(f"not the confirmation: {confirmation['Subject']} {problems}")
    service.stop.set()
    worker.join(timeout=30)
    return latencies


def idle_poll_round_trips(s: MailServers, size: int) -> int:
    user = s.add_user()
    s.bulk_append(user[0], (f"From: m{n}@example.org\r\nSubject: {n}\r\nMessage-ID: <{n}@b>\r\n"
                            f"\r\nmessage {n}\r\n".encode() for n in range(size)))
    with ImapInbox(imap(s, user)) as inbox:
        state = inbox.poll(None).state  # the first poll learns where the mailbox ends
        before = inbox.round_trips
        inbox.poll(state)  # nothing new: what every idle poll costs
        return inbox.round_trips - before


def send_rate(s: MailServers, count: int) -> float:
    me, member = s.add_user(), s.add_user()
    messages = []
    for n in range(count):
        msg = EmailMessage()
        msg["From"], msg["To"] = f"{me[0]}@example.org", f"{member[0]}@example.org"
        msg["Subject"], msg["Message-ID"] = f"rate {n}", f"<rate{n}@bench>"
        msg.set_content("x\n")
        messages.append(msg)
    with SmtpSender(smtp(s, me)) as sender:
        start = time.perf_counter()
        for msg in messages:
            sender.send(msg)
        return count / (time.perf_counter() - start)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench mail")
    parser.add_argument("--replies", type=int, default=10)
    parser.add_argument("--big", type=int, default=10_000)
    parser.add_argument("--send", type=int, default=200)
    args = parser.parse_args(argv)
    with MailServers() as servers, tempfile.TemporaryDirectory() as tmp:
        idle = reply_latencies(servers, Path(tmp), idle=True, replies=args.replies)
        confirmed = reply_to_confirmation(servers, Path(tmp), replies=args.replies)
        poll = reply_latencies(servers, Path(tmp), idle=False, replies=max(3, args.replies // 2))
        trips_small = idle_poll_round_trips(servers, 10)
        trips_big = idle_poll_round_trips(servers, args.big)
        rate = send_rate(servers, args.send)
    report("mail", {
        "reply_latency_idle_ms": round(statistics.median(idle)),
        "reply_latency_poll_ms": round(statistics.median(poll)),
        "reply_to_confirmation_ms": round(statistics.median(confirmed)),
        "reply_to_confirmation_max_ms": round(max(confirmed)),
        "round_trips_per_idle_poll_10": trips_small,
        f"round_trips_per_idle_poll_{args.big}": trips_big,
        "messages_sent_per_second": round(rate, 1),
    }, {"idle_ms": [round(x) for x in idle], "poll_ms": [round(x) for x in poll],
        "reply_to_confirmation_ms": [round(x) for x in confirmed],
        "poll_seconds": 5.0, "replies": args.replies, "sent": args.send})
    return 0
