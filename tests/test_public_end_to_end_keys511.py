"""keys511's public export runs end to end from its parameters file, decisions only
(issue 13): Freshservice, its own records -- the Freshservice API v2 responses that
JupiterOne's MPL-licensed Freshservice integration (JupiterOne/graph-freshservice at
de3d76c8) recorded against the trial desk creativicehelpdesk.freshservice.com and replays as
its tests' Polly recordings: 3 agents, 14 agent groups, 13 roles and 6 tickets (four of them
Freshservice's own sample tickets, 'What’s wrong with my email?', 'Request for Andrea : Dell
Monitor', two test tickets) -- headed by the API's field names ('responder_id', 'fr_due_by',
'requested_for_id'), in English (tests/data/exports/freshservice-export-en; SOURCE.md), on
the branch-point engine 8f7d9ee4 (session 62, round Z35). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``), with what the org's admin
set up made first: the account 'Creativice employees' for the desk's own employees.

The tickets load as cases keyed by Freshservice's ticket id (6 of 6): subject as the title,
the plain-text description (empty on three sample tickets), priority 1 Low / 2 Medium as
Low / Normal, status 2 Open as In Progress, source 2 Portal as Web and 3 Phone as Phone, type
Incident as Problem and Service Request as Request, the resolution due time (due_by) as
Resolve By, the creation date; each on the org's employees' account. Nothing held back,
skipped, failed or cleared; no owner queued; verification finds no column differing.

The parameters decide: the key (id), no owner column (the agents are the trial desk's
testers, no user of the rehearsal org: the fallback owner), the customer (the requesters were
not recorded: the org's account for the desk's employees), the choices (priority, status,
source, type) and a quarantine gate of 0%. The held-out run had no miss: no column decision.

What is NOT read (left unmapped): a ticket's requester and requested-for ids (the requesters
were not recorded; the customer is the decided account), its agent (responder_id: no owner
column decided) and agent group, the first-response due time (fr_due_by), the escalation,
spam and deleted flags, the HTML description (the plain text is read), updated_at;
agents.csv (the desk's staff, matched to Dynamics users, not created), groups.csv and
roles.csv (set-up: unknown kinds, no table).
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

NAME = "freshservice-export-en"
INCIDENT = {"title": "subject", "resolveby": "due_by", "prioritycode": "priority",
            "statuscode": "status", "caseorigincode": "source",
            "overriddencreatedon": "created_at", "casetypecode": "type",
            "description": "description_text"}
EMPLOYEES = "Creativice employees"


def _org(client: Any) -> None:
    """What the org's admin set up: the account for the desk's own employees."""
    client.create("accounts", {"name": EMPLOYEES})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone), the org's set-up made first."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


def _issues(run_dir: Path, kind: str, table: str) -> list[dict]:
    path = run_dir / kind / f"{table}.csv"
    if not path.exists():
        return []
    return pl.read_csv(path, infer_schema=False).to_dicts()


def test_freshservice_tickets_load_as_cases(runs: Callable[[str], Path]) -> None:
    """The tickets load as cases with their priority, status, channel and type as Dynamics'
    choices, on the org's employees' account; the agents, groups and roles stay out;
    nothing held back or differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "incident": ("tickets", 6, 6, 0, 0, 0, 0, 0)}
    assert out["incident"]["closed"] == 0
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "tickets": ("ticket", {"incident": 6}, True),
        "agents": ("user", {}, False),
        "groups": ("unknown", {}, False),
        "roles": ("unknown", {}, False)}
    assert files["agents"]["reason"].startswith("matched to Dynamics 365 users")

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"incident"}
    case = tables["incident"]
    assert (case["source"], case["source_key"]) == ("tickets", "key(id)")
    assert {c["target"]: c["source"] for c in case["columns"]} == INCIDENT
    assert [(lk["target"], lk["source"], lk["table"]) for lk in case["lookups"]] == [
        ("customerid", None, "account")]
    assert set(case["unmapped"]) == {
        "group_id", "requester_id", "fr_escalated", "deleted", "spam", "is_escalated",
        "fr_due_by", "updated_at", "requested_for_id", "description", "responder_id"}
    assert not case.get("owner")
    assert sorted((u["source"], u["kind"]) for u in mapping["unmatched_sources"]) == [
        ("agents", "user"), ("groups", "unknown"), ("roles", "unknown")]

    for kind in ("quarantine", "skipped", "failed", "cleared", "unresolved_links"):
        assert not _issues(run_dir, kind, "incident"), kind

    cases = pl.read_parquet(run_dir / "staged" / "incident.parquet").sort("__source_row")
    assert cases.select(list(INCIDENT)).rows() == [
        ("test ticket (group only)", "2022-07-20T21:00:00Z", 3, 1, 1,
         "2022-07-11T11:32:29Z", 2, "test ticket (group only)"),
        ("Test ticket", "2022-07-20T21:00:00Z", 3, 1, 1, "2022-07-10T16:56:09Z", 2,
         "Test Description"),
        ("Where can I find more information about employee health benefits?",
         "2022-07-14T21:00:00Z", 3, 1, 3, "2022-07-04T11:10:22Z", 2, None),
        ("Request for Andrea : Dell Monitor", "2022-07-07T18:00:00Z", 2, 1, 3,
         "2022-07-04T11:10:20Z", 3, None),
        ("Request for Andrea : Logitech Wireless Mouse", "2022-07-07T18:00:00Z", 2, 1, 3,
         "2022-07-04T11:10:19Z", 3, None),
        ("What’s wrong with my email?", "2022-07-14T21:00:00Z", 3, 1, 3,
         "2022-07-04T11:09:30Z", 2,
         "Hi Team, I have been unable to send any emails since this morning. What’s going "
         "on? Regards, Andrea")]
    # every ticket on the account the org's admin set up for the desk's employees
    assert cases["__via__customerid_account"].to_list() == ["existing"] * 6
    assert all(EMPLOYEES in r for r in cases["__ref__customerid_account"].to_list())

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["incident"]) == set(INCIDENT) | {"customerid"}
    assert not any(v for table in verified.values() for v in table.values())
