"""The settings of the digests feature ([digests] in the config) and their defaults. Pure."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import ClassVar

from tovholder.core.i18n import t
from tovholder.core.schema import derived, read, setting
from tovholder.jobs.base.context import Context
from tovholder.jobs.digests import agenda as ag


def standard_agenda(lang: str) -> tuple[str, ...]:
    """The group language's standard agenda (a catalog entry, one item a line; ag.OWN marks
    where the meeting's own items go)."""
    return tuple(line.strip() for line in t(lang, "digest.standard_agenda").splitlines()
                 if line.strip())


def _agenda_ok(items: tuple[str, ...]) -> bool:
    return all(items) and sum(item == ag.OWN for item in items) <= 1


@dataclass(frozen=True)
class DigestSettings:
    """The ``[digests]`` table of the config (tovholder.core.schema)."""

    RETIRED: ClassVar[Mapping[str, str]] = {"send_from_hour": "config.retired.send_from_hour"}

    agenda_days_before: int = setting(7, low=0, unit="days", help="""
        Days before a meeting the agenda digest goes to all active members.""")
    followup_days_after: int = setting(3, low=0, unit="days", help="""
        Days after a meeting the follow-up goes, unless the meeting's status "referat klar" came
        first.""")
    action_reminder_days_before: int = setting(3, low=0, unit="days", help="""
        Days before an action's due date its owner is reminded.""")
    overdue_reminder_every_days: int = setting(7, low=0, unit="days", help="""
        While an action is overdue, its owner is reminded the day after the due date and then
        this often.""")
    attendance_reminder_days: int = setting(2, low=0, high=20, unit="working_days", help="""
        Working days (Monday to Friday) before a meeting, members who have not said whether
        they come are asked once, at the send hour; 0 = never.""")
    stale_after_days: int = setting(14, low=0, unit="days", help="""
        A follow-up this many days late (the service was down) is skipped, with a Log row saying
        why.""")
    standard_agenda: tuple[str, ...] | None = setting(
        None, example=standard_agenda("da"), normalize=lambda items: tuple(i.strip() for i in items),
        check=_agenda_ok, expected="config.expect.agenda", fix="config.fix.agenda", help="""
        The standing items of every agenda; "*" marks where the meeting's own items go. Leave it
        out for the group language's default (velkomst, godkendelse af dagsorden, …
        eventuelt).""")
    #: digests and reminders wait for this hour of a working day (the group's time zone); the
    #: one send hour of every scheduled email (jobs/base/schedule.py)
    send_from_hour: int = derived("schedule.send_hour", 7)
    #: terms ending within this many days are listed: the longest of [terms] warning_days
    term_warning_days: int = derived("terms.warning_days", 60, via=max)

    def standard(self, lang: str) -> tuple[str, ...]:
        return self.standard_agenda if self.standard_agenda is not None else \
            standard_agenda(lang)


def settings(ctx: Context) -> DigestSettings:
    """The group's settings; a plain table (a test's) is read as the config would."""
    found = ctx.settings.get("digests")
    if isinstance(found, DigestSettings):
        return found
    if isinstance(found, dict):
        return read(DigestSettings, found)
    return DigestSettings()
