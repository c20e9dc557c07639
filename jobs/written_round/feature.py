"""The written round ("Bordet rundt"): members are asked what is happening with them; the answers
go into the agenda digest and the secretary's minutes draft (jobs/written_round/)."""

from __future__ import annotations

from tovholder.jobs.base.feature import Feature, Kind
from tovholder.jobs.written_round import asking

FEATURE = Feature(
    "round",
    kinds=(Kind(asking.QUESTION, asking.handle_round_reply, "the written round: your news?"),),
    due=(asking.due_round_questions,),
    wakes=(asking.next_wake,),
    settings=asking.RoundSettings,
)
