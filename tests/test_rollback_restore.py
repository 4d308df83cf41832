"""Rollback restores what a run changed: two runs, then both rolled back, the org compared
field by field with snapshots taken before each; later runs block an earlier rollback."""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path
from typing import Any

import polars as pl
import pytest
import yaml

from d365migrate.cli import main
from d365migrate.dataverse.destination import Destination, connect
from d365migrate.dataverse.errors import DataverseError
from d365migrate.load.ledger import Ledger
from d365migrate.run.context import RunContext
from d365migrate.run.runner import ensure_export, run
from d365migrate.staging.stage import SOURCE_ID
from d365migrate.verify.rollback import RollbackRefused, rollback_run
from engagements import moved_to_won, won_stages

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ["01_profile.ipynb", "02_mapping.ipynb", "03_stage_validate.ipynb",
             "04_load.ipynb"]
IGNORED = {"modifiedon", "versionnumber", "@odata.etag"}


def snapshot(client: Any) -> dict[str, dict[str, dict[str, Any]]]:
    """Every record of every table, field by field (modifiedon/versionnumber aside)."""
    tables = client.send("GET", "EntityDefinitions", params={
        "$select": "LogicalName,EntitySetName,PrimaryIdAttribute"}).json()["value"]
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for t in tables:
        try:
            rows = list(client.query(t["EntitySetName"]))
        except DataverseError:
            continue
        pk = t["PrimaryIdAttribute"]
        out[t["LogicalName"]] = {r[pk]: {k: v for k, v in r.items() if k not in IGNORED}
                                 for r in rows}
    return out


def differences(a: dict, b: dict, limit: int = 15) -> list[str]:
    out = []
    for table in sorted(set(a) | set(b)):
        ra, rb = a.get(table, {}), b.get(table, {})
        for rid in sorted(set(ra) ^ set(rb)):
            out.append(f"{table} {rid}: {'only before' if rid in ra else 'only after'}")
        for rid in sorted(set(ra) & set(rb)):
            for col in sorted(set(ra[rid]) | set(rb[rid])):
                if ra[rid].get(col) != rb[rid].get(col):
                    out.append(f"{table} {rid} {col}: {ra[rid].get(col)!r} -> "
                               f"{rb[rid].get(col)!r}")
    return out[:limit] + ([f"... {len(out) - limit} more"] if len(out) > limit else [])


@pytest.fixture(scope="module")
def params_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("restore")
    (root / "parameters").mkdir()
    params = yaml.safe_load((ROOT / "parameters" / "demo.yml").read_text())
    params["engagement"] = "restore"
    params["sample_export"] = {"seed": 7, "scale": 0.3}
    params["export"] = str(root / "runs" / "restore" / "export")
    params["runs_dir"] = str(root / "runs")
    path = root / "parameters" / "restore.yml"
    path.write_text(yaml.safe_dump(params))
    return path


def change_export(export: Path, first: Path) -> dict[str, list[str]]:
    """20 contact emails edited, 5 open deals moved to a won stage, 5 tasks completed."""
    def staged(unit: str) -> set[str]:
        return set(pl.read_parquet(first / "staged" / f"{unit}.parquet")[SOURCE_ID].to_list())

    contacts = pl.read_csv(export / "contacts.csv", infer_schema=False)
    ids = [c for c in contacts["contact_id"].to_list() if c in staged("contact")][:20]
    contacts = contacts.with_columns(
        pl.when(pl.col("contact_id").is_in(ids))
        .then(pl.lit("changed.") + pl.col("contact_id") + pl.lit("@example.com"))
        .otherwise(pl.col("email")).alias("email"))
    contacts.write_csv(export / "contacts.csv")
    won, closed = won_stages(export)
    deals = pl.read_csv(export / "deals.csv", infer_schema=False)
    deal_ids = [d["deal_id"] for d in deals.to_dicts()
                if d["deal_id"] in staged("opportunity") and d["stage_id"] not in closed
                and d["pipeline_id"] in won][:5]
    deals = moved_to_won(deals, deal_ids, won)
    deals.write_csv(export / "deals.csv")
    tasks = pl.read_csv(export / "tasks.csv", infer_schema=False)
    task_ids = [t["task_id"] for t in tasks.to_dicts()
                if t["task_id"] in staged("task") and t["status"] == "Open"][:5]
    tasks = tasks.with_columns(
        pl.when(pl.col("task_id").is_in(task_ids)).then(pl.lit("Completed"))
        .otherwise(pl.col("status")).alias("status"),
        pl.when(pl.col("task_id").is_in(task_ids)).then(pl.lit("2025-01-02T03:04:05Z"))
        .otherwise(pl.col("completed_at")).alias("completed_at"))
    tasks.write_csv(export / "tasks.csv")
    assert len(ids) == 20 and len(deal_ids) == 5 and len(task_ids) == 5
    return {"contact": ids, "opportunity": deal_ids, "task": task_ids}


@pytest.mark.slow
def test_rollbacks_restore_the_org_field_by_field(params_file: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("DATAVERSE_URL", raising=False)
    ensure_export(params_file)
    probe = RunContext.open(params_file, tmp_path / "probe")  # the org with its users
    client = probe.client
    before = snapshot(client)

    first = run(params_file, notebooks=NOTEBOOKS, progress=False)
    after_first = snapshot(client)
    run_json = json.loads((first / "run.json").read_text())
    schema = run_json["schema_created"]
    assert {"kind": "column", "table": "contact", "name": "new_smartdeskid"} in schema
    assert {"kind": "key", "table": "contact", "name": "new_smartdeskid_key"} in schema

    changed = change_export(probe.params.export, first)
    second = run(params_file, notebooks=NOTEBOOKS, progress=False)
    assert json.loads((second / "load" / "contact.json").read_text())["updated"] > 0
    images = Ledger(second / "ledger.jsonl").befores()
    assert {e["kind"] for e in images} == {"fields", "state"}
    emails = {c["new_smartdeskid"]: c["emailaddress1"] for c in client.query(
        "contacts", select=["new_smartdeskid", "emailaddress1"])}
    assert all(emails[c].startswith("changed.") for c in changed["contact"])
    won = [o for o in client.query("opportunities", select=["new_smartdeskid", "statecode"])
           if o["new_smartdeskid"] in changed["opportunity"]]
    assert [o["statecode"] for o in won] == [1] * 5

    # the test's client throughout: a client opened without the org's users CSV would seed
    # the emulator's default users (an emulator artefact, not a change by the runs)
    with pytest.raises(RollbackRefused, match=second.name):
        rollback_run(first, client, progress=False)

    rolled = rollback_run(second, client, progress=False)
    assert rolled["complete"] and rolled["restored"]["contact"]["restored"] >= 20
    assert differences(after_first, snapshot(client)) == []

    rolled = rollback_run(first, client, progress=False, schema=True)
    assert rolled["complete"] and not rolled["forced_past"]
    assert differences(before, snapshot(client)) == []
    assert {(i["table"], i["name"], i["action"]) for i in rolled["schema"]} >= {
        ("contact", "new_smartdeskid", "deleted"), ("contact", "new_smartdeskid_key",
                                                    "deleted")}
    names = {a["LogicalName"] for a in client.entity_definition("contact")["Attributes"]}
    assert "new_smartdeskid" not in names
    client.close()


# -- later runs block an earlier rollback; --force is explicit ------------------------------
def _fake_run(engagement: Path, name: str, state: Path) -> Path:
    run_dir = engagement / name
    run_dir.mkdir(parents=True)
    (run_dir / "run.json").write_text(json.dumps({
        "engagement": engagement.name, "parameters": {"publisher_prefix": "new"},
        "destination": {"url": "http://dataverse.emulator/", "kind": "embedded-emulator",
                        "state_file": str(state)}}))
    return run_dir


def test_rollback_refused_while_a_later_run_changed_its_records(tmp_path: Path, capsys):
    engagement = tmp_path / "runs" / "eng"
    state = engagement / "org.sqlite"
    first = _fake_run(engagement, "20260101T000000000000Z", state)
    second = _fake_run(engagement, "20260102T000000000000Z", state)
    dest = Destination(url="http://dataverse.emulator/", kind="embedded-emulator",
                       state_file=str(state))
    with connect(dest) as client:
        rid = client.create("accounts", {"name": "Made by the first run"})
        Ledger(first / "ledger.jsonl").created("account", "accounts", "accountid", "c1",
                                               [("A1", rid)])
        Ledger(second / "ledger.jsonl").before("account", "accounts", "accountid", "fields", [
            {"id": rid, "fields": {"name": "Made by the first run"}, "lookups": {}}])
        client.update("accounts", rid, {"name": "Changed by the second run"})

    assert main(["rollback", str(first)]) == 2
    err = capsys.readouterr().err
    assert second.name in err and "--force" in err
    assert not (first / "rollback.json").exists()

    assert main(["rollback", str(first), "--force"]) == 0
    out = json.loads((first / "rollback.json").read_text())
    assert out["forced_past"] == [second.name] and out["tables"]["account"]["deleted"] == 1
    assert not (engagement / ".lock").exists()


def test_rollback_refused_while_the_engagement_is_locked(tmp_path: Path, capsys):
    engagement = tmp_path / "runs" / "eng"
    first = _fake_run(engagement, "20260101T000000000000Z", engagement / "org.sqlite")
    holder = {"pid": os.getppid(), "host": socket.gethostname(), "command": "run x.yml",
              "started_at": "2026-01-01T00:00:00+00:00"}
    (engagement / ".lock").write_text(json.dumps(holder))
    assert main(["rollback", str(first)]) == 2
    err = capsys.readouterr().err
    assert f"pid {os.getppid()}" in err and "run x.yml" in err and socket.gethostname() in err
    assert main(["verify", str(first)]) == 2
    assert "run x.yml" in capsys.readouterr().err
