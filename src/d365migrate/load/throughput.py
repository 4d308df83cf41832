"""Concurrency and chunk size that find Dataverse's service-protection ceiling and hold it.

Three limits meter one user over a sliding window (``api-limits.md``): requests, combined
execution time ("about 4 requests flat out") and requests in flight. The first two are
rates over a window, so the controller admits a start only when its copy of the window
(``service_window.WindowReplica``: its own requests, their starts and measured times) says
the request still fits when it ends. A steady flow then runs at exactly the budget, and the
time lost to a pause is caught up right after it, as the window allows.

The budget starts known (``load.budget``): the limits the parameters state for the org, else
the documented ones (6,000 requests and 1,200,000 ms a 300 s window, 52 in flight); a bare
``Budget()`` is unconfirmed instead (requests in flight capped by ``x-ms-dop-hint`` and paced
until the server names its budget). Either is replaced by what the server says: the text of
a 429 names the limit and the window it tripped. From the budget and the measured seconds a
record it derives:

- parallelism = share x execution ms a second / 1000, capped by requests a second x one
  request's time (reported, and used to split the tail); requests in flight may reach twice
  that once the budget is known, so a window with room is used at once;
- chunk size: a request no longer than a fifth of the window (the window is charged a
  request's time when it ends, so lumpier charges waste budget; this is the "shrink on the
  execution-time limit"), bigger while the request count is what binds, halved on timeouts;
  shrunk by a slow spell, it grows back (up to the size asked for) once requests are quick.

A request may weigh more than one against the request count (``sent(..., weight=n)``), for a
server that counts a ``$batch``'s operations one by one; Dataverse counts a ``$batch`` as one
request (``api-limits.md``), so the loader sends weight 1. Its start is admitted only when the
window holds its whole weight, and bigger chunks of weighted requests do not save requests,
so they never grow because the request count binds; ``max_weight`` (a fifth of the window's
requests) caps them.

The whole execution-time budget is used (``max_share`` 1.0): the window copy charges each
request the time from its last byte sent to the answer's headers (``client.server_wait``;
send to answer where the transport cannot time that), which holds the server's own execution
time and the network's but not this process's (encoding, TLS, parsing: on a busy machine
they made the copy fuller than the server's window, and the load slower), and charges it when the
answer arrives, after the server did; so the copy is never emptier than the server's window.
The request count has no such slack (a start leaves the client's window a little before it
leaves the server's), so it is held ``request_margin`` below its limit.

A 429 stops every sender until ``Retry-After`` has passed. One the budget did not explain
(someone else uses the account, or the budget is smaller than it says) multiplies ``share``
by ``decrease``, once per episode (one overload shows as a burst of 429s from requests
already in flight); each quiet window gives a quarter of a cut back, up to ``max_share``
(AIMD on the share of the budget taken). A 429 for concurrency caps requests in flight just
below what was in flight.

``pump.Pump`` runs jobs through a thread pool under the controller: it owns retries of transient
errors (backoff with jitter, ``Retry-After`` for 429) so callers only see settled outcomes.
It is driven from one thread; workers only send. A job that weighs more than one request is
held until the window has room for its weight, and goes first when it has.
"""

from __future__ import annotations

import logging
import math
import random
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from d365migrate.dataverse.errors import (
    ConnectionLost,
    ServiceProtectionLimit,
    TransientError,
)
from d365migrate.dataverse.limits import DEFAULT_DOP, MAX_CONCURRENT
from d365migrate.load.budget import CONCURRENCY_LIMIT, REQUESTS_LIMIT, Budget

log = logging.getLogger(__name__)


@dataclass
class ControllerStats:
    """What a load cost: requests sent, refusals, resends; read for the per-table summary."""

    requests: int = 0
    throttles: int = 0
    throttles_by_code: dict[str, int] = field(default_factory=dict)
    transient: int = 0
    timeouts: int = 0
    cuts: int = 0
    paused_seconds: float = 0.0
    busy_ms: float = 0.0  # summed duration of the requests that succeeded
    records_ok: int = 0  # records in them
    records_sent: int = 0
    peak_concurrency: int = 0
    weight: float = 0.0  # requests as the request-count limit counts them ($batch: each op)


class Controller:
    """Admission by the budget replica, plus chunk size; the pump's thread owns it."""

    def __init__(self, *, concurrency: int | None = None, max_concurrency: int = MAX_CONCURRENT,
                 chunk_size: int = 1000, min_chunk: int = 10, max_chunk: int = 5000,
                 decrease: float = 0.85, max_share: float = 1.0,
                 request_margin: float = 0.975, request_window_share: float = 0.2,
                 budget: Budget | None = None, global_pause: bool = True,
                 timeout: float = 120.0, clock: Callable[[], float] = time.monotonic,
                 writes: bool = True) -> None:
        self.max_concurrency = max(1, max_concurrency)
        self.fixed = concurrency  # the caller's choice caps requests in flight
        self.hint = DEFAULT_DOP
        self.budget = budget or Budget()
        # the user's concurrency limit caps requests in flight; a concurrency 429 lowers it
        self.cap_in_flight = max(1, min(self.max_concurrency, int(self.budget.concurrent)))
        self.chunk = max(min_chunk, min(max_chunk, chunk_size))
        self.chosen_chunk = self.chunk  # the size the window rule may shrink to and back from
        self.min_chunk, self.max_chunk = min_chunk, max_chunk
        self.decrease, self.max_share = decrease, max_share
        self.share = max_share
        self.request_margin = request_margin
        self.request_window_share = request_window_share
        self.replica = self.budget.replica  # shared: the next table inherits the window
        self.global_pause = global_pause
        self.timeout = timeout
        self.clock = clock
        self.paused_until = 0.0  # Retry-After: nobody starts before this
        self.next_send = 0.0  # until the server names its window: starts paced by ``limit``
        self.recover_until = 0.0  # throttles before this belong to the episode already cut
        self.quiet_since = clock()  # last cut or give-back: a window later, give some back
        self.throttle_streak = 0  # episodes in a row without a success between them
        self.remaining = 0  # set by the pump: records not yet sent
        self.last_weight = 1.0  # of the last request sent: >1 while loading by $batch
        self.stats = ControllerStats()
        self._per_record: float | None = None  # seconds a record, smoothed
        self._durations: deque[float] = deque(maxlen=16)
        self._rng = random.Random(0)
        # its records are rows written (a read-back's are not: they neither take nor teach
        # the time a row written takes, ``expect_rows``)
        self.writes = writes
        self.rows_per_record = 1.0
        self.expect_rows(1.0)

    # -- what the budget allows -------------------------------------------------------------
    @property
    def limit(self) -> float:
        """Requests kept busy on average (fractional): what the budget allows for the time a
        chunk takes, capped by the dop hint while the budget is unconfirmed; a
        caller's choice of concurrency replaces the hint and caps the rest."""
        charge = self.expected_seconds(self.chunk)
        b = self.budget
        n = b.parallelism
        if charge:
            n = min(n, b.request_rate * self.request_margin * charge)
        n *= self.share
        if self.fixed is not None:
            n = min(n, self.fixed) if b.known else self.fixed
        elif not b.known:
            n = min(n, self.hint)
        return max(1.0, min(float(self.cap_in_flight), n))

    @property
    def concurrency(self) -> int:
        """Whole degree of parallelism (for reports and for splitting the tail)."""
        return max(1, round(self.limit))

    @property
    def in_flight_cap(self) -> int:
        """Requests allowed in flight: the window replica holds the average at ``limit``;
        once the budget is known, twice that may run to use room a pause left."""
        room = 2.0 if self.budget.known else 1.0
        spare = 1 if self._per_record and not self.budget.known and self.fixed is None else 0
        cap = math.ceil(self.limit * room - 1e-9) + spare
        if self.fixed is not None:
            cap = min(cap, self.fixed)
        return max(1, min(self.cap_in_flight, cap))

    def expect_rows(self, rows_per_record: float) -> None:
        """Rows each record of the coming requests writes (an activity with its parties).
        The time a row took on this user's earlier requests (``Budget.seconds_per_row``)
        times this sizes a new table's first requests: unsized, an activity table's took 7x
        the fifth of the window a request may take, one lump that overfilled the window. A
        table of one row a record starts unsized: sized, load_throughput fell 1.04 -> 0.92."""
        self.rows_per_record = max(1.0, float(rows_per_record))
        per_row = self.budget.seconds_per_row
        if per_row and self.writes and self.rows_per_record > 1.0:
            self._per_record = per_row * self.rows_per_record
            self.chunk = self.chosen_chunk
            self._size_chunk(0)

    def seed(self, dop_hint: int | None) -> None:
        """The server's recommended parallelism caps the start."""
        if dop_hint:
            self.hint = max(1, min(dop_hint, self.max_concurrency))

    # -- admission --------------------------------------------------------------------------
    def expected_seconds(self, records: int) -> float:
        """How long a request of this many records should take (0 before the first answer)."""
        return (self._per_record or 0.0) * records

    @property
    def max_weight(self) -> int:
        """The heaviest request worth sending (a $batch's operations): a fifth of the
        requests the window allows, as a request may take a fifth of its time."""
        return max(1, int(self.requests_allowed * self.request_window_share))

    @property
    def requests_allowed(self) -> float:
        """Requests this controller lets a window hold: its share, less the margin."""
        return self.share * self.request_margin * self.budget.requests

    def wait_seconds(self, weight: float = 1.0) -> float:
        """How long until the next start, of this request weight, is allowed (Retry-After,
        or until a chunk fits the window); 0 when free."""
        now = self.clock()
        b = self.budget
        fits = self.replica.wait(now, self.expected_seconds(self.chunk),
                                 self.share * b.exec_ms / 1000, self.requests_allowed,
                                 weight=weight,
                                 last_round=self.remaining <= self.chunk * self.concurrency)
        return max(0.0, self.paused_until - now, self.next_send - now, fits)

    def fits_smaller(self, in_flight: int) -> int:
        """Records of a smaller request the window holds now when a whole chunk does not (0:
        none). Charges leave the window in lumps, so waiting for a chunk's room wastes what
        is free now. Only once the budget is known, and not while the request count binds."""
        b = self.budget
        if not (self._per_record and b.known) or in_flight >= self.in_flight_cap:
            return 0
        if b.request_rate * self.expected_seconds(self.chunk) < b.parallelism:
            return 0
        now = self.clock()
        if self.paused_until > now or self.next_send > now:
            return 0
        for fraction in (0.75, 0.5, 0.25):
            n = int(self.chunk * fraction)
            if n < self.min_chunk:
                break
            if self.replica.wait(now, self.expected_seconds(n), self.share * b.exec_ms / 1000,
                                 self.requests_allowed) == 0:
                return n
        return 0

    def may_send(self, in_flight: int, weight: float = 1.0) -> bool:
        return in_flight < self.in_flight_cap and self.wait_seconds(weight) == 0.0

    def sent(self, records: int, in_flight: int, weight: float = 1.0) -> int:
        """Count a start in, as ``weight`` requests against the request count; the token goes
        back to ``finished`` with the answer."""
        self.stats.requests += 1
        self.stats.weight += weight
        self.last_weight = weight
        self.stats.records_sent += records
        self.stats.peak_concurrency = max(self.stats.peak_concurrency, in_flight)
        now = self.clock()
        if not self.budget.known:  # pace to the fractional parallelism the docs imply
            gap = self.expected_seconds(records) / self.limit
            self.next_send = max(now - gap, self.next_send) + gap  # one late start catches up
        return self.replica.started(self.clock(), self.expected_seconds(records), weight)

    def finished(self, token: int, seconds: float, charged: bool = True) -> None:
        """An answer came: the window is charged its measured time unless it was a 429."""
        self.replica.ended(token, self.clock(), seconds, charged)

    # -- feedback ---------------------------------------------------------------------------
    def on_success(self, records: int, seconds: float, in_flight: int,
                   weight: float = 1.0) -> None:
        """Learn the time a record takes; give back share after a quiet window; size chunks."""
        self.stats.busy_ms += seconds * 1000
        self.stats.records_ok += records
        self._durations.append(seconds)
        if records and (self._per_record is None or records * 2 >= self.chunk):
            # tail crumbs carry the fixed cost of a request over few records: skip them
            per = seconds / records
            self._per_record = per if self._per_record is None else \
                0.7 * self._per_record + 0.3 * per
            if self.writes:
                self.budget.seconds_per_row = self._per_record / self.rows_per_record
        self.throttle_streak = 0
        now = self.clock()
        if now - self.quiet_since >= self.budget.window and now >= self.recover_until:
            self.quiet_since = now
            self.share = min(self.max_share, self.share + (1 - self.decrease) / 4)
            self.cap_in_flight = min(self.max_concurrency, int(self.budget.concurrent),
                                     self.cap_in_flight + 1)
        self._size_chunk(records, weight)

    def _size_chunk(self, records: int, weight: float = 1.0) -> None:
        """At most a fifth of the window a request; bigger while the request count binds,
        unless requests are weighted by their records (then bigger ones save nothing)."""
        if not self._per_record:
            return
        b = self.budget
        longest = min(b.window * self.request_window_share, self.timeout / 4)
        fits = max(self.min_chunk, min(self.max_chunk, int(longest / self._per_record)))
        charge = self.expected_seconds(self.chunk)
        count_binds = b.request_rate * charge < b.parallelism
        if self.chunk > fits:
            self.chunk = fits
        elif count_binds and records >= self.chunk and weight <= 1:
            self.chunk = min(fits, int(self.chunk * 1.5) + 1)
        elif records >= self.chunk and self.chunk < min(fits, self.chosen_chunk):
            # a slow spell (a busy server) shrank it; requests are quick again: grow back, so
            # one spell does not leave every later request paying its fixed cost more often
            self.chunk = min(fits, self.chosen_chunk, int(self.chunk * 1.25) + 1)

    def on_throttle(self, error: ServiceProtectionLimit, in_flight: int) -> float:
        """Pause every sender for ``Retry-After``; learn the budget; cut once per episode."""
        self.stats.throttles += 1
        log.debug("429 %s, Retry-After %s, %d in flight, %.2f s in the window: %s",
                  error.code, error.retry_after, in_flight,
                  self.replica.charged, error.message)
        code = error.code or "429"
        self.stats.throttles_by_code[code] = self.stats.throttles_by_code.get(code, 0) + 1
        now = self.clock()
        if error.retry_after is not None:
            wait_s = error.retry_after
        else:  # no header: back off exponentially with jitter
            wait_s = self._rng.uniform(0.5, 1.0) * min(60.0, 2.0 ** self.throttle_streak)
        learned = self.budget.learn(error)
        if now >= self.recover_until:
            self.stats.cuts += 1
            self.throttle_streak += 1
            if code == CONCURRENCY_LIMIT:
                self.cap_in_flight = max(1, min(self.cap_in_flight, in_flight - 1))
            elif not learned:  # the budget was right, yet it tripped: take less of it
                self.share = max(0.05, self.share * self.decrease)
                if self.fixed is not None:
                    self.fixed = max(1, math.floor(self.fixed * self.decrease))
            if code == REQUESTS_LIMIT and self.last_weight <= 1:
                self.chunk = min(self.max_chunk, self.chunk * 2)
            self._size_chunk(0)
            typical = max(self._durations) if self._durations else 1.0
            self.recover_until = now + wait_s + typical
            self.quiet_since = now
        until = now + wait_s
        if self.global_pause and until > self.paused_until:
            self.stats.paused_seconds += until - max(now, self.paused_until)
            self.paused_until = until
        return wait_s

    def on_transient(self, error: TransientError) -> None:
        """A dropped connection or 5xx; a timeout also says the chunk is too big."""
        self.stats.transient += 1
        if isinstance(error, ConnectionLost) and "Timeout" in error.message:
            self.stats.timeouts += 1
            self.chunk = max(self.min_chunk, self.chunk // 2)
            self.chosen_chunk = min(self.chosen_chunk, self.chunk)  # too big for the timeout

    def size_for(self, remaining: int, in_flight: int = 0) -> int:
        """Next chunk size; near the end, split what is left evenly over the senders that
        are free, so the last requests end together instead of one trailing alone."""
        free = max(1, self.concurrency - in_flight)
        even = math.ceil(remaining / free)
        size = min(self.chunk, max(even, self.chunk // 8, self.min_chunk))
        return max(1, min(size, remaining) if remaining else size)


__all__ = ["Controller", "ControllerStats"]
