"""An append-only record of what a run created, so rollback deletes exactly that.

Before a chunk is sent its source ids are written as an *intent*; after the service answers,
the created ids. A run killed in between leaves an intent without a result, which rollback
and resume settle by looking the source ids up in Dataverse.
"""

from __future__ import annotations

import json
import os
import threading
from collections import defaultdict
from pathlib import Path
from typing import Any


class Ledger:
    """``ledger.jsonl`` in the run folder; one JSON object a line, flushed and fsynced."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    def _append(self, entry: dict[str, Any]) -> None:
        line = json.dumps(entry, ensure_ascii=False) + "\n"
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as fh:
                fh.write(line)
                fh.flush()
                os.fsync(fh.fileno())

    def intent(self, table: str, entity_set: str, primary_id: str, chunk: str,
               source_ids: list[str], stamp: int | None = None,
               column: str | None = None) -> None:
        """``stamp``: what the load writes to ``importsequencenumber``, so a lookup after a
        crash finds only what this load created; ``column``: where ``source_ids`` are found
        (the source-id column, or the primary id for records keyed by derived ids)."""
        self._append({"event": "intent", "table": table, "entity_set": entity_set,
                      "primary_id": primary_id, "chunk": chunk, "source_ids": source_ids,
                      "stamp": stamp, **({"column": column} if column else {})})

    def created(self, table: str, entity_set: str, primary_id: str, chunk: str,
                records: list[tuple[str, str]]) -> None:
        self._append({"event": "created", "table": table, "entity_set": entity_set,
                      "primary_id": primary_id, "chunk": chunk,
                      "records": [list(r) for r in records]})

    def settled(self, table: str, chunk: str) -> None:
        """The chunk's intent is closed without creations (it failed as a whole)."""
        self._append({"event": "settled", "table": table, "chunk": chunk})

    def entries(self) -> list[dict[str, Any]]:
        if not self.path.exists():
            return []
        out = []
        for line in self.path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                try:
                    out.append(json.loads(line))
                except json.JSONDecodeError:
                    continue  # a line torn by a kill mid-write; its chunk stays pending
        return out

    def created_records(self) -> dict[str, list[tuple[str, str]]]:
        """Per table, (source id, Dataverse id) of every record this run created."""
        out: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for e in self.entries():
            if e["event"] == "created":
                out[e["table"]].extend((sid, rid) for sid, rid in e["records"])
        return dict(out)

    def pending_intents(self) -> list[dict[str, Any]]:
        """Intents with no result: the process died while the chunk was in flight."""
        closed = {(e["table"], e["chunk"]) for e in self.entries()
                  if e["event"] in ("created", "settled")}
        return [e for e in self.entries()
                if e["event"] == "intent" and (e["table"], e["chunk"]) not in closed]

    def tables(self) -> dict[str, dict[str, str]]:
        """Entity set and primary id per table seen in the ledger."""
        return {e["table"]: {"entity_set": e["entity_set"], "primary_id": e["primary_id"]}
                for e in self.entries() if "entity_set" in e}
