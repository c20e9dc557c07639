"""The competence form: sent to every active member each round, reminders, replies recorded in
Svar, confirmations showing what was recorded."""

from __future__ import annotations

from tovholder.jobs.base.feature import Feature, Kind
from tovholder.jobs.form import form

FEATURE = Feature(
    "form",
    kinds=(
        Kind(form.FORM, form.handle_form_reply, "the competence form", as_sent=form.as_sent),
        Kind(form.REMINDER, form.handle_form_reply, "a reminder of the form",
             as_sent=form.as_sent),
        Kind(form.CONFIRM, form.handle_form_reply, "what was recorded, with the form again",
             at_once=True),
    ),
    due=(form.due_forms, form.due_reminders, form.due_confirmations),
    settings=form.FormSettings,
)
