"""One Sheets request budget per Google credential, shared by every group of the process.

Google counts Sheets API requests per minute per user, and the user is the service account: 60
a minute, whether one group or thirty use it. Every group that shares a key shares one
:class:`RequestBudget`: a request first takes a slot, and at most ``per_minute`` requests
(default 40, two thirds of the quota: room for retries and the chair's own scripts) go out in any
rolling 60 seconds; one over budget waits until the oldest slot is a minute old. A rolling window
is stricter than Google's per-minute count, so staying inside it never earns a 429.

The clock and the sleep are injectable, so the ``groups`` benchmark runs a month in simulated
time.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable

WINDOW = 60.0  # seconds: Google's quota is per minute
DEFAULT_PER_MINUTE = 40


class RequestBudget:
    def __init__(self, per_minute: int = DEFAULT_PER_MINUTE, *,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.per_minute, self.clock, self._sleep = per_minute, clock, sleep
        self._taken: deque[float] = deque()  # when each request of the last minute went out
        self._hold_until = 0.0
        self._lock = threading.Lock()
        self.waits, self.waited = 0, 0.0  # how often and how long requests had to wait

    def _delay(self, now: float) -> float:
        """Seconds until a request may go out now (0: at once). Called under the lock."""
        while self._taken and now - self._taken[0] >= WINDOW:
            self._taken.popleft()
        delay = self._hold_until - now
        if len(self._taken) >= self.per_minute:
            delay = max(delay, self._taken[0] + WINDOW - now)
        return max(delay, 0.0)

    def take(self, on_wait: Callable[[float], None] = lambda seconds: None) -> float:
        """Take a slot for one request, waiting while the budget is spent; ``on_wait(seconds)``
        is called once, before the first wait. Returns the seconds waited."""
        waited = 0.0
        while True:
            with self._lock:
                now = self.clock()
                delay = self._delay(now)
                if delay <= 0:
                    self._taken.append(now)
                    if waited:
                        self.waits, self.waited = self.waits + 1, self.waited + waited
                    return waited
            if not waited:
                on_wait(delay)
            # other threads sleep too; whoever wakes first takes the freed slot, so check again
            self._sleep(delay)
            waited += delay

    def hold(self, seconds: float) -> None:
        """Nobody sends for ``seconds``: Google answered 429, the quota is spent for everyone
        on this key (another process, or the chair's scripts, may share it)."""
        with self._lock:
            self._hold_until = max(self._hold_until, self.clock() + seconds)


_SHARED: dict[str, RequestBudget] = {}
_SHARED_LOCK = threading.Lock()


def shared_budget(credential: str, per_minute: int = DEFAULT_PER_MINUTE) -> RequestBudget:
    """The process-wide budget of one credential (a service account's e-mail or key file); the
    smallest ``per_minute`` asked for wins."""
    with _SHARED_LOCK:
        budget = _SHARED.get(credential)
        if budget is None:
            budget = _SHARED[credential] = RequestBudget(per_minute)
        budget.per_minute = min(budget.per_minute, per_minute)
        return budget
