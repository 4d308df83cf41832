"""The inventory and the role split say the same thing in the same order on every run: value
counts come from polars in hash order, which differs between processes (zendesk-fivetran's
one admin and one agent swapped places in inventory.json from one run to the next)."""

from __future__ import annotations

import itertools

import polars as pl

from d365migrate.mapping.user_roles import role_split
from d365migrate.verify.inventory import build_inventory

USERS = [{"id": str(i), "role": r} for i, r in enumerate(
    ["end-user"] * 8 + ["agent", "admin"])]


def test_rows_left_are_listed_most_first_then_by_value_whatever_order_they_came_in():
    objects = [{"source": "user_data", "file": "user_data.csv", "kind": "user", "rows": 10}]
    summary = {"contact": {"source": "user_data", "source_rows": 8, "table": "contact"}}
    counts = [(("role", "agent"), 1), (("role", "admin"), 1), (("role", "light-agent"), 3)]
    reasons = {build_inventory(objects, summary, [], {"user_data": dict(order)})
               ["files"][0]["reason"] for order in itertools.permutations(counts)}
    assert reasons == {"3 row(s) whose role is 'light-agent'; 1 row(s) whose role is "
                       "'admin'; 1 row(s) whose role is 'agent': staff, matched to Dynamics "
                       "365 users by email or full name (owners); users are not created"}


def test_the_role_split_orders_roles_the_same_way_whatever_the_rows_order():
    for rows in (USERS, USERS[::-1], USERS[8:] + USERS[:8], [USERS[9], *USERS[:9]]):
        split = role_split(pl.DataFrame(rows))
        assert split is not None
        assert (split.customers, split.staff) == (("end-user",), ("admin", "agent"))
        assert "('admin' or 'agent')" in split.reason("user_data")
