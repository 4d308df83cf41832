"""keys424's public export runs end to end from its parameters file, decisions only (issue
13): xTuple ERP / PostBooks (xtuple/xtuple at 4d29f265 through the fork shackbarth/xtuple,
CPAL-1.0; an ERP with CRM), the records its own demo-population script posts (the Open BI
extension's populate_data.js at xtuple-extensions 7cfd9211: 24 opportunities, 12 quotes) as
its web client's list Export writes them (ORM key paths as headers, untranslated: English
only; tests/data/exports/xtuple-export-en, SOURCE.md), on the branch-point engine d4b1bc50
(session 54, round Z8). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``).

The export holds no customers file: the three customers the quotes name (TTOYS, XRETAIL,
XTRM) are made from the quotes' customer columns and load as accounts (number, name, the
billing contact's phone and fax, that contact's address). Of the 24 opportunities, 20 load
as opportunities of their account (potential customer and account, by its number), at their
stage, the 15 at QUOTE closed as won and the 5 at INFORMATION open; the 4 of TPARTS (no
customer of the quotes, no account of the export) are held back, each with its reason. The
12 quotes load as quotes of their customer on the price list the org's admin set up (the
test creates it first), the 6 converted ones (C) closed as won, the 6 open ones (O) in
progress. Owners as the map reads them (an opportunity's assigned user, a quote's sales
rep): the org has none of them, so each record falls back to the fallback owner and the
owner queue lists the four names. Verification finds no column differing.

The parameters decide: the customers made from the quotes' values (no intake decision for
the two files: discovery names the opportunities a deal list); the keys (xTuple's numbers);
the account's columns; the opportunity's target close date (a measured miss); the quote's
name and number (Dynamics requires a name); the opportunity's customer and account links
by the account number (the map read it as the account alone); the quote's customer link
(the map read 'customer.number' as the quote's number: a measured miss); the price list;
the stages (QUOTE won, INFORMATION open, as the script says); the quote status options.

What the run reads: the customer's number, name, billing contact's phone and fax and
address (line 1 to 3, city, state, postal code, country); the opportunity's name, amount,
target and actual close dates, stage, account and assigned user; the quote's number, status,
date, total, customer, sales rep, bill-to and ship-to name, city, state and country. The
currency code binds each opportunity (USD, the org's base) and each quote (6 USD, 6 GBP: the
pound the rehearsal org's admin added) to the org's currency of that code.

What is NOT read (left unmapped):
- opportunities: the active flag, start and assign dates, type and source codes, the
  record's owner ('admin'), the assigned user's proper name, flags and e-mail, the priority
  order;
- quotes: the billing contact's number and names, the customer's status (C), the customer's
  PO number and order notes (empty), and the billing contact's phone, fax and address on the
  quote itself (they load on the account).
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

NAME = "xtuple-export-en"
ACCOUNT = {"name": "customer.name", "accountnumber": "customer.number",
           "telephone1": "customer.billingContact.phone",
           "fax": "customer.billingContact.fax",
           "address1_line1": "customer.billingContact.address.line1",
           "address1_line2": "customer.billingContact.address.line2",
           "address1_line3": "customer.billingContact.address.line3",
           "address1_city": "customer.billingContact.address.city",
           "address1_stateorprovince": "customer.billingContact.address.state",
           "address1_postalcode": "customer.billingContact.address.postalCode",
           "address1_country": "customer.billingContact.address.country"}
OPPORTUNITY = {"name": "name", "actualclosedate": "actualDate", "estimatedvalue": "amount",
               "estimatedclosedate": "targetClose", "salesstage": "__stage_salesstage",
               "stepname": "__stage_stepname", "closeprobability": "__stage_closeprobability",
               "statecode": "__stage_state"}
QUOTE = {"statuscode": "status", "effectivefrom": "quoteDate", "totalamount": "total",
         "billto_name": "billtoName", "billto_city": "billtoCity",
         "billto_stateorprovince": "billtoState", "billto_country": "billtoCountry",
         "shipto_name": "shiptoName", "shipto_city": "shiptoCity",
         "shipto_stateorprovince": "shiptoState", "shipto_country": "shiptoCountry",
         "name": "number", "quotenumber": "number"}


def _org(client: Any) -> None:
    """What the org's admin set up: the price list the quotes go on (Dynamics holds a quote
    only with one)."""
    client.create("pricelevels", {"name": "xTuple prices"})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone) for the test below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


def test_xtuple_customers_opportunities_and_quotes_load(runs: Callable[[str], Path]) -> None:
    """The quotes' customers load as accounts, the opportunities of those accounts at their
    stage (TPARTS's held back), the quotes of their customers; verification finds no column
    differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "account": ("customers", 3, 3, 0, 0, 0, 0),
        "opportunity": ("OpportunityExport", 24, 20, 4, 0, 0, 0),
        "quote": ("QuoteExport", 12, 12, 0, 0, 0, 0)}
    assert out["account"]["closed"] == 0
    assert (out["opportunity"]["closed"], out["opportunity"]["closed_as"]) == (15, {"Won": 15})
    assert (out["quote"]["closed"], out["quote"]["closed_as"]) == (6, {"Won": 6})
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "OpportunityExport": ("deal", {"opportunity": 24}),
        "QuoteExport": ("quote", {"quote": 12})}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "opportunity", "quote"}
    for target, columns, key in (("account", ACCOUNT, "customer.number"),
                                 ("opportunity", OPPORTUNITY, "number"),
                                 ("quote", QUOTE, "number")):
        table = tables[target]
        assert {c["target"]: c["source"] for c in table.get("columns", [])} == columns
        assert table["source_key"] == f"key({key})"
        assert not table.get("unresolved_lookups")
    assert not tables["account"].get("owner") and not tables["account"].get("lookups")
    assert tables["opportunity"]["owner"]["source"] == "assignedTo.username"
    assert tables["quote"]["owner"]["source"] == "salesRep"
    currency = {"transactioncurrencyid": ("transactioncurrency", "currency", None)}
    assert {lk["target"]: (lk["table"], lk.get("source"), lk.get("by"))
            for lk in tables["opportunity"]["lookups"]} == {
        "customerid": ("account", "account.number", "customer.number"),
        "parentaccountid": ("account", "account.number", "customer.number"), **currency}
    assert {lk["target"]: (lk["table"], lk.get("source"), lk.get("by"))
            for lk in tables["quote"]["lookups"]} == {
        "customerid": ("account", "customer.number", "customer.number"),
        "pricelevelid": ("pricelevel", None, None), **currency}
    for target in ("opportunity", "quote"):   # the currency code: the org's currency of it
        assert [lk["existing"] for lk in tables[target]["lookups"]
                if lk["target"] == "transactioncurrencyid"] == [
            {"table": "transactioncurrency", "by": "isocurrencycode"}], target
    assert not mapping.get("unmatched_sources")

    quarantine = pl.read_csv(run_dir / "quarantine" / "opportunity.csv", infer_schema=False)
    assert quarantine["row"].to_list() == ["1", "8", "13", "20"]   # TPARTS's four
    assert set(quarantine["value"].to_list()) == {"TPARTS"}
    assert all("no customerid" in r for r in quarantine["reason"].to_list())
    for table in ("account", "quote"):
        assert pl.read_csv(run_dir / "quarantine" / f"{table}.csv").height == 0

    staged = run_dir / "staged"
    accounts = pl.read_parquet(staged / "account.parquet").to_dicts()
    assert [(a["accountnumber"], a["name"], a["address1_city"], a["address1_postalcode"])
            for a in accounts] == [
        ("TTOYS", "Tremendous Toys Incorporated", "Walnut Hills", "22209"),
        ("XRETAIL", "Master Prodiem Toys Retail Customer", "Norfolk", "23180"),
        ("XTRM", "Xtreme Toys LTD", "Reading", "RG6 1RA")]
    ttoys = accounts[0]
    assert (ttoys["address1_line1"], ttoys["address1_line2"], ttoys["telephone1"],
            ttoys["fax"]) == ("Tremendous Toys Inc.", "101 Toys Place", "703-931-4269",
                              "703-931-2212")
    assert (accounts[2]["address1_line3"], accounts[2]["address1_country"]) == (
        "Suite 100", "United Kingdom")
    by_number = {a["__source_id"]: a["accountnumber"] for a in accounts}

    opps = pl.read_parquet(staged / "opportunity.parquet")
    assert opps.height == 20
    won = opps.filter(pl.col("stepname") == "QUOTE")
    still = opps.filter(pl.col("stepname") == "INFORMATION")
    assert (won.height, set(won["statecode"].to_list()), set(won["salesstage"].to_list())) \
        == (15, {1}, {2})
    assert (still.height, set(still["statecode"].to_list())) == (5, {0})
    assert still["actualclosedate"].null_count() == 5
    feb = opps.filter(pl.col("__source_row") == 2).to_dicts()[0]   # 50002, TTOYS
    assert (feb["name"], feb["estimatedvalue"]) == ("Feb Opportunity", 15000.0)
    assert feb["estimatedclosedate"].startswith("2013-04-01")
    assert feb["actualclosedate"].startswith("2013-05-01")
    assert by_number[feb["__ref__customerid_account"]] == "TTOYS"
    assert feb["__ref__parentaccountid"] == feb["__ref__customerid_account"]
    assert sorted(by_number[r] for r in opps["__ref__customerid_account"].to_list()) == \
        ["TTOYS"] * 4 + ["XTRM"] * 16
    usd, gbp = (f'existing:{{"match": {{"isocurrencycode": "{code}"}}, '
                '"table": "transactioncurrency"}' for code in ("USD", "GBP"))
    assert set(opps["__ref__transactioncurrencyid"].to_list()) == {usd}
    assert set(opps["__via__transactioncurrencyid"].to_list()) == {"existing"}

    quotes = pl.read_parquet(staged / "quote.parquet").to_dicts()
    assert [q["quotenumber"] for q in quotes] == [str(n) for n in range(70001, 70013)]
    assert [q["statuscode"] for q in quotes] == [4] * 6 + [1] * 6
    assert [by_number[q["__ref__customerid_account"]] for q in quotes] == [
        "TTOYS", "XRETAIL", "XTRM", "XTRM", "TTOYS", "XRETAIL", "XRETAIL", "TTOYS", "XTRM",
        "XTRM", "XTRM", "XTRM"]
    first = quotes[0]
    assert (first["name"], first["totalamount"], first["billto_name"], first["shipto_name"],
            first["shipto_city"]) == ("70001", 19425.0, "Tremendous Toys Incorporated",
                                      "Olde Towne Store 1", "Alexandria")
    assert first["effectivefrom"].startswith("2014-01-01")
    assert quotes[2]["totalamount"] == 16041.25          # '16,041.25' read as a number
    assert quotes[1]["shipto_name"] is None              # XRETAIL's quotes: no ship-to
    assert [(q["__ref__transactioncurrencyid"], q["__via__transactioncurrencyid"])
            for q in quotes] == [(c, "existing") for c in [usd, usd, gbp, gbp] + [usd] * 4 + [
                gbp] * 4]

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert sorted(zip(queue["email"].to_list(), queue["records"].to_list(), strict=True)) == [
        ("1000", "7"), ("johns", "12"), ("jsmith", "5"), ("samm", "8")]
    assert all(r.startswith("assigned to fallback owner") for r in queue["resolution"])
    verified = verified_columns(run_dir)
    assert set(verified["account"]) == set(ACCOUNT)
    assert set(verified["opportunity"]) == set(OPPORTUNITY) | {
        "customerid", "parentaccountid", "ownerid", "transactioncurrencyid"}
    assert set(verified["quote"]) == set(QUOTE) | {"customerid", "pricelevelid", "ownerid",
                                                   "transactioncurrencyid"}
    assert not any(n for cols in verified.values() for n in cols.values())
