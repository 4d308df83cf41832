"""keys447's public export runs end to end from its parameters file, decisions only
(issue 13): Brevo (formerly Sendinblue; getbrevo/brevo-go at 26055deb, MIT; the marketing
platform with a sales CRM), its own fixed records (the example values of its API
specification: six contacts, one CRM company, one deal, one note) as its contacts export
(attributes in capitals: 'EMAIL', 'FIRSTNAME', 'SMS') and its CRM exports ('Company Name',
'Deal Name') label them, in English (tests/data/exports/brevo-export-en; SOURCE.md), on the
branch-point engine ecf15401 (session 56, round Z14). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``, through conftest's
``runs``).

The six contacts load as contacts keyed by Brevo's contact id: e-mail, names, the SMS
number as the mobile phone, the civility as the salutation, birth date, street, postal code,
city, the e-mail blacklist flag as the bulk-mail opt-out, the date added as the creation
date. The company loads as an account keyed by its id (name, phone, revenue, the creation
date '2022-01-13T19:04:24.376+05:30' read as 13:34:24 UTC); its domain 'xyz' is no web
address: cleared and reported; its owner, a Brevo user id, is queued as unmatched and the
account given the fallback owner. The deal and the note are held back, each with its
reason: their links are cells of several ids ('61a5...90,61a5...91,61a5...92';
'247,1,2'), which the engine links to no record (the spec's examples do not meet, though
the note's first contact, 247, is exported). Verification finds no column differing.

The parameters decide: the four keys (Brevo's ids); the four contact columns the map missed
in both modes (SMS, CIV, EMAIL_BLACKLISTED, ADDED_TIME); that GENDER ('Men', 'Women', 'Kid')
is left unread; the deal's customer and the note's record as links that hold back what they
cannot resolve; the deal's stage (the spec's 'New': Qualify, open); no quarantine gate.

What is NOT read (left unmapped): the contacts' IDENTIFICATION, ACTION_CODE, AREA, GENDER,
SMS_BLACKLISTED, list ids and modification time; the company's owner assign date, counts,
last update and linked ids; the deal's pipeline, counts and dates besides its creation; the
note's author name and update time.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    verified_columns,
)

NAME = "brevo-export-en"
KINDS = {"contacts": ("contact", {"contact": 6}), "companies": ("account", {"account": 1}),
         "deals": ("deal", {"opportunity": 1}), "notes": ("note", {"note": 1})}
CONTACT = {"emailaddress1": "EMAIL", "firstname": "FIRSTNAME", "lastname": "LASTNAME",
           "mobilephone": "SMS", "salutation": "CIV", "birthdate": "DOB",
           "address1_line1": "ADDRESS", "address1_postalcode": "ZIP_CODE",
           "address1_city": "CITY", "donotbulkemail": "EMAIL_BLACKLISTED",
           "overriddencreatedon": "ADDED_TIME"}
ACCOUNT = {"name": "Company Name", "websiteurl": "Domain", "telephone1": "Phone Number",
           "revenue": "Revenue", "overriddencreatedon": "Created At"}


def _mapping(run_dir: Path) -> dict[str, dict]:
    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    return {t["target"]: t for t in mapping["tables"]}


def test_brevo_contacts_and_company_load_deal_and_note_held_back(
        runs: Callable[[str], Path]) -> None:
    """The six contacts and the company load keyed by Brevo's ids; the deal and the note
    are held back with their reasons; the owner id is queued; nothing differs."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "contact": ("contacts", 6, 6, 0, 0, 0, 0, 0),
        "account": ("companies", 1, 1, 0, 0, 0, 0, 1),
        "opportunity": ("deals", 1, 0, 1, 0, 0, 0, 0),
        "note": ("notes", 1, 0, 1, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    tables = _mapping(run_dir)
    assert {c["target"]: c["source"] for c in tables["contact"]["columns"]} == CONTACT
    assert {c["target"]: c["source"] for c in tables["account"]["columns"]} == ACCOUNT
    assert "gendercode" not in {c["target"] for c in tables["contact"]["columns"]}
    assert {t: tables[t]["source_key"] for t in tables} == {
        "contact": "key(CONTACT ID)", "account": "key(Company ID)",
        "opportunity": "key(Deal ID)", "annotation": "key(Note ID)"}
    assert tables["account"]["owner"]["source"] == "Owner"
    assert not tables["contact"].get("owner")

    held = {}
    for name in ("opportunity", "note"):
        rows = pl.read_csv(run_dir / "quarantine" / f"{name}.csv", infer_schema=False)
        held[name] = rows.select("file", "column", "value", "reason").rows()
    assert held == {
        "opportunity": [("deals.csv", "Linked Companies Ids",
                         "61a5ce58c5d4795761045990,61a5ce58c5d4795761045991,"
                         "61a5ce58c5d4795761045992",
                         "no customerid: '61a5ce58c5d4795761045990,61a5ce58c5d4795761045991,"
                         "61a5ce58c5d4795761045992' is not an account of the export")],
        "note": [("notes.csv", "Contact Ids", "247,1,2",
                  "no objectid: '247,1,2' is not a contact of the export")]}
    for name in ("contact", "account"):
        rows = pl.read_csv(run_dir / "quarantine" / f"{name}.csv", infer_schema=False)
        assert rows.height == 0, name
    cleared = pl.read_csv(run_dir / "cleared" / "account.csv", infer_schema=False)
    assert cleared.select("column", "target", "value").rows() == [("Domain", "websiteurl", "xyz")]

    contacts = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert contacts.select("emailaddress1", "firstname", "lastname", "mobilephone",
                           "salutation", "birthdate", "donotbulkemail",
                           "overriddencreatedon").rows() == [
        ("contact1@example.com", "Meg", "Brennon", "33058407250", "MS",
         "1986-05-02T00:00:00Z", True, "2017-05-01T17:05:03Z"),
        ("33058407248@mailin-sms.com", "Sophia", "Press", "33058407248", "MS",
         "1980-09-11T00:00:00Z", True, "2017-05-01T17:05:03Z"),
        ("peggy.rain@example.com", "Peggy", "Rain", "3087433387669", "1",
         "1986-04-13T00:00:00Z", False, "2017-05-02T16:40:31Z"),
        ("alex.pain@example.com", "Alex", "Pain", None, None,
         "2010-12-31T00:00:00Z", False, "2017-05-12T12:30:00Z"),
        ("john.smith@example.com", "John", "Smith", None, None,
         "1986-06-21T00:00:00Z", True, "2017-05-12T12:30:00Z"),
        ("helen.rose@example.com", "Helen", "Rose", "3375599887766", None,
         "1988-11-02T00:00:00Z", True, "2017-05-12T12:30:00Z")]
    account = pl.read_parquet(run_dir / "staged" / "account.parquet")
    assert account.select(list(ACCOUNT)).rows() == [
        ("text", None, "8171844192", 10.0, "2022-01-13T13:34:24Z")]

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.select("email", "status", "records").rows() == [
        ("62260474111b1101704a9d85", "unmatched", "1")]
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(CONTACT)
    assert {"name", "telephone1", "revenue", "overriddencreatedon"} <= set(verified["account"])
    assert not any(n for cols in verified.values() for n in cols.values())
