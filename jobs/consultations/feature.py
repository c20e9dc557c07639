"""Consultations: members with a matching interest are asked for input; the coordinator gets one
compiled draft (mail and .docx) before the internal deadline, and reminders."""

from __future__ import annotations

from tovholder.jobs.base.feature import Feature, Kind
from tovholder.jobs.base.pass_on import pass_on_to
from tovholder.jobs.consultations import consultations as c
from tovholder.jobs.consultations import handover
from tovholder.jobs.consultations.people import ConsultationSettings

FEATURE = Feature(
    "consultations",
    kinds=(
        Kind(c.NOTICE, c.handle_input, "a consultation: your input?"),
        Kind(c.REMINDER, c.handle_input, "a reminder to the coordinator"),
        Kind(c.CONFIRM, c.handle_input, "the input was received", at_once=True),
        # The coordinator answering the draft (the submitted response, a missing input)
        Kind(c.DRAFT, pass_on_to(c.coordinator_reads), "the compiled draft for the coordinator"),
        Kind(handover.HANDOVER, c.handle_input,
             "a new coordinator gets a running consultation, with the input so far"),
        Kind(handover.MOVED, c.handle_input, "the draft now goes to the new coordinator"),
    ),
    due=(c.due_notices, c.due_reminders, c.due_drafts, c.due_input_answers,
         handover.due_handover),
    settings=ConsultationSettings,
)
