"""Features made up by a test: a tick runs exactly the due functions and reply handlers named."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tovholder.jobs.base.context import Due, Handler
from tovholder.jobs.base.feature import Feature, Kind, Wake


def made_up(due: Sequence[Due] = (), handlers: Mapping[str, Handler] | None = None,
            wakes: Sequence[Wake] = ()) -> tuple[Feature, ...]:
    kinds = tuple(Kind(name, handler) for name, handler in (handlers or {}).items())
    return (Feature("test", kinds=kinds, due=tuple(due), wakes=tuple(wakes)),)
