"""A stage, pipeline or probability column the map's ``stage_source`` names that the deals
file lacks (a re-export without it, a hand edit) is refused naming the key, the file and the
columns the file has: never a raw polars ColumnNotFoundError, never a deal's own probability
dropped unsaid (issue 13, deals without a pipelines file)."""

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
from d365migrate.mapping.propose import propose_mapping
from d365migrate.mapping.status_stages import status_stage_map

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
    assert "set stage_source.stage_column in the map" in message
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
