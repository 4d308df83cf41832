"""One map proposal: ``d365migrate suggest`` and a run's mapping step propose the same map,
and the mapping step reads what the profile step discovered instead of discovering again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from d365migrate import cli
from d365migrate.demo.sample_export import write_sample_export
from d365migrate.intake.discover import read_discovery
from d365migrate.mapping.mapfile import load_mapping
from d365migrate.run import steps
from d365migrate.run.context import RunContext


def _shared() -> Path:
    """../shared beside the project (CI lays it there), else the workplace's copy."""
    beside = Path(__file__).resolve().parents[1].parent / "shared"
    return beside if beside.is_dir() else Path("/work/shared")


SALESFORCE = _shared() / "fixtures/real/salesforce-sample-export"
OBJECTS = ["account", "contact", "lead", "opportunity"]


def _context(tmp: Path, export: Path) -> RunContext:
    params = tmp / "parameters.yml"
    params.write_text(yaml.safe_dump({
        "engagement": "same-map", "export": str(export), "objects": OBJECTS,
        "runs_dir": str(tmp / "runs"), "publisher_prefix": "new"}), encoding="utf-8")
    return RunContext.open(params, tmp / "runs" / "same-map" / "run-1")


def _essence(mapping: dict[str, Any]) -> list[dict[str, Any]]:
    """What decides the load: tables, sources, keys, column targets, lookups, owner."""
    return [{"target": t["target"], "source": t.get("source"),
             "source_key": t.get("source_key"),
             "columns": {c["source"]: c["target"] for c in t.get("columns", [])},
             "lookups": sorted((lk["source"], lk["target"], lk["table"], lk["navigation"],
                                lk["references"]) for lk in t.get("lookups", [])),
             "owner": (t.get("owner") or {}).get("source")}
            for t in mapping["tables"]]


def _same_map(tmp: Path, export: Path) -> tuple[list[dict[str, Any]], RunContext]:
    ctx = _context(tmp, export)
    steps.profile_step(ctx)
    run_map = steps.mapping_step(ctx)
    out = tmp / "suggest" / "mapping.yml"
    # the run's tables (suggest alone proposes every kind of records the export holds)
    assert cli.main(["suggest", str(export), "--out", str(out),
                     "--objects", ",".join(OBJECTS)]) == 0
    suggested = load_mapping(out)
    assert _essence(suggested) == _essence(run_map)
    assert suggested.get("stages") == run_map.get("stages")
    return _essence(run_map), ctx


def test_suggest_and_mapping_step_agree_on_the_sample_export(tmp_path: Path) -> None:
    export = tmp_path / "export"
    write_sample_export(export, seed=42, scale=0.3)
    essence, _ = _same_map(tmp_path, export)
    by_target = {t["target"]: t for t in essence}
    assert {t: e["source"] for t, e in by_target.items()} == {
        "account": "companies", "contact": "contacts", "lead": "leads",
        "opportunity": "deals"}
    assert by_target["opportunity"]["source_key"] == "deal_id"
    assert ("company_id", "parentcustomerid", "account", "parentcustomerid_account",
            "companies.company_id") in by_target["contact"]["lookups"]


@pytest.mark.skipif(not SALESFORCE.is_dir(), reason="shared Salesforce fixture absent")
def test_suggest_and_mapping_step_agree_on_the_salesforce_export(tmp_path: Path) -> None:
    essence, _ = _same_map(tmp_path, SALESFORCE)
    by_target = {t["target"]: t for t in essence}
    assert {t: e["source"] for t, e in by_target.items()} == {
        "account": "Account", "contact": "Contact", "lead": "Lead",
        "opportunity": "Opportunity"}
    assert all(e["source_key"] == "Id" for e in essence)
    assert any(lk[0] == "AccountId" and lk[2] == "account"
               for lk in by_target["contact"]["lookups"])


def test_mapping_step_reads_discovery_json(tmp_path: Path, monkeypatch) -> None:
    export = tmp_path / "export"
    write_sample_export(export, seed=7, scale=0.2)
    ctx = _context(tmp_path, export)
    discovery, _ = steps.profile_step(ctx)
    assert read_discovery(ctx.folder.discovery) == discovery
    assert discovery.guesses and "companies" in discovery.guesses

    def no_discovery(*_: Any, **__: Any) -> Any:
        raise AssertionError("the mapping step discovered again")

    monkeypatch.setattr(steps, "discover", no_discovery)
    mapping = steps.mapping_step(ctx)
    account = next(t for t in mapping["tables"] if t["target"] == "account")
    assert account["source"] == "companies"
    assert account["source_key"] == discovery.by_source("companies").primary_key


def test_mapping_step_alone_discovers_and_writes_discovery_json(tmp_path: Path) -> None:
    """Notebook 02 opened on its own: no discovery.json yet, so the step writes one."""
    export = tmp_path / "export"
    write_sample_export(export, seed=7, scale=0.2)
    ctx = _context(tmp_path, export)
    assert not ctx.folder.discovery.exists()
    mapping = steps.mapping_step(ctx)
    found = read_discovery(ctx.folder.discovery)
    deals = next(t for t in mapping["tables"] if t["target"] == "opportunity")
    assert deals["source_key"] == found.by_source("deals").primary_key
