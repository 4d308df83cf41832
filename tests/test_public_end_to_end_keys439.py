"""keys439's public export runs end to end from its parameters file, decisions only (issue
13): Teamleader Focus (the Belgian hosted CRM), its records as recorded in an open-licence
API client's mock responses (Weichie-com/teamleader-mcp at 083734c6, MIT:
tests/mocks/teamleader.ts) as Teamleader's list exports, headed by its English field labels,
references as the names they point to (tests/data/exports/teamleader-export-en; SOURCE.md),
on the branch-point engine f033d9dc (session 55, round Z11). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``).

The two companies load as accounts keyed by their Teamleader id: name, company number as
account number, e-mail, the invoicing e-mail as the second e-mail, phone, website, the
primary address as address 1 and the invoicing address as address 2, remarks, status and
the date added. The two contacts load as contacts: salutation, names, gender, birth date,
e-mail, phone, address, position as job title, remarks; John Doe linked by name to his
company Acme Corporation. The three products load on the org's own default unit group and
unit (the test creates them first) with code, name, description, purchase price as current
cost and selling price. Deal 1 loads as an open opportunity of Acme Corporation with John
Doe as its contact, its phase 'Qualifying' as the step name, 75 as its probability; deal 2,
whose customer is the contact Jane Smith (no company), is held back with its reason. The
two meetings load as completed appointments regarding the contact they are linked to. The
export's date-times carry no zone: read as written (10:00 -> 10:00Z). Verification finds no
column differing; the fallback owner takes every record, no one queued.

The parameters decide: the keys (ID); no owner column (the responsible user and the
meeting's creator name 'Test User', no user of the org); the invoicing e-mail and the deal's
summary (measured misses in both modes); the products' two decimals; the deal's customer by
company name; the units; the hold-back gate for deal 2.

What is NOT read (left unmapped): the companies' and contacts' VAT number, IBAN, BIC,
language, payment term (words such as '30 days after invoice date', no choice of the org),
tags, marketing consent and account manager; the contacts' decision-maker flag and national
identification number (the org's contact table here has no government id); the deals'
reference, weighted value, purchase order number, department and responsible user; the
meetings' attendees and creator. Not migrated, each listed in the inventory with its
reason: users (matched as owners, not created), quotations (not in this run's objects),
invoices (no Sales table), timetracking (read as meetings, a second file of that kind: the
measured file miss).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl
import pytest
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    run_public,
    runs_once,
    verified_columns,
)
from test_public_end_to_end_session12 import _product_catalogue

NAME = "teamleader-export-en"
KINDS = {"companies": ("account", {"account": 2}), "contacts": ("contact", {"contact": 2}),
         "deals": ("deal", {"opportunity": 2}), "products": ("product", {"product": 3}),
         "meetings": ("activity", {"appointment": 2}), "quotations": ("quote", {}),
         "invoices": ("unknown", {}), "timetracking": ("activity", {}),
         "users": ("user", {})}
COLUMNS = {
    "account": {"name": "Name", "accountnumber": "Company number", "emailaddress1": "Email",
                "emailaddress2": "Invoicing email", "telephone1": "Telephone",
                "websiteurl": "Website", "address1_line1": "Street",
                "address1_postalcode": "Postal code", "address1_city": "City",
                "address1_country": "Country", "address2_line1": "Invoicing street",
                "address2_postalcode": "Invoicing postal code",
                "address2_city": "Invoicing city", "address2_country": "Invoicing country",
                "description": "Remarks", "statuscode": "Status",
                "overriddencreatedon": "Added on"},
    "contact": {"salutation": "Salutation", "firstname": "First name",
                "lastname": "Last name", "gendercode": "Gender", "birthdate": "Birthdate",
                "emailaddress1": "Email", "telephone1": "Telephone", "websiteurl": "Website",
                "address1_line1": "Street", "address1_postalcode": "Postal code",
                "address1_city": "City", "address1_country": "Country",
                "jobtitle": "Position", "description": "Remarks", "statuscode": "Status",
                "overriddencreatedon": "Added on"},
    "product": {"productnumber": "Code", "name": "Name", "description": "Description",
                "currentcost": "Purchase price", "price": "Selling price",
                "overriddencreatedon": "Added on", "quantitydecimal": None},
    "opportunity": {"name": "Title", "description": "Summary",
                    "estimatedvalue": "Estimated value",
                    "estimatedclosedate": "Estimated closing date",
                    "actualclosedate": "Closed on", "overriddencreatedon": "Created on",
                    "salesstage": "__stage_salesstage", "stepname": "__stage_stepname",
                    "closeprobability": "__stage_closeprobability",
                    "statecode": "__stage_state", "statuscode": "__stage_statuscode"},
    "appointment": {"subject": "Title", "description": "Description",
                    "scheduledstart": "Start", "scheduledend": "End",
                    "location": "Location", "statuscode": None},
}
LOOKUPS = {
    "account": {},
    "contact": {"parentcustomerid": ("account", "Company", None)},
    "product": {"defaultuomid": ("uom", None, None),
                "defaultuomscheduleid": ("uomschedule", None, None)},
    "opportunity": {"customerid": ("account", "Customer", "Name"),
                    "parentcontactid": ("contact", "Contact person", None)},
    "appointment": {"regardingobjectid": ("contact", "Linked to", None)},
}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone) for the tests below; the org's
    admin first sets up the default unit group and unit."""
    def load(name: str, root: Path) -> Any:
        return run_public(name, root, _product_catalogue)
    return runs_once(tmp_path_factory, load)


def test_teamleader_companies_contacts_products_deals_meetings_load(
        runs: Callable[[str], Path]) -> None:
    """Companies, contacts, products, a deal and the meetings load; deal 2 (a contact's) is
    held back with its reason; verification finds no column differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "account": ("companies", 2, 2, 0, 0, 0, 0),
        "contact": ("contacts", 2, 2, 0, 0, 0, 0),
        "product": ("products", 3, 3, 0, 0, 0, 0),
        "opportunity": ("deals", 2, 1, 1, 0, 0, 0),
        "appointment": ("meetings", 2, 2, 0, 0, 0, 0)}
    for name in out:
        assert not out[name]["links_left"] and not out[name]["cleared_fields"], name
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS
    for name in ("quotations", "invoices", "timetracking"):
        assert files[name]["reason"].startswith("not migrated"), name
    assert "users are not created" in files["users"]["reason"]

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == set(COLUMNS)
    for target, table in tables.items():
        assert {c["target"]: c["source"] for c in table.get("columns", [])} == \
            COLUMNS[target], target
        assert {lk["target"]: (lk["table"], lk.get("source"), lk.get("by"))
                for lk in table.get("lookups", [])} == LOOKUPS[target], target
        assert not table.get("owner"), target             # no owner column read
        assert table["source_key"] == "key(ID)", target
    assert tables["account"]["unmapped"] == [
        "ID", "VAT number", "IBAN", "BIC", "Language", "Payment term", "Tags",
        "Marketing mails consent", "Account manager"]
    assert tables["contact"]["unmapped"] == [
        "ID", "Decision maker", "VAT number", "National identification number", "IBAN",
        "BIC", "Language", "Payment term", "Tags", "Marketing mails consent"]
    assert tables["opportunity"]["unmapped"] == [
        "ID", "Reference", "Weighted value", "Purchase order number", "Department",
        "Status", "Phase", "Responsible user"]
    assert tables["appointment"]["unmapped"] == ["Attendees", "Created by"]

    quarantine = pl.read_csv(run_dir / "quarantine" / "opportunity.csv", infer_schema=False)
    assert quarantine.select(["row", "column", "value", "reason"]).rows() == [
        ("2", "Customer", "Jane Smith", "no customerid: 'Jane Smith' is not an account of "
         "the export")]
    for kind in ("skipped", "cleared"):
        for target in COLUMNS:
            path = run_dir / kind / f"{target}.csv"
            if path.exists():
                assert pl.read_csv(path, infer_schema=False).height == 0, (kind, target)

    staged = run_dir / "staged"
    accounts = pl.read_parquet(staged / "account.parquet").sort("__source_row")
    assert accounts.select(["name", "accountnumber", "emailaddress2", "address1_line1",
                            "address2_line1", "description", "overriddencreatedon"]).rows() == [
        ("Acme Corporation", "63326426", "invoices@acme.com", "Main Street 100",
         "Invoice Street 50", "Important partner company", "2024-01-01T00:00:00Z"),
        ("Small Business Inc", None, None, None, None, None, "2025-06-01T00:00:00Z")]
    contacts = pl.read_parquet(staged / "contact.parquet").sort("__source_row")
    assert contacts.select(["firstname", "lastname", "gendercode", "birthdate", "jobtitle",
                            "address1_country"]).rows() == [
        ("John", "Doe", 1, "1985-06-15T00:00:00Z", "CEO", "Belgium"),
        ("Jane", "Smith", 2, None, None, None)]
    # John Doe's company: the staged account named Acme Corporation
    acme = accounts.filter(pl.col("name") == "Acme Corporation")["__source_id"][0]
    assert contacts["__ref__parentcustomerid_account"].to_list() == [acme, None]
    products = pl.read_parquet(staged / "product.parquet").sort("__source_row")
    assert products.select(["productnumber", "currentcost", "price", "quantitydecimal"]
                           ).rows() == [("WEB-DEV-HOUR", None, 100.0, 2),
                                        ("HOST-BASIC", 5.0, 25.0, 2),
                                        ("DOMAIN-REG", 8.0, 15.0, 2)]
    deals = pl.read_parquet(staged / "opportunity.parquet")
    assert deals.select(["name", "description", "estimatedvalue", "stepname",
                         "closeprobability", "statecode"]).rows() == [
        ("Website Redesign Project", "Complete overhaul of the corporate website", 15000.0,
         "Qualifying", 75, 0)]
    assert deals["__ref__customerid_account"].to_list() == [acme]
    john = contacts.filter(pl.col("firstname") == "John")["__source_id"][0]
    jane = contacts.filter(pl.col("firstname") == "Jane")["__source_id"][0]
    assert deals["__ref__parentcontactid"].to_list() == [john]
    meetings = pl.read_parquet(staged / "appointment.parquet").sort("__source_row")
    assert meetings.select(["subject", "scheduledstart", "scheduledend", "location",
                            "statuscode"]).rows() == [
        ("Team meeting", "2026-02-01T10:00:00Z", "2026-02-01T11:00:00Z", "Office", 3),
        ("Client call", "2026-02-01T14:00:00Z", "2026-02-01T15:00:00Z", None, 3)]
    assert meetings["__ref__regardingobjectid_contact_appointment"].to_list() == [john, jane]

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    for target in COLUMNS:
        assert set(verified[target]) == set(COLUMNS[target]) | set(LOOKUPS[target]), target
    assert not any(n for cols in verified.values() for n in cols.values())
