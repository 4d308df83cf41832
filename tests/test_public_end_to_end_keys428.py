"""keys428's public export runs end to end from its parameters file, decisions only (issue
13): Salesforce's eCars sample app (trailheadapps/ecars at a5e9cc01, CC0-1.0; an
electric-car maker's org; the fallback of round Z9, as SFDMU, the primary, ships no data),
the records its data plan loads (two customers, four inventory cars, one service case, one
web lead) as a Data Loader extract writes them: a CSV per sObject, API-name headers, an Id
column, lookups by Id (tests/data/exports/salesforce-ecars; SOURCE.md), on the branch-point
engine d3222a02 (session 55, round Z9). Same harness as tests/test_public_end_to_end.py (the
shared runner ``runs_once``, through conftest's ``runs``).

The two customers load as contacts keyed by their Id (first and last name); the case as a
case whose customer and primary contact are both the contact who raised it (Lisa Smith, by
the ContactId lookup), its origin 'Phone' as the choice Phone (1), its subject as the case
title, its description; the lead as a lead (names, mobile phone, e-mail, company, the lead
source 'Web' as the choice Web (8)), its required topic a copy of its company as the map
proposes it. Nothing is held back, skipped, cleared or flagged; no link is left unresolved;
verification finds no column differing; the fallback owner takes every record, no one
queued.

The parameters decide little: the tables to load (contact, incident, lead) and the fallback
owner (the export has no users file). Discovery named every file right and the map every
column (held out: files 4/4, suggest and propose 12/12), so no intake, key, column or
choice decision is needed.

What is NOT read: Vehicle__c.csv whole (the four cars: VIN, model, year, package, range,
colours, wheels, price, status; a custom object, no Sales table: reported unmatched as
unknown), and the case's Vehicle__c (its lookup to the car complained about), left unmapped.
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

NAME = "salesforce-ecars"
KINDS = {"Contact": ("contact", {"contact": 2}), "Case": ("ticket", {"incident": 1}),
         "Lead": ("lead", {"lead": 1}), "Vehicle__c": ("unknown", {})}
CONTACT = {"firstname": "FirstName", "lastname": "LastName"}
INCIDENT = {"caseorigincode": "Origin", "title": "Subject", "description": "Description"}
LEAD = {"firstname": "FirstName", "lastname": "LastName", "mobilephone": "MobilePhone",
        "emailaddress1": "Email", "companyname": "Company", "leadsourcecode": "LeadSource",
        "subject": "Company"}                           # Dataverse's required topic: a copy


def test_ecars_customers_case_and_lead_load(runs: Callable[[str], Path]) -> None:
    """Contacts, the case linked to its customer, the lead; the cars stay in Salesforce;
    verification finds no column differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "closed") == {
        "contact": ("Contact", 2, 2, 0, 0, 0, 0, 0),
        "incident": ("Case", 1, 1, 0, 0, 0, 0, 0),
        "lead": ("Lead", 1, 1, 0, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS
    assert files["Vehicle__c"]["not_taken"] == 4

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "incident", "lead"}
    for target, columns in (("contact", CONTACT), ("incident", INCIDENT), ("lead", LEAD)):
        table = tables[target]
        assert {c["target"]: c["source"] for c in table.get("columns", [])} == columns, target
        assert table["source_key"] == "Id", target
        assert not table.get("owner"), target              # the export names no owner
    assert not tables["contact"].get("lookups") and not tables["lead"].get("lookups")
    links = {(lk["target"], lk["source"], lk["references"])
             for lk in tables["incident"]["lookups"]}
    assert links == {("customerid", "ContactId", "Contact.Id"),
                     ("primarycontactid", "ContactId", "Contact.Id")}
    assert {u["source"]: u["kind"] for u in mapping["unmatched_sources"]} == {
        "Vehicle__c": "unknown"}

    for name in ("contact", "incident", "lead"):
        for kind in ("quarantine", "skipped", "cleared", "flags", "unresolved_links"):
            issues = pl.read_csv(run_dir / kind / f"{name}.csv", infer_schema=False)
            assert issues.height == 0, (name, kind)

    contacts = pl.read_parquet(run_dir / "staged" / "contact.parquet").sort("__source_row")
    assert contacts.select("__source_id", *CONTACT).rows() == [
        ("ContactRef1", "Lisa", "Smith"), ("ContactRef2", "Victor", "Ochoa")]
    (case,) = pl.read_parquet(run_dir / "staged" / "incident.parquet").to_dicts()
    assert {k: case[k] for k in ("__source_id", *INCIDENT)} == {
        "__source_id": "CaseRef1", "caseorigincode": 1,           # Phone
        "title": "Battery doesn't hold charge",
        "description": "Range with full battery is 150 miles instead of 280"}
    assert case["__ref__customerid_contact"] == case["__ref__primarycontactid"] == "ContactRef1"
    (lead,) = pl.read_parquet(run_dir / "staged" / "lead.parquet").to_dicts()
    assert {k: lead[k] for k in ("__source_id", *LEAD)} == {
        "__source_id": "LeadRef1", "firstname": "Martha", "lastname": "Bixby",
        "mobilephone": "1-222-505-424", "emailaddress1": "martha.bixby@demo.mail",
        "companyname": "Private", "leadsourcecode": 8,            # Web
        "subject": "Private"}

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified) == {"contact", "incident", "lead"}
    assert set(verified["contact"]) == set(CONTACT)
    assert set(verified["lead"]) == set(LEAD)
    assert set(verified["incident"]) == set(INCIDENT) | {"customerid", "primarycontactid"}
    assert not any(v for cols in verified.values() for v in cols.values())
