"""keys374's public exports run end to end from their parameters files, decisions only
(issue 13): Reaction Commerce (reactioncommerce/reaction at b04166dd, GPL-3.0, its
sample-data plugin Apache-2.0; open-source headless e-commerce on Node.js and GraphQL), its
sample-data plugin's catalogue (Products.json: 21 products, 47 variants and options) and the
two fixed addresses its integration tests write, as its admin's product table, variant
editor and address-book form show them, headed by its own labels in English, German, French
and Spanish (tests/data/exports/reaction-export-en, -de, -fr, -es; SOURCE.md), on the
branch-point engine 99edcc1e (session 51, round Z). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``).

One parametrized test over the four languages (``LANGS``: per language, the headers each map
entry reads). In every language the 21 products load as product families (each has
variants), the variants and options as products (two map entries of one table: 'product'
the products file, 'product_2' the variants), each linked to its family by Reaction's
product id, all on the org's own default unit group and unit (the test creates them, as the
org's admin would); the two addresses load as contacts (the whole name as the last name).
The 13 variants without a title of their own are held back (Dynamics requires a product's
name; the gate allows it by decision); nothing else is held back and verification finds no
column differing. The parameters decide every column read, the addresses file's kind
(discovery names it unknown), the contacts' key, the variants' name (the map reads the
product-id column as the name: the measured miss) and their link to their family, the
product structure, whole-unit quantities and the units, the tax description left unread as
a description (en).

What the run reads, in every language: the products' id (as the number: the sample has no
SKU), title, vendor, description and price; the variants' id (number), product (the family
link), title, price and weight; the addresses' whole name, street, suite, city, region,
postal code, country and phone.

What is NOT read (left unmapped, by the engine or by decision), in every language:
- products: the permalink, subtitle, origin country, visibility and the three share
  messages;
- variants: the attribute label, short title, compare-at price, length, width, height,
  taxable flag, tax code, tax description and origin country;
- addresses: the first name (by decision: the whole name is the last name) and the last
  name, the company (a name as text: the map proposes it as the contact's company, no record
  answers it, nothing is linked), the commercial flag and the two default-address flags;
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

#: the contacts as staged: last name (the whole name), city, postal code
CONTACTS = [("FName LName", "The city", "97878"), ("my full name", "Santa Monica", "94524")]
#: the variants held back (no title of their own), by Reaction's id
UNTITLED = ["qr5a6saFN23xD2Kr8", "sfnf4bXmDMiWFysq5", "KfYLHwoMrfJWyJMqG", "mZB2tnYRnJrxqZWee",
            "6htQnYHKqqPNDf6yR", "4w8kMXBLpKvz9xYFS", "ymjmx6wMcu7fB3Mvb", "dCtii9N4iA6YLcEgK",
            "7KxD39Am8L7WDy6sB", "JPEwhpFG5McpKKLjx", "Zv5PMxPrQoXK9Nbke", "5z9yubahxQZqLCPQH",
            "Pxst6whaZuaEDbxZW"]
UNITS = {"defaultuomid", "defaultuomscheduleid"}


def _headers(product: list[str], variant: list[str], address: list[str]
             ) -> dict[str, Any]:
    """Each map entry's columns (target: header) from the files' headers in file order."""
    return {
        "product": {"productnumber": product[0], "name": product[1], "vendorname": product[4],
                    "description": product[5], "price": product[7],
                    "productstructure": None, "quantitydecimal": None},
        "product_2": {"productnumber": variant[0], "name": variant[2], "price": variant[5],
                      "stockweight": variant[7], "quantitydecimal": None},
        "contact": {"lastname": address[0], "address1_line1": address[4],
                    "address1_line2": address[5], "address1_city": address[6],
                    "address1_stateorprovince": address[7], "address1_postalcode": address[8],
                    "address1_country": address[9], "telephone1": address[10]},
        "family": variant[1], "company": address[3]}


# per language: the headers of products.csv, variants.csv and addresses.csv in file order
LANGS: dict[str, dict[str, Any]] = {
    "reaction-export-en": _headers(
        ["ID", "Title", "Permalink", "Subtitle", "Vendor", "Description", "Origin country",
         "Price"],
        ["ID", "Product", "Title", "Attribute label", "Short title", "Price",
         "Compare at price", "Weight"],
        ["Full name", "First name", "Last name", "Company Name", "Street",
         "Suite, P.O. Box etc (optional)", "City", "Region", "Postal", "Country", "Phone"]),
    "reaction-export-de": _headers(
        ["ID", "Produkttitle", "Permalink", "Produkt Seitentitel", "Hersteller",
         "Produktbeschreibung hinzufügen", "Herkunftsland", "Price"],
        ["ID", "Product", "Label", "Attribute label", "Option", "Preis", "Preis (UVP)",
         "Gewicht"],
        ["Vor- und Zuname", "Vorname", "Nachname", "Company Name", "Street",
         "Suite, P.O. Box etc (optional)", "Stadt", "Bundesland", "Postleitzahl", "Land",
         "Telefonnummer"]),
    "reaction-export-fr": _headers(
        ["ID", "Titre", "Permalien", "Sous-titre", "Vendeur", "Description", "Pays d'origine",
         "Price"],
        ["ID", "Product", "Balise", "Attribute label", "Option", "Prix", "Prix (PVC)",
         "Poids"],
        ["Nom complet", "Prénom", "Nom de famille", "Company Name", "Street",
         "Suite, P.O. Box etc (optional)", "Ville", "Région", "Code postal", "Pays",
         "Téléphone"]),
    "reaction-export-es": _headers(
        ["ID", "Título", "Permalink", "Subtítulo", "Proveedor", "Descripción",
         "País de origen", "Precio"],
        ["ID", "Producto", "Título", "Etiqueta de atributo", "Título corto", "Precio",
         "Precio (sugerido por el fabricante)", "Peso"],
        ["Nombre completo", "Nombre", "Apellido", "Nombre de empresa", "Calle",
         "Suite, casillero, etc (opcional)", "Ciudad", "Región", "Postal", "País",
         "Teléfono"]),
}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Each language run once (from its parameters file alone) for the tests below, the
    org's default unit group and unit made first."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _product_catalogue))


@pytest.mark.parametrize("name", list(LANGS))
def test_reaction_catalogue_and_addresses_load_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The products load as families, the titled variants as their products, the addresses
    as contacts; the untitled variants held back; verification finds no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("addresses", 2, 2, 0, 0, 0, 0), "product": ("products", 21, 21, 0, 0, 0, 0),
        "product_2": ("variants", 47, 34, 13, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "addresses": ("contact", {"contact": 2}), "products": ("product", {"product": 21}),
        "variants": ("product", {"product_2": 47})}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t.get("name") or t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "product", "product_2"}
    assert not mapping.get("unmatched_sources")
    for entry in ("contact", "product", "product_2"):
        assert {c["target"]: c["source"] for c in tables[entry]["columns"]} == lang[entry]
        assert not tables[entry].get("owner")
    assert tables["contact"]["source_key"] == f"key({lang['contact']['lastname']})"
    assert tables["product"]["source_key"] == tables["product_2"]["source_key"] == "ID"
    assert not tables["contact"].get("lookups")
    # the company is a name as text: the map proposes it as the contact's company, no record
    # of the export answers it, nothing is linked
    assert [(u["source"], u["target"]) for u in tables["contact"]["unresolved_lookups"]] == [
        (lang["company"], "parentcustomerid")]
    assert {lk["target"] for lk in tables["product"]["lookups"]} == UNITS
    assert {lk["target"]: lk.get("source") for lk in tables["product_2"]["lookups"]} == {
        "defaultuomid": None, "defaultuomscheduleid": None, "parentproductid": lang["family"]}

    staged = run_dir / "staged"
    contacts = pl.read_parquet(staged / "contact.parquet").sort("__source_row")
    assert contacts.select("lastname", "address1_city",
                           "address1_postalcode").rows() == CONTACTS
    assert not any(c.startswith("__ref__") for c in contacts.columns)   # linked to nothing
    products = pl.read_parquet(staged / "product.parquet").sort("__source_row")
    assert products.height == 21 and products["productstructure"].to_list() == [2] * 21
    assert products["name"].null_count() == 0
    assert products["vendorname"].null_count() == 1   # one sample product names no vendor
    variants = pl.read_parquet(staged / "product_2.parquet").sort("__source_row")
    assert variants.height == 34 and variants["name"].null_count() == 0
    # every loaded variant names its family by Reaction's product id, one of the 21
    assert variants["__ref__parentproductid"].null_count() == 0
    assert set(variants["__ref__parentproductid"].to_list()) <= set(
        products["productnumber"].to_list())
    held = pl.read_csv(run_dir / "quarantine" / "product_2.csv", infer_schema=False)
    assert [s.split(":", 1)[1] for s in held["source_id"].to_list()] == UNTITLED
    assert set(held["column"].to_list()) == {"name"}

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(lang["contact"])
    assert set(verified["product"]) == set(lang["product"]) | UNITS
    assert set(verified["product_2"]) == set(lang["product_2"]) | UNITS | {"parentproductid"}
    assert not any(n for cols in verified.values() for n in cols.values())
