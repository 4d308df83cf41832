"""keys477's public export runs end to end from its parameters file, decisions only
(issue 13): RetailCRM (Simla.com, an e-commerce CRM), its own records -- the API v5
response bodies its own PHP client's tests replay (retailcrm/api-client-php at 8946611c,
MIT; tests/src/ResourceGroup/*Test.php): the customers 'Иван Иванов Иванович23' (1233) and
'Omega' (4770), the corporate customer 'Test Corp Company' (5043), two notes on customer
1057, orders 7141C and 8123522898559160 (of customers 4924 and 4976), four tasks ('Test task
#1'..'#3', one about customer 4976), the user 'programmer' -- headed by RetailCRM's API field
names as dotted paths ('firstName', 'patronymic', 'phones.number', 'nickName',
'delivery.address.index', 'customer.id'), in English (tests/data/exports/retailcrm-export-en;
SOURCE.md), on the branch-point engine 4c7a5ec4 (session 59, round Z24). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``, through conftest's
``runs``; the org's price list made first, as tests/test_public_end_to_end_keys387.py does
for AbanteCart's orders).

Иван Иванов loads as a contact keyed by RetailCRM's id: first, last and middle name (the
patronymic), phone, country, region, city, creation time. 'Omega', who has a first name only,
is held back with the reason (no last name). The corporate customer loads as an account
under its nickName. The two notes load as notes (text, time) without their customer: 1057
is no customer of the export, each recorded in unresolved_links/. Both orders are held back
with the reason: their customers (4924, 4976) are not in the export and Dynamics holds an
order only with its customer. The four tasks load (subject, due time, completion as the
state, completed time); the one about customer 4976 moves without its regarding link,
recorded. No owner is named: none queued (RetailCRM's manager and performer ids are numeric
user ids no Dynamics user carries).

The parameters decide: the keys (RetailCRM's ids); the measured column misses -- a
customer's patronymic, phones and address text, the corporate customer's nickName, an
order's number, total, delivery cost, postcode, country and address text, a task's text and
due time -- and the columns suggest wrongly took ('site' as a website, 'address.regionId' as
a second address, a subscription id as the parent, 'type' as the customer type,
'mainCompany.id' as the parent account, the order's nested segment, line and link fields);
the links by 'customer.id'; the price list; the gate letting the notes and the task move
without their customer.

What is NOT read (left unmapped): the ids (keys only); 'managerId' and 'performer' (user
ids); RetailCRM's flags, computed sums, discounts, segments, subscriptions, messenger
identities, tags and custom fields; an order's embedded customer and contact records, its
lines, payments and links, its status code; users.csv whole (RetailCRM's login, not created).
An order's currency code ('RUB') is read as a link to the org's currency by its code; both
orders are held back, so no loaded record names a currency the org lacks.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl
import pytest
import yaml

from d365migrate.staging.keys import surrogate_key
from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    run_public,
    runs_once,
    verified_columns,
)

NAME = "retailcrm-export-en"
CONTACT = {"firstname": "firstName", "lastname": "lastName", "middlename": "patronymic",
           "emailaddress1": "email", "telephone1": "phones.number",
           "address1_line1": "address.text", "address1_country": "address.countryIso",
           "address1_stateorprovince": "address.region", "address1_city": "address.city",
           "overriddencreatedon": "createdAt"}
ACCOUNT = {"name": "nickName", "overriddencreatedon": "createdAt"}
ORDER = {"name": "number", "ordernumber": "number", "totalamount": "totalSumm",
         "freightamount": "delivery.cost", "shipto_postalcode": "delivery.address.index",
         "shipto_country": "delivery.address.countryIso",
         "shipto_stateorprovince": "delivery.address.region",
         "shipto_city": "delivery.address.city", "shipto_line1": "delivery.address.text",
         "billto_telephone": "phone", "overriddencreatedon": "createdAt"}
TASK = {"subject": "text", "scheduledend": "datetime", "statecode": "complete",
        "actualend": "completedAt", "overriddencreatedon": "createdAt"}
NOTE = {"notetext": "text", "overriddencreatedon": "createdAt"}


def _org(client: Any) -> None:
    """The price list the org's admin set up for the orders (Dynamics requires one)."""
    client.create("pricelevels", {"name": "RetailCRM prices"})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone) for the test below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


def _rows(run_dir: Path, kind: str, table: str) -> pl.DataFrame:
    return pl.read_csv(run_dir / kind / f"{table}.csv", infer_schema=False)


@pytest.mark.public
def test_retailcrm_customers_notes_orders_and_tasks_load(runs: Callable[[str], Path]) -> None:
    """1 customer loads as a contact, the one without a last name is held back; the corporate
    customer loads as an account; the 2 notes and 4 tasks load, those naming a customer not
    in the export without the link, recorded; both orders, whose customers are not in the
    export, are held back with the reason; the user is not read; nothing differs."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "contact": ("customers", 2, 1, 1, 0, 0, 0, 0),
        "account": ("corporate_customers", 1, 1, 0, 0, 0, 0, 0),
        "note": ("customer_notes", 2, 2, 0, 0, 0, 2, 0),
        "salesorder": ("orders", 2, 0, 2, 0, 0, 0, 0),
        "task": ("tasks", 4, 4, 0, 0, 0, 1, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "customers": ("contact", {"contact": 2}, True),
        "corporate_customers": ("account", {"account": 1}, True),
        "customer_notes": ("note", {"note": 2}, True),
        "orders": ("order", {"salesorder": 2}, True),
        "tasks": ("task", {"task": 4}, True),
        "users": ("user", {}, False)}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "account", "annotation", "salesorder", "task"}
    for target, source, columns in (("contact", "customers", CONTACT),
                                    ("account", "corporate_customers", ACCOUNT),
                                    ("annotation", "customer_notes", NOTE),
                                    ("salesorder", "orders", ORDER),
                                    ("task", "tasks", TASK)):
        table = tables[target]
        assert (table["source"], table["source_key"]) == (source, "key(id)"), target
        assert {c["target"]: c["source"] for c in table["columns"]} == columns, target
        assert not table.get("owner"), target
    assert {"managerId", "site", "address.regionId", "presumableSex",
            "customFields.bool_field"} <= set(tables["contact"]["unmapped"])
    assert {"type", "site", "mainCompany.id", "mainCompany.name"} <= set(
        tables["account"]["unmapped"])
    assert {"status", "summ", "items.offer.id", "items.status",
            "customer.segments.name", "links.comment", "delivery.address.street",
            "contact.id"} <= set(tables["salesorder"]["unmapped"])
    assert {"performer", "performerType"} <= set(tables["task"]["unmapped"])
    links = {(t, lk["target"]): (lk.get("source"), lk["table"])
             for t in tables for lk in tables[t].get("lookups") or []}
    assert links == {("salesorder", "customerid"): ("customer.id", "contact"),
                     ("salesorder", "pricelevelid"): (None, "pricelevel"),
                     ("salesorder", "transactioncurrencyid"): ("currency", "transactioncurrency"),
                     ("task", "regardingobjectid"): ("customer.id", "contact"),
                     ("annotation", "objectid"): ("customer.id", "contact")}
    assert {u["source"]: u["kind"] for u in mapping["unmatched_sources"]} == {"users": "user"}

    # held back, each with its reason
    held = _rows(run_dir, "quarantine", "contact")
    assert held.select("row", "column").rows() == [("2", "lastname")]
    assert held["reason"][0].startswith("last name is required by Dataverse")
    orders = _rows(run_dir, "quarantine", "salesorder")
    assert orders.select("row", "column", "value", "reason").rows() == [
        ("1", "customer.id", "4924", "no customerid: '4924' is not a contact of the export"),
        ("2", "customer.id", "4976", "no customerid: '4976' is not a contact of the export")]
    assert _staged(run_dir, "salesorder").height == 0
    # moved without the link, recorded
    notes_left = _rows(run_dir, "unresolved_links", "note")
    assert notes_left.select("row", "column", "value").rows() == [
        ("1", "customer.id", "1057"), ("2", "customer.id", "1057")]
    task_left = _rows(run_dir, "unresolved_links", "task")
    assert task_left.select("row", "column", "value").rows() == [("4", "customer.id", "4976")]
    for table in ("contact", "account", "note", "salesorder", "task"):
        for kind in ("skipped", "failed", "cleared"):
            assert _rows(run_dir, kind, table).height == 0, (table, kind)
    for table in ("contact", "account", "salesorder"):
        assert _rows(run_dir, "unresolved_links", table).height == 0, table

    contact = _staged(run_dir, "contact")
    assert contact.select(list(CONTACT)).rows() == [
        ("Иван", "Иванов", "Иванович23", None, "89229112322", None, "RU",
         "Ставропольский Край", "Кисловодск", "2019-05-27T09:42:45Z")]
    assert contact["__source_id"].to_list() == [surrogate_key(["1233"])]
    account = _staged(run_dir, "account")
    assert account.select(list(ACCOUNT)).rows() == [
        ("Test Corp Company", "2021-02-17T14:42:52Z")]
    assert account["__source_id"].to_list() == [surrogate_key(["5043"])]
    notes = _staged(run_dir, "note")
    assert notes.select(list(NOTE)).rows() == [("note", "2019-08-06T18:04:56Z"),
                                                ("note2", "2019-08-06T18:05:27Z")]
    assert notes["__ref__objectid_contact"].to_list() == [None, None]
    tasks = _staged(run_dir, "task")
    assert tasks.select(list(TASK)).rows() == [
        ("Test task #1", "2020-10-20T11:40:00Z", 1, "2020-11-05T07:34:54Z",
         "2020-10-16T12:40:49Z"),
        ("Test task #2", "2020-10-19T15:01:00Z", 1, "2020-11-05T07:34:56Z",
         "2020-10-15T16:01:19Z"),
        ("Test task #3", "2020-10-18T08:36:00Z", 1, "2020-11-05T07:34:56Z",
         "2020-10-15T10:50:15Z"),
        ("Test task #1", None, 0, None, "2021-03-05T12:35:29Z")]
    assert tasks["__source_id"].to_list() == [surrogate_key([i])
                                              for i in ("220", "218", "212", "1")]

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified) == {"contact", "account", "note", "salesorder", "task"}
    assert set(verified["contact"]) == set(CONTACT)
    assert set(verified["account"]) == set(ACCOUNT)
    assert set(verified["note"]) == {*NOTE, "objectid"}
    assert set(verified["task"]) == {*TASK, "regardingobjectid"}
    assert not any(v for table in verified.values() for v in table.values())
