"""keys78's general rules, tuned on Microsoft's Education accelerator K-12 sample data
(tests/data/answer_keys/MEASUREMENTS.md, "keys78's Education accelerator K-12 sample after
tuning"). Made-up data only."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.discover import classify_table
from d365migrate.intake.found import Relationship
from d365migrate.intake.not_sales import conduct_word, not_sales_word
from d365migrate.mapping.accuracy import load_table_defs
from d365migrate.mapping.dataverse_labels import label_hits
from d365migrate.mapping.regarding_links import usable
from d365migrate.mapping.suggest import suggest_columns

TABLES = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" / "tables"


def test_a_file_of_behaviour_incidents_holds_no_cases() -> None:
    """'Behavior Incident': a school's record of its students' conduct (a date, a location,
    a type, an action, notes). 'Incident' is Dataverse's name of a case, but the qualifier
    says people's conduct: left unknown, saying why. A plain 'Incidents' file stays cases."""
    assert conduct_word("Behavior Incident") == "behavior"
    assert conduct_word("disciplinary_cases") == "disciplinary"
    assert conduct_word("Incidents") is None
    assert not_sales_word("Behaviour Incidents")[0] == "behaviour"
    columns = ["Behavior Incident", "Incident Date", "Incident Location", "Incident Notes",
               "Incident Type", "Name", "Organization", "Status", "Status Reason"]
    kind, _, _, evidence = classify_table("Behavior Incident", columns)
    assert kind == "unknown"
    assert any("conduct" in e for e in evidence)
    case_columns = ["Case Number", "Title", "Customer", "Priority", "Status", "Description"]
    assert classify_table("Incidents", case_columns)[0] == "ticket"


def test_a_name_beside_a_regarding_column_is_no_second_regarding_record() -> None:
    """An appointment's 'Regarding' holds a contact's id; its 'Location' happens to match
    an account's street by name: the meeting's place, not a record it is about. Without a
    'Regarding' column the name link still counts (a hand-kept sheet names its company)."""
    links = [Relationship("Appointment.Regarding", "Contact.Contact", 1.0),
             Relationship("Appointment.Location", "Account.Address 1: Street 1", 1.0,
                          kind="name")]
    assert [r.column for r in usable(links, "Contact")] == ["Regarding"]
    assert usable(links, "Account") == []
    alone = [Relationship("Interactions.Company", "Companies.Name", 0.9, kind="name")]
    assert [r.column for r in usable(alone, "Companies")] == ["Company"]


def test_activity_status_is_the_state_in_a_file_headed_with_dataverse_labels() -> None:
    """Dataverse labels every activity's statecode 'Activity Status'; in a file headed with
    a task's own labels its option numbers (0 Open, 1 Completed) are the task's state.
    Elsewhere ('Activity Status' 2 of another CRM, whose 2 is its own Completed) the label
    says nothing more than its words do."""
    defs = load_table_defs(TABLES)
    task = defs["task"]
    assert label_hits(["Activity Status"], task) == {"Activity Status": ["statecode"]}
    assert label_hits(["Activity Status"], defs["account"]) == {}
    labelled = pl.DataFrame({
        "Task": ["57566b05-5d74-ea11-a811-000d3a579c6b", "67566b05-5d74-ea11-a811-000d3a579c6b"],
        "Activity Status": ["0", "1"], "Status Reason": ["2", "5"],
        "Subject": ["Medical Form", "Code of Conduct"], "Description": ["a", "b"],
        "Due Date": ["2022-11-15T16:00:00Z", "2022-11-16T16:00:00Z"],
        "Priority": ["1", "1"], "Category": ["Comm", "Comm"], "Percent Complete": ["0", "100"],
        "Actual Start": ["2020-04-15T10:00:00Z", None],
        "Actual End": ["2020-04-15T10:00:00Z", None],
        "Start Date": ["2022-11-15T16:00:00Z", None], "Regarding": ["x", "y"]})
    assert suggest_columns(labelled, task, source_object="Task")["Activity Status"][0].target \
        == "statecode"
    other = pl.DataFrame({"Subject": ["Call", "Meeting"], "Activity Status": ["2", "2"],
                          "Activity Date": ["2020-01-01", "2020-01-02"]})
    got = suggest_columns(other, task, source_object="Activity")["Activity Status"]
    assert not got or got[0].target != "statecode"
