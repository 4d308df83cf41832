"""The org's service-protection limits known from the start (``load.service_protection``, else
the documented ones): parsed with errors naming the key, recorded in ``run.json``, carried by
the client to the controller, and, against the emulator at scaled-down limits, a load given
them meets no 429 with exact counts (where the same load not given them is refused)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import httpx
import polars as pl
import pytest
import yaml

from d365migrate.dataverse import DataverseClient, StaticToken
from d365migrate.dataverse.limits import DOCUMENTED, ServiceProtection
from d365migrate.load.budget import Budget, budget_for
from d365migrate.load.ledger import Ledger
from d365migrate.load.loader import TableLoader
from d365migrate.load.org_records import ensure_source_id_column, existing_ids
from d365migrate.load.throughput import Controller
from d365migrate.run.context import RunContext, write_run_json
from d365migrate.run.parameters import ParametersError, load_parameters
from d365migrate.staging.stage import SOURCE_ID, SOURCE_ROW
from dataverse_emulator import create_app
from dataverse_emulator.limits import Limits
from engagements import demo_parameters
from test_service_window import BENCH, simulate

COLUMN = "new_smartdeskid"
BASE = "http://dataverse.emulator/"
SMALL = Limits(max_requests=40, window_seconds=1, max_exec_ms=1500, max_concurrent=52,
               latency_ms=5, record_cost_ms=1)
SMALL_STATED = ServiceProtection(requests=40, execution_seconds=1.5, window_seconds=1,
                                 concurrent=52, source="parameters")


def params_with(tmp_path: Path, value: object) -> Path:
    path = demo_parameters(tmp_path, "limits", seed=None)
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    raw.setdefault("load", {})["service_protection"] = value
    raw["destination"] = {"url": None}  # the embedded emulator, no export read to seed users
    path.write_text(yaml.safe_dump(raw), encoding="utf-8")
    return path


def test_parameters_state_the_orgs_limits_and_run_json_records_them(tmp_path):
    path = params_with(tmp_path, {"requests": 6000, "execution_seconds": 1200,
                                  "window_seconds": 300, "concurrent": 52})
    params = load_parameters(path)
    assert params.service_protection == ServiceProtection(6000, 1200.0, 300.0, 52,
                                                          "parameters")
    partial = load_parameters(params_with(tmp_path / "partial",
                                          {"requests": 100, "window_seconds": 5}))
    assert (partial.service_protection.requests, partial.service_protection.window_seconds,
            partial.service_protection.execution_seconds) == (100, 5.0, 1200.0)
    ctx = RunContext.open(path, tmp_path / "runs" / "limits" / "r1")
    write_run_json(ctx.folder, ctx.params, ctx.destination)
    recorded = json.loads(ctx.folder.run_json.read_text(encoding="utf-8"))
    assert recorded["service_protection"] == {"requests": 6000, "execution_seconds": 1200.0,
                                              "window_seconds": 300.0, "concurrent": 52,
                                              "source": "parameters"}
    assert ctx.client.service_limits == params.service_protection


def test_without_the_key_the_documented_limits_are_used_and_recorded(tmp_path):
    path = demo_parameters(tmp_path, "plain", seed=None)
    params = load_parameters(path)
    assert params.service_protection == DOCUMENTED
    ctx = RunContext.open(path, tmp_path / "runs" / "plain" / "r1")
    write_run_json(ctx.folder, ctx.params, ctx.destination)
    recorded = json.loads(ctx.folder.run_json.read_text(encoding="utf-8"))
    assert recorded["service_protection"] == {"requests": 6000, "execution_seconds": 1200.0,
                                              "window_seconds": 300.0, "concurrent": 52,
                                              "source": "documented"}


@pytest.mark.parametrize(("value", "named"), [
    ({"requests": -5}, "load.service_protection.requests must be a whole number above 0"),
    ({"requests": 10.5}, "load.service_protection.requests must be a whole number above 0"),
    ({"execution_seconds": "lots"}, "load.service_protection.execution_seconds must be a "
                                    "number of seconds above 0, not 'lots'"),
    ({"window_seconds": 0}, "load.service_protection.window_seconds must be a number"),
    ({"concurrent": True}, "load.service_protection.concurrent must be a whole number"),
    ({"request": 6000}, "load.service_protection.request is not a service-protection limit"),
    (6000, "load.service_protection must be a mapping of limits"),
])
def test_a_bad_limit_names_its_key(tmp_path, value, named):
    with pytest.raises(ParametersError, match=named.replace(".", r"\.")):
        load_parameters(params_with(tmp_path, value))


def test_a_clients_budget_is_known_from_its_limits_or_the_documented_ones():
    stated = DataverseClient(BASE, StaticToken("t"), service_limits=SMALL_STATED)
    plain = DataverseClient(BASE, StaticToken("t"))
    try:
        b = budget_for(stated)
        assert (b.requests, b.exec_ms, b.window, b.concurrent) == (40, 1500, 1, 52)
        assert b.known and not b.learned and b.source == "parameters"
        d = budget_for(plain)
        assert (d.requests, d.exec_ms, d.window) == (6000, 1_200_000, 300)
        assert d.known and d.source == "documented"
        # known: no dop-hint cap, and twice the parallelism may be in flight
        ctl = Controller(budget=d)
        ctl.seed(2)
        assert ctl.limit == pytest.approx(4) and ctl.in_flight_cap == 8
        # a bare budget is unconfirmed: the hint caps it until a 429 names the limits
        bare = Controller(budget=Budget())
        bare.seed(2)
        assert bare.limit == 2 and not bare.budget.known
        # the user's concurrency limit caps requests in flight
        assert Controller(budget=Budget.of(ServiceProtection(concurrent=3))).cap_in_flight == 3
    finally:
        stated.close()
        plain.close()


def test_the_benchmarks_two_tables_with_known_limits_are_never_refused():
    """``benchmarks/load_throughput.py``'s shape on the emulator's own rules (simulated
    clock): with the limits stated, no 429, and within a few percent of the ceiling."""
    stated = ServiceProtection(requests=BENCH.max_requests,
                               execution_seconds=BENCH.max_exec_ms / 1000,
                               window_seconds=BENCH.window_seconds,
                               concurrent=BENCH.max_concurrent, source="parameters")
    out = simulate([4_000, 40_000], BENCH, budget=Budget.of(stated))
    assert out["landed"] == 44_000 and out["refused"] == 0
    assert not out["ctl"].budget.learned
    ceiling_seconds = 44_000 * (BENCH.latency_ms + BENCH.record_cost_ms * 1000) / 1000 / 4000
    assert ceiling_seconds / out["seconds"] > 0.97


def load(tmp_path: Path, limits: ServiceProtection | None) -> tuple[dict, dict, int, int]:
    """3,000 accounts into an emulator at ``SMALL`` limits by a client given ``limits``;
    the load's summary, the emulator's count of what it refused, and the org's counts."""
    app = create_app(tmp_path / "org.sqlite", limits=SMALL)
    transport = httpx.WSGITransport(app=app)
    with DataverseClient(BASE, StaticToken("t"), transport=transport,
                         service_limits=limits) as client:
        table = ensure_source_id_column(client, client.entity_definition("account"), COLUMN)
        # the schema change is not paced (nor is it on a real org, where one window is five
        # minutes): let its execution time leave the server's 1 s window first
        time.sleep(SMALL.window_seconds + 0.2)
        staged = pl.DataFrame([{SOURCE_ID: f"A{i:05d}", SOURCE_ROW: i + 2,
                                "name": f"Account {i}"} for i in range(3000)])
        result = TableLoader(client, table, source_id_column=COLUMN,
                             ledger=Ledger(tmp_path / "ledger.jsonl"), chunk_size=100,
                             progress=False).load(staged, owner_ids={}, ref_ids={})
        with httpx.Client(transport=transport, base_url=BASE) as http:  # before the checks:
            users = http.get("/_emulator/requests").json()["users"]  # they are not paced
        refused = sum(u["throttled"] for u in users.values())
        in_org = existing_ids(client, table, COLUMN)
        total = client.count("accounts", "accountid")
    assert result.created == 3000 and result.failed.height == 0
    return result.stats, {"refused": refused}, total, len(in_org)


def test_a_load_given_the_orgs_limits_meets_no_429_and_counts_exactly(tmp_path):
    stats, server, total, distinct = load(tmp_path / "stated", SMALL_STATED)
    assert server["refused"] == 0 and stats["throttled_429"] == 0
    assert total == distinct == 3000
    assert stats["budget"]["from_server"] is False
    assert (stats["budget"]["requests"], stats["budget"]["window_seconds"]) == (40, 1)


def test_the_same_load_not_given_them_learns_them_from_a_429(tmp_path):
    """The documented limits are trusted until the emulator's scaled-down ones refuse a
    request: its message names them, they replace the budget, and the counts stay exact."""
    stats, server, total, distinct = load(tmp_path / "documented", None)
    assert server["refused"] >= 1 and stats["throttled_429"] == server["refused"]
    assert total == distinct == 3000
    assert stats["budget"]["from_server"] is True


def test_the_window_is_charged_the_servers_wait_not_the_clients_own_work(tmp_path):
    """Over a socket, the client times each exchange from its last byte sent to the answer's
    headers: at least the server's simulated time, no more than the whole call; on an
    in-process transport (no trace events) there is nothing to time and the caller falls
    back to send-to-answer."""
    import threading

    from werkzeug.serving import make_server

    from d365migrate.dataverse.client import server_wait, start_server_wait

    app = create_app(tmp_path / "org.sqlite", limits=Limits(latency_ms=60, record_cost_ms=0))
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        with DataverseClient(f"http://127.0.0.1:{server.server_port}/", StaticToken("t")) as c:
            c.count("accounts", "accountid")  # the connection is open before the timing
            start_server_wait()
            began = time.monotonic()
            c.create("accounts", {"name": "Timed"})
            whole = time.monotonic() - began
            waited = server_wait()
        # The client's "sent" event is recorded just after the last byte leaves, by which
        # time the server may already be sleeping: allow 5 ms of scheduling before it.
        assert waited is not None and 0.055 <= waited <= whole
    finally:
        server.shutdown()
        thread.join(5)
    with DataverseClient(BASE, StaticToken("t"), transport=httpx.WSGITransport(app=app)) as c:
        start_server_wait()
        c.create("accounts", {"name": "Untimed"})
        assert server_wait() is None


def test_a_rollback_paces_to_the_limits_its_run_recorded(tmp_path, monkeypatch):
    """``d365migrate rollback`` connects from ``run.json``: its client gets the limits the
    run paced to, so deleting is paced to the same org limits."""
    from d365migrate.verify import rollback

    path = params_with(tmp_path, {"requests": 100, "execution_seconds": 20,
                                  "window_seconds": 5})
    ctx = RunContext.open(path, tmp_path / "runs" / "limits" / "r1")
    write_run_json(ctx.folder, ctx.params, ctx.destination)
    made: list[DataverseClient] = []
    real = rollback.connect

    def connect(*args: object, **kw: object) -> DataverseClient:
        made.append(real(*args, **kw))  # type: ignore[arg-type]
        return made[-1]

    monkeypatch.setattr(rollback, "connect", connect)
    rollback.rollback_run(ctx.run_dir, progress=False)
    assert made and made[0].service_limits == ServiceProtection(100, 20.0, 5.0, 52, "parameters")
