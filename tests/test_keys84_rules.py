"""keys84's general rule, on made-up data: an order's bare 'user' is its buyer
(intake/order_buyers.py), in discovery's links and in the suggestion engine."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.order_buyers import bare_user, buyer_kind
from d365migrate.intake.read import read_export
from d365migrate.mapping.accuracy import load_table_defs
from d365migrate.mapping.suggest import suggest_columns

TABLES = Path(__file__).parents[1] / "src" / "dataverse_emulator" / "data" / "tables"


def test_bare_user_and_buyer_kind() -> None:
    assert bare_user(["user", "id"]) and bare_user(["User"]) and bare_user(["users", "key"])
    assert not bare_user(["assigned", "user", "id"]) and not bare_user(["owner", "id"])
    cols = ["id", "user_id", "ordered_on"]
    assert buyer_kind("user_id", "order", cols, {"contact", "order"}) == "contact"
    assert buyer_kind("user_id", "order", cols, {"account", "order"}) == "account"
    assert buyer_kind("user_id", "order", cols, {"user", "contact", "order"}) is None
    assert buyer_kind("user_id", "deal", cols, {"contact", "deal"}) is None   # a CRM's owner
    assert buyer_kind("user_id", "order", [*cols, "customer_id"], {"contact"}) is None


def _write(folder: Path, name: str, text: str) -> None:
    (folder / f"{name}.csv").write_text(text, encoding="utf-8")


def test_an_orders_user_links_the_shops_customers(tmp_path: Path) -> None:
    _write(tmp_path, "shoppers", "id,first_name,last_name,email\n" + "".join(
        f"{i},Ann{i},Lee{i},ann{i}@example.com\n" for i in range(1, 21)))
    _write(tmp_path, "orders", "id,user_id,order_date,status\n" + "".join(
        f"{i},{i % 20 + 1},2024-01-{i:02d},shipped\n" for i in range(1, 26)))
    found = discover(read_export(tmp_path))
    links = {r.from_: r.to for r in found.relationships}
    assert links.get("orders.user_id") == "shoppers.id"


def test_suggest_reads_an_orders_bare_user_as_its_customer() -> None:
    defs = load_table_defs(TABLES)
    orders = pl.DataFrame({"id": ["1", "2", "3"], "user_id": ["7", "8", "7"],
                           "order_date": ["2024-01-01", "2024-01-02", "2024-01-03"]})
    best = suggest_columns(orders, dict(defs["salesorder"]), source_object="orders")
    assert best["user_id"][0].target == "customerid"
    # with a customer column of its own, the user is someone else: not the customer
    other = orders.with_columns(customer_id=pl.Series(["4", "5", "6"]))
    best = suggest_columns(other, dict(defs["salesorder"]), source_object="orders")
    assert not best["user_id"] or best["user_id"][0].target != "customerid"


def test_a_header_wider_than_its_rows_is_the_header(tmp_path: Path) -> None:
    from d365migrate.intake.wide_headers import header_over_short_rows

    rows = [["user_email", "subject", "state", "created_at", "category"],
            ["ann@example.com", "Broken laptop", "open"],
            ["bo@example.com", "No wi-fi", "closed"]]
    assert header_over_short_rows(rows, 3)
    # a title line over the data is a preamble still: the line below it names columns
    assert not header_over_short_rows([["Tickets report", "2024", "x", "y"],
                                       ["email", "subject", "state"]], 3)
    _write(tmp_path, "tickets", "user_email,subject,state,created_at,category\n"
           "ann@example.com,Broken laptop,open\nbo@example.com,No wi-fi,closed\n")
    table = read_export(tmp_path).tables["tickets"]
    assert table.columns == ["user_email", "subject", "state", "created_at", "category"]
    assert table.height == 2 and table["state"].to_list() == ["open", "closed"]
