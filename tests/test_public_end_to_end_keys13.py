"""keys13's public exports run end to end from their parameters files, decisions only
(issue 13): CiviCRM's generated sample data and Salesforce E-Bikes. Same harness as
tests/test_public_end_to_end.py (that module is long already)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import yaml

from test_public_end_to_end import _export_dir, assert_true_counts, issues, run_public


def test_civicrm_people_their_employers_and_notes(tmp_path: Path) -> None:
    run_dir = run_public("civicrm-generated", tmp_path)
    out = assert_true_counts(run_dir)
    # every row of the file is read, the 100 whose communication methods CiviCRM writes
    # between SOH marks ('\x012\x01') too, and accounted for
    folder = _export_dir("civicrm-generated")
    assert folder is not None
    source = pl.read_csv(folder / "Contact.csv", infer_schema=False)
    assert source.height == 201
    # the organisations and households are the accounts (the export has no accounts file),
    # the individuals the contacts
    assert {k: (o["source"], o["loaded"], o["quarantined"], o["failed"])
            for k, o in out.items()} == {
        "account": (41, 41, 0, 0), "contact": (160, 144, 16, 0), "note": (20, 19, 0, 1)}
    # held back: the people with no last name
    people = source.filter(pl.col("Contact Type") == "Individual")
    assert int(people["last_name"].is_null().sum()) == 16
    # a person's Current Employer (an organisation's Contact ID) is its account, read back
    # and compared: every loaded person naming an organisation of the file (14, by hand)
    staged = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    organisations = source.filter(pl.col("Contact Type") == "Organization")["Contact ID"]
    naming = people.filter(pl.col("Contact ID").is_in(staged["__source_id"].implode())
                           & pl.col("Current Employer").is_in(organisations.implode()))
    assert naming.height == 14
    assert staged["__ref__parentcustomerid_account"].drop_nulls().len() == 14
    verification = json.loads((run_dir / "verification.json").read_text())["tables"]
    assert verification["contact"]["columns"]["parentcustomerid"] == 0
    assert out["contact"]["unresolved_lookups"] == 0
    # the people's e-mails, phones and addresses are rows of Email, Phone and Address (each
    # naming its contact): read as the contacts' columns, they arrive with them, verified
    assert verification["contact"]["mismatched"] == 0
    assert {c: staged[c].drop_nulls().len() for c in (
        "emailaddress1", "emailaddress2", "telephone1", "address1_line1", "address1_city")} == {
        "emailaddress1": 96, "emailaddress2": 57, "telephone1": 89, "address1_line1": 110,
        "address1_city": 110}
    inventory = {f["file"]: f for f in json.loads((run_dir / "inventory.json").read_text())[
        "files"]}
    assert {f: (inventory[f]["folded"]["rows"], inventory[f]["not_taken"])
            for f in ("Email.csv", "Phone.csv", "Address.csv", "Website.csv")} == {
        "Email.csv": (206, 3), "Phone.csv": (143, 3), "Address.csv": (169, 3),
        "Website.csv": (18, 0)}
    assert set(issues(run_dir, "quarantine", "contact")) == {
        "last name is required by Dataverse (expect_column_values_to_not_be_null)"}
    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text())
    contact = next(t for t in mapping["tables"] if t["target"] == "contact")
    assert {(c["source"], c["target"]) for c in contact["columns"]} >= {
        ("first_name", "firstname"), ("last_name", "lastname"),
        ("No Bulk Emails (User Opt Out)", "donotbulkemail"),
        ("Individual Prefix", "salutation"), ("Individual Suffix", "suffix"),
        ("Gender", "gendercode"), ("birth_date", "birthdate")}
    staged = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    # the decided labels of CiviCRM's prefix and suffix ids, and its genders
    assert set(staged["salutation"].drop_nulls().unique()) <= {"Mrs.", "Ms.", "Mr.", "Dr."}
    assert staged["salutation"].drop_nulls().len() > 0
    assert set(staged["gendercode"].drop_nulls().unique()) == {1, 2}
    # each note on the record its 'Note Entity' (civicrm_contact: the contacts file) and
    # 'Note Entity ID' name: the account or the contact that row became, read back and
    # compared; not the activity whose id is the same number
    notes = pl.read_csv(folder / "Note.csv", infer_schema=False)
    assert set(notes["Note Entity"]) == {"civicrm_contact"}
    kind = dict(zip(source["Contact ID"], source["Contact Type"], strict=True))
    loaded = set(pl.read_parquet(run_dir / "staged" / "contact.parquet")["__source_id"]) | {
        c for c, k in kind.items() if k != "Individual"}   # every account loaded
    want = {n: ("contact" if kind[e] == "Individual" else "account", e)
            for n, e in zip(notes["Note ID"], notes["Note Entity ID"], strict=True)
            if e in loaded}
    assert len(want) == 19
    staged = pl.read_parquet(run_dir / "staged" / "note.parquet")
    got = {}
    for table in ("account", "contact"):
        for n, e in staged.select("__source_id", f"__ref__objectid_{table}").iter_rows():
            if e is not None and n in want:
                got[n] = (table, e)
    assert got == want
    assert verification["note"]["columns"]["objectid"] == 0
    assert verification["note"]["matched"] == out["note"]["loaded"] == 19
    # the note on a person held back (no last name) did not load: its reason says so
    (failed,) = pl.read_csv(run_dir / "failed" / "note.csv", infer_schema=False).to_dicts()
    assert failed["source_id"] not in want and "did not load" in failed["reason"]
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    assert files["Contact"]["rows"] == 201
    for name in ("ActivityContact", "GroupContact", "Relationship", "Pledge"):
        assert files[name]["kind"] == "unknown" and not files[name]["taken"], name


def test_salesforce_ebikes_resellers(tmp_path: Path) -> None:
    run_dir = run_public("salesforce-ebikes", tmp_path)
    out = assert_true_counts(run_dir)
    assert {k: o["loaded"] for k, o in out.items()} == {"account": 3}
    staged = pl.read_parquet(run_dir / "staged" / "account.parquet")
    assert sorted(staged["address1_city"].to_list()) == ["Belmont", "New York",
                                                          "San Francisco"]
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    assert files["Product__c"]["kind"] == "product"
    assert not files["Product__c"]["taken"] and files["Product__c"]["reason"]
