"""A lookup bound to a record already in the org (issue 13): a product's unit group and unit
are the org's own, named in the parameters (``mapping.decisions.links: {product.
defaultuomscheduleid: {existing: {table: uomschedule, match: {name: ...}}}}``), found at
load; the preflight stops the load, naming table and values, when none or several match."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from d365migrate.load.preflight import PreflightFailed
from engagements import run_steps

PRODUCTS = ("sku,name,description,price\n100,TaskMaster Pro,Project management,500\n"
            "101,ProjectPulse,Gantt charts,450\n")
PARAMETERS = """engagement: catalogue
export: runs/catalogue/export
objects: [product]
mapping:
  confirm_as: Test Analyst
  decisions:
    columns:
      product.quantitydecimal: {value: 2}
    links:
      product.defaultuomscheduleid: {existing: {table: uomschedule, match: {name: Default Unit}}}
      product.defaultuomid: {existing: {table: uom, match: {name: Primary Unit}}}
destination:
  url: null
"""


def _run(root: Path, seed: list[tuple[str, dict]]) -> tuple[Path, dict[str, str]]:
    from d365migrate.run.context import RunContext

    export = root / "runs" / "catalogue" / "export"
    export.mkdir(parents=True)
    (export / "products.csv").write_text(PRODUCTS, encoding="utf-8")
    (root / "parameters").mkdir()
    params = root / "parameters" / "catalogue.yml"
    params.write_text(PARAMETERS, encoding="utf-8")
    run_dir = root / "runs" / "catalogue" / "run-1"
    made: dict[str, str] = {}
    ctx = RunContext.open(params, run_dir)
    for entity_set, record in seed:  # the org's own records, there before the migration
        made[record["name"]] = ctx.client.create(entity_set, {
            k: (v.format(**made) if isinstance(v, str) else v) for k, v in record.items()})
    ctx.client.close()
    run_steps(params, run_dir)
    return run_dir, made


GROUP = ("uomschedules", {"name": "Default Unit", "baseuomname": "Primary Unit"})
UNIT = ("uoms", {"name": "Primary Unit", "quantity": 1,
                 "uomscheduleid@odata.bind": "/uomschedules({Default Unit})"})


def test_products_bind_to_the_orgs_own_unit_group_and_unit(tmp_path, monkeypatch):
    monkeypatch.delenv("DATAVERSE_URL", raising=False)
    run_dir, made = _run(tmp_path, [GROUP, UNIT])
    phase = json.loads((run_dir / "phases" / "product.json").read_text())
    assert (phase["source"], phase["loaded"], phase["verified"]) == (2, 2, 2)
    assert phase["balanced"] and phase["unresolved_lookups"] == 0
    from d365migrate.run.context import RunContext

    ctx = RunContext.open(tmp_path / "parameters" / "catalogue.yml", run_dir)
    try:
        rows = list(ctx.client.query("products", select=[
            "name", "_defaultuomscheduleid_value", "_defaultuomid_value"]))
    finally:
        ctx.client.close()
    assert {(r["_defaultuomscheduleid_value"], r["_defaultuomid_value"]) for r in rows} == {
        (made["Default Unit"], made["Primary Unit"])}


def test_the_preflight_names_an_existing_record_the_org_does_not_have(tmp_path, monkeypatch):
    monkeypatch.delenv("DATAVERSE_URL", raising=False)
    with pytest.raises(PreflightFailed) as err:
        _run(tmp_path, [GROUP])  # the unit group is there, the unit is not
    assert "no uom in the org whose name is 'Primary Unit'" in str(err.value)
    assert "no uomschedule" not in str(err.value)  # the group the org has is not named
