"""Session 60's rules, each on made-up data: what rounds Z27 and Z28 (e-conomic, EngageBay,
SAP's CAP bookshop, Fiken, Xendit, Streak) showed the engine did not read."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export
from d365migrate.mapping.decisions import (
    StagesUndecided,
    apply_decisions,
    apply_stages,
    require_stages_decided,
    stage_source,
)
from d365migrate.mapping.mapfile import confirm
from d365migrate.mapping.propose import propose_mapping
from d365migrate.staging.stage import stage_table
from test_link_decisions import ACCOUNTS, DEFS, table_def

#: Deals with no stage, status or pipeline column at all (EngageBay's deal rows).
STAGELESS = pl.DataFrame({"deal_ref": ["D1", "D2"], "name": ["Web", "Print"],
                          "amount": ["100", "200"], "acct": ["A1", "A2"]})


def _stageless_map() -> dict:
    ex = Export(Path("."), {"accounts": ACCOUNTS, "deals": STAGELESS})
    return propose_mapping(ex, discover(ex), DEFS, ["account", "opportunity"],
                           source_id_column="new_sourceid").mapping


def test_deals_without_any_stage_column_take_the_no_stage_decision():
    mapping = _stageless_map()
    with pytest.raises(StagesUndecided, match=r"\(no stage\)"):
        require_stages_decided(mapping)  # the stop says how to decide it
    bound = apply_decisions(mapping, {"stages": {"(no stage)": {"salesstage": 1,
                                                                "state": "open"}}},
                            table_def=table_def)
    require_stages_decided(bound)
    deals = apply_stages(STAGELESS, bound["stages"], **stage_source(bound))
    assert deals["__stage_state"].to_list() == [0, 0]
    staged = stage_table(confirm(bound, "analyst"), "opportunity",
                         {"accounts": ACCOUNTS, "deals": deals}, {"deals": "deals.csv"},
                         table_def=DEFS["opportunity"]).staged
    assert staged["salesstage"].to_list() == [1, 1]
    assert staged["statecode"].to_list() == [0, 0]
