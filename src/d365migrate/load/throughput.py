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

``Pump`` runs jobs through a thread pool under the controller: it owns retries of transient
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
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, TypeVar

from d365migrate.dataverse.client import server_wait, start_server_wait
from d365migrate.dataverse.errors import (
    ConnectionLost,
    DataverseError,
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


J = TypeVar("J")


@dataclass
class Attempt(Generic[J]):
    """One job and its last outcome: ``value`` on success, ``error`` when it failed."""

    job: J
    value: Any = None
    error: DataverseError | None = None
    seconds: float = 0.0
    tries: int = 0
    not_before: float = 0.0
    token: int = 0  # the controller's handle on this send
    weight: float = 1.0  # requests it counted as (a $batch: its operations)
    lane: Any = None  # the identity (``Lane``) that sent it last

    @property
    def ok(self) -> bool:
        return self.error is None


class Source(Protocol[J]):
    """Where fresh jobs come from, cut to the size the controller asks for."""

    def remaining(self) -> int: ...

    def take(self, size: int) -> J | None: ...


class GiveUp(DataverseError):
    """A transient error outlived the retry budget; the load stops cleanly."""


@dataclass
class Lane(Generic[J]):
    """One identity's share of a pump: its controller (its own budget and window copy, as
    the server meters each user on its own) and how it sends a job."""

    controller: Controller
    send: Callable[[J], Any]
    name: str = ""
    in_flight: int = 0

    @property
    def room(self) -> int:
        return self.controller.in_flight_cap - self.in_flight


class Pump(Generic[J]):
    """Runs jobs under the controller, retrying transient errors, settling the rest in order.

    With ``lanes`` (other identities, each a ``Lane``), a job goes to whichever identity has
    room in its own window: a throttled identity pauses alone, and a job it had refused goes
    to the next identity with room. ``controller``/``send`` are the first lane."""

    def __init__(self, controller: Controller, send: Callable[[J], Any],
                 size_of: Callable[[J], int], *,
                 weight_of: Callable[[J], float] | None = None, max_attempts: int = 8,
                 base_delay: float = 0.5, max_delay: float = 60.0,
                 max_throttle_seconds: float = 3600.0,
                 rng: random.Random | None = None, lanes: Sequence[Lane[J]] = (),
                 name: str = "") -> None:
        self.ctl = controller
        self.lanes: list[Lane[J]] = [Lane(controller, send, name), *lanes]
        self.send = send
        self.size_of = size_of
        self.weight_of = weight_of or (lambda job: 1.0)
        self.max_attempts = max_attempts
        self.base_delay, self.max_delay = base_delay, max_delay
        self.max_throttle_seconds = max_throttle_seconds
        self.rng = rng or random.Random(0)
        self.retries = 0
        self._turn = 0  # round robin over lanes with room

    @staticmethod
    def _timed(send: Callable[[J], Any], job: J) -> tuple[Any, DataverseError | None, float]:
        """Send; the seconds are the server's wait when the client could time it (its own
        encoding, TLS and parsing are not the server's execution time), else send to answer."""
        start_server_wait()
        start = time.monotonic()
        try:
            value, error = send(job), None
        except DataverseError as exc:
            value, error = None, exc
        seconds = time.monotonic() - start
        waited = server_wait()
        return value, error, min(seconds, waited) if waited else seconds

    def backoff(self, tries: int) -> float:
        """Full jitter: uniform over [0, base * 2**tries], capped."""
        return self.rng.uniform(0, min(self.max_delay, self.base_delay * 2 ** tries))

    def _share(self, remaining: int) -> None:
        """Each lane's controller sees its share of what is left (by its parallelism), so the
        tail is split over every identity and each knows when its last round comes."""
        if len(self.lanes) == 1:
            self.ctl.remaining = remaining
            return
        total = sum(lane.controller.limit for lane in self.lanes)
        for lane in self.lanes:
            lane.controller.remaining = math.ceil(remaining * lane.controller.limit / total)

    def _free_lane(self, weight: float) -> Lane[J] | None:
        """The next lane, round robin, whose identity may start a request of this weight."""
        n = len(self.lanes)
        for i in range(n):
            lane = self.lanes[(self._turn + i) % n]
            if lane.controller.may_send(lane.in_flight, weight):
                self._turn = (self._turn + i + 1) % n
                return lane
        return None

    def run(self, source: Source[J], settle: Callable[[Attempt[J]], list[J]],
            *, on_tick: Callable[[], None] | None = None) -> None:
        """Send until the source and every follow-up job are settled.

        ``settle`` gets each success or terminal failure (from this thread) and returns
        follow-up jobs, which go before fresh work. A transient error that outlives the
        retry budget raises ``GiveUp`` after the requests in flight have been settled.
        """
        ready: deque[Attempt[J]] = deque()  # follow-ups and retries, oldest first
        in_flight: dict[Future, Attempt[J]] = {}
        failure: BaseException | None = None
        held: Attempt[J] | None = None  # a heavy job waiting for room in the window
        held_weight = 1.0
        pool = ThreadPoolExecutor(
            max_workers=sum(lane.controller.max_concurrency for lane in self.lanes),
            thread_name_prefix="dataverse")
        try:
            while True:
                now = time.monotonic()
                while failure is None:
                    remaining = source.remaining() + sum(self.size_of(a.job) for a in ready)
                    if held is not None:
                        remaining += self.size_of(held.job)
                    self._share(remaining)
                    lane, fit = self._free_lane(held_weight), 0
                    if lane is None and held is None:  # room for a smaller request?
                        lane, fit = self._gap(ready, time.monotonic())
                    if lane is None:
                        break
                    att = held or self._next(ready, source, time.monotonic(), lane, fit)
                    if att is None:
                        break
                    held, weight = None, self.weight_of(att.job)
                    if weight > 1 and not lane.controller.may_send(lane.in_flight, weight):
                        other = self._free_lane(weight)
                        if other is None:
                            held, held_weight = att, weight
                            break
                        lane = other
                    held_weight = 1.0
                    lane.in_flight += 1
                    in_flight[pool.submit(self._timed, lane.send, att.job)] = att
                    att.lane = lane
                    att.token = lane.controller.sent(self.size_of(att.job), lane.in_flight,
                                                     weight)
                    att.weight = weight
                if not in_flight and (failure is not None or (
                        held is None and not ready and source.remaining() == 0)):
                    break
                timeout = self._timeout(ready, now, held_weight)
                if not in_flight:  # ``wait`` on nothing returns at once: sleep out the pause
                    time.sleep(timeout if timeout is not None else 0.005)
                    continue
                done, _ = wait(in_flight, timeout=timeout, return_when=FIRST_COMPLETED)
                for fut in done:
                    att = in_flight.pop(fut)
                    att.value, att.error, att.seconds = fut.result()
                    lane = att.lane or self.lanes[0]
                    lane.in_flight -= 1
                    lane.controller.finished(
                        att.token, att.seconds,
                        charged=not isinstance(att.error, ServiceProtectionLimit))
                    try:
                        self._settle(att, ready, settle, lane)
                    except GiveUp as exc:
                        failure = failure or exc
                if on_tick:
                    on_tick()
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        pool.shutdown(wait=True)
        if failure is not None:
            raise failure

    def _gap(self, ready: deque[Attempt[J]], now: float) -> tuple[Lane[J] | None, int]:
        """A lane whose window holds a request smaller than a chunk now, and its size in
        records (``Controller.fits_smaller``); only for fresh work, cut to that size."""
        if any(a.not_before <= now for a in ready):
            return None, 0
        for lane in self.lanes:
            fit = lane.controller.fits_smaller(lane.in_flight)
            if fit:
                return lane, fit
        return None, 0

    def _next(self, ready: deque[Attempt[J]], source: Source[J], now: float, lane: Lane[J],
              fit: int = 0) -> Attempt[J] | None:
        if not fit:
            for _ in range(len(ready)):
                att = ready.popleft()
                if att.not_before <= now:
                    return att
                ready.append(att)
        ctl = lane.controller
        size = ctl.size_for(ctl.remaining if len(self.lanes) > 1 else source.remaining(),
                            lane.in_flight)
        job = source.take(min(size, fit) if fit else size)
        return Attempt(job) if job is not None else None

    def _timeout(self, ready: deque[Attempt[J]], now: float, weight: float = 1.0
                 ) -> float | None:
        # a job already due waits for an identity with room: that identity's pause (below)
        # or an answer wakes the pump, not a spin
        times = [a.not_before - now for a in ready if a.not_before > now]
        pause = min(lane.controller.wait_seconds(weight) for lane in self.lanes)
        if pause:
            times.append(pause)
        return max(0.005, min(times)) if times else None

    def _settle(self, att: Attempt[J], ready: deque[Attempt[J]],
                settle: Callable[[Attempt[J]], list[J]], lane: Lane[J]) -> None:
        ctl, exc, in_flight = lane.controller, att.error, lane.in_flight
        if isinstance(exc, ServiceProtectionLimit):
            # A 429 does not use up the retry budget (the server asked us to wait); time does.
            # Alone, the job waits out Retry-After; in a pool, only this identity pauses and
            # the job goes to the next one with room.
            pause = ctl.on_throttle(exc, in_flight + 1)
            att.not_before = time.monotonic() + (pause if len(self.lanes) == 1 else 0.0)
            self.retries += 1
            if ctl.stats.paused_seconds > self.max_throttle_seconds:
                raise GiveUp(f"throttled for over {self.max_throttle_seconds:.0f} s: {exc}",
                             status=exc.status, code=exc.code)
            ready.appendleft(att)
            return
        if isinstance(exc, TransientError):
            ctl.on_transient(exc)
            att.tries += 1
            if exc.outage is not None:  # the destination is down: wait for it by time
                try:
                    delay = min(exc.outage.failed(exc), self.backoff(att.tries))
                except DataverseError as down:  # DestinationUnreachable: stop cleanly
                    raise GiveUp(down.message, status=exc.status, code=exc.code) from down
                self.retries += 1
                att.not_before = time.monotonic() + delay
                ready.append(att)
                return
            if att.tries >= self.max_attempts:
                raise GiveUp(f"gave up after {att.tries} attempts: {exc}",
                             status=exc.status, code=exc.code)
            self.retries += 1
            att.not_before = time.monotonic() + self.backoff(att.tries)
            ready.append(att)
            return
        if exc is None:
            ctl.on_success(self.size_of(att.job), att.seconds, in_flight, att.weight)
        for job in reversed(settle(att)):
            ready.appendleft(Attempt(job))


__all__ = ["Attempt", "Controller", "ControllerStats", "GiveUp", "Lane", "Pump", "Source"]
