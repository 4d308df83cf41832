"""keys66's public export runs end to end from its parameters file, decisions only (issue
13): webERP's demo company. Same harness as tests/test_public_end_to_end.py."""

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


def test_weberp_debtors_load_as_accounts_and_their_contacts_with_them(tmp_path: Path) -> None:
    """webERP's six customers ("debtors") load as accounts with their name, address lines
    and credit limit; the three contact persons of Angus Rouledge load as contacts of that
    customer, linked by the customer's number ('debtorno', read back), with their role and
    phone. The tax reference (digits and dashes) is no phone. The branches, suppliers and
    their people, items, prices, orders and the ledger stay in webERP, each with its
    reason; the salespeople and the user are matched, not created."""
    run_dir = run_public("weberp-demo", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"account": ("debtorsmaster", 6, 6, 0, 0, 0),
                             "contact": ("custcontacts", 3, 3, 0, 0, 0)}
    accounts = pl.read_parquet(run_dir / "staged" / "account.parquet")
    assert "telephone1" not in accounts.columns           # 'taxref' is no phone
    lorrima = accounts.filter(pl.col("name") == "Lorrima Productions Inc").to_dicts()[0]
    assert (lorrima["address1_line1"], lorrima["address1_line2"], lorrima["creditlimit"]) \
        == ("3215 Great Western Highway", "Blubberhouses", 1000)
    people = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert people["__ref__parentcustomerid_account"].to_list() == ["ANGRY"] * 3
    hamish = people.filter(pl.col("lastname") == "Hamish McKay").to_dicts()[0]
    assert (hamish["jobtitle"], hamish["telephone1"]) == ("CEO", "12334302")
    verified = verified_columns(run_dir)
    assert verified["contact"]["parentcustomerid"] == 0
    assert not any(n for cols in verified.values() for n in cols.values())
    files = inventory_files(run_dir)
    for name in ("custbranch", "suppliers", "suppliercontacts", "stockmaster", "prices",
                 "salesorders", "salesorderdetails", "debtortrans", "stockcategory"):
        assert not files[name]["migrated"] and files[name]["reason"], name
    assert "left out by the analyst" in files["suppliercontacts"]["reason"]
    for name in ("salesman", "www_users"):
        assert "matched to Dynamics 365 users" in files[name]["reason"], name
