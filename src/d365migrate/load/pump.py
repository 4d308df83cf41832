"""Runs load jobs under a throughput controller: retries transient errors (429, timeouts)
within a budget, settles the rest in order, spreads work over identities (lanes).

Split from :mod:`d365migrate.load.throughput`, which decides how many requests and how big;
here they are sent and their outcomes kept, a job never lost between tries."""

from __future__ import annotations

import math
import random
import time
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from d365migrate.dataverse.client import server_wait, start_server_wait
from d365migrate.dataverse.errors import (
    DataverseError,
    ServiceProtectionLimit,
    TransientError,
)
from d365migrate.load.throughput import Controller

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
