"""Service protection (429 + Retry-After), simulated latency and injected faults."""

from __future__ import annotations

import threading
import time

import httpx

from dataverse_emulator import Limits, create_app
from dataverse_emulator.limits import Protection

from .conftest import make_client


def test_request_count_limit(limited_app: object) -> None:
    with make_client(limited_app) as c:
        codes = [c.get("WhoAmI").status_code for _ in range(7)]
        assert codes[:5] == [200] * 5 and codes[5] == 429
        r = c.get("WhoAmI")
        assert r.json()["error"]["code"] == "0x80072322"
        assert r.json()["error"]["message"].startswith(
            "Number of requests exceeded the limit of 5 over time window of 60 seconds.")
        assert int(r.headers["Retry-After"]) >= 1
        assert r.headers["x-ms-dop-hint"]


def test_execution_time_limit_with_simulated_cost(tmp_path) -> None:
    # a request is charged its simulated cost or its real time, whichever is longer: the
    # costs dwarf what a first write into a fresh database takes on a busy machine
    app = create_app(tmp_path / "s.sqlite", limits=Limits(max_exec_ms=400, record_cost_ms=250))
    with make_client(app) as c:
        t0 = time.perf_counter()
        assert c.post("accounts", json={"name": "a"}).status_code == 204
        assert time.perf_counter() - t0 >= 0.25
        assert c.post("accounts/Microsoft.Dynamics.CRM.CreateMultiple",
                      json={"Targets": [{"name": "b"}, {"name": "c"}]}).status_code == 200
        r = c.get("WhoAmI")
        assert r.status_code == 429
        assert r.json()["error"]["code"] == "0x80072321"
        assert r.json()["error"]["message"].startswith(
            "Combined execution time of incoming requests exceeded limit of 400 milliseconds")
        assert int(r.headers["Retry-After"]) >= 1


def test_concurrency_limit(tmp_path) -> None:
    app = create_app(tmp_path / "s.sqlite", limits=Limits(max_concurrent=2, latency_ms=300))
    results: list[int] = []

    def call() -> None:
        with make_client(app) as c:
            results.append(c.get("WhoAmI").status_code)

    threads = [threading.Thread(target=call) for _ in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results.count(200) == 2 and results.count(429) == 3


def test_sliding_window_releases() -> None:
    now = [0.0]
    p = Protection(Limits(max_requests=2, window_seconds=10), clock=lambda: now[0])
    p.admit("u")
    p.release("u", 1)
    p.admit("u")
    p.release("u", 1)
    try:
        p.admit("u")
        raise AssertionError("should have been throttled")
    except Exception as exc:  # noqa: BLE001
        assert getattr(exc, "status", None) == 429
        assert exc.headers["Retry-After"] == "10"
    now[0] = 10.5
    p.admit("u")


def test_fault_injection_is_seeded(tmp_path) -> None:
    def run(seed: int) -> list[int]:
        app = create_app(tmp_path / f"f{seed}.sqlite", limits=Limits(fault_rate=0.5), seed=seed)
        with make_client(app) as c:
            return [c.get("WhoAmI").status_code for _ in range(20)]

    a, b = run(7), run(7)
    assert a == b
    assert 503 in a and 200 in a


def test_latency(tmp_path) -> None:
    app = create_app(tmp_path / "s.sqlite", limits=Limits(latency_ms=50))
    with make_client(app) as c:
        t0 = time.perf_counter()
        c.get("WhoAmI")
        assert time.perf_counter() - t0 >= 0.05


def test_dop_hint_on_errors(client: httpx.Client) -> None:
    assert client.get("nosuch").headers["x-ms-dop-hint"] == "4"


def test_a_batch_is_one_request_and_its_parts_are_charged_execution_time(tmp_path) -> None:
    """``api-limits.md``: a batch of up to 1,000 operations "will avoid the number of requests
    limit", not the execution-time limit: 50 creates in one batch count as one request of
    five, and their cost is charged to the window."""
    from .test_batch import batch, http_part, statuses

    app = create_app(tmp_path / "s.sqlite", limits=Limits(
        max_requests=5, window_seconds=60, max_exec_ms=60_000, record_cost_ms=2))
    with make_client(app) as c:
        r = batch(c, [[http_part("POST", "accounts", {"name": f"a{i}"}) for i in range(50)]])
        assert r.status_code == 200 and statuses(r) == [204] * 50
        assert int(r.headers["x-ms-ratelimit-burst-remaining-xrm-requests"]) == 4
        assert float(r.headers["x-ms-ratelimit-time-remaining-xrm-requests"]) <= 60_000 - 100
        assert [c.get("WhoAmI").status_code for _ in range(5)] == [200] * 4 + [429]


def test_writes_and_execution_time_charged_per_user(tmp_path) -> None:
    """``/_emulator/requests`` counts every row a request writes (an activity's parties, a
    batch's parts) and the execution time charged, so a benchmark can measure the work the
    limits meter, not only the records it asked for."""
    from .test_batch import batch, http_part

    app = create_app(tmp_path / "w.sqlite", limits=Limits(latency_ms=5, record_cost_ms=1))
    with make_client(app) as c:
        email = {"subject": "Hi", "email_activity_parties": [
            {"participationtypemask": 1, "addressused": "a@example.com"},
            {"participationtypemask": 2, "addressused": "b@example.com"}]}
        assert batch(c, [[http_part("POST", "emails", email, "1"),
                          http_part("POST", "emails", email, "2")]]).status_code == 200
        assert c.post("accounts/Microsoft.Dynamics.CRM.CreateMultiple", json={"Targets": [
            {"name": "b", "@odata.type": "Microsoft.Dynamics.CRM.account"},
            {"name": "c", "@odata.type": "Microsoft.Dynamics.CRM.account"}]}).status_code == 200
        c.get("accounts")
        users = c.get("http://dataverse.local/_emulator/requests").json()["users"]
    (counts,) = users.values()
    assert counts["writes"] == 2 * 3 + 2  # two emails and their four parties, two accounts
    assert counts["exec_ms"] >= 3 * 5 + 8 * 1  # three requests' latency and eight records
