"""keys21's public exports run end to end from their parameters files, decisions only
(issue 13). Same harness as tests/test_public_end_to_end.py (that module is long already)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import polars as pl

from test_public_end_to_end import _export_dir, assert_true_counts, run_public

#: The Salesforce plan's contact fields and the contact columns they load into.
_CONTACT = {"FirstName": "firstname", "LastName": "lastname", "Salutation": "salutation",
            "Title": "jobtitle", "MailingStreet": "address1_line1",
            "MailingCity": "address1_city", "MailingState": "address1_stateorprovince",
            "MailingPostalCode": "address1_postalcode", "MailingCountry": "address1_country",
            "Phone": "telephone1", "Fax": "fax", "MobilePhone": "mobilephone",
            "Email": "emailaddress1"}


def test_salesforce_plan_contacts_load_with_every_field_and_zip_plus_four(tmp_path: Path
                                                                          ) -> None:
    run_dir = run_public("sfdc-event-monitoring-demo", tmp_path)
    out = assert_true_counts(run_dir)
    assert {k: (o["source"], o["loaded"], o["quarantined"], o["skipped"])
            for k, o in out.items()} == {"account": (1, 1, 0, 0), "contact": (119, 119, 0, 0)}
    folder = _export_dir("sfdc-event-monitoring-demo")
    assert folder is not None
    source = {r["Id"]: r for r in pl.read_csv(folder / "Contact.csv",
                                              infer_schema=False).to_dicts()}
    staged = pl.read_parquet(run_dir / "staged" / "contact.parquet").to_dicts()
    assert len(staged) == len(source) == 119
    for row in staged:
        src = source[row["__source_id"]]
        # every field of the plan where it belongs, as written (a ZIP+4 code stays text)
        assert {t: row[t] for t in _CONTACT.values()} == {
            t: src[s] for s, t in _CONTACT.items()}, row["__source_id"]
    zips = {r["address1_postalcode"] for r in staged}
    assert "94105-5188" in zips and "10002" in zips
    account = pl.read_parquet(run_dir / "staged" / "account.parquet").to_dicts()
    assert [a["name"] for a in account] == ["Sample Account for Entitlements"]
    # the opportunities name no customer, which the org requires: listed, not loaded
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    assert files["Contact"]["taken"] == {"contact": 119}
    assert not files["Opportunity"]["taken"]
    assert files["Opportunity"]["reason"].startswith("not migrated")


#: HubSpot's company properties and the account columns they load into.
_COMPANY = {"Company name": "name", "City": "address1_city", "Phone Number": "telephone1",
            "State/Region": "address1_stateorprovince", "Street Address": "address1_line1",
            "Website URL": "websiteurl"}


def test_hubspot_companies_load_keyed_by_name_not_by_revenue(tmp_path: Path) -> None:
    run_dir = run_public("hubspot-ui-extensions", tmp_path)
    out = assert_true_counts(run_dir)
    assert {k: (o["source"], o["loaded"], o["quarantined"], o["skipped"])
            for k, o in out.items()} == {"account": (7, 7, 0, 0)}
    folder = _export_dir("hubspot-ui-extensions")
    assert folder is not None
    staged = {r["__source_id"]: r for r in
              pl.read_parquet(run_dir / "staged" / "account.parquet").to_dicts()}
    # the first column, Annual Revenue, is unique but a figure: the name keys each company
    assert sorted(staged) == sorted(r["name"] for r in staged.values())
    assert "4000000" not in staged
    with (folder / "companies.csv").open(newline="", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["Company name"] != "FifthTestCompany"]
    assert len(rows) == 6
    for src in rows:
        acc = staged[src["Company name"]]
        assert {t: acc[t] for t in _COMPANY.values()} == {
            t: src[s] for s, t in _COMPANY.items()}, src["Company name"]
        assert acc["revenue"] == float(src["Annual Revenue"])
    # the row whose street opens a quote it never closes: read, its fields in place
    fifth = staged["FifthTestCompany"]
    assert (fifth["address1_line1"], fifth["websiteurl"], fifth["revenue"]) == (
        "586 Willard St", "FifthTestCompany.net", 5000000.0)
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    assert files["companies"]["taken"] == {"account": 7}
    for name in ("products", "sample-data"):   # left to a person, each with its reason
        assert not files[name]["taken"], name
        assert files[name]["reason"].startswith("not migrated"), name
