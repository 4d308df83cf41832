"""keys364's public exports run end to end from their parameters files, decisions only
(issue 13): osCommerce 2.2 (osCommerce/oscommerce2 at 27e4f99c, tag v2.2rc2a, GPL-2.0; the
open-source PHP shop), the sample records of its install SQL (the customer John doe with his
address book entry, 27 products, 10 manufacturers) as its admin edit forms show them
(customers.csv, products.csv, manufacturers.csv), headed by its own admin labels in English,
German and Spanish (tests/data/exports/oscommerce-export-en, -de, -es; SOURCE.md), on the
branch-point engine 99edcc1e (session 51, round Z). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``).

One parametrized test over the three languages (``LANGS``). In every language the customer
loads as a contact and the 27 products as products on the org's own default unit group and
unit (the test creates them first, as the org's admin would); the manufacturers are not
moved (discovery names them unknown: no Sales table). Nothing is held back; verification
finds no column differing. The customer's e-mail ('root@localhost': no domain) and phone
('12345': five digits) are cleared by validation, as are the three German product
descriptions longer than 2,000 characters. The parameters decide: the keys (the forms show
no id: the customer's e-mail, the product's model), the suburb as the address's second line
(the measured miss in every language), whole-unit quantities, the units, the product status
(In Stock / auf Lager / Disponible: Active), in Spanish the gender's words, in German the fax
and the product's name, price, description, stock, model, URL and weight (the measured
misses) and the newsletter, in Spanish the product's name, price, model and URL (the measured
misses) and the newsletter. The company name is left where the map puts it (a link to a
parent account none of the export's records matches: left, not loaded).

What the run reads: the customer's gender (German: Anrede as the salutation, 'Herr'), first
and last name, date of birth, e-mail, street, suburb, postal code, city, state, country,
phone, fax and newsletter; the products' status, name, net price, description, stock,
model (as the number), URL and weight.

What is NOT read (left unmapped by the engine), in every language:
- customer: the company name (a link left unresolved);
- products: the date available (empty in every row), the manufacturer's name and the image
  file;
- the manufacturers file: named unknown, not moved.
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

# per language: the headers each map entry reads (target: header), the keys, the headers not
# read, the gender's column, the products' fourth name and the descriptions cleared
LANGS: dict[str, dict[str, Any]] = {
    "oscommerce-export-en": {
        "contact": {"gendercode": "Gender", "firstname": "First Name",
                    "lastname": "Last Name", "birthdate": "Date of Birth",
                    "emailaddress1": "E-Mail Address", "address1_line1": "Street Address",
                    "address1_line2": "Suburb", "address1_postalcode": "Post Code",
                    "address1_city": "City", "address1_stateorprovince": "State",
                    "address1_country": "Country", "telephone1": "Telephone Number",
                    "fax": "Fax Number", "donotbulkemail": "Newsletter"},
        "product": {"statuscode": "Products Status", "name": "Products Name",
                    "price": "Products Price (Net)", "description": "Products Description",
                    "quantityonhand": "Products Quantity", "productnumber": "Products Model",
                    "producturl": "Products URL", "stockweight": "Products Weight",
                    "quantitydecimal": None},
        "keys": ("E-Mail Address", "Products Model"), "company": "Company name",
        "product_not_read": {"Date Available", "Products Manufacturer", "Products Image"},
        "gender": ("gendercode", 1), "fourth": "The Replacement Killers", "cleared": 0},
    "oscommerce-export-de": {
        "contact": {"salutation": "Anrede", "firstname": "Vorname", "lastname": "Nachname",
                    "birthdate": "Geburtsdatum", "emailaddress1": "eMail Adresse",
                    "address1_line1": "Strasse", "address1_line2": "weitere Anschrift",
                    "address1_postalcode": "Postleitzahl", "address1_city": "Stadt",
                    "address1_stateorprovince": "Bundesland", "address1_country": "Land",
                    "telephone1": "Telefonnummer", "fax": "Telefaxnummer",
                    "donotbulkemail": "Rundschreiben"},
        "product": {"statuscode": "Produktstatus", "name": "Artikelname",
                    "price": "Artikelpreis (Netto)", "description": "Artikelbeschreibung",
                    "quantityonhand": "Artikelanzahl", "productnumber": "Artikel-Nr.",
                    "producturl": "Herstellerlink", "stockweight": "Artikelgewicht",
                    "quantitydecimal": None},
        "keys": ("eMail Adresse", "Artikel-Nr."), "company": "Firmenname",
        "product_not_read": {"Erscheinungsdatum", "Artikel-Hersteller", "Artikelbild"},
        "gender": ("salutation", "Herr"), "fourth": "Die Ersatzkiller", "cleared": 3},
    "oscommerce-export-es": {
        "contact": {"gendercode": "Sexo", "firstname": "Nombre", "lastname": "Apellidos",
                    "birthdate": "Fecha de Nacimiento", "emailaddress1": "E-Mail",
                    "address1_line1": "Dirección", "address1_line2": "Suburbio",
                    "address1_postalcode": "Código Postal", "address1_city": "Población",
                    "address1_stateorprovince": "Provincia", "address1_country": "País",
                    "telephone1": "Teléfono", "fax": "Fax", "donotbulkemail": "Boletín"},
        "product": {"statuscode": "Estado de los Productos", "name": "Nombre del Producto",
                    "price": "Precio de los Productos (Net)",
                    "description": "Descripción del producto", "quantityonhand": "Cantidad",
                    "productnumber": "Módelo", "producturl": "URL del Producto",
                    "stockweight": "Peso", "quantitydecimal": None},
        "keys": ("E-Mail", "Módelo"), "company": "Nombre empresa",
        "product_not_read": {"Fecha Disponibilidad", "Fabricante del producto", "Imagen"},
        "gender": ("gendercode", 1), "fourth": "The Replacement Killers", "cleared": 0},
}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Each export run once (from its parameters file alone) on an org with its units."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _product_catalogue))


@pytest.mark.parametrize("name", list(LANGS))
def test_oscommerce_customer_and_products_load_in_three_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The customer loads as a contact, the 27 products as products on the org's units, as
    counted, nothing held back; the manufacturers are not moved; verification finds no
    column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"contact": ("customers", 1, 1, 0, 0, 0),
                             "product": ("products", 27, 27, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "customers": ("contact", {"contact": 1}), "manufacturers": ("unknown", {}),
        "products": ("product", {"product": 27})}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "product"}
    contact, product = tables["contact"], tables["product"]
    assert {c["target"]: c["source"] for c in contact["columns"]} == lang["contact"]
    assert {c["target"]: c["source"] for c in product["columns"]} == lang["product"]
    assert (contact["source_key"], product["source_key"]) == tuple(
        f"key({k})" for k in lang["keys"])
    assert contact["unmapped"] == [lang["company"]]
    assert [(u["source"], u["target"]) for u in contact["unresolved_lookups"]] == [
        (lang["company"], "parentcustomerid")]
    assert set(product["unmapped"]) == lang["product_not_read"]
    assert {lk["target"]: (lk["table"], lk["source"]) for lk in product["lookups"]} == {
        "defaultuomid": ("uom", None), "defaultuomscheduleid": ("uomschedule", None)}
    for table in tables.values():
        assert not table.get("owner")
    assert [(u["source"], u["kind"]) for u in mapping["unmatched_sources"]] == [
        ("manufacturers", "unknown")]

    staged = run_dir / "staged"
    customer = pl.read_parquet(staged / "contact.parquet").to_dicts()
    assert len(customer) == 1
    row = customer[0]
    gender, value = lang["gender"]
    assert row[gender] == value
    assert (row["firstname"], row["lastname"], row["birthdate"]) == (
        "John", "doe", "2001-01-01T00:00:00Z")
    assert (row["address1_line1"], row["address1_postalcode"], row["address1_city"],
            row["address1_stateorprovince"], row["address1_country"]) == (
        "1 Way Street", "12345", "NeverNever", "California", "United States")
    assert row["donotbulkemail"] is True                   # not subscribed
    # cleared by validation: 'root@localhost' (no domain), '12345' (five digits); empty
    for column in ("emailaddress1", "telephone1", "fax", "address1_line2"):
        assert row[column] is None
    cleared = pl.read_csv(run_dir / "cleared" / "contact.csv", infer_schema=False)
    assert sorted(cleared["target"].to_list()) == ["emailaddress1", "telephone1"]

    products = pl.read_parquet(staged / "product.parquet").sort("__source_row")
    assert products.height == 27
    assert products["name"].to_list()[:4] == [
        "Matrox G200 MMS", "Matrox G400 32 MB" if name.endswith("-de") else "Matrox G400 32MB",
        "Microsoft IntelliMouse Pro", lang["fourth"]]
    assert products["productnumber"].to_list()[:4] == [
        "MG200MMS", "MG400-32MB", "MSIMPRO", "DVD-RPMK"]
    assert products["productnumber"].n_unique() == 27
    assert set(products["statuscode"].to_list()) == {1}   # every product in stock: Active
    assert round(products["price"].sum(), 2) == 2491.74
    assert products["quantityonhand"].sum() == 342.0
    assert products["stockweight"].sum() == 281.0
    assert set(products["quantitydecimal"].to_list()) == {0}
    assert products["description"].is_null().sum() == lang["cleared"]
    assert set(products["__via__defaultuomid"].to_list()) == {"existing"}
    cleared = pl.read_csv(run_dir / "cleared" / "product.csv", infer_schema=False)
    assert cleared.height == lang["cleared"]
    assert set(cleared["target"].to_list()) <= {"description"}

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(lang["contact"])
    assert set(verified["product"]) == set(lang["product"]) | {
        "defaultuomid", "defaultuomscheduleid"}
    assert not any(n for cols in verified.values() for n in cols.values())
