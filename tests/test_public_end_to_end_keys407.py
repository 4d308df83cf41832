"""keys407's public export runs end to end from its parameters file, decisions only (issue
13): Chargebee (SaaS subscription billing; the fallback of Insightly CRM, whose Airbyte
connector ships no records), the records Airbyte's Chargebee connector's acceptance test
expects (airbytehq/airbyte at 036e29c9, MIT by the connector's metadata.yaml: 53 records in
19 streams of a test site) as a CSV destination writes each stream
(tests/data/exports/chargebee-airbyte; SOURCE.md), on the branch-point engine 61abbabc
(session 53, round Z6). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``, through conftest's ``runs``).

The three customers load as accounts (the parameters decide the file's kind: discovery named
it contact by its first and last names, the held-out measure's propose misses), the three
contacts as contacts (no parent: the stream carries no customer id), one quote and one order
as a quote and a sales order of their customer on the price list the org's admin set up
(created first, as an admin would); the other two quotes and two orders name customers the
export does not hold (cbdemo_richard, cbdemo_tyler): held back, each with its reason, never
linked by guess. Nothing is skipped or cleared; verification finds no column differing. The
parameters also decide the quote's number (Chargebee's id), its status (closed: Closed,
Canceled), the amounts as cents (divided by 100), the order's discount as an amount (the map
read it as a percentage: the held-out miss), its name (the document number) and status
(queued: Pending), the billing address left out (a JSON object whose first text is the
e-mail), and the customer links by Chargebee's customer id. Owners: the fallback (no owner
column).

What the run reads: a customer's company (name), e-mail, phone and creation date; a
contact's first and last name, e-mail, phone and enabled flag (as the state); a quote's name,
number (id), status (state and status reason), total and customer; an order's document
number (number and name), status, order date (submitted), creation date, discount, total
and customer.

What is NOT read (left unmapped), as the map lists it:
- customer: the billing person's first and last name (no account column), the billing
  address (by decision), and the billing settings and balances (auto collection, net term
  days, direct debit, taxability, card status, credits, unbilled charges, preferred
  currency, MRR, locale, contacts again, payment method...);
- contact: the label and the two e-mail copy flags;
- quote: its operation and price type, the computed amounts, version, lines, discounts,
  taxes and addresses (its valid-till date and date, Unix seconds and the held-out misses, are
  read since session 53 as the expiry and the effective-from date; its currency code is bound
  to the org's currency);
- order: the invoice, subscription, payment status, order type, shipping date, tax, paid and
  credited amounts, exchange rate, lines and addresses (its currency code is bound to the
  org's currency);
- the other fifteen files (the catalogue, subscriptions, invoices, credit notes, payments,
  coupons, gifts, comments...): not moved, each listed with discovery's kind.
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

NAME = "chargebee-airbyte"
PRICE_LIST = "Chargebee prices"

COLUMNS = {
    "account": {"emailaddress1": "email", "telephone1": "phone", "name": "company",
                "overriddencreatedon": "created_at"},
    "contact": {"firstname": "first_name", "lastname": "last_name", "emailaddress1": "email",
                "telephone1": "phone", "statecode": "enabled"},
    "quote": {"name": "name", "quotenumber": "id", "statecode": "status",
              "statuscode": "status", "totalamount": "total",
              "effectivefrom": "date", "expireson": "valid_till"},
    "salesorder": {"ordernumber": "document_number", "name": "document_number",
                   "statuscode": "status", "submitdate": "order_date",
                   "overriddencreatedon": "created_at", "discountamount": "discount",
                   "totalamount": "total"},
}
#: the files not moved, with discovery's kind
NOT_MOVED = {
    "attached_item": "product", "comment": "note", "coupon": "unknown",
    "credit_note": "unknown", "differential_price": "price_list_item", "gift": "unknown",
    "invoice": "unknown", "item": "product", "item_family": "unknown",
    "item_price": "price_list_item", "payment_source": "custom_field",
    "promotional_credit": "custom_field", "quote_line_group": "unknown",
    "subscription": "unknown", "transaction": "unknown"}
#: the quotes and orders held back: (source id, the customer the export does not hold)
HELD_BACK = {"quote": [("Q20230002", "cbdemo_richard"), ("Q20230003", "cbdemo_tyler")],
             "salesorder": [("1", "cbdemo_tyler"), ("2", "cbdemo_richard")]}


def _with_price_list(client: Any) -> None:
    """The org's admin sets up the price list every quote and order loads on."""
    client.create("pricelevels", {"name": PRICE_LIST})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Any]:
    return runs_once(tmp_path_factory,
                     lambda name, root: run_public(name, root, org_setup=_with_price_list))


def test_chargebee_customers_contacts_quotes_and_orders_load(
        runs: Callable[[str], Path]) -> None:
    """3 accounts, 3 contacts, 1 quote and 1 order load; 2 quotes and 2 orders of customers
    the export lacks are held back with their reason; values as decided; nothing cleared;
    verification finds no column differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "account": ("customer", 3, 3, 0, 0, 0, 0), "contact": ("contact", 3, 3, 0, 0, 0, 0),
        "quote": ("quote", 3, 1, 2, 0, 0, 0), "salesorder": ("order", 3, 1, 2, 0, 0, 0)}
    assert (out["quote"]["closed"], out["quote"]["closed_as"]) == (1, {"Closed": 1})
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "customer": ("account", {"account": 3}), "contact": ("contact", {"contact": 3}),
        "quote": ("quote", {"quote": 3}), "order": ("order", {"salesorder": 3}),
        **{f: (kind, {}) for f, kind in NOT_MOVED.items()}}
    for table, rows in HELD_BACK.items():
        held = pl.read_csv(run_dir / "quarantine" / f"{table}.csv", infer_schema=False)
        assert list(zip(held["source_id"], held["value"], strict=True)) == rows
        assert all(f"'{customer}' is not an account of the export" in reason
                   for (_, customer), reason in zip(rows, held["reason"], strict=True))
    for table in COLUMNS:
        cleared = run_dir / "cleared" / f"{table}.csv"
        assert len(cleared.read_text().splitlines()) == 1, table   # the header alone

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t.get("name") or t["target"]: t for t in mapping["tables"]}
    assert set(tables) == set(COLUMNS)
    for table, columns in COLUMNS.items():
        t = tables[table]
        assert {c["target"]: c["source"] for c in t["columns"]} == columns, table
        assert t["source_key"] == "id"
        assert not t.get("owner") and not t.get("unresolved_lookups")
    assert {"first_name", "last_name", "billing_address"} <= set(tables["account"]["unmapped"])
    assert not {"valid_till", "date"} & set(tables["quote"]["unmapped"])
    for table in ("quote", "salesorder"):
        assert {lk["target"]: (lk["table"], lk["source"]) for lk in tables[table]["lookups"]} \
            == {"customerid": ("account", "customer_id"), "pricelevelid": ("pricelevel", None),
                # its currency code ('USD', the org's base): the org's currency
                "transactioncurrencyid": ("transactioncurrency", "currency_code")}
    assert not tables["account"].get("lookups") and not tables["contact"].get("lookups")
    assert {(u["source"], u["kind"]) for u in mapping["unmatched_sources"]} == set(
        NOT_MOVED.items())

    staged = run_dir / "staged"
    accounts = pl.read_parquet(staged / "account.parquet").sort("__source_row")
    assert list(zip(accounts["__source_id"], accounts["name"], strict=True)) == [
        ("Customer-5", "Test Company Org 5"), ("Test-Custome-1", "Test Customer Org"),
        ("cbdemo_simon", "Openlane Ltd")]
    contacts = pl.read_parquet(staged / "contact.parquet").sort("__source_row")
    assert contacts["lastname"].to_list() == ["Sample", "Sample Lastname 1",
                                              "Sample Lastname 2"]
    assert contacts["statecode"].to_list() == [0, 0, 0]       # every contact enabled
    quote = pl.read_parquet(staged / "quote.parquet").to_dicts()
    assert [(q["__source_id"], q["quotenumber"], q["name"], q["statecode"], q["statuscode"],
             q["totalamount"], q["__ref__customerid_account"]) for q in quote] == [
        ("Q20230001", "Q20230001", "Q1", 3, 6, 0.0, "Test-Custome-1")]
    # Unix seconds read as dates (UTC): 2023-01-18 15:12:03, valid till 2023-01-29 07:59:59
    assert [(str(q["effectivefrom"])[:19], str(q["expireson"])[:19]) for q in quote] == [
        ("2023-01-18T15:12:03", "2023-01-29T07:59:59")]
    order = pl.read_parquet(staged / "salesorder.parquet").to_dicts()
    assert [(o["__source_id"], o["ordernumber"], o["name"], o["statuscode"],
             o["discountamount"], o["totalamount"], o["__ref__customerid_account"])
            for o in order] == [("3", "lol3", "lol3", 2, 3.0, 7.0, "cbdemo_simon")]

    verified = verified_columns(run_dir)
    assert set(verified["account"]) == set(COLUMNS["account"])
    assert set(verified["contact"]) == set(COLUMNS["contact"])
    assert set(verified["quote"]) == set(COLUMNS["quote"]) | {"customerid", "pricelevelid",
                                                              "transactioncurrencyid"}
    assert set(verified["salesorder"]) == set(COLUMNS["salesorder"]) | {
        "customerid", "pricelevelid", "transactioncurrencyid"}
    assert not any(n for cols in verified.values() for n in cols.values())
