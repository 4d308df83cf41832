"""keys529's public export runs end to end from its parameters file, decisions only
(issue 13): HaloPSA, its own records -- the HaloPSA API records the Apache-2.0 Node.js
client asachs01/node-halopsa fixes for its tests at c5337665: 4 agents, 4 clients ('Acme
Corporation', 'Old Client LLC' inactive), 4 sites, 4 end users, 4 tickets, 3 actions on
ticket 1, 4 assets, 4 items and the reference lists (ticket types, statuses, priorities,
asset types) -- headed by the API's field names ('client_id', 'emailaddress',
'tickettype_id'), in English (tests/data/exports/halopsa-export-en; SOURCE.md), on the
branch-point engine 11ccb0bc (session 64, round Z38). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``); the org's default unit
group is set up first (``default_units``), as for every run that loads products.

The clients load as accounts keyed by HaloPSA's id (name, website, phone, e-mail, notes,
inactive as the state); the end users as contacts on their client (the whole name as the
last name, e-mail, phones, notes); the tickets as cases on their client, ticket 1 with the
end user who raised it (title, details, type 1 'Incident' as Problem, status 1/2 as In
Progress, priority 1/2/3 as High/Normal/Low, the logging date); the actions as notes on
ticket 1's case (text, outcome as the subject, the date logged); the items as products in
the org's default unit (name, description, price, cost, type, HaloPSA's id as the product
number, active). Nothing held back, skipped, failed or cleared; no owner queued (the
fallback owner); verification finds no column differing.

The parameters decide: the keys (id), no owner columns (the agents name no user of the
rehearsal org; a client's main site and a user's site are site ids, measured as owners in
propose), the actions file as notes (discovery names it activities), the measured misses
(the ticket's end user as its contact, the action's text and date, the item's type and
inactive flag), the ticket's type, status and priority by id with their Dynamics values,
the product number and whole-unit decimals Dynamics requires, the links by HaloPSA's ids,
the org's default unit, and a quarantine gate of 0%.

What is NOT read (left unmapped): the names beside each id (client, site, user, agent,
type, status, priority), the sites, the ticket's agent and category, the date the issue
occurred (the same as the logging date here), who logged an action, its minutes and
visibility, a client's colour and main site, a user's 'important contact' and service-
account flags, an item's taxable flag, category and SKU; agents.csv (matched to Dynamics
users, not created), sites.csv, assets.csv and the four reference lists (not loaded).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl
import pytest
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    default_units,
    inventory_files,
    outcomes,
    run_public,
    runs_once,
    verified_columns,
)

NAME = "halopsa-export-en"
ACCOUNT = {"name": "name", "statecode": "inactive", "websiteurl": "website",
           "telephone1": "phonenumber", "emailaddress1": "email", "description": "notes"}
CONTACT = {"lastname": "name", "emailaddress1": "emailaddress", "telephone1": "phonenumber",
           "statecode": "inactive", "mobilephone": "mobilephone", "description": "notes"}
INCIDENT = {"title": "summary", "description": "details", "casetypecode": "tickettype_id",
            "overriddencreatedon": "datecreated", "prioritycode": "priority_id",
            "statuscode": "status_id"}
NOTE = {"notetext": "note", "overriddencreatedon": "actiondate", "subject": "outcome"}
PRODUCT = {"name": "name", "description": "description", "price": "unitprice",
           "standardcost": "cost", "productnumber": "id", "producttypecode": "type",
           "quantitydecimal": None, "statecode": "inactive"}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once, from its parameters file alone (the org's unit group first)."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, default_units))


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


def _issues(run_dir: Path, kind: str, table: str) -> list[dict]:
    path = run_dir / kind / f"{table}.csv"
    if not path.exists():
        return []
    return pl.read_csv(path, infer_schema=False).to_dicts()


def test_halopsa_clients_users_tickets_actions_items_load(
        runs: Callable[[str], Path]) -> None:
    """Clients, end users, tickets, actions and items load, linked by HaloPSA's ids; the
    agents, sites, assets and reference lists stay out; nothing held back or differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "account": ("clients", 4, 4, 0, 0, 0, 0, 0),
        "contact": ("users", 4, 4, 0, 0, 0, 0, 0),
        "incident": ("tickets", 4, 4, 0, 0, 0, 0, 0),
        "note": ("actions", 3, 3, 0, 0, 0, 0, 0),
        "product": ("items", 4, 4, 0, 0, 0, 0, 0)}
    assert not any(o["links_left"] for o in out.values())
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "clients": ("account", {"account": 4}, True),
        "users": ("contact", {"contact": 4}, True),
        "tickets": ("ticket", {"incident": 4}, True),
        "actions": ("note", {"note": 3}, True),
        "items": ("product", {"product": 4}, True),
        "agents": ("user", {}, False),
        "sites": ("unknown", {}, False),
        "assets": ("unknown", {}, False),
        "ticket_types": ("unknown", {}, False),
        "statuses": ("unknown", {}, False),
        "priorities": ("unknown", {}, False),
        "asset_types": ("unknown", {}, False)}
    assert files["agents"]["reason"].startswith("matched to Dynamics 365 users")

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "contact", "incident", "annotation", "product"}
    for target, source, columns in (("account", "clients", ACCOUNT),
                                    ("contact", "users", CONTACT),
                                    ("incident", "tickets", INCIDENT),
                                    ("annotation", "actions", NOTE),
                                    ("product", "items", PRODUCT)):
        t = tables[target]
        assert (t["source"], t["source_key"]) == (source, "key(id)"), target
        assert {c["target"]: c["source"] for c in t["columns"]} == columns, target
        assert not t.get("owner"), target
    assert {"main_site_id", "colour"} <= set(tables["account"]["unmapped"])
    assert {"site_id", "site_name", "isimportantcontact"} <= set(tables["contact"]["unmapped"])
    assert {"agent_id", "agent_name", "site_id", "category_1", "dateoccurred",
            "tickettype_name"} <= set(tables["incident"]["unmapped"])
    assert {"who", "who_agentid", "timetaken"} <= set(tables["annotation"]["unmapped"])
    assert {"taxable", "category", "sku"} <= set(tables["product"]["unmapped"])
    lookups = {t: [(lk["target"], lk["source"], lk["table"]) for lk in tables[t]["lookups"]]
               for t in tables}
    assert lookups == {
        "account": [],
        "contact": [("parentcustomerid", "client_id", "account")],
        "incident": [("customerid", "client_id", "account"),
                     ("primarycontactid", "user_id", "contact")],
        "annotation": [("objectid", "ticket_id", "incident")],
        "product": [("defaultuomid", None, "uom"), ("defaultuomscheduleid", None, "uomschedule")]}
    assert sorted((u["source"], u["kind"]) for u in mapping["unmatched_sources"]) == [
        ("agents", "user"), ("asset_types", "unknown"), ("assets", "unknown"),
        ("priorities", "unknown"), ("sites", "unknown"), ("statuses", "unknown"),
        ("ticket_types", "unknown")]

    for table in ("account", "contact", "incident", "note", "product"):
        for kind in ("quarantine", "skipped", "failed", "cleared", "unresolved_links"):
            assert not _issues(run_dir, kind, table), (table, kind)

    accounts = _staged(run_dir, "account").to_dicts()
    assert [(a["name"], a["statecode"]) for a in accounts] == [
        ("Acme Corporation", 0), ("TechStart Inc", 0), ("Old Client LLC", 1),
        ("New Client Inc", 0)]
    acme, techstart = accounts[0], accounts[1]
    assert {c: acme[c] for c in ACCOUNT} == {
        "name": "Acme Corporation", "statecode": 0, "websiteurl": "https://acme.com",
        "telephone1": "+1 555-1234", "emailaddress1": "contact@acme.com",
        "description": "Premium customer"}
    contacts = _staged(run_dir, "contact").to_dicts()
    assert all(c["lastname"] and "@" in c["emailaddress1"] and c["statecode"] == 0
               for c in contacts)
    assert [c["__ref__parentcustomerid_account"] for c in contacts] == [
        acme["__source_id"], acme["__source_id"], techstart["__source_id"],
        acme["__source_id"]]
    assert contacts[0]["description"] == "Primary IT contact"

    cases = _staged(run_dir, "incident").to_dicts()
    assert [{c: case[c] for c in INCIDENT} for case in cases] == [
        {"title": "Network connectivity issue", "description": "User cannot access shared drives",
         "casetypecode": 2, "overriddencreatedon": "2026-02-01T10:00:00Z", "prioritycode": 2,
         "statuscode": 1},
        {"title": "Email not syncing", "description": "Outlook not syncing on mobile device",
         "casetypecode": 2, "overriddencreatedon": "2026-02-02T09:00:00Z", "prioritycode": 1,
         "statuscode": 1},
        {"title": "Printer not working", "description": "Office printer showing offline",
         "casetypecode": 2, "overriddencreatedon": "2026-02-03T14:00:00Z", "prioritycode": 3,
         "statuscode": 1},
        {"title": "New test ticket", "description": "Test ticket details", "casetypecode": 2,
         "overriddencreatedon": "2026-02-04T12:00:00Z", "prioritycode": 2, "statuscode": 1}]
    assert [c["__ref__customerid_account"] for c in cases] == [
        acme["__source_id"], acme["__source_id"], techstart["__source_id"],
        acme["__source_id"]]
    # only ticket 1 names its end user (user 1, the first contact)
    assert [c["__ref__primarycontactid"] for c in cases] == [
        contacts[0]["__source_id"], None, None, None]

    notes = _staged(run_dir, "note").to_dicts()
    assert [{c: n[c] for c in NOTE} for n in notes] == [
        {"notetext": "Investigating the issue", "overriddencreatedon": "2026-02-01T11:00:00Z",
         "subject": "In Progress"},
        {"notetext": "Found the root cause", "overriddencreatedon": "2026-02-01T12:00:00Z",
         "subject": "Resolved"},
        {"notetext": "New action note", "overriddencreatedon": "2026-02-04T12:00:00Z",
         "subject": "In Progress"}]
    assert {n["__ref__objectid_incident"] for n in notes} == {cases[0]["__source_id"]}

    products = _staged(run_dir, "product").to_dicts()
    assert [(p["productnumber"], p["name"], p["price"], p["standardcost"],
             p["producttypecode"], p["quantitydecimal"], p["statecode"]) for p in products] == [
        ("1", "Hourly Support", 150.0, None, 3, 0, 0),
        ("2", "Microsoft 365 License", 22.0, 18.0, 1, 0, 0),
        ("3", "Hardware Bundle", 1500.0, None, 1, 0, 0),
        ("100", "New Service Item", 100.0, None, 3, 0, 0)]

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["account"]) == set(ACCOUNT)
    assert set(verified["contact"]) == set(CONTACT) | {"parentcustomerid"}
    assert set(verified["incident"]) == set(INCIDENT) | {"customerid", "primarycontactid"}
    assert set(verified["note"]) == set(NOTE) | {"objectid"}
    assert set(verified["product"]) == set(PRODUCT) | {"defaultuomid", "defaultuomscheduleid"}
    assert not any(v for table in verified.values() for v in table.values())
