"""End to end on the in-process emulator: a table configured without bulk messages
(``Limits.without_bulk_messages``) loads by ``$batch`` change sets, and a large note file goes
up in blocks."""

from __future__ import annotations

import base64
from pathlib import Path

import httpx
import polars as pl

from d365migrate.dataverse import DataverseClient, StaticToken
from d365migrate.load.ledger import Ledger
from d365migrate.load.loader import TableLoader
from d365migrate.load.org_records import ensure_source_id_column
from d365migrate.staging.stage import SOURCE_ID, SOURCE_ROW
from dataverse_emulator import Limits, create_app

COLUMN = "new_smartdeskid"


def org(tmp_path: Path, **limits: object) -> tuple[DataverseClient, dict]:
    app = create_app(str(tmp_path / "org.sqlite"), limits=Limits(**limits))  # type: ignore[arg-type]
    client = DataverseClient("https://org.example.crm.dynamics.com", StaticToken(),
                             transport=httpx.WSGITransport(app=app))
    table = ensure_source_id_column(client, client.entity_definition("account"), COLUMN)
    return client, table


def rows(n: int, poison: set[int] = frozenset(), suffix: str = "") -> pl.DataFrame:
    return pl.DataFrame([{SOURCE_ID: f"A{i}", SOURCE_ROW: i + 2,
                          "name": "x" * 200 if i in poison else f"Account {i}{suffix}"}
                         for i in range(n)])


def load(client: DataverseClient, table: dict, ledger: Ledger, data: pl.DataFrame,
         **kw: object):
    loader = TableLoader(client, table, source_id_column=COLUMN, ledger=ledger, progress=False,
                         chunk_size=40, **kw)  # type: ignore[arg-type]
    return loader.load(data, owner_ids={}, ref_ids={})


def test_a_table_without_bulk_messages_loads_by_batch_on_the_emulator(tmp_path):
    client, table = org(tmp_path, without_bulk_messages=frozenset({"account"}))
    assert client.bulk_messages("account") == set()
    assert client.bulk_messages("contact") == {"CreateMultiple", "UpdateMultiple",
                                               "UpsertMultiple"}
    ledger = Ledger(tmp_path / "ledger.jsonl")
    result = load(client, table, ledger, rows(300, poison={7, 150, 299}))
    assert (result.created, result.updated) == (297, 0)
    assert sorted(result.failed["source_id"].to_list()) == ["A150", "A299", "A7"]
    assert result.failed["reason"].str.contains("0x80044331").all()  # isolated by bisection
    assert result.stats["via_batch"] == ["create", "update"]
    assert ledger.pending_intents() == []
    assert client.count("accounts", "accountid") == 297
    found = {r[COLUMN]: r["accountid"]
             for r in client.query("accounts", select=["accountid", COLUMN])}
    assert found == result.ids
    assert sorted(s for s, _ in ledger.created_records()["account"]) == sorted(found)
    again = load(client, table, ledger, rows(320, suffix=" (renamed)"))
    assert (again.created, again.updated, again.failed.height) == (23, 297, 0)
    names = [r["name"] for r in client.query("accounts", select=["name"])]
    assert len(names) == 320 and all(n.endswith("(renamed)") for n in names)


def test_a_refused_bulk_message_switches_the_load_to_batch_on_the_emulator(tmp_path,
                                                                           monkeypatch):
    client, table = org(tmp_path, without_bulk_messages=frozenset({"account"}))
    monkeypatch.setattr(client, "bulk_messages", lambda t: {"CreateMultiple", "UpdateMultiple"})
    ledger = Ledger(tmp_path / "ledger.jsonl")
    result = load(client, table, ledger, rows(200, poison={100}), concurrency=2)
    assert result.created == 199 and result.failed["source_id"].to_list() == ["A100"]
    assert result.stats["via_batch"] == ["create"]
    assert ledger.pending_intents() == []
    assert client.count("accounts", "accountid") == 199


def test_a_large_note_goes_up_in_blocks_on_the_emulator(tmp_path):
    client, _ = org(tmp_path)
    account = client.create("accounts", {"name": "Noted"})
    data = bytes(range(256)) * 40  # 10,240 bytes
    note = {"subject": "scan", "filename": "scan.bin", "mimetype": "application/octet-stream",
            "objectid_account@odata.bind": f"/accounts({account})"}
    note_id = client.upload_note(note, data, max_plain_bytes=1_000, block_size=4_000)
    stored = client.retrieve("annotations", note_id, select=["documentbody", "filename"])
    assert base64.b64decode(stored["documentbody"]) == data
    assert stored["filename"] == "scan.bin"
    small = client.upload_note({**note, "filename": "small.bin"}, b"tiny")
    assert base64.b64decode(
        client.retrieve("annotations", small, select=["documentbody"])["documentbody"]) == b"tiny"
