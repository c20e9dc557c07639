"""The command line: the one place where domain errors become sentences and exit codes.

Exit codes: 0 fine (warnings allowed), 1 the workbook has errors (`check`), 2 Tovholder could not
do its job (bad config, workbook locked or unreadable, Google down; `run`: it gave up after every
group failed tick after tick, or a group's thread died).

What the service does is logged (tovholder.app.logs, set up here once: --verbose, --quiet); what
a command answers is printed on stdout.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.metadata
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tovholder.app import config as configuration
from tovholder.app import logs
from tovholder.core.errors import ConfigError, TovholderError
from tovholder.core.i18n import DEFAULT, languages, problem_line, t


def cli_language() -> str:
    """The language of the help and of what is said before a config is read: the environment's
    (LANGUAGE, LC_ALL, LC_MESSAGES, LANG, as gettext reads them) when it has a catalog, else
    Danish."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            wanted = [v.split(".")[0].split("_")[0].lower() for v in value.split(":")]
            return next((lang for lang in wanted if lang in languages()), DEFAULT)
    return DEFAULT


def build_parser(lang: str | None = None) -> argparse.ArgumentParser:
    lang = lang or cli_language()
    parser = argparse.ArgumentParser(
        prog="tovholder", formatter_class=argparse.RawDescriptionHelpFormatter,
        description=t(lang, "cli.description"), epilog=t(lang, "cli.examples"))
    parser.add_argument("--config", type=Path, default=Path("tovholder.toml"),
                        help=t(lang, "cli.config"))
    parser.add_argument("--group", default=None, metavar=t(lang, "cli.name"), help=t(lang, "cli.group"))
    parser.add_argument("--version", action="version", version=f"tovholder {version(lang)}",
                        help=t(lang, "cli.version"))
    loud = parser.add_mutually_exclusive_group()
    loud.add_argument("-v", "--verbose", action="store_true", help=t(lang, "cli.verbose"))
    loud.add_argument("-q", "--quiet", action="store_true", help=t(lang, "cli.quiet"))
    sub = parser.add_subparsers(dest="command", required=True, metavar=t(lang, "cli.command"))

    def command(name: str, help_text: str, example: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help_text, epilog=example,
                              formatter_class=argparse.RawDescriptionHelpFormatter)

    demo = command("demo", t(lang, "cli.demo"), t(lang, "cli.demo_example"))
    demo.add_argument("--dir", type=Path, default=Path("demo"), help=t(lang, "cli.demo_dir"))
    command("init", t(lang, "cli.init"), t(lang, "cli.init_example"))
    for name, help_text, example in (
            ("check", t(lang, "cli.check"), t(lang, "cli.check_example")),
            ("show", t(lang, "cli.show"), t(lang, "cli.show_example"))):
        cmd = command(name, help_text, example)
        cmd.add_argument("--today", type=dt.date.fromisoformat, default=None, help=t(lang, "cli.today"))
    sub.choices["show"].add_argument(
        "what", nargs="?", choices=["overview", "competences"], default="overview",
        help=t(lang, "cli.show_what"))
    form = command("form", t(lang, "cli.form"), t(lang, "cli.form_example"))
    form.add_argument("action", choices=["send"])
    form.add_argument("--dry-run", action="store_true", help=t(lang, "cli.dry_run"))
    form.add_argument("--now", type=dt.datetime.fromisoformat, default=None, help=t(lang, "cli.now"))
    preview = command("preview", t(lang, "cli.preview"), t(lang, "cli.preview_example"))
    preview.add_argument("kind", help=t(lang, "cli.preview_kind"))
    preview.add_argument("--meeting", type=dt.date.fromisoformat, default=None,
                         help=t(lang, "cli.preview_meeting"))
    preview.add_argument("--to", default=None, help=t(lang, "cli.preview_to"))
    preview.add_argument("--out", type=Path, default=None, help=t(lang, "cli.preview_out"))
    preview.add_argument("--now", type=dt.datetime.fromisoformat, default=None,
                         help=t(lang, "cli.now"))
    draw = command("draw", t(lang, "cli.draw"), t(lang, "cli.draw_example"))
    draw.add_argument("--verify", action="store_true", required=True, help=t(lang, "cli.draw_verify"))
    draw.add_argument("file", nargs="?", type=Path, help=t(lang, "cli.draw_file"))
    tick = command("tick", t(lang, "cli.tick"), t(lang, "cli.tick_example"))
    tick.add_argument("--dry-run", action="store_true", help=t(lang, "cli.dry_run"))
    tick.add_argument("--now", type=dt.datetime.fromisoformat, default=None, help=t(lang, "cli.now"))
    run = command("run", t(lang, "cli.run"), t(lang, "cli.run_example"))
    run.add_argument("--dry-run", action="store_true", help=t(lang, "cli.dry_run"))
    command("example-config", t(lang, "cli.example_config"), t(lang, "cli.example_config_example"))
    status = command("status", t(lang, "cli.status"), t(lang, "cli.status_example"))
    status.add_argument("--days", type=int, default=14, help=t(lang, "cli.status_days"))
    status.add_argument("--json", action="store_true", help=t(lang, "cli.status_json"))
    login = command("google-login", t(lang, "cli.google_login"), t(lang, "cli.google_login_example"))
    login.add_argument("--port", type=int, default=0, help=t(lang, "cli.login_port"))
    login.add_argument("--no-browser", action="store_true", help=t(lang, "cli.login_no_browser"))
    command("microsoft-login", t(lang, "cli.microsoft_login"),
            t(lang, "cli.microsoft_login_example"))
    doctor = command("doctor", t(lang, "cli.doctor"), t(lang, "cli.doctor_example"))
    doctor.add_argument("--send-test", action="store_true", help=t(lang, "cli.doctor_send_test"))
    return parser


def version(lang: str) -> str:
    """The installed distribution's version (pyproject's), as pip and the wheel know it."""
    try:
        return importlib.metadata.version("tovholder")
    except importlib.metadata.PackageNotFoundError:  # run from a checkout that is not installed
        return t(lang, "cli.not_installed")


def main(argv: list[str] | None = None) -> int:
    lang = cli_language()
    args = build_parser(lang).parse_args(argv)
    logs.setup(verbose=args.verbose, quiet=args.quiet)
    try:
        if args.command == "demo":
            return cmd_demo(args)
        if args.command == "draw":
            return cmd_draw(args)
        if args.command == "example-config":
            return cmd_example_config(args)
        if args.command == "doctor":
            return cmd_doctor(args)
        groups = _groups(args)
        lang = groups[0].language
        if args.command == "run":
            return cmd_run(groups, args)
        if args.command == "google-login":
            return cmd_google_login(groups, args)
        if args.command == "microsoft-login":
            return cmd_microsoft_login(groups)
        worst = 0
        for cfg in groups:
            lang = cfg.language
            if len(groups) > 1:
                print(f"== {cfg.name} ==")
            worst = max(worst, COMMANDS[args.command](cfg, args))
        return worst
    except TovholderError as err:
        lang = getattr(err, "lang", lang)  # a config error knows the group's language
        print("tovholder: " + t(lang, err.code, **err.params), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _now(cfg: configuration.Config, args: argparse.Namespace) -> dt.datetime:
    """``--now`` in the group's time zone (as `tick` reads it), else the clock."""
    return args.now.replace(tzinfo=cfg.tz) if getattr(args, "now", None) else dt.datetime.now(cfg.tz)


def _today(cfg: configuration.Config, args: argparse.Namespace) -> dt.date:
    return getattr(args, "today", None) or dt.datetime.now(cfg.tz).date()


def cmd_init(cfg: configuration.Config, args: argparse.Namespace, rows: dict | None = None) -> int:
    from tovholder.app.wiring import open_backend
    from tovholder.sheets.starter import new_tabs

    backend = open_backend(cfg)
    created = backend.create_tabs(new_tabs(cfg.language, rows))
    if created:
        print(t(cfg.language, "init.created", tabs=", ".join(created), label=backend.label))
    else:
        print(t(cfg.language, "init.nothing", label=backend.label))
    return 0


def cmd_check(cfg: configuration.Config, args: argparse.Namespace) -> int:
    from tovholder.app.wiring import load_workbook, open_backend
    from tovholder.sheets.checks import check

    backend = open_backend(cfg)
    problems = check(load_workbook(cfg, backend), _today(cfg, args),
                     term_warning_days=max(cfg.terms.warning_days))
    # errors first, under their own heading, then the warnings: what must be fixed stands apart
    for severity, heading in (("error", "check.heading_errors"), ("warning", "check.heading_warnings")):
        found = [p for p in problems if p.severity == severity]
        if found:
            print(t(cfg.language, heading, n=len(found)))
            print("\n".join("  " + problem_line(p, cfg.language) for p in found))
    errors = sum(p.severity == "error" for p in problems)
    if problems:
        print(t(cfg.language, "check.summary", errors=t(cfg.language, "check.errors", n=errors),
                warnings=t(cfg.language, "check.warnings", n=len(problems) - errors),
                label=backend.label))
    else:
        print(t(cfg.language, "check.clean", label=backend.label))
    return 1 if errors else 0


def cmd_show(cfg: configuration.Config, args: argparse.Namespace) -> int:
    from tovholder.app.show import summary
    from tovholder.app.wiring import load_workbook, open_backend

    wb = load_workbook(cfg, open_backend(cfg))
    if getattr(args, "what", "overview") == "competences":
        from tovholder.jobs.form.competences import competence_overview

        print(competence_overview(wb, cfg.language).text(), end="")
        return 0
    print(summary(wb, _today(cfg, args), cfg.language), end="")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """Create the demo group (once) and run the main job on it: check, show, one tick."""
    from tovholder.app import demo
    from tovholder.app.wiring import open_group
    from tovholder.jobs.runner.tick import tick

    cfg = configuration.load(demo.write_config(args.dir), features=_features())
    now = _demo_moment(cfg, dt.datetime.now(cfg.tz))
    group = open_group(cfg)
    if not cfg.workbook.path.exists():
        cmd_init(cfg, args, rows=demo.rows(now.date()))
        print(t(cfg.language, "demo.seeded", n=demo.seed_mailbox(group.mailbox, now)))
    print(f"\n== tovholder check ({cfg.workbook.path}) ==")
    cmd_check(cfg, argparse.Namespace(today=now.date()))
    print(f"\n== tovholder show ({cfg.workbook.path}) ==")
    cmd_show(cfg, argparse.Namespace(today=now.date()))
    print(f"\n== tovholder tick ({cfg.mail.local_dir}) ==")
    try:
        report = tick(group, now)
        print(report.summary(cfg.language))
        replies = demo.member_replies(cfg.mail.local_dir / "outbox")
        fresh = [r for r in replies if group.mailbox.box.deliver(r)]  # type: ignore[attr-defined]
        if fresh and report.sent.sent:  # the first run: members answer what they just got
            print("\n" + t(cfg.language, "demo.replies", n=len(fresh)))
            print(f"== tovholder tick ({cfg.mail.local_dir}) ==")
            print(tick(group, now + dt.timedelta(minutes=5)).summary(cfg.language))
    finally:
        group.mailbox.close()
    program = sys.argv[0] if sys.argv[0].endswith("tovholder") else "tovholder"
    print(t(cfg.language, "demo.outbox", outbox=cfg.mail.local_dir / "outbox", config=cfg.file,
            program=_short(program)))
    return 0


def _demo_moment(cfg: configuration.Config, now: dt.datetime) -> dt.datetime:
    """``now``, or while scheduled mail waits (a weekend, a holiday, before the send hour) the
    last working day's send hour: the demo shows what a working day sends. The past, not the
    next opening: the Log must not hold rows from the future, which `tovholder doctor` rightly
    reads as a clock gone wrong, and the ticks the user runs next must come after it."""
    from tovholder.core.dates import format_long_date
    from tovholder.core.workdays import working_day_before
    from tovholder.jobs.base import schedule

    found = cfg.features.get(schedule.NAME)
    s = found if isinstance(found, schedule.ScheduleSettings) else schedule.ScheduleSettings()
    if schedule.is_open(now, s):
        return now
    day = now.date() - dt.timedelta(days=1)
    moment = dt.datetime.combine(working_day_before(day, closed=s.closed_days),
                                 dt.time(s.send_hour), tzinfo=now.tzinfo)
    print(t(cfg.language, "demo.moved", hour=s.send_hour,
            day=format_long_date(moment.date(), cfg.language)))
    return moment


def cmd_tick(cfg: configuration.Config, args: argparse.Namespace) -> int:
    from tovholder.app.wiring import open_group
    from tovholder.jobs.runner.tick import tick

    now = _now(cfg, args)
    group = open_group(cfg)
    try:
        report = tick(group, now, dry_run=args.dry_run, say=_events(args, "tovholder.tick"))
    finally:
        group.mailbox.close()
    print(report.summary(cfg.language))
    return 0


def _events(args: argparse.Namespace, logger: str) -> Callable[[str], None]:
    """Where a tick's lines go: the log (they are the service's events), except in a dry run,
    whose lines (what would be sent) are the command's answer, on stdout."""
    return print if args.dry_run else logs.Say(logging.getLogger(logger))


def cmd_run(groups: list[configuration.Config], args: argparse.Namespace) -> int:
    """One service per group, each in its own thread with its own scheduler and mailbox; its
    events are log records under ``tovholder.run`` (``tovholder.run.<group>`` with several).
    Exit 2 when the service gave up (every group failing, jobs/runner/service.py) or a group's
    thread died: systemd's Restart=on-failure then starts it afresh."""
    import threading

    from tovholder.app.wiring import open_group
    from tovholder.jobs.runner.service import Service, start_offsets

    services = []
    for cfg in groups:
        log = logging.getLogger("tovholder.run" + (f".{cfg.name}" if len(groups) > 1 else ""))
        every = cfg.service
        services.append(Service(
            open_group(cfg), tick_minutes=every.tick_minutes, poll_seconds=every.poll_seconds,
            idle=cfg.mail.imap.idle, lang=cfg.language, tz=cfg.tz, say=logs.Say(log), log=log,
            dry_run=args.dry_run, failures_before_notice=every.failures_before_notice,
            give_up_after=every.give_up_after))
    for service in services:
        service.peers = services
    services[0].install_signal_handlers(also=services[1:])
    offsets = start_offsets([s.tick_minutes for s in services])  # not all at :00
    died: list[Service] = []
    threads = [threading.Thread(target=_serve, args=(s, died, offset), name=f"group-{i}")
               for i, (s, offset) in enumerate(zip(services, offsets, strict=True))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return 2 if died or any(s.gave_up for s in services) else 0


def _serve(service: Any, died: list[Any], start_after: float) -> None:
    """A group's thread. Its ticks never raise (Service.run_tick); should anything else fail,
    the whole process stops with exit 2 rather than go on with one group silently dead."""
    try:
        service.run(start_after=start_after)
    except Exception:  # noqa: BLE001 - said, then the process ends non-zero
        service.log.critical("%s", t(service.lang, "service.crashed"), exc_info=True)
        died.append(service)
        for peer in service.peers:
            peer.stop.set()


def _features() -> tuple:
    """The service's features, whose settings tables the config holds (imported when needed)."""
    from tovholder.jobs.registry import FEATURES

    return FEATURES


def _groups(args: argparse.Namespace) -> list[configuration.Config]:
    groups = configuration.load_groups(args.config, features=_features())
    for warning in dict.fromkeys(w for g in groups for w in g.warnings):  # once per file
        print("tovholder: " + warning, file=sys.stderr)
    if args.group is None:
        return groups
    chosen = [g for g in groups if g.name == args.group]
    if not chosen:
        raise TovholderError("config.no_group", group=args.group,
                             groups=", ".join(g.name for g in groups) or "-")
    return chosen


def _short(path: str) -> str:
    """A path as a person would type it here: relative below the current folder, else absolute."""
    if os.path.sep not in path:
        return path
    relative = os.path.relpath(path)
    return relative if not relative.startswith("..") else os.path.abspath(path)


def cmd_form(cfg: configuration.Config, args: argparse.Namespace) -> int:
    """Send the form now to those who have not answered (the tick would do it too)."""
    from tovholder.app.wiring import open_group
    from tovholder.jobs.form import form
    from tovholder.jobs.runner.tick import tick

    if "form" not in cfg.features:
        raise TovholderError("form.no_round", file=str(cfg.file))
    group = open_group(cfg)
    try:
        report = tick(group, _now(cfg, args), dry_run=args.dry_run,
                      only=[form.due_forms], say=_events(args, "tovholder.form"))
    finally:
        group.mailbox.close()
    print(report.summary(cfg.language))
    return 0


def cmd_preview(cfg: configuration.Config, args: argparse.Namespace) -> int:
    """Render emails exactly as the tick would, without sending or writing anything."""
    from email import policy

    from tovholder.app.wiring import open_group
    from tovholder.jobs.runner.preview import preview
    from tovholder.jobs.runner.tick import context

    group = open_group(cfg)
    now = _now(cfg, args)
    try:
        ctx, _ = context(group, now)
    finally:
        group.mailbox.close()
    emails = preview(group.features, ctx, args.kind, args.meeting, args.to)
    if not emails:
        print(t(cfg.language, "cli.preview_none", kind=args.kind, now=now.strftime("%Y-%m-%d %H:%M")))
    for n, out in enumerate(emails, start=1):
        msg = out.message
        if args.out:
            args.out.mkdir(parents=True, exist_ok=True)
            # the whole address in the name: with_suffix would take ".org" for a suffix
            stem = f"{n:03d}-{out.kind}-{out.recipient}"
            (args.out / f"{stem}.eml").write_bytes(msg.as_bytes(policy=policy.SMTP))
            html = msg.get_body(("html",))
            if html is not None:
                (args.out / f"{stem}.html").write_text(html.get_content(), encoding="utf-8")
            print(args.out / f"{stem}.eml")
            continue
        text = msg.get_body(("plain",))
        print(t(cfg.language, "cli.preview_header", to=msg["To"], subject=msg["Subject"]))
        print(text.get_content() if text is not None else "")
    return 0


def cmd_draw(args: argparse.Namespace) -> int:
    from tovholder.jobs.roles.draw_verify import draw_verify_command

    text = args.file.read_text(encoding="utf-8") if args.file else sys.stdin.read()
    out, code = draw_verify_command(text, cli_language())
    print(out)
    return code


def cmd_status(cfg: configuration.Config, args: argparse.Namespace) -> int:
    """From the Log and the workbook only: the last activity, emails waiting or refused, replies
    passed on and not answered, the next scheduled emails. Reads, never writes or sends."""
    import json

    from tovholder.app import status as view
    from tovholder.app.wiring import open_group
    from tovholder.jobs.runner.status import status
    from tovholder.jobs.runner.tick import context
    from tovholder.jobs.runner.upcoming import upcoming

    now = dt.datetime.now(cfg.tz).replace(microsecond=0)
    group = open_group(cfg)
    try:
        ctx, _ = context(group, now)
    finally:
        group.mailbox.close()
    found = status(ctx.log, now)
    planned = upcoming(group, ctx.wb, ctx.log, now, dt.timedelta(days=args.days))
    if args.json:
        print(json.dumps(view.as_json(found, planned), ensure_ascii=False, indent=2))
    else:
        print(view.text(found, planned, ctx.wb, now, cfg.language), end="")
    return 0


def cmd_doctor(args: argparse.Namespace) -> int:
    """Every check for every group (or the one named), one line each; exit 2 on a failure."""
    from tovholder.app import doctor

    try:
        groups = _groups(args)
    except TovholderError as err:  # a configuration that cannot be read is the first finding
        lang = getattr(err, "lang", cli_language())
        print(doctor.failed("config", err).line(lang))
        return 2
    worst = 0
    for cfg in groups:
        if len(groups) > 1:
            print(f"== {cfg.name} ==")
        now = dt.datetime.now(cfg.tz)
        findings, _ = doctor.run(cfg, now)
        for finding in findings:
            print(finding.line(cfg.language), flush=True)
        code = doctor.worst(findings)
        if args.send_test:
            code = max(code, _send_test(cfg, now, failed=code != 0))
        print(t(cfg.language, "doctor.summary_fail" if code else "doctor.summary_ok"))
        worst = max(worst, code)
    return worst


def _send_test(cfg: configuration.Config, now: dt.datetime, *, failed: bool) -> int:
    from tovholder.app.wiring import open_group
    from tovholder.jobs.notices.doctor_test import test_email
    from tovholder.jobs.runner.tick import send_now

    if failed:
        print(t(cfg.language, "doctor.test_not_sent"))
        return 2
    group = open_group(cfg)
    try:
        report = send_now(group, now, test_email, say=lambda _: None)
    finally:
        group.mailbox.close()
    graph = getattr(group.mailbox, "graph", None)
    for out in report.sent:
        print(t(cfg.language, "doctor.test_sent", to=out.recipient))
        if graph is not None:
            print(t(cfg.language, _kept_in_sent_items(graph, out.message_id), mailbox=cfg.mail.address))
    for out, detail in report.failed:
        print(t(cfg.language, "doctor.test_refused", to=out.recipient, detail=detail))
    if not report.sent and not report.failed:
        print(t(cfg.language, "doctor.test_no_chair"))
    return 0 if report.sent else 2


def _kept_in_sent_items(graph: object, message_id: str, tries: int = 6,
                        pause: float = 5.0) -> str:
    """Whether Exchange kept the Message-ID of an email sent through Graph: the proof of
    delivery after a crash rests on it (docs/microsoft365.md). Sent Items may take a few
    seconds to show the copy."""
    import time

    for attempt in range(tries):
        if graph.was_sent(message_id):  # type: ignore[attr-defined]
            return "doctor.graph_id_kept"
        if attempt + 1 < tries:
            time.sleep(pause)
    return "doctor.graph_id_lost"


def cmd_google_login(groups: list[configuration.Config], args: argparse.Namespace) -> int:
    """The consent once per token file the groups name (several groups may share one)."""
    from tovholder.sheets.google_login import login

    done: set[Path] = set()
    for cfg in groups:
        wb, lang = cfg.workbook, cfg.language
        if wb.authorized_user_file is None or wb.oauth_client_file is None:
            raise ConfigError("login.not_configured", lang=lang, group=cfg.name)
        if wb.authorized_user_file in done:
            continue
        path = login(wb.oauth_client_file, wb.authorized_user_file, port=args.port,
                     open_browser=not args.no_browser, prompt=t(lang, "login.visit", url="{url}"),
                     done=t(lang, "login.done"))
        done.add(path)
        print(t(lang, "login.saved", path=_short(str(path))))
    return 0


def cmd_microsoft_login(groups: list[configuration.Config]) -> int:
    """The delegated sign-in once per token cache file the groups name."""
    from tovholder.app.wiring import public_client
    from tovholder.core.msdelegated import login

    done: set[Path] = set()
    for cfg in groups:
        m, lang = cfg.microsoft, cfg.language
        if m.workbook_auth != "delegated" or not m.configured:
            raise ConfigError("mslogin.not_configured", lang=lang, group=cfg.name)
        client = public_client(cfg)
        if client.cache_file in done:
            continue

        def show(url: str, code: str, lang: str = lang) -> None:
            print(t(lang, "mslogin.visit", url=url, user_code=code), flush=True)

        done.add(login(client, show))
        print(t(lang, "login.saved", path=_short(str(client.cache_file))))
    return 0


def cmd_example_config(args: argparse.Namespace) -> int:
    """The example configuration, generated from the keys' declarations (tovholder.core.schema):
    the repository's config.example.toml is this text. UTF-8 whatever the console's encoding,
    since it is meant to be redirected to a file."""
    data = configuration.example(_features()).encode("utf-8")
    out = getattr(sys.stdout, "buffer", None)
    if out is None:
        sys.stdout.write(data.decode("utf-8"))
    else:
        sys.stdout.flush()
        out.write(data)
        out.flush()
    return 0


COMMANDS = {"preview": cmd_preview, "form": cmd_form, "init": cmd_init, "check": cmd_check,
            "show": cmd_show, "tick": cmd_tick, "status": cmd_status}

if __name__ == "__main__":
    raise SystemExit(main())
