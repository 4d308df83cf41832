"""Delta runs (issue 14): after a completed run, a run sends only what changed in the export;
records deleted in SmartDesk wait for a person's decision; rollbacks restore the org."""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from d365migrate.cli import main
from d365migrate.dataverse.destination import Destination, connect
from d365migrate.dataverse.errors import DataverseError
from d365migrate.load.deletions import DecisionError, DeletionDecisions, settle_deleted
from d365migrate.load.delta import Delta, UnitDelta, baseline_run, content_hashes
from d365migrate.load.ledger import Ledger
from d365migrate.load.org_records import ensure_source_id_column
from d365migrate.report.sponsor import write_report
from d365migrate.run.context import RunContext
from d365migrate.run.runner import IOPUB_TIMEOUT_SECONDS, ensure_export, run
from d365migrate.runfolder import RunFolder, write_json
from d365migrate.staging.stage import SOURCE_ID, SOURCE_ROW
from d365migrate.verify.rollback import rollback_run
from engagements import demo_parameters, moved_to_won, won_stages
from test_rollback_restore import differences, snapshot

NOTEBOOKS = ["01_profile.ipynb", "02_mapping.ipynb", "03_stage_validate.ipynb",
             "04_load.ipynb"]
COUNTS = {"emails": 50, "added": 30, "removed": 10, "won": 10, "completed": 5}


def versions(client: Any) -> dict[tuple[str, str], Any]:
    """(table, record id) -> versionnumber of every record: any write changes it."""
    tables = client.send("GET", "EntityDefinitions", params={
        "$select": "LogicalName,EntitySetName,PrimaryIdAttribute"}).json()["value"]
    out: dict[tuple[str, str], Any] = {}
    for t in tables:
        try:
            rows = list(client.query(t["EntitySetName"]))
        except DataverseError:
            continue
        out.update(((t["LogicalName"], r[t["PrimaryIdAttribute"]]), r.get("versionnumber"))
                   for r in rows)
    return out


def org_ids(client: Any, entity_set: str, pk: str) -> dict[str, str]:
    return {r["new_smartdeskid"]: r[pk] for r in client.query(
        entity_set, select=[pk, "new_smartdeskid"], filter="new_smartdeskid ne null")}


def change_export(export: Path, first: Path) -> dict[str, list[str]]:
    """Contact emails edited, contacts added, deals removed (deals nothing else points at),
    open deals moved to a won stage, open tasks completed: as ``COUNTS`` says."""
    def staged(unit: str) -> list[str]:
        return pl.read_parquet(first / "staged" / f"{unit}.parquet")[SOURCE_ID].to_list()

    contacts = pl.read_csv(export / "contacts.csv", infer_schema=False)
    edited = staged("contact")[:COUNTS["emails"]]
    contacts = contacts.with_columns(
        pl.when(pl.col("contact_id").is_in(edited))
        .then(pl.lit("moved.") + pl.col("contact_id") + pl.lit("@example.com"))
        .otherwise(pl.col("email")).alias("email"))
    template = contacts.row(0, named=True)
    added = [str(990000001 + i) for i in range(COUNTS["added"])]
    contacts = pl.concat([contacts, pl.DataFrame([
        {**template, "contact_id": cid, "first_name": "Newcomer", "last_name": f"Number {cid}",
         "email": f"newcomer.{cid}@example.com", "phone": None, "mobile": None}
        for cid in added], schema=contacts.schema)])
    contacts.write_csv(export / "contacts.csv")

    won, closed = won_stages(export)
    pointed: set[str] = set()
    for file, column in (("tasks.csv", "deal_id"), ("activities.csv", "deal_id")):
        pointed |= set(pl.read_csv(export / file, infer_schema=False)[column].drop_nulls())
    for file in ("notes.csv", "attachments.csv"):
        df = pl.read_csv(export / file, infer_schema=False)
        pointed |= set(df.filter(pl.col("parent_type") == "deal")["parent_id"].to_list())
    deals = pl.read_csv(export / "deals.csv", infer_schema=False)
    loaded = set(staged("opportunity"))
    removed = [d for d in deals["deal_id"].to_list() if d in loaded and d not in pointed]
    removed = removed[:COUNTS["removed"]]
    winning = [d["deal_id"] for d in deals.to_dicts() if d["deal_id"] in loaded
               and d["deal_id"] not in removed and d["stage_id"] not in closed
               and d["pipeline_id"] in won][:COUNTS["won"]]
    deals = moved_to_won(deals.filter(~pl.col("deal_id").is_in(removed)), winning, won)
    deals.write_csv(export / "deals.csv")

    tasks = pl.read_csv(export / "tasks.csv", infer_schema=False)
    done = [t["task_id"] for t in tasks.to_dicts()
            if t["task_id"] in set(staged("task")) and t["status"] == "Open"][:COUNTS["completed"]]
    tasks = tasks.with_columns(
        pl.when(pl.col("task_id").is_in(done)).then(pl.lit("Completed"))
        .otherwise(pl.col("status")).alias("status"),
        pl.when(pl.col("task_id").is_in(done)).then(pl.lit("2025-01-02T03:04:05Z"))
        .otherwise(pl.col("completed_at")).alias("completed_at"))
    tasks.write_csv(export / "tasks.csv")
    out = {"edited": edited, "added": added, "removed": removed, "won": winning, "done": done}
    assert [len(v) for v in out.values()] == list(COUNTS.values()), out
    return out


def test_delta_sends_exactly_what_changed_and_rollbacks_restore(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("DATAVERSE_URL", raising=False)
    monkeypatch.chdir(tmp_path)
    params = demo_parameters(tmp_path, "delta", seed=7, scale=0.3)
    ensure_export(params)
    probe = RunContext.open(params, tmp_path / "probe")  # the org with its users
    client = probe.client
    before = snapshot(client)

    first = run(params, notebooks=NOTEBOOKS, progress=False)
    assert json.loads((first / "delta.json").read_text())["mode"] == "full"
    after_first = snapshot(client)
    versions_first = versions(client)
    changed = change_export(probe.params.export, first)

    second = run(params, notebooks=NOTEBOOKS, progress=False)
    delta = json.loads((second / "delta.json").read_text())
    assert delta["mode"] == "delta" and delta["against"] == first.name
    objects = delta["objects"]
    contact, deal, task = objects["contact"], objects["opportunity"], objects["task"]
    assert contact["changed"] == COUNTS["emails"] and deal["changed"] == COUNTS["won"]
    assert deal["state_changes"] == {"Open → Won": COUNTS["won"]}
    assert task["changed"] == COUNTS["completed"]
    assert task["state_changes"] == {"Open → Completed": COUNTS["completed"]}
    # deleted in SmartDesk: listed for a decision, nothing done without one
    assert sorted(r["source_id"] for r in deal["deleted_records"]) == sorted(changed["removed"])
    assert deal["decisions"] == {"undecided": COUNTS["removed"]}
    for unit, o in objects.items():
        # a record the first run could not load is tried again (and refused again here)
        refused = pl.read_csv(first / "failed" / f"{unit}.csv", infer_schema=False).height
        assert o["new"] == refused + (COUNTS["added"] if unit == "contact" else 0), unit
        if unit not in ("contact", "opportunity", "task"):
            assert (o["changed"], o["relinked"], o["deleted_in_source"]) == (0, 0, 0), unit
        assert o["unchanged"] + o["new"] + o["changed"] + o["relinked"] == \
            json.loads((second / "stage_summary.json").read_text())[unit]["staged"], unit
    for unit in objects:  # each phase balanced, unchanged records counted as such
        phase = json.loads((second / "phases" / f"{unit}.json").read_text())
        assert phase["balanced"] and phase["unchanged"] == objects[unit]["unchanged"], unit

    # in the org: exactly those records were written, nothing else (versionnumber moves on
    # every write); the removed deals are still there, untouched
    contacts = org_ids(client, "contacts", "contactid")
    deals = org_ids(client, "opportunities", "opportunityid")
    tasks = org_ids(client, "tasks", "activityid")
    expected = {("contact", contacts[c]) for c in changed["edited"] + changed["added"]}
    expected |= {("opportunity", deals[d]) for d in changed["won"]}
    expected |= {("task", tasks[t]) for t in changed["done"]}
    now = versions(client)
    written = {k for k, v in now.items() if versions_first.get(k, "new") != v}
    assert {k for k in written if k[0] != "opportunityclose"} == expected
    assert all(d in deals for d in changed["removed"])
    emails = {r["new_smartdeskid"]: r["emailaddress1"] for r in client.query(
        "contacts", select=["new_smartdeskid", "emailaddress1"])}
    assert all(emails[c] == f"moved.{c}@example.com" for c in changed["edited"])
    states = {r["new_smartdeskid"]: r["statecode"] for r in client.query(
        "opportunities", select=["new_smartdeskid", "statecode"])}
    assert [states[d] for d in changed["won"]] == [1] * COUNTS["won"]
    states = {r["new_smartdeskid"]: r["statecode"] for r in client.query(
        "tasks", select=["new_smartdeskid", "statecode"])}
    assert [states[t] for t in changed["done"]] == [1] * COUNTS["completed"]
    ledger = Ledger(second / "ledger.jsonl")
    assert {t: len(r) for t, r in ledger.created_records().items()} == {
        "contact": COUNTS["added"]}
    imaged = {(e["table"], i["id"]) for e in ledger.befores() for i in e["images"]}
    assert imaged <= expected

    report = (second / "report.html").read_text(encoding="utf-8")
    assert "Changes since the last run" in report and "waiting for a decision" in report
    assert "cannot be brought back" in report

    rolled = rollback_run(second, client, progress=False)
    assert rolled["complete"] and rolled["tables"]["contact"]["deleted"] == COUNTS["added"]
    assert differences(after_first, snapshot(client)) == []
    rolled = rollback_run(first, client, progress=False, schema=True)
    assert rolled["complete"] and not rolled["forced_past"]
    assert differences(before, snapshot(client)) == []
    client.close()


# -- planning: what counts as new, changed, unchanged, deleted -------------------------------
def _folder(engagement: Path, name: str, *, status: str = "succeeded",
            notebooks: list[str] | None = None, **run: Any) -> RunFolder:
    folder = RunFolder(engagement / name)
    folder.root.mkdir(parents=True)
    write_json(folder.run_json, {"status": status, "notebooks": notebooks or NOTEBOOKS, **run})
    folder.ledger.touch()
    return folder


def _staged(rows: list[dict[str, Any]]) -> pl.DataFrame:
    return pl.DataFrame([{SOURCE_ROW: i + 2, **r} for i, r in enumerate(rows)])


def test_delta_plan_compares_content_not_row_numbers(tmp_path: Path):
    engagement = tmp_path / "runs" / "eng"
    old = _folder(engagement, "20260101T000000000000Z")
    before = _staged([
        {SOURCE_ID: "1", "firstname": "Ann", "telephone1": "555", "statecode": 0},
        {SOURCE_ID: "2", "firstname": "Bo", "telephone1": "556", "statecode": 0},
        {SOURCE_ID: "3", "firstname": "Cy", "telephone1": None, "statecode": 0},
        {SOURCE_ID: "4", "firstname": "Di", "telephone1": None, "statecode": 0},
        {SOURCE_ID: "5", "firstname": "Ed", "telephone1": None, "statecode": 0},
        {SOURCE_ID: "6", "firstname": "Fa", "telephone1": None, "statecode": 0}])
    before.write_parquet(old.staged("contact"))
    write_json(old.load_stats("contact"), {"created": 6})
    pl.DataFrame({"source_id": ["5"], "reason": ["refused"]}).write_csv(
        old.issues("failed", "contact"))
    write_json(old.delta, {"objects": {"contact": {"deleted_records": [  # listed last time
        {"source_id": "7", "outcome": "undecided"}, {"source_id": "8", "outcome": "deleted"}]}}})
    new = RunFolder(engagement / "20260102T000000000000Z")
    new.root.mkdir()
    pl.DataFrame({"source_id": ["4"], "reason": ["bad email"]}).write_csv(
        new.issues("quarantine", "contact"))
    now = _staged([  # row numbers all moved: a row was added at the top
        {SOURCE_ID: "9", "firstname": "New", "telephone1": None, "statecode": 0},
        {SOURCE_ID: "1", "firstname": "Ann", "telephone1": "555", "statecode": 0},
        {SOURCE_ID: "2", "firstname": "Bo", "telephone1": None, "statecode": 1},
        {SOURCE_ID: "5", "firstname": "Ed", "telephone1": None, "statecode": 0}])
    table_def = {"LogicalName": "contact", "Attributes": [
        {"LogicalName": "statecode", "OptionSet": {"Options": [
            {"Value": 0, "Label": {"UserLocalizedLabel": {"Label": "Active"}}},
            {"Value": 1, "Label": {"UserLocalizedLabel": {"Label": "Inactive"}}}]}}]}
    delta = Delta.start(new, {})
    assert delta.mode == "delta" and delta.baseline and delta.baseline.root == old.root
    send, d = delta.plan("contact", now, table_def, [])
    assert sorted(send[SOURCE_ID].to_list()) == ["2", "5", "9"]
    assert (sorted(d.new), d.changed, d.unchanged) == (["5", "9"], ["2"], 1)  # 5 was refused
    assert d.state_changes == {"2": "Active → Inactive"} and d.emptied == {"2": ["telephone1"]}
    # 3 and 6 are gone from the export; 4 is held back in this run, not deleted; 7 is still
    # waiting for a decision from the last run; 8 was deleted then
    assert [r["source_id"] for r in d.deleted] == ["3", "6", "7"]

    full = Delta.start(new, {"delta": {"full": True}})
    send, d = full.plan("contact", now, table_def, [])
    assert full.mode == "full" and send.height == 4 and d.sent_unchanged == 1


def test_content_hash_ignores_row_numbers_and_empty_columns():
    a = _staged([{SOURCE_ID: "1", "name": "Acme", "fax": None}])
    b = pl.DataFrame([{SOURCE_ROW: 99, SOURCE_ID: "1", "name": "Acme"}])
    c = pl.DataFrame([{SOURCE_ROW: 2, SOURCE_ID: "1", "name": "Acme Ltd"}])
    assert content_hashes(a) == content_hashes(b) != content_hashes(c)


def test_baseline_is_the_newest_completed_run_not_rolled_back(tmp_path: Path):
    engagement = tmp_path / "runs" / "eng"
    first = _folder(engagement, "20260101T000000000000Z")
    second = _folder(engagement, "20260102T000000000000Z")
    _folder(engagement, "20260103T000000000000Z", status="failed")
    _folder(engagement, "20260104T000000000000Z", notebooks=NOTEBOOKS[:3])  # no load
    me = RunFolder(engagement / "20260105T000000000000Z")
    me.root.mkdir()
    assert baseline_run(me.root) == second.root
    write_json(second.rollback, {"complete": True})
    assert baseline_run(me.root) == first.root
    assert baseline_run(first.root) is None
    assert Delta.start(RunFolder(first.root), {}).mode == "full"
    write_json(me.run_json, {"status": "running", "full": True})  # run --full
    assert Delta.start(me, {}).mode == "full"


def test_cli_run_full_is_passed_to_the_runner(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                              capsys: pytest.CaptureFixture):
    seen: dict[str, Any] = {}
    write_json(RunFolder(tmp_path).delta, {
        "mode": "delta", "against": "20260101T000000000000Z", "reason": "delta against run x",
        "objects": {"opportunity": {"new": 1, "changed": 2, "unchanged": 3,
                                    "deleted_in_source": 4, "state_changes": {"Open → Won": 2},
                                    "decisions": {"undecided": 4}}}})

    def fake_run(parameters: str, *, full: bool = False) -> Path:
        seen.update(parameters=parameters, full=full)
        return tmp_path

    monkeypatch.setattr("d365migrate.run.runner.run", fake_run)
    assert main(["run", "p.yml", "--full"]) == 0 and seen == {"parameters": "p.yml",
                                                              "full": True}
    seen.clear()
    assert main(["run", "p.yml"]) == 0 and seen == {"parameters": "p.yml", "full": False}
    out = capsys.readouterr().out
    assert "Changes: delta against run x" in out and "Open → Won 2" in out
    assert "4 record(s) deleted in SmartDesk wait for a decision" in out


# -- decisions on records deleted in SmartDesk -----------------------------------------------
def test_decisions_must_be_explicit_and_valid():
    d = DeletionDecisions.parse({"default": "keep", "opportunity": "deactivate",
                                 "records": {"opportunity/D3": "delete"}})
    assert (d.of("opportunity", "D1"), d.of("opportunity", "D3"), d.of("contact", "C1")) == \
        ("deactivate", "delete", "keep")
    assert DeletionDecisions.parse(None).of("contact", "C1") is None
    with pytest.raises(DecisionError, match="cannot be restored by rollback"):
        DeletionDecisions.parse({"default": "delete"})
    with pytest.raises(DecisionError, match="delta.deleted.contact: 'remove'"):
        DeletionDecisions.parse({"contact": "remove"})
    with pytest.raises(DecisionError, match="delta.deleted.deals"):
        DeletionDecisions.parse({"deals": "keep"})


def test_deleted_records_kept_deactivated_or_deleted_as_decided(tmp_path: Path):
    engagement = tmp_path / "runs" / "eng"
    state = engagement / "org.sqlite"
    folder = _folder(engagement, "20260102T000000000000Z", parameters={
        "publisher_prefix": "new"}, destination={
        "url": "http://dataverse.emulator/", "kind": "embedded-emulator",
        "state_file": str(state)})
    dest = Destination(url="http://dataverse.emulator/", kind="embedded-emulator",
                       state_file=str(state))
    ledger = Ledger(folder.ledger)
    with connect(dest) as client:
        td = ensure_source_id_column(client, client.entity_definition("opportunity"),
                                     "new_smartdeskid")
        ids = {s: client.create("opportunities", {"name": f"Deal {s}", "new_smartdeskid": s})
               for s in ("D1", "D2", "D3", "D4")}
        decisions = DeletionDecisions.parse({"opportunity": "deactivate",
                                             "records": {"opportunity/D3": "delete",
                                                         "opportunity/D4": "keep"}})
        deleted = [{"source_id": s} for s in ("D1", "D2", "D3", "D4", "D9")]
        settle_deleted(client, td, "opportunity", deleted, decisions, column="new_smartdeskid",
                       ledger=ledger)
        outcome = {d["source_id"]: d["outcome"] for d in deleted}
        assert outcome == {"D1": "deactivated", "D2": "deactivated", "D3": "deleted",
                           "D4": "kept", "D9": "not in Dynamics 365"}
        rows = {r["new_smartdeskid"]: r for r in client.query(
            "opportunities", select=["new_smartdeskid", "statecode", "statuscode"])}
        assert "D3" not in rows and rows["D4"]["statecode"] == 0
        assert [(rows[s]["statecode"], rows[s]["statuscode"]) for s in ("D1", "D2")] == \
            [(2, 4)] * 2  # Lost, Canceled: through LoseOpportunity
        assert ("opportunity", ids["D3"]) in ledger.touched()
        # with no decision, nothing happens to the record
        waiting = [{"source_id": "D4"}]
        settle_deleted(client, td, "opportunity", waiting, DeletionDecisions(),
                       column="new_smartdeskid", ledger=ledger)
        assert waiting[0]["outcome"] == "undecided"
        rolled = rollback_run(folder.root, client, progress=False)
        rows = {r["new_smartdeskid"]: r["statecode"] for r in client.query(
            "opportunities", select=["new_smartdeskid", "statecode"])}
    assert rolled["complete"] and rows == {"D1": 0, "D2": 0, "D4": 0}  # D3 stays deleted
    assert rolled["deleted_not_restorable"] == {"opportunity": ["D3"]}


def test_unit_delta_lists_what_is_not_unchanged():
    d = UnitDelta("contact", new=["9"], changed=["2"], state_changes={"2": "Active → Inactive"},
                  emptied={"2": ["telephone1"]},
                  deleted=[{"source_id": "3", "decision": None, "outcome": "undecided"}])
    rows = d.records().to_dicts()
    assert [(r["source_id"], r["change"]) for r in rows] == [
        ("9", "new"), ("2", "changed"), ("3", "deleted in SmartDesk")]
    assert d.summary()["decisions"] == {"undecided": 1}


# -- notebook 06 takes the engagement's lock, as the CLI does ---------------------------------
def test_rollback_notebook_takes_the_engagement_lock(tmp_path: Path):
    import papermill as pm

    from d365migrate.resources import notebooks_dir

    engagement = tmp_path / "runs" / "eng"
    folder = _folder(engagement, "20260101T000000000000Z", parameters={
        "publisher_prefix": "new"}, destination={
        "url": "http://dataverse.emulator/", "kind": "embedded-emulator",
        "state_file": str(engagement / "org.sqlite")})
    params = demo_parameters(tmp_path, "eng", seed=None)
    lock = engagement / ".lock"
    lock.write_text(json.dumps({"pid": os.getppid(), "host": socket.gethostname(),
                                "command": "run other.yml", "started_at": "2026-01-01"}))
    out = tmp_path / "06.ipynb"
    with pytest.raises(pm.PapermillExecutionError, match="is busy"):
        pm.execute_notebook(str(notebooks_dir() / "06_rollback.ipynb"), str(out),
                            parameters={"parameters_file": str(params),
                                        "run_dir": str(folder.root)}, progress_bar=False,
                            iopub_timeout=IOPUB_TIMEOUT_SECONDS)
    assert not folder.rollback.exists()
    lock.unlink()
    pm.execute_notebook(str(notebooks_dir() / "06_rollback.ipynb"), str(out),
                        parameters={"parameters_file": str(params),
                                    "run_dir": str(folder.root)}, progress_bar=False,
                        iopub_timeout=IOPUB_TIMEOUT_SECONDS)
    assert json.loads(folder.rollback.read_text())["complete"] and not lock.exists()


def test_sponsor_report_of_a_first_run_has_no_delta_section(tmp_path: Path):
    folder = RunFolder(tmp_path / "run")
    folder.root.mkdir()
    write_json(folder.delta, {"mode": "full", "against": None, "objects": {}})
    assert "Changes since the last run" not in write_report(folder.root).read_text()


def test_unchanged_record_pointing_at_a_record_that_arrived_now_is_sent(tmp_path: Path):
    engagement = tmp_path / "runs" / "eng"
    old = _folder(engagement, "20260101T000000000000Z")
    rows = [{SOURCE_ID: "1", "lastname": "Ng", "__ref__parentcustomerid_account": "A1"},
            {SOURCE_ID: "2", "lastname": "Oz", "__ref__parentcustomerid_account": "A2"}]
    _staged(rows).write_parquet(old.staged("contact"))
    write_json(old.load_stats("contact"), {"created": 2})
    new = RunFolder(engagement / "20260102T000000000000Z")
    new.root.mkdir()
    delta = Delta.start(new, {})
    delta.arrived["account"] = {"A1"}  # held back last time, created in this run
    send, d = delta.plan("contact", _staged(rows), {"LogicalName": "contact"}, [
        {"navigation": "parentcustomerid_account", "table": "account",
         "target": "parentcustomerid"}])
    assert send[SOURCE_ID].to_list() == ["1"] and d.relinked == ["1"] and d.unchanged == 1
