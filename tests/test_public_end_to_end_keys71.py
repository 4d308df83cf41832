"""keys71's public exports run end to end from their parameters files, decisions only
(issue 13): Salesforce's accounts and opportunities as its Data Loader extracts them, and
the sample files Odoo's import tool reads. Same harness as tests/test_public_end_to_end.py."""

from __future__ import annotations

import json
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
    """Odoo's partner templates load, each partner file split by its own flag or type
    column whatever its share of companies (keys75): res.partner's 2 companies ('Company
    Type') as accounts and its 4 people and addresses as contacts; the customers' contacts
    file's 3 companies ('Is a company' 1) as accounts and its 5 people as contacts; the
    suppliers (an account file by decision) split 2 and 5 the same way; the customers with
    tags (5) accounts by decision. Every person's 'Related Company' names a company row of
    its own file by name and binds to it (13 links, none left). The products and the
    purchase orders are not among the run's objects."""
    run_dir = run_public("odoo-import-templates", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {
        "account": ("o2m_suppliers_contacts", 2, 2, 0, 0, 0),
        "account_2": ("m2m_customers_tags", 5, 5, 0, 0, 0),
        "account_3": ("res.partner", 2, 2, 0, 0, 0),
        "account_4": ("o2m_customers_contacts", 3, 3, 0, 0, 0),
        "contact": ("o2m_customers_contacts", 5, 5, 0, 0, 0),
        "contact_2": ("o2m_suppliers_contacts", 5, 5, 0, 0, 0),
        "contact_3": ("res.partner", 4, 4, 0, 0, 0)}
    assert not any(o["links_left"] for o in out.values())
    assert not any(o["unresolved_lookups"] for o in out.values())
    partners = pl.read_parquet(run_dir / "staged" / "account_3.parquet")
    assert set(partners["name"]) == {"Grocery Outlet", "Agrolait"}
    grocery = partners.filter(pl.col("name") == "Grocery Outlet").to_dicts()[0]
    assert (grocery["address1_line2"], grocery["websiteurl"]) == ("#401", "groceryoutlet.com")
    # a person's row of res.partner: a contact under its company, found by its name
    people = pl.read_parquet(run_dir / "staged" / "contact_3.parquet")
    assert set(people["lastname"]) == {"Bob", "Bill", "Warehouse", "Accounting dep."}
    assert set(people["__ref__parentcustomerid_account"]) == {"res-partner:res_partner_1"}
    customers = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    roger = customers.filter(pl.col("lastname") == "Roger Martins").to_dicts()[0]
    assert roger["__ref__parentcustomerid_account"] == "o2m-customers-contacts:Aurora Shelves"
    mason = customers.filter(pl.col("lastname") == "Michael Mason").to_dicts()[0]
    assert mason["__ref__parentcustomerid_account"] is None   # a private person: no company
    for unit, n in (("contact", 4), ("contact_2", 5), ("contact_3", 4)):
        load = json.loads((run_dir / "load" / f"{unit}.json").read_text())
        assert load["links"]["parentcustomerid"] == {"named": n, "unresolved": 0}
    verified = verified_columns(run_dir)
    assert not any(n for cols in verified.values() for n in cols.values())
