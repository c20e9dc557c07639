"""The actions feature: reminders before an action's due date and while it is overdue, and
replies ("3 er færdig", "udsættes til 1. juni", "ikke min") that update the Opgaver row."""

from __future__ import annotations

from tovholder.jobs.actions import coowners, reminders
from tovholder.jobs.actions import replies as action_replies
from tovholder.jobs.base.feature import Feature, Kind
from tovholder.jobs.base.pass_on import pass_on

FEATURE = Feature(
    "actions",
    kinds=(
        Kind(reminders.KIND, action_replies.handle_action_reply, "reminders of open actions"),
        Kind(action_replies.CONFIRM, action_replies.handle_action_reply,
             "the confirmation of what a reply changed", at_once=True),
        Kind(action_replies.CHAIR, pass_on, "a note to the chair about a reply", at_once=True),
        Kind(coowners.KIND, pass_on, "what a co-owner of a shared action did to it",
             at_once=True),
    ),
    due=(reminders.due_action_reminders, action_replies.due_action_answers,
         coowners.due_coowner_notes),
)
