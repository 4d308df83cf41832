"""keys414's public exports run end to end from their parameters files, decisions only
(issue 13): OpenBoxes (openboxes/openboxes at 03548ddc, EPL-1.0; open-source supply-chain
and inventory management for health facilities), the demo records its configuration wizard
loads into a new instance (18 locations, 8 persons and 4 users, 57 products) as its location
export, person list and product export write them, headed by OpenBoxes' labels in English,
French and Spanish (tests/data/exports/openboxes-export-en, -fr, -es; SOURCE.md), on the
branch-point engine ccc46fcf (session 53, round Z7). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``).

One parametrized test over the three languages (``LANGS``: per language, the header each map
entry reads and the three keys). In every language the 18 locations load as accounts
(name, the type as Supplier for the five suppliers and Other for the depots and offices,
the street address in six of them), keyed by the location number; the 12 people (8 persons,
4 users) as contacts, the whole name as the last name, active, keyed by the name (the list
has no id); the 57 products as products (code as the number, name, the unit cost as the
standard cost) on the org's default unit group and unit (the test makes both). Nothing is
held back, closed or cleared, no one is queued as an owner, and verification finds no
column differing.

The parameters decide: the locations file's kind (account: discovery reads a file named
'locations' as the business's own sites, the measured files miss), the three keys, no owner
column, the location type's options, no parent account (the parent location is empty, the
organisation 'My Organization' no account of the org), the products' unit group and unit
and whole quantities; in English the vendor part number from 'Vendor code' (the map took
'Vendor name', the measured miss); in French and Spanish the product number from the code
(the map took the name once the code is the key) and the unit cost as the standard cost
(the measured misses 'Coût unitaire', 'Costo unitario'); in French the product description
(the measured miss; empty in every row).

What the run reads: locations' name, type, street lines, city, state, postal code, country
and address description (empty); people's active flag, name, e-mail and phone (both empty);
products' code, name, description (empty) and unit cost, and in English the vendor and
vendor code (empty).

What is NOT read (left unmapped), in every language:
- locations: the active flag ('true'), the location group (a region: 'NorthEast'), the parent
  location and the organisation (by decision; in French and Spanish the map lists the empty
  parent location as an unresolved link to an account, not read);
- people: the type (Person / User);
- products: the product type ('Default') (the active flag is the product's state since
  session 64: Active), the product family, category, GL
  account, unit of measure (the org's default unit instead, by decision), tags, the five
  handling flags (lot and expiry, cold chain, controlled, hazardous, reconditioned), the
  manufacturer's fields, brand, UPC and NDC; the vendor's fields in French and Spanish and
  the vendor name in English.
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

#: the location numbers, in the file's order (depots, suppliers, offices)
LOCATIONS = ["NYCW", "BOSW", "CHIW", "TOYOTA", "AMAZON", "GRAINGER", "MEDICAL", "CDW",
             "NYCO", "BOSO", "PROVO", "PORTLO", "PORTSO", "NEWO", "CHICO", "CEDO", "DESO",
             "ANNO"]
#: the people's names, persons then users
PEOPLE = ["Jane Doe", "John Smith", "Mr CEO", "Ms IT Lead", "Mr Office Manager",
          "Ms Lab Lead", "Dr Smith", "Dr Brown", "Mr Browser", "Ms Purchaser",
          "Mr Accountant", "Ms Superuser"]
KINDS = {"locations": ("account", {"account": 18}), "people": ("contact", {"contact": 12}),
         "products": ("product", {"product": 57})}

_ACCOUNT_EN = {"name": "Name", "customertypecode": "Location type",
               "address1_line1": "Street address", "address1_line2": "Street address 2",
               "address1_city": "City", "address1_stateorprovince": "State / Province",
               "address1_postalcode": "Postal code", "address1_country": "Country",
               "description": "Description"}

# per language: the header each map entry reads (target: header), the keys, and the
# locations' links the map lists as unresolved (an empty parent location, not read)
LANGS: dict[str, dict[str, Any]] = {
    "openboxes-export-en": {
        "account": _ACCOUNT_EN,
        "contact": {"statecode": "Active", "lastname": "Name", "emailaddress1": "Email",
                    "telephone1": "Phone Number"},
        "product": {"statecode": "Active", "productnumber": "Code", "name": "Name",
                    "description": "Product description", "standardcost": "Unit cost",
                    "vendorname": "Vendor", "vendorpartnumber": "Vendor code",
                    "quantitydecimal": None},
        "keys": ("Location number", "Name", "Code"), "unresolved": []},
    "openboxes-export-fr": {
        "account": {"name": "Nom", "customertypecode": "Type de localisation",
                    "address1_line1": "rue", "address1_line2": "rue *2",
                    "address1_city": "Ville", "address1_stateorprovince": "État / Province",
                    "address1_postalcode": "Code postal", "address1_country": "Pays",
                    "description": "Description"},
        "contact": {"statecode": "Actif", "lastname": "Nom", "emailaddress1": "Email",
                    "telephone1": "Numéro de téléphone"},
        "product": {"statecode": "Actif", "productnumber": "Code de produit", "name": "Nom",
                    "description": "Description du Produit", "standardcost": "Coût unitaire",
                    "quantitydecimal": None},
        "keys": ("Numéro d'emplacement", "Nom", "Code de produit"),
        "unresolved": [("Emplacement parent", "parentaccountid")]},
    "openboxes-export-es": {
        "account": {"name": "Nombre", "customertypecode": "Tipo de ubicación",
                    "address1_line1": "Nombre de la calle",
                    "address1_line2": "Nombre de la calle 2", "address1_city": "Ciudad",
                    "address1_stateorprovince": "Estado / Provincia",
                    "address1_postalcode": "Código postal", "address1_country": "País",
                    "description": "Descripción"},
        "contact": {"statecode": "Activo", "lastname": "Nombre", "emailaddress1": "Email",
                    "telephone1": "Número de teléfono"},
        "product": {"statecode": "Activo", "productnumber": "Código del Insumo",
                    "name": "Nombre",
                    "description": "Descripción del producto",
                    "standardcost": "Costo unitario", "quantitydecimal": None},
        "keys": ("Número de ubicación", "Nombre", "Código del Insumo"),
        "unresolved": [("Ubicación padre", "parentaccountid")]},
}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Each language run once (from its parameters file alone) for the tests below, the
    org's default unit group and unit made first."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _product_catalogue))


@pytest.mark.parametrize("name", list(LANGS))
def test_openboxes_locations_people_and_products_load_in_three_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The locations load as accounts, the people as contacts, the products as products on
    the org's default unit; nothing held back, closed or cleared; no owner queued;
    verification finds no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "account": ("locations", 18, 18, 0, 0, 0, 0),
        "contact": ("people", 12, 12, 0, 0, 0, 0),
        "product": ("products", 57, 57, 0, 0, 0, 0)}
    assert all(o["cleared"] == 0 and not o["closed"] for o in out.values())
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "contact", "product"}
    for table in ("account", "contact", "product"):
        assert {c["target"]: c.get("source")
                for c in tables[table]["columns"]} == lang[table], table
        assert not tables[table].get("owner")                 # no owner column read
    assert [(u["source"], u["target"]) for u in tables["account"].get(
        "unresolved_lookups") or []] == lang["unresolved"]
    assert not tables["contact"].get("unresolved_lookups")
    assert not tables["product"].get("unresolved_lookups")
    for table, key in zip(("account", "contact", "product"), lang["keys"], strict=True):
        assert tables[table]["source_key"] == f"key({key})"
    assert not tables["account"].get("lookups") and not tables["contact"].get("lookups")
    assert {lk["target"]: (lk["table"], lk["existing"]["match"]["name"])
            for lk in tables["product"]["lookups"]} == {
        "defaultuomid": ("uom", "Primary Unit"),
        "defaultuomscheduleid": ("uomschedule", "Default Unit")}
    assert not mapping.get("unmatched_sources")

    staged = run_dir / "staged"
    accounts = pl.read_parquet(staged / "account.parquet").sort("__source_row")
    assert accounts["name"].to_list()[:4] == ["Central Warehouse (NYC)", "Boston Warehouse",
                                              "Chicago Warehouse", "Toyota USA"]
    assert dict(Counter(accounts["customertypecode"].to_list())) == {12: 13, 10: 5}
    assert accounts["address1_line1"].is_not_null().sum() == 6
    first = accounts.row(0, named=True)
    assert {c: first[c] for c in ("address1_line1", "address1_line2", "address1_city",
                                  "address1_stateorprovince", "address1_postalcode",
                                  "address1_country")} == {
        "address1_line1": "400 Gentle Lane", "address1_line2": "Suite 6",
        "address1_city": "New York", "address1_stateorprovince": "New York",
        "address1_postalcode": "30456", "address1_country": "USA"}
    contacts = pl.read_parquet(staged / "contact.parquet").sort("__source_row")
    assert contacts["lastname"].to_list() == PEOPLE
    assert set(contacts["statecode"].to_list()) == {0}     # Yes / Oui / Sí: active
    assert contacts["emailaddress1"].is_null().all()
    products = pl.read_parquet(staged / "product.parquet").sort("__source_row")
    assert products.height == 57
    assert products["productnumber"].to_list()[:3] == ["QX039", "TS894", "CR388"]
    assert products["name"].to_list()[0] == "Morphine 10mg immediate release tablet"
    assert round(products["standardcost"].sum(), 4) == 9225.8397
    assert products["standardcost"].to_list()[0] == 0.25
    assert set(products["quantitydecimal"].to_list()) == {0}
    assert products["description"].is_null().all()
    assert set(products["statecode"].to_list()) == {0}     # 'true' on every row: Active

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified["account"]) == set(lang["account"])
    assert set(verified["contact"]) == set(lang["contact"])
    assert set(verified["product"]) == set(lang["product"]) | {"defaultuomid",
                                                               "defaultuomscheduleid"}
    assert not any(n for cols in verified.values() for n in cols.values())
