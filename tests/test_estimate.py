"""Load estimates from documented limits: the binding limit, durations, daily entitlement."""

from __future__ import annotations

import pytest

from d365migrate.load.estimate import ServiceLimits, ceiling, daily_entitlement, estimate_load

BENCH = ServiceLimits(max_requests=100, window_seconds=5, max_exec_ms=20_000, max_concurrent=52,
                      latency_ms=20, record_cost_ms=2)


def test_execution_time_binds_bulk_creates():
    top = ceiling(BENCH, 1000)
    assert top["bound"] == "execution_time"
    assert top["records_per_second"] == pytest.approx(4000 / 2020 * 1000)


def test_request_count_binds_small_chunks():
    top = ceiling(BENCH, 5)
    assert top["bound"] == "requests" and top["records_per_second"] == pytest.approx(100)


def test_real_org_defaults_and_entitlement():
    est = estimate_load({"account": 50_000, "contact": 200_000})
    assert est["bound"] == "execution_time"
    # 4,000 exec-ms a second over 10.1 s a 1,000-record call: ~396 records a second
    assert est["records_per_second"] == pytest.approx(396.0, abs=0.1)
    assert est["seconds"] == pytest.approx(250_000 / 396.04, rel=1e-3)
    assert est["tables"]["contact"]["requests"] == 200 + 41
    assert est["entitlement"]["requests"] == 250_000 + 11 + 41
    assert est["entitlement"]["per_day"] == 40_000 and not est["entitlement"]["within_one_day"]
    assert est["entitlement"]["days"] == pytest.approx(6.26, abs=0.01)


def test_more_users_scale_throughput_and_entitlement():
    one = estimate_load({"contact": 100_000}, limits=BENCH)
    four = estimate_load({"contact": 100_000}, limits=BENCH, users=4)
    assert four["seconds"] == pytest.approx(one["seconds"] / 4, rel=0.01)
    assert four["entitlement"]["per_day"] == 160_000


def test_app_users_draw_from_the_tenant_pool():
    assert daily_entitlement(licences=20) == 600_000
    assert daily_entitlement(licences=10_000) == 10_000_000
    est = estimate_load({"contact": 550_000}, licences=20)
    assert est["entitlement"]["within_one_day"]


def test_accepts_any_object_with_the_limit_fields():
    class EmulatorLimits:
        max_requests, window_seconds, max_exec_ms = 100, 5.0, 20_000
        max_concurrent, latency_ms, record_cost_ms, fault_rate = 52, 20.0, 2.0, 0.05

    assert estimate_load({"contact": 1000}, limits=EmulatorLimits())["limits"] == \
        estimate_load({"contact": 1000}, limits=BENCH)["limits"]


def test_identities_needed_for_a_window_by_limits_and_by_entitlement():
    from d365migrate.load.estimate import identities_needed

    one = estimate_load({"contact": 1_000_000}, limits=BENCH)
    plan = identities_needed({"contact": 1_000_000}, one["hours"] / 3.5, limits=BENCH,
                             licences=20)
    assert plan["by_service_protection"] == 4 and plan["identities"] == 4
    assert plan["hours"] <= plan["window_hours"] and plan["by_entitlement"] is None
    assert plan["entitlement"]["per_day"] == 600_000  # the tenant pool: more users add none
    assert not plan["entitlement"]["within_window"] and plan["entitlement"]["days_needed"] == 2
    # licensed users bring 40,000 requests a day each: the entitlement asks for 26 of them
    licensed = identities_needed({"contact": 1_000_000}, 24, limits=BENCH)
    assert licensed["by_entitlement"] == 26 and licensed["identities"] == 26
    assert licensed["entitlement"]["within_window"]
    with pytest.raises(ValueError):
        identities_needed({"contact": 1}, 0)


def test_closes_are_counted_as_writes_and_requests() -> None:
    """Closing 2,000 of 4,000 deals after their load: half as much again in time, two more
    requests at 1,000 a chunk, 2,000 more operations of the daily entitlement."""
    plain = estimate_load({"opportunity": 4000}, limits=BENCH)
    closed = estimate_load({"opportunity": 4000}, limits=BENCH,
                           closes={"opportunity": 2000})
    a, b = plain["tables"]["opportunity"], closed["tables"]["opportunity"]
    assert b["closes"] == 2000 and "closes" not in a
    assert b["requests"] == a["requests"] + 2
    assert b["entitlement_requests"] == a["entitlement_requests"] + 2000
    assert b["seconds"] == pytest.approx(a["seconds"] * 1.5, rel=0.02)
