"""`tovholder doctor`: is everything in place before the group relies on it? One finding per
check, each ok, a warning or a failure, with what to do; the command exits 2 on a failure.

The checks look and change nothing (the inbox is examined read-only, SMTP only logs in);
``--send-test`` (tovholder/app/cli.py) then sends one email to the chair. The verdicts on what
was found (imap_findings, clock_findings) are pure; the functions named check_* do the looking.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from dataclasses import dataclass, field

from tovholder.app.config import Config, secret
from tovholder.core.errors import TovholderError
from tovholder.core.i18n import problem_line, t
from tovholder.mailer.imap import Probe, keeps_keyword
from tovholder.mailer.outbox import logged_at
from tovholder.sheets.model import Workbook

OK, WARN, FAIL = "ok", "warn", "fail"
MARKS = {OK: "✓", WARN: "!", FAIL: "✗"}  # i18n: data
STRUCTURE = {"tab.missing", "column.missing"}  # problems that mean tabs or headers are wrong
CLOCK_SKEW = dt.timedelta(minutes=5)  # a Log row this far in the future: the clock is behind


@dataclass(frozen=True)
class Finding:
    check: str  # config, workbook, chair, clock, mail, imap, smtp, graph: its label in the catalog
    status: str  # ok | warn | fail
    code: str  # the sentence: what was found, and what to do
    params: dict[str, object] = field(default_factory=dict)
    fix: str = ""  # a further sentence with what to do, when the first one cannot say it

    def line(self, lang: str) -> str:
        text = t(lang, self.code, **self.params)
        if self.fix:
            text += " " + t(lang, self.fix)
        return f"{MARKS[self.status]} {t(lang, 'doctor.check.' + self.check)}: {text}"


def failed(check: str, err: TovholderError, fix: str = "") -> Finding:
    return Finding(check, FAIL, err.code, dict(err.params), fix)


def worst(findings: list[Finding]) -> int:
    """The exit code: 2 when anything failed, else 0 (warnings are advice)."""
    return 2 if any(f.status == FAIL for f in findings) else 0


def check_config(cfg: Config) -> Iterator[Finding]:
    for warning in cfg.warnings:
        yield Finding("config", WARN, "doctor.config_warning", {"warning": warning})
    yield Finding("config", OK, "doctor.config_ok", {"file": str(cfg.file), "name": cfg.name or "-"})
    mail = cfg.mail
    try:
        secret(mail.secret_env, mail.secret_file, "mail.secret")
        yield Finding("config", OK, "doctor.secret_ok")
    except TovholderError as err:
        yield failed("config", err)
    if mail.sandbox:
        yield Finding("config", WARN, "doctor.sandbox_on", {"sandbox": mail.sandbox})


def check_workbook(cfg: Config) -> tuple[list[Finding], Workbook | None]:
    from tovholder.app.wiring import load_workbook, open_backend

    try:
        backend = open_backend(cfg)
        wb = load_workbook(cfg, backend)
    except TovholderError as err:
        return [failed("workbook", err)], None
    found = [Finding("workbook", FAIL if p.severity == "error" else WARN, "doctor.problem",
                     {"problem": problem_line(p, cfg.language)})
             for p in wb.problems if p.code in STRUCTURE]
    others = [p for p in wb.problems if p.code not in STRUCTURE]
    if others:
        found.append(Finding("workbook", WARN, "doctor.workbook_problems",
                             {"n": len(others)}))
    found.insert(0, Finding("workbook", OK, "doctor.workbook_ok", {"label": backend.label}))
    return found, wb


def check_chair(cfg: Config, wb: Workbook) -> Finding:
    from tovholder.jobs.runner.tick import chair

    email, name = chair(wb, cfg.mail.chair)
    if not email:
        return Finding("chair", WARN, "doctor.no_chair")
    return Finding("chair", OK, "doctor.chair", {"who": f"{name} <{email}>" if name else email})


def clock_findings(now: dt.datetime, timezone: str, wb: Workbook | None) -> list[Finding]:
    """The time as the group sees it, and whether the Log has rows from the future (a clock
    that is behind would make the service think mail it sent has not yet gone)."""
    found = [Finding("clock", OK, "doctor.clock", {
        "now": now.strftime("%Y-%m-%d %H:%M"), "tz": timezone,  # i18n: data
        "utc": now.astimezone(dt.UTC).strftime("%H:%M")})]  # i18n: data
    times = [w for w in (logged_at(e, now.tzinfo) for e in (wb.log if wb else []))
             if w is not None]
    if times and max(times) > now + CLOCK_SKEW:
        found.append(Finding("clock", FAIL, "doctor.clock_behind",
                             {"newest": max(times).strftime("%Y-%m-%d %H:%M")}))  # i18n: data
    return found


def imap_findings(probe: Probe, *, folder: str, keyword: str, sent_folder: str,
                  idle: bool, moved_to: str = "Tovholder-behandlet",
                  sent_by_graph: bool = False) -> list[Finding]:
    """What the server offers, judged against what the configuration needs. ``moved_to``: where
    processed mail goes when the keyword does not stick; ``sent_folder`` "" for the one the server
    marks \\Sent; with Graph sending, Sent Items is checked through Graph, not here."""
    found = [Finding("imap", OK, "doctor.imap_ok", {"folder": folder})]
    if "IDLE" in probe.capabilities:
        found.append(Finding("imap", OK, "doctor.idle_ok" if idle else "doctor.idle_off"))
    else:
        found.append(Finding("imap", WARN, "doctor.no_idle"))
    if keeps_keyword(tuple(probe.permanent_flags), keyword):
        found.append(Finding("imap", OK, "doctor.keyword_ok", {"keyword": keyword}))
    else:
        found.append(Finding("imap", OK, "doctor.keyword_moved",
                             {"keyword": keyword, "folder": moved_to}))
    if not sent_by_graph:
        found.append(_sent_finding(probe, sent_folder))
    return found


def _sent_finding(probe: Probe, sent_folder: str) -> Finding:
    folder = sent_folder or (probe.sent_folders[0] if probe.sent_folders
                             else "Sent")  # i18n: data (a folder name)
    if folder in probe.sent_folders or not probe.sent_folders and folder in probe.folders:
        return Finding("imap", OK, "doctor.sent_ok", {"folder": folder})
    if probe.sent_folders:
        return Finding("imap", WARN, "doctor.sent_other",
                       {"folder": folder, "special": probe.sent_folders[0]})
    return Finding("imap", WARN, "doctor.sent_missing", {"folder": folder})


def check_mail(cfg: Config) -> list[Finding]:
    mail = cfg.mail
    if mail.backend == "local":
        folder = mail.local_dir
        usable = folder.is_dir() and os.access(folder, os.W_OK) or \
            not folder.exists() and os.access(folder.parent, os.W_OK)
        return [Finding("mail", OK if usable else FAIL,
                        "doctor.local_ok" if usable else "doctor.local_unwritable",
                        {"folder": str(folder)})]
    from tovholder.app.wiring import open_mailbox
    from tovholder.mailer.smtp import SmtpSender

    try:
        mailbox = open_mailbox(cfg)
    except TovholderError as err:
        return [failed("mail", err)]
    found: list[Finding] = []
    try:
        i = mail.imap
        found += imap_findings(mailbox.inbox.probe(), folder=i.folder,  # type: ignore[attr-defined]
                               keyword=i.processed_keyword, sent_folder=i.sent_folder, idle=i.idle,
                               moved_to=i.processed_folder or i.processed_fallback_folder,
                               sent_by_graph=mail.send == "graph")
    except TovholderError as err:
        found.append(failed("imap", err, "doctor.fix_imap"))
    finally:
        mailbox.close()
    if mail.send == "graph":
        try:  # a token, the permission to read Sent Items, the mailbox granted: the proof works
            mailbox.graph.was_sent("<doctor@tovholder.invalid>")  # type: ignore[attr-defined]
            found.append(Finding("graph", OK, "doctor.graph_ok", {"mailbox": mail.address}))
        except TovholderError as err:
            found.append(failed("graph", err, "doctor.fix_graph"))
        return found
    try:
        with SmtpSender(mailbox.smtp_settings):  # type: ignore[attr-defined]
            found.append(Finding("smtp", OK, "doctor.smtp_ok", {"host": mail.smtp.host}))
    except TovholderError as err:
        found.append(failed("smtp", err, "doctor.fix_smtp"))
    return found


def run(cfg: Config, now: dt.datetime) -> tuple[list[Finding], Workbook | None]:
    """Every check, in the order a person would fix things."""
    found = list(check_config(cfg))
    workbook, wb = check_workbook(cfg)
    found += workbook
    if wb is not None:
        found.append(check_chair(cfg, wb))
    found += clock_findings(now, cfg.timezone, wb)
    found += check_mail(cfg)
    return found, wb
