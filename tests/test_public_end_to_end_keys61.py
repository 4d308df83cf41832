"""keys61's public exports run end to end from their parameters files, decisions only
(issue 13): Maven Analytics' CRM + Sales + Opportunities. Same harness as
tests/test_public_end_to_end.py. (Superset's flat sales data has no parameters file yet:
its one file is discovered as sales orders, which need a customer account and a price list
the export does not hold as records; see MEASUREMENTS.md, keys61.)"""

from __future__ import annotations

from pathlib import Path

import polars as pl

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    run_public,
    verified_columns,
)
from test_public_end_to_end_session12 import _product_catalogue


def test_maven_accounts_products_and_the_pipeline_by_names(tmp_path: Path) -> None:
    """The 85 accounts load by their names (sector as industry, the office's country, 15
    parent companies linked by name), the 7 products in the org's unit group, and the
    8,800 opportunities: 7,375 of their account (by its name, read back), the won and lost
    ones closed with their actual close date and value; the 1,425 that name no account are
    held back, each with its row and reason, as an opportunity needs its customer. The
    sales team list is the org's users: not loaded, said why."""
    run_dir = run_public("maven-crm-sales-opportunities", tmp_path, _product_catalogue)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "closed") == {
        "account": ("accounts", 85, 85, 0, 0, 0, 0),
        "product": ("products", 7, 7, 0, 0, 0, 0),
        "opportunity": ("sales_pipeline", 8800, 7375, 1425, 0, 0, 6711)}
    accounts = pl.read_parquet(run_dir / "staged" / "account.parquet")
    acme = accounts.filter(pl.col("name") == "Acme Corporation").to_dicts()[0]
    assert (acme["industrycode"], acme["revenue"], acme["numberofemployees"],
            acme["address1_country"]) == (12, 1100.04, 2822, "United States")
    assert accounts["__ref__parentaccountid"].drop_nulls().len() == 15
    deals = pl.read_parquet(run_dir / "staged" / "opportunity.parquet")
    assert deals["__ref__customerid_account"].drop_nulls().len() == 7375
    assert deals.group_by("stepname", "statecode").len().sort("stepname").rows() == [
        ("Engaging", 0, 501), ("Lost", 2, 2473), ("Prospecting", 0, 163), ("Won", 1, 4238)]
    won = deals.filter(pl.col("name") == "1C1I7A6R").to_dicts()[0]
    assert (won["actualclosedate"], won["actualvalue"], won["overriddencreatedon"]) == (
        "2017-03-01", 1054.0, "2016-10-20")
    held = pl.read_csv(run_dir / "quarantine" / "opportunity.csv", infer_schema=False)
    assert held.height == 1425
    assert set(held["column"]) == {"account"}
    assert all("no customerid" in r for r in held["reason"])
    verified = verified_columns(run_dir)
    assert verified["opportunity"]["customerid"] == 0
    assert not any(n for cols in verified.values() for n in cols.values())
    files = inventory_files(run_dir)
    assert not files["sales_teams"]["migrated"] and files["sales_teams"]["reason"]
