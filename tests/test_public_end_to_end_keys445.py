"""keys445's public export runs end to end from its parameters file, decisions only
(issue 13): Needful Things, the demo shop of Evidence (evidence-dev/evidence at bdf2ce10,
MIT; the open-source BI tool), the 10,000 orders of the DuckDB database Evidence ships as its
e2e sites' and docs' data source, as Evidence's CSV download of a table writes
``select * from orders`` (column names as headers, ISO timestamps, BOM, CR LF; English only;
tests/data/exports/needfulthings-export-en; SOURCE.md), on the branch-point engine b331e8c1
(session 56, round Z13). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``).

All 10,000 orders load as sales orders keyed by the shop's order id, of the shop's customers
account and on the price list the org's admin set up (the test creates both first): the id
as the order's name and number, the order's timestamp as the date submitted, the sale as the
total, the buyer's street, US state and ZIP code as the bill-to address (ZIP codes as the
export prints them: numbers, so '214' where the post office writes 00214); nothing held
back, skipped, cleared or failed; no owner queued; verification finds no column differing.

The parameters decide: the file as orders (discovery left it unknown on b331e8c1: its
columns fit a contact as well as an order: the measured file miss; it names it orders since
session 56); the key (the order id); that no column
names an owner; the order's name and number, date submitted, total and bill-to street, state
and ZIP code (measured misses, but the name and number); that the order has no status (the
map read the buyer's state as the order's status, which stops the load on 51 undecided
choice values); the customer (the export names no customer record: the buyer is text on the
order) and the price list, both the org's.

What is NOT read (left unmapped): the buyer's first and last name and e-mail (the order's
customer is the shop's account: no contacts are made from the orders), the order month, the
item and its category, the marketing channel, its group and the channel-month column.
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
    discovered_without_intake,
    inventory_files,
    outcomes,
    run_public,
    runs_once,
    verified_columns,
)

NAME = "needfulthings-export-en"
INTAKE = {"orders.csv": {"object": "order"}}
STORE = "Needful Things customers"
ORDER = {"name": "id", "ordernumber": "id", "submitdate": "order_datetime",
         "totalamount": "sales", "billto_line1": "address",
         "billto_stateorprovince": "state", "billto_postalcode": "zipcode"}
UNMAPPED = ["order_month", "first_name", "last_name", "email", "item", "category", "channel",
            "channel_group", "channel_month"]


def _org(client: Any) -> None:
    """What the org's admin set up: the price list the orders go on (Dynamics holds an order
    only with one) and the shop's customers account (the export names no customer record)."""
    client.create("pricelevels", {"name": "Needful Things prices"})
    client.create("accounts", {"name": STORE})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone) for the tests below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


def test_needfulthings_discovery_alone_names_orders_orders(tmp_path: Path) -> None:
    """Without the intake line, discovery left the orders file unknown at the branch point
    (contact and order scored alike; the held-out file miss); since session 56 (round Z13's
    rule: a shop's order list is orders) it names the file orders, as the parameters decide."""
    objects = discovered_without_intake(NAME, tmp_path, INTAKE)
    assert {o["source"]: o["name"] for o in objects} == {"orders": "order"}


def test_needfulthings_orders_load_as_sales_orders(runs: Callable[[str], Path]) -> None:
    """The 10,000 orders load as sales orders of the shop's account, billed to the buyer's
    address; nothing held back; verification finds no column differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "closed", "cleared") == {
        "salesorder": ("orders", 10000, 10000, 0, 0, 0, 0, 0, 0)}
    assert out["salesorder"]["created"] == out["salesorder"]["verified"] == 10000
    assert not out["salesorder"]["links_left"]
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "orders": ("order", {"salesorder": 10000})}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    (table,) = mapping["tables"]
    assert table["target"] == "salesorder"
    assert {c["target"]: c["source"] for c in table["columns"]} == ORDER
    assert table["source_key"] == "key(id)"
    assert not table.get("owner")                        # the export names no owner
    assert {lk["target"]: (lk["table"], lk.get("source"), lk.get("existing"))
            for lk in table["lookups"]} == {
        "customerid": ("account", None, {"table": "account", "match": {"name": STORE}}),
        "pricelevelid": ("pricelevel", None,
                         {"table": "pricelevel", "match": {"name": "Needful Things prices"}})}
    assert table["unmapped"] == UNMAPPED
    assert not mapping.get("unmatched_sources")

    for kind in ("quarantine", "skipped", "cleared", "flags"):
        issues = pl.read_csv(run_dir / kind / "salesorder.csv", infer_schema=False)
        assert issues.height == 0, kind

    orders = pl.read_parquet(run_dir / "staged" / "salesorder.parquet")
    assert orders.height == 10000
    assert orders["ordernumber"].n_unique() == 10000
    assert orders["billto_stateorprovince"].n_unique() == 51   # 50 states and DC
    assert round(orders["totalamount"].sum(), 2) == 346976.45
    by_number = {o["ordernumber"]: o for o in orders.to_dicts()}
    first, last = by_number["1"], by_number["10000"]
    assert (first["name"], first["submitdate"], first["totalamount"], first["billto_line1"],
            first["billto_stateorprovince"], first["billto_postalcode"]) == (
        "1", "2020-06-08T16:13:42Z", 12.35, "2 Mosinee Trail", "Minnesota", "55417")
    assert (last["submitdate"], last["totalamount"], last["billto_line1"],
            last["billto_stateorprovince"], last["billto_postalcode"]) == (
        "2021-03-07T16:44:19Z", 136.8, "0888 Red Cloud Park", "Michigan", "48912")
    # the export prints ZIP codes as numbers: 435 of them lost their leading zeros in the
    # shop's own database (BIGINT), and load as printed
    assert (orders["billto_postalcode"].str.len_chars() < 5).sum() == 435
    assert "214" in set(orders["billto_postalcode"].to_list())
    assert orders["__via__customerid_account"].unique().to_list() == ["existing"]

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified["salesorder"]) == set(ORDER) | {"customerid", "pricelevelid"}
    assert not any(n for cols in verified.values() for n in cols.values())
