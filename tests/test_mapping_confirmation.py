"""A map nobody confirmed, or edited after confirmation, is refused by staging and load."""

from __future__ import annotations

import copy

import polars as pl
import pytest

from d365migrate.mapping.mapfile import (
    MappingNotConfirmed,
    confirm,
    load_mapping,
    require_confirmed,
    save_mapping,
)
from d365migrate.staging.stage import stage_table

MAP = {
    "version": 1, "status": "proposed", "source_id_column": "new_smartdeskid",
    "tables": [{
        "target": "account", "source": "companies", "source_key": "company_id",
        "columns": [{"target": "name", "source": "name", "transform": "text"},
                    {"target": "numberofemployees", "source": "employees",
                     "transform": "integer"}],
        "lookups": [], "owner": None,
    }],
}
TABLES = {"companies": pl.DataFrame({"company_id": ["1", "2"], "name": [" A ", "B"],
                                     "employees": ["10", "x"]})}


def test_unconfirmed_map_is_refused():
    with pytest.raises(MappingNotConfirmed, match="not confirmed"):
        stage_table(MAP, "account", TABLES)


def test_confirmed_map_stages(tmp_path):
    confirmed = confirm(MAP, "Ana Analyst")
    save_mapping(confirmed, tmp_path / "m.yml")
    again = load_mapping(tmp_path / "m.yml")
    require_confirmed(again)
    result = stage_table(again, "account", TABLES)
    assert result.staged["name"].to_list() == ["A", "B"]  # an optional field: cleared
    assert result.cleared.select("row", "column", "value").to_dicts() == [
        {"row": 2, "column": "employees", "value": "x"}]
    assert "'x' is not a whole number" in result.cleared["reason"][0]


def test_map_edited_after_confirmation_is_refused(tmp_path):
    confirmed = confirm(MAP, "Ana Analyst")
    edited = copy.deepcopy(confirmed)
    edited["tables"][0]["columns"][0]["target"] = "description"
    save_mapping(edited, tmp_path / "m.yml")
    with pytest.raises(MappingNotConfirmed, match="changed after Ana Analyst confirmed"):
        stage_table(load_mapping(tmp_path / "m.yml"), "account", TABLES)


def test_confirmation_needs_a_name():
    with pytest.raises(ValueError):
        confirm(MAP, "  ")
