"""A file routed by type (calls, tasks) is read whole for what its columns are (issue 13):
the few rows of one type say too little. Pipedrive's activities carry the tenant's
``company_id`` on every row beside ``org_id``; its two tasks alone were too few rows for the
tenant rule, so the tasks were proposed 'regarding' the tenant, and two rows whose org and
person ids happen to be alike made one column 'a copy' of the other. Made-up data."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export
from d365migrate.mapping.propose import propose_mapping

TABLES = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" / "tables"
DEFS = {n: json.loads((TABLES / f"{n}.json").read_text())
        for n in ("account", "contact", "task", "phonecall")}

ORGS = pl.DataFrame({"id": ["1", "2", "3", "4"], "company_id": ["7780468"] * 4,
                     "name": ["Acme", "Globex", "Initech", "Umbrella"]})
PEOPLE = pl.DataFrame({"id": ["1", "5", "7", "9"], "company_id": ["7780468"] * 4,
                       "org_id": ["1", "2", "3", "4"], "first_name": ["Ann", "Bo", "Cy", "Di"],
                       "last_name": ["Lee", "Ng", "Ro", "Su"]})
#: two tasks (org 1, person 1 both: alike by chance), three calls
ACTIVITIES = pl.DataFrame({
    "id": ["a1", "a2", "a3", "a4", "a5"], "company_id": ["7780468"] * 5,
    "type": ["task", "task", "call", "call", "call"],
    "subject": ["Send deck", "Chase", "Intro", "Demo", "Close"],
    "due_date": ["2024-03-01", "2024-03-02", "2024-03-03", "2024-03-04", "2024-03-05"],
    "org_id": ["1", "1", "3", "2", "4"], "person_id": ["1", "1", "7", "5", "9"]})


def test_the_rows_of_one_type_are_read_with_their_whole_file() -> None:
    ex = Export(Path("."), {"organizations": ORGS, "persons": PEOPLE,
                            "activities": ACTIVITIES})
    mapping = propose_mapping(ex, discover(ex), DEFS, ["account", "contact", "task",
                                                       "phonecall"],
                              source_id_column="new_sourceid").mapping
    task = next(t for t in mapping["tables"] if t["target"] == "task")
    looked = {lk["source"] for lk in task["lookups"]}
    assert "company_id" not in looked
    assert "company_id" not in {u["source"] for u in task.get("unresolved_lookups", [])}
    assert "tenant" in task["unmapped_reasons"]["company_id"]
    assert "a copy" not in task["unmapped_reasons"].get("person_id", "")
    assert looked & {"org_id", "person_id"}  # regarding the org or the person
