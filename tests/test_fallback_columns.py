"""A column filled from a second export column where the first is empty (``else:``): a
contact with no last name takes its display name instead of being held back, staged,
loaded, verified and shown in the spot check as coming from that column."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from d365migrate.mapping.column_decisions import decide_column
from d365migrate.mapping.mapfile import MappingError
from engagements import made_up_parameters, run_steps

CONTACTS = ("id,first_name,last_name,display_name,email\n"
            "1,Ann,Lee,Ann Lee,ann@example.com\n"
            "2,Bo,Kim,Bo Kim,bo@example.org\n"
            "3,Cy,,Cy R.,cy@example.org\n"
            "4,Di,  ,,di@example.org\n")


def _run(root: Path, decisions: dict) -> Path:
    export = root / "export"
    export.mkdir()
    (export / "contacts.csv").write_text(CONTACTS, encoding="utf-8")
    params = made_up_parameters(root, export, ["contact"], "fallback", "Made-up CRM",
                                mapping={"confirm_as": "analyst", "decisions": decisions},
                                verify={"seed": 7})
    return run_steps(params, root / "runs" / "fallback" / "r1")


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _run(tmp_path_factory.mktemp("fallback"), {"columns": {
        "contact.lastname": {"source": "last_name", "else": "display_name"}}})


def test_an_empty_last_name_takes_the_display_name(run: Path) -> None:
    from d365migrate.run.context import RunContext

    recon = json.loads((run / "reconciliation.json").read_text())["objects"]["contact"]
    # Di has neither: still held back, as a required value missing
    assert (recon["source"], recon["loaded"], recon["quarantined"], recon["balanced"]) == (
        4, 3, 1, True)
    ctx = RunContext.open(run.parents[2] / "parameters.yml", run)
    try:
        names = {r["firstname"]: r["lastname"] for r in ctx.client.query(
            "contacts", select=["firstname", "lastname"])}
    finally:
        ctx.client.close()
    assert names == {"Ann": "Lee", "Bo": "Kim", "Cy": "Cy R."}
    quarantine = (run / "quarantine" / "contact.csv").read_text().splitlines()
    assert len(quarantine) == 2 and quarantine[1].startswith("contacts.csv,4,4,lastname,")
    assert "last name is required by Dataverse" in quarantine[1]
    verification = json.loads((run / "verification.json").read_text())
    assert verification["tables"]["contact"]["matched"] == 3
    records = [r for t in verification["spot_check"]["tables"].values() for r in t["records"]]
    [cy] = [f for r in records if r["source_id"] == "3" for f in r["fields"]
            if f["field"] == "lastname"]
    assert (cy["export_column"], cy["export"], cy["org"], cy["same"]) == (
        "last_name (else display_name)", "Cy R.", "Cy R.", True)
    mapping = (run / "mapping.yml").read_text()
    assert "where it is empty, display_name" in mapping


def test_without_the_decision_the_row_is_held_back(tmp_path: Path) -> None:
    from d365migrate.run.gates import GateBreached

    with pytest.raises(GateBreached, match="contact: 2 of 4 rows held back"):
        _run(tmp_path, {})


def test_an_else_that_is_no_column_name_is_refused() -> None:
    mapping = {"tables": [{"source": "contacts", "target": "contact", "columns": []}]}
    with pytest.raises(MappingError, match="else: an export column"):
        decide_column(mapping, "contact.lastname", {"source": "last_name", "else": [3]})
    decide_column(mapping, "contact.lastname", {"source": "last_name", "else": "display"})
    assert mapping["tables"][0]["columns"][0]["else"] == ["display"]
