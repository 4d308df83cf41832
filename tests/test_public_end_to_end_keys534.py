"""keys534's public export runs end to end from its parameters file, decisions only
(issue 13): Syncro, its own records -- the Syncro API v1 records the Apache-2.0 Node.js
client wyre-technology/node-syncro fixes for its tests at 4d0f9bbd: 4 customers ('Acme
Corp', 'Beta Inc', 'Gamma LLC', 'New Customer Inc'), 3 contacts, 3 tickets, 2 comments on
ticket 1, 3 assets, 3 invoices and 1 invoice line item -- headed by the API's field names
('business_name', 'address_2', 'problem_type', 'customer_id'), in English
(tests/data/exports/syncro-export-en; SOURCE.md), on the branch-point engine eb9e1e5b
(session 64, round Z39). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``); no org set-up is needed (no products, no amounts loaded).

The customers load as accounts keyed by Syncro's id (name, e-mail, phone, mobile as the
third phone, street lines 1 and 2, city, state, zip, latitude/longitude, notes, the no-e-mail
flag, disabled as the state, the creation date); the contacts as contacts on their customer
(the whole name as the last name, address, e-mail, phones, notes, creation date); the
tickets as cases on their customer, ticket 1 with the contact who raised it (number, title,
due date as resolve-by, issue type as the case type, status as In Progress, the logging
date); the comments as notes on ticket 1's case (subject, text, the date logged). Nothing
held back, skipped, failed or cleared; no owner queued (the fallback owner); verification
finds no column differing.

The parameters decide: the keys (id), no owner columns (a ticket's and a comment's user_id
are Syncro technicians' ids, no user of the rehearsal org), the comments file as notes
(discovery names it ticket messages, which a run carries as e-mail activities), the
measured misses ('address_2' as the street's second line, not a second address; the
ticket's contact as its contact, not its customer; the comment's ticket, subject, text and
date), the ticket's status and issue type with their Dynamics values, the custom industry
property left out (no Dynamics industry option is 'Technology'), the links by Syncro's ids,
and a quarantine gate of 0%. The case's customer is the account the ticket names; the
proposal's second customer link, to the ticket's contact, stays behind it (the loader binds
the first that resolves: every ticket names its customer).

What is NOT read (left unmapped): a customer's display label (business and full name), the
person's first and last name at the business (a contact's), referral, tax rate, invoice
terms, notification and invoice-copy e-mails, taxable flag and industry property; a
ticket's start time, ticket type id, assets and technician; a comment's hidden and
do-not-email flags and technician; every record's last-change time; assets.csv,
invoices.csv and line_items.csv (no table in the rehearsal org).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

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

NAME = "syncro-export-en"
ACCOUNT = {"name": "business_name", "emailaddress1": "email", "telephone1": "phone",
           "telephone3": "mobile", "address1_line1": "address", "address1_line2": "address_2",
           "address1_city": "city", "address1_stateorprovince": "state",
           "address1_postalcode": "zip", "address1_latitude": "latitude",
           "address1_longitude": "longitude", "description": "notes",
           "donotemail": "no_email", "statecode": "disabled",
           "overriddencreatedon": "created_at"}
CONTACT = {"lastname": "name", "address1_line1": "address1", "address1_line2": "address2",
           "address1_city": "city", "address1_stateorprovince": "state",
           "address1_postalcode": "zip", "emailaddress1": "email", "telephone1": "phone",
           "mobilephone": "mobile", "description": "notes",
           "overriddencreatedon": "created_at"}
INCIDENT = {"ticketnumber": "number", "title": "subject", "resolveby": "due_date",
            "overriddencreatedon": "created_at", "casetypecode": "problem_type",
            "statuscode": "status"}
NOTE = {"notetext": "body", "overriddencreatedon": "created_at", "subject": "subject"}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once, from its parameters file alone."""
    return runs_once(tmp_path_factory, run_public)


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


def _issues(run_dir: Path, kind: str, table: str) -> list[dict]:
    path = run_dir / kind / f"{table}.csv"
    if not path.exists():
        return []
    return pl.read_csv(path, infer_schema=False).to_dicts()


def test_syncro_customers_contacts_tickets_comments_load(runs: Callable[[str], Path]) -> None:
    """Customers, contacts, tickets and their comments load, linked by Syncro's ids; the
    assets, invoices and line items stay out; nothing held back or differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "account": ("customers", 4, 4, 0, 0, 0, 0, 0),
        "contact": ("contacts", 3, 3, 0, 0, 0, 0, 0),
        "incident": ("tickets", 3, 3, 0, 0, 0, 0, 0),
        "note": ("ticket_comments", 2, 2, 0, 0, 0, 0, 0)}
    assert not any(o["links_left"] for o in out.values())
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "customers": ("account", {"account": 4}, True),
        "contacts": ("contact", {"contact": 3}, True),
        "tickets": ("ticket", {"incident": 3}, True),
        "ticket_comments": ("note", {"note": 2}, True),
        "assets": ("unknown", {}, False),
        "invoices": ("unknown", {}, False),
        "line_items": ("unknown", {}, False)}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "contact", "incident", "annotation"}
    for target, source, columns in (("account", "customers", ACCOUNT),
                                    ("contact", "contacts", CONTACT),
                                    ("incident", "tickets", INCIDENT),
                                    ("annotation", "ticket_comments", NOTE)):
        t = tables[target]
        assert (t["source"], t["source_key"]) == (source, "key(id)"), target
        assert {c["target"]: c["source"] for c in t["columns"]} == columns, target
        assert not t.get("owner"), target
    assert {"business_and_full_name", "firstname", "lastname", "referred_by", "tax_rate_id",
            "invoice_term_id", "taxable", "properties.industry"} <= set(
        tables["account"]["unmapped"])
    assert {"start_at", "ticket_type_id", "asset_ids", "user_id"} <= set(
        tables["incident"]["unmapped"])
    assert {"hidden", "do_not_email", "user_id"} <= set(tables["annotation"]["unmapped"])
    lookups = {t: [(lk["target"], lk["source"], lk["table"]) for lk in tables[t]["lookups"]]
               for t in tables}
    assert lookups == {
        "account": [],
        "contact": [("parentcustomerid", "customer_id", "account")],
        # the decided customer first; the proposal's contact behind it binds only where the
        # account does not resolve (never here)
        "incident": [("customerid", "customer_id", "account"),
                     ("customerid", "contact_id", "contact"),
                     ("primarycontactid", "contact_id", "contact")],
        "annotation": [("objectid", "ticket_id", "incident")]}
    assert sorted((u["source"], u["kind"]) for u in mapping["unmatched_sources"]) == [
        ("assets", "unknown"), ("invoices", "unknown"), ("line_items", "unknown")]

    for table in ("account", "contact", "incident", "note"):
        for kind in ("quarantine", "skipped", "failed", "cleared", "unresolved_links"):
            assert not _issues(run_dir, kind, table), (table, kind)

    accounts = _staged(run_dir, "account").to_dicts()
    assert [(a["name"], a["statecode"], a["donotemail"]) for a in accounts] == [
        ("Acme Corp", 0, False), ("Beta Inc", 0, False), ("Gamma LLC", 0, False),
        ("New Customer Inc", 0, False)]
    acme, beta = accounts[0], accounts[1]
    assert {c: acme[c] for c in ("address1_line1", "address1_line2", "address1_city",
                                 "address1_stateorprovince", "address1_postalcode",
                                 "address1_latitude", "address1_longitude", "description",
                                 "overriddencreatedon")} == {
        "address1_line1": "123 Main St", "address1_line2": "Suite 100",
        "address1_city": "Springfield", "address1_stateorprovince": "IL",
        "address1_postalcode": "62701", "address1_latitude": 39.7817,
        "address1_longitude": -89.6501, "description": "Important customer",
        "overriddencreatedon": "2024-01-15T10:00:00Z"}
    assert "@" in acme["emailaddress1"] and acme["telephone1"] and acme["telephone3"]
    assert all(a.get("address2_line1") is None for a in accounts)
    assert [a["address1_line2"] for a in accounts] == ["Suite 100", None, None, None]

    contacts = _staged(run_dir, "contact").to_dicts()
    assert all(c["lastname"] and "@" in c["emailaddress1"] for c in contacts)
    assert [c["__ref__parentcustomerid_account"] for c in contacts] == [
        acme["__source_id"]] * 3
    assert contacts[0]["description"] == "Primary contact"

    cases = _staged(run_dir, "incident").to_dicts()
    assert [{c: case[c] for c in INCIDENT} for case in cases] == [
        {"ticketnumber": "TKT-001", "title": "Network connectivity issue",
         "resolveby": "2024-06-20T17:00:00Z", "overriddencreatedon": "2024-06-15T09:00:00Z",
         "casetypecode": 2, "statuscode": 1},
        {"ticketnumber": "TKT-002", "title": "Software installation request",
         "resolveby": None, "overriddencreatedon": "2024-06-14T11:00:00Z",
         "casetypecode": 3, "statuscode": 1},
        {"ticketnumber": "TKT-100", "title": "New ticket", "resolveby": None,
         "overriddencreatedon": "2024-06-15T10:00:00Z", "casetypecode": 1, "statuscode": 1}]
    assert [c["__ref__customerid_account"] for c in cases] == [
        acme["__source_id"], beta["__source_id"], acme["__source_id"]]
    # only ticket 1 names its contact (contact 1, the first)
    assert [c["__ref__primarycontactid"] for c in cases] == [
        contacts[0]["__source_id"], None, None]

    notes = _staged(run_dir, "note").to_dicts()
    assert [{c: n[c] for c in NOTE} for n in notes] == [
        {"notetext": "Customer reports intermittent connectivity",
         "overriddencreatedon": "2024-06-15T09:00:00Z", "subject": "Initial Report"},
        {"notetext": "Checked router - needs firmware update",
         "overriddencreatedon": "2024-06-15T16:00:00Z", "subject": None}]
    assert {n["__ref__objectid_incident"] for n in notes} == {cases[0]["__source_id"]}

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["account"]) == set(ACCOUNT)
    assert set(verified["contact"]) == set(CONTACT) | {"parentcustomerid"}
    assert set(verified["incident"]) == set(INCIDENT) | {"customerid", "primarycontactid"}
    assert set(verified["note"]) == set(NOTE) | {"objectid"}
    assert not any(v for table in verified.values() for v in table.values())
