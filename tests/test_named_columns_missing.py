"""A stage, pipeline or probability column named for the deals (in the parameters,
``mapping.decisions.stage_source``, or in the map's ``stage_source``) that the deals file
lacks is refused naming the key, the file and the columns the file has: never a raw polars
ColumnNotFoundError, never a deal's own probability dropped unsaid (issue 13, deals without a
pipelines file). The analyst names the columns in the parameters, not by editing the map."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export
from d365migrate.mapping.decisions import (
    MappingError,
    StageColumnMissing,
    apply_decisions,
    apply_stages,
    stage_source,
)
from d365migrate.mapping.mapfile import table_map
from d365migrate.mapping.propose import propose_mapping
from d365migrate.mapping.status_stages import decide_stage_source, status_stage_map

TABLES = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" / "tables"
DEALS = pl.DataFrame({
    "deal_ref": ["D1", "D2", "D3"], "name": ["Website", "Print run", "Brochure"],
    "amount": ["1200", "4500", "800"], "stage": ["Proposal Sent", "Won", "Lost"],
    "probability": ["60", None, None], "company": ["Acme", "Globex", "Acme"],
})


def decided_mapping() -> dict:
    export = Export(Path("."), {"deals": DEALS})
    defs = {"opportunity": json.loads((TABLES / "opportunity.json").read_text())}
    mapping = propose_mapping(export, discover(export), defs, ["opportunity"],
                              source_id_column="new_sourceid").mapping
    return apply_decisions(mapping, {"stages": {"Lost": {"statuscode": "Out-Sold"}}})


def test_the_proposal_names_the_deals_own_stage_and_probability_columns():
    mapping = decided_mapping()
    assert stage_source(mapping) == {"pipeline_column": None, "stage_column": "stage",
                                     "probability_column": "probability"}
    staged = apply_stages(DEALS, mapping["stages"], **stage_source(mapping), file="deals.csv")
    assert staged["__stage_closeprobability"].to_list()[0] == 60


def test_a_stage_column_the_deals_file_lacks_is_named_with_the_files_columns():
    mapping = decided_mapping()
    renamed = DEALS.rename({"stage": "status"})  # the next export calls it 'status'
    with pytest.raises(StageColumnMissing) as err:
        apply_stages(renamed, mapping["stages"], **stage_source(mapping), file="deals.csv")
    message = str(err.value)
    assert message.startswith("deals.csv: the map's stage_source.stage_column names 'stage', "
                              "but deals.csv has no such column (its columns: 'deal_ref', "
                              "'name', 'amount', 'status', 'probability', 'company')")
    assert message.endswith("name one of them in the parameters (mapping.decisions."
                            "stage_source: {stage_column: <column>}) or in the map's "
                            "stage_source")
    assert (err.value.file, err.value.columns) == ("deals.csv", ["stage"])
    assert isinstance(err.value, MappingError)  # the runner's clean error, not polars'
    assert not isinstance(err.value, pl.exceptions.ColumnNotFoundError)


def test_a_probability_column_the_deals_file_lacks_is_refused_not_dropped():
    mapping = decided_mapping()
    with pytest.raises(StageColumnMissing, match=r"stage_source\.probability_column names "
                       r"'probability', but deals\.csv has no such column"):
        apply_stages(DEALS.drop("probability"), mapping["stages"], **stage_source(mapping),
                     file="deals.csv")


def test_both_missing_are_named_together():
    mapping = decided_mapping()
    with pytest.raises(StageColumnMissing) as err:
        apply_stages(DEALS.drop("probability", "stage"), mapping["stages"],
                     **stage_source(mapping), file="deals.csv")
    assert "stage_source.stage_column names 'stage' and stage_source.probability_column " \
           "names 'probability'" in str(err.value)
    assert err.value.columns == ["stage", "probability"]


def test_a_status_column_the_deals_lack_is_refused_when_stages_are_read_from_it():
    with pytest.raises(StageColumnMissing, match=r"deals\.csv: the map's "
                       r"stage_source\.stage_column names 'state', but deals\.csv has no such "
                       r"column \(its columns: 'deal_ref', "):
        status_stage_map(DEALS, "state", file="deals.csv")


DEALS_TWO = DEALS.with_columns(
    pl.Series("status", ["Open", "Closed Won", "Closed Lost"]),
    pl.Series("win_chance", ["0.4", "1", "0"]))


def test_the_analyst_names_the_stage_and_probability_columns_in_the_parameters():
    """The proposal read 'stage'; the parameters name 'status' and 'win_chance': the stages
    are read again from 'status', decided as usual, and a deal's own chance is kept."""
    export = Export(Path("."), {"deals": DEALS_TWO})
    defs = {"opportunity": json.loads((TABLES / "opportunity.json").read_text())}
    proposed = propose_mapping(export, discover(export), defs, ["opportunity"],
                               source_id_column="new_sourceid").mapping
    named = {"stage_column": "status", "probability_column": "win_chance"}
    mapping = decide_stage_source(proposed, named, export.tables, lambda s: f"{s}.csv")
    assert stage_source(mapping) == {"pipeline_column": None, **named}
    assert [s["stage_id"] for s in mapping["stages"]] == ["Closed Lost", "Closed Won", "Open"]
    assert "status" in table_map(mapping, "opportunity")["unmapped"]
    mapping = apply_decisions(mapping, {"stages": {"Closed Lost": {"statuscode": "Canceled"},
                                                   "Open": {"salesstage": 0}}})
    staged = apply_stages(DEALS_TWO, mapping["stages"], **stage_source(mapping),
                          file="deals.csv")
    assert staged["__stage_closeprobability"].to_list() == [40, 100, 0]
    assert staged["__stage_state"].to_list() == [0, 1, 2]
    # named again, the same: the map is unchanged (a confirmed map stays confirmed)
    assert decide_stage_source(mapping, named, export.tables) is mapping


def test_a_column_the_parameters_name_that_the_deals_lack_names_the_parameters_key():
    export = Export(Path("."), {"deals": DEALS})
    defs = {"opportunity": json.loads((TABLES / "opportunity.json").read_text())}
    proposed = propose_mapping(export, discover(export), defs, ["opportunity"],
                               source_id_column="new_sourceid").mapping
    with pytest.raises(StageColumnMissing) as err:
        decide_stage_source(proposed, {"stage_column": "deal_stage"}, export.tables,
                            lambda s: f"{s}.csv")
    assert str(err.value) == (
        "deals.csv: mapping.decisions.stage_source.stage_column names 'deal_stage', but "
        "deals.csv has no such column (its columns: 'deal_ref', 'name', 'amount', 'stage', "
        "'probability', 'company'); name one of them in "
        "mapping.decisions.stage_source.stage_column")
    with pytest.raises(MappingError, match="expected"):
        decide_stage_source(proposed, {"stage": "status"}, export.tables)
    unstaged = {**proposed, "stages": [], "stage_source": None}
    with pytest.raises(MappingError, match="the map has no stages for the deals of deals.csv"):
        decide_stage_source(unstaged, {"probability_column": "probability"}, export.tables,
                            lambda s: f"{s}.csv")


def test_the_mapping_step_applies_the_named_columns_before_deciding_the_stages(
        tmp_path: Path, monkeypatch):
    import yaml

    from d365migrate.run.context import RunContext, write_run_json
    from d365migrate.run.runner import new_run_dir
    from d365migrate.run.steps import mapping_step, profile_step

    root = Path(__file__).resolve().parents[1]
    (tmp_path / "export").mkdir()
    (tmp_path / "parameters").mkdir()
    DEALS_TWO.write_csv(tmp_path / "export" / "deals.csv")
    params = yaml.safe_load((root / "parameters" / "demo.yml").read_text(encoding="utf-8"))
    params.pop("sample_export")
    params.update(engagement="named", export=str(tmp_path / "export"),
                  objects=["opportunity"],
                  destination={"url": None, "seed_users_from_export": False},
                  custom_fields={"apply_manifest": False})
    params["mapping"] = {"confirm_as": None, "decisions": {
        "stage_source": {"stage_column": "status", "probability_column": "win_chance"},
        "stages": {"Closed Lost": {"statuscode": "Canceled"}, "Open": {"salesstage": 0}}}}
    params_file = tmp_path / "parameters" / "named.yml"
    params_file.write_text(yaml.safe_dump(params), encoding="utf-8")
    monkeypatch.delenv("DATAVERSE_URL", raising=False)
    ctx = RunContext.open(params_file, new_run_dir(tmp_path / "runs", "named"))
    write_run_json(ctx.folder, ctx.params, ctx.destination)
    try:
        profile_step(ctx)
        mapping = mapping_step(ctx)
    finally:
        ctx.client.close()
    assert mapping["stage_source"] == {"pipeline_column": None, "stage_column": "status",
                                       "probability_column": "win_chance"}
    assert [(s["stage_id"], s["state"], s["statuscode"], s["decided"])
            for s in mapping["stages"]] == [("Closed Lost", 2, 4, True),
                                            ("Closed Won", 1, 3, True), ("Open", 0, None, True)]
