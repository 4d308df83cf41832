"""keys463's public export runs end to end from its parameters file, decisions only
(issue 13): Xero (XeroAPI/Xero-OpenAPI at e952d0bd, MIT: the response examples of Xero's
accounting API specification), its own fixed records (twelve contacts with their contact
persons, six sales invoices, four quotes, three inventory items) as Xero's own CSV exports
write them ('*ContactName', 'POAddressLine1', 'SARegion', 'Person1FirstName',
'*InvoiceNumber', '*QuoteNumber', '*ItemCode', 'SalesUnitPrice'), in English
(tests/data/exports/xero-csv-export-en; SOURCE.md), on the branch-point engine e713e485
(session 57, round Z19). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``, through conftest's ``runs``).

The twelve contacts load as accounts keyed by their name: account number, e-mail, the postal
(PO) address as address 1 and the street (SA) address as address 2 with their regions,
phone, fax, mobile, website. The three inventory items load as products keyed by their code
(name, sales description, selling price) on the org's default unit group and unit. The four
quotes load as quotes keyed by their number, each linked to its contact's account by name
(QU-0001 to Adam, QU-0007 to ABC Limited, QU-0008 and QU-0009 to John Smith-82160): date and
expiry read day first ('24/10/2019'), total, tax, summary, status (DRAFT in progress,
ACCEPTED won: QU-0001 is closed as won), each bound by its 'Currency' code to the org's
currency (QU-0001 AUD, QU-0007 NZD: added to the org beside its base; QU-0008 and QU-0009
USD, the org's base). The sales invoices are unknown (no Sales table).
Nothing held back, skipped or cleared; no one is queued as owner; verification finds no
column differing.

The parameters decide: the contacts list as accounts (the measured file miss: discovery
named it a contact list, which cost propose 21 of its 28 misses); the three keys (contact
name, item code, quote number); the regions and the street address's second and third lines
(measured misses); the item's price and cost (measured misses); the product's quantity
decimals; the quote's name (its number), description (the summary, not the line's text),
bill-to region (not the ship-to's), the line's discount left out, the status as the status
reason with its two options; the quote's customer link by name; the org's unit group, unit
and price list.

What is NOT read (left unmapped): the contacts' 'FirstName', 'LastName', attention-to,
fourth address lines, 'DDINumber', 'SkypeName', bank details, tax number and tax codes,
'Discount', 'CompanyNumber', 'DefaultCurrency' (USD, NZD or empty: the map does not propose
it as the account's currency), payment terms, ledger accounts and Person1..Person5; the
items' purchase description, tax rates and ledger accounts; the quotes' e-mail, fourth postal
address line, 'Reference', 'Title', the line columns, tracking and 'Terms'; the file
SalesInvoices.csv whole. Since session 59 the quotes' postal address lines, city, postal
code and country (empty) are read as the bill-to's, the block its region is of.
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

NAME = "xero-csv-export-en"
KINDS = {"Contacts": ("account", {"account": 12}), "SalesInvoices": ("unknown", {}),
         "Quotes": ("quote", {"quote": 4}), "InventoryItems": ("product", {"product": 3})}
ACCOUNT = {"name": "*ContactName", "accountnumber": "AccountNumber",
           "emailaddress1": "EmailAddress", "address1_line1": "POAddressLine1",
           "address1_line2": "POAddressLine2", "address1_line3": "POAddressLine3",
           "address1_city": "POCity", "address1_stateorprovince": "PORegion",
           "address1_postalcode": "POPostalCode", "address1_country": "POCountry",
           "address2_line1": "SAAddressLine1", "address2_line2": "SAAddressLine2",
           "address2_line3": "SAAddressLine3", "address2_city": "SACity",
           "address2_stateorprovince": "SARegion", "address2_postalcode": "SAPostalCode",
           "address2_country": "SACountry", "telephone1": "PhoneNumber", "fax": "FaxNumber",
           "telephone3": "MobileNumber", "websiteurl": "Website"}
PRODUCT = {"productnumber": "*ItemCode", "name": "ItemName", "description": "SalesDescription",
           "price": "SalesUnitPrice", "currentcost": "PurchasesUnitPrice",
           "quantitydecimal": None}
QUOTE = {"quotenumber": "*QuoteNumber", "name": "*QuoteNumber", "effectivefrom": "*QuoteDate",
         "expireson": "ExpiryDate", "totalamount": "Total", "totaltax": "TaxTotal",
         "billto_stateorprovince": "PORegion", "description": "Summary",
         "statuscode": "Status", "billto_line1": "POAddressLine1",
         "billto_line2": "POAddressLine2", "billto_line3": "POAddressLine3",
         "billto_city": "POCity", "billto_postalcode": "POPostalCode",
         "billto_country": "POCountry"}


def _org(client: Any) -> None:
    """What the org's admin set up: the default unit group and unit, and the price list
    quotes go on (Dynamics holds a quote only with one)."""
    group = client.create("uomschedules", {"name": "Default Unit",
                                           "baseuomname": "Primary Unit"})
    client.create("uoms", {"name": "Primary Unit", "quantity": 1,
                           "uomscheduleid@odata.bind": f"/uomschedules({group})"})
    client.create("pricelevels", {"name": "Xero prices"})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone) for the test below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


def test_xero_contacts_items_and_quotes_load(runs: Callable[[str], Path]) -> None:
    """Twelve contacts load as accounts, three items as products, four quotes as quotes of
    their contact's account (one closed as won); nothing is held back; nothing differs."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "closed") == {
        "account": ("Contacts", 12, 12, 0, 0, 0, 0, 0),
        "product": ("InventoryItems", 3, 3, 0, 0, 0, 0, 0),
        "quote": ("Quotes", 4, 4, 0, 0, 0, 0, 1)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "product", "quote"}
    assert {c["target"]: c["source"] for c in tables["account"]["columns"]} == ACCOUNT
    assert {c["target"]: c["source"] for c in tables["product"]["columns"]} == PRODUCT
    assert {c["target"]: c["source"] for c in tables["quote"]["columns"]} == QUOTE
    assert {t: tables[t]["source_key"] for t in tables} == {
        "account": "key(*ContactName)", "product": "key(*ItemCode)",
        "quote": "key(*QuoteNumber)"}
    assert not any(tables[t].get("owner") for t in tables)
    assert not tables["account"].get("lookups")
    assert {lk["target"]: (lk["table"], lk.get("source"), lk.get("by"))
            for lk in tables["quote"]["lookups"]} == {
        "customerid": ("account", "*ContactName", "*ContactName"),
        "pricelevelid": ("pricelevel", None, None),
        # the quote's 'Currency' code: the org's currency, found by its code
        "transactioncurrencyid": ("transactioncurrency", "Currency", None)}
    assert [lk["existing"] for lk in tables["quote"]["lookups"]
            if lk["target"] == "transactioncurrencyid"] == [
        {"table": "transactioncurrency", "by": "isocurrencycode"}]
    assert "DefaultCurrency" in tables["account"]["unmapped"]
    assert {u["source"]: u["kind"] for u in mapping["unmatched_sources"]} == {
        "SalesInvoices": "unknown"}

    for kind in ("quarantine", "skipped", "cleared"):
        for name in ("account", "product", "quote"):
            rows = pl.read_csv(run_dir / kind / f"{name}.csv", infer_schema=False)
            assert rows.height == 0, (kind, name)

    accounts = pl.read_parquet(run_dir / "staged" / "account.parquet").sort("__source_row")
    assert accounts["name"].to_list() == [
        "ABC Limited", "Acme Parts Co.", "Adam", "Barney Rubble-83203", "Bruce Banner",
        "Foo9987", "FooBar", "John Smith-82160", "Katherine Warren", "Liam Gallagher",
        "Lisa Parker", "Luke Skywalker"]
    acme = accounts.filter(pl.col("name") == "Acme Parts Co.").to_dicts()[0]
    assert {c: acme[c] for c in ACCOUNT} == {
        "name": "Acme Parts Co.", "accountnumber": "1234567", "emailaddress1": "bk@krave.co",
        "address1_line1": "1234 Fake Street", "address1_line2": None, "address1_line3": None,
        "address1_city": "Vancouver", "address1_stateorprovince": "British Columbia",
        "address1_postalcode": "V6B 2T4", "address1_country": None,
        "address2_line1": "123 Fake Street", "address2_line2": None, "address2_line3": None,
        "address2_city": "Vancouver", "address2_stateorprovince": "British Columbia",
        "address2_postalcode": "V6B 2T4", "address2_country": None,
        "telephone1": "1 604 408-0914", "fax": "2 123 123-9933", "telephone3": "3 234 999-44",
        "websiteurl": "http://www.google.com"}
    assert accounts.filter(pl.col("address1_stateorprovince").is_not_null()).select(
        "name", "address1_city", "address1_stateorprovince", "address1_country").rows() == [
        ("Acme Parts Co.", "Vancouver", "British Columbia", None),
        ("Katherine Warren", "Palo Alto", "CA", "United States"),
        ("Liam Gallagher", "Anytown", "NY", "USA"),
        ("Lisa Parker", "Anchorage", "AK", "United States")]

    products = pl.read_parquet(run_dir / "staged" / "product.parquet").sort("__source_row")
    assert products.select(*PRODUCT).rows() == [
        ("123", "Guitars", "Guitars Fender Strat", 5000.0, None, 2),
        ("abc38306", "Hello8746", "Hello Xero", None, None, 2),
        ("abc65591", "Hello11350", "Barfoo", None, None, 2)]

    by_name = dict(zip(accounts["name"], accounts["__source_id"], strict=True))
    quotes = pl.read_parquet(run_dir / "staged" / "quote.parquet").sort("__source_row")
    assert quotes.select("quotenumber", "name", "effectivefrom", "expireson", "totalamount",
                         "totaltax", "description", "statuscode",
                         "__ref__customerid_account").rows() == [
        ("QU-0001", "QU-0001", "2019-10-24T00:00:00Z", "2019-10-25T00:00:00Z", 20.65, 2.69,
         "Please buy this", 4, by_name["Adam"]),
        ("QU-0008", "QU-0008", "2020-02-01T00:00:00Z", None, 20.0, 0.0, None, 1,
         by_name["John Smith-82160"]),
        ("QU-0009", "QU-0009", "2020-02-01T00:00:00Z", None, 20.0, 0.0, None, 1,
         by_name["John Smith-82160"]),
        ("QU-0007", "QU-0007", "2020-02-01T00:00:00Z", "2020-02-15T00:00:00Z", 500.0, 0.0,
         None, 1, by_name["ABC Limited"])]
    currencies = quotes.select("__ref__transactioncurrencyid", "__via__transactioncurrencyid")
    assert currencies.rows() == [
        (f'existing:{{"match": {{"isocurrencycode": "{code}"}}, "table": "transactioncurrency"}}',
         "existing") for code in ("AUD", "USD", "USD", "NZD")]

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified["account"]) == set(ACCOUNT)
    assert set(verified["product"]) == set(PRODUCT) | {"defaultuomid", "defaultuomscheduleid"}
    assert set(verified["quote"]) == set(QUOTE) | {"customerid", "pricelevelid",
                                                   "transactioncurrencyid"}
    assert not any(n for cols in verified.values() for n in cols.values())
