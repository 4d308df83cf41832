"""keys16's public exports run end to end from their parameters files, decisions only
(issue 13). Same harness as tests/test_public_end_to_end.py (that module is long already)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from test_public_end_to_end import _export_dir, assert_true_counts, run_public


def test_multiframework_accounts_contacts_and_deals_by_reference_id(tmp_path: Path) -> None:
    run_dir = run_public("salesforce-multiframework-recipes", tmp_path)
    out = assert_true_counts(run_dir)
    assert {k: (o["source"], o["loaded"], o["quarantined"]) for k, o in out.items()} == {
        "account": (10, 10, 0), "contact": (6, 6, 0), "opportunity": (8, 8, 0)}
    assert all(o["unresolved_lookups"] == 0 for o in out.values())
    folder = _export_dir("salesforce-multiframework-recipes")
    assert folder is not None
    # each contact and each deal linked to the account its reference id names
    contacts = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    source = pl.read_csv(folder / "Contact.csv", infer_schema=False)
    assert dict(zip(contacts["__source_id"], contacts["__ref__parentcustomerid_account"],
                    strict=True)) == dict(zip(source["Id"], source["AccountId"], strict=True))
    deals = pl.read_parquet(run_dir / "staged" / "opportunity.parquet")
    opps = pl.read_csv(folder / "Opportunity.csv", infer_schema=False)
    assert dict(zip(deals["__source_id"], deals["__ref__customerid_account"], strict=True)) \
        == dict(zip(opps["Id"], opps["AccountId"], strict=True))
    # amounts whole, every stage placed: one won, one lost (Out-Sold, the team's decision)
    assert deals["estimatedvalue"].sum() == opps["Amount"].cast(pl.Float64).sum()
    states = dict(zip(deals["stepname"], zip(deals["statecode"], deals["statuscode"],
                                              strict=True), strict=True))
    assert states["Closed Won"][0] == 1
    assert states["Closed Lost"] == (2, 5)
    assert sorted(deals["statecode"].to_list()) == [0, 0, 0, 0, 0, 0, 1, 2]
    assert out["opportunity"]["closed"] == 2
    # industries decided in the parameters, revenue as a number
    accounts = pl.read_parquet(run_dir / "staged" / "account.parquet")
    acme = accounts.filter(pl.col("name") == "Acme Corp").to_dicts()[0]
    assert (acme["industrycode"], acme["revenue"]) == (6, 10_000_000.0)
    inventory = json.loads((run_dir / "inventory.json").read_text())
    assert {f["source"]: f["taken"] for f in inventory["files"]} == {
        "Account": {"account": 10}, "Contact": {"contact": 6},
        "Opportunity": {"opportunity": 8}}


def test_openpetra_hundred_people_none_dropped_for_a_shared_first_name(tmp_path: Path) -> None:
    run_dir = run_public("openpetra-partner-import", tmp_path)
    out = assert_true_counts(run_dir)
    # ten of the hundred share a first name with another: all move (keyed by their e-mail)
    # the four-partner sample is the contacts' second file (session 16), keyed by the names
    # the analyst chose; its organisation has no person's last name: held back, said why
    assert {k: (o["source"], o["loaded"], o["skipped"]) for k, o in out.items()} == {
        "contact": (100, 100, 0), "contact_2": (4, 3, 0)}
    held = pl.read_csv(run_dir / "quarantine" / "contact_2.csv", infer_schema=False)
    assert held["column"].to_list() == ["lastname"]
    folder = _export_dir("openpetra-partner-import")
    assert folder is not None
    source = pl.read_csv(folder / "samplePartnerImport100.csv", infer_schema=False)
    assert source["FirstName"].n_unique() < source.height
    contacts = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    first = contacts.filter(pl.col("emailaddress1") == source["Email"][0]).to_dicts()[0]
    assert {k: first[k] for k in ("firstname", "lastname", "telephone1", "address1_line1",
                                  "address1_city", "address1_postalcode",
                                  "address1_country")} == {
        "firstname": source["FirstName"][0], "lastname": source["FamilyName"][0],
        "telephone1": source["Phone"][0], "address1_line1": source["Street"][0],
        "address1_city": source["City"][0], "address1_postalcode": source["PostCode"][0],
        "address1_country": source["Country"][0]}
    assert contacts["address1_postalcode"].null_count() == 0
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    assert files["samplePartnerImport100"]["taken"] == {"contact": 100}
    assert files["samplePartnerImport"]["taken"] == {"contact_2": 4}
