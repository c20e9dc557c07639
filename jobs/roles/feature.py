"""Roles and terms: renewals, calls for volunteers, the weighted lottery, approvals of new
members and their welcome."""

from __future__ import annotations

from tovholder.jobs.base.feature import Feature, Kind
from tovholder.jobs.base.pass_on import pass_on
from tovholder.jobs.roles import replies, roles
from tovholder.jobs.roles.lottery import LotterySettings

FEATURE = Feature(
    "roles",
    kinds=(
        Kind("vacancy", replies.handle_vacancy_reply, "a call for volunteers for a vacant role"),
        Kind("renewal", replies.handle_renewal_reply, "a term is ending: continue?"),
        Kind("approval", replies.handle_approval_reply, "the chair is asked to approve a member"),
        Kind("draw_winner", replies.handle_decline_reply, "the member drawn may decline"),
        Kind("draw", pass_on, "the announcement of a draw, with its numbers"),
        Kind("welcome", pass_on, "a new member's welcome"),
        Kind("vacancy_chair", replies.handle_chair_note_reply,
             "notes to the chair about a vacancy; \"ja\" to a proposed volunteer writes them"),
        Kind("vacancy_confirm", pass_on, "what a conditional offer was understood as",
             at_once=True),
        Kind("role_filled", pass_on, "the group is told who holds a role now"),
        Kind("renewal_chair", pass_on, "notes to the chair about a renewal"),
    ),
    due=(roles.due_approvals, roles.due_terms, roles.due_vacancies),
    settings=LotterySettings,
)
