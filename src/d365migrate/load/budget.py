"""One user's service-protection budget (``api-limits.md``): the documented limits until a
429's message names others, shared by every table a client loads, since the server meters
the user and not the table."""

from __future__ import annotations

import re
from typing import Any
from weakref import WeakKeyDictionary

from d365migrate.dataverse.errors import ServiceProtectionLimit
from d365migrate.dataverse.limits import MAX_EXECUTION_MS, MAX_REQUESTS, WINDOW_SECONDS
from d365migrate.load.window import WindowReplica

REQUESTS_LIMIT = "0x80072322"
EXECUTION_TIME_LIMIT = "0x80072321"
CONCURRENCY_LIMIT = "0x80072326"
_LIMIT_TEXT = re.compile(
    r"limit of ([\d,.]+) (?:milliseconds )?over (?:a )?time window of ([\d.]+) seconds", re.I)


class Budget:
    """One user's service-protection budget: documented values until a 429 names others.
    Shared by every table a client loads (the server meters the user, not the table)."""

    def __init__(self, exec_ms: float = MAX_EXECUTION_MS, requests: float = MAX_REQUESTS,
                 window: float = WINDOW_SECONDS) -> None:
        self.exec_ms, self.requests, self.window = float(exec_ms), float(requests), window
        self.learned = False
        self.replica = WindowReplica(window)  # what this user's requests put in the window

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
    """The budget learned for one client (one user): shared by the tables it loads."""
    if owner not in _BUDGETS:
        _BUDGETS[owner] = Budget()
    return _BUDGETS[owner]
