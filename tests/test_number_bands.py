"""Whole numbers written as bands ('11-50', '1000+') arrive as their lower bound (issue 13),
on made-up data: the suggestion reads a band column as the size it is, the proposed map says
how it loads (``band: low``, in the reason), staging converts it, and a value that is no
band is cleared as any non-number is."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export
from d365migrate.mapping.column_decisions import decide_column
from d365migrate.mapping.mapfile import MappingError, confirm
from d365migrate.mapping.number_bands import band_low, band_shaped
from d365migrate.mapping.propose import propose_mapping
from d365migrate.mapping.suggest import suggest_columns
from d365migrate.staging.stage import stage_table

TABLES = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" / "tables"
DEFS = {n: json.loads((TABLES / f"{n}.json").read_text()) for n in ("account", "lead")}

LEADS = pl.DataFrame({"id": ["l1", "l2", "l3", "l4"],
                      "First Name": ["Ana", "Ivo", "Eva", "Tom"],
                      "Last Name": ["Horvat", "Kovač", "Babić", "Marić"],
                      "No. of Employees": ["1-10", "11-50", "1,001-5,000", "10,000+"]})


def test_bands_are_told_from_phone_numbers_and_single_ranges() -> None:
    assert band_shaped(["1-10", "11-50", "51-200", "1000+"])
    assert band_shaped(["1 – 10", "11 – 50"])
    assert not band_shaped(["555-1234", "555-9876"])   # no band ends where another starts
    assert not band_shaped(["1-10"])
    assert not band_shaped(["2024-01-01", "2024-02-01"])
    values = pl.DataFrame({"v": ["1-10", "1,001-5,000", "10,000+", "many", None]})
    assert values.select(band_low(pl.col("v"), "low")).to_series().to_list() == [
        "1", "1001", "10000", "many", None]
    assert values.select(band_low(pl.col("v"), None)).to_series().to_list()[0] == "1-10"


def test_a_band_column_is_suggested_as_the_number_of_employees() -> None:
    got = suggest_columns(LEADS, dict(DEFS["lead"]))
    assert got["No. of Employees"][0].target == "numberofemployees"
    assert "bands" in got["No. of Employees"][0].reason


def mapping() -> dict:
    ex = Export(Path("."), {"leads": LEADS})
    return propose_mapping(ex, discover(ex), DEFS, ["lead"],
                           source_id_column="new_sourceid").mapping


def test_bands_are_proposed_read_as_their_lower_bound_and_staged() -> None:
    proposed = mapping()
    lead = next(t for t in proposed["tables"] if t["target"] == "lead")
    size = next(c for c in lead["columns"] if c["target"] == "numberofemployees")
    assert size["source"] == "No. of Employees" and size["band"] == "low"
    assert "lower bound" in size["reason"]
    staged = stage_table(confirm(proposed, "analyst"), "lead", {"leads": LEADS},
                         {"leads": "leads.csv"}).staged
    assert staged["numberofemployees"].to_list() == [1, 11, 1001, 10000]


def test_without_the_band_the_sizes_are_cleared_and_a_wrong_band_is_refused() -> None:
    decided = decide_column(mapping(), "lead.numberofemployees",
                            {"source": "No. of Employees", "transform": "integer"})
    staged = stage_table(confirm(decided, "analyst"), "lead", {"leads": LEADS},
                         {"leads": "leads.csv"}).staged
    assert staged["numberofemployees"].to_list() == [None, None, None, None]
    with pytest.raises(MappingError, match="band"):
        decide_column(mapping(), "lead.numberofemployees",
                      {"source": "No. of Employees", "band": "middle"})
