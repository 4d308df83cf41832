"""keys369's public exports run end to end from their parameters files, decisions only
(issue 13): Smartstore (smartstore/Smartstore at 087de664, AGPL-3.0; open-source e-commerce
on ASP.NET Core, a nopCommerce descendant), the records its installer creates (the admin
customer John Smith and the four built-in system accounts, the admin's address, the 69
sample products of InvariantSeedData.Products.cs) as its admin customer list, address form
and product list show them, headed by its own labels in English and German, the two it ships
(tests/data/exports/smartstore-export-en, -de; SOURCE.md), on the branch-point engine
99edcc1e (session 51, round Z). Same harness as tests/test_public_end_to_end.py (the shared
runner ``runs_once``).

One parametrized test over the two languages (``LANGS``: per language, the headers each map
entry reads and the key). In both the admin customer loads as a contact (e-mail, the whole
name in the last name, the creation date); the four system accounts (role Guests) are left
out by decision; the 69 products load as products on the org's own default unit group and
unit (the test creates them first, as the org's admin would): name, SKU as the product
number, price, stock. Nothing is held back; verification finds no column differing. The
parameters decide: the customers file's kind (contact: discovery named it accounts, the
measured miss), the address file left in Smartstore (unknown: the admin's own address), both
keys (the e-mail, the SKU), the system accounts skipped, whole-unit quantities, the units.
German prices ('2.199,00') and stock ('10.000') stage the same numbers as English.

What the run reads, in both languages: the customer's e-mail, name (as the last name) and
created date; the products' name, SKU, price and stock quantity.

What is NOT read (left unmapped by the engine), in both languages:
- customers: the user name, the roles (read only to skip the system accounts), the active
  flag, the last activity; the company (an empty link to a parent account, left);
- products: the delivery time, the updated date (the published flag is the product's
  state since session 64);
- the address file: not moved (by decision);
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

#: products as staged: name -> (SKU, price), the first, a furniture piece, a golf ball
PRODUCTS = {"COOGEE LOW M": ("Wolfskin-4032541", 69.9),
            "Eero Aarnio Ball Chair (1966)": ("Furniture-ball-chair", 2199.0),
            "Titleist Pro V1x": ("P-7001", 2.1)}

# per language: the headers each map entry reads (target: header), the columns left unread
# (since session 52 the customers' active flag is read as the contact's state; since
# session 64 a product's 'Published' is its state too: published Active, else Retired)
LANGS: dict[str, dict[str, Any]] = {
    "smartstore-export-en": {
        "contact": {"emailaddress1": "Email", "lastname": "Name",
                    "overriddencreatedon": "Created on", "statecode": "Active"},
        "contact_unread": {"Username", "Customer roles", "Company name", "Last activity"},
        "company": "Company name", "contact_key": "Email",
        "product": {"name": "Product name", "productnumber": "SKU", "price": "Price",
                    "quantityonhand": "Stock quantity", "quantitydecimal": None,
                    "statecode": "Published"},
        "product_unread": {"Delivery time", "Updated on"},
        "product_key": "SKU"},
    "smartstore-export-de": {
        "contact": {"emailaddress1": "E-Mail", "lastname": "Kundenname",
                    "overriddencreatedon": "Erstellt am", "statecode": "Aktiviert"},
        "contact_unread": {"Benutzername", "Kundengruppen", "Firma", "Zuletzt aktiv am"},
        "company": "Firma", "contact_key": "E-Mail",
        "product": {"name": "Name", "productnumber": "Produktnummer (SKU)", "price": "Preis",
                    "quantityonhand": "Lagerbestand", "quantitydecimal": None,
                    "statecode": "Veröffentlicht"},
        "product_unread": {"Lieferzeit", "Geändert am"},
        "product_key": "Produktnummer (SKU)"},
}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Each export run once (from its parameters file alone) for the test below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _product_catalogue))


@pytest.mark.parametrize("name", list(LANGS))
def test_smartstore_customer_and_products_load_in_two_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The admin customer loads as a contact (the system accounts left out), the 69 products
    as products on the org's units, as counted, nothing held back; the address file not
    moved; verification finds no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("customers", 5, 1, 0, 4, 0, 0),
        "product": ("products", 69, 69, 0, 0, 0, 0)}
    assert [r["rows"] for r in out["contact"]["skipped_reasons"]] == [4]
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "addresses": ("unknown", {}), "customers": ("contact", {"contact": 5}),
        "products": ("product", {"product": 69})}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "product"}
    contact, product = tables["contact"], tables["product"]
    assert {c["target"]: c["source"] for c in contact["columns"]} == lang["contact"]
    assert set(contact["unmapped"]) == lang["contact_unread"]
    assert contact["source_key"] == f"key({lang['contact_key']})"
    assert [(u["source"], u["target"]) for u in contact["unresolved_lookups"]] == [
        (lang["company"], "parentcustomerid")]
    assert {c["target"]: c["source"] for c in product["columns"]} == lang["product"]
    assert set(product["unmapped"]) == lang["product_unread"]
    assert product["source_key"] == f"key({lang['product_key']})"
    assert {lk["target"]: (lk["table"], lk["source"]) for lk in product["lookups"]} == {
        "defaultuomid": ("uom", None), "defaultuomscheduleid": ("uomschedule", None)}
    for table in tables.values():
        assert not table.get("owner")
    assert [(u["source"], u["kind"]) for u in mapping["unmatched_sources"]] == [
        ("addresses", "unknown")]

    staged = run_dir / "staged"
    contacts = pl.read_parquet(staged / "contact.parquet").to_dicts()
    assert [(r["emailaddress1"], r["lastname"], r["overriddencreatedon"]) for r in contacts] == [
        ("admin@myshop.com", "John Smith", "2024-01-01T00:00:00Z")]
    products = pl.read_parquet(staged / "product.parquet").sort("__source_row")
    assert products.height == 69
    rows = {r["name"]: r for r in products.to_dicts()}
    assert {n: (rows[n]["productnumber"], rows[n]["price"]) for n in PRODUCTS} == PRODUCTS
    assert products["productnumber"].n_unique() == 69
    assert round(products["price"].sum(), 2) == 51213.73
    assert set(products["quantityonhand"].to_list()) == {10000.0}
    assert set(products["quantitydecimal"].to_list()) == {0}
    assert set(products["__via__defaultuomid"].to_list()) == {"existing"}

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(lang["contact"])
    assert set(verified["product"]) == set(lang["product"]) | {
        "defaultuomid", "defaultuomscheduleid"}
    assert not any(n for cols in verified.values() for n in cols.values())
