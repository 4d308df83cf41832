"""Many small queries as one ``$batch`` of GETs: the same records as one query each, in one
request (``load.reads``)."""

from __future__ import annotations

import time
from pathlib import Path

import polars as pl

from d365migrate.load.org_records import existing_ids, id_filters
from d365migrate.load.reads import query_each
from test_closes_batched import org
from test_states import table_def


def test_queries_per_50_ids_go_as_one_batch_and_find_what_one_query_each_finds(
        tmp_path: Path) -> None:
    client, wire = org(tmp_path)
    ids = client.create_multiple("accounts", "account", [
        {"name": f"A{i}", "accountnumber": f"N-{i}"} for i in range(230)])
    wanted = [f"N-{i}" for i in range(0, 230, 2)] + ["N-missing", "O'Brien & Co"]
    filters = id_filters("accountnumber", wanted)
    assert len(filters) == 3
    before = len(wire.calls)
    got = {r["accountnumber"]: r["accountid"] for r in query_each(
        client, "accounts", ["accountid", "accountnumber"], filters)}
    assert len(wire.calls) == before + 1 and wire.calls[-1][1] == "$batch"
    one_each = {r["accountnumber"]: r["accountid"] for f in filters
                for r in client.query("accounts", select=["accountid", "accountnumber"],
                                      filter=f)}
    assert got == one_each and len(got) == 115 and got["N-0"] == ids[0]
    by_id = existing_ids(client, table_def("account"), "accountid", ids[:120])
    assert sorted(by_id) == sorted(ids[:120])
    assert pl.Series(list(by_id.values())).n_unique() == 120


def test_reads_wait_for_room_in_the_window_the_writers_pace_to_and_are_charged_to_it(
        tmp_path: Path) -> None:
    from d365migrate.dataverse.limits import ServiceProtection
    from d365migrate.load.budget import budget_for
    from d365migrate.load.reads import query

    client, _ = org(tmp_path)
    client.service_limits = ServiceProtection(requests=100, execution_seconds=0.2,
                                              window_seconds=0.6, source="parameters")
    client.create_multiple("accounts", "account", [{"name": f"A{i}"} for i in range(3)])
    replica = budget_for(client).replica
    # the writers' requests just charged more than the window allows (a lump of answers)
    token = replica.started(time.monotonic(), 0.3)
    replica.ended(token, time.monotonic(), 0.3)
    started = time.monotonic()
    names = {r["name"] for r in query(client, "accounts", select=["name"])}
    waited = time.monotonic() - started
    assert names == {"A0", "A1", "A2"}
    assert waited >= 0.5  # until the lump left the window, as the server would insist
    assert len(replica.starts) == 1 and len(replica.charges) == 1  # the read, charged
    # with room in the window (the documented budget, nothing sent yet) it goes at once
    other, _ = org(tmp_path / "other")
    t = time.monotonic()
    assert list(query(other, "accounts", select=["name"])) == []
    assert time.monotonic() - t < 0.5 and len(budget_for(other).replica.charges) == 1
