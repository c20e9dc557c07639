"""A member's other addresses: a reply with a member's reply link from an address they have not
confirmed is held, the member is asked at their registered address, and a "ja" stores the
address in Andre adresser and applies the reply (jobs/identity/held.py)."""

from __future__ import annotations

from tovholder.jobs.base import pass_on as p
from tovholder.jobs.base.feature import Feature, Kind
from tovholder.jobs.identity import held
from tovholder.mailer.inbound import FOREIGN

FEATURE = Feature(
    "identity",
    kinds=(
        Kind(held.QUESTION, held.handle_answer, "is this other address yours? (ja/nej)",
             at_once=True),
        Kind(held.CHAIR_NOTE, p.pass_on, "a held reply the member did not confirm, to the chair",
             at_once=True),
        # not an email: what a valid token from an address not the member's does (the inbox
        # looks it up under this name; without this feature such a reply goes to the chair)
        Kind(FOREIGN, held.handle_foreign, "a reply with a member's link from another address",
             at_once=True),
    ),
    due=(held.due_questions, held.due_chair_notes),
    settings=held.IdentitySettings,
)
