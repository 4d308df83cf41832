"""Every SmartDesk object moves: tasks, calls, meetings, emails, notes, attachments, tickets and
their messages, with original timestamps, owners, links and end states; re-runs create
nothing; rollback removes all of it.

One sample export (scale 0.3) goes through the real steps into the embedded emulator; the org
is then read back through the client and compared with the export itself.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path

import polars as pl
import pytest

from d365migrate.dataverse.destination import Destination, connect
from d365migrate.load.identity import record_id, stored_source_id
from d365migrate.run.runner import run
from d365migrate.verify.rollback import rollback_run
from engagements import demo_parameters

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ["01_profile.ipynb", "02_mapping.ipynb", "03_stage_validate.ipynb",
             "04_load.ipynb"]
HISTORY = ["task", "phonecall", "appointment", "email", "note", "activity_note", "attachment",
           "incident", "case_email"]


def parameters(root: Path, engagement: str, **extra) -> Path:
    return demo_parameters(root, engagement, seed=11, **extra)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("history")


@pytest.fixture(scope="module")
def first(project: Path, monkeypatch_module: pytest.MonkeyPatch) -> Path:
    monkeypatch_module.delenv("DATAVERSE_URL", raising=False)
    return run(parameters(project, "hist"), notebooks=NOTEBOOKS, progress=False)


def export(project: Path, name: str) -> pl.DataFrame:
    return pl.read_csv(project / "runs" / "hist" / "export" / f"{name}.csv", infer_schema=False)


def client_for(run_dir: Path):
    run_json = json.loads((run_dir / "run.json").read_text())
    return connect(Destination(**run_json["destination"]))


def phase(run_dir: Path, unit: str) -> dict:
    return json.loads((run_dir / "phases" / f"{unit}.json").read_text())


def by_source(client, entity_set: str, unit: str, table: str) -> dict[str, dict]:
    return {rec["new_smartdeskid"]: rec for rec in client.query(entity_set)
            if rec.get("new_smartdeskid", "").startswith(stored_source_id(unit, table, ""))
            or (unit == table and "/" not in rec.get("new_smartdeskid", "/"))}


def test_every_history_object_loads_and_balances(first: Path) -> None:
    for unit in HISTORY:
        p = phase(first, unit)
        assert p["balanced"] and p["loaded"] > 0, (unit, p)
        assert p["source"] == p["loaded"] + p["quarantined"] + p["failed"] + p["skipped"], unit


def test_activities_are_routed_by_type_and_keep_their_times(first: Path, project: Path) -> None:
    acts = export(project, "activities")
    with client_for(first) as client:
        calls = by_source(client, "phonecalls", "phonecall", "phonecall")
        meetings = by_source(client, "appointments", "appointment", "appointment")
        emails = by_source(client, "emails", "email", "email")
    for row in acts.iter_rows(named=True):
        kind, sid = row["type"], row["activity_id"]
        if kind == "call":
            rec = calls[sid]
            assert rec["actualstart"] == row["occurred_at"]
            assert rec["overriddencreatedon"] == row["created_at"]
            assert (rec["statecode"], rec["statuscode"]) in ((1, 2), (1, 4))  # made/received
            if row["duration_minutes"]:
                assert rec["actualdurationminutes"] == int(row["duration_minutes"])
        elif kind == "meeting":
            rec = meetings[sid]
            assert rec["scheduledstart"] == row["occurred_at"]
            assert (rec["statecode"], rec["statuscode"]) == (1, 3)  # completed
            assert rec["location"] == (row["location"] or None)
        elif kind == "email":
            rec = emails[sid]
            assert rec["actualstart"] == row["occurred_at"]
            assert rec["directioncode"] is (row["direction"] == "outbound") or \
                row["direction"] is None
        else:
            assert sid not in calls and sid not in meetings and sid not in emails


def test_regarding_is_the_deal_else_the_contact_else_the_company(first: Path,
                                                                  project: Path) -> None:
    acts = export(project, "activities").filter(pl.col("type") == "call")
    with client_for(first) as client:
        calls = by_source(client, "phonecalls", "phonecall", "phonecall")
        ids = {es: {r["new_smartdeskid"]: r[pk] for r in client.query(es, select=[pk,
                                                                              "new_smartdeskid"])}
               for es, pk in (("opportunities", "opportunityid"), ("contacts", "contactid"),
                              ("accounts", "accountid"))}
    checked = 0
    for row in acts.iter_rows(named=True):
        expected = ids["opportunities"].get(row["deal_id"] or "") or \
            ids["contacts"].get(row["contact_id"] or "") or \
            ids["accounts"].get(row["company_id"] or "")
        assert calls[row["activity_id"]].get("_regardingobjectid_value") == expected
        checked += bool(expected)
    assert checked > 10


def test_completed_tasks_are_closed_with_their_completion_time(first: Path,
                                                              project: Path) -> None:
    tasks = export(project, "tasks")
    with client_for(first) as client:
        org = by_source(client, "tasks", "task", "task")
    done = tasks.filter(pl.col("status") == "Completed")
    assert done.height
    for row in done.iter_rows(named=True):
        rec = org[row["task_id"]]
        assert (rec["statecode"], rec["statuscode"]) == (1, 5)
        assert rec["actualend"] == row["completed_at"]
    for row in tasks.filter(pl.col("status") != "Completed").iter_rows(named=True):
        assert org[row["task_id"]]["statecode"] == 0


def test_notes_on_their_parent_with_author_and_time(first: Path, project: Path) -> None:
    notes = export(project, "notes")
    kinds = {"company": "account", "contact": "contact", "deal": "opportunity"}
    failed = pl.read_csv(first / "failed" / "note.csv", infer_schema=False)
    # a note whose record did not load (quarantined contact, say) fails, naming the parent
    assert failed["reason"].str.contains("is not in the org").all()
    with client_for(first) as client:
        for row in notes.iter_rows(named=True):
            rid = record_id("note", row["note_id"])
            if row["note_id"] in failed["source_id"].to_list():
                assert not list(client.query("annotations", filter=f"annotationid eq {rid}"))
                continue
            rec = client.retrieve("annotations", rid)
            assert rec["notetext"] == row["body"]
            assert rec["overriddencreatedon"] == row["created_at"]
            assert rec["objecttypecode"] == kinds[row["parent_type"]]


def test_attachments_byte_for_byte_and_the_oversized_ones_skipped_with_reason(
        first: Path, project: Path) -> None:
    att = export(project, "attachments")
    root = project / "runs" / "hist" / "export"
    skipped = pl.read_csv(first / "skipped" / "attachment.csv", infer_schema=False)
    too_big = set(skipped["source_id"].to_list())
    assert too_big and skipped["reason"].str.contains("maxuploadfilesize").all()
    with client_for(first) as client:
        for row in att.iter_rows(named=True):
            rid = record_id("attachment", row["attachment_id"])
            found = list(client.query("annotations", filter=f"annotationid eq {rid}"))
            if row["attachment_id"] in too_big:
                assert not found
                continue
            (rec,) = found
            assert base64.b64decode(rec["documentbody"]) == (root / row["path"]).read_bytes()
            assert rec["filename"] == row["file_name"]


def test_tickets_become_cases_resolved_through_close_incident(first: Path,
                                                             project: Path) -> None:
    tickets = export(project, "tickets")
    messages = export(project, "ticket_messages")
    with client_for(first) as client:
        cases = by_source(client, "incidents", "incident", "incident")
        mails = {r["new_smartdeskid"]: r for r in client.query("emails")}
        resolutions = list(client.query("incidentresolutions"))
    for row in tickets.iter_rows(named=True):
        case = cases[row["ticket_id"]]
        assert case["title"] == row["subject"]
        assert case["statecode"] == (1 if row["status"] in ("Resolved", "Closed") else 0)
        assert case["_customerid_value"]
    assert len(resolutions) == tickets.filter(
        pl.col("status").is_in(["Resolved", "Closed"])).height
    for row in messages.iter_rows(named=True):
        mail = mails[stored_source_id("case_email", "email", row["message_id"])]
        assert mail["_regardingobjectid_value"] == cases[row["ticket_id"]]["incidentid"]
        assert mail["actualend"] == row["sent_at"] and mail["statecode"] == 1


def test_inventory_accounts_for_every_file_and_row(first: Path) -> None:
    inv = json.loads((first / "inventory.json").read_text())
    files = {f["file"]: f for f in inv["files"]}
    assert files["activities.csv"]["not_taken"] == 0
    assert files["workflows.csv"]["not_taken"] == files["workflows.csv"]["rows"] > 0
    assert "Power Automate" in files["workflows.csv"]["reason"]
    assert inv["rows"] == inv["rows_taken"] + inv["rows_not_taken"]


def test_rerun_creates_nothing_and_rollback_removes_everything(first: Path,
                                                               project: Path) -> None:
    # a full pass (a plain re-run is a delta that sends nothing unchanged: tests/test_delta.py)
    second = run(project / "parameters" / "hist.yml", notebooks=NOTEBOOKS, progress=False,
                 full=True)
    for unit in HISTORY:
        p, was = phase(second, unit), phase(first, unit)
        assert p["created"] == 0 and p["updated"] == was["loaded"], (unit, p)
        assert p["failed"] == was["failed"] and p["balanced"], (unit, p)
    rollback_run(second, progress=False)
    result = rollback_run(first, progress=False)
    assert result["complete"]
    with client_for(first) as client:
        for es, pk in (("tasks", "activityid"), ("phonecalls", "activityid"),
                       ("appointments", "activityid"), ("emails", "activityid"),
                       ("annotations", "annotationid"), ("incidents", "incidentid")):
            assert client.count(es, pk) == 0, es
