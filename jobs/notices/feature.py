"""Notices to the chair: mail that could not be used, refused recipients, loops cut, problems in
the workbook the digests had to work around, and replies passed on (jobs/base/pass_on.py)."""

from __future__ import annotations

from tovholder.jobs.base import pass_on as p
from tovholder.jobs.base.feature import Feature, Kind
from tovholder.jobs.notices import notices

FEATURE = Feature(
    "notices",
    kinds=(
        Kind("notice", p.pass_on, "a notice to the chair"),
        Kind(p.NOTE, p.pass_on, "a member's reply passed on to the chair"),
    ),
    due=(notices.due_failure_notices, notices.due_digest_problems, p.due_pass_on_notes),
)
