"""keys61's general rules (issue 13): an analyst's sales data sets (Maven Analytics' CRM +
Sales + Opportunities, Superset's flat sales report) in their own words."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.lookalikes import order_line_columns
from d365migrate.intake.read import Export


def test_an_orders_file_with_a_line_number_quantity_and_price_is_order_lines() -> None:
    cols = {"ordernumber", "orderlinenumber", "quantityordered", "priceeach", "orderdate"}
    assert order_line_columns(cols) == ["orderlinenumber", "quantityordered", "priceeach"]
    # an order's own file: a number, a date, a total, no line number
    assert order_line_columns({"ordernumber", "orderdate", "totalamount", "status"}) == []
    frame = pl.DataFrame({"OrderNumber": ["10107", "10107"], "OrderLineNumber": ["1", "2"],
                          "QuantityOrdered": ["30", "34"], "PriceEach": ["95.7", "81.35"],
                          "OrderDate": ["2/24/2003", "2/24/2003"], "Status": ["Shipped"] * 2,
                          "ProductCode": ["S10_1678", "S10_1949"]})
    found = discover(Export(Path("."), {"sales_report": frame}))
    assert [o.name for o in found.objects] == ["order_line"]


def test_a_parent_company_a_deals_close_value_and_an_order_lines_words() -> None:
    from d365migrate.mapping.suggest import suggest_columns
    from test_public_exports import DATA, EMULATOR_TABLES, load_table_defs
    defs = {**load_table_defs(EMULATOR_TABLES), **load_table_defs(DATA / "tables")}

    def top(frame: pl.DataFrame, table: str) -> dict[str, str | None]:
        sugg = suggest_columns(frame, defs[table], source_object="x")
        return {c: (sugg.get(c) or [None])[0] and sugg[c][0].target for c in frame.columns}

    accounts = pl.DataFrame({"account": ["Acme", "Beta"], "subsidiary_of": ["", "Acme"]})
    assert top(accounts, "account") == {"account": "name", "subsidiary_of": "parentaccountid"}
    # beside a column that says the name, 'Account' is no name
    named = pl.DataFrame({"Account": ["a1", "a2"], "Account Name": ["Acme", "Beta"]})
    assert top(named, "account")["Account Name"] == "name"
    deals = pl.DataFrame({"close_date": ["2017-03-01"], "close_value": ["1054"]})
    assert top(deals, "opportunity")["close_value"] == "estimatedvalue"
    lines = pl.DataFrame({"OrderNumber": ["10107"], "QuantityOrdered": ["30"],
                          "PriceEach": ["95.7"], "OrderLineNumber": ["2"],
                          "ProductCode": ["S10_1678"]})
    assert top(lines, "salesorderdetail") == {
        "OrderNumber": "salesorderid", "QuantityOrdered": "quantity",
        "PriceEach": "priceperunit", "OrderLineNumber": "lineitemnumber",
        "ProductCode": "productid"}
