"""keys52's public export runs end to end from its parameters file, decisions only (issue
13): GLPI's test dataset (tests/data/exports/glpi-test-dataset). Same harness as
tests/test_public_end_to_end.py."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import polars as pl

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    run_public,
    verified_columns,
)


def _root_entity_account(client: Any) -> None:
    """The org's account for GLPI's root entity, as its admin sets it up before the cases
    (the parameters bind every case's customer to it)."""
    client.create("accounts", {"name": "_test_root_entity"})


def test_glpi_contact_tickets_and_the_technicians_task(tmp_path: Path) -> None:
    """The supplier's contact loads as a contact with its two phones, mobile, fax and
    e-mail; the 5 tickets as cases under the org's root-entity account (a decision: their
    entities are not migrated), title and description read back; the ticket's task as a
    task regarding its case (GLPI names the ticket by its name), its text the subject too,
    owned by the fallback owner (the technician, GLPI's test user, is no user of the org).
    The entities, users, groups, suppliers, locations, categories, knowledge base and
    computers stay in GLPI, each with its reason."""
    run_dir = run_public("glpi-test-dataset", tmp_path, _root_entity_account)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"contact": ("Contact", 1, 1, 0, 0, 0),
                             "incident": ("Ticket", 5, 5, 0, 0, 0),
                             "task": ("TicketTask", 1, 1, 0, 0, 0)}
    people = pl.read_parquet(run_dir / "staged" / "contact.parquet").to_dicts()
    assert [(p["lastname"], p["firstname"], p["telephone2"], p["mobilephone"])
            for p in people] == [("_contact01_name", "_contact01_firstname", "0123456788",
                                  "0623456789")]
    cases = pl.read_parquet(run_dir / "staged" / "incident.parquet")
    assert sorted(cases["title"]) == ["_ticket01", "_ticket02", "_ticket03", "_ticket100",
                                      "_ticket101"]
    assert cases.filter(pl.col("title") == "_ticket03")["description"].to_list() == [
        "Content for ticket _ticket03"]
    assert set(cases["__via__customerid_account"]) == {"existing"}
    tasks = pl.read_parquet(run_dir / "staged" / "task.parquet").to_dicts()
    assert [(t["subject"], t["description"], t["scheduledstart"]) for t in tasks] == [
        ("Task to be done", "Task to be done", "2016-10-19T11:50:50Z")]
    # '_ticket01' resolved by the tickets' names to the case of source id 1
    assert [(t["__ref__regardingobjectid_incident_task"],
             t["__via__regardingobjectid_incident_task"]) for t in tasks] == [("1", "name")]
    assert tasks[0]["__owner_email"] == "_test_user"     # the technician
    report = (run_dir / "report.html").read_text(encoding="utf-8")
    assert "_test_user" in report and "no Dynamics 365 user has this email or name" in report
    verified = verified_columns(run_dir)
    assert not any(n for cols in verified.values() for n in cols.values())
    files = inventory_files(run_dir)
    for name in ("Entity", "User", "UserEmail", "Group", "Supplier", "Location",
                 "TaskCategory", "KnowbaseItem", "Computer"):
        assert not files[name]["migrated"] and files[name]["reason"], name
    assert "matched to Dynamics 365 users" in files["User"]["reason"]
    assert "suppliers" in files["Supplier"]["reason"]
