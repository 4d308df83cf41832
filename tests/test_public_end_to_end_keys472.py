"""keys472's public export runs end to end from its parameters file, decisions only
(issue 13): Attio CRM, its own records -- the fixed example values of Attio's API document
(openapi.json, 'Attio API' 2.0.0) as d-stoll/attio-js carries it at 61e77e41 (MIT): the
person Ada Lovelace, the workspace member Susan Kare, the task 'Follow up on current
software solutions', the note 'Initial Prospecting Call Summary', a comment and the
person's entry in the list 'Hiring Engineering' -- as Attio titles their attributes
('Record ID', 'Email addresses', 'Phone numbers', 'Primary location', 'Assignees', 'Linked
record ID', 'Parent record ID'), in English (tests/data/exports/attio-export-en; SOURCE.md),
on the branch-point engine 1ff802d6 (session 58, round Z22). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``, through conftest's
``runs``).

The person loads as a contact keyed by Attio's record id: her one-field name as the last
name (Dataverse's required name), e-mail, phone, the one-cell address on the first address
line, creation time. The task loads open (not completed), due 2023-01-01 15:00, regarding
her; its assignee 'Susan Kare' is found in the export's workspace members (by her e-mail
'susan.kare@apple.com') but is no user of the org: queued, given the fallback owner. The
note loads on her (title, text with its line breaks, time). The workspace members file is
matched, not loaded; the comment and the list entry stay in Attio. Nothing held back,
skipped, cleared or left unlinked; verification finds no column differing.

The parameters decide: the people file a contact list (discovery took its one person, whom
every other file points to, for the tenant: a measured file miss) and the workspace members
a user list (discovery left it unknown: the other file miss); the comment as unknown (it is
on the recruiting list's entry, which stays in Attio); the keys (Attio's ids); the task's
owner 'Assignees'; 'Primary location' on the first address line (unmapped by the map in
both modes: the measured miss); a task's linked record and a note's parent record by
Attio's record id.

What is NOT read (left unmapped): the record ids (keys only); 'Created by' on each file
(the member who created the record: system-set in Dynamics); a task's 'Linked object' and
'Linked record' (the name beside the id) and a note's 'Parent object' and 'Parent record'
(likewise); the workspace members' rows (users are matched, not created); comments.csv and
list_entries.csv whole.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl
import yaml

from d365migrate.staging.keys import surrogate_key
from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    verified_columns,
)

NAME = "attio-export-en"
ADA = "891dcbfc-9141-415d-9b2a-2238a6cc012d"
CONTACT = {"lastname": "Name", "emailaddress1": "Email addresses",
           "telephone1": "Phone numbers", "address1_line1": "Primary location",
           "overriddencreatedon": "Created at"}
TASK = {"subject": "Task", "scheduledend": "Deadline", "statecode": "Completed",
        "overriddencreatedon": "Created at"}
NOTE = {"subject": "Title", "notetext": "Content", "overriddencreatedon": "Created at"}


def _staged(run_dir: Path, table: str) -> dict:
    rows = pl.read_parquet(run_dir / "staged" / f"{table}.parquet").to_dicts()
    assert len(rows) == 1, (table, rows)
    return rows[0]


def test_attio_person_task_and_note_load_linked(runs: Callable[[str], Path]) -> None:
    """Ada Lovelace loads as a contact; the task regarding her and the note on her load
    linked to her; the task's owner is queued; the members are matched, the comment and the
    list entry stay in Attio; nothing differs."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "contact": ("people", 1, 1, 0, 0, 0, 0, 0),
        "task": ("tasks", 1, 1, 0, 0, 0, 0, 0),
        "note": ("notes", 1, 1, 0, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "people": ("contact", {"contact": 1}, True), "tasks": ("task", {"task": 1}, True),
        "notes": ("note", {"note": 1}, True), "workspace_members": ("user", {}, False),
        "comments": ("unknown", {}, False), "list_entries": ("unknown", {}, False)}
    assert "users are not created" in files["workspace_members"]["reason"]
    assert "set to unknown in the parameters file" in files["comments"]["reason"]

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "task", "annotation"}
    contact, task, note = tables["contact"], tables["task"], tables["annotation"]
    assert (contact["source"], contact["source_key"]) == ("people", "key(Record ID)")
    assert {c["target"]: c["source"] for c in contact["columns"]} == CONTACT
    assert set(contact["unmapped"]) == {"Record ID", "Created by"}
    assert (task["source"], task["source_key"]) == ("tasks", "key(Task ID)")
    assert {c["target"]: c["source"] for c in task["columns"]} == TASK
    assert set(task["unmapped"]) == {"Linked object", "Linked record", "Created by"}
    assert task["owner"]["source"] == "Assignees"
    assert (note["source"], note["source_key"]) == ("notes", "key(Note ID)")
    assert {c["target"]: c["source"] for c in note["columns"]} == NOTE
    assert set(note["unmapped"]) == {"Parent object", "Parent record", "Created by"}
    assert [(lk["target"], lk["table"], lk["source"], lk["references"])
            for lk in task["lookups"]] == [
        ("regardingobjectid", "contact", "Linked record ID", "people.key(Record ID)")]
    assert [(lk["target"], lk["table"], lk["source"], lk["references"])
            for lk in note["lookups"]] == [
        ("objectid", "contact", "Parent record ID", "people.key(Record ID)")]
    assert not contact.get("owner") and not contact.get("lookups")
    assert {u["source"]: u["kind"] for u in mapping["unmatched_sources"]} == {
        "comments": "unknown", "list_entries": "unknown", "workspace_members": "user"}

    for table in ("contact", "task", "note"):
        for kind in ("quarantine", "skipped", "cleared", "failed", "unresolved_links"):
            assert pl.read_csv(run_dir / kind / f"{table}.csv",
                               infer_schema=False).height == 0, (table, kind)

    ada = _staged(run_dir, "contact")
    assert {k: ada[k] for k in CONTACT} == {
        "lastname": "Ada Lovelace", "emailaddress1": "alice@app.attio.com",
        "telephone1": "+15558675309",
        "address1_line1": "1 Infinite Loop, Block 1, Hilldrop Estate, Westborough, "
                          "Cupertino, CA, 95014, US",
        "overriddencreatedon": "2022-11-21T13:22:49Z"}
    todo = _staged(run_dir, "task")
    assert {k: todo[k] for k in TASK} == {
        "subject": "Follow up on current software solutions",
        "scheduledend": "2023-01-01T15:00:00Z", "statecode": 0,
        "overriddencreatedon": "2022-11-21T13:22:49Z"}
    assert todo["__ref__regardingobjectid_contact_task"] == ada["__source_id"]
    summary = _staged(run_dir, "note")
    assert summary["subject"] == "Initial Prospecting Call Summary"
    assert summary["notetext"].splitlines()[0] == "Introduction"
    assert len(summary["notetext"].splitlines()) == 8
    assert summary["overriddencreatedon"] == "2022-11-21T13:22:49Z"
    assert summary["__ref__objectid_contact"] == ada["__source_id"]
    # Ada's record is keyed by her Attio record id, the id both links name
    assert ada["__source_id"] == surrogate_key([ADA])

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).to_dicts()
    assert [(q["person"], q["status"], q["records"]) for q in queue] == [
        ("Susan Kare <susan.kare@apple.com>", "unmatched", "1")]
    assert queue[0]["resolution"] == "assigned to fallback owner avery.admin@contoso.example"

    verified = verified_columns(run_dir)
    assert set(verified) == {"contact", "task", "note"}
    assert set(verified["contact"]) == set(CONTACT)
    assert set(verified["task"]) == {*TASK, "regardingobjectid", "ownerid"}
    assert set(verified["note"]) == {*NOTE, "objectid"}
    assert not any(v for table in verified.values() for v in table.values())
