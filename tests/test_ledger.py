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
