"""keys88's public export runs end to end from its parameters file, decisions only (issue
13): Copper CRM's records as its API writes them (hull's MIT connector's test fixtures).
Same harness as tests/test_public_end_to_end.py."""

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


def test_copper_people_companies_leads_and_deals_with_their_addresses_and_links(
        tmp_path: Path) -> None:
    """Copper's 3 companies load as accounts, its 5 people as contacts of their company, its
    2 leads as leads (the junk one disqualified) and its 3 opportunities as opportunities of
    their company with their primary contact (the lost one closed lost), every record read
    back. Copper's address object is read part by part (street, city, state, postal code),
    its lists of e-mails and phones primary first, a lead's single e-mail object as its
    address. The activity log (calls and notes typed only by an activity-type id), the
    user and Copper's pick lists stay in the source, each with its reason."""
    run_dir = run_public("copper-crm-hull", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "closed") == {
        "account": ("companies", 3, 3, 0, 0, 0, 0),
        "contact": ("people", 5, 5, 0, 0, 0, 0),
        "lead": ("leads", 2, 2, 0, 0, 0, 1),
        "opportunity": ("opportunities", 3, 3, 0, 0, 0, 1)}
    people = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    jon = people.filter(pl.col("__source_id") == "94693339").to_dicts()[0]
    assert (jon["address1_line1"], jon["address1_city"], jon["address1_stateorprovince"],
            jon["address1_postalcode"]) == ("301 Howard Street", "San Francisco", "CA", "94105")
    assert (jon["emailaddress1"], jon["telephone1"]) == ("jonl@copper.com", "4153554776")
    assert people["__ref__parentcustomerid_account"].to_list() == ["42412878"] * 5
    leads = pl.read_parquet(run_dir / "staged" / "lead.parquet").sort("__source_id")
    assert leads["emailaddress1"].to_list() == ["samanthas@copper.com", "andrews@copper.com"]
    assert leads["statecode"].to_list() == [2, 0]          # Junk: disqualified
    assert leads["estimatedamount"].to_list() == [5000.0, 2500.0]
    assert "leadsourcecode" not in leads.columns          # another account's source ids
    deals = pl.read_parquet(run_dir / "staged" / "opportunity.parquet").sort("__source_id")
    assert deals["estimatedvalue"].to_list() == [250000.0, 75000.0, 50000.0]
    assert deals["statecode"].to_list() == [0, 0, 2]
    assert deals["closeprobability"].to_list() == [20, 40, 10]
    assert deals["__ref__customerid_account"].to_list() == ["42412878"] * 3
    assert deals["__ref__parentcontactid"].to_list() == ["94693339", "94693340", "94693341"]
    companies = pl.read_parquet(run_dir / "staged" / "account.parquet")
    assert sorted(companies["address1_city"]) == ["Philadelphia", "San Francisco", "Scranton"]
    verified = verified_columns(run_dir)
    assert not any(n for cols in verified.values() for n in cols.values())
    files = inventory_files(run_dir)
    for name in ("activities", "customer_sources", "contact_types", "loss_reasons",
                 "pipelines", "custom_field_definitions", "users"):
        assert not files[name]["migrated"] and files[name]["reason"], name
    assert "lists the values of a field" in files["customer_sources"]["reason"]
