"""A setup file (custom field definitions, pipelines) the run did not use is said not to
migrate, with why, rather than claimed to have set the migration up."""

from __future__ import annotations

import polars as pl

from d365migrate.mapping.manifest import MANIFEST_SCHEMA
from d365migrate.verify.inventory import NOT_DATA, build_inventory, setup_used

OBJECTS = [{"source": "Harvest_Field", "file": "Harvest_Field.csv", "kind": "custom_field",
            "rows": 20},
           {"source": "stages", "file": "stages.csv", "kind": "pipeline", "rows": 5}]


def _manifest(defined: list[bool]) -> pl.DataFrame:
    rows = [{k: None for k in MANIFEST_SCHEMA} | {"defined": d} for d in defined]
    return pl.DataFrame(rows, schema=MANIFEST_SCHEMA)


def _reasons(used: dict[str, bool] | None) -> dict[str, tuple[str, bool]]:
    inv = build_inventory(OBJECTS, {}, [], used=used)
    return {f["source"]: (f["reason"], f["migrated"]) for f in inv["files"]}


def test_unused_setup_files_do_not_migrate_and_say_why() -> None:
    used = setup_used({"stages": [{"stage_id": "1"}]}, _manifest([False]), ["account"])
    assert used == {"custom_field": False, "pipeline": False}
    reasons = _reasons(used)
    assert reasons["Harvest_Field"][0].startswith("not migrated: discovery took it for "
                                                  "custom field definitions")
    assert "moves no deals" in reasons["stages"][0]
    assert not any(migrated for _, migrated in reasons.values())


def test_used_setup_files_say_how_they_were_used() -> None:
    mapping = {"stages": [{"stage_id": "1"}], "stage_source": {"pipeline_column": "pipe"}}
    used = setup_used(mapping, _manifest([False, True]), ["account", "opportunity"])
    assert used == {"custom_field": True, "pipeline": True}
    reasons = _reasons(used)
    assert reasons["Harvest_Field"][0] == NOT_DATA["custom_field"]
    assert reasons["stages"][0] == NOT_DATA["pipeline"]
    # deals placed by a stage column of their own use no pipelines file
    own = setup_used({"stages": [{}], "stage_source": {"pipeline_column": None}}, None,
                     ["opportunity"])
    assert own == {"custom_field": False, "pipeline": False}
