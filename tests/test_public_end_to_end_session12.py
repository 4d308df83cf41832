"""Public exports of session 11's held-out rounds that had not run end to end, from their
parameters files, decisions only (issue 13): Mautic's fixtures and Salesforce's Pure Aloe.
Same harness as tests/test_public_end_to_end.py."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import yaml

from test_public_end_to_end import (
    _export_dir,
    assert_true_counts,
    default_units,
    issues,
    run_public,
)

#: The org's default unit group and unit (the harness's default_units), by the name the other
#: end-to-end modules import it under.
_product_catalogue = default_units


def test_mautic_contacts_as_leads_linked_to_their_companies(tmp_path: Path) -> None:
    run_dir = run_public("mautic-fixtures", tmp_path)
    out = assert_true_counts(run_dir)
    assert {k: (o["source"], o["loaded"], o["quarantined"]) for k, o in out.items()} == {
        "account": (4, 4, 0), "lead": (54, 50, 4)}
    folder = _export_dir("mautic-fixtures")
    assert folder is not None
    leads = pl.read_csv(folder / "leads.csv", infer_schema=False)
    nameless = leads.filter(pl.col("firstname").is_null() & pl.col("lastname").is_null()
                            & pl.col("email").is_null())
    assert nameless.height == 4
    reasons = issues(run_dir, "quarantine", "lead")
    assert len(reasons) == 4 and all("last name is required" in r for r in reasons)
    # each lead the link table joins to a company, and that moved, is linked to its account
    links = pl.read_csv(folder / "companies_leads.csv", infer_schema=False)
    moved = set(leads["id"].to_list()) - set(nameless["id"].to_list())
    expected = len(set(links["lead_id"].to_list()) & moved)
    staged = pl.read_parquet(run_dir / "staged" / "lead.parquet")
    assert expected > 0
    assert staged["__ref__parentaccountid"].drop_nulls().len() == expected
    assert out["lead"]["links_left"] == {}
    account = pl.read_parquet(run_dir / "staged" / "account.parquet")
    assert sorted(account["industrycode"].to_list()) == [6, 6, 12, 22]   # decided choices
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    assert files["companies_leads"]["linked"] and not files["companies_leads"]["taken"]
    for name in ("page_hits", "forms", "form_results_1_kaleidosco"):
        assert not files[name]["migrated"], name


def test_salesforce_purealoe_merchandise_as_products(tmp_path: Path) -> None:
    run_dir = run_public("salesforce-purealoe", tmp_path, default_units)
    out = assert_true_counts(run_dir)
    assert {k: o["loaded"] for k, o in out.items()} == {"product": 4}
    staged = pl.read_parquet(run_dir / "staged" / "product.parquet")
    assert sorted(staged["name"].to_list()) == ["Aloe Vera Soap (pack of 3)",
                                                "Aloe Vera Soap Bar", "Soap Box",
                                                "Soap Subscription"]   # decided: Title__c
    assert sorted(staged["productnumber"].to_list()) == ["M-0000", "M-0001", "M-0002",
                                                         "M-0003"]
    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text())
    product = next(t for t in mapping["tables"] if t["target"] == "product")
    assert ("Title__c", "name") in {(c["source"], c["target"]) for c in product["columns"]}
    # the farm's harvest fields are no custom field definitions, whatever their name says:
    # the inventory and the report say they do not migrate, not that they set anything up
    inventory = json.loads((run_dir / "inventory.json").read_text())
    harvest = next(f for f in inventory["files"] if f["source"] == "Harvest_Field_Data")
    assert not harvest["migrated"] and harvest["reason"].startswith("not migrated")
    report = (run_dir / "report.html").read_text()
    assert "Every file of the export migrates" not in report
    assert "Custom field definitions become columns" not in report
