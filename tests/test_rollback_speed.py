"""Rollback deletes by batched DELETEs under the loader's service-protection controller:
a batch is one request against the request-count limit (api-limits.md), 404 is counted as
already gone, a lost reply or a killed rollback is finished by running it again, and
rollback.json stays exact."""

from __future__ import annotations

import json
import time
from pathlib import Path

import httpx
import pytest

from d365migrate.dataverse import BatchOperation, DataverseClient, StaticToken
from d365migrate.dataverse.errors import ServiceProtectionLimit
from d365migrate.load.ledger import Ledger
from d365migrate.verify.rollback import delete_records, rollback_run
from dataverse_emulator import Limits, create_app

N = 2500


def client_for(tmp_path: Path, seed: int = 0, **limits: object) -> DataverseClient:
    app = create_app(tmp_path / "org.sqlite", limits=Limits(**limits),  # type: ignore[arg-type]
                     seed=seed)
    return DataverseClient("http://dataverse.emulator/", StaticToken(),
                           transport=httpx.WSGITransport(app=app))


def make_accounts(client: DataverseClient, n: int) -> list[str]:
    ids: list[str] = []
    for i in range(0, n, 1000):
        ids += client.create_multiple("accounts", "account", [
            {"name": f"Account {j}"} for j in range(i, min(n, i + 1000))])
    return ids


def requests_sent(client: DataverseClient) -> int:
    users = client._http.get("http://dataverse.emulator/_emulator/requests").json()["users"]
    return sum(u["requests"] for u in users.values())


def settled_count(client: DataverseClient) -> int:
    """Accounts left once the batches still in flight in-process (a killed process has
    none) have finished."""
    last = -1
    while (now := client.count("accounts", "accountid")) != last:
        last = now
        time.sleep(0.3)
    return last


def run_folder(root: Path, ids: list[str], name: str = "20260101T000000000000Z") -> Path:
    """A run folder as a load leaves it: run.json and a ledger naming what it created."""
    run_dir = root / "runs" / "rb" / name
    run_dir.mkdir(parents=True)
    (run_dir / "run.json").write_text(json.dumps({
        "engagement": "rb", "status": "succeeded", "parameters": {"publisher_prefix": "new"},
        "destination": {"url": "http://dataverse.emulator/", "kind": "embedded-emulator"}}))
    ledger = Ledger(run_dir / "ledger.jsonl")
    for k in range(0, len(ids), 500):
        part = ids[k:k + 500]
        chunk = f"account-x-{k:06d}"
        ledger.intent("account", "accounts", "accountid", chunk, [f"A{j}" for j in range(
            k, k + len(part))])
        ledger.created("account", "accounts", "accountid", chunk,
                       [(f"A{k + j}", rid) for j, rid in enumerate(part)])
    return run_dir


def test_a_batch_is_one_request_against_the_request_limit_unless_told_otherwise(tmp_path):
    """api-limits.md: a batch "will avoid the number of requests limit"; the stricter reading
    stays available as ``batch_counts_operations``."""
    for strict in (False, True):
        client = client_for(tmp_path / str(strict), max_requests=5, window_seconds=60,
                            batch_counts_operations=strict)
        ids = make_accounts(client, 40)
        ops = [BatchOperation("DELETE", f"accounts({rid})") for rid in ids[:20]]
        client.execute_batch(ops, continue_on_error=True)  # 2 requests so far (+ this one)
        if strict:  # the 20 deletes counted one by one: the window is full
            with pytest.raises(ServiceProtectionLimit):
                client.execute_batch([BatchOperation("DELETE", f"accounts({ids[20]})")],
                                     continue_on_error=True)
        else:
            client.execute_batch([BatchOperation("DELETE", f"accounts({rid})")
                                  for rid in ids[20:]], continue_on_error=True)
            assert client.count("accounts", "accountid") == 0


def test_rollback_deletes_in_batches_and_counts_exactly(tmp_path):
    client = client_for(tmp_path)
    ids = make_accounts(client, N)
    run_dir = run_folder(tmp_path, ids)
    before = requests_sent(client)
    result = rollback_run(run_dir, client, progress=False)
    acc = result["tables"]["account"]
    assert (acc["ledger"], acc["deleted"], acc["already_absent"], acc["failed"]) == (N, N, 0, 0)
    assert result["complete"] and client.count("accounts", "accountid") == 0
    # at most 1,000 deletes a request: the old path sent one request a record
    sent = requests_sent(client) - before
    assert acc["requests"] <= sent < N // 100
    assert acc["requests"] >= N // 1000
    saved = json.loads((run_dir / "rollback.json").read_text())
    assert saved["tables"] == result["tables"] and saved["complete"]


def test_records_already_gone_are_counted_and_a_second_rollback_finds_all_gone(tmp_path):
    client = client_for(tmp_path)
    ids = make_accounts(client, 300)
    for rid in ids[:37]:
        client.delete("accounts", rid)
    run_dir = run_folder(tmp_path, ids)
    ledger_text = (run_dir / "ledger.jsonl").read_text()
    first = rollback_run(run_dir, client, progress=False)["tables"]["account"]
    assert (first["deleted"], first["already_absent"]) == (263, 37)
    again = rollback_run(run_dir, client, progress=False)
    assert again["complete"] and again["tables"]["account"]["already_absent"] == 300
    assert (run_dir / "ledger.jsonl").read_text() == ledger_text  # rollback never edits it


def test_replies_lost_after_the_server_deleted_are_retried_and_counted(tmp_path):
    """In-process the lost reply is a 503 after the commit: the resent batch finds the
    records gone (404), which counts them as already absent; nothing is left, nothing is
    counted twice."""
    client = client_for(tmp_path, drop_after_commit_rate=0.4, seed=3)
    ids: list[str] = []
    while len(ids) < 1200:  # creates may lose their reply too: count what landed
        try:
            ids += client.create_multiple("accounts", "account",
                                          [{"name": f"A{len(ids) + j}"} for j in range(200)])
        except Exception:  # noqa: BLE001 - a dropped reply: read what exists below
            pass
    ids = [r["accountid"] for r in client.query("accounts", select=["accountid"])]
    c = delete_records(client, "accounts", ids, "account", progress=False)
    assert c["deleted"] + c["already_absent"] == c["ledger"] == len(ids)
    assert c["retries"] > 0 and c["already_absent"] > 0 and c["failed"] == 0
    assert client.count("accounts", "accountid") == 0


def test_a_rollback_killed_midway_is_finished_by_running_it_again(tmp_path):
    client = client_for(tmp_path)
    ids = make_accounts(client, 2200)
    run_dir = run_folder(tmp_path, ids)
    real = client.execute_batch
    calls = {"n": 0}

    def dies_after_two(*a, **kw):
        calls["n"] += 1
        if calls["n"] > 2:
            raise KeyboardInterrupt  # stands for the process being killed
        return real(*a, **kw)

    client.execute_batch = dies_after_two  # type: ignore[method-assign]
    with pytest.raises(KeyboardInterrupt):
        rollback_run(run_dir, client, progress=False)
    assert not (run_dir / "rollback.json").exists()
    left = settled_count(client)
    assert 0 < left < 2200
    client.execute_batch = real  # type: ignore[method-assign]
    result = rollback_run(run_dir, client, progress=False)
    acc = result["tables"]["account"]
    assert result["complete"] and acc["deleted"] == left
    assert acc["already_absent"] == 2200 - left
    assert client.count("accounts", "accountid") == 0


def test_tight_limits_are_waited_out_not_failed(tmp_path):
    """A window of 3 requests a second: the controller paces and waits out 429s."""
    client = client_for(tmp_path, max_requests=3, window_seconds=1)
    ids = make_accounts(client, 900)
    c = delete_records(client, "accounts", ids, "account", progress=False,
                       controller=None)
    assert (c["deleted"], c["failed"]) == (900, 0)
    assert client.count("accounts", "accountid") == 0


class LostWinReply(httpx.BaseTransport):
    """The emulator in-process, except that the first WinOpportunity is carried out and its
    reply lost, and a later one is refused as Dataverse refuses closing a closed deal."""

    def __init__(self, app: object) -> None:
        self.inner = httpx.WSGITransport(app=app)  # type: ignore[arg-type]
        self.wins = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not request.url.path.endswith("/WinOpportunity"):
            return self.inner.handle_request(request)
        self.wins += 1
        if self.wins == 1:
            self.inner.handle_request(request)
            raise httpx.ReadError("connection closed after the server committed")
        return httpx.Response(400, json={"error": {
            "code": "0x80100005", "message": "The opportunity is closed."}})


def test_restoring_a_won_deal_whose_win_reply_was_lost_is_done_not_failed(tmp_path):
    from d365migrate.dataverse.client import RetryPolicy
    from d365migrate.verify.restore import Restorer

    app = create_app(tmp_path / "org.sqlite")
    plain = DataverseClient("http://dataverse.emulator/", StaticToken(),
                            transport=httpx.WSGITransport(app=app))
    account = plain.create("accounts", {"name": "Customer"})
    deal = plain.create("opportunities", {"name": "Deal",
                                          "customerid_account@odata.bind": f"/accounts({account})"})
    plain.send("POST", "WinOpportunity", json={"Status": 3, "OpportunityClose": {
        "subject": "won", "opportunityid@odata.bind": f"/opportunities({deal})"}})
    plain.update("opportunities", deal, {"statecode": 0, "statuscode": 1})  # a run reopened it
    lossy = LostWinReply(app)
    client = DataverseClient("http://dataverse.emulator/", StaticToken(), transport=lossy,
                             retry=RetryPolicy(sleep=lambda s: None))
    entry = {"table": "opportunity", "kind": "state", "images": [
        {"id": deal, "fields": {"statecode": 1, "statuscode": 3}, "lookups": {}}]}
    restorer = Restorer(client)
    restorer.restore(entry, set())
    assert lossy.wins == 2  # the resend was refused, and the record read back
    now = plain.retrieve("opportunities", deal, select=["statecode", "statuscode"])
    assert (now["statecode"], now["statuscode"]) == (1, 3)
    assert restorer.counts["opportunity"]["restored"] == 1
