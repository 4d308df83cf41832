"""keys420's public export run end to end from its parameters file, decisions only (issue
13): alf.io (alfio-event/alf.io at 61ee4309, GPL-3.0; the open-source event ticketing
system), the records its own integration tests write (AdminReservationManagerIntegrationTest's
admin reservation of two tickets for the customer 'Integration Test', confirmed;
WaitingQueueProcessorIntegrationTest's two pre-sales subscribers) as its admin's attendees
CSV, all-reservations workbook and waiting-list CSV write them, in English (fixed English
headers; tests/data/exports/alfio-export-en; SOURCE.md), on the branch-point engine d4b1bc50
(session 54, round Z8). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``).

The two attendees load as contacts; the reservation, two rows of the workbook's sheet (one
per ticket), loads once as a sales order (the second row shares its id and is skipped as a
duplicate, with that reason) of the billed customer, an account made from the 'Billed to'
value, on the price list the org's admin set up (the test creates it first); the two
subscribers load as leads, Contacted (offered a ticket), created-on their subscription time.
Nothing held back, no one queued as owner; verification finds no column differing.

The parameters decide: the workbook's sheet as orders (discovery named it an activity: the
measured file miss) and the waiting list as leads (discovery named it contacts), with the
date format of its subscription time (Java's ZonedDateTime text, not read as a date: a
measured miss); the customer account made from 'Billed to' and the order's link to it; the
keys (the ticket's UUID, the reservation's id); no status on the contact or the order (the
ticket's status: measured misses); no first address on the contact (the buyer's billing
address and VAT country: measured misses); the order's name and number (the reservation id;
the map took the event's name, a measured miss), its confirmation date, billed name and tax
(measured misses); the price list; the lead status option.

What the run reads: the attendee's first and last name and e-mail (ID as the key); the
reservation's id (name, number, key), confirmation date (submit date), billed party (bill-to
name and the customer), amount and tax, and its currency code (CHF, which the parameters give
the rehearsal org beside its US dollar base), binding the order to the org's Swiss franc; the
subscriber's first and last name (the last name also the lead's topic, as the map copies
it), e-mail (the key), status and subscription time.

What is NOT read (left unmapped):
- attendees: the ticket's category, event, status, original and paid price, discount and
  VAT, the reservation id, the full name (Dynamics computes it), the locked flag, language,
  confirmation time, the reservation's billing address, VAT country, promo code, payment id
  and method, the external reference;
- the reservation sheet: the event's name, tax id, tax code, invoice number, payment type,
  and the ticket's id, type, amount, tax, attendee and status (the second ticket's row is
  skipped as a duplicate of the reservation);
- waiting list: the subscription type (PRE_SALES) and the language.
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

NAME = "alfio-export-en"
SHEET = "98e4af99-4572-5ba2-8e51-fcb9dc4cf84f"   # all-reservations.xlsx's one sheet
RESERVATION = "49a041e8-8624-5474-94d3-0ee7ebb17e0b"
KINDS = {"attendees": ("contact", {"contact": 2}), SHEET: ("order", {"salesorder": 2}),
         "waiting-queue": ("lead", {"lead": 2})}
COLUMNS = {
    "account": {"name": "Billed to"},
    # session 54: the ticket's 'Confirmation' (Java's zoned date-time text, now read as a
    # date) is the attendee's created-on, as the key allows
    "contact": {"firstname": "First Name", "lastname": "Last Name",
                "emailaddress1": "E-Mail", "overriddencreatedon": "Confirmation"},
    "salesorder": {"name": "Reservation ID", "ordernumber": "Reservation ID",
                   "submitdate": "Confirmation Date", "billto_name": "Billed to",
                   "totalamount": "Amount", "totaltax": "Tax"},
    "lead": {"firstname": "Firstname", "lastname": "Lastname", "emailaddress1": "Email",
             "statuscode": "Status", "subject": "Lastname", "overriddencreatedon": "Date"},
}


def _org(client: Any) -> None:
    """What the org's admin set up: the price list the orders go on (Dynamics holds an order
    only with one)."""
    client.create("pricelevels", {"name": "alf.io prices"})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone) for the test below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


def test_alfio_attendees_reservation_and_waiting_list_load(
        runs: Callable[[str], Path]) -> None:
    """The attendees load as contacts, the reservation once as a sales order of the billed
    customer, the waiting list as leads; verification finds no column differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "account": ("customers", 1, 1, 0, 0, 0, 0),
        "contact": ("attendees", 2, 2, 0, 0, 0, 0),
        "salesorder": (SHEET, 2, 1, 0, 1, 0, 0),
        "lead": ("waiting-queue", 2, 2, 0, 0, 0, 0)}
    # the second ticket's row repeats the reservation: skipped, with its reason
    assert out["salesorder"]["skipped_reasons"] == [
        {"reason": "duplicate source id; first row kept", "rows": 1}]
    assert all(o["closed"] == 0 for o in out.values())
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == set(COLUMNS)
    for target, columns in COLUMNS.items():
        table = tables[target]
        assert {c["target"]: c["source"] for c in table.get("columns", [])} == columns, target
        assert not table.get("owner")                    # no owner column read
        assert not table.get("unresolved_lookups")
    assert (tables["contact"]["source_key"], tables["salesorder"]["source_key"]) == (
        "key(ID)", "key(Reservation ID)")
    assert {lk["target"]: (lk["table"], lk.get("source"))
            for lk in tables["salesorder"]["lookups"]} == {
        "customerid": ("account", "Billed to"), "pricelevelid": ("pricelevel", None),
        "transactioncurrencyid": ("transactioncurrency", "Currency")}
    assert [lk["existing"] for lk in tables["salesorder"]["lookups"]
            if lk["target"] == "transactioncurrencyid"] == [
        {"table": "transactioncurrency", "by": "isocurrencycode"}]
    for target in ("account", "contact", "lead"):
        assert not tables[target].get("lookups"), target
    assert not mapping.get("unmatched_sources")
    for target in COLUMNS:
        quarantine = run_dir / "quarantine" / f"{target}.csv"
        assert not quarantine.exists() or pl.read_csv(quarantine).height == 0, target

    staged = run_dir / "staged"
    account = pl.read_parquet(staged / "account.parquet").to_dicts()
    assert [a["name"] for a in account] == ["Integration Test"]
    contacts = pl.read_parquet(staged / "contact.parquet").to_dicts()
    assert [(c["firstname"], c["lastname"], c["emailaddress1"]) for c in contacts] == [
        ("Attendee 0", "Test0", "attendee0@test.ch"),
        ("Attendee 1", "Test1", "attendee1@test.ch")]
    assert not any(k in c for c in contacts for k in ("statuscode", "address1_line1"))
    orders = pl.read_parquet(staged / "salesorder.parquet").to_dicts()
    assert len(orders) == 1
    order = orders[0]
    assert (order["name"], order["ordernumber"], order["billto_name"]) == (
        RESERVATION, RESERVATION, "Integration Test")
    assert order["submitdate"] == "2026-07-05T10:00:36Z"
    # the admin path leaves the reservation's own price at its default 0 (SOURCE.md)
    assert (order["totalamount"], order["totaltax"]) == (0.0, 0.0)
    assert order["__ref__customerid_account"] == account[0]["__source_id"]
    # the reservation's currency (CHF): the org's Swiss franc, found when the order loads
    assert (order["__ref__transactioncurrencyid"], order["__via__transactioncurrencyid"]) == (
        'existing:{"match": {"isocurrencycode": "CHF"}, "table": "transactioncurrency"}',
        "existing")
    leads = pl.read_parquet(staged / "lead.parquet").to_dicts()
    assert [(x["firstname"], x["lastname"], x["emailaddress1"], x["statuscode"],
             x["overriddencreatedon"]) for x in leads] == [
        ("Giuseppe", "Garibaldi", "peppino@garibaldi.com", 2, "2026-07-05T10:00:36Z"),
        ("Nino", "Bixio", "bixio@mille.org", 2, "2026-07-05T10:00:36Z")]

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified["salesorder"]) == set(COLUMNS["salesorder"]) | {
        "customerid", "pricelevelid", "transactioncurrencyid"}
    for target in ("account", "contact", "lead"):
        assert set(verified[target]) == set(COLUMNS[target]), target
    assert not any(n for cols in verified.values() for n in cols.values())
