"""keys280's public exports run end to end from their parameters files, decisions only
(issue 13): Siwapp's (siwapp/siwapp-sf1, MIT; open-source invoicing) test fixtures as Siwapp
shows them to a user in English, German, Spanish and French (tests/data/exports/
siwapp-export-en, -de, -es, -fr; SOURCE.md): the invoices' own CSV export, the customers (the
customer form's fields), the estimates' and products' lists, run on the branch-point engine
8594f6a0 (session 42, round P). Same harness as tests/test_public_end_to_end.py.

One parametrized test over the four languages (``LANGS``: per language, the files' headers
it needs and what is special), then what is special to each. In all four, the 18 customers
load as accounts, the 6 products as products (on the org's default unit), the 5 estimates as
quotes (on the price list the org's admin set up), each linked to its customer by name;
nothing is held back and verification finds no column differing. The invoices' export stays
in Siwapp (no Sales table).

What is NOT read, in every language: the customer's legal id ('Client Legal Id': no
accountnumber), its contact person (a whole name with no contact file: the link is left), an
estimate's date (the culture's short date, two-digit year), a product's units and amount
sold (computed). Each address arrives whole (three lines) in line 1 of its side: the map
reads both sides in German and Spanish, only the shipping side in English and only the
invoicing side in French, where the parameters name the other. An estimate's status is read
(the parameters decide each of Siwapp's four). Its total (0: the estimates have no items) is
read in en, de and es since session 46 (the org takes it by an update after the create),
not in fr (its 'Total' left unread there).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    issues,
    outcomes,
    run_public,
    runs_once,
    verified_columns,
)
from test_public_end_to_end_session12 import _product_catalogue

INVOICES = "20150713101222_invoices"
ADDRESS = "Fake Dir n 88\nMadrid\nSpain"      # Western Gas & Electric's, both sides
WESTERN = {"name": "Western Gas & Electric", "emailaddress1": "marissa_peers@example.com",
           "address1_line1": ADDRESS, "address2_line1": ADDRESS,
           "__source_id": "Western Gas & Electric"}
PRODUCT_2 = {"name": "test product 2", "productnumber": "test product 2",
             "description": "test product 2 description", "price": 207.08,
             "quantitydecimal": 0}
# the estimates, by number: status (1 In Progress / 3 Open / 4 Won / 5 Lost) and customer
ESTIMATES = {"ASET-1": (5, "Smith and Co."), "ASET-2": (5, "Rouster and Sideways"),
             "ASET-3": (3, "Western Gas & Electric"), "ASET-4": (4, "Osato Chemicals"),
             "ASET-[draft]": (1, "123 Warehousing")}

# per language: the customers' name and legal id headers, the estimates' date and the
# products' units headers (none of which may arrive but the name), and the address sides
# the map itself reads (the parameters name the rest)
LANGS: dict[str, dict[str, Any]] = {
    "siwapp-export-en": {"name": "Client Name", "mapped_sides": ("address2_line1",)},
    "siwapp-export-de": {"name": "Kundenname",
                         "mapped_sides": ("address1_line1", "address2_line1")},
    "siwapp-export-es": {"name": "Nombre del Cliente",
                         "mapped_sides": ("address1_line1", "address2_line1")},
    "siwapp-export-fr": {"name": "Nom du client", "mapped_sides": ("address1_line1",)},
}
UNREAD = {"account": ("accountnumber", "primarycontactid", "telephone1", "address1_city"),
          "quote": ("description",),   # the issue date read since session 53 (quote 'Date')
          "product": ("quantityonhand", "standardcost", "currentcost")}


def _catalogue_and_price_list(client: Any) -> None:
    """The org's default unit group and unit, and the price list its admin set up for the
    quotes (Dynamics requires one)."""
    _product_catalogue(client)
    client.create("pricelevels", {"name": "Siwapp prices"})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Each language run once (from its parameters file alone) for the tests below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _catalogue_and_price_list))


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet")


@pytest.mark.parametrize("name", list(LANGS))
def test_siwapp_export_loads_in_four_languages(name: str,
                                               runs: Callable[[str], Path]) -> None:
    """18 customers, 6 products and 5 estimates load, nothing held back, every estimate
    linked to its customer; one record of each table field by field; the columns not read
    are absent; verification finds no column differing; the invoices stay in Siwapp."""
    run_dir = runs(name)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"account": ("customers", 18, 18, 0, 0, 0),
                             "product": ("products", 6, 6, 0, 0, 0),
                             "quote": ("estimates", 5, 5, 0, 0, 0)}
    for table in ("account", "product", "quote"):
        assert not issues(run_dir, "quarantine", table), table
    assert out["quote"]["unresolved_lookups"] == 0
    accounts, products, quotes = (_staged(run_dir, t) for t in ("account", "product", "quote"))
    western = accounts.filter(pl.col("name") == "Western Gas & Electric").to_dicts()[0]
    assert {k: western.get(k) for k in WESTERN} == WESTERN
    assert western["__via__left__primarycontactid"] is True    # the contact person: left
    assert sorted(accounts["name"].to_list())[:2] == ["123 Warehousing", "Allied Biscuit"]
    product = products.filter(pl.col("name") == "test product 2").to_dicts()[0]
    assert {k: product.get(k) for k in PRODUCT_2} == PRODUCT_2
    got = {r["quotenumber"]: (r["statuscode"], r["__ref__customerid_account"])
           for r in quotes.to_dicts()}
    assert got == ESTIMATES
    assert quotes["name"].to_list() == quotes["quotenumber"].to_list()
    for table, unread in UNREAD.items():
        frame = {"account": accounts, "quote": quotes, "product": products}[table]
        for column in unread:
            assert column not in frame.columns, (name, table, column)
    verified = verified_columns(run_dir)
    # the total in every language (fr's since session 51; left unread on its branch point)
    assert quotes["totalamount"].to_list() == [0.0] * 5 and "totalamount" in verified["quote"]
    # the estimate's date, the held-out miss, read since session 53 and verified (Spanish
    # 'Fecha' still unread)
    if name.endswith("-es"):
        assert "effectivefrom" not in quotes.columns
    else:
        assert quotes["effectivefrom"].null_count() == 0 and "effectivefrom" in verified["quote"]
    assert {"name", "emailaddress1", "address1_line1", "address2_line1"} <= set(
        verified["account"])
    assert not any(n for cols in verified.values() for n in cols.values())
    files = inventory_files(run_dir)
    assert set(files) == {INVOICES, "customers", "estimates", "products"}
    assert not files[INVOICES]["migrated"] and files[INVOICES]["reason"]


@pytest.mark.parametrize("name", list(LANGS))
def test_siwapp_export_address_sides_and_names(name: str,
                                               runs: Callable[[str], Path]) -> None:
    """The address sides the map reads by itself in each language (the rest named by the
    parameters: en's invoicing, fr's shipping address), each read back from the export's own
    column; the customers' name column is the language's form tip; the e-mail's tip 'Client
    Email Address' is English in every catalog and read in all four."""
    run_dir = runs(name)
    cells = json.loads((run_dir / "verification.json").read_text())[
        "tables"]["account"]["export_cells"]["columns"]
    assert cells["name"]["export_column"] == LANGS[name]["name"]
    assert cells["emailaddress1"]["export_column"] == "Client Email Address"
    read = {c for c in ("address1_line1", "address2_line1") if c in cells}
    named = {"siwapp-export-en": {"address1_line1"}, "siwapp-export-fr": {"address2_line1"}}
    assert set(LANGS[name]["mapped_sides"]) | named.get(name, set()) == read == {
        "address1_line1", "address2_line1"}
    assert all(cells[c]["differ"] == 0 and cells[c]["cells"] == 18 for c in read)


def test_siwapp_export_en_reference_is_the_product_name(runs: Callable[[str], Path]) -> None:
    """English: the map reads 'Reference' as the product number only; the parameters name it
    the product's name too (Dynamics requires one): both hold the reference. In the other
    languages the map reads it as the name and the product number as well."""
    products = _staged(runs("siwapp-export-en"), "product")
    assert products["name"].to_list() == products["productnumber"].to_list()
    assert sorted(products["name"].to_list()) == [
        "prod 5", "prod 6", "test product 1", "test product 2", "test product 3",
        "test product 4"]
    assert sorted(products["price"].to_list()) == [99.15, 179.54, 207.08, 732.82, 11780.26,
                                                  21780.26]
