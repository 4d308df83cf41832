"""The client's copy of the server's sliding windows, so it sends only what the window holds.

Dataverse meters a user over a sliding window (``api-limits.md``): the requests it admitted
and the execution time of the requests that ended in the preceding window; a request is
refused once either is over the limit. The response headers that report what is left are
"for debugging purposes" only, so the client keeps its own account of its requests: when each
started (the request count) and when each ended with how long it took (the execution time;
the server's wait the client measured, which is never less than the server's share of it).

A request counts from its answer, not from when it was sent: the server counts it from its
arrival, which is no later than the answer, so the copy never frees a request's slot before
the server does (counting from the send let a request through a moment early, refused
with a 429 under load).

A request may start when the window is within budget now (what the server checks on
arrival) and will still be when the request is expected to end, counting every request in
flight as ended by then. A steady flow then runs at budget / window seconds of work a second;
after a pause (``Retry-After``) the window has room, and the sender catches up at once
instead of losing the pause.

A request may weigh more than one: every operation inside a ``$batch`` counts against the
request-count limit, so a batch of n operations is counted as n starts.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterable
from itertools import islice


class WindowReplica:
    """Starts and charges of one user's requests over the last ``window`` seconds.

    Entries are appended in time order, so the oldest leave first and every question the
    loader asks walks only the few entries about to leave (running totals do the rest).
    One lock guards them: a phase's closes pace against the same user's window from a
    background thread while the next phase loads."""

    def __init__(self, window: float) -> None:
        self._lock = threading.RLock()
        self.window = window
        # [start, then answer time, weight, token], in the order sent
        self.starts: deque[list[float]] = deque()
        self.started_weight = 0.0  # weight in ``starts``
        self.charges: deque[tuple[float, float]] = deque()  # (end, seconds), oldest first
        self.open: dict[int, float] = {}  # token -> expected seconds of a request in flight
        self.charged = 0.0  # seconds in ``charges``
        self.open_seconds = 0.0
        self._next_token = 0

    def started(self, now: float, expected: float, weight: float = 1.0) -> int:
        """Count a request in (as ``weight`` requests); returns the token ``ended`` takes."""
        with self._lock:
            self._next_token += 1
            self.starts.append([now, weight, self._next_token])
            self.started_weight += weight
            self.open[self._next_token] = expected
            self.open_seconds += expected
            return self._next_token

    def ended(self, token: int, now: float, seconds: float, charged: bool = True) -> None:
        """A request answered: its measured time joins the window unless it was refused (a
        429 is turned away before it runs; its start stays counted, which errs on the safe
        side if the server counts refusals)."""
        with self._lock:
            self.open_seconds -= self.open.pop(token, 0.0)
            for entry in reversed(self.starts):  # the newest are answered first, mostly
                if entry[2] == token:
                    entry[0] = now  # the server counted it from no later than this
                    break
            if not self.open:
                self.open_seconds = 0.0  # no drift from float sums
            if charged:
                self.charges.append((now, seconds))
                self.charged += seconds

    def _trim(self, now: float) -> None:
        horizon = now - self.window
        # the oldest sent leaves once answered a window ago; one unanswered holds those
        # after it (counted a moment longer than the server does: the safe side)
        while self.starts and self.starts[0][0] <= horizon and self.starts[0][2] not in self.open:
            self.started_weight -= self.starts.popleft()[1]
        if not self.starts:
            self.started_weight = 0.0
        while self.charges and self.charges[0][0] <= horizon:
            self.charged -= self.charges.popleft()[1]
        if not self.charges:
            self.charged = 0.0

    def wait(self, now: float, expected: float, max_seconds: float, max_requests: float,
             *, weight: float = 1.0, last_round: bool = False) -> float:
        """Seconds until a request expected to take ``expected`` fits the window (``_wait``)."""
        with self._lock:
            return self._wait(now, expected, max_seconds, max_requests, weight=weight,
                              last_round=last_round)

    def _wait(self, now: float, expected: float, max_seconds: float, max_requests: float,
              *, weight: float, last_round: bool) -> float:
        """Seconds until a request expected to take ``expected`` fits the window; 0 when now.

        Three checks: the request count at the start (with the ``weight`` of this request,
        which waits until that much has left the window, or for an empty window when it
        weighs more than the budget) and the execution time then (what the
        server checks on arrival), and the execution time when the request is expected to
        end, with every request in flight counted as ended by then (so that the requests after
        it find room too; in the last round there are none, so only the first two apply)."""
        self._trim(now)
        horizon = now - self.window
        wait = self._until_counted_out(horizon, self.started_weight + weight - max_requests)
        if wait is None:  # heavier than the budget: it goes into an empty window
            wait = max((e[0] for e in self.starts), default=horizon) - horizon
        wait = max(wait, _until_freed(self.charges, horizon, self.charged - max_seconds))
        if last_round:
            return max(0.0, wait)
        horizon = now + expected - self.window  # charges ending after this are in its window
        gone, first_counted = 0.0, len(self.charges)
        for i, (end, seconds) in enumerate(self.charges):
            if end > horizon:
                first_counted = i
                break
            gone += seconds
        counted = self.charged - gone
        excess = counted + self.open_seconds + expected - max_seconds
        if excess > 1e-9:
            rest = islice(self.charges, first_counted, None)
            slide = _until_freed(rest, horizon, excess, default=None)
            if slide is None:
                # what is in flight fills the window: an answer will change the picture; with
                # nothing in flight the request alone is over budget: send it into an empty one
                slide = self.window / 20 if self.open else \
                    (self.charges[-1][0] - horizon if self.charges else 0.0)
            wait = max(wait, slide)
        return max(0.0, wait)

    def _until_counted_out(self, horizon: float, excess: float) -> float | None:
        """Seconds until the oldest requests free ``excess`` of the count, leaving in the
        order sent once answered; None when all of them cannot."""
        if excess <= 1e-9:
            return 0.0
        freed, leaves = 0.0, horizon
        for when, weight, token in self.starts:
            leaves = max(leaves, when)
            if token in self.open:  # unanswered: not before a window after it was sent;
                return max(leaves - horizon, self.window / 20)  # its answer tells more
            freed += weight
            if freed >= excess:
                return leaves - horizon
        return None

    def retime(self, window: float) -> None:
        """The server named a different window; what is recorded stays."""
        self.window = window


def _until_freed(entries: Iterable[tuple[float, float]], horizon: float, excess: float,
                 default: float | None = 0.0) -> float | None:
    """Seconds until entries (end, amount), oldest first, free ``excess`` by sliding past
    ``horizon``; 0 when nothing is in excess, ``default`` when they cannot free that much."""
    if excess <= 1e-9:
        return 0.0
    freed = 0.0
    for end, amount in entries:
        freed += amount
        if freed >= excess:
            return end - horizon
    return default


__all__ = ["WindowReplica"]
