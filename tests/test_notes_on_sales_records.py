"""A note on an order, a quote, a campaign or a product (Odoo's messages on its sales
orders): the note unit's parent lookup reaches the Sales tables a note may sit on
(annotation.objectid's targets), as it reaches accounts, contacts and deals."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export
from d365migrate.mapping.propose import propose_mapping
from tuning_support import DEFS

ORDERS = pl.DataFrame({"id": ["SO1", "SO2", "SO3"], "name": ["S00001", "S00002", "S00003"],
                       "order_date": ["2024-01-02", "2024-01-05", "2024-02-01"],
                       "amount_total": ["120.00", "80.50", "300.00"]})
NOTES = pl.DataFrame({"id": ["m1", "m2", "m3", "m4"],
                      "body": ["Quotation sent", "Order confirmed", "Paid", "Delivered"],
                      "date": ["2024-01-02", "2024-01-03", "2024-01-06", "2024-02-02"],
                      "order_id": ["SO1", "SO1", "SO2", "SO3"]})


def test_a_note_on_an_order_names_the_order_as_its_parent() -> None:
    export = Export(Path("."), {"sale_orders": ORDERS, "order_notes": NOTES})
    found = discover(export)
    assert found.by_source("order_notes").name == "note"
    units = ["salesorder", "note"]
    defs = {u: DEFS["annotation" if u == "note" else u] for u in units}
    mapping = propose_mapping(export, found, defs, units,
                              source_id_column="new_sourceid").mapping
    [note] = [t for t in mapping["tables"] if t.get("name") == "note"]
    assert [(lk["target"], lk["table"], lk["source"]) for lk in note["lookups"]] == [
        ("objectid", "salesorder", "order_id")]

