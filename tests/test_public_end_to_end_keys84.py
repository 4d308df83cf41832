"""keys84's public export runs end to end from its parameters file, decisions only (issue
13): dbt Labs' Jaffle Shop seeds (customers, orders, payments). Same harness as
tests/test_public_end_to_end.py."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import polars as pl

from test_public_end_to_end import assert_true_counts, inventory_files, outcomes, run_public


def _org(client: Any) -> None:
    """The price list the org's admin set up for the shop's orders."""
    client.create("pricelevels", {"name": "Shop prices"})


def test_jaffle_shop_customers_and_their_orders(tmp_path: Path) -> None:
    """The 100 customers load as contacts, the 99 orders as sales orders of the customer
    their bare `user_id` names (the shop's buyer, linked by id: intake/order_buyers.py),
    dated, on the admin's price list; the payments stay in the shop with their reason."""
    run_dir = run_public("jaffle-shop-seeds", tmp_path, _org)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"contact": ("raw_customers", 100, 100, 0, 0, 0),
                             "salesorder": ("raw_orders", 99, 99, 0, 0, 0)}
    assert out["salesorder"]["unresolved_lookups"] == 0
    assert out["salesorder"]["links_left"] == {}
    orders = pl.read_parquet(run_dir / "staged" / "salesorder.parquet")
    assert "ownerid" not in orders.columns           # the user is the buyer, no staff
    assert orders["__ref__customerid_contact"].drop_nulls().len() == 99
    third = orders.filter(pl.col("__source_id") == "3").to_dicts()[0]
    assert (third["__ref__customerid_contact"], third["submitdate"]) == (
        "94", "2018-01-04T00:00:00Z")
    people = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    first = people.filter(pl.col("__source_id") == "1").to_dicts()[0]
    assert (first["firstname"], first["lastname"]) == ("Michael", "P.")
    files = inventory_files(run_dir)
    assert not files["raw_payments"]["migrated"] and files["raw_payments"]["reason"]
    assert files["raw_payments"]["not_taken"] == 113
    verification = json.loads((run_dir / "verification.json").read_text())
    assert verification["ok"]
