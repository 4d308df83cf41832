"""An object the parameters ask for that the export has none of (no activity of type note):
the run moves everything else, and the inventory and the sponsor report name the object as
"none in this export" instead of the run failing on a map entry that cannot exist."""

from __future__ import annotations

import json
import re
from pathlib import Path

import polars as pl
import yaml

from d365migrate.run.runner import ensure_export, run
from d365migrate.runfolder import RunFolder
from engagements import demo_parameters

OBJECTS = ["account", "contact", "phonecall", "activity_note"]


def test_an_object_with_nothing_in_the_export_is_named_not_fatal(tmp_path: Path,
                                                                 monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    params = demo_parameters(tmp_path, "nonotes", seed=42, scale=0.05, objects=OBJECTS)
    raw = yaml.safe_load(params.read_text())
    decisions = raw["mapping"]["decisions"]
    decisions["choices"] = {k: v for k, v in decisions["choices"].items()
                            if k.partition(".")[0] in OBJECTS}
    decisions.pop("stages", None)
    params.write_text(yaml.safe_dump(raw))
    ensure_export(params)
    activities = tmp_path / "runs" / "nonotes" / "export" / "activities.csv"
    df = pl.read_csv(activities, infer_schema=False)
    assert df.filter(pl.col("type") == "note").height > 0
    df.filter(pl.col("type") != "note").write_csv(activities)

    run_dir = run(params, progress=False)
    folder = RunFolder(run_dir)
    assert json.loads(folder.run_json.read_text())["status"] == "succeeded"
    reconciliation = json.loads(folder.reconciliation.read_text())
    assert set(reconciliation["objects"]) == set(OBJECTS) - {"activity_note"}
    assert all(o["balanced"] for o in reconciliation["objects"].values())
    inventory = json.loads(folder.inventory.read_text())
    assert inventory["objects_not_in_export"] == ["activity_note"]
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", folder.report.read_text()))
    assert "None in this export, so nothing of this kind was moved" in text
