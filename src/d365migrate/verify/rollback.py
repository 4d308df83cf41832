"""Delete exactly what one run created, children before parents, and count it."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tqdm.auto import tqdm

from d365migrate.dataverse import DataverseClient
from d365migrate.dataverse.destination import Destination, connect
from d365migrate.dataverse.errors import NotFound
from d365migrate.load.ledger import Ledger
from d365migrate.load.loader import intent_landed
from d365migrate.load.order import table_rank
from d365migrate.runfolder import RunFolder, write_json


class RollbackError(RuntimeError):
    """The run folder cannot be rolled back as it is (no run.json or ledger)."""


def settle_pending(client: DataverseClient, ledger: Ledger, source_id_column: str
                   ) -> dict[str, list[tuple[str, str]]]:
    """Chunks in flight when a run died: what of them exists now, with the run's stamp, was
    created by that run."""
    found: dict[str, list[tuple[str, str]]] = {}
    for intent in ledger.pending_intents():
        landed = intent_landed(client, intent, source_id_column)
        if landed:
            found.setdefault(intent["table"], []).extend(landed)
    return found


def rollback_run(run_dir: Path, client: DataverseClient | None = None, *,
                 progress: bool = True) -> dict[str, Any]:
    """Delete every record in the run's ledger and settled in-flight chunks; write rollback.json."""
    folder = RunFolder(run_dir)
    run_json = folder.run_json
    if not run_json.exists():
        raise RollbackError(f"{run_dir}: no run.json; is this a run folder?")
    run = json.loads(run_json.read_text())
    ledger = Ledger(folder.ledger)
    # No ledger: the run stopped before loading, so it created nothing; the counts say so.
    prefix = run.get("parameters", {}).get("publisher_prefix", "new")
    source_id_column = f"{prefix}_smartdeskid"
    own_client = client is None
    if client is None:
        client = connect(Destination(**run["destination"]))
    try:
        created = ledger.created_records()
        for table, recs in settle_pending(client, ledger, source_id_column).items():
            created.setdefault(table, []).extend(recs)
        meta = ledger.tables()
        order = sorted(created, key=lambda t: -table_rank(t))
        counts: dict[str, dict[str, int]] = {}
        for table in order:
            ids = list(dict.fromkeys(rid for _, rid in created[table]))
            c = {"ledger": len(ids), "deleted": 0, "already_absent": 0}
            for rid in tqdm(ids, desc=f"rollback {table}", unit="rec", disable=not progress):
                try:
                    client.delete(meta[table]["entity_set"], rid)
                    c["deleted"] += 1
                except NotFound:
                    c["already_absent"] += 1
            counts[table] = c
    finally:
        if own_client:
            client.close()
    result = {"run_dir": str(run_dir), "finished_at": datetime.now(UTC).isoformat(
        timespec="seconds"), "tables": counts,
        "complete": all(c["deleted"] + c["already_absent"] == c["ledger"]
                        for c in counts.values())}
    write_json(folder.rollback, result)
    return result
