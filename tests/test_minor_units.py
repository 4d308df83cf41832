"""An amount an export writes in a fraction of the currency (Twenty's 'amountAmountMicros':
millionths; billing tools' 'amount_cents': hundredths) is never loaded as it is, a million
or a hundred times too large: mapped, it is divided (``divide_by``, said in its reason);
left out, its reason says what it is and how to decide it (issue 13). Made-up data."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export
from d365migrate.mapping.column_decisions import decide_column
from d365migrate.mapping.mapfile import MappingError, confirm, table_map
from d365migrate.mapping.minor_units import divisor_of, with_minor_units
from d365migrate.mapping.propose import propose_mapping
from d365migrate.staging.stage import stage_table

TABLES = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" / "tables"
DEALS = pl.DataFrame({"deal_id": ["d1", "d2", "d3"], "name": ["Pilot", "Renewal", "Audit"],
                      "amountAmountMicros": ["2000000", "150000000", "2500000"],
                      "closing_date": ["2024-03-01", "2024-04-01", "2024-05-01"]})


def _proposal() -> dict:
    defs = {"opportunity": json.loads((TABLES / "opportunity.json").read_text())}
    export = Export(Path("."), {"deals": DEALS})
    return propose_mapping(export, discover(export), defs, ["opportunity"],
                           source_id_column="new_sourceid").mapping


def test_the_unit_a_name_says() -> None:
    assert divisor_of("amountAmountMicros") == ("millionths", 1_000_000)
    assert divisor_of("amount_in_cents") == ("hundredths (cents)", 100)
    assert divisor_of("micros") is None and divisor_of("percents") is None
    assert divisor_of("amount") is None


def test_a_mapped_amount_in_millionths_is_divided_and_says_so() -> None:
    entries = with_minor_units([{"columns": [
        {"source": "amount_cents", "target": "estimatedvalue", "transform": "decimal",
         "reason": "CRM vocabulary"},
        {"source": "seats_cents", "target": "description", "transform": "text"}]}])
    money, text = entries[0]["columns"]
    assert money["divide_by"] == 100 and "divided by 100" in money["reason"]
    assert "divide_by" not in text     # not a number: nothing to divide


def test_left_out_it_says_why_and_decided_it_loads_in_the_currencys_units() -> None:
    mapping = _proposal()
    deal = table_map(mapping, "opportunity")
    assert "amountAmountMicros" in deal["unmapped"]   # the proposal leaves it out, saying why
    assert deal["unmapped_reasons"]["amountAmountMicros"] == (
        "an amount in millionths of the currency ('amountAmountMicros'): loaded as it is it "
        "would be 1,000,000 times too large; to load it, decide its column with divide_by: "
        "1000000 (mapping.decisions.columns)")
    # decided without divide_by: the name says millionths, so it is divided all the same
    decided = decide_column(mapping, "opportunity.estimatedvalue",
                            {"source": "amountAmountMicros", "transform": "decimal"})
    staged = stage_table(confirm(decided, "analyst"), "opportunity", {"deals": DEALS},
                         {"deals": "deals.csv"})
    assert staged.staged["estimatedvalue"].to_list() == [2.0, 150.0, 2.5]
    assert "amountAmountMicros" not in (table_map(decided, "opportunity")
                                        .get("unmapped_reasons") or {})
    with pytest.raises(MappingError, match="divide_by"):
        decide_column(_proposal(), "opportunity.estimatedvalue",
                      {"source": "amountAmountMicros", "divide_by": 0})
