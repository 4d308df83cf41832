"""Columns Dataverse takes on update but not on create (a quote's and an order's TotalAmount
and TotalTax: the entity reference lists them among the writable attributes, IsValidForCreate
false): the emulator ignores them on create and sets them on update, as the service does;
the loader sends them in a completion right after the create, so an order's total arrives;
a refused completion leaves the record in the org and lists it as incomplete, never failed."""

from __future__ import annotations

from pathlib import Path

import httpx
import polars as pl
import pytest

from d365migrate.dataverse import DataverseClient, StaticToken
from d365migrate.load.ledger import Ledger
from d365migrate.load.loader import TableLoader, update_only
from d365migrate.load.org_records import ensure_source_id_column
from d365migrate.load.preflight import BLOCKING, check_table
from d365migrate.staging.stage import REF_PREFIX, SOURCE_ID, SOURCE_ROW
from dataverse_emulator import Limits, create_app

COLUMN = "new_smartdeskid"
NAV = "pricelevelid"


def org(tmp_path: Path, **limits: object) -> tuple[DataverseClient, dict, str]:
    app = create_app(str(tmp_path / "org.sqlite"), limits=Limits(**limits))  # type: ignore[arg-type]
    client = DataverseClient("https://org.example.crm.dynamics.com", StaticToken(),
                             transport=httpx.WSGITransport(app=app))
    table = ensure_source_id_column(client, client.entity_definition("salesorder"), COLUMN)
    prices = client.create("pricelevels", {"name": "Default"})
    return client, table, prices


def orders(totals: list[float | None]) -> pl.DataFrame:
    return pl.DataFrame([{SOURCE_ID: f"O{i}", SOURCE_ROW: i + 2, "name": f"Order {i}",
                          "totalamount": t, REF_PREFIX + NAV: "P"}
                         for i, t in enumerate(totals)],
                        schema_overrides={"totalamount": pl.Float64})


def load(client: DataverseClient, table: dict, prices: str, data: pl.DataFrame,
         ledger: Ledger):
    loader = TableLoader(client, table, source_id_column=COLUMN, ledger=ledger,
                         progress=False, chunk_size=3)
    return loader.load(data, owner_ids={}, ref_ids={NAV: ("pricelevels", {"P": prices})})


def totals(client: DataverseClient) -> dict[str, float | None]:
    return {r[COLUMN]: r["totalamount"]
            for r in client.query("salesorders", select=[COLUMN, "totalamount"])}


def test_the_emulator_takes_an_orders_total_on_update_only(tmp_path):
    client, table, prices = org(tmp_path)
    attr = next(a for a in table["Attributes"] if a["LogicalName"] == "totalamount")
    assert (attr["IsValidForCreate"], attr["IsValidForUpdate"]) == (False, True)
    assert update_only(table, ["name", "totalamount", "totaltax"]) == {"totalamount",
                                                                        "totaltax"}
    made = client.create("salesorders", {"name": "One", "totalamount": 12.5,
                                         "pricelevelid@odata.bind": f"/pricelevels({prices})"})
    assert next(client.query("salesorders", select=["totalamount"]))["totalamount"] is None
    client.update("salesorders", made, {"totalamount": 12.5})
    assert next(client.query("salesorders", select=["totalamount"]))["totalamount"] == 12.5


def test_an_orders_total_arrives_by_a_completion_after_its_create(tmp_path):
    client, table, prices = org(tmp_path)
    ledger = Ledger(tmp_path / "ledger.jsonl")
    result = load(client, table, prices, orders([10.0, None, 30.5, 40.0, 55.25]), ledger)
    assert (result.created, result.updated, result.failed.height) == (5, 0, 0)
    assert result.stats["completed"] == 4 and result.incomplete == []
    assert totals(client) == {"O0": 10.0, "O1": None, "O2": 30.5, "O3": 40.0, "O4": 55.25}
    # the completions wrote no before-image: rollback deletes what this run created
    assert sorted(s for s, _ in ledger.created_records()["salesorder"]) == \
        ["O0", "O1", "O2", "O3", "O4"]
    # a second run updates the records it finds, totals and all, in one request each
    again = load(client, table, prices, orders([11.0, 20.0, 30.5, 40.0, 55.25]), ledger)
    assert (again.created, again.updated, again.stats["completed"]) == (0, 5, 0)
    assert totals(client)["O0"] == 11.0 and totals(client)["O1"] == 20.0


def test_a_completion_goes_by_batch_where_the_table_has_no_bulk_message(tmp_path):
    client, table, prices = org(tmp_path,
                                without_bulk_messages=frozenset({"salesorder"}))
    result = load(client, table, prices, orders([1.0, 2.0, 3.0, 4.0]),
                  Ledger(tmp_path / "ledger.jsonl"))
    assert result.created == 4 and result.stats["completed"] == 4
    assert result.stats["via_batch"] == ["create", "update"]
    assert totals(client) == {"O0": 1.0, "O1": 2.0, "O2": 3.0, "O3": 4.0}


def test_a_refused_completion_leaves_the_record_incomplete_not_failed(tmp_path):
    client, table, prices = org(tmp_path)
    too_big = 5e13  # beyond the column's MaxValue (1,000,000,000,000)
    result = load(client, table, prices, orders([1.0, too_big, 3.0]),
                  Ledger(tmp_path / "ledger.jsonl"))
    assert (result.created, result.failed.height) == (3, 0)
    assert result.stats["completed"] == 2 and result.stats["incomplete"] == 1
    [row] = result.incomplete_rows.to_dicts()
    assert (row["source_id"], row["row"], row["column"]) == ("O1", 3, "totalamount")
    assert row["reason"].startswith("Dataverse refused it")
    assert totals(client) == {"O0": 1.0, "O1": None, "O2": 3.0}


def test_preflight_blocks_only_a_column_valid_neither_for_create_nor_update(tmp_path):
    client, table, _ = org(tmp_path)
    tmap = {"target": "salesorder", "source": "orders",
            "columns": [{"source": "Total", "target": "totalamount", "transform": "number"},
                        {"source": "Name", "target": "name", "transform": "text"}]}
    found = check_table(tmap, {"salesorder": table}, COLUMN, set())
    assert not [f for f in found if f.severity == BLOCKING and f.column == "totalamount"]
    quote_line = client.entity_definition("quotedetail")
    tmap = {"target": "quotedetail", "source": "lines",
            "columns": [{"source": "Amount", "target": "baseamount", "transform": "number"}]}
    blocking = [f for f in check_table(tmap, {"quotedetail": quote_line}, None, set())
                if f.severity == BLOCKING and f.column == "baseamount"]
    assert blocking and "read-only" in blocking[0].message


def _proposed(frames: dict[str, pl.DataFrame], objects: list[str]) -> dict[str, dict]:
    from d365migrate.mapping.accuracy import _as_export, load_table_defs, proposed_targets
    root = Path(__file__).resolve().parents[1]
    defs = load_table_defs(root / "src" / "dataverse_emulator" / "data" / "tables")
    found = proposed_targets(_as_export(frames, list(frames)), defs, objects)
    return {src: {c: cands[0].target for c, cands in cols.items()}
            for src, cols in found.items()}


ORDERS = {"Order No": ["SO-1", "SO-2", "SO-3", "SO-4"], "Customer": ["Acme", "Globex",
          "Acme", "Initech"], "Order Date": ["2024-01-02", "2024-02-03", "2024-03-04",
          "2024-04-05"], "Total Amount": ["120.50", "99.00", "15.25", "300.00"]}


def test_an_orders_total_is_proposed_where_no_lines_load() -> None:
    """A shop's orders without their lines: the total is the order's own, mapped."""
    found = _proposed({"orders": pl.DataFrame(ORDERS)}, ["salesorder"])
    assert found["orders"]["Total Amount"] == "totalamount"


def test_an_orders_total_stays_unmapped_where_its_lines_load() -> None:
    """The same orders with their lines, each naming its order: Dynamics 365 computes the
    total from the lines, so the map leaves it, saying why."""
    from d365migrate.mapping.line_totals import COMPUTED_REASON, without_line_totals
    lines = {"Order No": ["SO-1", "SO-1", "SO-2", "SO-3", "SO-4"],
             "Product": ["Bolt", "Nut", "Bolt", "Washer", "Nut"],
             "Quantity": ["2", "5", "1", "10", "3"],
             "Unit Price": ["10.25", "20.00", "99.00", "1.525", "100.00"]}
    found = _proposed({"orders": pl.DataFrame(ORDERS), "order_lines": pl.DataFrame(lines)},
                      ["salesorder", "salesorderdetail"])
    assert found["order_lines"].get("Order No") == "salesorderid"
    assert "Total Amount" not in found["orders"]
    entries = [{"target": "salesorder", "source": "orders",
                "columns": [{"source": "Total", "target": "totalamount"},
                            {"source": "Name", "target": "name"}]},
               {"target": "salesorderdetail", "source": "lines",
                "lookups": [{"source": "Order", "target": "salesorderid"}]}]
    out = without_line_totals(entries)
    assert [c["target"] for c in out[0]["columns"]] == ["name"]
    assert out[0]["unmapped"] == ["Total"]
    assert out[0]["unmapped_reasons"]["Total"] == COMPUTED_REASON
    entries[1]["lookups"] = []  # lines that name no order: the total stays the order's
    entries[0]["columns"].append({"source": "Total", "target": "totalamount"})
    assert [c["target"] for c in without_line_totals(entries)[0]["columns"]] == \
        ["name", "totalamount"]


@pytest.mark.parametrize(("header", "table", "expected"), [
    ("Total", "salesorder", "totalamount"),        # Sylius' orders
    ("Grand Total", "quote", "totalamount"),
    ("Tax Total", "salesorder", "totaltax"),
    ("Amount", "opportunity", "estimatedvalue"),   # a deal's amount stays its value
])
def test_an_orders_total_is_read_by_its_usual_names(header: str, table: str,
                                                    expected: str) -> None:
    from d365migrate.mapping.accuracy import load_table_defs
    from d365migrate.mapping.suggest import suggest_columns
    root = Path(__file__).resolve().parents[1]
    defs = load_table_defs(root / "src" / "dataverse_emulator" / "data" / "tables")
    df = pl.DataFrame({"Name": ["A-1", "A-2", "A-3"], header: ["120.50", "99.00", "15.25"]})
    found = suggest_columns(df, defs[table], source_object=f"{table}s")
    assert found[header][0].target == expected


def test_the_report_lists_records_moved_without_a_refused_value(tmp_path) -> None:
    """A refused completion (incomplete/<table>.csv) is said as moved without the value, with
    a decision to take; it is never counted as not moved."""
    from d365migrate.report.sponsor import decisions, what_did_not_move
    from d365migrate.report.sponsor_facts import Facts, rows_not_moved
    from d365migrate.runfolder import RunFolder

    folder = RunFolder(tmp_path)
    path = folder.issues("incomplete", "salesorder")
    path.parent.mkdir(parents=True, exist_ok=True)
    pl.DataFrame([{"file": "orders.csv", "row": 3, "source_id": "O1", "column": "totalamount",
                   "value": None, "reason": "Dataverse refused it: 0x80044331 out of range"}]
                 ).write_csv(path)
    moved = rows_not_moved(folder, ["salesorder"])
    assert [(g["kind"], g["records"]) for g in moved] == [("incomplete", 1)]
    obj = {"unit": "salesorder", "name": "Orders", "source": 3, "moved": 3, "created": 3,
           "updated": 0, "verified": 2, "held_back": 0, "refused": 0, "left_out": 0,
           "close_failed": 0, "balanced": True}
    facts = Facts(status="succeeded", objects=[obj], not_moved=moved, balanced=True)
    html = what_did_not_move(facts)
    assert "Every record in the export moved." in html
    assert "Moved without a value" in html and "orders.csv, row 3" in html
    assert any("1 record moved without a value the org refused" in d
               for d in decisions(facts))
