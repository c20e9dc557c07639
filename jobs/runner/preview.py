"""`tovholder preview KIND`: the emails of any kind the service sends, rendered as they would go
at ``now``, whether or not they are due or were already sent. Pure: nothing is sent or written.

Which kinds: every kind the features declare (jobs/registry.py), so a new kind is previewed
without a line here. How: the meeting digests that a chair reviews before they are due (agenda,
followup, actions, correction) are rendered by their own previewer (jobs/digests/tools.py), for
the meeting asked for; every other kind is what its feature's due functions want at ``now`` in
a copy of the Log without that kind's rows (so an email already sent shows again), and a
bundle is what the tick would bundle then (the rows of the parts a bundle carried left out
too). A kind that needs something first (a reply to confirm, a deadline passed) shows nothing
until it has happened: `--now` picks the moment.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from tovholder.core.errors import TovholderError
from tovholder.jobs.base.bundle import KIND as BUNDLE
from tovholder.jobs.base.bundle import bundle
from tovholder.jobs.base.context import Context
from tovholder.jobs.base.feature import Feature, due_functions, scheduled_kinds
from tovholder.jobs.base.isolate import run_due
from tovholder.jobs.digests import tools
from tovholder.mailer.outbox import Outgoing
from tovholder.sheets.batch import Batch


def kinds(features: Sequence[Feature]) -> list[str]:
    """Every kind of email the features send, in their order."""
    return [k.name for f in features for k in f.kinds if k.sent]


def preview(features: Sequence[Feature], ctx: Context, kind: str,
            meeting: dt.date | None = None, to: str | None = None) -> list[Outgoing]:
    if kind not in kinds(features):
        raise TovholderError("digest.preview_kind", kind=kind, kinds=", ".join(kinds(features)))
    if kind in tools.TEMPLATES:  # the meeting's digests, for the meeting asked for
        return tools.preview(ctx, kind, meeting, to)
    found = [o for o in _wanted(features, ctx, kind) if o.kind == kind]
    return [o for o in found if (to is None or o.recipient == to.casefold())
            and (meeting is None or o.key.startswith(meeting.isoformat()))]


def _wanted(features: Sequence[Feature], ctx: Context, kind: str) -> list[Outgoing]:
    """What the due functions want at ``ctx.now`` as if no email of ``kind`` had gone."""
    bundles = {e.message_id for e in ctx.log if e.kind == BUNDLE and e.message_id}
    # a bundle shows again with its parts: their rows name it (jobs/base/bundle.part_rows)
    copy = replace(ctx, log=[e for e in ctx.log if e.kind != kind and not (
        kind == BUNDLE and e.detail in bundles)], batch=Batch(), failures=[])
    scheduled = scheduled_kinds(features)
    # a feature sends the kinds it declares: its own due functions are enough, but a bundle's
    # parts come from every feature
    owners = features if kind == BUNDLE else [f for f in features
                                              if kind in {k.name for k in f.kinds}]
    wanted = [o for due in due_functions(owners) for o in run_due(copy, due)]
    return bundle(wanted, copy, scheduled) if kind == BUNDLE else wanted
