"""How long the destination has not answered, and when to stop waiting for it.

A destination that is down (connection refused or reset, 502/503/504 without ``Retry-After``)
is waited for, probing with capped, jittered backoff, for up to ``max_seconds`` (parameters
``destination.max_outage_seconds``, else ``DATAVERSE_MAX_OUTAGE_SECONDS``, else five
minutes); then ``DestinationUnreachable``. Any real answer ends the outage. One ``Outage``
per client, shared by its threads: the destination is down for all of them at once. A 429 is
not an outage: the server answered and said how long to wait (``RetryPolicy``).
"""

from __future__ import annotations

import logging
import os
import random
import threading
import time
from collections.abc import Callable
from typing import Any

from d365migrate.dataverse.errors import (
    ConnectionLost,
    DestinationUnreachable,
    ServiceUnavailable,
    TransientError,
)

log = logging.getLogger(__name__)
DEFAULT_MAX_OUTAGE_SECONDS = 300.0
OUTAGE_ENV = "DATAVERSE_MAX_OUTAGE_SECONDS"
PROBE_CAP_SECONDS = 15.0  # while down, try again at least this often
# A timeout after the request reached the server is a slow answer, not an outage.
_SLOW_NOT_DOWN = ("ReadTimeout", "WriteTimeout", "PoolTimeout")


def is_outage(error: TransientError) -> bool:
    """True for errors that mean the destination is not answering at all."""
    if isinstance(error, ServiceUnavailable):
        return error.retry_after is None
    if isinstance(error, ConnectionLost):
        return not error.message.startswith(_SLOW_NOT_DOWN)
    return False


def max_outage_seconds(configured: Any = None) -> float:
    """The bound: the parameters' value, else the environment's, else the default."""
    for value, where in ((configured, "destination.max_outage_seconds"),
                         (os.environ.get(OUTAGE_ENV), OUTAGE_ENV)):
        if value is None or value == "":
            continue
        try:
            seconds = float(value)
        except (TypeError, ValueError):
            raise ValueError(f"{where} must be a number of seconds, not {value!r}") from None
        if seconds < 0:
            raise ValueError(f"{where} must not be negative ({seconds:g})")
        return seconds
    return DEFAULT_MAX_OUTAGE_SECONDS


def duration(seconds: float) -> str:
    """``75`` -> ``1 min 15 s``."""
    whole = int(round(seconds))
    return f"{whole // 60} min {whole % 60} s" if whole >= 60 else f"{whole} s"


class Outage:
    """The current outage of one destination, if any, and the wait before the next probe."""

    def __init__(self, max_seconds: float = DEFAULT_MAX_OUTAGE_SECONDS, *,
                 where: str = "the destination",
                 clock: Callable[[], float] = time.monotonic, base_delay: float = 0.5,
                 cap: float = PROBE_CAP_SECONDS, log_every: float = 30.0,
                 rng: random.Random | None = None) -> None:
        self.max_seconds = max_seconds
        self.where = where
        self.clock = clock
        self.base_delay, self.cap, self.log_every = base_delay, cap, log_every
        self.rng = rng or random.Random(0)
        self.started: float | None = None  # clock time of the first failure, None: answering
        self.failures = 0
        self.outages = 0  # how many outages this client waited out or gave up on
        self._said_at = 0.0
        self._lock = threading.Lock()

    def answered(self) -> None:
        """The destination answered: any outage is over."""
        if self.started is None:
            return
        with self._lock:
            if self.started is not None:
                log.warning("%s answers again after %s", self.where,
                            duration(self.clock() - self.started))
                self.started, self.failures = None, 0

    def failed(self, error: TransientError, *, waited: float = 0.0) -> float:
        """Note a failure that means the destination is down; return the seconds to wait
        before the next attempt, or raise ``DestinationUnreachable`` once it has been down
        for ``max_seconds``. ``waited``: what the caller has slept in this outage so far (an
        injected sleep that does not move the clock still ends the wait)."""
        with self._lock:
            now = self.clock()
            if self.started is None:
                self.started, self.failures, self._said_at = now, 0, now
                self.outages += 1
                log.warning("%s is not answering (%s); waiting for it for up to %s",
                            self.where, error, duration(self.max_seconds))
            self.failures += 1
            down = max(now - self.started, waited)
            if down >= self.max_seconds:
                raise DestinationUnreachable(
                    f"{self.where} did not answer for {duration(down)} ({self.failures} "
                    f"attempts; the limit is {duration(self.max_seconds)}, "
                    f"destination.max_outage_seconds); last error: {error}",
                    status=error.status, code=error.code, request=error.request,
                    down_seconds=down) from error
            if now - self._said_at >= self.log_every:
                self._said_at = now
                log.warning("still waiting for %s: not answering for %s, giving up after %s "
                            "(last error: %s)", self.where, duration(down),
                            duration(self.max_seconds), error)
            delay = min(self.cap, self.base_delay * 2 ** min(self.failures, 30))
            delay *= self.rng.uniform(0.5, 1.0)
            return max(0.0, min(delay, self.max_seconds - down))
