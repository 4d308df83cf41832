"""keys537's public export runs end to end from its parameters file, decisions only
(issue 13): Gladly, its own sample records -- the CSVs Gladly's REST API examples
(gladly/rest-api-examples at 840ab516, ISC) keep beside their bulk scripts: 4 customers
(fictional 'First1 Last1'...), 5 tasks on those customers, 4 conversation topics and 3
knowledge-base answers -- headed by Gladly's own column names ('email:1', 'phone:2',
'customAttribute:attr1', 'dueAt', 'inboxName', 'agentEmail'), in English
(tests/data/exports/gladly-export-en; SOURCE.md), on the branch-point engine eb9e1e5b
(session 64, round Z39). Same harness as tests/test_public_end_to_end.py (the shared
runner ``runs_once``); the org needs nothing set up first.

The customers load as contacts keyed by their first e-mail (Gladly's unique identifier for
a customer): the whole name (as last name), the address in one cell (as street 1), up to
three e-mails and three phones. The tasks load as tasks keyed by customer and body: the
body as the subject, the due date, each regarding the contact its 'email' names (person3's
two tasks on one contact). Nothing held back, skipped, failed or left unresolved; no owner
queued; verification finds no column differing.

The parameters decide: the customers are people (discovery reads a file named 'customers'
with a 'name' column as companies, the measured miss) and the topics no Sales records
(discovery reads their id/parentId tree as territories); the keys (a customer's first
e-mail; a task's customer and body, the file holding no task id); no owner column (the
agents' e-mails name no user of the rehearsal org: the fallback owner); a task's customer
by its e-mail (the measured miss in both modes); and a quarantine gate of 0%.

What is NOT read (left unmapped): a customer's custom attributes (attr1..attr3, the org's own
fields), a task's inbox (a Gladly work queue) and agent (no owner column decided);
topics.csv (set to unknown) and answers.csv (knowledge-base articles, unrecognised).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl
import pytest
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    discovered_without_intake,
    inventory_files,
    outcomes,
    runs_once,
    verified_columns,
)

NAME = "gladly-export-en"
INTAKE = {"customers": {"object": "contact"}, "topics": {"object": "unknown"}}
CONTACT = {"lastname": "name", "address1_line1": "address", "emailaddress1": "email:1",
           "emailaddress2": "email:2", "emailaddress3": "email:3", "telephone1": "phone:1",
           "telephone2": "phone:2", "telephone3": "phone:3"}
TASK = {"subject": "task", "scheduledend": "dueAt"}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone)."""
    return runs_once(tmp_path_factory)


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


def _issues(run_dir: Path, kind: str, table: str) -> list[dict]:
    return pl.read_csv(run_dir / kind / f"{table}.csv", infer_schema=False).to_dicts()


def test_gladly_discovery_without_the_intake_decision(tmp_path: Path) -> None:
    """Without the intake line discovery reads the customers as companies (the file name
    'customers' and a 'name' column; the measured miss) and the topics' tree as sales
    territories; the tasks as tasks, the answers unrecognised."""
    objects_ = discovered_without_intake(NAME, tmp_path, INTAKE)
    assert {o["source"]: o["name"] for o in objects_} == {
        "customers": "account", "tasks": "task", "topics": "territory", "answers": "unknown"}


def test_gladly_customers_and_their_tasks_load(runs: Callable[[str], Path]) -> None:
    """The customers load as contacts, the tasks as tasks on the contact their e-mail names;
    the topics and answers stay out; nothing held back or differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "contact": ("customers", 4, 4, 0, 0, 0, 0, 0),
        "task": ("tasks", 5, 5, 0, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "customers": ("contact", {"contact": 4}, True),
        "tasks": ("task", {"task": 5}, True),
        "topics": ("unknown", {}, False),
        "answers": ("unknown", {}, False)}
    assert "set to unknown in the parameters file" in files["topics"]["reason"]

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "task"}
    contact, task = tables["contact"], tables["task"]
    assert (contact["source"], contact["source_key"]) == ("customers", "key(email:1)")
    assert {c["target"]: c["source"] for c in contact["columns"]} == CONTACT
    assert set(contact["unmapped"]) == {
        "customAttribute:attr1", "customAttribute:attr2", "customAttribute:attr3"}
    assert (task["source"], task["source_key"]) == ("tasks", "key(email+task)")
    assert {c["target"]: c["source"] for c in task["columns"]} == TASK
    assert set(task["unmapped"]) == {"inboxName", "agentEmail"}
    assert [(lk["target"], lk["source"], lk["table"]) for lk in task["lookups"]] == [
        ("regardingobjectid", "email", "contact")]
    assert not any(t.get("owner") for t in tables.values())
    assert sorted((u["source"], u["kind"]) for u in mapping["unmatched_sources"]) == [
        ("answers", "unknown"), ("topics", "unknown")]

    for table in ("contact", "task"):
        for kind in ("quarantine", "skipped", "failed", "cleared", "unresolved_links"):
            assert not _issues(run_dir, kind, table), (table, kind)

    contacts = _staged(run_dir, "contact")
    # fictional sample people: names and addresses as written, e-mails by their shape
    assert contacts.select(["lastname", "address1_line1", "telephone1", "telephone2"]).rows() == [
        ("First1 Last1", "Address 1, CA, 12345", "650 123 4567", "650 123 4571"),
        ("First2 Last2", "Address 2, CA, 12345", "650 123 4568", None),
        ("FIrst3 Last3", "Address 3, CA, 12345", "650 123 4569", None),
        ("First4 Last4", "Address 4, CA, 12345", "650 123 4570", None)]
    assert all("@" in e for e in contacts["emailaddress1"].to_list())
    assert [e is not None for e in contacts["emailaddress2"].to_list()] == [
        False, False, True, False]
    assert [e is not None for e in contacts["emailaddress3"].to_list()] == [
        False, False, True, False]
    assert contacts["telephone3"].to_list() == [None] * 4

    tasks = _staged(run_dir, "task")
    assert tasks.select(list(TASK)).rows() == [
        ("please create a return label", "2023-09-28T00:00:00Z"),
        ("please initiate a return", "2024-09-28T00:00:00Z"),
        ("please process return", "2023-09-28T00:00:00Z"),
        ("please print a return slip", "2023-09-28T00:00:00Z"),
        ("please print a return slip", "2023-09-28T00:00:00Z")]
    # each task on the contact its e-mail names: rows 1, 2, 3, 3, 4 of the customers
    ids = contacts["__source_id"].to_list()
    assert tasks["__ref__regardingobjectid_contact_task"].to_list() == [
        ids[0], ids[1], ids[2], ids[2], ids[3]]

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(CONTACT)
    assert set(verified["task"]) == set(TASK) | {"regardingobjectid"}
    assert not any(v for table in verified.values() for v in table.values())
