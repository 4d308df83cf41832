"""The window replica's three checks, and the controller driven against the emulator's own
service-protection bookkeeping on a simulated clock (deterministic, no sleeping)."""

from __future__ import annotations

import heapq
import sys
import threading

import pytest

from d365migrate.dataverse.errors import ServiceProtectionLimit
from d365migrate.load.budget import Budget
from d365migrate.load.throughput import Controller
from d365migrate.load.window import WindowReplica
from dataverse_emulator import exceptions as emu
from dataverse_emulator.limits import Limits, Protection


def test_request_count_is_judged_at_the_start_counting_each_from_its_answer():
    r = WindowReplica(window=5)
    for t in (0.0, 1.0, 2.0):
        r.ended(r.started(t, 0.1), t + 0.1, 0.1)
    assert r.wait(2.5, 0.1, max_seconds=100, max_requests=4) == 0
    # the first leaves a window after its answer (0.1), not after it was sent
    assert r.wait(2.5, 0.1, max_seconds=100, max_requests=3) == pytest.approx(2.6)


def test_a_slot_is_never_freed_before_the_server_frees_it():
    """The server counts a request from its arrival, somewhere between our send and its
    answer: a slot freed a window after the send let the next request in a moment early,
    and under load the server refused it (a 429 in test_known_limits)."""
    r = WindowReplica(window=1)
    token = r.started(0.0, 0.3)
    # unanswered: not before a window after it was sent
    assert r.wait(0.5, 0.3, max_seconds=100, max_requests=1) == pytest.approx(0.5)
    r.ended(token, 0.3, 0.3)  # answered at 0.3: the server saw it arrive by then
    assert r.wait(1.05, 0.3, max_seconds=100, max_requests=1) == pytest.approx(0.25)
    assert r.wait(1.3, 0.3, max_seconds=100, max_requests=1) == 0
    # one still unanswered holds the count of those sent after it
    r = WindowReplica(window=1)
    slow = r.started(0.0, 5.0)
    r.ended(r.started(0.1, 0.1), 0.2, 0.1)
    assert r.wait(2.0, 0.1, max_seconds=100, max_requests=1) > 0
    r.ended(slow, 2.5, 2.5)
    assert r.wait(3.6, 0.1, max_seconds=100, max_requests=1) == 0


def test_execution_time_now_and_when_the_request_ends():
    r = WindowReplica(window=5)
    r.ended(r.started(0.0, 2.0), 2.0, 2.0)
    r.ended(r.started(1.0, 2.0), 3.0, 2.0)
    # now 3.5: 4 s in the window; a 1 s request ending at 4.5 sees the same two charges
    assert r.wait(3.5, 1.0, max_seconds=5, max_requests=100) == 0
    assert r.wait(3.5, 1.0, max_seconds=4.5, max_requests=100) == pytest.approx(2.5)
    # in flight counts as ended by then: 2 s more is over 6 s until the first charge leaves
    r.started(3.5, 2.0)
    assert r.wait(3.5, 1.0, max_seconds=6, max_requests=100) == pytest.approx(2.5)
    # ... but in the last round nobody comes after, so only what the server checks applies
    assert r.wait(3.5, 1.0, max_seconds=6, max_requests=100, last_round=True) == 0
    # over budget right now (what the server checks on arrival): wait until the charge that
    # ended at 2.0 leaves, at 7.0
    assert r.wait(3.5, 0.0, max_seconds=3, max_requests=100, last_round=True) == \
        pytest.approx(3.5)


def test_a_refused_request_is_not_charged_and_a_new_window_keeps_the_record():
    r = WindowReplica(window=300)
    token = r.started(0.0, 1.0)
    r.ended(token, 0.01, 0.01, charged=False)
    assert r.charged == 0 and r.open_seconds == 0 and len(r.starts) == 1
    r.ended(r.started(1.0, 1.0), 2.0, 1.0)
    r.retime(5)
    assert r.wait(6.5, 0.0, max_seconds=0.5, max_requests=100) == pytest.approx(0.5)
    assert r.wait(7.5, 0.0, max_seconds=0.5, max_requests=100) == 0


def test_a_request_bigger_than_the_budget_is_not_held_back_forever():
    """Alone over budget, it cannot fit the window it ends in; it waits only for what the
    server checks on arrival."""
    r = WindowReplica(window=5)
    r.ended(r.started(0.0, 1.0), 1.0, 1.0)
    assert r.wait(1.0, 10.0, max_seconds=4, max_requests=100) == 0
    r.ended(r.started(1.0, 5.0), 6.0, 5.0)
    assert r.wait(6.0, 10.0, max_seconds=4, max_requests=100) == pytest.approx(5.0)


def simulate(records: int | list[int], limits: Limits, *, batches: bool = False,
             weighted: bool = False, budget: Budget | None = None) -> dict:
    """Our controller against the emulator's ``Protection`` on a simulated clock: a request
    takes latency + cost a record, 429s come back at once; returns what happened.

    ``records`` as a list: tables loaded one after another, each by its own controller on
    the user's one budget (as ``TableLoader`` does), 50 ms apart (reading ids between).
    ``batches``: each request is a change set of one operation a record, admitted as one
    request and then counted operation by operation (as the emulator's ``$batch`` does);
    ``weighted`` tells the controller so."""
    now = [0.0]
    clock = lambda: now[0]  # noqa: E731
    server = Protection(limits, clock=clock)
    budget = budget or Budget()
    landed = refused = seq = 0
    for table in [records] if isinstance(records, int) else records:
        if seq:
            now[0] += 0.05
        ctl = Controller(chunk_size=1000, budget=budget, clock=clock)
        landed, refused, seq = _simulate_table(table, limits, ctl, server, now, batches,
                                               weighted, landed, refused, seq)
    return {"seconds": now[0], "landed": landed, "refused": refused, "ctl": ctl}


def _simulate_table(records: int, limits: Limits, ctl: Controller, server: Protection,
                    now: list[float], batches: bool, weighted: bool, landed: int,
                    refused: int, seq: int) -> tuple[int, int, int]:
    events: list[tuple[float, int, int, object]] = []  # (time, token, records, outcome)
    left = records
    while left or events:
        ctl.remaining = left
        while left:
            n = ctl.size_for(left, len(events))
            if batches:
                n = min(n, 1000, ctl.max_weight)
            weight = n if weighted else 1
            if not ctl.may_send(len(events), weight):
                fit = 0 if weighted else ctl.fits_smaller(len(events))  # as ``Pump._gap``
                if not fit:
                    break
                n = min(n, fit)
            token = ctl.sent(n, len(events) + 1, weight)
            left -= n
            try:
                server.admit("u")
                if batches:
                    server.add_requests("u", n - 1)
                seconds = (limits.latency_ms + limits.record_cost_ms * n) / 1000
                outcome: object = seconds
            except emu.DataverseError as exc:
                seconds, outcome = 0.001, exc
            heapq.heappush(events, (now[0] + seconds, token, n, outcome))
            seq += 1
            ctl.remaining = left
        wait = ctl.wait_seconds()
        if events and (not left or wait == 0 or events[0][0] <= now[0] + wait):
            at, token, n, outcome = heapq.heappop(events)
            now[0] = max(now[0], at)
            if isinstance(outcome, emu.DataverseError):
                refused += 1
                ctl.finished(token, 0.001, charged=False)
                error = ServiceProtectionLimit(
                    outcome.message, status=429, code=outcome.code,
                    retry_after=float(outcome.headers["Retry-After"]))
                ctl.on_throttle(error, len(events) + 1)
                left += n
            else:
                server.release("u", outcome * 1000)
                ctl.finished(token, outcome)
                ctl.on_success(n, outcome, len(events), n if weighted else 1)
                landed += n
        else:
            now[0] += max(wait, 1e-3)
        assert seq < 100_000
    return landed, refused, seq


BENCH = Limits(max_requests=100, window_seconds=5, max_exec_ms=20_000, max_concurrent=52,
               latency_ms=20, record_cost_ms=2)


def test_finds_a_short_window_and_holds_the_ceiling_on_the_emulators_own_rules():
    """The benchmark's limits: 4 server-seconds a second. Starting from the documented
    300 s budget, one throttle teaches the window; after that, no refusal, and the load runs
    within a few percent of what the execution-time limit allows."""
    out = simulate(40_000, BENCH)
    ctl = out["ctl"]
    assert out["landed"] == 40_000
    assert ctl.budget.learned and ctl.budget.window == 5
    assert ctl.stats.cuts == 1  # the learning episode only
    work = 40_000 * BENCH.record_cost_ms / 1000 + ctl.stats.requests * BENCH.latency_ms / 1000
    ceiling_seconds = 40_000 * (BENCH.latency_ms + BENCH.record_cost_ms * 1000) / 1000 / 4000
    assert work / out["seconds"] <= 4.0 + 1e-6  # never more than the limit allows
    assert ceiling_seconds / out["seconds"] > 0.95  # 0.934 before smaller requests filled gaps


def test_the_load_benchmarks_two_tables_hold_the_ceiling():
    """``benchmarks/load_throughput.py``'s shape: 4,000 accounts, then 40,000 contacts by a
    new controller on the same budget (the window the first left behind is the second's).
    The whole execution-time budget is taken (the client's copy charges more than the
    server does, never less): 0.92 of the ceiling with 2.5% held back, 0.98 without."""
    out = simulate([4_000, 40_000], BENCH)
    assert out["landed"] == 44_000
    ceiling_seconds = 44_000 * (BENCH.latency_ms + BENCH.record_cost_ms * 1000) / 1000 / 4000
    assert ceiling_seconds / out["seconds"] > 0.97


def test_with_the_documented_limits_nothing_is_refused():
    """A real org's defaults (300 s window): paced from the start, it never trips."""
    docs = Limits(latency_ms=20, record_cost_ms=2)
    out = simulate(60_000, docs)
    assert out["landed"] == 60_000 and out["refused"] == 0
    assert not out["ctl"].budget.learned


def test_a_weighted_start_counts_as_its_weight():
    """Every operation in a $batch counts against the request limit."""
    r = WindowReplica(window=5)
    r.ended(r.started(0.0, 0.1, weight=5), 0.1, 0.1)
    r.ended(r.started(1.0, 0.1), 1.1, 0.1)
    assert r.started_weight == 6 and len(r.starts) == 2
    assert r.wait(2.0, 0.1, max_seconds=100, max_requests=10, weight=4) == 0
    # five more do not fit until the batch of five has left the window (at 5.1, a window
    # after its answer)
    assert r.wait(2.0, 0.1, max_seconds=100, max_requests=10, weight=5) == pytest.approx(3.1)
    # ten need the single start to leave too (at 6.1)
    assert r.wait(2.0, 0.1, max_seconds=100, max_requests=10, weight=10) == pytest.approx(4.1)
    assert r.wait(5.5, 0.1, max_seconds=100, max_requests=10, weight=9) == 0
    assert r.started_weight == 1  # the batch left the window


def test_a_start_heavier_than_the_budget_waits_for_an_empty_window():
    r = WindowReplica(window=5)
    r.ended(r.started(1.0, 0.1), 1.1, 0.1)
    assert r.wait(2.0, 0.1, max_seconds=100, max_requests=10, weight=50) == pytest.approx(4.1)
    assert r.wait(6.2, 0.1, max_seconds=100, max_requests=10, weight=50) == 0


def test_batches_weighted_by_their_operations_hold_the_request_ceiling():
    """100 requests a 5 s window, every operation counted: 20 records a second at most. From
    the documented budget, a throttle or two teach the window; with it known, batches weighted
    by their operations run at the ceiling and are never refused, where the same batches
    counted as one request each are refused again and again."""
    learning = simulate(1_000, BENCH, batches=True, weighted=True)
    ctl = learning["ctl"]
    assert learning["landed"] == 1_000 and learning["refused"] <= 3
    assert ctl.budget.learned and ctl.budget.requests == 100
    assert ctl.chunk <= 1000 and ctl.max_weight == 19  # never grown; a fifth of the window

    def known() -> Budget:
        budget = Budget(exec_ms=BENCH.max_exec_ms, requests=BENCH.max_requests,
                        window=BENCH.window_seconds)
        budget.learned = True
        return budget

    weighted = simulate(1_000, BENCH, batches=True, weighted=True, budget=known())
    assert weighted["landed"] == 1_000 and weighted["refused"] == 0
    assert weighted["ctl"].stats.weight == 1_000
    ceiling_seconds = 1_000 / (BENCH.max_requests / BENCH.window_seconds)
    assert 0.85 < ceiling_seconds / weighted["seconds"] <= 1.0
    unweighted = simulate(1_000, BENCH, batches=True, weighted=False, budget=known())
    assert unweighted["landed"] == 1_000 and unweighted["refused"] >= 10


def test_two_threads_pacing_one_window_keep_its_totals() -> None:
    """A phase's closes pace against the window from a background thread while the next
    phase loads: the running totals must stay the sums of what the window holds."""
    replica = WindowReplica(1e9)
    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)

    def work() -> None:
        for i in range(20_000):
            token = replica.started(float(i), 0.1)
            replica.wait(float(i), 0.1, 1e12, 1e12)
            replica.ended(token, float(i), 0.1)

    try:
        threads = [threading.Thread(target=work) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(old)
    assert len(replica.starts) == 80_000 and len(replica.charges) == 80_000
    assert replica.started_weight == pytest.approx(80_000)
    assert replica.charged == pytest.approx(8_000)
    assert not replica.open and replica.open_seconds == 0.0
