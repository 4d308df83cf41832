"""Service-protection and simulation settings; the defaults are the documented real limits."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    """Per-user limits over a sliding window (PAD ``api-limits.md``) plus simulation knobs.

    ``latency_ms`` is added to every request and ``record_cost_ms`` per record written; both
    count toward the combined execution time, so a client sees the same back-pressure a real
    org gives. ``fault_rate`` is the probability of a transient 503 or a dropped connection.
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
