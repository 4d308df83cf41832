"""keys500's public export runs end to end from its parameters file, decisions only
(issue 13): ActiveCampaign, its own example records -- the response examples of its API v3
reference, the OpenAPI document the MIT MCP server ohneben/ActiveCampaign-MCP ships at
47cf73f5: 2 users (John and Jane Doe), 2 accounts ('First Example Account', 'Second Example
Account'), 6 contacts (e-mail addresses, two with a first name and phone), 3 deals ('Able
Hyena' open, 'Test Deal' won, 'Demo Requested' a title only), 2 pipelines with 5 deal
stages, 2 tasks, 4 task types and 2 notes -- headed by the API's field names ('cdate',
'firstName', 'winProbability', 'owner.id'), in English
(tests/data/exports/activecampaign-export-en; SOURCE.md), on the branch-point engine
d0e520eb (session 61, round Z32). Same harness as tests/test_public_end_to_end.py (the
shared runner ``runs_once``), with what the org's admin set up made first: the account
'ActiveCampaign unassigned' for deals whose customer is not in the export.

The accounts load as accounts (name, creation time), the contacts as contacts (e-mail, the
e-mail again as the last name Dynamics requires, first name, phone, creation time), the
deals as opportunities (title, description, value in cents as the estimated revenue, the
stage by its id, 'Test Deal' closed as Won, creation time) on the org's unassigned account,
the tasks as open tasks (the text as subject and description, due date, creation time; the
first regarding contact 7, the one its 'relid' names where 'reltype' is Subscriber), the
notes as notes (text, creation time), each keyed by ActiveCampaign's id. Nothing held back,
skipped, failed or cleared; no owner queued; verification finds no column differing.

The parameters decide: the keys (id), no owner column (ActiveCampaign's users are no users
of the rehearsal org; a task's or note's 'owner.id' is the record it is on, not a user: a
measured miss), 'cdate' as each record's creation time (the four measured misses), the
contact's last name (the e-mail: the examples give none) and the task's subject (its 'note':
the title is empty), the value divided by 100 (cents), the stage column (stage) and its
stages, the deal's own status (0 open, 1 Won), the task status 0 as Not Started, the
deals' customer (the org's unassigned account), and a quarantine gate of 0%.

What is NOT read (left unmapped): the e-mail platform's contact bookkeeping (bounce counts,
hash, IP, sent count, gravatar, deleted/anonymized flags, adate/udate/edate), the accounts'
counts and update time, a deal's contact, account and organization ids (39, 44, 20: not in
the examples), its pipeline, percent, next task, edate and owner (its currency, 'usd', binds
it to the org's base currency by its code); a task's
assignee, user, type, end, outcome and 'owner' object; a note's record (relid: a deal and an
activity not in the examples), its user and draft flag; users.csv (matched to Dynamics
users, not created), deal_groups.csv, deal_stages.csv and deal_task_types.csv (set-up lists,
no Sales table).
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

NAME = "activecampaign-export-en"
ACCOUNT = {"name": "name", "overriddencreatedon": "createdTimestamp"}
CONTACT = {"emailaddress1": "email", "telephone1": "phone", "firstname": "firstName",
           "lastname": "email", "overriddencreatedon": "cdate"}
OPPORTUNITY = {"name": "title", "description": "description",
               "salesstage": "__stage_salesstage", "stepname": "__stage_stepname",
               "closeprobability": "__stage_closeprobability", "statecode": "__stage_state",
               "statuscode": "__stage_statuscode", "estimatedvalue": "value",
               "overriddencreatedon": "cdate"}
TASK = {"scheduledend": "duedate", "statuscode": "status", "description": "note",
        "overriddencreatedon": "cdate", "subject": "note"}
NOTE = {"notetext": "note", "overriddencreatedon": "cdate"}
UNASSIGNED = "ActiveCampaign unassigned"


def _org(client: Any) -> None:
    """What the org's admin set up: the account for deals whose customer is not exported."""
    client.create("accounts", {"name": UNASSIGNED})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone), the org's set-up made first."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


def _issues(run_dir: Path, kind: str, table: str) -> list[dict]:
    return pl.read_csv(run_dir / kind / f"{table}.csv", infer_schema=False).to_dicts()


def test_activecampaign_records_load(runs: Callable[[str], Path]) -> None:
    """Accounts, contacts, deals (the won one closed as Won, on the org's unassigned
    account), tasks and notes load; users, pipelines, stages and task types stay out;
    nothing held back or differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "account": ("accounts", 2, 2, 0, 0, 0, 0, 0),
        "contact": ("contacts", 6, 6, 0, 0, 0, 0, 0),
        "opportunity": ("deals", 3, 3, 0, 0, 0, 0, 0),
        "task": ("deal_tasks", 2, 2, 0, 0, 0, 0, 0),
        "note": ("notes", 2, 2, 0, 0, 0, 0, 0)}
    assert (out["opportunity"]["closed"], out["opportunity"]["closed_as"]) == (1, {"Won": 1})
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "accounts": ("account", {"account": 2}, True),
        "contacts": ("contact", {"contact": 6}, True),
        "deals": ("deal", {"opportunity": 3}, True),
        "deal_tasks": ("task", {"task": 2}, True),
        "notes": ("note", {"note": 2}, True),
        "users": ("user", {}, False),
        "deal_groups": ("unknown", {}, False),
        "deal_stages": ("pipeline", {}, False),
        "deal_task_types": ("unknown", {}, False)}
    assert files["users"]["reason"].startswith("matched to Dynamics 365 users")

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "contact", "opportunity", "task", "annotation"}
    for target, source, columns in (("account", "accounts", ACCOUNT),
                                    ("contact", "contacts", CONTACT),
                                    ("opportunity", "deals", OPPORTUNITY),
                                    ("task", "deal_tasks", TASK),
                                    ("annotation", "notes", NOTE)):
        t = tables[target]
        assert (t["source"], t["source_key"]) == (source, "key(id)"), target
        assert {c["target"]: c["source"] for c in t["columns"]} == columns, target
        assert not t.get("owner"), target
    assert {"contact", "organization", "account", "group", "owner", "stage", "status"} <= set(
        tables["opportunity"]["unmapped"])
    assert {"assignee", "owner.id", "owner.type", "user"} <= set(tables["task"]["unmapped"])
    assert {"relid", "owner.id", "userid"} <= set(tables["annotation"]["unmapped"])
    assert [(lk["target"], lk["source"], lk["table"]) for lk in
            tables["opportunity"]["lookups"]] == [
        ("transactioncurrencyid", "currency", "transactioncurrency"),
        ("customerid", None, "account")]
    (regarding,) = tables["task"]["lookups"]
    assert (regarding["target"], regarding["source"], regarding["table"],
            regarding["where"]) == ("regardingobjectid", "relid", "contact",
                                    {"column": "reltype", "in": ["Subscriber"]})
    assert not tables["annotation"].get("lookups")
    assert sorted((u["source"], u["kind"]) for u in mapping["unmatched_sources"]) == [
        ("deal_groups", "unknown"), ("deal_stages", "pipeline"),
        ("deal_task_types", "unknown"), ("users", "user")]

    for table in ("account", "contact", "opportunity", "task", "note"):
        for kind in ("quarantine", "skipped", "failed", "cleared", "unresolved_links"):
            assert not _issues(run_dir, kind, table), (table, kind)

    assert _staged(run_dir, "account").select(list(ACCOUNT)).rows() == [
        ("First Example Account", "2019-04-29T12:51:31Z"),
        ("Second Example Account", "2019-04-29T12:51:32Z")]
    assert _staged(run_dir, "contact").select(list(CONTACT)).rows() == [
        ("adam@activecampaign.com", None, None, "adam@activecampaign.com",
         "2018-09-12T21:53:50Z"),
        ("kconnell2@gmailc.om", None, None, "kconnell2@gmailc.om", "2018-08-17T18:46:58Z"),
        ("test@gmail.com", None, None, "test@gmail.com", "2018-09-18T16:02:57Z"),
        ("test@test.com", "9813764", "Test", "test@test.com", "2018-08-17T14:56:33Z"),
        ("test@testing.com", "20405938", "testing", "test@testing.com",
         "2018-08-17T18:45:23Z"),
        ("tjahn+test@activecampaign.com", None, None, "tjahn+test@activecampaign.com",
         "2018-09-20T04:11:11Z")]
    opps = _staged(run_dir, "opportunity")
    assert opps.select(["name", "estimatedvalue", "salesstage", "stepname", "statecode",
                        "overriddencreatedon"]).rows() == [
        ("Able Hyena", 18721.51, 1, "2", 0, "2019-09-06T16:29:48Z"),
        ("Test Deal", 100.0, 2, "3", 1, "2017-01-20T15:28:02Z"),
        ("Demo Requested", None, 0, None, 0, None)]
    # every deal on the account the org's admin set up (the deals' account 20 is not exported)
    assert opps["__via__customerid_account"].to_list() == ["existing"] * 3
    assert all(UNASSIGNED in r for r in opps["__ref__customerid_account"].to_list())
    tasks = _staged(run_dir, "task")
    assert tasks.select(list(TASK)).rows() == [
        ("2017-02-25T18:00:00Z", 2, "Testing Task", "2017-02-24T19:21:56Z", "Testing Task"),
        ("2017-02-25T18:00:00Z", 2, "Testing Task 2", "2017-02-24T19:21:56Z",
         "Testing Task 2")]
    # the first task is on contact 7 (reltype Subscriber); the second on deal 8, not exported
    assert tasks["__via__regardingobjectid_contact_task"].to_list() == ["id", None]
    assert _staged(run_dir, "note").select(list(NOTE)).rows() == [
        ("Oh, hi Mark", "2022-05-26T13:58:34Z"), ("Here is a note", "2023-08-18T16:09:38Z")]

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["account"]) == set(ACCOUNT)
    assert set(verified["contact"]) == set(CONTACT)
    assert set(verified["opportunity"]) == set(OPPORTUNITY) | {"customerid",
                                                               "transactioncurrencyid"}
    assert set(verified["task"]) == set(TASK) | {"regardingobjectid"}
    assert set(verified["note"]) == set(NOTE)
    assert not any(v for table in verified.values() for v in table.values())
    assert len((run_dir / "mismatches.csv").read_text().splitlines()) == 1  # header only
