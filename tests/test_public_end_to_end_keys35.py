"""keys35's public exports run end to end from their parameters files, decisions only
(issue 13): Dynamics 365 Marketing's lab import files and a Dynamics 365 contacts file of
Microsoft Learning's courses. Same harness as tests/test_public_end_to_end.py (that module
is long already)."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from test_public_end_to_end import assert_true_counts, run_public


def _counts(out: dict) -> dict[str, tuple[int, int, int, int, int]]:
    return {k: (o["source"], o["loaded"], o["quarantined"], o["skipped"], o["failed"])
            for k, o in out.items()}


def test_marketing_contacts_load_under_their_companies_by_name(tmp_path: Path) -> None:
    """Thirty companies, then 145 marketing contacts, each under its company found by the
    company's name (as the lab's own import links them); the files' trailing empty rows are
    held back with their reason, not counted as loaded; the ten e-mail addresses that are
    no addresses ('brian @adventure-works.com', 'jimmy@lamna healthcare company') are
    cleared and listed, their contacts loaded without them."""
    run_dir = run_public("d365-marketing-contoso", tmp_path)
    out = assert_true_counts(run_dir)
    assert _counts(out) == {"account": (34, 30, 4, 0, 0), "contact": (147, 145, 2, 0, 0)}
    assert out["contact"]["unresolved_lookups"] == 0
    assert out["contact"]["cleared_fields"] == {"emailaddress1": 10}
    for name in ("account", "contact"):
        held = pl.read_csv(run_dir / "quarantine" / f"{name}.csv", infer_schema=False)
        assert set(held["value"].fill_null("")) == {""}
        assert all(r.startswith("no source id in 'key(") for r in held["reason"])
    cleared = pl.read_csv(run_dir / "cleared" / "contact.csv", infer_schema=False)
    assert "jimmy@lamna healthcare company" in cleared["value"].to_list()
    assert set(cleared["reason"]) == {
        "email address is not valid (expect_column_values_to_match_regex)"}
    contacts = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    accounts = pl.read_parquet(run_dir / "staged" / "account.parquet")
    ids = dict(zip(accounts["name"].str.strip_chars(), accounts["__source_id"], strict=True))
    # every contact points at its company's account, 'City Power & Light ' (with its
    # trailing space in both files) too
    assert contacts["__ref__parentcustomerid_account"].null_count() == 0
    oleg = contacts.filter(pl.col("lastname") == "Anashkin").to_dicts()[0]
    assert oleg["__ref__parentcustomerid_account"] == ids["City Power & Light"]
    assert (oleg["emailaddress1"], oleg["address1_stateorprovince"]) == (
        "oleg@citypowerandlight.com", "Arizona")
    assert contacts["gendercode"].value_counts().sort("gendercode").rows() == [(1, 84), (2, 61)]


def test_dynamics_contacts_file_loads_by_its_own_labels(tmp_path: Path) -> None:
    """Nineteen people headed with Dynamics 365's own labels ('Address 1: Street 1',
    'Address 1: Country/Region') load as contacts, every column where its label says,
    the shifted address of the first row as the file writes it."""
    run_dir = run_public("d365-contosocoffee-contacts", tmp_path)
    out = assert_true_counts(run_dir)
    assert _counts(out) == {"contact": (19, 19, 0, 0, 0)}
    row = pl.read_parquet(run_dir / "staged" / "contact.parquet").filter(
        pl.col("lastname") == "Moss").to_dicts()[0]
    assert (row["firstname"], row["emailaddress1"], row["gendercode"], row["address1_line1"],
            row["address1_line2"], row["address1_line3"], row["address1_postalcode"],
            row["address1_country"]) == ("Abbie", "abbie_moss@collinsreedandhoward.com", 2,
                                         "129 Miller Plaza", "Fairfield", "California",
                                         "10753", "USA")
