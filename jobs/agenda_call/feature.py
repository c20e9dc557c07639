"""The call for agenda items before a meeting: each item proposed by reply lands in Dagsorden as
"foreslået" for the chair to approve."""

from __future__ import annotations

from tovholder.jobs.agenda_call import proposals
from tovholder.jobs.base.feature import Feature, Kind
from tovholder.jobs.base.pass_on import pass_on

FEATURE = Feature(
    "agenda_call",
    kinds=(
        Kind(proposals.CALL, proposals.handle_agenda_reply, "the call for agenda items"),
        Kind(proposals.CONFIRM, proposals.handle_agenda_reply, "what was proposed", at_once=True),
        Kind(proposals.CHAIR, pass_on, "a note to the chair about a proposal", at_once=True),
    ),
    due=(proposals.due_agenda_calls, proposals.due_agenda_answers),
    wakes=(proposals.next_wake,),
    settings=proposals.AgendaCallSettings,
)
