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
    """The 25 business partners load as accounts (name, description, credit limit); the 24
    AD_USER rows as contacts (the engine reads the users file as the partners' people: 16
    of them belong to 16 partners), the 16 under their account by C_BPARTNER_ID, with e-mail,
    title and phone; a person with no last name keeps the whole NAME as last name (a
    decision: 13 of 24). Addresses, locations and partner groups stay in the source, each
    with its reason. Every column read back whole."""
    run_dir = run_public("openbravo-fb-sample", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"account": ("C_BPARTNER", 25, 25, 0, 0, 0),
                             "contact": ("AD_USER", 24, 24, 0, 0, 0)}
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
    # a login user of the client, no last name: its NAME stands in
    assert "F&B ES User" in people["lastname"].to_list()
    files = inventory_files(run_dir)
    for name in ("C_BPARTNER_LOCATION", "C_LOCATION", "C_BP_GROUP"):
        assert not files[name]["migrated"] and files[name]["reason"], name
