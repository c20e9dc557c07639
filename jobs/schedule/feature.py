"""The schedule: scheduled mail goes on working days (no weekends, Danish public holidays or
[schedule] closed_days) from [schedule] send_hour; a deadline on a closed day is announced as
the working day before. It sends nothing itself: this feature carries the [schedule] table,
and jobs/base/schedule.py is what the tick, the idle gate and the emails ask."""

from __future__ import annotations

from tovholder.jobs.base import schedule
from tovholder.jobs.base.feature import Feature

FEATURE = Feature(schedule.NAME, settings=schedule.ScheduleSettings)
