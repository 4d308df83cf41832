"""keys471's public export runs end to end from its parameters file, decisions only
(issue 13): sevdesk (peerigon/sevdesk at dbae0059, MIT: the TypeScript client's copy of the
sevdesk OpenAPI description, whose documented examples are sevdesk's own records: one
contact, contact address, communication way, part, invoice, order and voucher) headed by
sevdesk's API field names, in English (tests/data/exports/sevdesk-export-en; SOURCE.md), on
the branch-point engine 1ff802d6 (session 58, round Z22). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``, through the module's
``runs``), the org's default unit group and unit and the quotes' price list made first as
its admin would (as tests/test_public_end_to_end_keys410.py).

The contact John Snow loads as a contact keyed by sevdesk's id: 'surename' John as the
first name, 'familyname' Snow, 'titel' Commander as the salutation, the description, status
100 (Lead) as an active contact. The part 'Dragonglass' loads as a product keyed by its
part number 'Part-1000' (also the product number): stock 10000, price 100, purchase price
50 as the current cost, status 100 as active, on the org's default unit group and unit. The
offer 'Offer-1000' loads as a quote: its number, its header 'My Offer-1000' as the name,
its date 01.01.2020, status 100 (Draft) as In Progress, to John Snow (its 'contact' id 0
resolved into the contacts' key) on the admin's price list, its 'currency' (EUR, which the
parameters give the rehearsal org beside its US dollar base) binding it to the org's euro
by its code. Nothing held back, skipped, failed or cleared; no link unresolved; no one
queued as owner; verification finds no column differing. Contact addresses, communication
ways, invoices and vouchers are not loaded: each is reported unmatched.

The parameters decide: the communication ways as unknown (discovery named the file a
custom-field list: the measured file miss); the orders as quotes (the record is an offer,
orderType AN); the keys (sevdesk's 'id'; the part's example has none: 'partNumber'); no
owner column; the measured misses: 'surename' as the first name, 'titel' as the salutation
(not the job title), 'customerNumber' not as the parent customer, 'parent' not read (it
names no organisation of the export), a part's 'text' as its description, the offer's
number, status and customer (left unmapped via propose); the offer's header as the quote's
name; the statuses' options; a part as a single product in whole units on the org's unit.

What is NOT read (left unmapped): a contact's id (the key only), customer number, parent,
category, second name, VAT, bank and tax fields, cash discount and payment defaults; a
part's category, unit (bound by decision), net and gross prices, tax rate, stock flag and
internal comment; an offer's texts, address, sums (the foreign-currency ones too), tax
fields, type, version and sevdesk users; the files contact_addresses.csv,
communication_ways.csv, invoices.csv and vouchers.csv whole.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

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
from test_public_end_to_end_keys94 import _catalogue_and_price_list

NAME = "sevdesk-export-en"
CONTACT = {"firstname": "surename", "lastname": "familyname", "salutation": "titel",
           "description": "description", "statuscode": "status", "gendercode": "gender",
           "birthdate": "birthday"}
PRODUCT = {"name": "name", "productnumber": "partNumber", "description": "text",
           "quantityonhand": "stock", "price": "price", "currentcost": "pricePurchase",
           "statuscode": "status", "productstructure": None, "quantitydecimal": None}
QUOTE = {"quotenumber": "orderNumber", "name": "header", "effectivefrom": "orderDate",
         "statuscode": "status", "paymenttermscode": "paymentTerms"}
UNREAD = {"communication_ways", "contact_addresses", "invoices", "vouchers"}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone) for the test below."""
    return runs_once(tmp_path_factory,
                     lambda n, d: run_public(n, d, _catalogue_and_price_list))


def test_sevdesk_contact_part_and_offer_load(runs: Callable[[str], Path]) -> None:
    """John Snow loads as a contact, 'Dragonglass' as a product on the org's unit, the offer
    as a quote to John Snow on the price list; the other four files stay in sevdesk;
    nothing differs."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "contact": ("contacts", 1, 1, 0, 0, 0, 0, 0),
        "product": ("parts", 1, 1, 0, 0, 0, 0, 0),
        "quote": ("orders", 1, 1, 0, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "contacts": ("contact", {"contact": 1}), "parts": ("product", {"product": 1}),
        "orders": ("quote", {"quote": 1}), **{f: ("unknown", {}) for f in UNREAD}}
    assert not any(files[f]["migrated"] for f in UNREAD)

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "product", "quote"}
    contact, product, quote = tables["contact"], tables["product"], tables["quote"]
    assert (contact["source"], contact["source_key"]) == ("contacts", "key(id)")
    assert {c["target"]: c["source"] for c in contact["columns"]} == CONTACT
    assert {"id", "customerNumber", "parent", "category", "name2", "vatNumber",
            "defaultTimeToPay"} <= set(contact["unmapped"])
    assert not contact.get("lookups")
    assert (product["source"], product["source_key"]) == ("parts", "key(partNumber)")
    assert {c["target"]: c["source"] for c in product["columns"]} == PRODUCT
    assert {"unity", "priceNet", "priceGross", "taxRate", "stockEnabled",
            "internalComment"} <= set(product["unmapped"])
    assert {lk["target"]: lk["existing"]["match"]["name"] for lk in product["lookups"]} == {
        "defaultuomid": "Primary Unit", "defaultuomscheduleid": "Default Unit"}
    assert (quote["source"], quote["source_key"]) == ("orders", "key(id)")
    assert {c["target"]: c["source"] for c in quote["columns"]} == QUOTE
    assert {"sumNet", "sumGross", "orderType", "contactPerson",
            "createUser"} <= set(quote["unmapped"])
    assert "currency" not in quote["unmapped"]
    links = {lk["target"]: lk for lk in quote["lookups"]}
    assert set(links) == {"customerid", "pricelevelid", "transactioncurrencyid"}
    # the offer's 'currency' (EUR): the org's euro, found by its code
    assert (links["transactioncurrencyid"]["source"], links["transactioncurrencyid"]["table"],
            links["transactioncurrencyid"]["existing"],
            links["transactioncurrencyid"].get("by")) == (
        "currency", "transactioncurrency",
        {"table": "transactioncurrency", "by": "isocurrencycode"}, None)
    assert (links["customerid"]["source"], links["customerid"]["table"],
            links["customerid"]["references"]) == ("contact", "contact", "contacts.key(id)")
    assert links["pricelevelid"]["existing"]["match"]["name"] == "Invoice prices"
    assert not any(t.get("owner") for t in tables.values())
    assert {u["source"]: u["kind"] for u in mapping["unmatched_sources"]} == {
        f: "unknown" for f in UNREAD}

    for table in ("contact", "product", "quote"):
        for kind in ("quarantine", "skipped", "cleared", "failed", "unresolved_links"):
            assert pl.read_csv(run_dir / kind / f"{table}.csv",
                               infer_schema=False).height == 0, (table, kind)

    contacts = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert contacts.select(list(CONTACT)).rows() == [
        ("John", "Snow", "Commander", "Rightful king of the seven kingdoms", 1, None, None)]
    products = pl.read_parquet(run_dir / "staged" / "product.parquet")
    assert products.select("name", "productnumber", "quantityonhand", "price", "currentcost",
                           "statuscode", "productstructure", "quantitydecimal").rows() == [
        ("Dragonglass", "Part-1000", 10000.0, 100.0, 50.0, 1, 1, 0)]
    quotes = pl.read_parquet(run_dir / "staged" / "quote.parquet")
    assert quotes.select("quotenumber", "name", "effectivefrom", "statuscode").rows() == [
        ("Offer-1000", "My Offer-1000", "2020-01-01T00:00:00Z", 1)]
    # the offer's customer is the contact this run loads (its id 0 in the contacts' key)
    assert quotes["__ref__customerid_contact"].to_list() == contacts["__source_id"].to_list()
    assert quotes.select("__ref__transactioncurrencyid",
                         "__via__transactioncurrencyid").rows() == [
        ('existing:{"match": {"isocurrencycode": "EUR"}, "table": "transactioncurrency"}',
         "existing")]

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified) == {"contact", "product", "quote"}
    assert set(verified["contact"]) == set(CONTACT)
    assert set(verified["product"]) == {*PRODUCT, "defaultuomid", "defaultuomscheduleid"}
    assert set(verified["quote"]) == {*QUOTE, "customerid", "pricelevelid",
                                      "transactioncurrencyid"}
    assert not any(v for t in verified.values() for v in t.values())
