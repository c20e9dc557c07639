"""No single record may stop the group: building one email, or running one due function, is
isolated from all the others (issue 12, fault 1).

A member's odd name, a broken override template, a date the chair typed oddly: whatever makes
one email impossible to build must cost that email only. The loops over recipients build each
email through :func:`one`; the runner calls each due function through :func:`run_due`. A failure
becomes a :class:`~tovholder.jobs.base.context.Failure` on ``ctx.failures`` (due functions stay
free of I/O); the runner writes it to the Log as a ``failed`` row without a Message-ID (so the
email is built again once the data is fixed), at most once per email and day, and the chair's
digest lists it.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable

from tovholder.jobs.base.context import Context, Due, Failure
from tovholder.mailer.outbox import Outgoing

MAX_REASON = 300  # characters of the exception kept in the Log row


def reason_of(exc: BaseException) -> str:
    """The exception in one line, as an operator would search for it."""
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}"[:MAX_REASON] if text else type(exc).__name__


def one(ctx: Context, kind: str, key: str, recipient: str,
        build: Callable[[], Outgoing | list[Outgoing]]) -> list[Outgoing]:
    """The email(s) ``build`` makes, or none, with the failure noted on ``ctx.failures``."""
    try:
        built = build()
    except Exception as exc:  # noqa: BLE001 - one email that cannot be built stops nothing else
        ctx.failures.append(Failure(kind, key, recipient.casefold(), reason_of(exc),
                                    traceback.format_exc(limit=6)))
        return []
    return built if isinstance(built, list) else [built]


def run_due(ctx: Context, due: Due) -> list[Outgoing]:
    """What a due function wants sent; if it raises, nothing from it, its sheet writes undone,
    and the failure noted under the function's name (the email kinds it makes are unknown)."""
    before = (len(ctx.batch.appends), len(ctx.batch.cells))
    try:
        return list(due(ctx))
    except Exception as exc:  # noqa: BLE001 - one feature's fault must not stop the others
        del ctx.batch.appends[before[0]:]
        del ctx.batch.cells[before[1]:]
        name = getattr(due, "__name__", "due")  # i18n: data (a function's name)
        ctx.failures.append(Failure(name, ctx.today.isoformat(), "", reason_of(exc),
                                    traceback.format_exc(limit=6)))
        return []
