"""keys59's public export runs end to end from its parameters file, decisions only (issue
13): Openbravo's sample client "F&B International Group", one CSV per database table with
Openbravo's (Compiere's) column names (tests/data/exports/openbravo-fb-sample). Same harness
as tests/test_public_end_to_end.py."""

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


def test_openbravo_partners_and_their_people(tmp_path: Path) -> None:
    """The 25 business partners load as accounts (name, description, credit limit); of the 24
    AD_USER rows (the engine reads the users file as the partners' people) the 8 of the
    client's own login users (a USERNAME) are skipped, as the parameters decide, each with
    that reason, and the 16 partners' people load as contacts under their account by
    C_BPARTNER_ID, with e-mail, title and phone; a person with no last name keeps the whole
    NAME as last name (a decision). Addresses, locations and partner groups stay in the
    source, each with its reason. Every column read back whole."""
    run_dir = run_public("openbravo-fb-sample", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"account": ("C_BPARTNER", 25, 25, 0, 0, 0),
                             "contact": ("AD_USER", 24, 16, 0, 8, 0)}
    columns = verified_columns(run_dir)
    assert all(n == 0 for t in columns.values() for n in t.values())
    assert {"name", "description", "creditlimit"} <= set(columns["account"])
    assert {"emailaddress1", "jobtitle", "telephone1", "firstname", "lastname",
            "parentcustomerid"} <= set(columns["contact"])
    people = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert people["__via__parentcustomerid_account"].drop_nulls().len() == 16
    ana = people.filter(pl.col("firstname") == "Ana")
    assert ana[["lastname", "emailaddress1", "jobtitle"]].rows() == [
        ("Cortés", "cortes@rest-luna-llena.es", "Comprador")]
    # the client's login users: skipped as decided, the reason and the value beside each
    skipped = pl.read_csv(run_dir / "skipped" / "contact.csv", infer_schema=False)
    assert skipped.height == 8 and set(skipped["column"]) == {"USERNAME"}
    assert "F&BESUser" in skipped["value"].to_list()
    assert all(r.startswith("left out as decided: the company's own login users")
               for r in skipped["reason"])
    assert "F&B ES User" not in people["lastname"].to_list()
    # a partner's person with no LASTNAME: the whole NAME stands in
    assert people.filter(pl.col("firstname") == "Juan López")["lastname"].to_list() == [
        "Juan López"]
    files = inventory_files(run_dir)
    for name in ("C_BPARTNER_LOCATION", "C_LOCATION", "C_BP_GROUP"):
        assert not files[name]["migrated"] and files[name]["reason"], name
