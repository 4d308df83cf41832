"""Tables without bulk messages load by ``$batch`` change sets: exact counts, ledger intents
closed, poisoned records isolated by bisection inside change sets, the key settle after a
dropped answer, the switch when a bulk call says the message is missing, and every operation
counted against the request limit."""

from __future__ import annotations

import time

from d365migrate.load.ledger import Ledger
from test_loader import ACCOUNT, ledger_ids, loader, staged
from test_loader_fake import FakeDataverse

NO_BULK = frozenset({"CreateMultiple", "UpdateMultiple", "UpsertMultiple"})


def test_a_table_without_bulk_messages_loads_by_change_sets_and_bisects_inside_them(tmp_path):
    fake = FakeDataverse(without_bulk=NO_BULK)
    ledger = Ledger(tmp_path / "ledger.jsonl")
    result = loader(fake, ledger, chunk_size=64).load(
        staged(300, poison={5, 6, 200}), owner_ids={}, ref_ids={})
    assert result.created == 297 and fake.count("accounts") == 297
    assert sorted(result.failed["source_id"].to_list()) == ["A200", "A5", "A6"]
    assert result.failed["reason"].str.contains("0x80048d19").all()
    assert ledger.pending_intents() == []
    assert sorted(ledger_ids(ledger)) == sorted(fake.rows["accounts"])
    assert result.ids == {s: r["accountid"] for s, r in fake.rows["accounts"].items()}
    assert not [c for c in fake.calls if "Multiple" in c[0]]
    batches = fake.batch_calls()
    assert batches and max(n for _, n, _ in batches) <= 64
    assert sum(n for _, n, status in batches if status == 200) == 297
    assert result.stats["via_batch"] == ["create", "update"]
    assert result.stats["request_weight"] == len(batches)  # a batch is one request


def test_updates_go_as_patches_that_never_create(tmp_path):
    fake = FakeDataverse(without_bulk=frozenset({"UpdateMultiple"}))
    ledger = Ledger(tmp_path / "ledger.jsonl")
    loader(fake, ledger).load(staged(120), owner_ids={}, ref_ids={})
    assert fake.created_calls() and not fake.batch_calls()  # creates still by CreateMultiple
    renamed = staged(150).with_columns(name=staged(150)["name"] + " (renamed)")
    result = loader(fake, ledger).load(renamed, owner_ids={}, ref_ids={})
    assert (result.created, result.updated, result.failed.height) == (30, 120, 0)
    assert result.stats["via_batch"] == ["update"]
    assert fake.count("accounts") == 150
    assert all(r["name"].endswith("(renamed)") for r in fake.rows["accounts"].values())
    assert sum(n for _, n, _ in fake.batch_calls()) == 120


def test_batch_chunks_stop_at_1000_operations(tmp_path):
    fake = FakeDataverse(without_bulk=NO_BULK)
    ledger = Ledger(tmp_path / "ledger.jsonl")
    result = loader(fake, ledger, concurrency=1, chunk_size=5000, max_chunk=5000).load(
        staged(2500), owner_ids={}, ref_ids={})
    assert result.created == 2500 and fake.count("accounts") == 2500
    assert max(n for _, n, _ in fake.batch_calls()) == 1000


def test_a_bulk_call_that_says_unsupported_switches_the_table_to_batches(tmp_path):
    """The filters cannot be read, so CreateMultiple is assumed; its refusal switches creates
    to $batch, and the refused chunk (too big for one batch) is resent cut to 1,000."""
    fake = FakeDataverse(without_bulk=frozenset({"CreateMultiple"}), filters_fail=True)
    ledger = Ledger(tmp_path / "ledger.jsonl")
    result = loader(fake, ledger, concurrency=1, chunk_size=2000, max_chunk=2000).load(
        staged(2500, poison={1500}), owner_ids={}, ref_ids={})
    refused = fake.created_calls()
    assert [status for _, _, status in refused] == [400]  # asked once, then never again
    assert result.created == 2499 and fake.count("accounts") == 2499
    assert result.failed["source_id"].to_list() == ["A1500"]
    assert result.stats["via_batch"] == ["create"]
    assert max(n for _, n, _ in fake.batch_calls()) <= 1000
    assert ledger.pending_intents() == []
    assert sorted(ledger_ids(ledger)) == sorted(fake.rows["accounts"])


def test_dropped_answers_to_change_sets_settle_by_lookup_and_never_duplicate(tmp_path):
    fake = FakeDataverse(without_bulk=NO_BULK, fault_rate=0.2, seed=5, latency_ms=1)
    ledger = Ledger(tmp_path / "ledger.jsonl")
    result = loader(fake, ledger, concurrency=4, chunk_size=20, max_chunk=20,
                    base_delay=0.001).load(staged(600), owner_ids={}, ref_ids={})
    assert fake.faults > 5
    assert [c for c in fake.batch_calls() if c[2] == 412]  # a landed batch sent again
    assert result.created == 600 and fake.count("accounts") == 600
    assert sorted(set(ledger_ids(ledger))) == sorted(fake.rows["accounts"])
    assert ledger.pending_intents() == []


def test_a_failed_change_set_that_names_no_operation_is_bisected_all_the_same(tmp_path):
    fake = FakeDataverse(without_bulk=NO_BULK, name_failed_part=False)
    ledger = Ledger(tmp_path / "ledger.jsonl")
    result = loader(fake, ledger, chunk_size=32).load(
        staged(100, poison={0, 99}), owner_ids={}, ref_ids={})
    assert result.created == 98 and sorted(result.failed["source_id"].to_list()) == \
        ["A0", "A99"]
    assert ledger.pending_intents() == []


def test_a_batch_counts_as_one_request_so_the_request_limit_does_not_cap_its_operations(
        tmp_path):
    """10 requests a 0.5 s window: counted operation by operation that would be 20 records a
    second; counted as the docs say (a batch is one request), the batches carry hundreds of
    records each and the load runs far above that, every record landing once."""
    fake = FakeDataverse(without_bulk=NO_BULK, window=0.5, max_requests=10, latency_ms=1)
    ledger = Ledger(tmp_path / "ledger.jsonl")
    ld = loader(fake, ledger, table=ACCOUNT, chunk_size=200)
    start = time.monotonic()
    result = ld.load(staged(2000), owner_ids={}, ref_ids={})
    rate = 2000 / (time.monotonic() - start)
    assert result.created == 2000 and fake.count("accounts") == 2000
    batches = fake.batch_calls()
    assert sum(n for _, n, status in batches if status == 200) == 2000  # what the server ran
    assert ld.controller.stats.weight == ld.controller.stats.requests  # one each
    assert max(n for _, n, _ in batches) > 20
    assert rate > 5 * 20
    assert ledger.pending_intents() == []


def test_a_job_cut_before_the_switch_and_too_big_for_a_batch_goes_as_the_bulk_message(
        tmp_path):
    fake = FakeDataverse(without_bulk=frozenset({"CreateMultiple"}), filters_fail=True)
    ld = loader(fake, Ledger(tmp_path / "ledger.jsonl"))
    ld._via_batch = {"create"}
    rows = [(r, {"name": r["name"]}) for r in staged(1500).iter_rows(named=True)]
    big, small = ld.job("create", rows), ld.job("create", rows[:1000])
    assert (ld._plan(big), big.batched) == (1.0, False)
    assert (ld._plan(small), small.batched) == (1.0, True)
    assert ld.max_items("create") == 1000 and ld.max_items("update") > 10**9
