"""Closed SmartDesk records are created open and closed afterwards, as Dataverse requires."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from d365migrate.dataverse.destination import Destination, connect
from d365migrate.load.closes import apply_closes, split_states

TABLES = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" / "tables"


def table_def(name: str) -> dict:
    return json.loads((TABLES / f"{name}.json").read_text())


def test_lead_status_splits_into_open_create_and_later_close():
    staged = pl.DataFrame({"__source_id": ["l1", "l2", "l3"], "lastname": ["A", "B", "C"],
                           "statuscode": [2, 3, 6]})  # Contacted (open), Qualified, No Longer..
    create, closes = split_states(staged, table_def("lead"))
    assert create["statuscode"].to_list() == [2, None, None]
    assert closes.rows() == [("l2", 1, 3), ("l3", 2, 6)]


def test_opportunity_state_only_gets_the_first_status_of_that_state():
    staged = pl.DataFrame({"__source_id": ["o1", "o2", "o3"], "statecode": [0, 1, 2]})
    create, closes = split_states(staged, table_def("opportunity"))
    assert "statecode" not in create.columns
    assert closes.rows() == [("o2", 1, 3), ("o3", 2, 4)]


def test_apply_closes_against_the_emulator(tmp_path: Path):
    dest = Destination(url="http://dataverse.emulator/", kind="embedded-emulator",
                       state_file=str(tmp_path / "org.sqlite"))
    with connect(dest) as client:
        acc = client.create("accounts", {"name": "Buyer"})
        ids = {f"o{i}": client.create("opportunities", {
            "name": f"Deal {i}", "customerid_account@odata.bind": f"/accounts({acc})",
            "estimatedvalue": 100.0 * i}) for i in (1, 2)}
        lead = client.create("leads", {"lastname": "Lee", "subject": "x"})
        staged = pl.DataFrame({"__source_id": ["o1", "o2"], "name": ["Deal 1", "Deal 2"],
                               "estimatedvalue": [100.0, 200.0],
                               "estimatedclosedate": ["2024-03-01", None]})
        closes = pl.DataFrame({"__source_id": ["o1", "o2"], "statecode": [1, 2],
                               "statuscode": [3, 4]})
        out = apply_closes(client, table_def("opportunity"), closes, ids, staged,
                           progress=False)
        assert out == {"closed": 2, "closed_as": {"Won": 1, "Lost": 1}, "already_closed": 0,
                       "close_failed": []}
        won = client.retrieve("opportunities", ids["o1"], ["statecode", "actualvalue"])
        assert (won["statecode"], won["actualvalue"]) == (1, 100.0)
        assert client.retrieve("opportunities", ids["o2"], ["statecode"])["statecode"] == 2
        out = apply_closes(client, table_def("lead"),
                           pl.DataFrame({"__source_id": ["l1"], "statecode": [2],
                                         "statuscode": [6]}),
                           {"l1": lead}, pl.DataFrame({"__source_id": ["l1"]}), progress=False)
        assert out["closed"] == 1
        assert client.retrieve("leads", lead, ["statecode"])["statecode"] == 2
