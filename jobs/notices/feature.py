"""Notices to the chair: one digest a day of what she must act on (mail put aside, bounces,
emails a server refused, loops cut, mail older than the start left alone, problems in the
workbook), derived from the Log (jobs/notices/chair_digest.py); and replies passed on
(jobs/base/pass_on.py), which go at once."""

from __future__ import annotations

from tovholder.jobs.base import pass_on as p
from tovholder.jobs.base.feature import Feature, Kind
from tovholder.jobs.notices import chair_digest as cd
from tovholder.jobs.notices import doctor_test

FEATURE = Feature(
    "notices",
    kinds=(
        Kind(cd.KIND, p.pass_on, "the chair's daily digest of what needs her"),
        Kind("notice", p.pass_on, "a notice to the chair (before the daily digest)",
             at_once=True),
        Kind(p.NOTE, p.pass_on, "a member's reply passed on to the chair", at_once=True),
        Kind(doctor_test.KIND, p.pass_on, "the test email of `tovholder doctor --send-test`",
             at_once=True),
    ),
    due=(cd.due_chair_digest, p.due_pass_on_notes),
    wakes=(cd.next_wake,),
)
