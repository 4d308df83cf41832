"""keys557's public export runs end to end from its parameters file, decisions only
(issue 13): Eventbrite, its own records -- the Eventbrite API v3 replies that the Great
Burlesque Expo's site (bethlakshmi/gbe-divio-djangocms-python2.7 at 458b5934, Apache-2.0)
fixes for its ticketing tests: the organization 'GBE Dev', 3 events ('Test Burlesque Expo',
'copied a', 'copied b'), 6 ticket classes ('Regular Price' at 100.00 USD and 'Super Special
Free Admission', two per event) and 1 attendee (a fictional ticket holder) -- headed by the
API's field names ('name.text', 'cost.major_value', 'profile.email'), in English
(tests/data/exports/eventbrite-export-en; SOURCE.md), on the branch-point engine 4aaf9d07
(session 66, round Z43). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``), with what the org's admin set up made first: the default unit group and
unit.

The events load as campaigns keyed by Eventbrite's id: the title, the text description,
start and end (UTC), creation date, type Event, status live as Launched, the currency (USD,
an existing currency by its code). The ticket classes load as products keyed by their event
and id (the fixture repeats the two ids across the events): the name, the price (100.00;
none for the free class), the API address as the product number (the one value unique to
each), whole units, the org's default unit group and unit, the price's currency. The
attendee loads as a contact keyed by its id: first and last name, e-mail, creation date.
Nothing held back, skipped, failed or cleared; no owner queued; verification finds no
column differing.

The parameters decide: the organization not loaded (a measured file miss: read as an
account), the ticket classes as products and the attendees as contacts (measured file
misses: read as unknown), the keys, no owner column ('organizer_id', Eventbrite's public
organizer profile, is no owner: a measured miss), the event's text description (a measured
miss), its type and status, the ticket class's price (cost.major_value, a measured miss) and
not its price in cents as the standard cost nor the fee in cents as the product number
(measured misses), the product number, the price's currency, whole units, the unit group
and unit, the attendee's name parts and e-mail under 'profile.' (measured misses), and no
website from its API address nor state from its attendance status (measured misses).

What is NOT read (left unmapped): an event's HTML copies, page address, local times and
time zones, capacity, display flags, summary, venue, category and format; a ticket class's
display name, fees, taxes, quantities, sales window, category and flags; an attendee's
costs, display name, check-in, cancel and refund flags, affiliate code, status, and its
event, order and ticket class; organizations.csv (the organizer's own account).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl
import pytest
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    default_units,
    inventory_files,
    outcomes,
    run_public,
    runs_once,
    verified_columns,
)

NAME = "eventbrite-export-en"
CAMPAIGN = {"name": "name.text", "actualstart": "start.utc", "actualend": "end.utc",
            "overriddencreatedon": "created", "description": "description.text",
            "statuscode": "status", "typecode": None}
PRODUCT = {"name": "name", "price": "cost.major_value", "productnumber": "resource_uri",
           "quantitydecimal": None}
CONTACT = {"overriddencreatedon": "created", "emailaddress1": "profile.email",
           "firstname": "profile.first_name", "lastname": "profile.last_name"}
USD = '"isocurrencycode": "USD"'


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone), the org's set-up made first."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, default_units))


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


def _issues(run_dir: Path, kind: str, table: str) -> list[dict]:
    path = run_dir / kind / f"{table}.csv"
    return pl.read_csv(path, infer_schema=False).to_dicts() if path.exists() else []


def test_eventbrite_events_ticket_classes_and_attendee_load(
        runs: Callable[[str], Path]) -> None:
    """The events load as campaigns, the ticket classes as products, the attendee as a
    contact; the organization stays out; nothing held back or differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "campaign": ("events", 3, 3, 0, 0, 0, 0, 0),
        "product": ("ticket_classes", 6, 6, 0, 0, 0, 0, 0),
        "contact": ("attendees", 1, 1, 0, 0, 0, 0, 0)}
    assert not any(o["closed"] for o in out.values())
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "events": ("campaign", {"campaign": 3}, True),
        "ticket_classes": ("product", {"product": 6}, True),
        "attendees": ("contact", {"contact": 1}, True),
        "organizations": ("unknown", {}, False)}
    assert files["organizations"]["reason"].startswith("not migrated: set to unknown")

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"campaign", "product", "contact"}
    for table, source, key, columns in (
            ("campaign", "events", "key(id)", CAMPAIGN),
            ("product", "ticket_classes", "key(event_id+id)", PRODUCT),
            ("contact", "attendees", "key(id)", CONTACT)):
        assert (tables[table]["source"], tables[table]["source_key"]) == (source, key)
        assert {c["target"]: c["source"] for c in tables[table]["columns"]} == columns, table
    assert {"organizer_id", "summary", "format_id", "capacity", "start.local",
            "description.html"} <= set(tables["campaign"]["unmapped"])
    assert {"cost.value", "actual_fee.value", "actual_fee.currency", "display_name",
            "sales_start", "sales_end", "quantity_total"} <= set(tables["product"]["unmapped"])
    assert {"profile.name", "status", "resource_uri", "event_id", "order_id",
            "ticket_class_id"} <= set(tables["contact"]["unmapped"])
    assert sorted((t, lk["target"], lk["source"], lk["table"])
                  for t in tables for lk in tables[t]["lookups"]) == [
        ("campaign", "transactioncurrencyid", "currency", "transactioncurrency"),
        ("product", "defaultuomid", None, "uom"),
        ("product", "defaultuomscheduleid", None, "uomschedule"),
        ("product", "transactioncurrencyid", "cost.currency", "transactioncurrency")]
    assert not any(t.get("owner") for t in tables.values())
    assert [(u["source"], u["kind"]) for u in mapping["unmatched_sources"]] == [
        ("organizations", "unknown")]

    for table in tables:
        for kind in ("quarantine", "skipped", "failed", "cleared", "unresolved_links"):
            assert not _issues(run_dir, kind, table), (table, kind)

    campaigns = _staged(run_dir, "campaign")
    assert campaigns.select(["name", "actualstart", "actualend", "statuscode",
                             "typecode", "description"]).rows() == [
        (n, "2021-09-03T19:00:00Z", "2021-09-06T03:30:00Z", 2, 3, "The Test Burlesque Expo")
        for n in ("Test Burlesque Expo", "copied a", "copied b")]
    assert campaigns["overriddencreatedon"].to_list() == [
        "2021-06-02T12:48:33Z", "2021-06-09T12:15:24Z", "2021-06-09T12:28:09Z"]
    assert campaigns["__via__transactioncurrencyid"].to_list() == ["existing"] * 3
    assert all(USD in r for r in campaigns["__ref__transactioncurrencyid"].to_list())

    products = _staged(run_dir, "product")
    assert products.select(["name", "price", "quantitydecimal"]).rows() == [
        ("Regular Price", 100.0, 0), ("Super Special Free Admission", None, 0)] * 3
    numbers = products["productnumber"].to_list()
    assert len(set(numbers)) == 6
    assert all(n.startswith("https://www.eventbriteapi.com/v3/events/") for n in numbers)
    # the price's currency: USD for the priced classes, none for the free ones (no cost)
    assert products["__via__transactioncurrencyid"].to_list() == ["existing", None] * 3
    assert all(USD in r for r in products["__ref__transactioncurrencyid"].to_list()[::2])
    assert products["__via__defaultuomid"].to_list() == ["existing"] * 6
    assert products["__via__defaultuomscheduleid"].to_list() == ["existing"] * 6

    contacts = _staged(run_dir, "contact")
    assert contacts.select(["firstname", "lastname", "overriddencreatedon"]).rows() == [
        ("Betty", "Blaize", "2021-06-06T18:07:19Z")]
    assert "@" in contacts["emailaddress1"][0]

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["campaign"]) == set(CAMPAIGN) | {"transactioncurrencyid"}
    assert set(verified["product"]) == set(PRODUCT) | {
        "transactioncurrencyid", "defaultuomid", "defaultuomscheduleid"}
    assert set(verified["contact"]) == set(CONTACT)
    assert not any(v for table in verified.values() for v in table.values())
