"""Service-protection and simulation settings; the defaults are the documented real limits."""

from __future__ import annotations

import math
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    """Per-user limits over a sliding window (PAD ``api-limits.md``) plus simulation knobs.

    ``latency_ms`` is added to every request and ``record_cost_ms`` per record written; both
    count toward the combined execution time, so a client sees the same back-pressure a real
    org gives. ``fault_rate`` is the probability of a transient 503 or a dropped connection.

    Notes (PAD ``attachment-annotation-files.md``): ``max_upload_bytes`` is
    ``organization.maxuploadfilesize`` (default 5 MB, configurable up to 128 MB) and caps a
    note's Base64 ``documentbody`` however it arrives: the block messages are how to send a
    large file once that limit has been raised ("When you have increased the maximum file
    size and are working with larger files, you should use messages provided to break the
    files into smaller chunks"), not a way around it. A block is at most ``max_block_bytes``.
    The docs do not say how long a ``FileContinuationToken`` lives;
    ``block_token_ttl_seconds`` is the emulator's choice.

    ``without_bulk_messages`` names tables on which CreateMultiple / UpdateMultiple /
    UpsertMultiple are not registered (PAD ``bulk-operations.md``: "Not all standard tables
    support these messages"); calls answer 400 and ``sdkmessagefilters`` omits them.

    ``without_tables`` names built-in tables the org does not have, e.g. ``{"incident"}`` for
    an org without Customer Service (the Case table "exists only where Customer Service is
    licensed"): ``EntityDefinitions(LogicalName='incident')`` answers 404, ``incidents`` is an
    unknown entity set, and lookups and relationships to the table disappear with it (dropping
    ``incident`` also drops ``incidentresolution``, which comes with it).

    ``drop_after_commit_rate`` is the probability that a request which changes data (any
    method but GET) is carried out and committed, and then its reply is lost: the server
    closes the socket (in-process: a 503). Unlike ``fault_rate``, which fails before doing the
    work, this is the case that tests whether a client's retry is idempotent.

    ``batch_counts_operations``: whether each request inside a ``$batch`` counts toward the
    number-of-requests limit. Off by default, as documented (PAD ``api-limits.md``: "Combine
    the selected operations into a batch. A batch can contain up to 1000 operations and will
    avoid the number of requests limit. However, you will need to be prepared for the
    execution time limit"): a batch is one request, and its operations' execution time is
    what it costs. On, for a client that must hold up under the stricter reading.

    ``base_currency``: the ISO code of the currency the org was set up with
    (``Organization.BaseCurrencyId``, fixed at set-up), seeded as its one ``transactioncurrency``
    row; other currencies are an administrator's to add, ``currencies`` those the org starts
    with, each an ISO code and its exchange rate to one base unit (:mod:`.models.currencies`).
    """

    max_requests: int = 6000
    window_seconds: float = 300.0
    max_exec_ms: int = 1_200_000
    max_concurrent: int = 52
    dop_hint: int = 4
    latency_ms: float = 0.0
    record_cost_ms: float = 0.0
    fault_rate: float = 0.0
    max_upload_bytes: int = 5_242_880
    max_batch_requests: int = 1000
    max_page_size: int = 5000
    max_block_bytes: int = 4 * 1024 * 1024
    block_token_ttl_seconds: float = 3600.0
    without_bulk_messages: frozenset[str] = frozenset()
    without_tables: frozenset[str] = frozenset()
    drop_after_commit_rate: float = 0.0
    batch_counts_operations: bool = False
    base_currency: str = "USD"
    currencies: tuple[tuple[str, float], ...] = ()

    def __post_init__(self) -> None:
        # Table logical names are lower case; accept any iterable and any case from callers.
        for name in ("without_bulk_messages", "without_tables"):
            names = frozenset(n.strip().lower() for n in getattr(self, name) if n.strip())
            object.__setattr__(self, name, names)


class Protection:
    """Service-protection bookkeeping per user: sliding windows and in-flight requests.

    Mirrors PAD ``api-limits.md``: the concurrency limit trips at once; the request-count and
    execution-time limits trip once the window already holds more than allowed. ``Retry-After``
    is the time until enough of the window has slid away.
    """

    def __init__(self, limits: Limits, clock: Callable[[], float] | None = None) -> None:
        self.limits = limits
        self.clock = clock or time.monotonic
        self._lock = threading.Lock()
        self._requests: dict[str, deque[float]] = defaultdict(deque)
        self._exec: dict[str, deque[tuple[float, float]]] = defaultdict(deque)
        self._exec_total: dict[str, float] = defaultdict(float)
        self._inflight: dict[str, int] = defaultdict(int)

    def _trim(self, user: str, now: float) -> None:
        horizon = now - self.limits.window_seconds
        reqs = self._requests[user]
        while reqs and reqs[0] <= horizon:
            reqs.popleft()
        ex = self._exec[user]
        while ex and ex[0][0] <= horizon:
            self._exec_total[user] -= ex.popleft()[1]

    def admit(self, user: str, weight: int = 1) -> None:
        """Count a request in, or raise the 429 a real org would send."""
        from .exceptions import ExecutionTimeExceeded, TooManyConcurrent, TooManyRequests

        lim = self.limits
        with self._lock:
            now = self.clock()
            self._trim(user, now)
            if self._inflight[user] >= lim.max_concurrent:
                raise TooManyConcurrent(lim.max_concurrent, 1)
            reqs = self._requests[user]
            if len(reqs) + weight > lim.max_requests:
                idx = min(len(reqs) - 1, max(0, len(reqs) + weight - lim.max_requests - 1))
                wait = reqs[idx] + lim.window_seconds - now if reqs else lim.window_seconds
                raise TooManyRequests(lim.max_requests, lim.window_seconds,
                                      max(1, math.ceil(wait)))
            if self._exec_total[user] > lim.max_exec_ms:
                excess = self._exec_total[user] - lim.max_exec_ms
                wait = lim.window_seconds
                freed = 0.0
                for ts, ms in self._exec[user]:
                    freed += ms
                    if freed >= excess:
                        wait = ts + lim.window_seconds - now
                        break
                raise ExecutionTimeExceeded(lim.max_exec_ms, lim.window_seconds,
                                            max(1, math.ceil(wait)))
            for _ in range(weight):
                reqs.append(now)
            self._inflight[user] += 1

    def release(self, user: str, exec_ms: float) -> None:
        with self._lock:
            self._inflight[user] = max(0, self._inflight[user] - 1)
            now = self.clock()
            self._exec[user].append((now, exec_ms))
            self._exec_total[user] += exec_ms

    def add_requests(self, user: str, n: int) -> None:
        """Count ``n`` more requests now (``Limits.batch_counts_operations``: a $batch's
        operations one by one)."""
        with self._lock:
            now = self.clock()
            self._requests[user].extend([now] * n)

    def remaining(self, user: str) -> tuple[int, float]:
        with self._lock:
            self._trim(user, self.clock())
            return (max(0, self.limits.max_requests - len(self._requests[user])),
                    max(0.0, self.limits.max_exec_ms - self._exec_total[user]))
