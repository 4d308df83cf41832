"""keys434's public export runs end to end from its parameters file, decisions only
(issue 13): Oracle Database's SH (Sales History) sample schema (oracle-samples/
db-sample-schemas at 3b12adfc, MIT; a retailer's star schema of sales history), its own
fixed data files (1,000 customers of cust2v3.dat, 72 products, 503 promotions, 2,804 sales
rows, 23 countries, 5 channels, 1,826 calendar days) as SQL Developer's Database Export
writes each table (``<TABLE>_DATA_TABLE.csv``, Oracle's column names, DD-MON-RR dates;
tests/data/exports/oracle-sales-history-export-en; SOURCE.md), on the branch-point engine
c5cbeb44 (session 55, round Z10). Same harness as tests/test_public_end_to_end.py (the shared
runner ``runs_once``, through ``run_public``).

The 1,000 customers load as contacts keyed by CUST_ID: first and last name, gender (M / F
decided 1 / 2), marital status (single, married, divorced, widow as the map reads them; 223
empty), street, postal code, city, state, phone and e-mail. The 72 products load on the
org's default unit group and unit, keyed by PROD_ID, their number SH's product id (the map
took the name, which two DVD-R packs share), with name, description, list price and status
('STATUS', SH's placeholder for every product, decided Active). The promotions load as
campaigns keyed by PROMO_ID (name, cost as the budget, begin and end dates read DD-MON-RR:
'23-DEC-00' is 23 December 2000); SH's 'NO PROMOTION #' row (999) is skipped with its reason:
502 of 503. Nothing held back or failed; no one queued as owner; verification finds no column
differing.

The parameters decide: the promotions file as campaigns (discovery named it unknown: a
measured file miss, which left propose with none of its columns); the keys; no owner
column; the customers' city and state (left unread beside their hierarchy ids: the measured
misses); the country id left unmapped (COUNTRIES' number, not a country's name: the map took
it as the address's country); the product number; the campaigns' name, cost and dates; the
products' structure and whole units and their unit group and unit; the gender and product
status options; the 'NO PROMOTION' row skipped.

The customer's credit limit loads as the contact's credit limit (session 56: the emulator
serves Dataverse's documented contact creditlimit, money; SH's limits are whole amounts).

What is NOT read (left unmapped): the customers' year of birth, income bracket, country id,
hierarchy ids and labels and validity columns; the products' subcategory and category,
weight class, unit, pack size, supplier, minimum price and validity columns; the promotions'
subcategory and category (the medium). The sales rows (SALES_DATA_TABLE: their customers are
those of cust1v3.dat, not in the export), the countries, channels and calendar stay in
Oracle, each reported unmatched.
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

NAME = "oracle-sales-history-export-en"
CUSTOMERS, PRODUCTS, PROMOTIONS = ("CUSTOMERS_DATA_TABLE", "PRODUCTS_DATA_TABLE",
                                   "PROMOTIONS_DATA_TABLE")
LEFT = ("SALES_DATA_TABLE", "COUNTRIES_DATA_TABLE", "CHANNELS_DATA_TABLE", "TIMES_DATA_TABLE")
CONTACT = {"firstname": "CUST_FIRST_NAME", "lastname": "CUST_LAST_NAME",
           "gendercode": "CUST_GENDER", "familystatuscode": "CUST_MARITAL_STATUS",
           "address1_line1": "CUST_STREET_ADDRESS", "address1_postalcode": "CUST_POSTAL_CODE",
           "address1_city": "CUST_CITY", "address1_stateorprovince": "CUST_STATE_PROVINCE",
           "telephone1": "CUST_MAIN_PHONE_NUMBER", "emailaddress1": "CUST_EMAIL",
           # session 56: the emulator serves the documented contact creditlimit (money)
           "creditlimit": "CUST_CREDIT_LIMIT"}
PRODUCT = {"name": "PROD_NAME", "description": "PROD_DESC", "statuscode": "PROD_STATUS",
           "price": "PROD_LIST_PRICE", "productnumber": "PROD_ID", "productstructure": None,
           "quantitydecimal": None}
CAMPAIGN = {"name": "PROMO_NAME", "budgetedcost": "PROMO_COST",
            "actualstart": "PROMO_BEGIN_DATE", "actualend": "PROMO_END_DATE"}


def _org(client: Any) -> None:
    """What the org's admin set up: the default unit group and unit the products are
    counted in."""
    group = client.create("uomschedules", {"name": "Default Unit",
                                           "baseuomname": "Primary Unit"})
    client.create("uoms", {"name": "Primary Unit", "quantity": 1,
                           "uomscheduleid@odata.bind": f"/uomschedules({group})"})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone) for the tests below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


def test_oracle_sh_customers_products_and_promotions_load(
        runs: Callable[[str], Path]) -> None:
    """Customers as contacts, products, promotions as campaigns (the 'NO PROMOTION' row
    skipped with its reason); the sales and the dimension lists stay in Oracle; verification
    finds no column differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "closed") == {
        "contact": (CUSTOMERS, 1000, 1000, 0, 0, 0, 0, 0),
        "product": (PRODUCTS, 72, 72, 0, 0, 0, 0, 0),
        "campaign": (PROMOTIONS, 503, 502, 0, 1, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        CUSTOMERS: ("contact", {"contact": 1000}), PRODUCTS: ("product", {"product": 72}),
        PROMOTIONS: ("campaign", {"campaign": 503}), **{f: ("unknown", {}) for f in LEFT}}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "product", "campaign"}
    for target, columns in (("contact", CONTACT), ("product", PRODUCT),
                            ("campaign", CAMPAIGN)):
        assert {c["target"]: c["source"] for c in tables[target].get("columns", [])} == columns
        assert not tables[target].get("owner")          # the tables name no one
    assert {t: tables[t]["source_key"] for t in tables} == {
        "contact": "key(CUST_ID)", "product": "key(PROD_ID)", "campaign": "key(PROMO_ID)"}
    assert not tables["contact"].get("lookups") and not tables["campaign"].get("lookups")
    assert {lk["target"]: lk["table"] for lk in tables["product"]["lookups"]} == {
        "defaultuomid": "uom", "defaultuomscheduleid": "uomschedule"}
    assert {"COUNTRY_ID", "CUST_YEAR_OF_BIRTH"} <= set(tables["contact"]["unmapped"])
    assert "CUST_CREDIT_LIMIT" not in tables["contact"]["unmapped"]
    assert {u["source"]: u["kind"] for u in mapping["unmatched_sources"]} == {
        f: "unknown" for f in LEFT}

    skipped = pl.read_csv(run_dir / "skipped" / "campaign.csv", infer_schema=False)
    assert skipped.select("column", "value").rows() == [("PROMO_ID", "999")]
    assert "NO PROMOTION" in skipped["reason"][0]
    for target in ("contact", "product", "campaign"):
        for kind in ("quarantine", "cleared", "failed"):
            assert pl.read_csv(run_dir / kind / f"{target}.csv",
                               infer_schema=False).height == 0, (kind, target)

    staged = run_dir / "staged"
    contacts = pl.read_parquet(staged / "contact.parquet").sort("__source_row")
    assert contacts.height == 1000 and contacts["__source_id"].n_unique() == 1000
    first = contacts.row(0, named=True)
    assert {c: first[c] for c in CONTACT} == {
        "firstname": "Aaron", "lastname": "Kelley", "gendercode": 1, "familystatuscode": 1,
        "address1_line1": "7310 Breathing Street", "address1_postalcode": "63033",
        "address1_city": "Groningen", "address1_stateorprovince": "Groningen",
        "telephone1": "(337) 386-5863", "emailaddress1": "aaron.kelley@company2.com",
        "creditlimit": 7000.0}
    assert "address1_country" not in contacts.columns     # the country id left in Oracle
    assert Counter(contacts["gendercode"].to_list()) == {1: 500, 2: 500}
    assert Counter(contacts["creditlimit"].to_list()) == {
        7000.0: 294, 3000.0: 168, 5000.0: 126, 1500.0: 125, 10000.0: 123, 9000.0: 82,
        11000.0: 82}
    assert Counter(contacts["familystatuscode"].to_list()) == {
        1: 328, 2: 224, None: 223, 3: 150, 4: 75}      # single, married, -, divorced, widow

    products = pl.read_parquet(staged / "product.parquet").sort("__source_row")
    assert products.height == 72 and products["productnumber"].n_unique() == 72
    assert products.select("productnumber", "name", "price", "statuscode").row(0) == (
        "13", "5MP Telephoto Digital Camera", 899.99, 1)
    assert products.filter(pl.col("name") == "DVD-R Discs, 4.7GB, Pack of 5")[
        "productnumber"].sort().to_list() == ["122", "123"]
    assert set(products["statuscode"].to_list()) == {1}

    campaigns = pl.read_parquet(staged / "campaign.parquet").sort("__source_row")
    assert campaigns.height == 502
    assert campaigns.select(list(CAMPAIGN)).row(0) == (
        "newspaper promotion #16-108", 200.0, "2000-12-23T00:00:00Z",
        "2001-01-23T00:00:00Z")                          # '23-DEC-00' .. '23-JAN-01'
    assert "NO PROMOTION #" not in campaigns["name"].to_list()
    assert campaigns["budgetedcost"].sum() == 25230900.0

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(CONTACT)
    assert set(verified["product"]) == set(PRODUCT) | {"defaultuomid", "defaultuomscheduleid"}
    assert set(verified["campaign"]) == set(CAMPAIGN)
    assert not any(n for cols in verified.values() for n in cols.values())
