"""keys30's public exports run end to end from their parameters files, decisions only
(issue 13): Odoo 17's calendar meetings and the events the business runs, with their venues
and sponsors. Same harness as tests/test_public_end_to_end.py (that module is long already)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from test_public_end_to_end import assert_true_counts, run_public


def test_odoo_meetings_events_and_venues_load(tmp_path: Path) -> None:
    run_dir = run_public("odoo-event-calendar-demo", tmp_path)
    out = assert_true_counts(run_dir)
    assert {k: (o["source"], o["loaded"], o["quarantined"], o["skipped"], o["failed"])
            for k, o in out.items()} == {"account": (7, 7, 0, 0, 0),
                                         "appointment": (7, 7, 0, 0, 0),
                                         "campaign": (8, 8, 0, 0, 0)}
    assert out["campaign"]["source_object"] == "Event (event.event)"
    assert out["appointment"]["source_object"] == "Calendar Event (calendar.event)"
    assert all(o["unresolved_lookups"] == 0 and o["links_left"] == {} for o in out.values())
    staged = run_dir / "staged"
    # the events the business runs: campaigns of type Event (the team's decision), their
    # dates the campaign's actual start and end
    events = {r["__source_id"]: r for r in
              pl.read_parquet(staged / "campaign.parquet").to_dicts()}
    assert {r["typecode"] for r in events.values()} == {3}
    assert (events["event.event_0"]["name"], events["event.event_0"]["actualstart"],
            events["event.event_0"]["actualend"]) == (
        "Design Fair Los Angeles", "2024-01-15T08:00:00Z", "2024-01-19T18:00:00Z")
    # meetings: Odoo's duration is in hours (6.3 for 10:20-16:30), loaded in minutes
    meetings = {r["__source_id"]: r for r in
                pl.read_parquet(staged / "appointment.parquet").to_dicts()}
    assert {k[len("calendar.calendar_event_"):]: (r["scheduleddurationminutes"],
                                                  r["isalldayevent"])
            for k, r in meetings.items()} == {
        "1": (378, False), "2": (420, False), "3": (180, False), "4": (150, False),
        "5": (None, True), "6": (510, False), "7": (510, True)}
    assert (meetings["calendar.calendar_event_1"]["subject"],
            meetings["calendar.calendar_event_1"]["scheduledend"]) == (
        "Follow-up for Project proposal", "2024-01-03T16:30:00Z")
    # venues and sponsors: companies, accounts
    venues = {r["__source_id"]: r for r in
              pl.read_parquet(staged / "account.parquet").to_dicts()}
    assert (venues["event.res_partner_event_1"]["name"],
            venues["event.res_partner_event_1"]["address1_city"],
            venues["event.res_partner_event_1"]["emailaddress1"]) == (
        "Bloem GmbH", "Berlin", "flower@example.com")
    # the other files are listed with their reasons, none taken
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    for name in ("Event Ticket (event.event.ticket)", "Event Registration (event.registration)",
                 "Message (mail.message)", "Activity (mail.activity)",
                 "Event Template (event.type)"):
        assert not files[name]["taken"] and files[name]["reason"], name
    assert "admissions" in files["Event Ticket (event.event.ticket)"]["reason"]


def test_odoo_project_tasks_load_open_done_and_cancelled(tmp_path: Path) -> None:
    """Odoo's project tasks load as tasks: the thirty whose state the demo leaves at its
    default load open (no row held back for an empty state), the five done completed and
    the cancelled one cancelled, as the team decided; projects and timesheets stay out,
    each with its reason."""
    run_dir = run_public("odoo-project-demo", tmp_path)
    out = assert_true_counts(run_dir)
    task = out["task"]
    assert (task["source"], task["loaded"], task["quarantined"], task["failed"],
            task["closed"]) == (40, 40, 0, 0, 6)
    assert task["source_object"] == "Task (project.task)"
    tasks = pl.read_parquet(run_dir / "staged" / "task.parquet")
    states = dict(tasks.group_by("statecode").len().iter_rows())
    assert states == {None: 30, 0: 4, 1: 5, 2: 1}
    energy = tasks.filter(pl.col("__source_id") == "project.project_1_task_5").to_dicts()[0]
    assert (energy["subject"], energy["prioritycode"], energy["scheduledend"]) == (
        "Energy Certificate", 2, "2024-01-07T17:49:44Z")   # starred: high; its deadline
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    for name in ("Project (project.project)", "Analytic Line (account.analytic.line)",
                 "Activity (mail.activity)", "Message (mail.message)"):
        assert not files[name]["taken"] and files[name]["reason"], name
