"""keys387's public exports run end to end from their parameters files, decisions only
(issue 13): AbanteCart (abantecart/abantecart-src at c31db569, OSL-3.0; an open-source PHP
shop), the demo shop its installer loads (abantecart_sample_data.sql: 17 customers, 22
listed orders, 75 listed products, 10 brands) as its admin lists show them, headed by its own
admin labels in English, Spanish and Italian (tests/data/exports/abantecart-export-en, -es,
-it; SOURCE.md), on the branch-point engine 56e42778 (session 52, round Z4). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``).

One parametrized test over the three languages (``LANGS``: per language, the headers each
map entry reads). In every language the 17 customers load as contacts (the whole name as the
last name, e-mail, status, date added as the created-on date); 21 of the 22 orders load as
sales orders (number as the name, status except in Italian, date added as the submitted
date, total), each linked by decision to the customer whose name the order carries, on the
price list the org's admin set up (the test creates it); order 14 names 'Michael Neal', no
customer of the export (its customer 13 is Brock Wheeler now), and is held back. 65 of the
75 products load on the org's own default unit group and unit (name, model as the product
number, price, quantity, status); nine products have no model (Dynamics requires a product
number) and the shop's own test product's name is longer than 100 characters: those ten are
held back. One product's price is 'Call To Order' (in the language): the load clears it and
says so. Of the two disabled products one loads, closed as Retired (the other is the test
product held back); in en and es the orders' statuses close the shipped and completed ones
(3 loaded) as Fulfilled and the processing one as Submitted. Verification finds no column
differing.

The parameters decide: the customers file's kind (discovery names it accounts: the measured
miss), the keys (customer id, order id, product name: the model repeats and is empty in nine
rows), the order's name (its number), the customer link by name, the price list, the units,
whole-unit single products, the customers' and products' status options, in es the order
statuses (Pendiente, Tratamiento, Enviado, Completo: the English map's reading), in es and
it the order's date and the product's model (the measured misses), in it the order status
left unread (empty in every row: the Italian pack names no order status).

Totals are the order's amount in its own currency ('$33.47', '7.51€'): the list prints no
currency code, and the org's single price list takes them as written.

What is NOT read (left unmapped, by the engine or by decision), in every language:
- customers: the ID (the key only), the group ('Default'), approved, the orders count;
- orders: the order id (the key and the name), in it the status (empty);
- products: the SKU (the model is the product number);
- the brands file (manufacturers.csv): discovery names it unknown, not migrated, the
  inventory says why;
- no owner column (the fallback owner, no one queued).
"""

from __future__ import annotations

from collections import Counter
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

UNITS = {"defaultuomid", "defaultuomscheduleid"}
KINDS = {"customers": ("contact", {"contact": 17}), "orders": ("order", {"salesorder": 22}),
         "products": ("product", {"product": 75}), "manufacturers": ("unknown", {})}
#: the loaded orders' totals, newest order first (order 14 held back)
TOTALS = [33.47, 7.51, 189.74, 47.57, 112.67, 50.83, 36.9, 15.19, 30.21, 400.13, 311.04,
          21.0, 155.16, 352.0, 62.0, 175.77, 218.09, 686.09, 310.53, 246.0, 418.81]


def _lang(ident: str, name: str, email: str, status: str, added: str, order_id: str,
          order_name: str, order_status: str | None, order_date: str, total: str,
          product: str, model: str, price: str, qty: str, pstatus: str) -> dict[str, Any]:
    order = {"name": order_id, "submitdate": order_date, "totalamount": total}
    if order_status:
        order["statuscode"] = order_status
    return {
        "contact": {"lastname": name, "emailaddress1": email, "statuscode": status,
                    "overriddencreatedon": added},
        "salesorder": order,
        "product": {"name": product, "productnumber": model, "price": price,
                    "quantityonhand": qty, "statuscode": pstatus, "productstructure": None,
                    "quantitydecimal": None},
        "id": ident, "order_id": order_id, "order_name": order_name}


LANGS: dict[str, dict[str, Any]] = {
    "abantecart-export-en": _lang(
        "ID", "Customer Name", "E-Mail", "Status", "Date Added", "Order ID", "Customer Name",
        "Status", "Date Added", "Total", "Product Name", "Model", "Price", "Quantity",
        "Status"),
    "abantecart-export-es": _lang(
        "CARNÉ DE IDENTIDAD", "Nombre del cliente", "Correo electrónico", "Estado",
        "Fecha Alta", "Pedido ID", "Nombre cliente", "Estado", "Fecha alta", "Total",
        "Nombre del producto", "Modelo", "Precio", "Cantidad en stock", "Estado"),
    "abantecart-export-it": _lang(
        "ID", "Nome cliente", "E-mail", "Stato", "Data di inserimento", "ID ordine",
        "Nome cliente", None, "Data di inserimento", "Totale", "Nome del prodotto",
        "Modello", "Prezzo", "Quantità", "Stato"),
}


def _org(client: Any) -> None:
    """The org's default unit group and unit, and the price list its admin set up for the
    orders (Dynamics requires one)."""
    _product_catalogue(client)
    client.create("pricelevels", {"name": "AbanteCart prices"})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Each language run once (from its parameters file alone) for the tests below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


@pytest.mark.parametrize("name", list(LANGS))
def test_abantecart_customers_orders_and_products_load_in_three_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The customers load as contacts, the orders as sales orders of their customers, the
    products as products, as counted; what is held back is held back for its reason; the
    brands are not read; verification finds no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("customers", 17, 17, 0, 0, 0, 0),
        "salesorder": ("orders", 22, 21, 1, 0, 0, 0),
        "product": ("products", 75, 65, 10, 0, 0, 0)}
    assert out["product"]["cleared_fields"] == {"price": 1}
    assert (out["product"]["closed"], out["product"]["closed_as"]) == (1, {"Retired": 1})
    if lang["salesorder"].get("statuscode"):
        assert (out["salesorder"]["closed"], out["salesorder"]["closed_as"]) == (
            4, {"Submitted": 1, "Fulfilled": 3})
    else:
        assert out["salesorder"]["closed"] == 0
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS
    assert not files["manufacturers"]["migrated"]
    assert files["manufacturers"]["reason"].startswith("not migrated")

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "salesorder", "product"}
    for target, table in tables.items():
        assert {c["target"]: c["source"] for c in table.get("columns", [])} == lang[target]
        assert not table.get("owner")
        assert not table.get("unresolved_lookups")
    assert tables["contact"]["source_key"] == f"key({lang['id']})"
    assert tables["salesorder"]["source_key"] == f"key({lang['order_id']})"
    assert tables["product"]["source_key"] == f"key({lang['product']['name']})"
    assert not tables["contact"].get("lookups")
    assert {lk["target"]: (lk["table"], lk.get("source"), lk.get("by"))
            for lk in tables["salesorder"]["lookups"]} == {
        "customerid": ("contact", lang["order_name"], lang["contact"]["lastname"]),
        "pricelevelid": ("pricelevel", None, None)}
    assert {lk["target"] for lk in tables["product"]["lookups"]} == UNITS
    assert [(u["source"], u["kind"]) for u in mapping["unmatched_sources"]] == [
        ("manufacturers", "unknown")]

    quarantine = pl.read_csv(run_dir / "quarantine" / "product.csv", infer_schema=False)
    assert dict(Counter(quarantine["column"].to_list())) == {"name": 1, "productnumber": 9}
    held = pl.read_csv(run_dir / "quarantine" / "salesorder.csv", infer_schema=False)
    assert held["value"].to_list() == ["Michael Neal"]

    staged = run_dir / "staged"
    contacts = pl.read_parquet(staged / "contact.parquet").sort("__source_row")
    assert contacts["lastname"].to_list()[:3] == ["Elmer West", "Michelle Barnett",
                                                   "Randall Richards"]
    assert contacts["statuscode"].to_list() == [1] * 17
    assert contacts["overriddencreatedon"].to_list()[0] == "2022-06-28T08:11:49Z"
    orders = pl.read_parquet(staged / "salesorder.parquet").sort("__source_row")
    assert orders["totalamount"].to_list() == TOTALS
    assert orders["submitdate"].to_list()[0] == "2022-06-28T00:00:00Z"
    assert orders["name"].to_list()[:3] == ["23", "22", "21"]
    by_id = dict(zip(contacts["__source_id"], contacts["lastname"], strict=True))
    assert [by_id[r] for r in orders["__ref__customerid_contact"].to_list()[:3]] == [
        "Yuri Howard", "Elmer West", "Michelle Barnett"]
    products = pl.read_parquet(staged / "product.parquet").sort("__source_row")
    assert products.height == 65 and products["productnumber"].null_count() == 0
    assert products["productstructure"].to_list() == [1] * 65
    assert dict(Counter(products["statuscode"].to_list())) == {1: 64, 2: 1}

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(lang["contact"])
    assert set(verified["salesorder"]) == set(lang["salesorder"]) | {"customerid",
                                                                     "pricelevelid"}
    assert set(verified["product"]) == set(lang["product"]) | UNITS
    assert not any(n for cols in verified.values() for n in cols.values())
