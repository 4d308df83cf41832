"""keys83's public exports run end to end from their parameters files, decisions only (issue
13): Kimai's customer and project lists and GrandTotal's German customer list, both as Kimai
keeps them for its importer's tests. Same harness as tests/test_public_end_to_end.py."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    run_public,
    verified_columns,
)


def test_kimai_customers_are_accounts_and_projects_stay(tmp_path: Path) -> None:
    """Kimai's 10 customers load as accounts, keyed by their ID, each with its customer
    number ('Account': C-63671629) as the account number, its one-cell address read part by
    part, its ISO country and its comment, every record read back. The 39 projects (work
    for a customer, with its purchase order's number: no Sales table) stay in the source,
    said why; 'projects2' is named for projects whatever number follows the noun."""
    run_dir = run_public("kimai-import-samples", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "account": ("customers", 10, 10, 0, 0, 0, 0)}
    accounts = pl.read_parquet(run_dir / "staged" / "account.parquet")
    cassin = accounts.filter(pl.col("__source_id") == "8").to_dicts()[0]
    assert (cassin["name"], cassin["accountnumber"], cassin["address1_country"]) == (
        "Cassin LLC", "C-63671629", "YE")
    # the one-cell address read part by part (since session 26): the street, the city,
    # the state and the postal code each in its column, proved against the export's cell
    assert [cassin[f"address1_{p}"] for p in ("line1", "city", "stateorprovince",
                                             "postalcode")] == [
        "7170 Scottie Motorway Suite 828", "Bridgettestad", "MO", "04855-1492"]
    cells = json.loads((run_dir / "verification.json").read_text())["tables"]["account"][
        "export_cells"]["columns"]["address1_composite"]
    assert (cells["export_column"], cells["cells"], cells["differ"]) == ("Address", 10, 0)
    assert accounts["accountnumber"].n_unique() == 10
    verified = verified_columns(run_dir)
    assert verified["account"]["accountnumber"] == 0
    assert not any(n for cols in verified.values() for n in cols.values())
    files = inventory_files(run_dir)
    assert not files["projects2"]["migrated"]
    assert "projects" in files["projects2"]["reason"]


def test_grandtotal_people_keyed_by_their_customer_number(tmp_path: Path) -> None:
    """GrandTotal's two people load as contacts, keyed by their customer number
    (Kundennummer '00001' and '1', kept as written), not by the firm a first column names
    (two people of one firm would share it) nor by the VAT number; German columns to their
    fields, the academic title 'Bc' as the suffix (no job; the salutation is the letter's).
    Each firm (Firma) is made an account by decision (``intake.records_from_values``), each
    person linked to theirs; the bank details stay out."""
    run_dir = run_public("grandtotal-customers-de", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"account": ("firms", 2, 2, 0, 0, 0),
                             "contact": ("grandtotal_de", 2, 2, 0, 0, 0)}
    assert out["contact"]["unresolved_lookups"] == 0
    people = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert sorted(people["__source_id"].to_list()) == ["00001", "1"]
    kevin = people.filter(pl.col("__source_id") == "00001").to_dicts()[0]
    # the title 'Bc' beside the letter's salutation: the suffix since session 48
    assert (kevin["firstname"], kevin["lastname"], kevin["salutation"], kevin["suffix"]) == (
        "Kevin", "Papst", "Sehr geehrter Herr", "Bc")
    assert (kevin["department"], kevin["address1_city"], kevin["address1_postalcode"],
            kevin["address1_country"]) == ("IT Abteilung", "Vienna", "1022", "DE")
    assert "jobtitle" not in people.columns
    assert "accountnumber" not in people.columns
    assert kevin["__ref__parentcustomerid_account"] == "Keleo"   # his firm, made an account
    verified = verified_columns(run_dir)
    assert not any(n for cols in verified.values() for n in cols.values())
    report = (run_dir / "report.html").read_text(encoding="utf-8")
    assert "moved without the record their Firma names" not in report
    assert "one for each different value of the Firma column" in report
