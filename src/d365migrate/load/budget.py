"""One user's service-protection budget (``api-limits.md``), shared by every table a client
loads, since the server meters the user and not the table.

A client's budget starts from the limits it was given (``DataverseClient.service_limits``:
the parameters' ``load.service_protection``) or else the documented per-user limits (6,000
requests and 1,200 s of execution time a 5-minute window, 52 concurrent), and both are
*known* from the start: the controller paces to them at once, with no learning 429.

Why the documented values are trusted rather than probed: they are what Microsoft documents
for every org, and the very values a 429's message names on a standard org; probing bought
nothing but a slow start (requests capped by ``x-ms-dop-hint`` and paced) and a refusal that
costs at least a second (``Retry-After`` is whole seconds). The cost of being wrong is the
same one 429 either way: its message names the limit and window the server holds, and they
replace the budget (``learn``), so an org with other limits is still paced right after it.
The ``x-ms-ratelimit-*`` response headers are for debugging only and are never read.

``Budget()`` built bare (tests, a controller without a client) is the documented budget
*unconfirmed*: it starts capped by the dop hint until a 429 names the limits.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from weakref import WeakKeyDictionary

from d365migrate.dataverse.client import server_wait, start_server_wait
from d365migrate.dataverse.errors import ServiceProtectionLimit
from d365migrate.dataverse.limits import (
    DOCUMENTED,
    MAX_CONCURRENT,
    MAX_EXECUTION_MS,
    MAX_REQUESTS,
    WINDOW_SECONDS,
    ServiceProtection,
)
from d365migrate.load.window import WindowReplica

READ_SECONDS = 0.05  # what a read is expected to take before its answer says
REQUESTS_LIMIT = "0x80072322"
EXECUTION_TIME_LIMIT = "0x80072321"
CONCURRENCY_LIMIT = "0x80072326"
_LIMIT_TEXT = re.compile(
    r"limit of ([\d,.]+) (?:milliseconds )?over (?:a )?time window of ([\d.]+) seconds", re.I)


class Budget:
    """One user's service-protection budget: ``known`` (stated or documented limits, paced to
    at once) or not (probed under the dop hint), replaced by what a 429 names.
    Shared by every table a client loads (the server meters the user, not the table)."""

    def __init__(self, exec_ms: float = MAX_EXECUTION_MS, requests: float = MAX_REQUESTS,
                 window: float = WINDOW_SECONDS, *, concurrent: int = MAX_CONCURRENT,
                 known: bool = False, source: str = "documented") -> None:
        self.exec_ms, self.requests, self.window = float(exec_ms), float(requests), window
        self.concurrent = concurrent
        self.known = known  # the controller paces to it from the start
        self.source = source  # "documented", "parameters" or "server" (a 429 named it)
        self.replica = WindowReplica(window)  # what this user's requests put in the window
        # seconds a row written takes, as this user's last requests measured it: a new
        # table's controller sizes its first requests by it (``Controller.expect_rows``)
        self.seconds_per_row: float | None = None

    @classmethod
    def of(cls, limits: ServiceProtection) -> Budget:
        """A known budget from limits the run was given (or the documented ones)."""
        return cls(limits.execution_seconds * 1000, limits.requests, limits.window_seconds,
                   concurrent=limits.concurrent, known=True, source=limits.source)

    @property
    def learned(self) -> bool:
        """A 429's message named the limits in force."""
        return self.source == "server"

    @learned.setter
    def learned(self, value: bool) -> None:
        if value:
            self.known, self.source = True, "server"

    def describe(self) -> dict[str, float | str]:
        """The limits in force, for summaries."""
        return {"requests": self.requests, "execution_seconds": self.exec_ms / 1000,
                "window_seconds": self.window, "concurrent": self.concurrent,
                "source": self.source}

    @property
    def parallelism(self) -> float:
        """Requests that may run flat out: execution ms a second over 1,000."""
        return self.exec_ms / self.window / 1000

    @property
    def request_rate(self) -> float:
        return self.requests / self.window

    def learn(self, error: ServiceProtectionLimit) -> bool:
        """Take the limit and window a 429's message names; True when the budget changed.

        A new window keeps the rate of the limit the message did not name."""
        match = _LIMIT_TEXT.search(error.message or "")
        if not match or error.code not in (EXECUTION_TIME_LIMIT, REQUESTS_LIMIT):
            return False
        value, window = float(match.group(1).replace(",", "")), float(match.group(2))
        before = (self.exec_ms, self.requests, self.window)
        scale = window / self.window
        self.exec_ms, self.requests = self.exec_ms * scale, self.requests * scale
        self.window = window
        self.replica.retime(window)
        if error.code == EXECUTION_TIME_LIMIT:
            self.exec_ms = value
        else:
            self.requests = value
        self.learned = True
        return before != (self.exec_ms, self.requests, self.window)


_BUDGETS: WeakKeyDictionary[Any, Budget] = WeakKeyDictionary()


def budget_for(owner: Any) -> Budget:
    """The budget of one client (one user), shared by the tables it loads: from the limits
    the client was given (``service_limits``), else the documented ones, known either way."""
    if owner not in _BUDGETS:
        _BUDGETS[owner] = Budget.of(getattr(owner, "service_limits", None) or DOCUMENTED)
    return _BUDGETS[owner]


@contextmanager
def metered(client: Any) -> Iterator[None]:
    """One request outside the pumps (a read of keys, ids or states) in the window copy the
    writers pace to: it starts when the window has room now (the server's check on arrival),
    and its measured time joins the copy, so the writers leave room for it. Unmetered, reads
    beside a phase's closes pushed the server's window past the limit the copy kept it at:
    a 429 then paused every sender for a whole-second Retry-After and cut their share.
    Nothing happens for a budget not known (the dop hint paces those writers)."""
    budget = budget_for(client)
    if not budget.known:
        yield
        return
    replica = budget.replica
    while True:
        wait = replica.wait(time.monotonic(), READ_SECONDS, budget.exec_ms / 1000,
                            budget.requests * 0.975, last_round=True)
        if wait <= 0:
            break
        time.sleep(min(wait, 0.25))
    token = replica.started(time.monotonic(), READ_SECONDS)
    start_server_wait()
    started = time.monotonic()
    charged = True
    try:
        yield
    except ServiceProtectionLimit:
        charged = False  # refused before it ran
        raise
    finally:
        seconds = time.monotonic() - started
        waited = server_wait()
        replica.ended(token, time.monotonic(), min(seconds, waited) if waited else seconds,
                      charged)
