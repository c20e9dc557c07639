"""The service's features, in the order a tick runs their due functions. Adding a feature is
adding its folder with a ``feature.py`` and naming it here; tovholder/app/wiring.py hands this
list to the tick, and tests hand the tick their own."""

from __future__ import annotations

from tovholder.jobs.actions.feature import FEATURE as ACTIONS
from tovholder.jobs.agenda_call.feature import FEATURE as AGENDA_CALL
from tovholder.jobs.base.feature import Feature
from tovholder.jobs.consultations.feature import FEATURE as CONSULTATIONS
from tovholder.jobs.digests.feature import FEATURE as DIGESTS
from tovholder.jobs.form.feature import FEATURE as FORM
from tovholder.jobs.identity.feature import FEATURE as IDENTITY
from tovholder.jobs.notices.feature import FEATURE as NOTICES
from tovholder.jobs.roles.feature import FEATURE as ROLES
from tovholder.jobs.schedule.feature import FEATURE as SCHEDULE
from tovholder.jobs.written_round.feature import FEATURE as ROUND

FEATURES: tuple[Feature, ...] = (SCHEDULE, NOTICES, DIGESTS, ACTIONS, FORM, ROLES, AGENDA_CALL,
                                 ROUND, CONSULTATIONS, IDENTITY)


def by_name(*names: str) -> tuple[Feature, ...]:
    """Some of the features, in the service's order (e.g. for `tovholder form send`)."""
    return tuple(f for f in FEATURES if f.name in names)
