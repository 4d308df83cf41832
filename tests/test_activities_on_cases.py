"""A task naming its case (Django-CRM's tasks' ticket): cases load before the activities
and notes that may regard them, and the proposal links the task to its case whatever
order the parameters name the objects in (it said "refers to an object that is not
migrated" although the run moved the cases)."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export
from d365migrate.load.order import LOAD_ORDER
from d365migrate.mapping.propose import propose_mapping
from tuning_support import DEFS

TICKETS = pl.DataFrame({"id": ["T1", "T2", "T3"],
                        "title": ["Printer jams", "Login fails", "Invoice missing"],
                        "status": ["Open", "Closed", "Open"],
                        "description": ["Tray 2", "SSO", "March"]})
TASKS = pl.DataFrame({"id": ["k1", "k2", "k3", "k4"],
                      "subject": ["Call back", "Reset password", "Resend invoice", "Check"],
                      "due_date": ["2024-01-02", "2024-01-03", "2024-01-06", "2024-02-02"],
                      "ticket_id": ["T1", "T2", "T3", "T1"]})


def test_cases_load_before_the_activities_that_regard_them() -> None:
    assert LOAD_ORDER.index("incident") < min(
        LOAD_ORDER.index(u) for u in ("task", "phonecall", "appointment", "email", "note"))
    assert LOAD_ORDER.index("case_email") > LOAD_ORDER.index("incident")


def test_a_task_naming_its_ticket_regards_the_case() -> None:
    export = Export(Path("."), {"tickets": TICKETS, "tasks": TASKS})
    found = discover(export)
    units = ["task", "incident"]   # as a parameters file may name them
    mapping = propose_mapping(export, found, {u: DEFS[u] for u in units}, units,
                              source_id_column="new_sourceid").mapping
    [task] = [t for t in mapping["tables"] if t["target"] == "task"]
    assert [(lk["target"], lk["table"], lk["source"]) for lk in task["lookups"]] == [
        ("regardingobjectid", "incident", "ticket_id")]
