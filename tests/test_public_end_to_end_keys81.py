"""keys81's public exports run end to end from their parameters files, decisions only
(issue 13): WideWorldImporters' customer dimension and the PII SparkShield sample's customer
profiles, both from Microsoft Fabric's samples. Same harness as
tests/test_public_end_to_end.py."""

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


def test_wwi_customers_load_as_accounts_under_the_head_office_that_pays(
        tmp_path: Path) -> None:
    """The 403 customers load as accounts named by their 'Customer' column (the file's own
    word), with their postal code; the 400 shops under the head office billed for their
    orders (BillToCustomer, by name, a decided link), 200 under each. A head office billed
    to itself is no parent of itself, and the warehouse's 'Unknown' member's 'N/A' names no
    account: one link left unresolved, said. The primary contact is a person's name and the
    export has no contacts: 403 links left, counted. The shop's trade (Category 'Novelty
    Shop') is no Preferred / Standard category: not written as one."""
    run_dir = run_public("wwi-dimension-customer", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"account": ("dimension_customer", 403, 403, 0, 0, 0)}
    assert out["account"]["links_left"] == {"primarycontactid": 403}
    assert out["account"]["unresolved_lookups"] == 1
    accounts = pl.read_parquet(run_dir / "staged" / "account.parquet")
    assert "accountcategorycode" not in accounts.columns
    parents = accounts["__ref__parentaccountid"].value_counts(sort=True).rows()
    assert sorted(parents, key=str) == sorted([("202", 200), ("1", 200), (None, 3)], key=str)
    shop = accounts.filter(pl.col("name") == "Tailspin Toys (Absecon, NJ)").to_dicts()
    assert len(shop) == 1 and shop[0]["__ref__parentaccountid"] == "1"
    verified = verified_columns(run_dir)
    assert set(verified["account"]) >= {"name", "address1_postalcode", "parentaccountid"}
    assert not any(n for cols in verified.values() for n in cols.values())
    files = inventory_files(run_dir)
    assert files["dimension_customer"]["migrated"]
    unresolved = (run_dir / "unresolved_links" / "account.csv").read_text(encoding="utf-8")
    assert "BillToCustomer,N/A" in unresolved


def test_fabric_customer_profiles_load_as_contacts(tmp_path: Path) -> None:
    """The 20 customers load as contacts with their names, e-mail, phone, address, birth
    date and gender (the four 'Other' left empty by decision: Dataverse's gender holds Male
    and Female); every mapped field read back and compared. Loyalty points and the
    preferred store have no column: left in the export."""
    run_dir = run_public("fabric-customer-profiles", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"contact": ("customers-sampledata", 20, 20, 0, 0, 0)}
    people = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert not {"LoyaltyPoints", "PreferredStore"} & set(people.columns)
    david = people.filter(pl.col("emailaddress1") == "treid@example.org").to_dicts()[0]
    assert (david["firstname"], david["lastname"], david["address1_city"]) == (
        "David", "Arnold", "Amberville")
    assert people["gendercode"].value_counts(sort=True).rows() == [(2, 10), (1, 6), (None, 4)]
    verified = verified_columns(run_dir)
    assert {"firstname", "lastname", "emailaddress1", "birthdate", "gendercode"} <= set(
        verified["contact"])
    assert not any(n for cols in verified.values() for n in cols.values())
    assert inventory_files(run_dir)["customers-sampledata"]["migrated"]
