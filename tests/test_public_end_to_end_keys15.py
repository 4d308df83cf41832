"""keys15's public exports run end to end from their parameters files, decisions only
(issue 13): Baserow's Lightweight CRM. Same harness as tests/test_public_end_to_end.py (that
module is long already)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from test_public_end_to_end import _export_dir, assert_true_counts, run_public


def test_baserow_companies_contacts_and_the_deals_in_pipelines(tmp_path: Path) -> None:
    run_dir = run_public("baserow-lightweight-crm", tmp_path)
    out = assert_true_counts(run_dir)
    assert {k: (o["source"], o["loaded"], o["quarantined"]) for k, o in out.items()} == {
        "account": (4, 4, 0), "contact": (7, 7, 0), "opportunity": (9, 9, 0)}
    # each contact and each deal linked to the company its Company column names
    assert all(o["unresolved_lookups"] == 0 for o in out.values())
    contacts = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    deals = pl.read_parquet(run_dir / "staged" / "opportunity.parquet")
    assert contacts["__ref__parentcustomerid_account"].null_count() == 0
    assert deals["__ref__customerid_account"].null_count() == 0
    # a company's own list of its contacts is no link of its own: counted as left, not lost
    assert out["account"]["links_left"] == {"primarycontactid": 4}
    # the file named Pipelines holds the deals: their value and stage, two won, one lost
    folder = _export_dir("baserow-lightweight-crm")
    assert folder is not None
    source = pl.read_csv(folder / "Pipelines.csv", infer_schema=False)
    assert deals["estimatedvalue"].sum() == source["Contract Value"].cast(pl.Float64).sum()
    assert sorted(deals["statecode"].to_list()) == [0, 0, 0, 0, 0, 0, 1, 1, 2]
    assert out["opportunity"]["closed"] == 3
    assert set(deals["name"].to_list()) == set(source["Opportunity"].to_list())
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    assert files["Pipelines"]["kind"] == "deal"
    assert files["Pipelines"]["taken"] == {"opportunity": 9}
    for name in ("Activities", "Employees"):
        assert not files[name]["taken"] and files[name]["reason"], name
