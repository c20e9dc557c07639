"""The features a tick runs, in order: each contributes due functions and reply handlers
(see jobs/context.py for the contract). Adding a feature is adding it here."""

from __future__ import annotations

from tovholder.jobs.actions import reminders
from tovholder.jobs.actions import replies as action_replies
from tovholder.jobs.agenda_call import proposals as agenda_call
from tovholder.jobs.base.context import Due, Handler
from tovholder.jobs.consultations import consultations
from tovholder.jobs.digests import corrections, digests
from tovholder.jobs.form import form
from tovholder.jobs.notices import notices
from tovholder.jobs.roles import roles

HANDLERS: dict[str, Handler] = {
    **form.HANDLERS, **roles.HANDLERS, **action_replies.HANDLERS, **agenda_call.HANDLERS,
    **consultations.HANDLERS,
}
DUE: list[Due] = [
    notices.due_failure_notices, notices.due_digest_problems,
    corrections.due_corrections, digests.due_agenda, digests.due_followup,
    reminders.due_action_reminders,
    *form.DUE, *roles.DUE,
    *agenda_call.DUE_FUNCTIONS, *consultations.DUE_FUNCTIONS, *action_replies.DUE_FUNCTIONS,
]
