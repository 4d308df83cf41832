"""Reads by id go through an index, as Dataverse answers them from the table's primary key or
an alternate key's index: a client reading records 50 ids to a query (``annotationid eq X or
annotationid eq Y ...``) must not make each query walk the whole table. The plans checked are
those of the statements the emulator really ran (traced on its connection), and the answers
are the same records in the same order as the whole table read and filtered here."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

from .conftest import new_id
from .test_key_index import _keyed_accounts


@contextmanager
def reads(app: Any) -> Iterator[list[str]]:
    """The page reads the emulator runs meanwhile (SQL with its values; WSGI runs in this
    thread, on this thread's connection)."""
    got: list[str] = []
    conn = app.backend._conn()
    conn.set_trace_callback(got.append)
    try:
        yield got
    finally:
        conn.set_trace_callback(None)
    got[:] = [s for s in got if s.startswith("SELECT data FROM records")]


def plan(state: Path, sql: str) -> str:
    with sqlite3.connect(state) as conn:
        return " | ".join(str(r[-1]) for r in conn.execute("EXPLAIN QUERY PLAN " + sql))


def every(client: httpx.Client, url: str, params: dict[str, str] | None = None,
          page: int = 5000) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    next_url: str | None = url
    while next_url:
        r = client.get(next_url, params=params,
                       headers={"Prefer": f"odata.maxpagesize={page}"})
        assert r.status_code == 200, r.text
        rows += r.json()["value"]
        next_url, params = r.json().get("@odata.nextLink"), None
    return rows


def _accounts(client: httpx.Client, n: int) -> list[str]:
    return [new_id(client.post("accounts", json={"name": f"A{i}", "revenue": i % 7}))
            for i in range(n)]


def test_an_or_of_record_ids_is_read_through_the_primary_key(
        client: httpx.Client, app: Any, state: Path) -> None:
    ids = _accounts(client, 80)
    wanted = random.Random(15).sample(ids, 20)  # not in creation order
    table = every(client, "accounts", {"$select": "name,revenue"})
    expected = [r for r in table if r["accountid"] in wanted]  # creation order
    ors = " or ".join(f"accountid eq {i}" for i in wanted)
    with reads(app) as sql:
        got = every(client, "accounts", {"$select": "name,revenue", "$filter": ors})
    assert got == expected
    assert len(sql) == 1
    assert "ix_records_entity_id" in plan(state, sql[0])  # a lookup of each id
    assert "ix_records_entity_rid" not in plan(state, sql[0])  # not a walk of the table
    # the same set as ``in``, with another condition, and page by page: same answer
    listed = ",".join(f"'{i}'" for i in wanted)
    for flt in (f"Microsoft.Dynamics.CRM.In(PropertyName='accountid',PropertyValues=[{listed}])",
                f"({ors}) and revenue ge 0"):
        with reads(app) as sql:
            assert every(client, "accounts", {"$select": "name,revenue", "$filter": flt},
                         page=3) == expected
        assert len(sql) == 7 and all("ix_records_entity_id" in plan(state, s) for s in sql)
    narrowed = [r for r in expected if r["revenue"] == 3]
    assert every(client, "accounts", {"$select": "name,revenue",
                                      "$filter": f"revenue eq 3 and ({ors})"}) == narrowed
    r = client.get("accounts", params={"$filter": ors, "$count": "true", "$top": "5"})
    assert r.json()["@odata.count"] == 5 and len(r.json()["value"]) == 5


def test_an_or_of_alternate_key_values_is_read_through_the_key(
        client: httpx.Client, app: Any, state: Path) -> None:
    _keyed_accounts(client, 40)
    table = every(client, "accounts", {"$select": "name,new_sourceid"})
    wanted = ["S-033", "s-002", "S-017", "S-039", "S-021"]  # key values are case-insensitive
    expected = [r for r in table if r["new_sourceid"].lower() in {w.lower() for w in wanted}]
    ors = " or ".join(f"new_sourceid eq '{w}'" for w in wanted)
    with reads(app) as sql:
        got = every(client, "accounts", {"$select": "name,new_sourceid", "$filter": ors})
    assert got == expected and len(got) == 5
    assert "ix_records_entity_id" in plan(state, sql[0])
    assert "ix_records_entity_rid" not in plan(state, sql[0])


def test_a_range_of_key_values_is_read_through_the_key_as_the_emulator_asks(
        client: httpx.Client, app: Any, state: Path) -> None:
    """The statement really run (its ``ORDER BY`` too) searches the key's index."""
    _keyed_accounts(client, 40)
    with reads(app) as sql:
        got = every(client, "accounts", {
            "$select": "new_sourceid",
            "$filter": "new_sourceid ge 'S-010' and new_sourceid le 'S-019'"})
    assert [r["new_sourceid"] for r in got] == [f"S-{i:03d}" for i in range(10, 20)]
    assert "ix_key_account_new_sourceid_key" in plan(state, sql[0])


def test_filters_that_do_not_pin_ids_keep_the_planner_s_choice(
        client: httpx.Client, app: Any, state: Path) -> None:
    """An ``or`` of an id and anything else, a ``not``, no filter: read as before (a page of a
    whole table is a range of the creation-order index, not a sort of the table)."""
    ids = _accounts(client, 12)
    table = every(client, "accounts", {"$select": "name"})
    for flt, keep in ((f"accountid eq {ids[3]} or name eq 'A7'", {3, 7}),
                      (f"not (accountid eq {ids[3]} or accountid eq {ids[4]})",
                       set(range(12)) - {3, 4}),
                      (f"accountid eq {ids[2]} or accountid eq null", {2})):
        with reads(app) as sql:
            got = every(client, "accounts", {"$select": "name", "$filter": flt})
        assert got == [table[i] for i in sorted(keep)], flt
        assert "INDEXED BY" not in sql[0]
    with reads(app) as sql:
        every(client, "accounts", {"$select": "name"}, page=5)
    assert "ix_records_entity_rid" in plan(state, sql[-1])
    assert "TEMP B-TREE" not in plan(state, sql[-1])


def test_a_quoted_id_in_an_or_is_refused_as_alone(client: httpx.Client) -> None:
    ids = _accounts(client, 2)
    r = client.get("accounts", params={
        "$filter": f"accountid eq {ids[0]} or accountid eq '{ids[1]}'"})
    assert r.status_code == 400
    assert "'Edm.Guid' and 'Edm.String'" in r.text
