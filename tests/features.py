"""Features made up by a test: a tick runs exactly the due functions and reply handlers named."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tovholder.jobs.base.context import Due, Handler
from tovholder.jobs.base.feature import Feature, Kind, Wake
from tovholder.jobs.registry import FEATURES

# a kind goes at once (or waits for a working day's send hour) as its own feature declares
AT_ONCE = {kind.name: kind.at_once for feature in FEATURES for kind in feature.kinds}


def made_up(due: Sequence[Due] = (), handlers: Mapping[str, Handler] | None = None,
            wakes: Sequence[Wake] = ()) -> tuple[Feature, ...]:
    kinds = tuple(Kind(name, handler, at_once=AT_ONCE.get(name, False))
                  for name, handler in (handlers or {}).items())
    return (Feature("test", kinds=kinds, due=tuple(due), wakes=tuple(wakes)),)
