"""The ledger survives a torn last line and reports chunks left in flight."""

from __future__ import annotations

from d365migrate.load.ledger import Ledger


def test_intents_without_result_are_pending(tmp_path):
    led = Ledger(tmp_path / "ledger.jsonl")
    led.intent("account", "accounts", "accountid", "account-1", ["a", "b"])
    led.created("account", "accounts", "accountid", "account-1", [("a", "1"), ("b", "2")])
    led.intent("account", "accounts", "accountid", "account-2", ["c"])
    with led.path.open("a") as fh:
        fh.write('{"event": "created", "table": "acc')  # killed mid-write
    assert led.created_records() == {"account": [("a", "1"), ("b", "2")]}
    assert [p["chunk"] for p in led.pending_intents()] == ["account-2"]
    assert led.tables() == {"account": {"entity_set": "accounts", "primary_id": "accountid"}}


def test_a_torn_line_does_not_swallow_the_next_entry(tmp_path):
    led = Ledger(tmp_path / "ledger.jsonl")
    led.intent("account", "accounts", "accountid", "account-1", ["a"])
    with led.path.open("a") as fh:
        fh.write('{"event": "created", "table": "acc')  # killed mid-write
    resumed = Ledger(led.path)  # the next run
    resumed.created("account", "accounts", "accountid", "account-1", [("a", "1")])
    for reader in (resumed, Ledger(led.path)):  # in memory and as read from disk
        assert reader.created_records() == {"account": [("a", "1")]}
        assert reader.pending_intents() == []


def test_the_file_is_read_once_and_kept_current(tmp_path, monkeypatch):
    import d365migrate.load.ledger as ledger_module

    parsed: list[int] = []
    parse = ledger_module._parse
    monkeypatch.setattr(ledger_module, "_parse", lambda data: parsed.append(len(data))
                        or parse(data))
    led = Ledger(tmp_path / "ledger.jsonl")
    other = Ledger(led.path)  # another writer of the same file (a second process)
    for i in range(50):
        led.intent("contact", "contacts", "contactid", f"c-{i}", [f"s{i}"])
        led.created("contact", "contacts", "contactid", f"c-{i}", [(f"s{i}", f"r{i}")])
        assert len(led.created_records()["contact"]) == i + 1
        assert led.pending_intents() == []
    other.intent("contact", "contacts", "contactid", "c-other", ["x"])
    assert [p["chunk"] for p in led.pending_intents()] == ["c-other"]  # seen by the first
    assert led.entries() == Ledger(led.path).entries()  # memory is what the file says
    # every byte of the file parsed about once, not once a question (50 x the file)
    assert sum(parsed) <= 2 * led.path.stat().st_size
