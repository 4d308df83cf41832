"""keys71's public exports run end to end from their parameters files, decisions only
(issue 13): Salesforce's accounts and opportunities as its Data Loader extracts them, and
the sample files Odoo's import tool reads. Same harness as tests/test_public_end_to_end.py."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from test_public_end_to_end import (
    assert_true_counts,
    outcomes,
    run_public,
    verified_columns,
)


def test_dataloader_accounts_and_opportunities(tmp_path: Path) -> None:
    """Data Loader's extract: 423 accounts (Latin-1 bytes read as such) and 38 opportunities
    load, each deal under the account its ACCOUNTID names (none left); the stages are
    Salesforce's defaults, 'Id. Decision Makers' placed as Develop by its words, the 8
    'Closed Won' deals closed won. Industries Dataverse names otherwise are decisions."""
    run_dir = run_public("dataloader-samples", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "closed") == {
        "account": ("accountData", 423, 423, 0, 0, 0, 0),
        "opportunity": ("opportunityData", 38, 38, 0, 0, 0, 8)}
    assert out["opportunity"]["links_left"] == {}
    accounts = pl.read_parquet(run_dir / "staged" / "account.parquet")
    assert {"Crédito Inmobiliario Terras", "Pébéo of America", "Gravity Investments"} <= set(
        accounts["name"])
    deals = pl.read_parquet(run_dir / "staged" / "opportunity.parquet")
    decide = deals.filter(pl.col("stepname") == "Id. Decision Makers")
    assert decide.height == 4 and set(decide["salesstage"]) == {1}
    assert deals.filter(pl.col("statecode") == 1).height == 8
    verified = verified_columns(run_dir)
    assert not any(n for cols in verified.values() for n in cols.values())


def test_odoo_import_templates_partners(tmp_path: Path) -> None:
    """Odoo's partner templates load: res.partner's 6 rows as accounts (its people and
    addresses among them, their 'Related Company' a name: 4 links left), the customers with
    tags (5) and the suppliers with their people (7) as accounts by decision, the customers'
    contacts file (8 rows, 5 of them people) as contacts, its 'Related company' a name: 4
    links left. The products and the purchase orders are not among the run's objects."""
    run_dir = run_public("odoo-import-templates", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {
        "account": ("o2m_suppliers_contacts", 7, 7, 0, 0, 0),
        "account_2": ("m2m_customers_tags", 5, 5, 0, 0, 0),
        "account_3": ("res.partner", 6, 6, 0, 0, 0),
        "contact": ("o2m_customers_contacts", 8, 8, 0, 0, 0)}
    assert out["account_3"]["links_left"] == {"parentaccountid": 4}
    assert out["contact"]["links_left"] == {"parentcustomerid": 4}
    partners = pl.read_parquet(run_dir / "staged" / "account_3.parquet")
    grocery = partners.filter(pl.col("name") == "Grocery Outlet").to_dicts()[0]
    assert (grocery["address1_line2"], grocery["websiteurl"]) == ("#401", "groceryoutlet.com")
    # a person's mobile on a partner row: the account's third phone
    bill = partners.filter(pl.col("name") == "Bill").to_dicts()[0]
    assert bill["telephone3"] == "4517864512"
    verified = verified_columns(run_dir)
    assert not any(n for cols in verified.values() for n in cols.values())
