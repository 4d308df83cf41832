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


STAFF = ("martha.p.caracal@example.com", "liza.j.dunlin@example.com",
         "mollie.a.myna@example.com", "elvira.j.coyote@example.com",
         "claudia.e.fox@example.com")


def _support_staff(client: Any) -> None:
    """The org's users the admin provisioned: the help desk's five support people."""
    for email in STAFF:
        first, _, last = email.split("@")[0].partition(".")
        client.create("systemusers", {"internalemailaddress": email, "domainname": email,
                                      "firstname": first, "lastname": last})


def test_edb_tickets_cases_of_the_person_who_asked_owned_by_the_assignee(
        tmp_path: Path) -> None:
    """IBM's edb-tickets help desk: the 20 people who ask load as contacts keyed by e-mail;
    the 20 tickets (a header wider than every row: the trailing fields read empty) as
    cases of the person who asked, by e-mail, owned by the support person assigned, matched
    by e-mail among the org's users (none to the fallback); the 15 closed ones resolved
    through CloseIncident; the assignees file, the org's own users, loads nothing."""
    run_dir = run_public("edb-tickets-ibm", tmp_path, _support_staff)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"contact": ("users", 20, 20, 0, 0, 0),
                             "incident": ("tickets", 20, 20, 0, 0, 0)}
    assert out["incident"]["unresolved_lookups"] == 0
    assert out["incident"]["closed_as"] == {"Resolved": 15}
    cases = pl.read_parquet(run_dir / "staged" / "incident.parquet")
    first = cases.filter(pl.col("title") == "Laptop overheating").to_dicts()[0]
    people = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    asker = people.filter(pl.col("__source_id") == first["__ref__customerid_contact"])
    assert asker["emailaddress1"].to_list() == ["martha.p.caracal@example.com"]
    assert first["description"].startswith("laptop starts getting very hot")
    assert first["prioritycode"] == 1     # the program's 1 is High
    load = json.loads((run_dir / "load" / "incident.json").read_text())
    assert load["owner_fallbacks"] == 0   # each case owned by its assignee, by e-mail
    files = inventory_files(run_dir)
    assert not files["assignees"]["migrated"] and files["assignees"]["reason"]
    verification = json.loads((run_dir / "verification.json").read_text())
    assert verification["ok"]
    report = (run_dir / "report.html").read_text()
    assert "Cases (support tickets): 15 Resolved;" in report
