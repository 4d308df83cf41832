"""keys331's public exports run end to end from their parameters files, decisions only
(issue 13): Shopware 6 (shopware/shopware at cfc087db, MIT; open-source e-commerce; French
and Spanish labels from its language pack shopware/SwagLanguagePack at 1711b01c, MIT), the
fixed records of its import/export integration-test fixtures (three customers as the
import leaves them, 59 main products) as its "Default customer" import/export profile
exports customers and its admin product list shows products, headed by its own admin
labels in English, German, French and Spanish (tests/data/exports/shopware-export-en, -de,
-fr, -es; SOURCE.md), written on the branch-point engine 54005a21 (session 48, round V).
Same harness as tests/test_public_end_to_end.py (the shared runner ``runs_once``).

One parametrized test over the four languages (``LANGS``: per language, the headers the map
reads for each table and the two keys). In every language the three customers load as
contacts (first and last name, e-mail, the salutation key as the salutation and the billing
address's title as the suffix (held out: the title as the salutation; since session 48 a
title beside a salutation is the suffix), the
default billing address as the first address, the default shipping address as the
second) and the 59 products as products (name, number, the euro price, the stock, whole
units) on the unit group and unit the org's admin set up (the test creates them); nothing is
held back and verification finds no column differing. The parameters decide the two keys
(Shopware's customer and product numbers), the price and stock columns, whole units and the
unit group and unit, the account type (private) as no relationship type, no address name
(the addressee's first or last name the map reads as one), in French the customers file's
object (discovery names it accounts), in German, French and Spanish the two streets the
map leaves unread, in Spanish no shipping state (the shipping street read as one).

What is NOT read (left unmapped), in every language:
- the customers' ids (UUIDs), customer number (the key), active and guest flags, group,
  language, sales channel and default payment method, the addresses' ids, salutations,
  addressees' names and companies, the shipping address's title, the account type; in
  Spanish the two address phones (empty);
- the products' manufacturer, sales (0) and available stock (the stock again);
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
    default_units,
    inventory_files,
    outcomes,
    run_public,
    runs_once,
    verified_columns,
)

#: the customers as staged, in the file's order (the columns each language's map reads)
#: per language: the customers' active flag, read as the contact's state since session 52
ACTIVE = {"shopware-export-en": "Active", "shopware-export-de": "Aktiv",
          "shopware-export-fr": "Actif", "shopware-export-es": "Activo"}
CUSTOMERS = {
    "firstname": ["Camylle", "Melissa", "Heaven"],
    "lastname": ["Grady", "Kuhlman", "Pacocha"],
    "emailaddress1": ["fbee5b8a0dff4be4a48780b22349fba3kris.gregg@example.org",
                      "c8a67e4764284abbba8b0f779cd04358marina09@example.org",
                      "f3bb913bc8cc48479c3834a75e82920bbboehm@example.org"],
    # Shopware's salutation key, as written (a value map would make them Mr. / Mrs.)
    "salutation": ["mr", "mrs", "not_specified"],
    "statecode": [0, 0, 0],   # the 'Active' flag (1 on every row): active (session 52)
    "suffix": ["Prof.", "Prof.", "Dr. med."],   # the billing address's title
    "address1_line1": ["Desiree Ford", "Pagac Ridges", "Lemke Overpass"],
    "address1_postalcode": ["43311", "98282-5543", "00932"],
    "address1_city": ["East Kenyon", "Wuckertstad", "Auerburgh"],
    "address1_country": ["MZ", "PK", "SI"],
    "address1_telephone1": [None, None, None],
    "address2_line1": ["Robel Drives", "Reynolds Junction", "Dooley View"],
    "address2_postalcode": ["15318-7738", "26332", "40281-5501"],
    "address2_city": ["Trevorview", "Alexandrinestad", "New Kameron"],
    "address2_country": ["CV", "MZ", "SS"],
    "address2_telephone1": [None, None, None],
}
#: the products: how many, their prices' and stocks' sums, the first row (number descending)
PRODUCTS = (59, 31209.0, 1361.0)
FIRST_PRODUCT = {"name": "Sleek Granite Sleeky",
                 "productnumber": "f91b9d3efe8941eeb9d566dba7ea8006", "price": 541.0,
                 "quantityonhand": 18.0, "quantitydecimal": 0}
KINDS = {"customers": ("contact", {"contact": 3}), "products": ("product", {"product": 59})}


def _address(bill: str, ship: str, street: str, zipcode: str, city: str, country: str,
             phone: str | None) -> dict[str, str]:
    """The address columns as the map reads them, the default billing then shipping one."""
    out = {}
    for n, title in ((1, bill), (2, ship)):
        out |= {f"address{n}_line1": f"{title}: {street}",
                f"address{n}_postalcode": f"{title}: {zipcode}",
                f"address{n}_city": f"{title}: {city}",
                f"address{n}_country": f"{title}: {country}"}
        if phone:
            out[f"address{n}_telephone1"] = f"{title}: {phone}"
    return out


# per language: the columns each table's map reads (target: header), the two keys, the
# headers left unmapped that say what the run does not read
LANGS: dict[str, dict[str, Any]] = {
    "shopware-export-en": {
        "contact": {"firstname": "First name", "lastname": "Last name",
                    "emailaddress1": "Email address",
                    "salutation": "Salutation", "suffix": "Default billing address: Title",
                    **_address("Default billing address", "Default shipping address",
                               "Street", "Postal code", "City", "Country", "Phone number")},
        "product": {"name": "Name", "productnumber": "Product number", "price": "Euro",
                    "quantityonhand": "In stock"},
        "keys": ("Customer number", "Product number"),
        "unread": {"contact": ["id", "Customer number", "Customer type"],
                   "product": ["Manufacturer", "Sales", "Available"]}},
    "shopware-export-de": {
        "contact": {"firstname": "Vorname", "lastname": "Nachname",
                    "emailaddress1": "E-Mail-Adresse",
                    "salutation": "Anrede", "suffix": "Standard-Rechnungsadresse: Titel",
                    **_address("Standard-Rechnungsadresse", "Standard-Lieferadresse",
                               "Straße", "PLZ", "Stadt", "Land", "Telefonnummer")},
        "product": {"name": "Name", "productnumber": "Produktnummer", "price": "Euro",
                    "quantityonhand": "Lagerbestand"},
        "keys": ("Kundennummer", "Produktnummer"),
        "unread": {"contact": ["id", "Kundennummer", "Kundentyp"],
                   "product": ["Hersteller", "Verkäufe", "Verfügbar"]}},
    "shopware-export-fr": {
        "contact": {"firstname": "Prénom", "lastname": "Nom",
                    "emailaddress1": "Adresse e-mail",
                    "salutation": "Civilité", "suffix": "Adresse de facturation par défaut: Titre",
                    **_address("Adresse de facturation par défaut",
                               "Adresse de livraison par défaut", "Rue", "Code postal",
                               "Ville", "Pays", "Numéro de téléphone")},
        "product": {"name": "Nom", "productnumber": "Numéro de produit", "price": "Euro",
                    "quantityonhand": "Stock disponible"},
        "keys": ("Numéro de client", "Numéro de produit"),
        "unread": {"contact": ["id", "Numéro de client", "Type de client"],
                   "product": ["Fabricant", "Ventes", "Encore disponible"]}},
    "shopware-export-es": {
        "contact": {"firstname": "Nombre", "lastname": "Apellidos",
                    "emailaddress1": "Dirección de correo electrónico",
                    "salutation": "Tratamiento",
                    "suffix": "Dirección de facturación estándar: Título",
                    **_address("Dirección de facturación estándar",
                               "Dirección de entrega estándar", "Calle", "CP", "Ciudad",
                               "País", None),
                    # 'Número de teléfono' read 'phone number' (session 49: 'X de Y' turned)
                    "address1_telephone1":
                        "Dirección de facturación estándar: Número de teléfono"},
        "product": {"name": "Nombre", "productnumber": "Número de producto",
                    "price": "Euro", "quantityonhand": "Existencias"},
        "keys": ("Número de cliente", "Número de producto"),
        "unread": {"contact": ["id", "Número de cliente", "Tipo de cliente",
                               "Dirección de entrega estándar: Número de teléfono"],
                   "product": ["Fabricante", "Ventas", "Todavía disponible"]}},
}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Each language run once (from its parameters file alone) for the tests below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, default_units))


@pytest.mark.parametrize("name", list(LANGS))
def test_shopware_customers_and_products_load_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The three customers load as contacts with their two addresses and the 59 products as
    products, as counted, nothing held back; records field by field; verification finds no
    column differing; what the map does not read stays unmapped."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("customers", 3, 3, 0, 0, 0, 0), "product": ("products", 59, 59, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "product"}
    contact = lang["contact"] | {"statecode": ACTIVE[name]}
    assert {c["target"]: c["source"] for c in tables["contact"]["columns"]} == contact
    assert {c["target"]: c["source"] for c in tables["product"]["columns"]} == {
        **lang["product"], "quantitydecimal": None}          # whole units: a decided value
    for target, key in zip(("contact", "product"), lang["keys"], strict=True):
        assert tables[target]["source_key"] == f"key({key})"
        assert not tables[target].get("owner")             # no owner column read
        assert set(lang["unread"][target]) <= set(tables[target]["unmapped"])
    assert not tables["contact"].get("lookups")
    assert {lk["target"]: (lk["table"], lk.get("source"))
            for lk in tables["product"]["lookups"]} == {
        "defaultuomscheduleid": ("uomschedule", None), "defaultuomid": ("uom", None)}

    staged = run_dir / "staged"
    contacts = pl.read_parquet(staged / "contact.parquet").sort("__source_row").to_dicts()
    assert {c: [r[c] for r in contacts] for c in contact} == {
        c: CUSTOMERS[c] for c in contact}
    products = pl.read_parquet(staged / "product.parquet").sort("__source_row")
    assert (products.height, products["price"].sum(), products["quantityonhand"].sum()) == (
        PRODUCTS)
    first = products.row(0, named=True)
    assert {c: first[c] for c in FIRST_PRODUCT} == FIRST_PRODUCT

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(contact)
    assert set(verified["product"]) == set(lang["product"]) | {
        "quantitydecimal", "defaultuomid", "defaultuomscheduleid"}
    assert not any(n for cols in verified.values() for n in cols.values())
