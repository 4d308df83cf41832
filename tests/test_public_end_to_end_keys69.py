"""keys69's public export runs end to end from its parameters file, decisions only (issue
13): metasfresh's Cucumber fixtures. Same harness as tests/test_public_end_to_end.py."""

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


def test_metasfresh_partners_load_as_accounts_and_their_users_as_contacts(
        tmp_path: Path) -> None:
    """metasfresh's 452 business partners (customers and suppliers alike) load as accounts
    with their name and search key ('Value': the account number, cleared where longer than
    Dynamics' 20 characters); the 20 users load as contacts, those of a partner linked to it
    by 'C_BPartner_ID' (read back), with their e-mail (cleared where it is no address) and
    phone. A payment term's id ('C_PaymentTerm_ID', the same numbers as the users' ids) is
    no link to a user: the run passes its links gate. The partners' locations, the orders,
    their lines and the products stay in metasfresh, each with its reason."""
    run_dir = run_public("metasfresh-cucumber", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"account": ("C_BPartner", 452, 452, 0, 0, 0),
                             "contact": ("AD_User", 20, 20, 0, 0, 0)}
    accounts = pl.read_parquet(run_dir / "staged" / "account.parquet")
    assert "primarycontactid" not in accounts.columns
    assert accounts.filter(pl.col("name") == "customer_SO")["accountnumber"].to_list() \
        == ["customer_SO"] * 2        # two features make one each
    assert accounts.filter(pl.col("accountnumber").str.len_chars() > 20).height == 0
    people = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert people["__ref__parentcustomerid_account"].drop_nulls().len() == 13
    contact = people.filter(pl.col("lastname") == "nShift Customer Contact").to_dicts()[0]
    assert (contact["emailaddress1"], contact["telephone1"]) \
        == ("contact@nshift-test.example", "+41 79 123 45 67")
    verified = verified_columns(run_dir)
    assert verified["contact"]["parentcustomerid"] == 0
    assert not any(n for cols in verified.values() for n in cols.values())
    files = inventory_files(run_dir)
    for name in ("C_BPartner_Location", "C_Order", "C_OrderLine", "M_Product"):
        assert not files[name]["migrated"] and files[name]["reason"], name
    assert "name salesorder in the parameters' objects" in files["C_Order"]["reason"]
