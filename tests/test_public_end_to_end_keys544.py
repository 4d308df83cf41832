"""keys544's public export runs end to end from its parameters file, decisions only
(issue 13): ManageEngine ServiceDesk Plus, its own records -- the ServiceDesk Plus Cloud API
v3 responses that demisto/content (Cortex XSOAR's content repository, MIT) keeps for its
ServiceDeskPlus integration's tests at 7e05f2bb: 2 technicians, 2 requesters (placeholder
people, no e-mail) and 7 requests (#73-#75, #95, #96, #99, #102) -- headed by the API's
field names, nested objects joined by '.' ('status.name', 'requester.id',
'created_time.display_value'), in English (tests/data/exports/servicedesk-plus-export-en;
SOURCE.md), on the branch-point engine 2c989695 (session 65, round Z40). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``), with what the org's admin
set up made first: the account 'ServiceDesk Plus staff' for the company's own staff.

The requesters load as contacts keyed by ServiceDesk Plus's user id (the one-cell name as
last name). The requests load as cases keyed by their record id: subject as title,
description, priority (High), status (Open: In Progress), request type (Incident: Problem),
mode (E-Mail) as the case origin, and the time raised, read in ServiceDesk Plus's display
form ('Jun 24, 2020 03:05 PM'); each on the org's staff account, with its requester as the
case's contact where the requester is one of the requesters: three requests; the four a
technician raised for themselves (requester 142582, a technician) load without a contact,
each counted as an unresolved link (true: a technician is no contact). Nothing held back,
skipped, failed or cleared; no owner queued; verification finds no column differing.

The parameters decide: the files' kinds (discovery reads the requests as e-mail templates
and the requesters as unknown: measured misses), the keys (the ids), no owner column (the
technicians' placeholder e-mail names no user of the rehearsal org: the fallback owner),
mode as the case origin and created_time's display form as the created-on date (measured
misses, with the time's format), the customer (the org's staff account), the requester as
the case's contact, the choices for priority, status and request type, a quarantine gate
of 0% and an unresolved-link gate of 60% for the case's contact.

What is NOT read (left unmapped): the request number (display_id), its support group,
level, impact, urgency, template, the technician it is assigned to (no owner column
decided), created_by, the desk's flags and counters (has_notes, is_overdue, is_fcr...), the
last-updated time and the epoch-millisecond times; a requester's avatar, VIP and
technician flags; technicians.csv (the staff, matched to Dynamics users, not created).
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

NAME = "servicedesk-plus-export-en"
CONTACT = {"lastname": "name"}
INCIDENT = {"title": "subject", "prioritycode": "priority.name", "statuscode": "status.name",
            "casetypecode": "request_type.name", "description": "description",
            "caseorigincode": "mode.name", "overriddencreatedon": "created_time.display_value"}
STAFF = "ServiceDesk Plus staff"


def _org(client: Any) -> None:
    """What the org's admin set up: the account for the company's own staff."""
    client.create("accounts", {"name": STAFF})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone), the org's set-up made first."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


def _issues(run_dir: Path, kind: str, table: str) -> list[dict]:
    return pl.read_csv(run_dir / kind / f"{table}.csv", infer_schema=False).to_dicts()


def test_servicedesk_plus_requesters_and_requests_load(runs: Callable[[str], Path]) -> None:
    """The requesters load as contacts, the requests as cases on the org's staff account,
    the three a requester raised with that requester as contact; the technicians stay out;
    nothing held back or differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "contact": ("requesters", 2, 2, 0, 0, 0, 0, 0),
        "incident": ("requests", 7, 7, 0, 0, 0, 4, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "requesters": ("contact", {"contact": 2}, True),
        "requests": ("ticket", {"incident": 7}, True),
        "technicians": ("user", {}, False)}
    assert files["technicians"]["reason"].startswith("matched to Dynamics 365 users")

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "incident"}
    contact, case = tables["contact"], tables["incident"]
    assert (contact["source"], contact["source_key"]) == ("requesters", "key(id)")
    assert {c["target"]: c["source"] for c in contact["columns"]} == CONTACT
    assert set(contact["unmapped"]) == {"id", "photo_url", "is_vip_user", "is_technician"}
    assert (case["source"], case["source_key"]) == ("requests", "key(id)")
    assert {c["target"]: c["source"] for c in case["columns"]} == INCIDENT
    assert {"display_id", "group.name", "level.name", "impact.name", "urgency.name",
            "template.name", "technician.id", "technician.name", "created_by.id",
            "created_time.value", "last_updated_time.display_value",
            "is_service_request"} <= set(case["unmapped"])
    assert [(lk["target"], lk["source"], lk["table"]) for lk in case["lookups"]] == [
        ("customerid", None, "account"), ("primarycontactid", "requester.id", "contact")]
    assert not any(t.get("owner") for t in tables.values())
    assert sorted((u["source"], u["kind"]) for u in mapping["unmatched_sources"]) == [
        ("technicians", "user")]

    for table in ("contact", "incident"):
        for kind in ("quarantine", "skipped", "failed", "cleared"):
            assert not _issues(run_dir, kind, table), (table, kind)
    # the four requests a technician raised for themselves: no contact, each counted
    unresolved = _issues(run_dir, "unresolved_links", "incident")
    assert [(u["row"], u["column"], u["value"]) for u in unresolved] == [
        (r, "requester.id", "123640000000142582") for r in ("2", "3", "4", "7")]
    assert not _issues(run_dir, "unresolved_links", "contact")

    contacts = _staged(run_dir, "contact")
    names = contacts["lastname"].to_list()
    # placeholder people: 'First Last' and a first name alone (checked by its shape)
    assert names[0] == "First Last"
    assert names[1].isalpha() and names[1][0].isupper() and " " not in names[1]
    cases = _staged(run_dir, "incident")
    assert cases.select(["title", "prioritycode", "statuscode", "casetypecode", "description",
                         "caseorigincode", "overriddencreatedon"]).rows() == [
        ("Test create request", 1, 1, 2, "Update the description", 2, "2020-06-24T15:05:00Z"),
        ("request 1", None, 1, None, None, None, "2020-06-08T15:07:00Z"),
        ("check request outputs", None, 1, None, None, None, "2020-06-08T15:05:00Z"),
        ("updated request 2 from demisto", None, 1, None, None, None, "2020-06-08T15:15:00Z"),
        ("Test fetch incidents", None, 1, None, None, None, "2020-06-23T16:18:00Z"),
        ("Updating the last request", None, 1, None, None, None, "2020-06-23T16:20:00Z"),
        ("new request for demo", None, 1, None, None, None, "2020-06-24T09:19:00Z")]
    # every case on the account the org's admin set up for the company's staff
    assert cases["__via__customerid_account"].to_list() == ["existing"] * 7
    assert all(STAFF in r for r in cases["__ref__customerid_account"].to_list())
    # the requester as contact: #102's requester (row 1), the second requester's #95, #96
    ids = contacts["__source_id"].to_list()
    assert cases["__ref__primarycontactid"].to_list() == [
        ids[0], None, None, None, ids[1], ids[1], None]

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(CONTACT)
    assert set(verified["incident"]) == set(INCIDENT) | {"customerid", "primarycontactid"}
    assert not any(v for table in verified.values() for v in table.values())
