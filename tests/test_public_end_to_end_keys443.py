"""keys443's public export runs end to end from its parameters file, decisions only (issue
13): Square (point of sale, payments and customer directory), the example records Square
publishes with its API reference (square/connect-api-specification at 5733f662, Apache-2.0:
api.json's example bodies) as Square Dashboard's CSV exports, headed by its labels
(tests/data/exports/square-export-en; SOURCE.md), on the branch-point engine b331e8c1
(session 56, round Z13). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``).

The six customers load as contacts keyed by their Square Customer ID: names, e-mail, phone,
nickname, the address as address 1, birthday, the seller's memo as the description and the
e-mail subscription status as 'do not allow bulk e-mails' (Subscribed: no). The three Amelia
Earhart profiles are Square's three records and stay three contacts. The nine item
variations load as products on the org's own default unit group and unit (the test creates
them first): the item's name and description, the variation's name as its size, its price,
and its Square id (Token) as the product number (the SKUs are empty). The four bookings load
as appointments with one subject, the start, the planned duration and the end the engine
derives from them, the location id, the creation date and the status (accepted: completed;
cancelled by the customer: cancelled); their customers are not in the export, so the
regarding link is left, counted (4). Nothing held back, skipped, cleared or failed;
verification finds no column differing; the fallback owner takes every record, no one
queued.

The parameters decide: the keys (Square Customer ID, Token, Booking ID); no owner column;
the memo as description and the duration as the planned one (measured misses); the team
file as users (discovery left it unknown: the measured file miss); the Token as product
number, the variation as size, two decimals; the bookings' subject and status options; the
units.

What is NOT read (left unmapped): the customers' reference id, company name (empty), creation
source and 'Customer Since'; the items' SKU (empty), category, item type, taxable,
sellable and stockable flags (the archived flag, empty on every row, is read as the
product's state since session 64) (their currency code is bound to the org's); the bookings'
customer, team member and service ids, notes (empty) and last update. Not migrated, each listed
in the inventory with its reason: the team members (matched as owners, not created) and the
invoices (no Sales table).
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
from test_public_end_to_end_session12 import _product_catalogue

NAME = "square-export-en"
KINDS = {"customers": ("contact", {"contact": 6}), "items": ("product", {"product": 9}),
         "appointments": ("activity", {"appointment": 4}), "team": ("user", {}),
         "invoices": ("unknown", {})}
COLUMNS = {
    "contact": {"firstname": "First Name", "lastname": "Surname",
                "emailaddress1": "Email Address", "telephone1": "Phone Number",
                "nickname": "Nickname", "address1_line1": "Street Address 1",
                "address1_line2": "Street Address 2", "address1_city": "City",
                "address1_stateorprovince": "State", "address1_postalcode": "Postal Code",
                "address1_country": "Country", "birthdate": "Birthday",
                "donotbulkemail": "Email Subscription Status", "description": "Memo"},
    "product": {"name": "Item Name", "description": "Description", "price": "Price",
                "productnumber": "Token", "quantitydecimal": None, "size": "Variation Name",
                "statecode": "Archived"},
    "appointment": {"scheduledstart": "Start Time", "scheduledend": "Start Time",
                    "scheduleddurationminutes": "Duration (minutes)",
                    "location": "Location ID", "overriddencreatedon": "Created",
                    "statecode": "Status", "statuscode": None, "subject": None},
}
LOOKUPS = {
    "contact": {},
    "product": {"defaultuomid": ("uom", None, None),
                "defaultuomscheduleid": ("uomschedule", None, None),
                # the item's currency code (USD, the org's base): the org's currency
                "transactioncurrencyid": ("transactioncurrency", "Currency", None)},
    "appointment": {},
}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone) for the tests below; the org's
    admin first sets up the default unit group and unit."""
    def load(name: str, root: Path) -> Any:
        return run_public(name, root, _product_catalogue)
    return runs_once(tmp_path_factory, load)


def test_square_customers_items_and_bookings_load(runs: Callable[[str], Path]) -> None:
    """Six customers, nine item variations and four bookings load, nothing held back; the
    bookings' customer links are left, counted; verification finds no column differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("customers", 6, 6, 0, 0, 0, 0),
        "product": ("items", 9, 9, 0, 0, 0, 0),
        "appointment": ("appointments", 4, 4, 0, 0, 0, 0)}
    # the bookings' customers are not among the export's: the regarding link left, counted
    assert out["appointment"]["links_left"] == {"regardingobjectid": 4}
    assert not any(out[t]["cleared_fields"] for t in out)
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS
    assert files["invoices"]["reason"].startswith("not migrated")
    assert "users are not created" in files["team"]["reason"]

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == set(COLUMNS)
    for target, table in tables.items():
        assert {c["target"]: c["source"] for c in table.get("columns", [])} == \
            COLUMNS[target], target
        assert {lk["target"]: (lk["table"], lk.get("source"), lk.get("by"))
                for lk in table.get("lookups", [])} == LOOKUPS[target], target
        assert not table.get("owner"), target             # no owner column read
    assert tables["contact"]["source_key"] == "key(Square Customer ID)"
    assert tables["product"]["source_key"] == "key(Token)"
    assert tables["appointment"]["source_key"] == "key(Booking ID)"
    assert tables["contact"]["unmapped"] == [
        "Reference ID", "Company Name", "Square Customer ID", "Creation Source",
        "Customer Since"]
    assert tables["product"]["unmapped"] == [
        "Category", "Item Type", "Taxable", "Sellable", "Stockable", "SKU"]
    assert tables["appointment"]["unmapped"] == [
        "Customer ID", "Service Variation ID", "Customer Note", "Seller Note", "Updated",
        "Team Member ID"]

    for target in COLUMNS:
        for kind in ("quarantine", "skipped", "cleared"):
            path = run_dir / kind / f"{target}.csv"
            if path.exists():
                assert pl.read_csv(path, infer_schema=False).height == 0, (kind, target)

    staged = run_dir / "staged"
    contacts = pl.read_parquet(staged / "contact.parquet").sort("__source_row")
    assert contacts.select(["firstname", "lastname", "telephone1", "address1_line1",
                            "address1_city", "address1_country", "birthdate",
                            "donotbulkemail", "description"]).rows() == [
        ("Amelia", "Earhart", "+1-212-555-4240", "500 Electric Ave", "New York", "US", None,
         False, "a customer"),
        ("Marie", "Curie", "+1-212-444-4240", "500 Electric Ave", "New York", "US", None,
         False, "another customer"),
        ("Amelia", "Earhart", "+1-212-555-4240", "500 Electric Ave", "New York", "US", None,
         False, "a customer"),
        ("Jenkins", "Smorly", "+12126668929", "1018 40th Street", "Oakland", None,
         "1962-03-04T00:00:00Z", False, None),
        ("Jenkins", "Smorly", "+13477947111", None, None, None, None, False, None),
        ("Amelia", "Earhart", "+1-212-555-9238", "500 Electric Ave", "New York", "US", None,
         False, "a customer")]
    products = pl.read_parquet(staged / "product.parquet").sort("__source_row")
    assert products.select(["name", "size", "productnumber", "price",
                            "quantitydecimal"]).rows() == [
        ("Tea", "Mug", "2TZFAOHWGG7PAK2QEXWYPZSP", 1.5, 2),
        ("Coffee", "Regular", "LBTYIHNHU52WOIHWT7SNRIYH", 2.5, 2),
        ("Coffee", "Large", "PKYIC7HGGKW5CYVSCVDEIMHY", 3.5, 2),
        ("Tea", "Mug", "CAJBHUIQH7ONTSZI2KTVOUP6", 1.5, 2),
        ("Coffee", "Regular", "GY2GXJTVVPQAPW43GFRR3NG6", 2.5, 2),
        ("Coffee", "Large", "JE6VHPSRQL6IWSN26C36CJ7W", 3.5, 2),
        ("Tea - Black", "Regular", "5GSZPX6EU7MM75S57OONG3V5", 1.5, 2),
        ("Tea - Black", "Large", "XVLBN7DU6JTWHJTG5F265B43", 2.25, 2),
        ("Tea - Green", "Regular", "FHYBVIA6NVBCSOVETA62WEA4", 1.5, 2)]
    bookings = pl.read_parquet(staged / "appointment.parquet").sort("__source_row")
    assert bookings.select(["subject", "scheduledstart", "scheduledend",
                            "scheduleddurationminutes", "statecode", "statuscode",
                            "location"]).rows() == [
        ("Square booking", "2020-12-17T16:00:00Z", "2020-12-17T16:30:00Z", 30, 1, 3,
         "L9R0X9X5SGDBJ"),
        ("Square booking", "2023-05-01T14:00:00Z", "2023-05-01T15:00:00Z", 60, 1, 3,
         "LY6WNBPVM6VGV"),
        ("Square booking", "2023-05-02T14:00:00Z", "2023-05-02T15:00:00Z", 60, 1, 3,
         "LY6WNBPVM6VGV"),
        ("Square booking", "2020-11-26T13:00:00Z", "2020-11-26T14:00:00Z", 60, 2, 4,
         "LEQHH0YY8B42M")]
    assert bookings["__via__left__regardingobjectid"].to_list() == [True] * 4

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    for target in COLUMNS:
        assert set(verified[target]) == set(COLUMNS[target]) | set(LOOKUPS[target]), target
    assert not any(n for cols in verified.values() for n in cols.values())
