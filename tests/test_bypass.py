"""Bypass of custom business logic for bulk loads (``bypass-custom-business-logic.md``):
off by default, on every write when switched on (never on reads, also inside ``$batch``),
refused for a user without the privilege with the documented error, which stops the load
unless the parameters allow a fallback; run.json records the switches."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import polars as pl
import pytest
import yaml

from d365migrate.dataverse import DataverseClient, StaticToken
from d365migrate.dataverse.identities import BypassRefused, bypass_headers, use_bypass
from d365migrate.load.ledger import Ledger
from d365migrate.load.loader import TableLoader
from d365migrate.load.org_records import ensure_source_id_column
from d365migrate.run.context import RunContext
from d365migrate.run.load_options import record_load_options
from d365migrate.run.parameters import ParametersError, load_parameters
from d365migrate.staging.stage import SOURCE_ID, SOURCE_ROW
from dataverse_emulator import create_app
from dataverse_emulator.limits import Limits

COLUMN = "new_smartdeskid"
BASE = "http://dataverse.emulator/"
BYPASS = {"MSCRM.BypassBusinessLogicExecution": "CustomSync,CustomAsync",
          "MSCRM.SuppressDuplicateDetection": "true"}


def rows(n: int) -> pl.DataFrame:
    return pl.DataFrame([{SOURCE_ID: f"A{i:04d}", SOURCE_ROW: i + 2, "name": f"Account {i}"}
                         for i in range(n)])


def setup(tmp_path: Path, privileged: list[str] | None, limits: Limits | None = None):
    app = create_app(tmp_path / "org.sqlite", tokens=["admin", "plain"],
                     bypass_privileged=privileged, limits=limits)
    transport = httpx.WSGITransport(app=app)
    admin = DataverseClient(BASE, StaticToken("admin"), transport=transport)
    table = ensure_source_id_column(admin, admin.entity_definition("account"), COLUMN)
    return transport, admin, table


def log(transport: httpx.WSGITransport) -> dict:
    with httpx.Client(transport=transport, base_url=BASE) as http:
        return http.get("/_emulator/requests").json()


def load(client: DataverseClient, table: dict, tmp_path: Path, n: int = 300, **kw):
    ld = TableLoader(client, table, source_id_column=COLUMN, ledger=Ledger(
        tmp_path / "ledger.jsonl"), chunk_size=100, max_chunk=100, progress=False, **kw)
    return ld, ld.load(rows(n), owner_ids={}, ref_ids={})


def test_writes_carry_the_bypass_reads_do_not(tmp_path):
    transport, admin, table = setup(tmp_path, privileged=None)
    use_bypass([admin], bypass_headers(True, True))
    _, result = load(admin, table, tmp_path)
    assert result.created == 300
    recent = log(transport)["recent"]
    writes = [r for r in recent if r["path"].endswith("CreateMultiple")]
    reads = [r for r in recent if r["method"] == "GET"]
    assert writes and all(r["bypass_business_logic"] == "CustomSync,CustomAsync"
                          and r["suppress_duplicate_detection"] for r in writes)
    assert reads and not any(r["bypass_business_logic"] or r["suppress_duplicate_detection"]
                             for r in reads)
    ensure_source_id_column(admin, admin.entity_definition("contact"), COLUMN)
    schema = [r for r in log(transport)["recent"] if r["path"].startswith("EntityDefinitions")
              and r["method"] == "POST"][-2:]
    assert len(schema) == 2 and not any(r["bypass_business_logic"] for r in schema)


def test_batched_writes_carry_it_on_every_part(tmp_path):
    transport, admin, table = setup(tmp_path, privileged=None,
                                    limits=Limits(without_bulk_messages=frozenset({"account"})))
    use_bypass([admin], bypass_headers(True, False))
    _, result = load(admin, table, tmp_path, n=120)
    assert result.created == 120 and "create" in result.stats["via_batch"]
    parts = [r for r in log(transport)["recent"] if r["batch_part"]]
    assert len(parts) == 120 and all(r["bypass_business_logic"] == "CustomSync,CustomAsync"
                                     for r in parts)


def test_a_user_without_the_privilege_stops_the_load_with_the_error_named(tmp_path):
    transport, admin, table = setup(tmp_path, privileged=["admin"])
    plain = DataverseClient(BASE, StaticToken("plain"), transport=transport)
    use_bypass([plain], bypass_headers(True, True))
    with pytest.raises(BypassRefused) as refused:
        load(admin, table, tmp_path, identities=[("loader-2", plain)])
    text = str(refused.value)
    assert refused.value.code == "0x80040220" and refused.value.status == 403
    assert "loader-2" in text and "prvBypassCustomBusinessLogic" in text
    assert "bypass_fallback" in text  # says how to go on
    assert admin.count("accounts", "accountid") == 0  # nothing half-loaded
    statuses = log(transport)["users"]
    assert any(u["statuses"].get("403") for u in statuses.values())


def test_the_fallback_loads_without_the_bypass_and_says_who(tmp_path):
    transport, admin, table = setup(tmp_path, privileged=["admin"])
    plain = DataverseClient(BASE, StaticToken("plain"), transport=transport)
    use_bypass([admin, plain], bypass_headers(True, True))
    ld = TableLoader(admin, table, source_id_column=COLUMN,
                     ledger=Ledger(tmp_path / "ledger.jsonl"), chunk_size=100, max_chunk=100,
                     progress=False, identities=[("loader-1", admin), ("loader-2", plain)])
    ld.pool.fallback = True
    result = ld.load(rows(600), owner_ids={}, ref_ids={})
    assert result.created == 600 and result.failed.height == 0
    assert ld.pool.fell_back == ["loader-2"] and result.stats["bypass_dropped_by"] == ["loader-2"]
    assert plain.write_headers == {"MSCRM.SuppressDuplicateDetection": "true"}  # no privilege
    assert admin.write_headers == BYPASS  # kept its bypass
    assert admin.count("accounts", "accountid") == 600


def write_params(tmp_path: Path, load: dict | None = None) -> Path:
    path = tmp_path / "parameters" / "p.yml"
    path.parent.mkdir(parents=True, exist_ok=True)
    body = {"engagement": "e", "export": "x"}
    if load is not None:
        body["load"] = load
    path.write_text(yaml.safe_dump(body))
    return path


def test_off_by_default_switchable_and_recorded_in_run_json(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DATAVERSE_URL", raising=False)
    default = load_parameters(write_params(tmp_path))
    assert not (default.bypass_custom_logic or default.suppress_duplicate_detection
                or default.bypass_fallback)
    with pytest.raises(ParametersError, match="bypass_custom_logic must be true or false"):
        load_parameters(write_params(tmp_path, {"bypass_custom_logic": "yes"}))
    path = write_params(tmp_path, {"bypass_custom_logic": True,
                                   "suppress_duplicate_detection": True,
                                   "identities": ["loader-1", "loader-2"]})
    ctx = RunContext.open(path, tmp_path / "runs" / "e" / "run-1")
    options = record_load_options(ctx, ctx.identities)
    run = json.loads(ctx.folder.run_json.read_text())
    assert run["load_options"] == options
    assert options["identities"] == ["loader-1", "loader-2"]
    assert options["bypass_custom_logic"] and options["write_headers"] == BYPASS
    assert all(c.write_headers == BYPASS for _, c in ctx.identities)
    assert ctx.client.write_headers == BYPASS
