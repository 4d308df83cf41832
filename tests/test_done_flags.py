"""A to-do's done flag is its state (issue 13), on made-up data: a true/false column whose name
says done, on an activity, becomes the State column, true Completed and false Open; a call's
flag decides which calls happened instead of closing every call as made; a flag saying
anything else, or a done flag on a table whose states are no to-do's, is no state."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export
from d365migrate.mapping.done_flags import done_flag_values, is_done_flag
from d365migrate.mapping.propose import propose_mapping
from d365migrate.mapping.suggest import suggest_columns

TABLES = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" / "tables"
DEFS = {n: json.loads((TABLES / f"{n}.json").read_text())
        for n in ("account", "contact", "task", "phonecall", "appointment")}


def top(cands: dict, column: str) -> str | None:
    return cands[column][0].target if cands.get(column) else None


def test_a_done_flag_in_any_of_the_common_languages_is_a_tasks_state():
    todo = pl.DataFrame({"Aufgabe-ID": ["a1", "a2", "a3"],
                         "Betreff": ["Anrufen", "Angebot senden", "Nachfassen"],
                         "Fällig am": ["2024-03-01", "2024-03-02", "2024-03-05"],
                         "Erledigt": ["ja", "nein", "ja"],
                         "Privat": ["nein", "nein", "ja"]})
    cands = suggest_columns(todo, DEFS["task"], source_object="Aufgaben")
    assert top(cands, "Erledigt") == "statecode"
    assert "done" in cands["Erledigt"][0].reason
    assert top(cands, "Privat") != "statecode"  # a flag saying something else


def test_the_proposed_map_says_true_completed_false_open():
    tasks = pl.DataFrame({"id": ["t1", "t2", "t3"], "subject": ["Call Ann", "Send quote", "x"],
                          "due_date": ["2024-03-01", "2024-03-02", "2024-03-03"],
                          "is_completed": ["true", "false", "true"],
                          "busy_flag": ["true", "true", "false"]})
    ex = Export(Path("."), {"tasks": tasks})
    mapping = propose_mapping(ex, discover(ex), DEFS, ["task"],
                              source_id_column="new_sourceid").mapping
    (entry,) = [t for t in mapping["tables"] if t["target"] == "task"]
    state = [c for c in entry["columns"] if c["target"] == "statecode"]
    assert [(c["source"], c["values"]) for c in state] == [
        ("is_completed", {"false": 0, "true": 1})]
    assert "busy_flag" not in {c["source"] for c in entry["columns"]}


def test_a_calls_done_flag_decides_which_calls_happened():
    activities = pl.DataFrame({
        "id": ["1", "2", "3", "4"], "type": ["call", "call", "task", "call"],
        "subject": ["Intro call", "Follow-up call", "Send deck", "Demo call"],
        "due_date": ["2024-03-01", "2024-03-02", "2024-03-03", "2024-03-04"],
        "done": ["1", "0", "1", "0"]})
    ex = Export(Path("."), {"activities": activities})
    mapping = propose_mapping(ex, discover(ex), DEFS, ["task", "phonecall"],
                              source_id_column="new_sourceid").mapping
    call = next(t for t in mapping["tables"] if t["target"] == "phonecall")
    state = [c for c in call["columns"] if c["target"] in ("statecode", "statuscode")]
    # no constant 'it happened: completed' beside it: a planned call stays open
    assert [(c["target"], c["source"], c.get("values")) for c in state] == [
        ("statecode", "done", {"0": 0, "1": 1})]


def test_a_done_flag_on_a_table_whose_states_are_no_to_dos_is_no_state():
    people = pl.DataFrame({"id": ["p1", "p2", "p3"], "first_name": ["Ann", "Bo", "Cy"],
                           "last_name": ["Ames", "Berg", "Cole"],
                           "onboarding_done": ["true", "false", "true"]})
    cands = suggest_columns(people, DEFS["contact"], source_object="contacts")
    assert top(cands, "onboarding_done") != "statecode"  # a contact is Active/Inactive


def test_what_a_done_flag_is():
    assert is_done_flag("done", ["true", "false"])
    assert is_done_flag("Terminé", ["oui", "non"])
    assert not is_done_flag("done_at", ["2024-01-01"])   # when, not whether
    assert not is_done_flag("done_activities_count", ["3", "12"])
    assert not is_done_flag("busy_flag", ["true", "false"])
    assert done_flag_values("done", ["Yes", "No"], {"open": 0, "completed": 1}) == {
        "Yes": 1, "No": 0}
    assert done_flag_values("done", ["Yes"], {"active": 0, "inactive": 1}) is None


def test_a_status_column_beside_the_flag_decides_instead():
    todo = pl.DataFrame({"Id": ["00T1", "00T2", "00T3"], "Subject": ["Call", "Email", "Send"],
                         "Status": ["Completed", "Not Started", "Completed"],
                         "IsClosed": ["true", "false", "true"]})
    cands = suggest_columns(todo, DEFS["task"], source_object="Task")
    assert top(cands, "IsClosed") != "statecode"  # Status says more: Waiting, Deferred...
    assert top(cands, "Status") in ("statuscode", "statecode")


def test_another_records_stage_or_status_beside_the_flag_leaves_it_the_state():
    """An activity file carrying its deal's stage or its ticket's status: that column is the
    other record's, so the activity's own done flag still says whether it is done."""
    for beside in ("deal_stage", "stage", "Deal status", "ticket_state"):
        todo = pl.DataFrame({"id": ["a1", "a2", "a3"], "subject": ["Call", "Email", "Send"],
                             beside: ["Negotiation", "Won", "Proposal"],
                             "done": ["1", "0", "1"]})
        cands = suggest_columns(todo, DEFS["task"], source_object="activities")
        assert top(cands, "done") == "statecode", beside
