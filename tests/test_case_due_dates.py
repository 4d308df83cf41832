"""A case's due dates (issue 13): Microsoft's incident table has Resolve By (``resolveby``, a
date and time) and Follow Up By (``followupby``, a date), both user-local; the emulator's
incident lacked them, so a help desk's due date had nowhere to go and was left out of the map.
On made-up data: the emulator serves both as the table reference page describes them, a
ticket file's due date is suggested as Resolve By and a follow-up date as Follow Up By (a
task's due date stays its scheduled end), and a run loads them and reads them back."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import yaml

from d365migrate.mapping.suggest import suggest_columns
from engagements import run_steps

TABLES = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" / "tables"
DEFS = {n: json.loads((TABLES / f"{n}.json").read_text()) for n in ("incident", "task")}


def attribute(logical: str) -> dict:
    (found,) = [a for a in DEFS["incident"]["Attributes"] if a["LogicalName"] == logical]
    return found


def test_the_emulators_case_has_the_documented_due_dates():
    resolve, follow = attribute("resolveby"), attribute("followupby")
    assert (resolve["AttributeType"], resolve["Format"], resolve["DateTimeBehavior"]["Value"]) \
        == ("DateTime", "DateAndTime", "UserLocal")
    assert (follow["AttributeType"], follow["Format"], follow["DateTimeBehavior"]["Value"]) \
        == ("DateTime", "DateOnly", "UserLocal")
    assert resolve["DisplayName"]["UserLocalizedLabel"]["Label"] == "Resolve By"
    assert follow["DisplayName"]["UserLocalizedLabel"]["Label"] == "Follow Up By"
    assert resolve["IsValidForCreate"] and follow["IsValidForCreate"]


def test_a_tickets_due_date_is_when_it_must_be_resolved():
    tickets = pl.DataFrame({"ticket_id": ["1", "2"], "title": ["Printer jam", "No login"],
                            "due_date": ["2024-03-04 17:00", "2024-03-05 12:00"],
                            "follow_up_date": ["2024-03-02", "2024-03-03"]})
    cands = suggest_columns(tickets, DEFS["incident"], source_object="tickets")
    assert cands["due_date"][0].target == "resolveby"
    assert cands["follow_up_date"][0].target == "followupby"
    # when it was resolved, and who resolved it, are no deadline: spelling alike is not enough
    times = ["2024-03-04 17:00", "2024-03-05 12:00"]
    done = pl.DataFrame({"title": ["a", "b"], "resolved": times, "resolved_at": times,
                         "resolved_by": ["u1", "u2"], "Resolve by": times})
    cands = suggest_columns(done, DEFS["incident"], source_object="issues")
    assert not {c.target for col in ("resolved", "resolved_at", "resolved_by")
                for c in cands.get(col, [])} & {"resolveby", "followupby"}
    assert cands["Resolve by"][0].target == "resolveby"
    todo = pl.DataFrame({"id": ["1"], "subject": ["Call"], "due_date": ["2024-03-04"]})
    assert suggest_columns(todo, DEFS["task"], source_object="tasks")["due_date"][0].target \
        == "scheduledend"


def test_a_run_loads_a_cases_due_dates_and_reads_them_back(tmp_path: Path) -> None:
    export = tmp_path / "export"
    export.mkdir()
    (export / "accounts.csv").write_text("id,name\na1,Acme\n", encoding="utf-8")
    (export / "tickets.csv").write_text(
        "id,title,account_id,due_date,follow_up_date\n"
        "t1,Printer jam,a1,2024-03-04 17:00:00,2024-03-02\n"
        "t2,No login,a1,,2024-03-03\n", encoding="utf-8")
    raw = {"engagement": "due", "export": str(export), "runs_dir": str(tmp_path / "runs"),
           "objects": ["account", "incident"], "source": {"crm": "Made-up help desk"},
           "mapping": {"confirm_as": "analyst"},
           "owners": {"fallback_owner_email": "avery.admin@contoso.example"},
           "destination": {"url": None}}
    params = tmp_path / "parameters.yml"
    params.write_text(yaml.safe_dump(raw), encoding="utf-8")
    run_dir = run_steps(params, tmp_path / "run")
    staged = pl.read_parquet(run_dir / "staged" / "incident.parquet").sort("title")
    assert staged["resolveby"].to_list() == [None, "2024-03-04T17:00:00Z"]
    assert staged["followupby"].to_list() == ["2024-03-03T00:00:00Z", "2024-03-02T00:00:00Z"]
    checked = json.loads((run_dir / "verification.json").read_text())["tables"]["incident"]
    assert checked["matched"] == 2
    assert checked["columns"]["resolveby"] == 0 and checked["columns"]["followupby"] == 0
