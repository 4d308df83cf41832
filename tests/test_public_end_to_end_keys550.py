"""keys550's public export runs end to end from its parameters file, decisions only
(issue 13): LiveChat, its own records -- the example responses of LiveChat's REST API v2
reference, which livechat/livechat-public-docs (LiveChat's developer documentation, MIT)
keeps at 628955e8: 2 agents, 4 agent groups, 1 archived chat, 1 ticket ('My new shoes are
broken', from a visitor by e-mail, assigned to an agent), 2 canned responses, 2 goals, 2
tags, 1 visitor on the site -- headed by the API's field names, nested objects joined by '.'
('requester.mail', 'assignee.id', 'events.0.message'), in English
(tests/data/exports/livechat-export-en; SOURCE.md), on the branch-point engine 3a01c1f8
(session 65, round Z41). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``), with what the org's admin set up made first: the account 'LiveChat web
customers' for the web site's customers.

The ticket loads as a case keyed by LiveChat's ticket id: subject as title, status open as
In Progress, source mail as the Email origin, the requester's first message as the
description, and when it was first opened (Unix time) as the created-on date; on the org's
web-customers account. Nothing held back, skipped, failed, cleared or unresolved; no owner
queued; verification finds no column differing.

The parameters decide: the canned responses' kind (discovery reads them as notes: a
measured file miss; reply templates, not loaded), the key (the ticket id), no owner column
(the agents' @mycompany.com logins name no user of the rehearsal org: the fallback owner),
the requester's first message as the description (a measured miss), the opening time as the
created-on date, the customer (the org's account), the choices for status and channel, and
a quarantine gate of 0%.

What is NOT read (left unmapped): the ticket's assignee (no owner column decided), its
requester's e-mail and name (no customer file: the customer is the org's account), groups,
tags, the last-modified time and the first event's time; chats.csv (one archived chat, also
a case: the map fills incident from one file, tickets, and says so), agents.csv (the staff,
matched to Dynamics users, not created), groups.csv, canned_responses.csv, goals.csv,
tags.csv and visitors.csv (set-up or a snapshot, no table).
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

NAME = "livechat-export-en"
INCIDENT = {"title": "subject", "statuscode": "status", "caseorigincode": "source.type",
            "description": "events.0.message", "overriddencreatedon": "opened.from"}
CUSTOMERS = "LiveChat web customers"


def _org(client: Any) -> None:
    """What the org's admin set up: the account for the web site's customers."""
    client.create("accounts", {"name": CUSTOMERS})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone), the org's set-up made first."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


def _issues(run_dir: Path, kind: str, table: str) -> list[dict]:
    return pl.read_csv(run_dir / kind / f"{table}.csv", infer_schema=False).to_dicts()


def test_livechat_ticket_loads_as_a_case(runs: Callable[[str], Path]) -> None:
    """The ticket loads as a case on the org's web-customers account; the chat (also a case)
    is said not moved; the rest stays out; nothing held back or differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "incident": ("tickets", 1, 1, 0, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "tickets": ("ticket", {"incident": 1}, True),
        "chats": ("ticket", {}, False),
        "agents": ("user", {}, False),
        "canned_responses": ("unknown", {}, False),
        "goals": ("unknown", {}, False),
        "groups": ("unknown", {}, False),
        "tags": ("unknown", {}, False),
        "visitors": ("contact", {}, False)}   # a live chat's visitors: people (session 66)
    assert files["agents"]["reason"].startswith("matched to Dynamics 365 users")

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"incident"}
    case = tables["incident"]
    assert (case["source"], case["source_key"]) == ("tickets", "key(id)")
    assert {c["target"]: c["source"] for c in case["columns"]} == INCIDENT
    assert {c["target"]: c.get("values") for c in case["columns"]
            if c["target"] in ("statuscode", "caseorigincode")} == {
        "statuscode": {"open": 1, "pending": 2, "solved": 5},
        "caseorigincode": {"mail": 2, "chat-window": 3, "lc2": 3}}
    assert set(case["unmapped"]) == {"assignee.id", "assignee.name", "requester.mail",
                                     "requester.name", "groups", "modified", "tags",
                                     "events.0.date"}
    assert [(lk["target"], lk["source"], lk["table"]) for lk in case["lookups"]] == [
        ("customerid", None, "account")]
    assert not case.get("owner")
    unmatched = {u["source"]: u for u in mapping["unmatched_sources"]}
    assert sorted((s, u["kind"]) for s, u in unmatched.items()) == [
        ("agents", "user"), ("canned_responses", "unknown"), ("chats", "ticket"),
        ("goals", "unknown"), ("groups", "unknown"), ("tags", "unknown"),
        ("visitors", "contact")]
    # the archived chat is a case too: said not moved, the map fills incident from tickets
    assert (unmatched["chats"]["table"], unmatched["chats"]["fed_by"]) == ("incident", "tickets")
    assert "not moved" in unmatched["chats"]["reason"]

    for kind in ("quarantine", "skipped", "failed", "cleared", "unresolved_links"):
        assert not _issues(run_dir, kind, "incident"), kind

    cases = pl.read_parquet(run_dir / "staged" / "incident.parquet").sort("__source_row")
    assert cases.select(["title", "statuscode", "caseorigincode", "description",
                         "overriddencreatedon"]).rows() == [
        ("My new shoes are broken", 1, 2,
         "Hello,\n\nIt seems that my new shoes are broken. What can we do about this?",
         "2013-11-15T22:24:20Z")]
    # the case on the account the org's admin set up for the web site's customers
    assert cases["__via__customerid_account"].to_list() == ["existing"]
    assert all(CUSTOMERS in r for r in cases["__ref__customerid_account"].to_list())

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified) == {"incident"}
    assert set(verified["incident"]) == set(INCIDENT) | {"customerid"}
    assert not any(v for table in verified.values() for v in table.values())
