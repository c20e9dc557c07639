"""The schedule: scheduled mail goes on working days (no weekends, Danish public holidays or
[schedule] closed_days) from [schedule] send_hour; a deadline on a closed day is announced as
the working day before; several scheduled emails to one member in one tick go as one, a section
each (jobs/base/bundle.py), and a reply to it is routed section by section (replies.py). This
feature carries the [schedule] table and the bundle's kind; jobs/base/schedule.py is what the
tick, the idle gate and the emails ask."""

from __future__ import annotations

from tovholder.jobs.base import bundle, schedule
from tovholder.jobs.base.feature import Feature, Kind
from tovholder.jobs.schedule.replies import handle_bundle_reply

FEATURE = Feature(
    schedule.NAME,
    kinds=(Kind(bundle.KIND, handle_bundle_reply,
                "several scheduled emails to one member in one, a section each"),),
    settings=schedule.ScheduleSettings,
)
