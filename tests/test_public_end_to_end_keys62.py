"""keys62's public exports run end to end from their parameters files, decisions only
(issue 13): Grist's Lightweight CRM and undb's CRM template, each as its product's CSV
export writes it. Same harness as tests/test_public_end_to_end.py."""

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


def test_grist_lightweight_crm_contacts_and_their_interactions_by_type(
        tmp_path: Path) -> None:
    """Grist's 25 contacts load as contacts (no id column: Grist writes none; the e-mail
    tells them apart). Their company is plain text, no company table: the parameters make
    one account per distinct Company (intake.records_from_values), 25, each contact linked
    to its own; the inventory counts the export's 46 rows, not the made ones, and the
    report says the accounts were made from values. The 21 interactions load by their
    Type: 8 e-mails, 6 meetings ("In-Person": a meeting face to face), 5 tasks (to-dos), 2
    phone calls, each regarding the contact the interaction shows by the contact's company
    (Grist's reference displays Company), keyed by the contact, day and notes the
    parameters confirm."""
    run_dir = run_public("grist-lightweight-crm", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"account": ("companies", 25, 25, 0, 0, 0),
                             "contact": ("Contacts", 25, 25, 0, 0, 0),
                             "email": ("Interactions", 8, 8, 0, 0, 0),
                             "appointment": ("Interactions", 6, 6, 0, 0, 0),
                             "task": ("Interactions", 5, 5, 0, 0, 0),
                             "phonecall": ("Interactions", 2, 2, 0, 0, 0)}
    assert not out["contact"].get("links_left")
    people = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    ibrahim = people.filter(pl.col("emailaddress1") == "ishermore0@blogspot.com").to_dicts()[0]
    assert (ibrahim["firstname"], ibrahim["lastname"], ibrahim["address1_line1"]) == (
        "Ibrahim", "Shermore", "9 Springview Way")
    companies = pl.read_parquet(run_dir / "staged" / "account.parquet")
    assert people["__ref__parentcustomerid_account"].drop_nulls().len() == 25
    assert set(people["__ref__parentcustomerid_account"]) == set(companies["__source_id"])
    assert "Batz, Prohaska and Schmeler" in companies["name"].to_list()
    for formula in ("Due", "To-Do Items", "Gmail Search"):   # Grist's formula columns
        assert formula not in people.columns
    for table in ("email", "appointment", "task", "phonecall"):
        staged = pl.read_parquet(run_dir / "staged" / f"{table}.parquet")
        linked = staged[f"__ref__regardingobjectid_contact_{table}"].drop_nulls().len()
        assert linked == staged.height, table
        assert not any(verified_columns(run_dir)[table].values()), table
    meetings = pl.read_parquet(run_dir / "staged" / "appointment.parquet")
    assert meetings["subject"].str.starts_with("Met").sum() >= 1
    assert not any(n for cols in verified_columns(run_dir).values() for n in cols.values())
    files = inventory_files(run_dir)
    assert files["Contacts"]["migrated"] and files["Interactions"]["migrated"]
    inventory = json.loads((run_dir / "inventory.json").read_text())
    assert inventory["rows"] == 46 and "companies" not in files
    assert [(m["column"], m["values"], m["taken"]) for m in inventory["made_from_values"]] \
        == [("Company", 25, {"account": 25})]
    report = (run_dir / "report.html").read_text()
    assert "the export holds no file of them" in report
    assert "different value of the Company column of Contacts.csv" in report


def test_undb_crm_companies_contacts_deals_and_activities(tmp_path: Path) -> None:
    """undb's 10 companies load as accounts, its 30 contacts as contacts of their company
    (by the link 'Company', read back; 'Company Name', undb's lookup of the same name, is
    a copy), its 50 deals as opportunities whose customer is their contact (a decision:
    a deal names no company), ten of them won (Closed Won), and its 20 activities as 7
    calls, 7 meetings and 6 e-mails by their Type, each regarding its deal and its
    contact. A company's list of its people is no one primary contact: 10 links left."""
    run_dir = run_public("undb-crm", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"account": ("Companies", 10, 10, 0, 0, 0),
                             "contact": ("Contacts", 30, 30, 0, 0, 0),
                             "opportunity": ("Deals", 50, 50, 0, 0, 0),
                             "phonecall": ("Activities", 7, 7, 0, 0, 0),
                             "appointment": ("Activities", 7, 7, 0, 0, 0),
                             "email": ("Activities", 6, 6, 0, 0, 0)}
    assert out["account"]["links_left"] == {"primarycontactid": 10}
    people = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert people["__ref__parentcustomerid_account"].drop_nulls().len() == 30
    mapping = (run_dir / "mapping.yml").read_text(encoding="utf-8")
    assert "Company Name: 'the values of ''Company'' again, row by row: a copy'" in mapping
    deals = pl.read_parquet(run_dir / "staged" / "opportunity.parquet")
    assert deals["__ref__customerid_contact"].drop_nulls().len() == 50
    assert deals.group_by("stepname", "statecode").len().sort("stepname").rows() == [
        ("Closed Won", 1, 10), ("Negotiation", 0, 11), ("Proposal", 0, 16),
        ("Qualification", 0, 13)]
    renewal = deals.filter(pl.col("name") == "Software License Renewal").to_dicts()[0]
    assert (renewal["estimatedvalue"], renewal["estimatedclosedate"]) == (
        50000.0, "2023-12-31T00:00:00Z")
    companies = pl.read_parquet(run_dir / "staged" / "account.parquet")
    assert dict(companies.select("name", "industrycode").rows())["XYZ Inc"] == 16
    for table in ("phonecall", "appointment", "email"):
        staged = pl.read_parquet(run_dir / "staged" / f"{table}.parquet")
        deal = staged[f"__ref__regardingobjectid_opportunity_{table}"].drop_nulls().len()
        assert deal == staged.height, table
    assert verified_columns(run_dir)["contact"]["parentcustomerid"] == 0
    assert verified_columns(run_dir)["opportunity"]["customerid"] == 0
    assert not any(n for cols in verified_columns(run_dir).values() for n in cols.values())
    files = inventory_files(run_dir)
    assert all(f["migrated"] for f in files.values())
