"""Parent accounts loaded in the same phase as their children are linked by a second pass."""

from __future__ import annotations

import httpx
import polars as pl

from d365migrate.dataverse import DataverseClient, StaticToken
from d365migrate.load.ledger import Ledger
from d365migrate.load.loader import TableLoader, ensure_source_id_column
from d365migrate.load.parents import link_within_table
from d365migrate.staging.stage import REF_PREFIX, SOURCE_ID, SOURCE_ROW
from dataverse_emulator import create_app

NAV = "parentaccountid"
COLUMN = "new_smartdeskid"


def test_parents_created_in_the_same_phase_are_linked(tmp_path) -> None:
    app = create_app(tmp_path / "org.sqlite")
    client = DataverseClient("http://dataverse.emulator/", StaticToken(),
                             transport=httpx.WSGITransport(app=app))
    table_def = ensure_source_id_column(client, client.entity_definition("account"), COLUMN)
    # A0 <- A1 <- A2 (a chain), A3 without parent, A4's parent is not in the export
    staged = pl.DataFrame({SOURCE_ID: ["A0", "A1", "A2", "A3", "A4"],
                           SOURCE_ROW: [1, 2, 3, 4, 5],
                           "name": ["Zero", "One", "Two", "Three", "Four"],
                           REF_PREFIX + NAV: [None, "A0", "A1", None, "A9"]})
    lookups = [{"target": "parentaccountid", "navigation": NAV, "table": "account",
                "source": "parent_id"}]
    loader = TableLoader(client, table_def, source_id_column=COLUMN,
                         ledger=Ledger(tmp_path / "ledger.jsonl"), progress=False)
    result = loader.load(staged, owner_ids={},
                         ref_ids={NAV: ("accounts", {}, "parentaccountid")})
    assert result.created == 5 and result.unresolved_lookups == 3  # nothing existed before
    linked = link_within_table(client, table_def, staged, lookups, {}, result.ids)
    assert linked == 2  # A4's parent is nowhere: it stays unresolved, and counted
    parents = {r[COLUMN]: r.get("_parentaccountid_value")
               for r in client.query("accounts", select=[COLUMN, "_parentaccountid_value"])}
    assert parents == {"A0": None, "A1": result.ids["A0"], "A2": result.ids["A1"],
                       "A3": None, "A4": None}
