"""keys454's public export runs end to end from its parameters file, decisions only
(issue 13): Invoiced (accounts receivable; Invoiced/invoiced-java at 6b25b883, MIT), its
own fixed records (the recorded API responses its official Java client library replays
in its tests: 4 customers, 2 contacts, 5 invoices, 3 estimates, 2 payments, 2
subscriptions, 7 notes, 3 tasks, 2 catalog items, 2 plans) as its exports label them (the
customer import template's 'Name', 'Number', 'Attention To', 'Address1', 'Postal Code';
otherwise the API field names in words), in English (tests/data/exports/invoiced-export-en;
SOURCE.md), on the branch-point engine 24219998 (session 56, round Z16). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``, through conftest's
``runs``).

The four customers load as accounts keyed by Invoiced's id (name, account number from
'Number', e-mail, 'Attention To' as the address's contact name, address, phone, creation
date; the fixtures' second 'Acme' CUST-0001, id 15445, is a record of its own). The two
contacts (Nancy Talty) load linked to their customer 11 as parent account, the whole name
in lastname (Dynamics computes fullname); the three tasks load regarding customer 11 (open,
due date); the seven notes load on their customers (two on Acme 15444, five on 11). Owners:
the tasks name Invoiced user 1976 and the notes the user e-mail invoiced@example.com, no
user of the org: queued as unmatched and given the fallback owner. Nothing is held back,
skipped, cleared or unresolved; verification finds no column differing. Invoices, payments
and subscriptions (no Sales table), estimates (their customers are not in the export),
catalog items and plans (no price list or unit) stay in Invoiced: inventory only.

The parameters decide: the four keys (Invoiced's 'ID'); 'Number' as the account number
(the measured miss, both modes); 'Attention To' as the address's contact name (the key
allowed it unread and the run left it unread); the links of contacts, notes and tasks to
their customer by 'Customer ID'. Discovery named every file right: no intake decision.

What is NOT read (left unmapped): the customers' type, tax id, payment terms (the
destination's account has no payment terms column) and autopay flag; the contacts'
customer name and number (the link is by id) and primary flag; the tasks' action, user
(as owner only) and completing user; the notes' user name; invoices.csv, estimates.csv,
payments.csv, subscriptions.csv, items.csv and plans.csv whole.
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

NAME = "invoiced-export-en"
KINDS = {"customers": ("account", {"account": 4}), "contacts": ("contact", {"contact": 2}),
         "tasks": ("task", {"task": 3}), "notes": ("note", {"note": 7}),
         "invoices": ("unknown", {}), "payments": ("unknown", {}),
         "subscriptions": ("unknown", {}), "estimates": ("quote", {}),
         "items": ("product", {}), "plans": ("product", {})}
ACCOUNT = {"name": "Name", "accountnumber": "Number", "emailaddress1": "Email",
           "address1_primarycontactname": "Attention To", "address1_line1": "Address1",
           "address1_line2": "Address2", "address1_city": "City",
           "address1_stateorprovince": "State", "address1_postalcode": "Postal Code",
           "address1_country": "Country", "telephone1": "Phone", "description": "Notes",
           "overriddencreatedon": "Created At"}
CONTACT = {"lastname": "Name", "emailaddress1": "Email", "address1_line1": "Address1",
           "address1_line2": "Address2", "address1_city": "City",
           "address1_stateorprovince": "State", "address1_postalcode": "Postal Code",
           "address1_country": "Country", "overriddencreatedon": "Created At"}


def _mapping(run_dir: Path) -> dict[str, dict]:
    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    return {t["target"]: t for t in mapping["tables"]}


def _staged(run_dir: Path, table: str, *cols: str) -> list[tuple]:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").select(cols).rows()


def test_invoiced_customers_contacts_notes_and_tasks_load_linked(
        runs: Callable[[str], Path]) -> None:
    """The customers load as accounts keyed by Invoiced's ids, with their account numbers;
    the contacts, notes and tasks link to their customers; the users are queued as owners;
    nothing is held back and nothing differs."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "account": ("customers", 4, 4, 0, 0, 0, 0, 0),
        "contact": ("contacts", 2, 2, 0, 0, 0, 0, 0),
        "task": ("tasks", 3, 3, 0, 0, 0, 0, 0),
        "note": ("notes", 7, 7, 0, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    tables = _mapping(run_dir)
    assert {c["target"]: c["source"] for c in tables["account"]["columns"]} == ACCOUNT
    assert {c["target"]: c["source"] for c in tables["contact"]["columns"]} == CONTACT
    assert {c["target"]: c["source"] for c in tables["task"]["columns"]} == {
        "subject": "Name", "scheduledend": "Due Date", "statecode": "Complete",
        "actualend": "Completed Date", "overriddencreatedon": "Created At"}
    assert {c["target"]: c["source"] for c in tables["annotation"]["columns"]} == {
        "notetext": "Notes", "overriddencreatedon": "Created At"}
    assert {t: tables[t]["source_key"] for t in tables} == {
        "account": "key(ID)", "contact": "key(ID)", "task": "key(ID)",
        "annotation": "key(ID)"}
    assert {t: (tables[t].get("owner") or {}).get("source") for t in tables} == {
        "account": None, "contact": None, "task": "User ID", "annotation": "User Email"}
    assert tables["account"]["unmapped_reasons"]["Payment Terms"] == (
        "no column of account fits")

    for name in ("account", "contact", "task", "note"):
        for kind in ("quarantine", "skipped", "cleared", "unresolved_links"):
            rows = pl.read_csv(run_dir / kind / f"{name}.csv", infer_schema=False)
            assert rows.height == 0, (kind, name)

    accounts = _staged(run_dir, "account", "__source_id", "name", "accountnumber",
                       "address1_primarycontactname", "address1_line1", "address1_city",
                       "address1_stateorprovince", "address1_postalcode",
                       "address1_country", "telephone1", "overriddencreatedon")
    assert [a[1:] for a in accounts] == [
        ("Acme", "CUST-0001", "Sarah Fisher", "342 Amber St", "Hill Valley", "CA", "94523",
         "US", "(820) 297-2983", "2014-11-05T21:15:28Z"),
        ("Customer testRetrieve", "0111", None, None, "Austin", None, None, "US", None,
         "2013-07-30T10:55:13Z"),
        ("Acme", "CUST-0001", None, None, None, None, None, "US", None,
         "2014-11-05T21:15:28Z"),
        ("Customer testCreate", "0068", None, None, None, None, None, "US", None,
         "2016-09-29T20:41:43Z")]
    acme, cust11 = accounts[0][0], accounts[1][0]
    assert len({a[0] for a in accounts}) == 4

    assert _staged(run_dir, "contact", "lastname", "emailaddress1", "address1_line1",
                   "address1_city", "__ref__parentcustomerid_account") == [
        ("Nancy Talty", "nancy.talty@example.com", None, None, cust11),
        ("Nancy Talty", "nancy.talty@example.com", "507 Grove Avenue", "Oklahoma City",
         cust11)]
    assert _staged(run_dir, "task", "subject", "statecode", "scheduledend",
                   "__ref__regardingobjectid_account_task") == [
        ("example", 0, "2019-10-17T00:00:00Z", cust11)] * 3
    assert _staged(run_dir, "note", "notetext", "__ref__objectid_account") == [
        ("example1", acme), ("example2", acme), ("example1", cust11), ("example2", cust11),
        ("example1", cust11), ("example2", cust11), ("example note", cust11)]

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.select("email", "status", "records").rows() == [
        ("1976", "unmatched", "3"), ("invoiced@example.com", "unmatched", "6")]
    verified = verified_columns(run_dir)
    assert set(verified) == {"account", "contact", "task", "note"}
    assert set(ACCOUNT) == set(verified["account"])
    assert set(CONTACT) | {"parentcustomerid"} == set(verified["contact"])
    assert {"regardingobjectid", "ownerid", "statecode"} <= set(verified["task"])
    assert "objectid" in verified["note"]
    assert not any(n for cols in verified.values() for n in cols.values())
