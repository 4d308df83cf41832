"""keys515's public export runs end to end from its parameters file, decisions only
(issue 13): HighLevel (GoHighLevel), its own example records -- the example payloads of
HighLevel's API documentation (GoHighLevel/highlevel-api-docs at 0af86a4c, CC0): the webhook
events ContactCreate, OpportunityCreate, TaskCreate, NoteCreate, UserCreate,
AppointmentCreate, ProductCreate and the documented examples of the API v2 contact,
opportunity, task, note and user schemas: 2 users, 2 contacts, 2 opportunities ('Loram
ipsu', 'testing'), 2 tasks, 2 notes, 1 appointment, 1 product -- headed by the API's field
names ('assignedTo', 'monetaryValue', 'pipelineStageId'), in English
(tests/data/exports/highlevel-export-en; SOURCE.md), on the branch-point engine 3e7d83b2
(session 63, round Z36). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``), with what the org's admin set up made first: the account 'HighLevel
unassigned' for opportunities whose contact is not in the export.

The contacts load as contacts keyed by HighLevel's id: first and last name, e-mail, phone,
the address (street, city, state, postal code, country code), web site, birth date and
creation date; the schema example's birth date placeholder ('Date format YYYY-MM-DD') is not
a date and is cleared, the row kept. The opportunities load as opportunities keyed by id:
name, monetaryValue as the estimated revenue, the stage by its id (the one documented stage,
qualifying, open), status open as open, the webhook's dateAdded as the creation date; each
on the org's unassigned account. Nothing held back, skipped or failed; no owner queued;
verification finds no column differing.

The parameters decide: the keys (id), no owner column (assignedTo's user ids name no user of
the rehearsal org: the fallback owner; locationId, the sub-account, is never the owner -- a
measured propose miss), dateAdded as the opportunity's creation date (createdAt, the API's
spelling, is left out: a measured miss; the schema example's row has only createdAt, so its
creation date is not carried), the stage column (pipelineStageId, no pipelines file) and its
stage, the status column with 'open', the contact's source and type left out (Dynamics'
Lead Source and Relationship Type have only 'Default Value'), the customer (the org's
unassigned account), and a quarantine gate of 0%.

What is NOT read (left unmapped): locationId, the DND flag, tags, assignedTo, the lower-cased
search copies, timezone, lastActivity, businessId and companyName (the contact's company:
no account file, the link left), an opportunity's contactId and contact.* (a contact not in
the export), pipelineId, source, the change times, lostReasonId; users.csv (the staff,
matched to Dynamics users, not created), tasks.csv, notes.csv, appointments.csv (on contacts
the examples do not hold) and products.csv (a store item): not loaded in this rehearsal.
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

NAME = "highlevel-export-en"
CONTACT = {"address1_line1": "address1", "address1_city": "city",
           "address1_stateorprovince": "state", "address1_country": "country",
           "overriddencreatedon": "dateAdded", "birthdate": "dateOfBirth",
           "emailaddress1": "email", "firstname": "firstName", "lastname": "lastName",
           "telephone1": "phone", "address1_postalcode": "postalCode",
           "websiteurl": "website"}
OPPORTUNITY = {"estimatedvalue": "monetaryValue", "name": "name",
               "salesstage": "__stage_salesstage", "stepname": "__stage_stepname",
               "closeprobability": "__stage_closeprobability", "statecode": "__stage_state",
               "overriddencreatedon": "dateAdded"}
UNASSIGNED = "HighLevel unassigned"
STAGE = "e93ba61a-53b3-45e7-985a-c7732dbcdb69"


def _org(client: Any) -> None:
    """What the org's admin set up: the account for opportunities without a customer."""
    client.create("accounts", {"name": UNASSIGNED})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone), the org's set-up made first."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


def _issues(run_dir: Path, kind: str, table: str) -> list[dict]:
    path = run_dir / kind / f"{table}.csv"
    return pl.read_csv(path, infer_schema=False).to_dicts() if path.exists() else []


def test_highlevel_contacts_and_opportunities_load(runs: Callable[[str], Path]) -> None:
    """The contacts load as contacts, the opportunities as opportunities in their stage on
    the org's unassigned account; users, tasks, notes, the appointment and the product stay
    out; one placeholder birth date cleared; nothing held back or differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "contact": ("contacts", 2, 2, 0, 0, 0, 0, 1),
        "opportunity": ("opportunities", 2, 2, 0, 0, 0, 0, 0)}
    assert out["contact"]["cleared_fields"] == {"birthdate": 1}
    assert out["contact"]["links_left"] == {"parentcustomerid": 2}
    assert (out["opportunity"]["closed"], out["opportunity"]["closed_as"]) == (0, {})
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "contacts": ("contact", {"contact": 2}, True),
        "opportunities": ("deal", {"opportunity": 2}, True),
        "users": ("user", {}, False),
        "tasks": ("task", {}, False),
        "notes": ("note", {}, False),
        "appointments": ("activity", {}, False),
        "products": ("product", {}, False)}
    assert files["users"]["reason"].startswith("matched to Dynamics 365 users")

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "opportunity"}
    contact, opp = tables["contact"], tables["opportunity"]
    assert (contact["source"], contact["source_key"]) == ("contacts", "key(id)")
    assert {c["target"]: c["source"] for c in contact["columns"]} == CONTACT
    assert {"locationId", "assignedTo", "companyName", "businessId", "source", "type",
            "tags", "dnd"} <= set(contact["unmapped"])
    assert (opp["source"], opp["source_key"]) == ("opportunities", "key(id)")
    assert {c["target"]: c["source"] for c in opp["columns"]} == OPPORTUNITY
    assert {"locationId", "assignedTo", "createdAt", "contactId", "contact.name",
            "pipelineId", "status", "pipelineStageId"} <= set(opp["unmapped"])
    assert [(lk["target"], lk["source"], lk["table"]) for lk in opp["lookups"]] == [
        ("customerid", None, "account")]
    assert not any(t.get("owner") for t in tables.values())

    for table in ("contact", "opportunity"):
        for kind in ("quarantine", "skipped", "failed"):
            assert not _issues(run_dir, kind, table), (table, kind)
    cleared = _issues(run_dir, "cleared", "contact")
    assert [(c["row"], c["column"], c["target"]) for c in cleared] == [
        ("2", "dateOfBirth", "birthdate")]
    assert not _issues(run_dir, "cleared", "opportunity")

    contacts = _staged(run_dir, "contact")
    assert contacts.select(["address1_line1", "address1_stateorprovince", "address1_country",
                            "address1_postalcode", "overriddencreatedon",
                            "birthdate"]).rows() == [
        ("3535 1st St N", "AL", "DE", "452001", "2021-11-26T12:41:02Z", "2000-01-05T00:00:00Z"),
        ("3535 1st St N", "AL", "US", "35061", "2021-07-02T05:18:26Z", None)]
    # names, e-mails and phones checked by their shape
    assert all(v for v in contacts["firstname"].to_list() + contacts["lastname"].to_list())
    assert all("@" in v for v in contacts["emailaddress1"].to_list())
    assert all(v.startswith("+") and v[1:].isdigit() for v in contacts["telephone1"].to_list())
    assert all(v.startswith("https://") for v in contacts["websiteurl"].to_list())

    opps = _staged(run_dir, "opportunity")
    assert opps.select(["name", "estimatedvalue", "salesstage", "stepname", "statecode",
                        "overriddencreatedon"]).rows() == [
        ("Loram ipsu", 40.0, 0, STAGE, 0, "2021-11-26T12:41:02Z"),
        ("testing", 500.0, 0, STAGE, 0, None)]
    # every opportunity on the account the org's admin set up for those without a customer
    assert opps["__via__customerid_account"].to_list() == ["existing"] * 2
    assert all(UNASSIGNED in r for r in opps["__ref__customerid_account"].to_list())

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(CONTACT)
    assert set(verified["opportunity"]) == set(OPPORTUNITY) | {"customerid"}
    assert not any(v for table in verified.values() for v in table.values())
