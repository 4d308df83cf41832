"""keys451's public export runs end to end from its parameters file, decisions only
(issue 13): Keap (formerly Infusionsoft; infusionsoft/keap-sdk at d5b3dec2, MIT; the
small-business CRM), its own fixed records (the example values of its OpenAPI
specification: one contact, company, opportunity, task, note, order, product and user) as
its exports label them ('First Name', 'Phone 1', 'Fax 1', 'Street Address 1', 'Owner';
otherwise the API field names in words), in English (tests/data/exports/keap-export-en;
SOURCE.md), on the branch-point engine 9012c74b (session 56, round Z15). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``, through conftest's
``runs``).

The contact loads as a contact keyed by Keap's id 1001 (prefix 'Dr.' as salutation, first,
middle and last name, suffix, nickname, job title, e-mail, phone, fax, address, website,
birthday, anniversary, spouse, creation date); its company, Keap's company 100, is not an
exported company (123): the contact moves without its parent account and the link is
reported unresolved. The company loads as an account (its name from 'Company', fax,
e-mail, phone, address, website, notes as description). The opportunity loads linked to
the contact (stage 'Qualified' as the step name, open; status 'Active' in progress), the
task regarding the contact (priority CRITICAL as High, open), the note on the contact.
Owners: the records name Keap users 45, 456 and 'Jane Doe', none in the export's users file
(its one user is 123): queued as unmatched and given the fallback owner. Nothing is held
back, skipped or cleared; verification finds no column differing. The order, the product
and the user stay in Keap (inventory only).

The parameters decide: the contacts, companies and users files' kinds (the three measured
file misses: unknown, contact, contact); the five keys (Keap's 'Id'); 'Fax 1' as the fax
of contacts and accounts and 'Company' as the account's name (measured misses); the
company's assistant columns left unread (propose filled them); the links to the contact and
to the contact's company; the two choice values ('Active', 'CRITICAL').

What is NOT read (left unmapped): the contact's company name, phone extension and type,
opt-in reason, ZIP+4, contact type, lead source, referral code, score, time zone, language
and update time; the company's ZIP+4, contact person, assistant, billing information and
contact type; the opportunity's contact name, e-mail and company, revenues, next action,
objection, lead source and forecast flag; the task's type, reminder and opportunity; the
note's type and pin date; orders.csv, products.csv and users.csv whole.
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

NAME = "keap-export-en"
KINDS = {"contacts": ("contact", {"contact": 1}), "companies": ("account", {"account": 1}),
         "opportunities": ("deal", {"opportunity": 1}), "tasks": ("task", {"task": 1}),
         "notes": ("note", {"note": 1}), "orders": ("order", {}), "products": ("product", {}),
         "users": ("user", {})}
CONTACT = {"salutation": "Title", "firstname": "First Name", "middlename": "Middle Name",
           "lastname": "Last Name", "suffix": "Suffix", "nickname": "Nickname",
           "jobtitle": "Job Title", "emailaddress1": "Email", "telephone1": "Phone 1",
           "fax": "Fax 1", "address1_line1": "Street Address 1",
           "address1_line2": "Street Address 2", "address1_city": "City",
           "address1_stateorprovince": "State", "address1_postalcode": "Postal Code",
           "address1_country": "Country", "websiteurl": "Website", "birthdate": "Birthday",
           "anniversary": "Anniversary", "spousesname": "Spouse Name",
           "overriddencreatedon": "Date Created"}
ACCOUNT = {"name": "Company", "emailaddress1": "Email", "telephone1": "Phone 1",
           "fax": "Fax 1", "address1_line1": "Street Address 1",
           "address1_line2": "Street Address 2", "address1_city": "City",
           "address1_stateorprovince": "State", "address1_postalcode": "Postal Code",
           "address1_country": "Country", "websiteurl": "Website", "description": "Notes",
           "overriddencreatedon": "Date Created"}


def _mapping(run_dir: Path) -> dict[str, dict]:
    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    return {t["target"]: t for t in mapping["tables"]}


def _staged(run_dir: Path, table: str, *cols: str) -> list[tuple]:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").select(cols).rows()


def test_keap_contact_company_and_activities_load_linked(
        runs: Callable[[str], Path]) -> None:
    """The contact, company, opportunity, task and note load keyed by Keap's ids, the three
    activities linked to the contact; the contact's company is reported unresolved; the
    owners are queued; nothing differs."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "contact": ("contacts", 1, 1, 0, 0, 0, 1, 0),
        "account": ("companies", 1, 1, 0, 0, 0, 0, 0),
        "opportunity": ("opportunities", 1, 1, 0, 0, 0, 0, 0),
        "task": ("tasks", 1, 1, 0, 0, 0, 0, 0),
        "note": ("notes", 1, 1, 0, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    tables = _mapping(run_dir)
    assert {c["target"]: c["source"] for c in tables["contact"]["columns"]} == CONTACT
    assert {c["target"]: c["source"] for c in tables["account"]["columns"]} == ACCOUNT
    assert "assistantname" not in {c["target"] for c in tables["account"]["columns"]}
    assert {t: tables[t]["source_key"] for t in tables} == {
        "contact": "key(Id)", "account": "key(Id)", "opportunity": "key(Id)",
        "task": "key(Id)", "annotation": "key(Id)"}
    assert {t: tables[t]["owner"]["source"] for t in tables} == {
        "contact": "Owner", "account": "Owner", "opportunity": "Owner",
        "task": "Assigned To User Id", "annotation": "Assigned To User"}

    unresolved = pl.read_csv(run_dir / "unresolved_links" / "contact.csv", infer_schema=False)
    assert unresolved.select("file", "column", "value").rows() == [
        ("contacts.csv", "Company Id", "100")]
    for name in ("contact", "account", "opportunity", "task", "note"):
        for kind in ("quarantine", "skipped", "cleared"):
            rows = pl.read_csv(run_dir / kind / f"{name}.csv", infer_schema=False)
            assert rows.height == 0, (kind, name)

    contact = _staged(run_dir, "contact", "__source_id", *CONTACT)
    assert contact[0][1:] == (
        "Dr.", "John", "Robert", "Smith", "Jr", "Johnny", "Senior Software Engineer",
        "john.smith@example.com", "5551234567", "5551234568", "123", "Suite 100", "Phoenix",
        "Arizona", "85001", "United States of America", "https://thryv.com",
        "1985-03-15T00:00:00Z", "2015-06-20T00:00:00Z", "Jane Smith", "2024-01-10T08:00:00Z")
    contact_id = contact[0][0]
    assert _staged(run_dir, "account", "name", "fax", "description") == [
        ("Thryv", "5551234568", "Key enterprise client since 2020")]
    assert _staged(run_dir, "opportunity", "name", "stepname", "salesstage", "statecode",
                   "statuscode", "closeprobability", "__ref__customerid_contact") == [
        ("New Business Deal", "Qualified", 0, 0, 1, 50, contact_id)]
    assert _staged(run_dir, "task", "subject", "prioritycode", "statecode", "scheduledend",
                   "__ref__regardingobjectid_contact_task") == [
        ("Follow up on proposal", 2, 0, "2024-03-18T17:00:00Z", contact_id)]
    assert _staged(run_dir, "note", "subject", "notetext", "__ref__objectid_contact") == [
        ("Sales Call", "Called about the Q3 proposal", contact_id)]

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.select("email", "status", "records").rows() == [
        ("45", "unmatched", "2"), ("456", "unmatched", "1"), ("jane doe", "unmatched", "2")]
    verified = verified_columns(run_dir)
    assert set(verified) == {"contact", "account", "opportunity", "task", "note"}
    assert set(CONTACT) | {"parentcustomerid", "ownerid"} == set(verified["contact"])
    assert set(ACCOUNT) <= set(verified["account"])
    assert {"customerid", "parentcontactid"} <= set(verified["opportunity"])
    assert "regardingobjectid" in verified["task"] and "objectid" in verified["note"]
    assert not any(n for cols in verified.values() for n in cols.values())
