"""keys416's public exports run end to end from their parameters files, decisions only
(issue 13): Paid Memberships Pro (strangerstudios/paid-memberships-pro at d4ee5213,
GPL-2.0-or-later; the WordPress plugin that sells memberships), the records its own wpunit
test fixtures write (one active member, 'User 1'; three orders from PMPro_OrderFactory's
default values) as its members and orders CSV exports write them, for a site in English,
German and French (machine-name headers, untranslated: the same in the three languages;
tests/data/exports/pmpro-export-en, -de, -fr; SOURCE.md), on the branch-point engine
ccc46fcf (session 53, round Z7). Same harness as tests/test_public_end_to_end.py (the shared
runner ``runs_once``).

One parametrized test over the three languages. In every language the member loads as a
contact (by decision its login 'User 1' as the last name, the account's creation date as
created-on; first name (empty) and e-mail as the map reads them); of the three orders the
one of user 2 loads as a sales order of that member on the price list the org's admin set
up (the test creates it first), closed as Fulfilled (the status 'success' decided as
Complete); orders 1 and 3 name no user (the fixtures' user 0) and are held back, each with
its reason; no one queued as owner; verification finds no column differing.

The parameters decide: the members file as contacts (discovery named it a user list: the
measured file miss); the two keys (PMPro's ids); no owner column (the map read the order's
user as the owner: a measured miss); the contact's last name (the login) and created-on
('joined': a measured miss); the order's name and number (its code: a measured miss) and tax
(a measured miss); the customer link by the user id; the price list; the status option; the
quarantine gate (two of three orders held back).

What the run reads, in every language: the member's first name, e-mail, login (as the last
name) and joined date; the order's code (name and number), billing name, street, city,
state, ZIP, country and phone, total, tax, status and timestamp (as created-on), its user id
as the customer link.

What is NOT read (left unmapped), in every language:
- members: the last name (empty; the login instead), the membership level, discount code
  and its id, the subscription's transaction id, billing amount, cycle number and period,
  next payment date, the membership's start date and end date ('N/A' / 'Nicht verfügbar');
- orders: the member's login, first and last name and e-mail (the user id links instead),
  the level's id and name, subtotal, payment type, card type, number and expiry, gateway
  and its environment, payment and subscription transaction ids, discount code and its id.
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

NAMES = ["pmpro-export-en", "pmpro-export-de", "pmpro-export-fr"]
KINDS = {"members": ("contact", {"contact": 1}), "orders": ("order", {"salesorder": 3})}
CONTACT = {"firstname": "firstname", "emailaddress1": "email", "lastname": "username",
           "overriddencreatedon": "joined"}
ORDER = {"billto_name": "billing_name", "billto_line1": "billing_street",
         "billto_city": "billing_city", "billto_stateorprovince": "billing_state",
         "billto_postalcode": "billing_zip", "billto_country": "billing_country",
         "billto_telephone": "billing_phone", "totalamount": "total", "totaltax": "tax",
         "statuscode": "status", "overriddencreatedon": "timestamp", "name": "code",
         "ordernumber": "code"}


def _org(client: Any) -> None:
    """What the org's admin set up: the price list the orders go on (Dynamics holds an order
    only with one)."""
    client.create("pricelevels", {"name": "PMPro prices"})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Each language run once (from its parameters file alone) for the tests below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


@pytest.mark.parametrize("name", NAMES)
def test_pmpro_member_and_orders_load_in_three_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The member loads as a contact, the order of a member as a fulfilled sales order of
    it, the orders of no user held back; verification finds no column differing."""
    run_dir = runs(name)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("members", 1, 1, 0, 0, 0, 0),
        "salesorder": ("orders", 3, 1, 2, 0, 0, 0)}
    assert out["contact"]["closed"] == 0
    assert (out["salesorder"]["closed"], out["salesorder"]["closed_as"]) == (
        1, {"Fulfilled": 1})
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "salesorder"}
    for target, columns in (("contact", CONTACT), ("salesorder", ORDER)):
        table = tables[target]
        assert {c["target"]: c["source"] for c in table.get("columns", [])} == columns
        assert table["source_key"] == "key(id)"
        assert not table.get("owner")                    # no owner column read
        assert not table.get("unresolved_lookups")
    assert not tables["contact"].get("lookups")
    assert {lk["target"]: (lk["table"], lk.get("source"), lk.get("by"))
            for lk in tables["salesorder"]["lookups"]} == {
        "customerid": ("contact", "user_id", "id"),
        "pricelevelid": ("pricelevel", None, None)}
    assert not mapping.get("unmatched_sources")

    quarantine = pl.read_csv(run_dir / "quarantine" / "salesorder.csv", infer_schema=False)
    assert quarantine["row"].to_list() == ["1", "3"]     # orders 1 and 3: no user
    assert set(quarantine["column"].to_list()) == {"user_id"}
    assert all("no customerid" in r for r in quarantine["reason"].to_list())

    staged = run_dir / "staged"
    contact = pl.read_parquet(staged / "contact.parquet").to_dicts()
    assert [(c["lastname"], c["emailaddress1"]) for c in contact] == [
        ("User 1", "user_1@example.org")]
    assert contact[0]["overriddencreatedon"].startswith("2026-03-04")
    orders = pl.read_parquet(staged / "salesorder.parquet").to_dicts()
    assert len(orders) == 1
    order = orders[0]
    assert (order["name"], order["ordernumber"]) == ("code_2", "code_2")
    assert (order["billto_name"], order["billto_line1"], order["billto_city"],
            order["billto_stateorprovince"], order["billto_postalcode"],
            order["billto_country"], order["billto_telephone"]) == (
        "Jane Doe", "123 Street", "City", "ST", "12345", "US", "5558675309")
    assert (order["totalamount"], order["totaltax"], order["statuscode"]) == (52.5, 2.5, 100001)
    assert order["overriddencreatedon"].startswith("2026-03-04T18:28")
    assert order["__ref__customerid_contact"] == contact[0]["__source_id"]   # User 1

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(CONTACT)
    assert set(verified["salesorder"]) == set(ORDER) | {"customerid", "pricelevelid"}
    assert not any(n for cols in verified.values() for n in cols.values())
