"""The one shape of a feature: everything the tick needs to know about it, declared in one place.

A feature (the competence form, roles, digests, ...) is one :class:`Feature` value, in its
folder's ``feature.py``, listing

- ``kinds``: every kind of email it sends, each with what a reply to it does (``Kind.reply``);
  a kind nobody's words can change still declares where a reply goes (``pass_on``: to a person),
  so no reply is ever only logged;
- ``due``: the due functions, ``due(ctx) -> [Outgoing]``, pure and idempotent (jobs/base/context);
- ``wakes``: the moments after ``now`` at which its due functions could decide differently on
  an unchanged workbook; the idle gate of ``tovholder run`` sleeps until the earliest. A wake
  function must be computed by the same code that decides due-ness (see jobs/digests/when.py);
- ``settings``: its config table, if it has one: a frozen dataclass whose fields declare the
  table's keys (tovholder.core.schema); the config loader reads ``[<name>]`` into it.

The tick takes its features as data (``Group.features``), so a test runs a tick with exactly the
features it names, and jobs/registry.py lists the service's own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from tovholder.jobs.base import schedule
from tovholder.jobs.base.context import AsSent, Context, Due, Handler

Wake = Callable[[Context], "dt.datetime | None"]


@dataclass(frozen=True)
class Kind:
    """One kind of email (the ``kind`` of its Log rows and reply token) and its reply handling."""

    name: str
    reply: Handler  # records what a verified reply says, or passes it on (jobs/base/pass_on.py)
    doc: str = ""  # what the email is, in a few words (for the docs and `tovholder preview`)
    # Scheduled unless it answers a person (a confirmation, a note passing a reply on) or must
    # not wait (a moved meeting): scheduled mail goes on working days from the send hour
    # (jobs/base/schedule.py); at_once mail goes whatever the day.
    at_once: bool = False
    # The email's text as it went, made again from the workbook and the Log, for a kind whose
    # email shows the member's own answers pre-filled (the form's crossed boxes): quoted back
    # unchanged in a reply to a bundle they are no answer (jobs/schedule/replies.py).
    as_sent: AsSent | None = None
    sent: bool = True  # False: a conversation no email of ours has (a calendar response)


@dataclass(frozen=True)
class Feature:
    name: str
    kinds: tuple[Kind, ...] = ()
    due: tuple[Due, ...] = ()
    wakes: tuple[Wake, ...] = ()
    settings: object | None = None  # the feature's settings schema (a dataclass type), if any
    doc: str = ""


class DuplicateKind(ValueError):
    """Two features declare the same kind: a reply could not be routed to one handler."""


def handlers(features: Iterable[Feature]) -> dict[str, Handler]:
    """Reply handlers by conversation kind, across ``features``; each kind declared once."""
    found: dict[str, Handler] = {}
    owner: dict[str, str] = {}
    for feature in features:
        for kind in feature.kinds:
            if kind.name in found:
                raise DuplicateKind(f"{kind.name}: {owner[kind.name]} and {feature.name}")
            found[kind.name], owner[kind.name] = kind.reply, feature.name
    return found


def sent_texts(features: Iterable[Feature]) -> dict[str, AsSent]:
    """Kind.as_sent of the kinds that declare one, by kind."""
    return {kind.name: kind.as_sent for feature in features for kind in feature.kinds
            if kind.as_sent is not None}


def due_functions(features: Iterable[Feature]) -> list[Due]:
    return [due for feature in features for due in feature.due]


def wake_functions(features: Iterable[Feature]) -> list[Wake]:
    """The features' wakes, and the schedule's opening when any of them sends scheduled mail
    (the tick holds that mail back until then: jobs/base/schedule.py)."""
    features = tuple(features)
    wakes: list[Wake] = [wake for feature in features for wake in feature.wakes]
    return wakes + [schedule.next_change] if scheduled_kinds(features) else wakes


def scheduled_kinds(features: Iterable[Feature]) -> set[str]:
    """The kinds that wait for a working day's send hour (all but those declared at_once)."""
    return {kind.name for feature in features for kind in feature.kinds if not kind.at_once}


def declared_kinds(features: Iterable[Feature]) -> set[str]:
    return {kind.name for feature in features for kind in feature.kinds}
