"""The features a tick runs, in order: each contributes due functions and reply handlers
(see jobs/context.py for the contract). Adding a feature is adding it here."""

from __future__ import annotations

from jobs import (
    action_replies,
    agenda_call,
    consultations,
    corrections,
    digests,
    form,
    notices,
    reminders,
    roles,
)
from jobs.context import Due, Handler

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
