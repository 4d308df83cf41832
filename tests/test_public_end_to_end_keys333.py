"""keys333's public exports run end to end from their parameters files, decisions only
(issue 13): Medusa (medusajs/medusa at 46ded00c, MIT; open-source headless commerce, its 1.x
line), the fixed records its export strategies' unit tests pin (Jest snapshots: two orders,
three product-variant lines) as its admin's CSV exports write them, the orders headed in
English, German, French and Spanish, the products in English
(tests/data/exports/medusa-export-en, -de, -fr, -es; SOURCE.md), written on the branch-point
engine 54005a21 (session 48, round V). Same harness as tests/test_public_end_to_end.py (the
shared runner ``runs_once``).

Since session 48 the orders' date (Date.toUTCString(): 'Tue, 01 Jan 2019 00:00:00 GMT', in
UTC) is read as the order's submit date in every language; held out it was unread.

One parametrized test over the four languages (``LANGS``: per language, the header each
order column the map reads comes from). In every language the two orders load as sales
orders (number and name the order number the admin shows, status, ship-to address, shipping,
discount, tax, total), under the org's account for the web shop's buyers and on the price
list the org's admin set up (the test creates both: Medusa exports no customers); the
completed order is closed as fulfilled; in English the three variant lines load as products
(number the variant id: the test's variants share one SKU; name, description, status Draft,
stock) on the org's default unit group and unit (the test creates them). Nothing is held
back and verification finds no column differing. The parameters decide every order column
the map reads (the engine reads the shipping address as the bill-to in de, fr and es, and
leaves shipping, discount and tax unread in some languages), the keys, the order status
(pending Pending, completed Complete; not the fulfillment status), the customer and price
list, and the product's number, name, family (none) and units. The orders' currency code
('usd', the org's base; 'eur', the euro the rehearsal org's admin added) binds each order to
the org's currency of that code.

What is NOT read (left unmapped), in every language:
- the orders' internal id (the key only), customer's first and last name, e-mail and id
  (no customers file: the account decided), Medusa region, fulfillment and payment
  status, subtotal, gift card and refunded totals;
- the products' id (their family), handle, subtitle, thumbnail, sizes, customs codes,
  material, collection, type, tags, discountable, external id, shipping profile, variant
  title, SKU (shared), barcode, backorder and inventory flags, variant sizes, the four
  prices, options and image (the product weight, empty, is read as the stock weight);
- no owner column (the fallback owner, no one queued).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl
import pytest
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    run_public,
    runs_once,
    verified_columns,
)
from test_public_end_to_end_session12 import _product_catalogue

#: the two orders as staged, every language (number and name, status, ship-to, amounts)
ORDERS = [
    {"ordernumber": "123", "name": "123", "statuscode": 2, "shipto_line1": "123 Main St",
     "shipto_line2": None, "shipto_city": "New York", "shipto_postalcode": "10001",
     "shipto_country": "US", "freightamount": 10.0, "discountamount": 0.0, "totaltax": 5.0,
     "totalamount": 25.0, "submitdate": "2019-01-01T00:00:00Z"},
    {"ordernumber": "124", "name": "124", "statuscode": 100001, "shipto_line1": "Hovedgaden 1",
     "shipto_line2": None, "shipto_city": "Copenhagen", "shipto_postalcode": "1150",
     "shipto_country": "DK", "freightamount": 10.0, "discountamount": 0.0, "totaltax": 0.0,
     "totalamount": 135.0, "submitdate": "2019-01-01T00:00:00Z"},
]
#: the order columns' Medusa fields (target: the export's English title)
ORDER_FIELDS = {"ordernumber": "Display_ID", "name": "Display_ID", "statuscode": "Order status",
                "shipto_line1": "Shipping Address 1", "shipto_line2": "Shipping Address 2",
                "shipto_city": "Shipping City", "shipto_postalcode": "Shipping Postal Code",
                "shipto_country": "Shipping Country Code", "freightamount": "Shipping Total",
                "discountamount": "Discount Total", "totaltax": "Tax Total",
                "totalamount": "Total", "submitdate": "Date"}
#: the products' columns the map reads (target: header) and their staged values
PRODUCT_COLS = {"productnumber": "Variant Id", "name": "Product Title",
                "description": "Product Description", "statuscode": "Product Status",
                "stockweight": "Product Weight", "quantityonhand": "Variant Inventory Quantity",
                "quantitydecimal": None}
PRODUCT_NUMBERS = ["product-export-strategy-variant-1", "product-export-strategy-variant-2",
                   "product-export-strategy-variant-3"]

# per language: each order field's header (the export title -> the admin's label), the key and
# the currency code's header
LANGS: dict[str, dict[str, Any]] = {
    "medusa-export-en": {"id": "Order_ID", "currency": "Currency Code",
                         "headers": {t: t for t in ORDER_FIELDS.values()}},
    "medusa-export-de": {"id": "Bestellungsnummer", "currency": "Währung", "headers": {
        "Display_ID": "Bestellung", "Order status": "Status", "Shipping Address 1": "Adresse 1",
        "Shipping Address 2": "Adresse 2", "Shipping City": "Stadt",
        "Shipping Postal Code": "Postleitzahl", "Shipping Country Code": "Land",
        "Shipping Total": "Versand", "Discount Total": "Rabatt", "Tax Total": "Steuer",
        "Date": "Datum hinzugefügt",
        "Total": "Gesamt"}},
    "medusa-export-fr": {"id": "ID de commande", "currency": "Devise", "headers": {
        "Display_ID": "Commande", "Order status": "Statut", "Shipping Address 1": "Adresse 1",
        "Shipping Address 2": "Adresse 2", "Shipping City": "Ville",
        "Shipping Postal Code": "Code postal", "Shipping Country Code": "Pays",
        "Shipping Total": "Livraison", "Discount Total": "Réduction", "Tax Total": "Taxe",
        "Date": "Date d'ajout",
        "Total": "Total"}},
    "medusa-export-es": {"id": "ID de Pedido", "currency": "Divisa", "headers": {
        "Display_ID": "Pedido", "Order status": "Estado", "Shipping Address 1": "Dirección 1",
        "Shipping Address 2": "Dirección 2", "Shipping City": "Ciudad",
        "Shipping Postal Code": "Código Postal", "Shipping Country Code": "País",
        "Shipping Total": "Envío", "Discount Total": "Descuento", "Tax Total": "Impuestos",
        "Date": "Fecha añadida",
        "Total": "Total"}},
}


def _org(client: Any) -> None:
    """What the org's admin set up: the price list, the account for the web shop's buyers,
    the default unit group and unit."""
    client.create("pricelevels", {"name": "Medusa prices"})
    client.create("accounts", {"name": "Medusa web shop"})
    _product_catalogue(client)


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Each language run once (from its parameters file alone) for the tests below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


@pytest.mark.parametrize("name", list(LANGS))
def test_medusa_orders_and_products_load_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The two orders load as sales orders under the web shop's account, the completed one
    closed as fulfilled; in English the three variant lines as products; nothing held back;
    records field by field; verification finds no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    english = name.endswith("-en")
    out = assert_true_counts(run_dir)
    want = {"salesorder": ("orders", 2, 2, 0, 0, 0, 0)}
    if english:
        want["product"] = ("products", 3, 3, 0, 0, 0, 0)
    assert outcomes(out, "unresolved_lookups") == want
    assert (out["salesorder"]["closed"], out["salesorder"]["closed_as"]) == (
        1, {"Fulfilled": 1})
    files = inventory_files(run_dir)
    kinds = {"orders": ("order", {"salesorder": 2})}
    if english:
        kinds["products"] = ("product", {"product": 3})
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == kinds

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == ({"salesorder", "product"} if english else {"salesorder"})
    order = tables["salesorder"]
    assert {c["target"]: c["source"] for c in order["columns"]} == {
        t: lang["headers"][f] for t, f in ORDER_FIELDS.items()}
    assert order["source_key"] == f"key({lang['id']})"
    assert not order.get("owner")                        # no owner column read
    assert {lk["target"]: (lk["table"], lk.get("source"),
                           lk["existing"].get("match", {}).get("name"))
            for lk in order["lookups"]} == {
        "customerid": ("account", None, "Medusa web shop"),
        "pricelevelid": ("pricelevel", None, "Medusa prices"),
        "transactioncurrencyid": ("transactioncurrency", lang["currency"], None)}
    # each order's currency code ('usd', 'eur') finds the org's currency of that code
    assert [lk["existing"] for lk in order["lookups"]
            if lk["target"] == "transactioncurrencyid"] == [
        {"table": "transactioncurrency", "by": "isocurrencycode"}]
    assert not order.get("unresolved_lookups")
    status = next(c for c in order["columns"] if c["target"] == "statuscode")
    assert status["values"] == {"pending": 2, "completed": 100001}

    staged = run_dir / "staged"
    orders = pl.read_parquet(staged / "salesorder.parquet").sort("__source_row").to_dicts()
    assert [{c: r[c] for c in ORDER_FIELDS} for r in orders] == ORDERS
    assert len({r["__source_id"] for r in orders}) == 2   # order_1, order_2: two keys
    assert [(r["__ref__transactioncurrencyid"], r["__via__transactioncurrencyid"])
            for r in orders] == [
        (f'existing:{{"match": {{"isocurrencycode": "{code}"}}, '
         '"table": "transactioncurrency"}', "existing") for code in ("USD", "EUR")]
    verified = verified_columns(run_dir)
    assert set(verified["salesorder"]) == set(ORDER_FIELDS) | {
        "customerid", "pricelevelid", "transactioncurrencyid"}

    if english:
        product = tables["product"]
        assert {c["target"]: c["source"] for c in product["columns"]} == PRODUCT_COLS
        assert product["source_key"] == "key(Variant Id)"
        assert {lk["target"] for lk in product["lookups"]} == {"defaultuomid",
                                                              "defaultuomscheduleid"}
        rows = pl.read_parquet(staged / "product.parquet").sort("__source_row").to_dicts()
        assert [(r["productnumber"], r["name"], r["statuscode"], r["quantityonhand"],
                 r["quantitydecimal"]) for r in rows] == [
            (n, "Test product", 0, 10, 0) for n in PRODUCT_NUMBERS]
        assert rows[0]["description"].splitlines()[-1] == "forth line"   # four lines kept
        assert set(verified["product"]) == set(PRODUCT_COLS) | {"defaultuomid",
                                                                "defaultuomscheduleid"}

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    assert not any(n for cols in verified.values() for n in cols.values())
