"""keys15's public exports run end to end from their parameters files, decisions only
(issue 13): Baserow's Lightweight CRM. Same harness as tests/test_public_end_to_end.py (that
module is long already)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from test_public_end_to_end import _export_dir, assert_true_counts, run_public


def test_baserow_companies_contacts_and_the_deals_in_pipelines(tmp_path: Path) -> None:
    run_dir = run_public("baserow-lightweight-crm", tmp_path)
    out = assert_true_counts(run_dir)
    assert {k: (o["source"], o["loaded"], o["quarantined"]) for k, o in out.items()} == {
        "account": (4, 4, 0), "contact": (7, 7, 0), "opportunity": (9, 9, 0)}
    # each contact and each deal linked to the company its Company column names
    assert all(o["unresolved_lookups"] == 0 for o in out.values())
    contacts = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    deals = pl.read_parquet(run_dir / "staged" / "opportunity.parquet")
    assert contacts["__ref__parentcustomerid_account"].null_count() == 0
    assert deals["__ref__customerid_account"].null_count() == 0
    # a company's own list of its contacts is no link of its own: counted as left, not lost
    assert out["account"]["links_left"] == {"primarycontactid": 4}
    # the file named Pipelines holds the deals: their value and stage, two won, one lost
    folder = _export_dir("baserow-lightweight-crm")
    assert folder is not None
    source = pl.read_csv(folder / "Pipelines.csv", infer_schema=False)
    assert deals["estimatedvalue"].sum() == source["Contract Value"].cast(pl.Float64).sum()
    assert sorted(deals["statecode"].to_list()) == [0, 0, 0, 0, 0, 0, 1, 1, 2]
    assert out["opportunity"]["closed"] == 3
    assert set(deals["name"].to_list()) == set(source["Opportunity"].to_list())
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    assert files["Pipelines"]["kind"] == "deal"
    assert files["Pipelines"]["taken"] == {"opportunity": 9}
    for name in ("Activities", "Employees"):
        assert not files[name]["taken"] and files[name]["reason"], name


def test_tine_address_book_in_groupware_field_names(tmp_path: Path) -> None:
    run_dir = run_public("tine20-demo-de", tmp_path)
    out = assert_true_counts(run_dir)
    assert {k: (o["source"], o["loaded"], o["quarantined"]) for k, o in out.items()} == {
        "account": (3, 3, 0), "contact": (7, 7, 0)}
    # vCard's shorthand read as the contact's columns (n_given, adr_one_locality, tel_work)
    contacts = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    rattle = contacts.filter(pl.col("lastname") == "Rattle").to_dicts()[0]
    assert {k: rattle[k] for k in ("firstname", "address1_city", "address1_line1",
                                   "telephone1", "mobilephone", "fax", "telephone2",
                                   "department", "emailaddress2")} == {
        "firstname": "Simon", "address1_city": "Hamburg",
        "address1_line1": "Platz der Deutschen Einheit 4", "telephone1": "4045579-10",
        "mobilephone": "176485921", "fax": "4045579-110", "telephone2": "4055887",
        "department": "Orchester", "emailaddress2": "elb@hamburg.de"}
    assert contacts["birthdate"].null_count() == 0
    # the Elbphilharmonie's four people linked to its customer record; Schloss Schönbrunn's
    # three name a customer spelt Schönbrun: moved without the link, each counted with why
    assert contacts["__ref__parentcustomerid_account"].drop_nulls().to_list() == [
        "Elbphilharmonie"] * 4
    assert out["contact"]["unresolved_lookups"] == 3
    unresolved = pl.read_csv(run_dir / "unresolved_links" / "contact.csv", infer_schema=False)
    assert set(unresolved["value"].to_list()) == {"Schloss Schönbrunn"}
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    assert files["Offer"]["kind"] == "quote"
    for name in ("Lead", "Offer", "Task", "User", "CostCenter"):
        assert not files[name]["taken"] and files[name]["reason"], name
