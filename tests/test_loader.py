"""The loader against a fake Dataverse: exact counts under concurrency, throttling, faults,
poisoned records, token expiry, paging, and a kill mid-load followed by a resume."""

from __future__ import annotations

import threading
import time

import polars as pl
import pytest

from d365migrate.load.ledger import Ledger
from d365migrate.load.loader import SystemicFailure, TableLoader
from d365migrate.staging.stage import REF_PREFIX, SOURCE_ID, SOURCE_ROW
from d365migrate.verify.rollback import settle_pending
from test_loader_fake import COLUMN, FakeDataverse, Killed

ACCOUNT = {"LogicalName": "account", "EntitySetName": "accounts", "PrimaryIdAttribute": "accountid"}
CONTACT = {"LogicalName": "contact", "EntitySetName": "contacts", "PrimaryIdAttribute": "contactid"}
NAV = "parentcustomerid_account"


def staged(n: int, prefix: str = "A", poison: set[int] = frozenset(), refs: int = 0
           ) -> pl.DataFrame:
    rows = [{SOURCE_ID: f"{prefix}{i}", SOURCE_ROW: i + 2,
             "name": "POISON" if i in poison else f"Name {i}"} for i in range(n)]
    if refs:
        for i, r in enumerate(rows):
            r[REF_PREFIX + NAV] = f"A{i % refs}"
    return pl.DataFrame(rows)


def loader(fake: FakeDataverse, ledger: Ledger, table=ACCOUNT, client=None, **kw) -> TableLoader:
    kw.setdefault("chunk_size", 50)
    return TableLoader(client or fake.client(), table, source_id_column=COLUMN, ledger=ledger,
                       file="companies.csv", progress=False, **kw)


def ledger_ids(ledger: Ledger, table: str = "account") -> list[str]:
    return [sid for sid, _ in ledger.created_records().get(table, [])]


def test_parallel_load_is_exact_and_ledgered(tmp_path):
    fake = FakeDataverse(latency_ms=2, record_ms=0.02)
    ledger = Ledger(tmp_path / "ledger.jsonl")
    result = loader(fake, ledger, concurrency=6).load(staged(2000), owner_ids={}, ref_ids={})
    assert (result.created, result.updated, result.failed.height) == (2000, 0, 0)
    assert fake.count("accounts") == 2000 and fake.peak > 1
    assert sorted(ledger_ids(ledger)) == sorted(fake.rows["accounts"])
    assert ledger.pending_intents() == []
    # besides the chunks: one lookup of existing ids and one sdkmessagefilters query a load
    assert [c[0] for c in fake.calls if c[0].startswith("GET")] == \
        ["GET accounts", "GET sdkmessagefilters"]
    assert result.stats["records"] == 2000 and result.stats["requests"] == len(fake.calls) - 2
    assert result.stats["via_batch"] == [] and fake.batch_calls() == []


def test_lookups_are_bound_from_ref_ids(tmp_path):
    fake = FakeDataverse()
    ledger = Ledger(tmp_path / "ledger.jsonl")
    accounts = loader(fake, ledger).load(staged(10), owner_ids={}, ref_ids={})
    result = loader(fake, ledger, CONTACT).load(
        staged(100, "C", refs=10), owner_ids={},
        ref_ids={NAV: ("accounts", accounts.ids)})
    assert result.created == 100 and result.unresolved_lookups == 0
    binds = {r[f"{NAV}@odata.bind"] for r in fake.rows["contacts"].values()}
    assert binds == {f"/accounts({i})" for i in accounts.ids.values()}


def test_429_is_waited_out_and_everything_lands(tmp_path):
    fake = FakeDataverse(window=0.5, max_exec_ms=150, latency_ms=5, record_ms=0.5)
    ledger = Ledger(tmp_path / "ledger.jsonl")
    result = loader(fake, ledger, concurrency=8).load(staged(1500), owner_ids={}, ref_ids={})
    assert fake.throttled > 0 and result.stats["throttled_429"] == fake.throttled
    assert result.created == 1500 and fake.count("accounts") == 1500
    assert result.stats["final_concurrency"] < 8  # it backed off


def test_poisoned_records_are_isolated_and_the_rest_load(tmp_path):
    fake = FakeDataverse()
    ledger = Ledger(tmp_path / "ledger.jsonl")
    result = loader(fake, ledger, chunk_size=64).load(
        staged(300, poison={5, 6, 200}), owner_ids={}, ref_ids={})
    assert result.created == 297 and fake.count("accounts") == 297
    assert sorted(result.failed["source_id"].to_list()) == ["A200", "A5", "A6"]
    assert result.failed["reason"].str.contains("0x80048d19").all()
    assert result.failed["row"].to_list() == [7, 8, 202]
    assert ledger.pending_intents() == []
    assert len(ledger_ids(ledger)) == 297


def test_a_systemic_refusal_stops_early(tmp_path):
    fake = FakeDataverse()
    ledger = Ledger(tmp_path / "ledger.jsonl")
    with pytest.raises(SystemicFailure, match="all refused"):
        loader(fake, ledger, chunk_size=10).load(staged(400, poison=set(range(400))),
                                                 owner_ids={}, ref_ids={})
    assert len(fake.calls) < 200


def test_dropped_responses_and_503s_never_duplicate(tmp_path):
    fake = FakeDataverse(fault_rate=0.2, seed=3, latency_ms=1)
    ledger = Ledger(tmp_path / "ledger.jsonl")
    result = loader(fake, ledger, concurrency=4, chunk_size=20, max_chunk=20,
                    base_delay=0.001).load(
        staged(1200), owner_ids={}, ref_ids={})
    assert fake.faults > 10
    assert result.created == 1200 and fake.count("accounts") == 1200
    assert sorted(set(ledger_ids(ledger))) == sorted(fake.rows["accounts"])
    assert ledger.pending_intents() == []
    assert result.ids == {s: r["accountid"] for s, r in fake.rows["accounts"].items()}


class CountingToken:
    def __init__(self) -> None:
        self.issued = 0
        self.lock = threading.Lock()

    def token(self, *, force_refresh: bool = False) -> str:
        with self.lock:
            if force_refresh or self.issued == 0:
                self.issued += 1
            return f"tok{self.issued}"


def test_expired_tokens_are_refreshed_mid_load(tmp_path):
    fake = FakeDataverse(token_ttl=7)
    token = CountingToken()
    ledger = Ledger(tmp_path / "ledger.jsonl")
    result = loader(fake, ledger, client=fake.client(token), concurrency=3, max_chunk=50).load(
        staged(1000), owner_ids={}, ref_ids={})
    assert token.issued > 2 and result.created == 1000 and fake.count("accounts") == 1000


def test_paging_reads_every_existing_record(tmp_path):
    fake = FakeDataverse(max_page=7)
    ledger = Ledger(tmp_path / "ledger.jsonl")
    loader(fake, ledger).load(staged(40), owner_ids={}, ref_ids={})
    again = loader(fake, ledger).load(staged(60), owner_ids={}, ref_ids={})
    assert (again.created, again.updated) == (20, 40) and fake.count("accounts") == 60
    assert len(again.ids) == 60


def test_killed_mid_load_resumes_exactly_and_rollback_finds_everything(tmp_path):
    fake = FakeDataverse(latency_ms=3)
    fake.kill_after = 5  # the 5th commit lands, then the process 'dies'
    ledger = Ledger(tmp_path / "ledger.jsonl")
    data = staged(1000)
    with pytest.raises(Killed):
        loader(fake, ledger, concurrency=4).load(data, owner_ids={}, ref_ids={})
    quiet = 0   # the server finishes what it had received, as a real one does (and on a busy
    while quiet < 20:   # machine a request may reach it late: quiet for 0.2 s, not a blink)
        quiet = 0 if fake.in_flight else quiet + 1
        time.sleep(0.01)
    landed = dict(fake.rows["accounts"])
    assert 250 <= len(landed) < 1000 and ledger.pending_intents()
    # Rollback of the killed run alone finds exactly what landed, in-flight chunks included.
    client = fake.client()
    fake.killed, fake.kill_after = False, None
    found = {rid for recs in settle_pending(client, ledger, COLUMN).values() for _, rid in recs}
    assert {rid for _, rid in ledger.created_records()["account"]} | found == \
        {r["accountid"] for r in landed.values()}
    # Resume: exact count, nothing twice, and the ledger now covers every record itself.
    result = loader(fake, ledger, concurrency=4).load(data, owner_ids={}, ref_ids={})
    assert fake.count("accounts") == 1000
    assert result.created + result.updated == 1000 and result.created == 1000 - len(landed)
    assert ledger.pending_intents() == []
    assert sorted(set(ledger_ids(ledger))) == sorted(fake.rows["accounts"])
    assert len(ledger_ids(ledger)) == 1000
