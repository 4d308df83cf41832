"""Several application users loading one org: each identity its own window and share of the
chunks, a throttled identity pausing alone, and the ledger, resume and rollback exact whoever
wrote a record. Runs against the in-process emulator, where each bearer token is a user."""

from __future__ import annotations

import json
import time
from pathlib import Path

import httpx
import polars as pl
import pytest
import yaml

from d365migrate.dataverse import DataverseClient, StaticToken
from d365migrate.dataverse.destination import Destination
from d365migrate.dataverse.errors import ServiceProtectionLimit
from d365migrate.dataverse.identities import (
    IdentitySpec,
    connect_identities,
    embedded_token,
    parse_identities,
    token_for,
)
from d365migrate.load.ledger import Ledger
from d365migrate.load.loader import TableLoader
from d365migrate.load.org_records import ensure_source_id_column, existing_ids
from d365migrate.load.pump import Lane, Pump
from d365migrate.load.throughput import Controller
from d365migrate.run.context import RunContext
from d365migrate.run.parameters import ParametersError, load_parameters
from d365migrate.staging.stage import SOURCE_ID, SOURCE_ROW
from d365migrate.verify.rollback import settle_pending
from dataverse_emulator import create_app
from dataverse_emulator.limits import Limits
from pumping import ListSource

COLUMN = "new_smartdeskid"
BASE = "http://dataverse.emulator/"
TOKENS = ["id-1", "id-2", "id-3"]


def rows(n: int) -> pl.DataFrame:
    return pl.DataFrame([{SOURCE_ID: f"A{i:05d}", SOURCE_ROW: i + 2, "name": f"Account {i}"}
                         for i in range(n)])


def org(tmp_path: Path, limits: Limits | None = None):
    app = create_app(tmp_path / "org.sqlite", tokens=TOKENS, limits=limits)
    transport = httpx.WSGITransport(app=app)

    def client(token: str) -> DataverseClient:
        return DataverseClient(BASE, StaticToken(token), transport=transport)
    return app, transport, client


def requests_by_user(transport: httpx.WSGITransport) -> dict[str, dict]:
    with httpx.Client(transport=transport, base_url=BASE) as http:
        return http.get("/_emulator/requests").json()["users"]


def test_a_throttled_identity_pauses_alone_and_its_job_goes_to_another():
    sent: list[tuple[str, int, float]] = []

    def sender(name: str):
        def send(job: int) -> int:
            sent.append((name, job, time.monotonic()))
            if name == "a" and len([s for s in sent if s[0] == "a"]) == 1:
                raise ServiceProtectionLimit("limit", retry_after=5.0, status=429,
                                             code="0x80072321")
            time.sleep(0.01)
            return job
        return send

    settled: list[int] = []
    pump = Pump(Controller(concurrency=1), sender("a"), lambda j: 1,
                lanes=[Lane(Controller(concurrency=1), sender("b"), "b")], name="a")
    start = time.monotonic()
    pump.run(ListSource(list(range(20))), lambda a: settled.append(a.value) or [])
    assert sorted(settled) == list(range(20))  # every job settled once
    assert time.monotonic() - start < 3  # nobody waited out the 5 s Retry-After of "a"
    assert [name for name, _, _ in sent[1:]] == ["b"] * 20  # "a" paused; "b" did the rest
    assert sent[0][1] in [job for name, job, _ in sent[1:]]  # the refused job went to "b"
    assert pump.lanes[0].controller.stats.throttles == 1
    assert pump.lanes[1].controller.stats.throttles == 0


def test_two_identities_share_the_work_each_in_its_own_window(tmp_path):
    """A budget of 2 s of execution a 1 s window per user; two users load side by side,
    each under its own limit, and the records land once each, created by both."""
    limits = Limits(window_seconds=1, max_exec_ms=2000, latency_ms=5, record_cost_ms=1)
    _, transport, client = org(tmp_path, limits)
    reader = client("id-1")
    table = ensure_source_id_column(reader, reader.entity_definition("account"), COLUMN)
    ledger = Ledger(tmp_path / "ledger.jsonl")
    loader = TableLoader(reader, table, source_id_column=COLUMN, ledger=ledger, chunk_size=100,
                         progress=False, identities=[("one", client("id-1")),
                                                     ("two", client("id-2"))])
    result = loader.load(rows(3000), owner_ids={}, ref_ids={})
    assert (result.created, result.failed.height) == (3000, 0)
    in_org = existing_ids(reader, table, COLUMN)
    assert len(in_org) == 3000 == reader.count("accounts", "accountid")
    assert {rid for _, rid in ledger.created_records()["account"]} == set(in_org.values())
    per = {i["identity"]: i for i in result.stats["identities"]}
    assert per["one"]["records"] + per["two"]["records"] == 3000
    assert min(per["one"]["records"], per["two"]["records"]) > 600  # both carried a share
    assert result.stats["requests"] == per["one"]["requests"] + per["two"]["requests"]
    users = requests_by_user(transport)
    assert len([u for u in users.values() if u["requests"] > 5]) == 2  # two metered users
    creators = {r["_createdby_value"] for r in reader.query(
        "accounts", select=["accountid", "_createdby_value"])}
    assert len(creators) == 2


def test_a_load_killed_mid_flight_resumes_and_rolls_back_exactly_whoever_wrote(tmp_path):
    _, _, client = org(tmp_path, Limits(latency_ms=3, record_cost_ms=0.5))
    reader = client("id-1")
    table = ensure_source_id_column(reader, reader.entity_definition("account"), COLUMN)
    ledger = Ledger(tmp_path / "ledger.jsonl")
    dying = client("id-2")
    real = dying.create_multiple
    calls = {"n": 0}

    def create_then_die(*args, **kw):
        ids = real(*args, **kw)  # committed in the org; the loader dies before settling it
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt("killed")
        return ids

    dying.create_multiple = create_then_die
    first = TableLoader(reader, table, source_id_column=COLUMN, ledger=ledger, chunk_size=50,
                        max_chunk=50, progress=False,
                        identities=[("one", client("id-1")), ("two", dying)])
    with pytest.raises(KeyboardInterrupt):
        first.load(rows(2000), owner_ids={}, ref_ids={})
    time.sleep(0.3)  # requests still in flight finish in the org
    in_org = existing_ids(reader, table, COLUMN)
    assert 0 < len(in_org) < 2000 and ledger.pending_intents()
    logged = {rid for _, rid in ledger.created_records().get("account", [])}
    pending = {rid for recs in settle_pending(reader, ledger, COLUMN).values()
               for _, rid in recs}
    assert logged | pending == set(in_org.values()) and pending - logged

    again = TableLoader(reader, table, source_id_column=COLUMN, ledger=ledger, chunk_size=50,
                        progress=False, identities=[("two", client("id-2")),
                                                    ("three", client("id-3"))])
    result = again.load(rows(2000), owner_ids={}, ref_ids={})
    assert result.created == 2000 - len(in_org) and result.updated == len(in_org)
    final = existing_ids(reader, table, COLUMN)
    assert len(final) == 2000 == reader.count("accounts", "accountid")
    assert ledger.pending_intents() == []
    assert {rid for _, rid in ledger.created_records()["account"]} == set(final.values())
    # rollback deletes by the ledger's ids with one identity, whoever created the record
    other = next(r for r in reader.query("accounts", select=["accountid", "_createdby_value"])
                 if r["_createdby_value"] != reader.who_am_i()["UserId"])
    reader.delete("accounts", other["accountid"])
    assert reader.count("accounts", "accountid") == 1999


def write_params(tmp_path: Path, load: dict) -> Path:
    path = tmp_path / "parameters" / "p.yml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump({"engagement": "e", "export": "x", "load": load}))
    return path


def test_parameters_name_identities_never_their_secrets(tmp_path):
    params = load_parameters(write_params(tmp_path, {"identities": [
        "11111111-1111-1111-1111-111111111111",
        {"client_id": "22222222-2222-2222-2222-222222222222", "name": "loader-2"},
        {"name": "loader-3"}]}))
    assert [(s.n, s.name, s.client_id) for s in params.identities] == [
        (1, "11111111-1111-1111-1111-111111111111", "11111111-1111-1111-1111-111111111111"),
        (2, "loader-2", "22222222-2222-2222-2222-222222222222"), (3, "loader-3", None)]
    leaked = "hunter2" * 2  # a secret written into the parameters file: refused
    with pytest.raises(ParametersError, match=r"load\.identities\[0\]\.client_secret"):
        load_parameters(write_params(tmp_path, {"identities": [
            {"client_id": "a", "client_secret": leaked}]}))
    with pytest.raises(ParametersError, match="named twice"):
        load_parameters(write_params(tmp_path, {"identities": ["a", "a"]}))
    with pytest.raises(ParametersError, match=r"unknown keys \['tenant'\]"):
        load_parameters(write_params(tmp_path, {"identities": [{"name": "a", "tenant": "t"}]}))
    assert load_parameters(write_params(tmp_path, {})).identities == []


def test_each_identity_signs_in_with_its_own_secret_from_the_environment(monkeypatch):
    spec = IdentitySpec(2, "loader-2", "22222222-2222-2222-2222-222222222222")
    monkeypatch.delenv("DATAVERSE_TOKEN_2", raising=False)
    monkeypatch.setenv("AZURE_TENANT_ID", "contoso.onmicrosoft.com")
    monkeypatch.delenv("AZURE_CLIENT_SECRET_2", raising=False)
    with pytest.raises(Exception, match="AZURE_CLIENT_SECRET_2") as missing:
        token_for(spec, "https://org.crm.dynamics.com")
    assert "loader-2" in str(missing.value)
    monkeypatch.setenv("DATAVERSE_TOKEN_2", "fixed-token-for-a-local-server")
    provider = token_for(spec, "https://org.crm.dynamics.com")
    assert provider.token() == "fixed-token-for-a-local-server"
    assert "fixed" not in repr(provider)


def test_embedded_identities_are_separate_users_of_one_org(tmp_path):
    dest = Destination(url=BASE, kind="embedded-emulator",
                       state_file=str(tmp_path / "org.sqlite"))
    pool = connect_identities(dest, parse_identities(["a", "b"]))
    assert [name for name, _ in pool] == ["a", "b"]
    assert embedded_token(IdentitySpec(1, "a")) != embedded_token(IdentitySpec(2, "b"))
    (_, a), (_, b) = pool
    made = a.create("accounts", {"name": "seen by both"})
    assert b.retrieve("accounts", made, select=["name"])["name"] == "seen by both"
    for _, c in pool:
        c.close()


def test_a_run_loads_through_several_identities_with_the_bypass_and_balances(tmp_path,
                                                                            monkeypatch):
    """The load step end to end on the embedded emulator: two identities share each table,
    every write carries the bypass, the phases balance, and run.json says who loaded how."""
    from d365migrate.run.context import write_run_json
    from d365migrate.run.runner import ensure_export, new_run_dir
    from d365migrate.run.steps import load_step, mapping_step, profile_step, stage_step
    from engagements import demo_parameters

    monkeypatch.delenv("DATAVERSE_URL", raising=False)
    monkeypatch.chdir(tmp_path)
    params = yaml.safe_load((Path(__file__).resolve().parents[1] / "parameters" / "demo.yml")
                            .read_text())
    choices = params["mapping"]["decisions"]["choices"]
    path = demo_parameters(tmp_path, "pool", scale=0.03, objects=["account", "contact"],
                           load={"chunk_size": 20, "identities": ["loader-1", "loader-2"],
                                 "bypass_custom_logic": True},
                           mapping={**params["mapping"], "decisions": {
                               **params["mapping"]["decisions"], "choices": {
                                   k: v for k, v in choices.items()
                                   if k.partition(".")[0] in ("account", "contact")}}})
    ensure_export(path)
    ctx = RunContext.open(path, new_run_dir(tmp_path / "runs", "pool"))
    write_run_json(ctx.folder, ctx.params, ctx.destination)
    profile_step(ctx)
    mapping_step(ctx)
    stage_step(ctx)
    out = load_step(ctx, progress=False)
    assert all(p["balanced"] for p in out["phases"])
    for target in ("account", "contact"):
        stats = json.loads(ctx.folder.load_stats(target).read_text())["throughput"]
        shares = {i["identity"]: i["records"] for i in stats["identities"]}
        assert set(shares) == {"loader-1", "loader-2"} and all(shares.values())
        assert sum(shares.values()) == stats["created"] + stats["updated"]
    run = json.loads(ctx.folder.run_json.read_text())
    assert run["load_options"]["identities"] == ["loader-1", "loader-2"]
    assert run["load_options"]["write_headers"] == {
        "MSCRM.BypassBusinessLogicExecution": "CustomSync,CustomAsync"}
    ctx.client.close()
