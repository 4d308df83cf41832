"""The controller's AIMD and chunk rules, and the pump's handling of 429s and transient errors."""

from __future__ import annotations

import time

import pytest

from d365migrate.dataverse.errors import (
    BadRequest,
    ConnectionLost,
    ServiceProtectionLimit,
    ServiceUnavailable,
)
from d365migrate.load.budget import (
    CONCURRENCY_LIMIT,
    EXECUTION_TIME_LIMIT,
    REQUESTS_LIMIT,
    Budget,
)
from d365migrate.load.pump import Attempt, GiveUp, Pump
from d365migrate.load.throughput import Controller
from pumping import ListSource
from test_loader_fake import FakeDataverse


class Clock:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


def throttle(code: str = EXECUTION_TIME_LIMIT, after: float | None = 2.0, text: str = "limit"
             ) -> ServiceProtectionLimit:
    return ServiceProtectionLimit(text, retry_after=after, status=429, code=code)


EXEC_TEXT = ("Combined execution time of incoming requests exceeded limit of 20,000 milliseconds "
             "over time window of 5 seconds.")


def answered(ctl: Controller, records: int, seconds: float, times: int = 1) -> None:
    for _ in range(times):
        ctl.on_success(records, seconds, in_flight=0)


def test_starts_at_the_documented_budget_capped_by_the_dop_hint():
    ctl = Controller()
    assert ctl.limit == pytest.approx(4)  # 1,200,000 ms / 300 s = 4 flat out
    ctl.seed(2)
    assert ctl.limit == 2 and ctl.in_flight_cap == 2
    wide = Controller()
    wide.seed(50)
    assert wide.limit == pytest.approx(4)
    chosen = Controller(concurrency=7)
    chosen.seed(2)
    assert chosen.limit == 7  # a caller's choice stands


def test_until_the_window_is_known_starts_are_paced_to_a_fractional_parallelism():
    clock = Clock()
    ctl = Controller(clock=clock)
    answered(ctl, 1000, 2.0)
    assert ctl.limit == pytest.approx(4)
    ctl.sent(1000, in_flight=1)  # after a pause one start may catch up ...
    assert ctl.wait_seconds() == 0
    ctl.sent(1000, in_flight=2)  # ... then starts are a request's time over the limit apart
    assert ctl.wait_seconds() == pytest.approx(2.0 / ctl.limit)
    assert not ctl.may_send(2)
    clock.t += 2.0 / ctl.limit
    assert ctl.may_send(2) and not ctl.may_send(ctl.in_flight_cap)


def test_a_429_message_teaches_the_budget_and_shrinks_lumpy_chunks():
    clock = Clock()
    ctl = Controller(clock=clock)
    answered(ctl, 1000, 2.0)
    ctl.on_throttle(throttle(after=1.0, text=EXEC_TEXT), in_flight=4)
    b = ctl.budget
    assert (b.exec_ms, b.window, b.requests, b.learned) == (20_000, 5, 100, True)
    assert ctl.share == 1.0 and ctl.stats.cuts == 1  # learning is not a cut of the share
    assert ctl.chunk == 500  # a request may take a fifth of the window
    assert ctl.limit == pytest.approx(4)
    assert ctl.in_flight_cap == 8  # room a pause leaves may be caught up
    assert ctl.wait_seconds() == 1.0 and not ctl.may_send(0)  # everyone waits Retry-After


def test_repeat_throttles_cut_the_share_once_an_episode_and_quiet_windows_give_back():
    clock = Clock()
    ctl = Controller(budget=Budget(exec_ms=20_000, requests=100, window=5), clock=clock)
    answered(ctl, 250, 0.5)
    for _ in range(6):  # one episode: the first cuts, the rest were already in flight
        ctl.on_throttle(throttle(after=1.0, text=EXEC_TEXT), in_flight=4)
    assert ctl.share == pytest.approx(0.85) and ctl.stats.throttles == 6
    clock.t += 2.0
    ctl.on_throttle(throttle(after=1.0, text=EXEC_TEXT), in_flight=4)
    assert ctl.share == pytest.approx(0.85 ** 2) and ctl.stats.cuts == 2
    cut = ctl.share
    clock.t += 5.0
    answered(ctl, 250, 0.5)  # a quiet window gives back a quarter of a cut
    assert ctl.share == pytest.approx(cut + 0.15 / 4)
    for _ in range(30):
        clock.t += 5.0
        answered(ctl, 250, 0.5)
    assert ctl.share == 1.0
    for _ in range(40):
        clock.t += 10
        ctl.on_throttle(throttle(after=1.0, text=EXEC_TEXT), in_flight=1)
    assert ctl.limit == 1  # never below one request


def test_concurrency_limit_caps_requests_in_flight():
    ctl = Controller(concurrency=52, clock=Clock())
    ctl.on_throttle(throttle(CONCURRENCY_LIMIT, after=0.1, text="Number of concurrent "
                             "requests exceeded the limit of 52."), in_flight=40)
    assert ctl.limit == 39 and ctl.in_flight_cap == 39


def test_chunks_grow_while_the_request_count_binds_and_shrink_on_timeouts():
    clock = Clock()
    ctl = Controller(budget=Budget(exec_ms=20_000, requests=100, window=5),
                     chunk_size=1000, max_chunk=5000, clock=clock)
    answered(ctl, 1000, 0.05)  # 50 µs a record: 20 requests/s would carry only 1 s of work
    assert ctl.chunk == 1501
    for _ in range(10):
        answered(ctl, ctl.chunk, ctl.chunk * 5e-5)
    assert ctl.chunk == 5000  # a fifth of the window would be 20,000: max_chunk stops it
    ctl.on_transient(ConnectionLost("ReadTimeout: timed out"))
    assert ctl.chunk == 2500 and ctl.stats.timeouts == 1
    ctl.on_transient(ServiceUnavailable("503"))
    assert ctl.chunk == 2500
    slow = Controller(chunk_size=100, clock=clock)
    slow.on_throttle(throttle(REQUESTS_LIMIT, text="Number of requests exceeded the limit of "
                              "6000 over time window of 300 seconds."), in_flight=4)
    assert slow.chunk == 200  # fewer, bigger requests


def test_tail_is_split_evenly_over_the_senders():
    ctl = Controller(concurrency=4, chunk_size=1000, min_chunk=10)
    assert ctl.size_for(40_000) == 1000
    assert ctl.size_for(2000) == 500
    assert ctl.size_for(600) == 150
    assert ctl.size_for(300) == 125  # no crumbs: at least an eighth of a chunk
    assert ctl.size_for(30) == 30
    assert ctl.size_for(3000, in_flight=1) == 1000  # over the senders still free
    assert ctl.size_for(1800, in_flight=2) == 900


def test_budget_ignores_messages_it_cannot_read():
    b = Budget()
    assert not b.learn(throttle(text="Too many requests"))
    assert not b.learned and b.parallelism == 4


def test_pump_waits_retry_after_before_sending_again():
    sent: list[tuple[int, float]] = []

    def send(job: int) -> int:
        sent.append((job, time.monotonic()))
        if len(sent) == 1:
            raise throttle(after=0.3)
        return job

    settled: list[int] = []
    pump = Pump(Controller(concurrency=1), send, lambda j: 1)
    pump.run(ListSource([1, 2]), lambda a: settled.append(a.value) or [])
    assert settled == [1, 2] and [j for j, _ in sent] == [1, 1, 2]
    assert sent[1][1] - sent[0][1] >= 0.3
    assert pump.ctl.stats.throttles == 1 and pump.retries == 1


def test_pump_retries_transient_errors_then_gives_up():
    calls = []

    def flaky(job: int) -> int:
        calls.append(job)
        if job == 2 or len(calls) < 3:
            raise ConnectionLost("reset")
        return job

    settled: list[Attempt] = []
    pump = Pump(Controller(concurrency=1), flaky, lambda j: 1, max_attempts=4, base_delay=0.001)
    with pytest.raises(GiveUp, match="4 attempts"):
        pump.run(ListSource([1, 2]), lambda a: settled.append(a) or [])
    assert [a.value for a in settled] == [1] and calls.count(2) == 4


def test_pump_hands_terminal_errors_to_settle_and_queues_follow_ups_first():
    def send(job: str) -> str:
        if job == "bad":
            raise BadRequest("nope", status=400, code="0x80048d19")
        return job

    order: list[str] = []

    def settle(a: Attempt) -> list[str]:
        order.append(a.value if a.ok else f"failed:{a.job}")
        return ["retry-a", "retry-b"] if not a.ok else []

    Pump(Controller(concurrency=1), send, lambda j: 1).run(ListSource(["bad", "x"]), settle)
    assert order == ["failed:bad", "retry-a", "retry-b", "x"]


def two_senders_flat_out(records: int, chunk: int) -> float:
    """The ceiling measured now, on this machine's load: two bare senders, no controller, on a
    fake with the same timing and no limits (records per second)."""
    from concurrent.futures import ThreadPoolExecutor

    peer = FakeDataverse(latency_ms=2, record_ms=1.0, dop_hint=None)
    client = peer.client()
    chunks = [[{"name": f"Name {i}", "new_smartdeskid": f"P{i}"}
               for i in range(start, min(start + chunk, records))]
              for start in range(0, records, chunk)]
    start = time.monotonic()
    with ThreadPoolExecutor(2) as pool:
        list(pool.map(lambda c: client.create_multiple("accounts", "account", c), chunks))
    assert peer.count("accounts") == records
    return records / (time.monotonic() - start)


def test_learns_the_budget_and_holds_under_it(tmp_path):
    """Exec budget 2 ms a ms (two requests flat out), not the documented one the client
    trusts at first: the first refusals (the requests in flight then, at most twice the
    documented parallelism of 4) name the real budget, and the load holds under it at a good
    share of what two bare senders reach in the same run (a ratio, so a busy machine slows
    both and the test still measures the controller, not the CPU)."""
    from d365migrate.load.ledger import Ledger
    from test_loader import loader, staged

    fake = FakeDataverse(window=0.5, max_exec_ms=1000, latency_ms=2, record_ms=1.0,
                         dop_hint=10)
    ld = loader(fake, Ledger(tmp_path / "l.jsonl"), chunk_size=100)
    start = time.monotonic()
    result = ld.load(staged(4000), owner_ids={}, ref_ids={})
    ours = 4000 / (time.monotonic() - start)
    assert result.created == 4000 and fake.count("accounts") == 4000
    assert ld.controller.budget.learned and ld.controller.budget.parallelism == 2
    assert 1 <= ld.controller.limit < 2 and fake.throttled <= 8
    ceiling = two_senders_flat_out(4000, 100)
    print(f"ours {ours:.0f} records/s, two bare senders {ceiling:.0f}: {ours / ceiling:.2f}")
    assert ours > 0.5 * ceiling


def test_a_batch_counts_its_operations_in_the_window_and_admission_uses_the_next_weight():
    clock = Clock()
    budget = Budget(exec_ms=1_000_000, requests=100, window=5)
    budget.learned = True
    ctl = Controller(budget=budget, clock=clock)
    token = ctl.sent(60, in_flight=1, weight=60)
    assert ctl.stats.requests == 1 and ctl.stats.weight == 60 and ctl.last_weight == 60
    assert ctl.replica.started_weight == 60
    assert ctl.may_send(1) and ctl.may_send(1, weight=37)  # 60 + 37 <= 97.5
    assert not ctl.may_send(1, weight=38)
    # unanswered: the 60 leave no sooner than a window after they were sent
    assert ctl.wait_seconds(38) == pytest.approx(5.0)
    clock.t += 0.5
    ctl.finished(token, 0.5)  # answered at 0.5: they leave the window at 5.5
    assert ctl.wait_seconds(38) == pytest.approx(5.0)
    clock.t += 5.0
    assert ctl.may_send(1, weight=38)
    assert ctl.max_weight == 19  # a fifth of the window's requests


def test_weighted_requests_never_grow_chunks_for_the_request_count():
    """Bigger bulk requests save requests; bigger $batch requests do not (each operation
    counts), so the request-count rule that grows chunks leaves them alone."""
    bulk = Controller(budget=Budget(exec_ms=20_000, requests=100, window=5),
                      chunk_size=1000, max_chunk=5000, clock=Clock())
    answered(bulk, 1000, 0.05)
    assert bulk.chunk == 1501
    batched = Controller(budget=Budget(exec_ms=20_000, requests=100, window=5),
                         chunk_size=1000, max_chunk=5000, clock=Clock())
    batched.sent(1000, in_flight=1, weight=1000)
    batched.on_success(1000, 0.05, in_flight=0, weight=1000)
    assert batched.chunk == 1000
    batched.on_throttle(throttle(REQUESTS_LIMIT, text="Number of requests exceeded the limit "
                                 "of 100 over time window of 5 seconds."), in_flight=1)
    assert batched.chunk == 1000  # not doubled: fewer, bigger batches count the same


def test_pump_holds_a_heavy_job_until_its_weight_fits_the_window():
    budget = Budget(exec_ms=1_000_000, requests=10, window=0.4)
    budget.learned = True
    ctl = Controller(budget=budget, concurrency=4)
    starts: list[tuple[int, float]] = []

    def send(job: int) -> int:
        starts.append((job, time.monotonic()))
        return job

    settled: list[int] = []
    pump = Pump(ctl, send, lambda j: j, weight_of=lambda j: float(j))
    pump.run(ListSource([6, 6, 1, 6]), lambda a: settled.append(a.value) or [])
    assert sorted(settled) == [1, 6, 6, 6] and [j for j, _ in starts] == [6, 6, 1, 6]
    t = [s for _, s in starts]
    assert t[1] - t[0] >= 0.35  # 6 + 6 > 9.75: the second waits for the first to leave
    assert t[2] - t[1] < 0.1  # 6 + 1 fits at once
    assert t[3] - t[1] >= 0.35
    assert ctl.stats.requests == 4 and ctl.stats.weight == 19


def test_a_smaller_request_goes_into_room_a_whole_chunk_would_wait_for():
    """Charges leave the window in lumps: rather than wait a second for room for a whole
    chunk, a request half its size uses what is free now (never while the request count
    binds, where smaller requests would spend more of it, nor before the window is known)."""
    clock = Clock()
    budget = Budget(exec_ms=20_000, requests=100, window=5)
    budget.learned = True
    ctl = Controller(budget=budget, chunk_size=500, clock=clock)
    ctl.remaining = 10_000  # not the last round: the window must hold it when it ends
    answered(ctl, 500, 1.0)  # 2 ms a record: a chunk takes 1 s
    ctl.replica.ended(ctl.replica.started(clock.t - 4, 1.0), clock.t - 3, 19.3)
    assert not ctl.may_send(0) and ctl.wait_seconds() == pytest.approx(1.0)  # 19.3 + 1 > 20
    assert ctl.fits_smaller(0) == 250  # 375 records (0.75 s) do not fit, 250 (0.5 s) do
    assert ctl.fits_smaller(ctl.in_flight_cap) == 0
    counted = Controller(budget=Budget(exec_ms=20_000, requests=10, window=5), chunk_size=500,
                         clock=clock)
    counted.budget.learned, counted.remaining = True, 10_000
    answered(counted, 500, 1.0)
    counted.replica.ended(counted.replica.started(clock.t - 4, 1.0), clock.t - 3, 19.3)
    assert counted.fits_smaller(0) == 0  # 2 requests a second bind, not the 4 s of work
    unknown = Controller(chunk_size=500, clock=clock)
    answered(unknown, 500, 1.0)
    assert unknown.fits_smaller(0) == 0


def test_a_chunk_shrunk_by_a_slow_spell_grows_back_but_not_past_the_size_asked_for():
    """On a busy machine a few slow answers shrink the chunk (a request stays within a fifth
    of the window); once answers are quick again it grows back, so the rest of the table does
    not pay a request's fixed cost three times as often. A timeout's halving stays."""
    clock = Clock()
    budget = Budget(exec_ms=20_000, requests=100, window=5)
    budget.learned = True
    ctl = Controller(budget=budget, chunk_size=400, clock=clock)
    answered(ctl, 400, 0.8)  # 2 ms a record: 400 fit in a second
    assert ctl.chunk == 400
    for _ in range(6):
        answered(ctl, ctl.chunk, ctl.chunk * 0.006)  # 6 ms a record for a while
    assert ctl.chunk < 200
    for _ in range(30):
        answered(ctl, ctl.chunk, ctl.chunk * 0.002)
    assert ctl.chunk == 400  # back to the size asked for, never past it
    ctl.on_transient(ConnectionLost("ReadTimeout: timed out"))
    for _ in range(30):
        answered(ctl, ctl.chunk, ctl.chunk * 0.002)
    assert ctl.chunk == 200


def test_a_new_table_sizes_its_first_requests_by_the_rows_each_record_writes():
    # one user's budget learns the time a row takes from the requests of one table...
    budget = Budget(20_000, 100, 5, known=True)
    contacts = Controller(chunk_size=1000, budget=budget)
    assert contacts.expected_seconds(1000) == 0  # nothing known yet: the first round guesses
    answered(contacts, 1000, 2.0)  # 2 ms a row
    assert budget.seconds_per_row == pytest.approx(0.002)
    # ...and the next table's first request is a fifth of the window before any answer when
    # its records write several rows (an activity whose records deep-insert 2.5 parties
    # each: 3.5 a record), not the whole table split over the first round; a plain table
    # (one row a record) starts unsized, as measured fastest (Controller.expect_rows)
    plain = Controller(chunk_size=1000, budget=budget)
    plain.expect_rows(1.0)
    assert plain.chunk == 1000 and plain.expected_seconds(500) == 0
    calls = Controller(chunk_size=1000, budget=budget)
    calls.expect_rows(3.5)
    assert calls.chunk == 142 and calls.size_for(3_000) == 142
    # what the activity's requests measure is learned per row for the tables after it
    answered(calls, 142, 142 * 3.5 * 0.003)
    assert budget.seconds_per_row == pytest.approx(0.7 * 0.002 + 0.3 * 0.003)
    # a read-back's records are no rows written: it neither takes nor teaches that time
    reader = Controller(chunk_size=5000, max_chunk=5000, budget=budget, writes=False)
    assert reader.chunk == 5000 and reader.expected_seconds(5000) == 0
    answered(reader, 5000, 0.1)
    assert budget.seconds_per_row == pytest.approx(0.7 * 0.002 + 0.3 * 0.003)
    # a budget nothing was learned on leaves a controller as it was (sized by its answers)
    fresh = Controller(chunk_size=1000, budget=Budget(20_000, 100, 5, known=True))
    fresh.expect_rows(3.5)
    assert fresh.chunk == 1000 and fresh.expected_seconds(1000) == 0
