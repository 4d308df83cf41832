"""Each load stamps what it creates (``importsequencenumber``), so recovering a killed run
claims only records that run created, never ones another load made with the same source ids.
Runs against the in-process emulator."""

from __future__ import annotations

from pathlib import Path

import httpx
import polars as pl

from d365migrate.dataverse import DataverseClient, StaticToken
from d365migrate.load.ledger import Ledger
from d365migrate.load.loader import TableLoader
from d365migrate.load.org_records import STAMP_COLUMN, ensure_source_id_column, load_stamp
from d365migrate.staging.stage import SOURCE_ID, SOURCE_ROW
from d365migrate.verify.rollback import settle_pending
from dataverse_emulator import create_app

COLUMN = "new_smartdeskid"
IDS = ["A1", "A2", "A3"]


def org(tmp_path: Path) -> tuple[DataverseClient, dict]:
    app = create_app(str(tmp_path / "org.sqlite"))
    client = DataverseClient("https://org.example.crm.dynamics.com", StaticToken(),
                             transport=httpx.WSGITransport(app=app))
    return client, ensure_source_id_column(client, client.entity_definition("account"), COLUMN)


def rows(ids: list[str]) -> pl.DataFrame:
    return pl.DataFrame([{SOURCE_ID: s, SOURCE_ROW: i + 2, "name": f"Account {s}"}
                         for i, s in enumerate(ids)])


def test_a_load_stamps_its_creates_and_claims_only_its_own(tmp_path):
    client, table = org(tmp_path)
    killed = Ledger(tmp_path / "killed.jsonl")
    # a run died with this chunk in flight; the chunk never reached the org
    killed.intent("account", "accounts", "accountid", "account-dead-000001", IDS,
                  stamp=load_stamp("0badf00d"))
    # a later load, elsewhere, creates the same source ids
    later = Ledger(tmp_path / "later.jsonl")
    loader = TableLoader(client, table, source_id_column=COLUMN, ledger=later, progress=False)
    result = loader.load(rows(IDS), owner_ids={}, ref_ids={})
    assert result.created == 3 and loader.stamp is not None
    stamps = {r[STAMP_COLUMN] for r in client.query("accounts", select=[STAMP_COLUMN])}
    assert stamps == {loader.stamp}
    # rolling back the killed run claims none of them ...
    assert settle_pending(client, killed, COLUMN) == {}
    # ... where an unstamped intent (an older ledger) could not tell them apart
    legacy = Ledger(tmp_path / "legacy.jsonl")
    legacy.intent("account", "accounts", "accountid", "account-old-000001", IDS)
    assert len(settle_pending(client, legacy, COLUMN)["account"]) == 3
    # and the later load's own in-flight chunk would be found by its stamp
    mine = Ledger(tmp_path / "mine.jsonl")
    mine.intent("account", "accounts", "accountid", "account-mine-000001", IDS,
                stamp=loader.stamp)
    assert sorted(s for s, _ in settle_pending(client, mine, COLUMN)["account"]) == IDS


def test_a_key_clash_with_another_loads_record_is_a_failure_not_ours(tmp_path, monkeypatch):
    """The first attempt of a create hits the key because another load made the record after
    this one looked: the lookup by stamp finds nothing of ours, so that record fails with the
    key error instead of being claimed (and later deleted by this run's rollback)."""
    import d365migrate.load.loader as loader_module

    client, table = org(tmp_path)
    TableLoader(client, table, source_id_column=COLUMN, ledger=Ledger(tmp_path / "other.jsonl"),
                progress=False).load(rows(["A2"]), owner_ids={}, ref_ids={})
    monkeypatch.setattr(loader_module, "existing_ids", lambda *a, **k: {})  # looked earlier
    ledger = Ledger(tmp_path / "mine.jsonl")
    result = TableLoader(client, table, source_id_column=COLUMN, ledger=ledger,
                         progress=False).load(rows(IDS), owner_ids={}, ref_ids={})
    assert result.created == 2 and result.failed["source_id"].to_list() == ["A2"]
    assert "0x80060892" in result.failed["reason"][0]  # the key error, with its code
    assert {s for s, _ in ledger.created_records()["account"]} == {"A1", "A3"}
    assert ledger.pending_intents() == []
    assert client.count("accounts", "accountid") == 3
