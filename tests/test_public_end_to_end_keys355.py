"""keys355's public export run end to end from its parameters file, decisions only (issue
13): GrandNode (grandnode/grandnode2 at 22c554f0, GPL-3.0; open-source e-commerce on ASP.NET
Core and MongoDB), its install data (the registered admin customer John Smith of
InstallDataCustomersAndUsers.cs, the 48 sample products of InstallDataProducts.cs) as its
admin "Export to Excel" writes them (customers.xlsx, products.xlsx: one sheet each,
'Customer' and 'Product', headed by property names), English, the one language GrandNode
ships (tests/data/exports/grandnode-export-en; SOURCE.md), written on the branch-point
engine c8310d3c (session 50, round Y). Same harness as tests/test_public_end_to_end.py (the
shared runner ``runs_once``).

The customer loads as a contact (e-mail, first and last name; its other user-field columns
are empty: the install keeps the address on the Address record), the 48 products as
products on the org's own default unit group and unit (the test creates them first, as the
org's admin would): name, number, description, price, cost, stock, weight, structure, and
the two Derby County shirts as variants of the Derby County Kit (their parent product, by
GrandNode's id). Nothing is held back; verification finds no column differing. The
parameters decide: both keys (GrandNode's ids), the product number (GrandNode's id: the
sample products have no SKU, and Dynamics requires a number), the description (the full
one, not the teaser; the map left both), the structure (ProductType ids: 0 simple Product,
10 grouped Product Family, 30 bundled Product Bundle), whole-unit quantities, the units,
the customer's second street line on the first address (the map read it as a second
address's street: the measured miss), the country id left unread.

What the run reads: the customer's e-mail, first and last name, gender, street, second
street, postal code, city, phone and fax (the last seven empty); the products' name, id as
number, full description, price, cost, stock quantity, weight, type as structure, parent
(grouped) product.

What is NOT read (left unmapped by the engine, or by decision):
- customer: the id (the key), GUID, username, password, its format and salt, tax exemption,
  affiliate, vendor, active flag, company (an empty link to a parent account, left), the
  country id (by decision) and state id, VAT number and status;
- products: the other 92 columns: the shop-only settings (visibility, flags, brand,
  vendor, layout, SEO, reviews, published flag, MPN, GTIN, gift voucher, download,
  recurring, reservation, shipping, tax, inventory and order-quantity settings, old,
  catalogue and entered prices, base price, "new" marks, unit, dimensions, display orders,
  sales counter, categories, collections, pictures), SKU (empty; the number is the id, by
  decision) and the short description;
- no owner column (the fallback owner, no one queued).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

import openpyxl
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

NAME = "grandnode-export-en"
CONTACT_COLUMNS = {"emailaddress1": "Email", "firstname": "FirstName", "lastname": "LastName",
                   "gendercode": "Gender", "address1_line1": "StreetAddress",
                   "address1_line2": "StreetAddress2", "address1_postalcode": "ZipPostalCode",
                   "address1_city": "City", "telephone1": "Phone", "fax": "Fax"}
CUSTOMER_NOT_READ = {
    "CustomerId", "CustomerGuid", "Username", "Password", "PasswordFormatId", "PasswordSalt",
    "IsTaxExempt", "AffiliateId", "VendorId", "Active", "Company", "CountryId",
    "StateProvinceId", "VatNumber", "VatNumberStatusId"}
PRODUCT_COLUMNS = {"statecode": "Published",  # session 64: the product's published flag, its state
                   "name": "Name", "productnumber": "Id", "description": "FullDescription",
                   "price": "Price", "standardcost": "ProductCost",
                   "quantityonhand": "StockQuantity", "stockweight": "Weight",
                   "productstructure": "ProductTypeId", "quantitydecimal": None}
#: the product export's columns the run reads (the rest, but the key, are not read)
PRODUCT_READ = {"Id", "Name", "Published", "FullDescription", "Price", "ProductCost",
                "StockQuantity", "Weight", "ProductTypeId", "ParentGroupedProductId"}
#: products as staged: name, price, structure (first, the grouped, the bundles, the last)
PRODUCTS = {"Build your own computer": (1200.0, 1), "Derby County Kit": (129.99, 2),
            "Playstation 5 Kit": (259.0, 3),
            "Mi Smart Band 3i": (79.99, 1), "$100 Physical Gift voucher": (100.0, 1)}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone) for the test below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _product_catalogue))


def test_grandnode_customer_and_products_load(runs: Callable[[str], Path]) -> None:
    """The customer loads as a contact, the 48 products as products on the org's units (the
    variants under their grouped product), as counted, nothing held back; verification
    finds no column differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("Customer", 1, 1, 0, 0, 0, 0), "product": ("Product", 48, 48, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "Customer": ("contact", {"contact": 1}), "Product": ("product", {"product": 48})}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "product"}
    contact, product = tables["contact"], tables["product"]
    assert {c["target"]: c["source"] for c in contact["columns"]} == CONTACT_COLUMNS
    assert set(contact["unmapped"]) == CUSTOMER_NOT_READ
    assert contact["source_key"] == "key(CustomerId)"
    assert [(u["source"], u["target"]) for u in contact["unresolved_lookups"]] == [
        ("Company", "parentcustomerid")]
    assert {c["target"]: c["source"] for c in product["columns"]} == PRODUCT_COLUMNS
    assert product["source_key"] == "key(Id)"
    assert set(product["unmapped"]) | PRODUCT_READ == set(_product_header())
    assert not set(product["unmapped"]) & PRODUCT_READ
    assert {lk["target"]: (lk["table"], lk["source"]) for lk in product["lookups"]} == {
        "parentproductid": ("product", "ParentGroupedProductId"),
        "defaultuomid": ("uom", None), "defaultuomscheduleid": ("uomschedule", None)}
    structure = next(c for c in product["columns"] if c["target"] == "productstructure")
    assert structure["values"] == {"0": 1, "10": 2, "30": 3}
    for table in tables.values():
        assert not table.get("owner")
    assert not mapping.get("unmatched_sources")

    staged = run_dir / "staged"
    contacts = pl.read_parquet(staged / "contact.parquet").to_dicts()
    assert [(r["emailaddress1"], r["firstname"], r["lastname"]) for r in contacts] == [
        ("admin@yourstore.com", "John", "Smith")]
    for column in ("gendercode", "address1_line1", "address1_line2", "address1_postalcode",
                   "address1_city", "telephone1", "fax"):   # empty in the export
        assert contacts[0][column] is None
    products = pl.read_parquet(staged / "product.parquet").sort("__source_row")
    rows = {r["name"]: r for r in products.to_dicts()}
    assert products.height == 48
    # two products share a name in GrandNode's install data: the Derby County Home Shirt
    # alone (59) and as a bundle (15)
    assert len(rows) == 47
    assert sorted(products.filter(pl.col("name") == "Derby County Home Shirt")
                  .select("price", "productstructure").rows()) == [(15.0, 3), (59.0, 1)]
    assert {n: (rows[n]["price"], rows[n]["productstructure"]) for n in PRODUCTS} == PRODUCTS
    assert dict(Counter(products["productstructure"].to_list())) == {1: 45, 2: 1, 3: 2}
    assert products["productnumber"].str.len_chars().unique().to_list() == [24]
    assert set(products["quantityonhand"].to_list()) == {10000.0}
    assert set(products["standardcost"].to_list()) == {0.0}
    assert set(products["quantitydecimal"].to_list()) == {0}
    assert products["description"].is_null().sum() == 2    # the two variants have none
    # the two Derby County shirts are variants of the Derby County Kit (its GrandNode id)
    kit = rows["Derby County Kit"]["__source_id"]
    assert sorted(products.filter(pl.col("__ref__parentproductid").is_not_null())
                  .select("name", "__ref__parentproductid").rows()) == [
        ("Derby County Shirt - Away", kit), ("Derby County Shirt - Home", kit)]
    assert set(products["__via__defaultuomid"].to_list()) == {"existing"}

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(CONTACT_COLUMNS)
    assert set(verified["product"]) == set(PRODUCT_COLUMNS) | {
        "parentproductid", "defaultuomid", "defaultuomscheduleid"}
    assert not any(n for cols in verified.values() for n in cols.values())


def _product_header() -> list[str]:
    """The product export's header row, from the workbook itself."""
    path = Path(__file__).parent / "data" / "exports" / NAME / "products.xlsx"
    return list(next(openpyxl.load_workbook(path, read_only=True).active.values))
