"""Closes go through the throughput-aware pump: state updates by UpdateMultiple, the close
actions (WinOpportunity, LoseOpportunity, CloseIncident) as ``$batch`` requests of action
calls that continue on error; a refused close fails alone with its reason; a record already
in its state counts as already closed; 429s are waited out; a ``$batch`` is one request."""

from __future__ import annotations

import threading
from pathlib import Path

import httpx
import polars as pl

from d365migrate.dataverse import DataverseClient, StaticToken
from d365migrate.load.closes import apply_closes
from d365migrate.load.ledger import Ledger
from dataverse_emulator import Limits, create_app
from test_states import table_def

URL = "http://dataverse.emulator/"


class Counting(httpx.BaseTransport):
    """The emulator in-process, with every request it was sent."""

    def __init__(self, app: object) -> None:
        self.inner = httpx.WSGITransport(app=app)
        self.calls: list[tuple[str, str, int]] = []
        self.lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        with self.lock:
            self.calls.append((request.method, request.url.path.rsplit("/", 1)[-1],
                               response.status_code))
        return response

    def count(self, method: str, last: str) -> int:
        return sum(1 for m, p, _ in self.calls if m == method and p == last)


def org(tmp_path: Path, **limits: float) -> tuple[DataverseClient, Counting]:
    transport = Counting(create_app(tmp_path / "org.sqlite", limits=Limits(**limits)))
    return DataverseClient(URL, StaticToken(), transport=transport), transport


def deals(client: DataverseClient, n: int) -> tuple[dict[str, str], pl.DataFrame]:
    acc = client.create("accounts", {"name": "Buyer"})
    ids = client.create_multiple("opportunities", "opportunity", [
        {"name": f"Deal {i}", "estimatedvalue": 10.0 * i,
         "customerid_account@odata.bind": f"/accounts({acc})"} for i in range(n)])
    staged = pl.DataFrame({"__source_id": [f"o{i}" for i in range(n)],
                           "name": [f"Deal {i}" for i in range(n)],
                           "estimatedvalue": [10.0 * i for i in range(n)],
                           "estimatedclosedate": ["2024-03-01"] * n})
    return {f"o{i}": rid for i, rid in enumerate(ids)}, staged


def won_or_lost(n: int, bad: int | None = None) -> pl.DataFrame:
    return pl.DataFrame({"__source_id": [f"o{i}" for i in range(n)],
                         "statecode": [1 if i % 3 else 2 for i in range(n)],
                         "statuscode": [99 if i == bad else (3 if i % 3 else 4)
                                        for i in range(n)]})


def states(client: DataverseClient, entity_set: str, pk: str) -> dict[str, int]:
    return {r[pk]: r["statecode"] for r in client.query(entity_set, select=[pk, "statecode"])}


def test_opportunity_closes_go_as_batches_of_action_calls(tmp_path):
    client, wire = org(tmp_path)
    ids, staged = deals(client, 300)
    out = apply_closes(client, table_def("opportunity"), won_or_lost(300), ids, staged,
                       chunk_size=100, progress=False)
    assert out == {"closed": 300, "closed_as": {"Won": 200, "Lost": 100}, "already_closed": 0,
                   "close_failed": []}
    now = states(client, "opportunities", "opportunityid")
    assert sorted(now[ids[f"o{i}"]] for i in range(300)) == sorted(
        1 if i % 3 else 2 for i in range(300))
    won = client.retrieve("opportunities", ids["o1"], ["actualvalue", "actualclosedate"])
    assert won["actualvalue"] == 10.0 and won["actualclosedate"].startswith("2024-03-01")
    assert wire.count("POST", "WinOpportunity") == wire.count("POST", "LoseOpportunity") == 0
    assert 3 <= wire.count("POST", "$batch") <= 6  # 300 closes, 100 a batch to start with


def test_a_refused_close_fails_alone_with_its_reason_and_a_rerun_counts_the_rest_done(
        tmp_path):
    client, _ = org(tmp_path)
    ids, staged = deals(client, 40)
    out = apply_closes(client, table_def("opportunity"), won_or_lost(40, bad=7), ids, staged,
                       progress=False)
    assert out["closed"] == 39 and out["already_closed"] == 0
    assert [f["source_id"] for f in out["close_failed"]] == ["o7"]
    assert "99" in out["close_failed"][0]["reason"]
    assert states(client, "opportunities", "opportunityid")[ids["o7"]] == 0  # left open
    again = apply_closes(client, table_def("opportunity"), won_or_lost(40), ids, staged,
                         progress=False)  # the status fixed: o7 closes, the rest were closed
    assert again == {"closed": 1, "closed_as": {"Won": 1}, "already_closed": 39,
                     "close_failed": []}


def test_state_updates_go_by_update_multiple_and_a_refused_chunk_is_split_in_one_batch(
        tmp_path):
    client, wire = org(tmp_path)
    lead_ids = client.create_multiple("leads", "lead", [
        {"lastname": f"L{i}", "subject": "x"} for i in range(120)])
    ids = {f"l{i}": rid for i, rid in enumerate(lead_ids)}
    closes = pl.DataFrame({"__source_id": list(ids),
                           "statecode": [2 if i % 2 else 1 for i in range(120)],
                           "statuscode": [42 if i == 5 else (6 if i % 2 else 3)
                                          for i in range(120)]})
    out = apply_closes(client, table_def("lead"), closes, ids, closes.select("__source_id"),
                       chunk_size=60, progress=False)
    assert out["closed"] == 119 and [f["source_id"] for f in out["close_failed"]] == ["l5"]
    assert 2 <= wire.count("POST", "Microsoft.Dynamics.CRM.UpdateMultiple") <= 12
    assert wire.count("POST", "$batch") == 1  # the refused chunk, each lead on its own
    now = states(client, "leads", "leadid")
    assert sum(1 for s in now.values() if s != 0) == 119


def test_cases_resolve_by_close_incident_in_batches_and_the_ledger_keeps_the_resolutions(
        tmp_path):
    client, wire = org(tmp_path)
    acc = client.create("accounts", {"name": "Customer"})
    case_ids = client.create_multiple("incidents", "incident", [
        {"title": f"T{i}", "customerid_account@odata.bind": f"/accounts({acc})"}
        for i in range(30)])
    ids = {f"t{i}": rid for i, rid in enumerate(case_ids)}
    closes = pl.DataFrame({"__source_id": list(ids),
                           "statecode": [2 if i % 5 == 0 else 1 for i in range(30)],
                           "statuscode": [6 if i % 5 == 0 else 5 for i in range(30)]})
    ledger = Ledger(tmp_path / "ledger.jsonl")
    staged = pl.DataFrame({"__source_id": list(ids), "title": [f"T{i}" for i in range(30)]})
    out = apply_closes(client, table_def("incident"), closes, ids, staged, progress=False,
                       ledger=ledger)
    assert out == {"closed": 30, "closed_as": {"Resolved": 24, "Cancelled": 6},
                   "already_closed": 0, "close_failed": []}
    now = states(client, "incidents", "incidentid")
    assert sorted(now.values()) == [1] * 24 + [2] * 6
    assert wire.count("POST", "CloseIncident") == 0 and wire.count("POST", "$batch") >= 1
    assert len(ledger.close_records().get("incidentresolution", [])) == 24


def test_closes_wait_out_the_service_window_and_all_land(tmp_path):
    """3 requests a 1 s window: the closes' requests are paced and their 429s waited out."""
    client, wire = org(tmp_path, max_requests=3, window_seconds=1.0)
    ids, staged = deals(client, 200)
    out = apply_closes(client, table_def("opportunity"), won_or_lost(200), ids, staged,
                       chunk_size=20, progress=False)
    assert out == {"closed": 200, "closed_as": {"Won": 133, "Lost": 67}, "already_closed": 0,
                   "close_failed": []}
    assert sum(1 for s in states(client, "opportunities", "opportunityid").values()
               if s != 0) == 200
    assert any(status == 429 for *_, status in wire.calls)  # the limit was met, and held


def test_a_table_without_update_multiple_closes_by_patches_in_a_batch(tmp_path):
    client, wire = org(tmp_path, without_bulk_messages=frozenset({"task"}))
    ids = {f"t{i}": client.create("tasks", {"subject": f"T{i}"}) for i in range(12)}
    closes = pl.DataFrame({"__source_id": list(ids), "statecode": [1] * 12,
                           "statuscode": [5] * 12})
    out = apply_closes(client, table_def("task"), closes, ids, closes.select("__source_id"),
                       progress=False)
    assert out == {"closed": 12, "closed_as": {"Completed": 12}, "already_closed": 0,
                   "close_failed": []}
    assert wire.count("POST", "Microsoft.Dynamics.CRM.UpdateMultiple") == 0
    assert wire.count("POST", "$batch") == 1
    assert set(states(client, "tasks", "activityid").values()) == {1}


def test_orders_are_fulfilled_and_canceled_by_their_actions_submitted_by_an_update(tmp_path):
    """An order's Fulfilled and Canceled states are reached only by FulfillSalesOrder and
    CancelSalesOrder (the org refuses a plain update to them); Submitted is an update; an
    Invoiced order (converted to an invoice, which a migration does not do) fails alone with
    the org's words; a second run finds the rest already closed."""
    client, wire = org(tmp_path)
    acc = client.create("accounts", {"name": "Buyer"})
    prices = client.create("pricelevels", {"name": "Default"})
    n = 8
    made = client.create_multiple("salesorders", "salesorder", [
        {"name": f"SO {i}", "customerid_account@odata.bind": f"/accounts({acc})",
         "pricelevelid@odata.bind": f"/pricelevels({prices})"} for i in range(n)])
    ids = {f"s{i}": rid for i, rid in enumerate(made)}
    staged = pl.DataFrame({"__source_id": list(ids), "name": [f"SO {i}" for i in range(n)]})
    wanted = [(3, 100001), (3, 100002), (2, 4), (1, 3), (3, 100001), (2, 4), (4, 100003),
              (1, 3)]
    closes = pl.DataFrame({"__source_id": list(ids), "statecode": [s for s, _ in wanted],
                           "statuscode": [c for _, c in wanted]})
    out = apply_closes(client, table_def("salesorder"), closes, ids, staged, progress=False)
    assert out["closed"] == 7 and out["already_closed"] == 0
    assert [f["source_id"] for f in out["close_failed"]] == ["s6"]
    assert "ConvertSalesOrderToInvoice" in out["close_failed"][0]["reason"]
    now = states(client, "salesorders", "salesorderid")
    assert [now[ids[f"s{i}"]] for i in range(n)] == [3, 3, 2, 1, 3, 2, 0, 1]
    assert wire.count("POST", "$batch") >= 1
    again = apply_closes(client, table_def("salesorder"), closes, ids, staged, progress=False)
    assert again["already_closed"] == 5 and len(again["close_failed"]) == 1


def test_quotes_are_activated_then_won_or_closed_by_their_actions(tmp_path):
    """A quote is won by WinQuote and closed by CloseQuote from Active only: the drafts the
    load created are activated first; an active one only takes its status."""
    client, wire = org(tmp_path)
    acc = client.create("accounts", {"name": "Buyer"})
    prices = client.create("pricelevels", {"name": "Default"})
    made = client.create_multiple("quotes", "quote", [
        {"name": f"Q {i}", "customerid_account@odata.bind": f"/accounts({acc})",
         "pricelevelid@odata.bind": f"/pricelevels({prices})"} for i in range(4)])
    ids = {f"q{i}": rid for i, rid in enumerate(made)}
    staged = pl.DataFrame({"__source_id": list(ids), "name": [f"Q {i}" for i in range(4)]})
    closes = pl.DataFrame({"__source_id": list(ids), "statecode": [2, 3, 1, 3],
                           "statuscode": [4, 5, 3, 6]})
    out = apply_closes(client, table_def("quote"), closes, ids, staged, progress=False)
    assert out == {"closed": 4, "closed_as": {"Won": 1, "Closed": 2, "Active": 1},
                   "already_closed": 0, "close_failed": []}
    got = {r["quoteid"]: (r["statecode"], r["statuscode"]) for r in client.query(
        "quotes", select=["quoteid", "statecode", "statuscode"])}
    assert [got[ids[f"q{i}"]] for i in range(4)] == [(2, 4), (3, 5), (1, 3), (3, 6)]
    assert wire.count("POST", "WinQuote") == 0   # sent inside $batch requests
    again = apply_closes(client, table_def("quote"), closes, ids, staged, progress=False)
    assert again["already_closed"] == 3 and again["close_failed"] == []
