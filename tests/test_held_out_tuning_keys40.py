"""General rules from keys40's held-out shop exports (PrestaShop, WooCommerce, Vendure,
Bagisto), each on made-up data: a line's product quantity, a product's wholesale price
(its cost), its stock on hand, its parent by SKU, an 'in stock' flag that is no count, a
regular price beside a sale price, and an order's current state."""

from __future__ import annotations

import polars as pl

from d365migrate.mapping.suggest import suggest_columns, suggest_columns_why
from tuning_support import DEFS
from tuning_support import top as _top


def test_a_lines_product_quantity_is_its_quantity() -> None:
    lines = pl.DataFrame({"order_id": ["1", "1", "2", "3", "3"],
                          "product_id": ["Mug", "Cap", "Mug", "Pen", "Cap"],
                          "product_quantity": ["1", "1", "2", "1", "4"]})
    sugg = suggest_columns(lines, DEFS["salesorderdetail"], source_object="order_lines")
    assert _top(sugg, "product_quantity") == "quantity"


def test_a_products_wholesale_price_is_its_cost_and_its_price_stays_the_price() -> None:
    goods = pl.DataFrame({"name": ["Mug", "Cap", "Pen"], "reference": ["M1", "C1", "P1"],
                          "price": ["11.90", "18.00", "2.50"],
                          "wholesale_price": ["5.49", "7.10", "0.80"]})
    sugg = suggest_columns(goods, DEFS["product"], source_object="products")
    assert _top(sugg, "wholesale_price") == "currentcost"
    assert _top(sugg, "price") == "price"


def test_stock_on_hand_is_the_quantity_on_hand() -> None:
    goods = pl.DataFrame({"name": ["Laptop", "Tablet"], "sku": ["L1", "T1"],
                          "price": ["1299.00", "329.00"], "stockOnHand": ["100", "40"]})
    sugg = suggest_columns(goods, DEFS["product"], source_object="products")
    assert _top(sugg, "stockOnHand") == "quantityonhand"


def test_a_variants_parent_sku_is_its_parent_product() -> None:
    goods = pl.DataFrame({"sku": ["J-1", "J-1-S", "J-1-M"], "parent_sku": ["", "J-1", "J-1"],
                          "name": ["Jacket", "Jacket S", "Jacket M"],
                          "price": ["", "40", "42"]})
    sugg = suggest_columns(goods, DEFS["product"], source_object="products")
    assert _top(sugg, "parent_sku") == "parentproductid"


def test_an_in_stock_flag_is_no_count_and_the_stock_column_is() -> None:
    goods = pl.DataFrame({"SKU": ["a", "b", "c", "d"], "Name": ["A", "B", "C", "D"],
                          "In stock?": ["1", "1", "0", "1"], "Stock": ["12", "3", "0", "7"]})
    sugg, why = suggest_columns_why(goods, DEFS["product"], source_object="products")
    assert _top(sugg, "In stock?") is None
    assert _top(sugg, "Stock") == "quantityonhand"
    # alone, too: a yes/no availability takes no count
    alone, _ = suggest_columns_why(goods.drop("Stock"), DEFS["product"],
                                   source_object="products")
    assert _top(alone, "In stock?") is None


def test_a_regular_price_beside_a_sale_price_is_the_price() -> None:
    # WooCommerce's export: the sale price only where a product is on sale
    goods = pl.DataFrame({"SKU": ["a", "b", "c", "d", "e"], "Name": ["A", "B", "C", "D", "E"],
                          "Sale price": ["", "16", "", "", "55"],
                          "Regular price": ["18", "20", "45", "90", "65"]})
    sugg = suggest_columns(goods, DEFS["product"], source_object="products")
    assert _top(sugg, "Regular price") == "price"
    assert _top(sugg, "Sale price") != "price"


def test_an_orders_current_state_is_its_status() -> None:
    orders = pl.DataFrame({"reference": ["XKB", "OHS", "UOY"],
                           "current_state": ["Shipped", "Canceled", "Awaiting payment"]})
    sugg = suggest_columns(orders, DEFS["salesorder"], source_object="orders")
    assert _top(sugg, "current_state") == "statuscode"
