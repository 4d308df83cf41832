"""What a load will cost before it runs: time at the service-protection ceiling, and the share
of the daily request entitlement it uses.

Two different meters run at once (reference ``dataverse-web-api.md``): service protection
counts each bulk call as one request, per user over a sliding window, and caps combined
execution time; the daily entitlement counts every *record* in a bulk call. The first sets the
wall time, the second says whether the tenant has the capacity that day.

The execution cost of a request is a model, ``latency_ms + record_cost_ms * records``. The
defaults are a guess for standard tables (CreateMultiple of 1,000 contacts in ~10 s); the
loader's per-table summary reports ``ms_per_record``, so put a measured value here.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Any

from d365migrate.dataverse.limits import (
    DAILY_PER_LICENCE,
    MAX_CONCURRENT,
    MAX_EXECUTION_MS,
    MAX_REQUESTS,
    TENANT_POOL_BASE,
    TENANT_POOL_CAP,
    TENANT_POOL_PER_LICENCE,
    WINDOW_SECONDS,
)

READ_PAGE = 5_000  # records a page when the loader reads existing ids


@dataclass(frozen=True)
class ServiceLimits:
    """Per-user service protection limits plus the cost model; the defaults are Dataverse's.

    Field names match ``dataverse_emulator.limits.Limits`` so either can be passed.
    """

    max_requests: int = MAX_REQUESTS
    window_seconds: float = WINDOW_SECONDS
    max_exec_ms: float = MAX_EXECUTION_MS
    max_concurrent: int = MAX_CONCURRENT
    latency_ms: float = 100.0
    record_cost_ms: float = 10.0


def _limits(limits: Any) -> ServiceLimits:
    fields = ServiceLimits.__dataclass_fields__
    return ServiceLimits(**{k: getattr(limits, k) for k in fields if hasattr(limits, k)})


def ceiling(limits: Any = None, chunk_size: int = 1000) -> dict[str, Any]:
    """Records a second one user can sustain with this chunk size, and the limit that binds.

    Requests a window cap calls; execution ms a window over ms a call caps calls again;
    52 calls in flight cap them a third time. The smallest wins.
    """
    lim = _limits(limits or ServiceLimits())
    per_call_ms = lim.latency_ms + lim.record_cost_ms * chunk_size
    calls = {"requests": lim.max_requests / lim.window_seconds}
    if per_call_ms > 0:
        calls["execution_time"] = lim.max_exec_ms / lim.window_seconds / per_call_ms
        calls["concurrency"] = lim.max_concurrent * 1000 / per_call_ms
    bound = min(calls, key=calls.__getitem__)
    return {"records_per_second": calls[bound] * chunk_size, "requests_per_second": calls[bound],
            "bound": bound, "ms_per_request": per_call_ms}


def daily_entitlement(users: int = 1, licences: int | None = None) -> int:
    """Requests a day: 40,000 per licensed user, or the tenant pool app users draw from."""
    if licences is None:
        return DAILY_PER_LICENCE * users
    return min(TENANT_POOL_CAP, TENANT_POOL_BASE + TENANT_POOL_PER_LICENCE * licences)


def estimate_load(records_per_table: dict[str, int], *, limits: Any = None,
                  chunk_size: int = 1000, users: int = 1,
                  licences: int | None = None,
                  closes: dict[str, int] | None = None) -> dict[str, Any]:
    """Expected duration and requests of a load, table by table (tables load one after another).

    ``users`` is how many identities load in parallel (service protection is per user);
    pass ``licences`` when an application user loads, so the entitlement is the tenant pool
    (500,000 + 5,000 a licence) instead of 40,000 a licensed user. ``closes``: records per
    table closed after their load (``load.closes``: UpdateMultiple, or ``$batch`` requests of
    Win/LoseOpportunity and CloseIncident calls, each batch one request): each close is one
    more record written, in chunks like the load's, and one operation of the entitlement.
    """
    lim = _limits(limits or ServiceLimits())
    top = ceiling(lim, chunk_size)
    rate = top["records_per_second"] * max(1, users)
    tables: dict[str, dict[str, Any]] = {}
    for table, n in records_per_table.items():
        closed = (closes or {}).get(table, 0)
        calls = math.ceil(n / chunk_size) + math.ceil(closed / chunk_size)
        reads = math.ceil(n / READ_PAGE) + 1  # existing ids before, verification after
        tables[table] = {"records": n, "requests": calls + reads,
                         "entitlement_requests": n + closed + reads,
                         "seconds": round((n + closed) / rate, 1) if rate else math.inf}
        if closed:
            tables[table]["closes"] = closed
    records = sum(t["records"] for t in tables.values())
    seconds = sum(t["seconds"] for t in tables.values())
    used = sum(t["entitlement_requests"] for t in tables.values())
    daily = daily_entitlement(users, licences)
    return {
        "tables": tables, "records": records,
        "requests": sum(t["requests"] for t in tables.values()),
        "seconds": round(seconds, 1), "hours": round(seconds / 3600, 2),
        "records_per_second": round(rate, 1), "bound": top["bound"],
        "chunk_size": chunk_size, "users": users,
        "entitlement": {"requests": used, "per_day": daily,
                        "days": round(used / daily, 2) if daily else math.inf,
                        "within_one_day": used <= daily},
        "limits": asdict(lim),
    }


def identities_for_window(seconds_one_identity: float, window_hours: float) -> int:
    """Identities that bring a load of this many seconds (one identity) within the window:
    each brings its own service-protection budget, so the time divides by their number."""
    if window_hours <= 0:
        raise ValueError("window_hours must be positive")
    return max(1, math.ceil(seconds_one_identity / (window_hours * 3600) - 1e-9))


def identities_needed(records_per_table: dict[str, int], window_hours: float, *,
                      limits: Any = None, chunk_size: int = 1000,
                      licences: int | None = None) -> dict[str, Any]:
    """How many application users (identities) a load needs to finish within
    ``window_hours``, by service protection (each identity brings its own budget, so the
    load's time divides by their number) and by the daily entitlement.

    Licensed users (``licences`` None) bring 40,000 requests a day each, so the entitlement
    may call for more of them; application users draw from one tenant pool, which more
    identities do not grow: when the pool is too small for the window, no number of
    identities (nor of machines) helps, and the result says how many days the pool needs.
    """
    one = estimate_load(records_per_table, limits=limits, chunk_size=chunk_size, users=1,
                        licences=licences)
    by_limits = identities_for_window(one["seconds"], window_hours)
    used = one["entitlement"]["requests"]
    days = max(1, math.ceil(window_hours / 24))  # entitlement days the window touches
    by_entitlement: int | None = None
    if licences is None:
        by_entitlement = max(1, math.ceil(used / (DAILY_PER_LICENCE * days)))
    n = max(by_limits, by_entitlement or 1)
    plan = estimate_load(records_per_table, limits=limits, chunk_size=chunk_size, users=n,
                         licences=licences)
    per_day = plan["entitlement"]["per_day"]
    return {
        "identities": n, "window_hours": window_hours,
        "by_service_protection": by_limits, "by_entitlement": by_entitlement,
        "hours_one_identity": one["hours"], "hours": plan["hours"],
        "records_per_second": plan["records_per_second"],
        "entitlement": {"requests": used, "per_day": per_day, "days_in_window": days,
                        "within_window": used <= per_day * days,
                        "days_needed": math.ceil(used / per_day) if per_day else None},
    }
