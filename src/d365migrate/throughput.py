"""Concurrency and chunk size that find Dataverse's service-protection ceiling and hold it.

Dataverse says how hard a client may push only by refusing it (429 with ``Retry-After``), so
the controller probes: it starts from the server's ``x-ms-dop-hint``, adds one request in
flight per round of successes, and on a 429 stops every sender until ``Retry-After`` has
passed and cuts concurrency by a factor (AIMD, as TCP does). One overload shows up as a burst
of 429s from requests already in flight; only the first cuts, so one episode costs one cut.

Chunk size adapts on a different signal: requests that finish very fast waste the request
budget (grow), timeouts waste work (shrink), and a throttle on the *request count* says
the chunks are too small for the limit that binds (grow).

``Pump`` runs jobs through a thread pool under the controller: it owns retries of transient
errors (backoff with jitter, ``Retry-After`` for 429) so callers only see settled outcomes.
It is driven from one thread; workers only send.
"""

from __future__ import annotations

import math
import random
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, TypeVar

from .dataverse.errors import (
    ConnectionLost,
    DataverseError,
    ServiceProtectionLimit,
    TransientError,
)

REQUESTS_LIMIT = "0x80072322"
EXECUTION_TIME_LIMIT = "0x80072321"
CONCURRENCY_LIMIT = "0x80072326"
DEFAULT_DOP = 4  # Microsoft: the execution-time limit is about 4 requests flat out


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
    busy_ms: float = 0.0
    records_sent: int = 0
    peak_concurrency: int = 0


class Controller:
    """AIMD concurrency plus adaptive chunk size; not thread-safe, the pump's thread owns it."""

    def __init__(self, *, concurrency: int | None = None, min_concurrency: int = 1,
                 max_concurrency: int = 52, chunk_size: int = 1000, min_chunk: int = 10,
                 max_chunk: int = 5000, decrease: float = 0.7, fast_seconds: float = 1.0,
                 slow_seconds: float = 60.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.min_concurrency = max(1, min_concurrency)
        self.max_concurrency = max(self.min_concurrency, max_concurrency)
        self.limit = float(self._clamp(concurrency or DEFAULT_DOP))
        self.chunk = max(min_chunk, min(max_chunk, chunk_size))
        self.min_chunk, self.max_chunk = min_chunk, max_chunk
        self.decrease = decrease
        self.fast_seconds, self.slow_seconds = fast_seconds, slow_seconds
        self.clock = clock
        self.paused_until = 0.0
        self.recover_until = 0.0  # throttles before this belong to the episode already cut
        self.throttle_streak = 0  # episodes in a row without a success between them
        self.seeded = concurrency is not None
        self.stats = ControllerStats()
        self._durations: deque[float] = deque(maxlen=16)
        self._rng = random.Random(0)

    def _clamp(self, n: float) -> float:
        return max(self.min_concurrency, min(self.max_concurrency, n))

    @property
    def concurrency(self) -> int:
        return int(self.limit)

    # -- admission --------------------------------------------------------------------------
    def seed(self, dop_hint: int | None) -> None:
        """Start from the server's recommended parallelism unless the caller chose one."""
        if dop_hint and not self.seeded:
            self.limit = float(self._clamp(dop_hint))
        self.seeded = True

    def wait_seconds(self) -> float:
        """How long every sender must hold off (a 429's ``Retry-After``); 0 when free to send."""
        return max(0.0, self.paused_until - self.clock())

    def may_send(self, in_flight: int) -> bool:
        return in_flight < self.concurrency and self.wait_seconds() == 0.0

    def sent(self, records: int, in_flight: int) -> None:
        self.stats.requests += 1
        self.stats.records_sent += records
        self.stats.peak_concurrency = max(self.stats.peak_concurrency, in_flight)

    # -- feedback ---------------------------------------------------------------------------
    def on_success(self, records: int, seconds: float, in_flight: int) -> None:
        """Additive increase, only when concurrency was the limit (as TCP's cwnd-limited rule)."""
        self.stats.busy_ms += seconds * 1000
        self._durations.append(seconds)
        self.throttle_streak = 0
        now = self.clock()
        if now >= self.recover_until and in_flight + 1 >= self.concurrency:
            self.limit = self._clamp(self.limit + 1 / max(1.0, self.limit))
        if records >= self.chunk and seconds < self.fast_seconds:
            self.chunk = min(self.max_chunk, int(self.chunk * 1.5))
        elif seconds > self.slow_seconds and records > self.min_chunk:
            self.chunk = max(self.min_chunk, self.chunk // 2)

    def on_throttle(self, error: ServiceProtectionLimit, in_flight: int) -> float:
        """Pause every sender for ``Retry-After``; cut once per episode. Returns the pause."""
        self.stats.throttles += 1
        code = error.code or "429"
        self.stats.throttles_by_code[code] = self.stats.throttles_by_code.get(code, 0) + 1
        now = self.clock()
        if error.retry_after is not None:
            wait_s = error.retry_after
        else:  # no header: back off exponentially with jitter
            wait_s = self._rng.uniform(0.5, 1.0) * min(60.0, 2.0 ** self.throttle_streak)
        if now >= self.recover_until:
            self.stats.cuts += 1
            self.throttle_streak += 1
            if code == CONCURRENCY_LIMIT:
                # Someone else holds part of the 52: settle just under what was in flight.
                self.limit = self._clamp(min(self.limit, in_flight) - 1)
            else:
                self.limit = self._clamp(math.floor(self.limit * self.decrease))
            if code == REQUESTS_LIMIT:
                self.chunk = min(self.max_chunk, self.chunk * 2)
            typical = max(self._durations) if self._durations else 1.0
            self.recover_until = now + wait_s + typical
        until = now + wait_s
        if until > self.paused_until:
            self.stats.paused_seconds += until - max(now, self.paused_until)
            self.paused_until = until
        return wait_s

    def on_transient(self, error: TransientError) -> None:
        """A dropped connection or 5xx; a timeout also says the chunk is too big."""
        self.stats.transient += 1
        if isinstance(error, ConnectionLost) and "Timeout" in error.message:
            self.stats.timeouts += 1
            self.chunk = max(self.min_chunk, self.chunk // 2)

    def size_for(self, remaining: int) -> int:
        """Next chunk size; near the end, split what is left evenly over the senders."""
        share = math.ceil(remaining / max(1, self.concurrency))
        size = min(self.chunk, max(share, self.chunk // 8, self.min_chunk))
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

    @property
    def ok(self) -> bool:
        return self.error is None


class Source(Protocol[J]):
    """Where fresh jobs come from, cut to the size the controller asks for."""

    def remaining(self) -> int: ...

    def take(self, size: int) -> J | None: ...


class GiveUp(DataverseError):
    """A transient error outlived the retry budget; the load stops cleanly."""


class Pump(Generic[J]):
    """Runs jobs under the controller, retrying transient errors, settling the rest in order."""

    def __init__(self, controller: Controller, send: Callable[[J], Any],
                 size_of: Callable[[J], int], *, max_attempts: int = 8,
                 base_delay: float = 0.5, max_delay: float = 60.0,
                 max_throttle_seconds: float = 3600.0,
                 rng: random.Random | None = None) -> None:
        self.ctl = controller
        self.send = send
        self.size_of = size_of
        self.max_attempts = max_attempts
        self.base_delay, self.max_delay = base_delay, max_delay
        self.max_throttle_seconds = max_throttle_seconds
        self.rng = rng or random.Random(0)
        self.retries = 0

    def _timed(self, job: J) -> tuple[Any, DataverseError | None, float]:
        start = time.monotonic()
        try:
            value = self.send(job)
            return value, None, time.monotonic() - start
        except DataverseError as exc:
            return None, exc, time.monotonic() - start

    def backoff(self, tries: int) -> float:
        """Full jitter: uniform over [0, base * 2**tries], capped."""
        return self.rng.uniform(0, min(self.max_delay, self.base_delay * 2 ** tries))

    def run(self, source: Source[J], settle: Callable[[Attempt[J]], list[J]],
            *, on_tick: Callable[[], None] | None = None) -> None:
        """Send until the source and every follow-up job are settled.

        ``settle`` gets each success or terminal failure (from this thread) and returns
        follow-up jobs, which go before fresh work. A transient error that outlives the
        retry budget raises ``GiveUp`` after the requests in flight have been settled.
        """
        ctl = self.ctl
        ready: deque[Attempt[J]] = deque()  # follow-ups and retries, oldest first
        in_flight: dict[Future, Attempt[J]] = {}
        failure: BaseException | None = None
        pool = ThreadPoolExecutor(max_workers=ctl.max_concurrency,
                                  thread_name_prefix="dataverse")
        try:
            while True:
                now = time.monotonic()
                while failure is None and ctl.may_send(len(in_flight)):
                    att = self._next(ready, source, time.monotonic())
                    if att is None:
                        break
                    in_flight[pool.submit(self._timed, att.job)] = att
                    ctl.sent(self.size_of(att.job), len(in_flight))
                if not in_flight and (failure is not None or (
                        not ready and source.remaining() == 0)):
                    break
                done, _ = wait(in_flight, timeout=self._timeout(ready, now),
                               return_when=FIRST_COMPLETED)
                for fut in done:
                    att = in_flight.pop(fut)
                    att.value, att.error, att.seconds = fut.result()
                    try:
                        self._settle(att, ready, settle, len(in_flight))
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

    def _next(self, ready: deque[Attempt[J]], source: Source[J], now: float
              ) -> Attempt[J] | None:
        for _ in range(len(ready)):
            att = ready.popleft()
            if att.not_before <= now:
                return att
            ready.append(att)
        job = source.take(self.ctl.size_for(source.remaining()))
        return Attempt(job) if job is not None else None

    def _timeout(self, ready: deque[Attempt[J]], now: float) -> float | None:
        times = [a.not_before - now for a in ready]
        pause = self.ctl.wait_seconds()
        if pause:
            times.append(pause)
        return max(0.005, min(times)) if times else None

    def _settle(self, att: Attempt[J], ready: deque[Attempt[J]],
                settle: Callable[[Attempt[J]], list[J]], in_flight: int) -> None:
        ctl, exc = self.ctl, att.error
        if isinstance(exc, ServiceProtectionLimit):
            # A 429 does not use up the retry budget (the server asked us to wait); time does.
            ctl.on_throttle(exc, in_flight + 1)
            att.not_before = ctl.paused_until
            self.retries += 1
            if ctl.stats.paused_seconds > self.max_throttle_seconds:
                raise GiveUp(f"throttled for over {self.max_throttle_seconds:.0f} s: {exc}",
                             status=exc.status, code=exc.code)
            ready.appendleft(att)
            return
        if isinstance(exc, TransientError):
            ctl.on_transient(exc)
            att.tries += 1
            if att.tries >= self.max_attempts:
                raise GiveUp(f"gave up after {att.tries} attempts: {exc}",
                             status=exc.status, code=exc.code)
            self.retries += 1
            att.not_before = time.monotonic() + self.backoff(att.tries)
            ready.append(att)
            return
        if exc is None:
            ctl.on_success(self.size_of(att.job), att.seconds, in_flight)
        for job in reversed(settle(att)):
            ready.appendleft(Attempt(job))


__all__ = ["Attempt", "Controller", "ControllerStats", "GiveUp", "Pump", "Source"]
