"""keys406's public exports run end to end from their parameters files, decisions only
(issue 13): Lunar (lunarphp/lunar at ca559aa4, MIT; open-source Laravel e-commerce with a
Filament admin panel), its demo store's records (lunarphp/livewire-starter-kit at 9698b630:
100 customers and 201 orders from Lunar's own model factories, Faker with a fixed seed; the
13 products of products.json) as the admin panel's lists show them, headed by Lunar's labels
in English, German, French and Spanish (tests/data/exports/lunar-export-en, -de, -fr, -es;
SOURCE.md), on the branch-point engine 61abbabc (session 53, round Z6). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``).

One parametrized test over the four languages (``LANGS``: per language, the header each map
entry reads). In every language the 100 customers load as contacts (title as salutation,
first and last name), keyed by first and last name (the list has no id); the 50 companies
they name are made accounts, by decision, and each such customer is linked to its company;
the 201 orders load as sales orders (number and name the reference, bill-to name, postcode
and phone, total, status 'Payment Received' as In Progress, closed as Submitted) under the
org's account for the web shop's buyers and on the price list its admin set up; the 13
products load as products (name, SKU as the number, stock, 'Published' as Active) on the
org's default unit group and unit (the test creates the account, price list and units).
Nothing is held back or cleared and verification finds no column differing. The totals,
written in each locale's money format ('$3,538.37', '3.538,37 $', '3 538,37 $US',
'3.538,37 US$'), stage as the same amounts in every language.

The parameters decide the keys, the companies made accounts and the link to them, the
order's number and name (the engine maps the reference as the number in English only), the
bill-to name (the billing address's name the list shows), the order and product statuses,
the order's customer and price list, the products' units and whole quantities, in German the
stock ('Bestand', the measured miss), and the order's date: in English read by the date
format 'M j, Y H:i:s' ('%b %d, %Y %H:%M:%S', without which all 201 dates are cleared as not
dates), in German, French and Spanish left unread (the month is the language's name: 'Juni',
'juin', 'jun').

What is NOT read (left unmapped), in every language:
- customers: the tax identifier (no tax id column);
- orders: the customer type (New / Returning) and the billing e-mail (no order column); the
  date in de, fr and es (above);
- products: the brand and the product type ('Stock');
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

#: the first order as staged, every language (the date in English only)
FIRST_ORDER = {"ordernumber": "2025-01-0001", "name": "2025-01-0001",
               "billto_name": "Dr. Reba Blanda", "billto_postalcode": "54864-0520",
               "billto_telephone": "(312) 544-3603", "totalamount": 3538.37, "statuscode": 3}
SKUS = ["AIRJ-70", "CONV-70", "CU4495-410", "CZ8281-234", "DA8698-001", "DH9320-657",
        "DJ4661-010", "DR0141-001", "HOOD-123", "LEV-856", "NICCE-50", "NIKE-FOO-50",
        "SLTRCK-70"]
TITLES = {"Dr.": 28, "Prof.": 26, "Mr.": 19, "Mrs.": 14, "Miss": 7, "Ms.": 6}
KINDS = {"customers": ("contact", {"contact": 100}), "orders": ("order", {"salesorder": 201}),
         "products": ("product", {"product": 13})}

# per language: the header each map entry reads (target: header)
LANGS: dict[str, dict[str, Any]] = {
    "lunar-export-en": {
        "account": {"name": "Company Name"},
        "contact": {"salutation": "Title", "firstname": "First Name", "lastname": "Last Name"},
        "salesorder": {"ordernumber": "Reference", "name": "Reference",
                       "billto_name": "Customer", "billto_postalcode": "Postcode",
                       "billto_telephone": "Phone", "totalamount": "Total",
                       "statuscode": "Status", "submitdate": "Date"},
        "product": {"name": "Name", "productnumber": "SKU", "quantityonhand": "Stock",
                    "statuscode": "Status", "quantitydecimal": None}},
    "lunar-export-de": {
        "account": {"name": "Firmenname"},
        "contact": {"salutation": "Titel", "firstname": "Vorname", "lastname": "Nachname"},
        "salesorder": {"ordernumber": "Referenz", "name": "Referenz", "billto_name": "Kunde",
                       "billto_postalcode": "Postleitzahl", "billto_telephone": "Telefon",
                       "totalamount": "Gesamt", "statuscode": "Status"},
        "product": {"name": "Name", "productnumber": "SKU", "quantityonhand": "Bestand",
                    "statuscode": "Status", "quantitydecimal": None}},
    "lunar-export-fr": {
        "account": {"name": "Nom de la société"},
        "contact": {"salutation": "Titre", "firstname": "Prénom", "lastname": "Nom"},
        "salesorder": {"ordernumber": "Référence", "name": "Référence", "billto_name": "Client",
                       "billto_postalcode": "Code postal", "billto_telephone": "Téléphone",
                       "totalamount": "Total", "statuscode": "Statut"},
        "product": {"name": "Nom", "productnumber": "SKU", "quantityonhand": "Stock",
                    "statuscode": "Statut", "quantitydecimal": None}},
    "lunar-export-es": {
        "account": {"name": "Nombre de la Empresa"},
        "contact": {"salutation": "Título", "firstname": "Nombre", "lastname": "Apellido"},
        "salesorder": {"ordernumber": "Referencia", "name": "Referencia",
                       "billto_name": "Cliente", "billto_postalcode": "Código Postal",
                       "billto_telephone": "Teléfono", "totalamount": "Total",
                       "statuscode": "Estado"},
        "product": {"name": "Nombre", "productnumber": "SKU", "quantityonhand": "Stock",
                    "statuscode": "Estado", "quantitydecimal": None}},
}


def _org(client: Any) -> None:
    """What the org's admin set up: the price list, the account for the web shop's buyers,
    the default unit group and unit."""
    client.create("pricelevels", {"name": "Lunar prices"})
    client.create("accounts", {"name": "Lunar web shop"})
    _product_catalogue(client)


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Each language run once (from its parameters file alone) for the tests below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


@pytest.mark.parametrize("name", list(LANGS))
def test_lunar_customers_orders_and_products_load_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The customers load as contacts linked to the companies made accounts, the orders as
    sales orders under the web shop's account (closed as Submitted), the products as
    products; nothing held back or cleared; verification finds no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    english = name.endswith("-en")
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "account": ("companies", 50, 50, 0, 0, 0, 0),
        "contact": ("customers", 100, 100, 0, 0, 0, 0),
        "salesorder": ("orders", 201, 201, 0, 0, 0, 0),
        "product": ("products", 13, 13, 0, 0, 0, 0)}
    assert (out["salesorder"]["closed"], out["salesorder"]["closed_as"]) == (
        201, {"Submitted": 201})
    assert all(o["cleared"] == 0 for o in out.values())
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "contact", "salesorder", "product"}
    for table, cols in lang.items():
        assert {c["target"]: c.get("source") for c in tables[table]["columns"]} == cols, table
        assert not tables[table].get("owner")                 # no owner column read
        assert not tables[table].get("unresolved_lookups")
    assert tables["contact"]["source_key"] == (
        f"key({lang['contact']['firstname']}+{lang['contact']['lastname']})")
    assert tables["salesorder"]["source_key"] == f"key({lang['salesorder']['ordernumber']})"
    assert tables["product"]["source_key"] == "key(SKU)"
    assert {lk["target"]: (lk["table"], lk.get("source"))
            for lk in tables["contact"]["lookups"]} == {
        "parentcustomerid": ("account", lang["account"]["name"])}
    assert {lk["target"]: (lk["table"], lk["existing"]["match"]["name"])
            for lk in tables["salesorder"]["lookups"]} == {
        "customerid": ("account", "Lunar web shop"),
        "pricelevelid": ("pricelevel", "Lunar prices")}
    assert {lk["target"] for lk in tables["product"]["lookups"]} == {
        "defaultuomid", "defaultuomscheduleid"}
    assert not mapping.get("unmatched_sources")

    staged = run_dir / "staged"
    contacts = pl.read_parquet(staged / "contact.parquet").sort("__source_row")
    assert contacts.height == 100
    assert dict(Counter(contacts["salutation"].to_list())) == TITLES
    assert contacts["__ref__parentcustomerid_account"].is_not_null().sum() == 50
    first = contacts.row(0, named=True)
    assert (first["salutation"], first["firstname"], first["lastname"],
            first["__ref__parentcustomerid_account"]) == ("Dr.", "Marcelle", "Hudson",
                                                          "Trantow PLC")
    orders = pl.read_parquet(staged / "salesorder.parquet").sort("__source_row")
    row = orders.row(0, named=True)
    assert {c: row[c] for c in FIRST_ORDER} == FIRST_ORDER
    assert orders["ordernumber"].to_list() == [f"2025-01-{n:04d}" for n in range(1, 202)]
    assert round(orders["totalamount"].sum(), 2) == 992038.34   # every locale's money read
    assert orders["totalamount"].is_null().sum() == 0
    assert orders["billto_telephone"].is_not_null().sum() == 119
    assert set(orders["statuscode"].to_list()) == {3}
    if english:   # read by the decided date format, every one
        assert row["submitdate"] == "2024-06-21T17:55:44Z"
        assert orders["submitdate"].is_null().sum() == 0
    else:
        assert "submitdate" not in orders.columns
    products = pl.read_parquet(staged / "product.parquet").sort("__source_row")
    assert sorted(products["productnumber"].to_list()) == SKUS
    assert products["quantityonhand"].sum() == 28000     # 500 per variant
    assert set(products["statuscode"].to_list()) == {1}
    assert set(products["quantitydecimal"].to_list()) == {0}

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified["account"]) == {"name"}
    assert set(verified["contact"]) == set(lang["contact"]) | {"parentcustomerid"}
    assert set(verified["salesorder"]) == set(lang["salesorder"]) | {"customerid",
                                                                     "pricelevelid"}
    assert set(verified["product"]) == set(lang["product"]) | {"defaultuomid",
                                                               "defaultuomscheduleid"}
    assert not any(n for cols in verified.values() for n in cols.values())
