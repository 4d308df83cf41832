"""keys281's public exports run end to end from their parameters files, decisions only
(issue 13): Crater's (crater-invoice/crater at 05d5ce26, AGPL-3.0) customers, items,
estimates, invoices, payments and expenses as its admin list views and forms show them, its
model factories' records (Faker seeded: Crater keeps no fixed demo records), headed in
English, German, Spanish and Italian through its locale files
(tests/data/exports/crater-export-en, -de, -es, -it; SOURCE.md), run on the branch-point
engine 8594f6a0 (session 42, round P). Same harness as tests/test_public_end_to_end.py.

One parametrized test over the four languages (``LANGS``: per language, the files, one
record of each table field by field and the columns the run does NOT read, which must not
arrive), then what is special to each. In all four the 30 customers load as accounts, the 6
items as products on the org's default unit (set up by the test, with the quotes' price
list), the 6 estimates as quotes, each to its customer's account (``quote.customerid`` by
the display name, a decision), nothing held back, read back with no column differing; the
invoices, payments and expenses stay in Crater with their reasons.

What is not read (left unmapped by the engine, or read as another column):
- in all four: a customer's primary contact's name (no contacts file: left, not linked),
  its currency, invoice-number prefix, amount due and creation date ('Added On'); an item's
  unit (the parameters bind every product to the org's default unit) and creation date; an
  estimate's date, expiry date and total.
- de: the billing and shipping street 1 ('... - Straße und Hausnummer') arrives as the
  address's line 2 and street 2 ('... - Adresszusatz') nowhere.
- it: the billing and shipping address's name ('... - Nome'), street lines ('Indirizzo 1',
  'Indirizzo 2') and phone ('Telefono') arrive nowhere.
- es, it: the items files ('Artículos', 'Commesse', Crater's Italian "jobs") are named
  products only by the parameters' intake decision (discover names them unknown).
"""

from __future__ import annotations

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
    verified_columns,
)
from test_public_end_to_end_keys94 import _catalogue_and_price_list

#: Cora Jenkins, the first customer, field by field where every language reads it alike
CORA = {"emailaddress1": "eldridge45@example.net", "telephone1": "+1 (272) 836-6944",
        "websiteurl": "https://mueller.info/repudiandae-nihil-odio-et-repellendus-ut-"
                      "corporis-harum.html",
        "address1_country": "United States", "address1_stateorprovince": "Connecticut",
        "address1_city": "Martytown", "address1_postalcode": "68292-0373",
        "address2_country": "United States", "address2_stateorprovince": "West Virginia",
        "address2_city": "North Janestad", "address2_postalcode": "65182"}
#: her addresses' names, street lines and phones, as English and Spanish read them
CORA_LINES = {"address1_name": "Anastasia Block", "address1_line1": "21214 Madaline Circle",
              "address1_line2": "896 Angelo Loaf", "address1_telephone1": "+1.682.744.5744",
              "address2_name": "Jonas Franecki", "address2_line1": "808 Osinski Freeway",
              "address2_line2": "21419 Marquardt Street Apt. 028",
              "address2_telephone1": "+12039663238"}
#: the first item: '₹ 0.05' (the company's currency, cents / 100) read as 0.05
PRESLEY = {"price": 0.05, "productnumber": "Prof. Presley Herman", "quantitydecimal": 2,
           "description": "Dignissimos quam quas ut culpa eaque deleniti. Ut possimus "
                          "laboriosam sunt maxime voluptas."}
#: the first estimate: DRAFT as the quote's Draft state, its number also its name
EST1 = {"quotenumber": "EST-000001", "name": "EST-000001", "statecode": 0,
        "description": "Ut molestias officiis repellat quia aut est."}
#: not read in any language
UNREAD = {"account": ("transactioncurrencyid", "accountnumber", "overriddencreatedon",
                      "primarycontactid"),
          "product": ("overriddencreatedon",),
          "quote": ("effectivefrom", "effectiveto", "expireson", "totalamount")}

# per language: the files (customers, items, estimates, then invoices, payments, expenses),
# the fields of Cora Jenkins beyond CORA and the account columns that do not arrive
LANGS: dict[str, dict[str, Any]] = {
    "crater-export-en": {
        "files": ("Customers", "Items", "Estimates", "Invoices", "Payments", "Expenses"),
        "account": CORA_LINES, "account_unread": ()},
    "crater-export-de": {
        "files": ("Kunden", "Artikel", "Angebote", "Rechnungen", "Zahlungen", "Ausgaben"),
        # street 1 ('Straße und Hausnummer') as line 2; street 2 ('Adresszusatz') unread
        "account": {"address1_name": "Anastasia Block", "address2_name": "Jonas Franecki",
                    "address1_line2": "21214 Madaline Circle",
                    "address2_line2": "808 Osinski Freeway",
                    "address1_telephone1": "+1.682.744.5744",
                    "address2_telephone1": "+12039663238"},
        "account_unread": ("address1_line1", "address2_line1")},
    "crater-export-es": {
        "files": ("Clientes", "Artículos", "Presupuestos", "Facturas", "Pagos", "Gastos"),
        "account": CORA_LINES, "account_unread": ()},
    "crater-export-it": {
        "files": ("Clienti", "Commesse", "Preventivi", "Fatture", "Pagamenti", "Spese"),
        "account": {},
        "account_unread": ("address1_name", "address1_line1", "address1_line2",
                           "address1_telephone1", "address2_name", "address2_line1",
                           "address2_line2", "address2_telephone1")},
}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Each language run once (from its parameters file alone) for the tests below."""
    done: dict[str, Path] = {}

    def run(name: str) -> Path:
        if name not in done:
            done[name] = run_public(name, tmp_path_factory.mktemp(name),
                                    _catalogue_and_price_list)
        return done[name]
    return run


def _one(frame: pl.DataFrame, column: str, value: str) -> dict:
    return frame.filter(pl.col(column) == value).to_dicts()[0]


@pytest.mark.parametrize("name", list(LANGS))
def test_crater_export_loads_customers_items_and_estimates(name: str,
                                                           runs: Callable[[str], Path]
                                                           ) -> None:
    """30 customers, 6 items and 6 estimates load, nothing held back; Cora Jenkins, the
    first item and the first estimate arrive field by field as ``LANGS`` says, the columns
    the run does not read absent; each estimate's customer is the account of its display
    name; verification finds no column differing; invoices, payments and expenses are not
    migrated, each with its reason."""
    run_dir = runs(name)
    want = LANGS[name]
    customers, items, estimates = want["files"][:3]
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"account": (customers, 30, 30, 0, 0, 0),
                             "product": (items, 6, 6, 0, 0, 0),
                             "quote": (estimates, 6, 6, 0, 0, 0)}
    assert out["quote"]["unresolved_lookups"] == 0
    for table in ("account", "product", "quote"):
        assert not issues(run_dir, "quarantine", table), table
    staged = run_dir / "staged"
    accounts = pl.read_parquet(staged / "account.parquet")
    cora = _one(accounts, "name", "Cora Jenkins")
    expected = {**CORA, **want["account"]}
    assert {k: cora.get(k) for k in expected} == expected
    products = pl.read_parquet(staged / "product.parquet")
    presley = _one(products, "name", "Prof. Presley Herman")
    assert {k: presley.get(k) for k in PRESLEY} == PRESLEY
    assert presley["__via__defaultuomid"] == "existing"          # the org's default unit
    quotes = pl.read_parquet(staged / "quote.parquet")
    est1 = _one(quotes, "quotenumber", "EST-000001")
    assert {k: est1.get(k) for k in EST1} == EST1
    assert quotes["statecode"].to_list() == [0] * 6               # DRAFT in every language
    # EST-000001 is to Jaycee Baumbach DDS, a customer its factory made (no address)
    jaycee = _one(accounts, "name", "Jaycee Baumbach DDS")
    assert est1["__ref__customerid_account"] == jaycee["__source_id"]
    assert jaycee["address1_city"] is None
    for table, frame in (("account", accounts), ("product", products), ("quote", quotes)):
        unread = UNREAD[table] + (want["account_unread"] if table == "account" else ())
        for column in unread:
            assert column not in frame.columns, (table, column)
    verified = verified_columns(run_dir)
    assert {"name", "emailaddress1", "address1_city"} <= set(verified["account"])
    assert {"quotenumber", "customerid"} <= set(verified["quote"])
    assert not any(n for cols in verified.values() for n in cols.values())
    files = inventory_files(run_dir)
    assert set(files) == set(want["files"])
    for kept in want["files"][3:]:
        assert not files[kept]["migrated"] and files[kept]["reason"], kept


def test_crater_export_en_invoices_named_by_their_file(runs: Callable[[str], Path]) -> None:
    """English: 'Invoices' is named bills of sales, which no Sales table holds; 'Payments'
    and 'Expenses' are unrecognised. The keys are the parameters' surrogates (a hash of the
    display name, the item's name, the estimate's number), never the export's values."""
    run_dir = runs("crater-export-en")
    files = inventory_files(run_dir)
    assert "invoices" in files["Invoices"]["reason"]
    for name in ("Payments", "Expenses"):
        assert "could not tell which kind" in files[name]["reason"], name
    staged = run_dir / "staged"
    accounts = pl.read_parquet(staged / "account.parquet")
    assert accounts["__source_id"].n_unique() == 30
    assert not set(accounts["__source_id"]) & set(accounts["name"])


def test_crater_export_de_street_one_as_line_two(runs: Callable[[str], Path]) -> None:
    """German: every customer with an address has its street 1 ('Straße und Hausnummer')
    as line 2 and no line 1; street 2 ('Adresszusatz') does not arrive. 'Rechnungen' (the
    invoices) is unrecognised here, not named bills of sales as in English."""
    run_dir = runs("crater-export-de")
    accounts = pl.read_parquet(run_dir / "staged" / "account.parquet")
    with_address = accounts.filter(pl.col("address1_city").is_not_null())
    assert with_address.height == 6
    assert with_address["address1_line2"].null_count() == 0
    assert "could not tell which kind" in inventory_files(run_dir)["Rechnungen"]["reason"]


@pytest.mark.parametrize("name", ["crater-export-es", "crater-export-it"])
def test_crater_export_items_named_by_the_parameters(name: str,
                                                     runs: Callable[[str], Path]) -> None:
    """Spanish and Italian: the items file ('Artículos', 'Commesse') is products because
    the parameters say so (intake), and then its name, price and description are read."""
    run_dir = runs(name)
    products = pl.read_parquet(run_dir / "staged" / "product.parquet")
    assert products.height == 6
    assert products["price"].to_list() == [0.05, 0.02, 0.03, 0.01, 0.09, 0.07]  # '₹ 0.05'...
    assert products["description"].null_count() == 0
