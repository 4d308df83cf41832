"""A flat sales report end to end: Apache Superset's "Sales" example (2,823 order lines,
each carrying its order and its customer) loads as accounts, products, orders and order
lines, the first three made by decision from the lines' distinct CustomerName, ProductCode
and OrderNumber (``intake.records_from_values``), every line linked to its order and
product, every order to its customer, fulfilled, canceled or submitted as its decided
Status says, the customer's contact person a contact made of each different customer and
name; the report says the records were made, not read."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import polars as pl

from test_public_end_to_end import assert_true_counts, outcomes, run_public
from test_public_end_to_end_session12 import _product_catalogue


def _org(client: Any) -> None:
    """The org's unit group, and the price list its admin set up for the orders."""
    _product_catalogue(client)
    client.create("pricelevels", {"name": "Order system prices"})


def test_superset_sales_lines_with_their_made_customers_orders_and_products(
        tmp_path: Path) -> None:
    run_dir = run_public("superset-sales-data", tmp_path, _org)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"account": ("customers", 92, 92, 0, 0, 0),
                             "contact": ("contacts", 92, 92, 0, 0, 0),
                             "product": ("products", 109, 109, 0, 0, 0),
                             "salesorder": ("orders", 307, 307, 0, 0, 0),
                             "salesorderdetail": ("sales_data", 2823, 2823, 0, 0, 0)}
    accounts = pl.read_parquet(run_dir / "staged" / "account.parquet")
    toys = accounts.filter(pl.col("name") == "Land of Toys Inc.").to_dicts()[0]
    assert (toys["telephone1"], toys["address1_line1"], toys["address1_city"],
            toys["address1_country"]) == ("2125557818", "897 Long Airport Avenue", "NYC", "USA")
    # a contact is each different customer, last and first name: no keys decision needed
    contacts = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert contacts["__ref__parentcustomerid_account"].drop_nulls().len() == 92
    yu = contacts.filter(pl.col("lastname") == "Yu").to_dicts()[0]
    assert (yu["firstname"], yu["__ref__parentcustomerid_account"]) == (
        "Kwai", "Land of Toys Inc.")
    orders = pl.read_parquet(run_dir / "staged" / "salesorder.parquet")
    assert orders["__ref__customerid_account"].drop_nulls().len() == 307
    # each order's Status decided: fulfilled and canceled through their own actions
    # (the org refuses a plain update to those states), read back as decided
    assert dict(orders.group_by("statuscode").len().iter_rows()) == {
        100001: 290, 4: 4, 3: 6, 2: 7}
    rec = json.loads((run_dir / "reconciliation.json").read_text())["objects"]["salesorder"]
    assert (rec["closed"], rec["close_failed"]) == (300, 0)   # 290 + 4 + 6: not the 7 active
    first = orders.filter(pl.col("ordernumber") == "10107").to_dicts()[0]
    assert first["submitdate"].startswith("2003-02-24")
    products = pl.read_parquet(run_dir / "staged" / "product.parquet")
    assert products.filter(pl.col("productnumber") == "S10_1678")["price"].to_list() == [95.0]
    lines = pl.read_parquet(run_dir / "staged" / "salesorderdetail.parquet")
    assert lines["__ref__salesorderid"].drop_nulls().len() == 2823
    assert lines["__ref__productid"].drop_nulls().len() == 2823
    assert "salesorderdetailname" not in lines.columns   # decided: a line has no name
    inventory = json.loads((run_dir / "inventory.json").read_text())
    assert inventory["rows"] == 2823   # the export's rows; the made records apart
    assert sorted((m["column"], m["values"]) for m in inventory["made_from_values"]) == [
        ("CustomerName", 92), ("CustomerName, ContactLastName and ContactFirstName", 92),
        ("OrderNumber", 307), ("ProductCode", 109)]
    verification = json.loads((run_dir / "verification.json").read_text())
    assert verification["ok"]
    assert verification["tables"]["account"]["export_cells"]["mismatched"] == 0
    report = (run_dir / "report.html").read_text()
    assert "Brought to the state they have in the order system" in report
    # each state by its name in the org; 7 orders stay active
    assert "Orders: 300 (290 Fulfilled, 6 Submitted, 4 Canceled);" in report
    assert report.count("the export holds no file of them") == 4
    assert "for Accounts (companies), Contacts (people), Products, Orders, how many were " \
        "made" in report
    assert report.count("rows disagree on them") == 3
    assert ("one for each different combination of the CustomerName, ContactLastName and "
            "ContactFirstName columns, where a row fills them all, of sales_data.csv") in report
    assert "307 values written otherwise than plainly" in report  # M/D/YYYY dates
    # the lines' customer and order columns went with the made records: not "left out"
    assert "Order lines</td><td>Phone" not in report.replace("\n", "")
