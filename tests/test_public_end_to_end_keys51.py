"""keys51's public export runs end to end from its parameters file, decisions only (issue
13): Microsoft's Healthcare accelerator 2.2.3.3 sample data for Dataverse, one CSV per table
headed with Dataverse's own labels, ids and links as GUIDs, choices as option numbers, dates
as the 2019 migration tool wrote them ('2/14/2019 6:36:24 AM'). Same harness as
tests/test_public_end_to_end.py."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    run_public,
    verified_columns,
)

CLINICAL_TABLES = (
    "Allergy Intolerance", "Appointment (EMR)", "Care Plan", "Care Team",
    "Care Team Participant", "Codeable Concept", "Condition", "Device", "Encounter",
    "Episode of Care", "Location", "Medication", "Medication Administration",
    "Medication Request", "Nutrition Order", "Observation", "Practitioner Qualification",
    "Practitioner Role", "Procedure", "Referral Request", "Risk Assessment", "Specimen")


def test_healthcare_accelerator_providers_patients_and_tasks(tmp_path: Path) -> None:
    """The 10 care providers (accounts), 30 patients, practitioners and relatives (contacts)
    and 10 patients' tasks load and are read back whole. Each task is regarding its patient
    (by GUID), taken from the task's 'Regarding' column, not from the accelerator's
    'Performer (Patient)' before it that holds the same ids. The accelerator's Task
    Priority (FHIR's routine/urgent codes) is no option of the task's Priority: left in the
    source by a decision; a contact's Primary Contact Name
    (another contact, by GUID) is no company and stays unresolved, listed. The prescriptions
    (Medication Request, which discovery reads as tasks) are left out by a decision; the
    accelerator's own activity and clinical tables stay in the source, each with its
    reason."""
    run_dir = run_public("d365-healthcare-sample", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "account": ("Account", 10, 10, 0, 0, 0, 0),
        "contact": ("Contact", 30, 30, 0, 0, 0, 0),
        "task": ("Task", 10, 10, 0, 0, 0, 0)}
    bound = {p.stem: json.loads(p.read_text()).get("bound_later")
             for p in (run_dir / "load").glob("*.json")}
    assert bound == {"account": None, "contact": None, "task": None}
    tasks = pl.read_parquet(run_dir / "staged" / "task.parquet")
    assert tasks["__ref__regardingobjectid_contact_task"].drop_nulls().len() == 10
    mapping = (run_dir / "mapping.yml").read_text()
    assert "source: Regarding\n    references: Contact.Contact" in mapping
    assert tasks.filter(pl.col("subject") == "Bryon Denman - Task").select(
        "scheduledstart", "actualdurationminutes").row(0) == ("2019-02-14T06:36:24Z", 38)
    contacts = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert contacts["birthdate"].drop_nulls().len() == 30
    assert contacts["description"].drop_nulls().len() == 10
    columns = verified_columns(run_dir)
    assert all(n == 0 for t in columns.values() for n in t.values())
    assert {"name", "telephone1", "address1_city", "address1_country"} <= set(columns["account"])
    assert {"birthdate", "gendercode", "emailaddress1", "telephone2", "mobilephone",
            "salutation", "department"} <= set(columns["contact"])
    assert "parentcustomerid" not in columns["contact"]
    assert {"subject", "scheduledstart", "scheduledend", "actualdurationminutes",
            "regardingobjectid"} <= set(columns["task"])
    assert "prioritycode" not in columns["task"]
    files = inventory_files(run_dir)
    for name in ("Account", "Contact", "Task"):
        assert files[name]["migrated"], name
    for name in CLINICAL_TABLES:
        assert not files[name]["migrated"] and files[name]["reason"], name
    assert "left out by the analyst" in files["Medication Request"]["reason"]
