"""An append-only record of what a run created and changed, so rollback undoes exactly that.

Before a chunk is sent its source ids are written as an *intent*; after the service answers,
the created ids. A run killed in between leaves an intent without a result, which rollback
and resume settle by looking the source ids up in Dataverse.

Before a request changes records that exist (an update's fields, a reopen or a close), the
prior values of exactly the columns it sends are written as a *before-image* (``before``),
so rollback restores them, newest first, even when the request never answered.

The file is read once and kept in memory as it grows: every append is written through to
disk (flushed and fsynced) and added to the copy in memory, and what another writer appended
since is read on the next look, from where the last read stopped. A load asks the ledger
about every table (pending intents, created records), and re-reading the whole file each
time cost seconds a run.
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
        self._entries: list[dict[str, Any]] = []  # every whole line read or written so far
        self._read_to = 0  # bytes of the file those lines take
        self._tail = b""  # a last line without its newline (a kill mid-write)

    def _catch_up(self) -> None:
        """Read what was appended since the last look (by another writer); a file that
        shrank or vanished is read again from the start. Call with the lock held."""
        try:
            size = self.path.stat().st_size
        except FileNotFoundError:
            size = 0
        if size < self._read_to + len(self._tail):
            self._entries, self._read_to, self._tail = [], 0, b""
        if size == self._read_to + len(self._tail):
            return
        with self.path.open("rb") as fh:
            fh.seek(self._read_to)
            data = fh.read()
        end = data.rfind(b"\n") + 1
        self._entries.extend(_parse(data[:end]))
        self._read_to += end
        self._tail = data[end:]

    def _append(self, entry: dict[str, Any]) -> None:
        line = json.dumps(entry, ensure_ascii=False) + "\n"
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._catch_up()
            # a torn last line is ended first, so this entry is a line of its own
            data = (b"\n" if self._tail else b"") + line.encode("utf-8")
            with self.path.open("ab") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
                self._read_to = fh.tell()
            self._entries.extend(_parse(self._tail))  # ended now: a line like any other
            self._tail = b""
            self._entries.append(json.loads(line))  # as a reader of the file would see it

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

    def before(self, table: str, entity_set: str, primary_id: str, kind: str,
               images: list[dict[str, Any]]) -> None:
        """Prior values of records about to change, written before the request is sent.

        ``kind``: ``fields`` (an update's columns) or ``state`` (a reopen or a close). Each
        image: ``{"id", "fields": {column: value}, "lookups": {attribute: [table, id] or
        None}}``; ``fields`` carries ``statecode``/``statuscode`` when the table has them."""
        if images:
            self._append({"event": "before", "table": table, "entity_set": entity_set,
                          "primary_id": primary_id, "kind": kind, "images": images})

    def made_by_close(self, table: str, entity_set: str, primary_id: str,
                      records: list[tuple[str, str]]) -> None:
        """Records a close message created beside the load's (``CloseIncident``'s case
        resolution): (the closed record's id, the new record's id). Rollback deletes them;
        they are not the load's creations (``created_records``)."""
        if records:
            self._append({"event": "close_created", "table": table, "entity_set": entity_set,
                          "primary_id": primary_id, "records": [list(r) for r in records]})

    def deleted(self, table: str, entity_set: str, primary_id: str,
                records: list[tuple[str, str]]) -> None:
        """Records a delta run deletes because they were deleted in SmartDesk and a person
        decided so: (source id, record id), written before the requests. A rollback cannot
        bring them back; they count as changed by the run (``touched``)."""
        if records:
            self._append({"event": "deleted", "table": table, "entity_set": entity_set,
                          "primary_id": primary_id, "records": [list(r) for r in records]})

    def deleted_records(self) -> dict[str, list[str]]:
        """Per table, the SmartDesk ids of records this run deleted (a rollback cannot bring
        them back; ``rollback.json`` lists them)."""
        out: dict[str, list[str]] = defaultdict(list)
        for e in self.entries():
            if e["event"] == "deleted":
                out[e["table"]].extend(sid for sid, _ in e["records"])
        return dict(out)

    def close_records(self) -> dict[str, list[str]]:
        """Per table, the ids of records this run's close messages created."""
        out: dict[str, list[str]] = defaultdict(list)
        for e in self.entries():
            if e["event"] == "close_created":
                out[e["table"]].extend(rid for _, rid in e["records"])
        return dict(out)

    def befores(self) -> list[dict[str, Any]]:
        """Every before-image entry, oldest first."""
        return [e for e in self.entries() if e["event"] == "before"]

    def touched(self) -> set[tuple[str, str]]:
        """(table, record id) of every record this run created or changed."""
        out = {(t, rid) for t, recs in self.created_records().items() for _, rid in recs}
        out.update((e["table"], img["id"]) for e in self.befores() for img in e["images"])
        out.update((e["table"], rid) for e in self.entries() if e["event"] == "deleted"
                   for _, rid in e["records"])
        return out

    def entries(self) -> list[dict[str, Any]]:
        """Every entry, oldest first (the file as it is now, read from memory)."""
        with self._lock:
            self._catch_up()
            return self._entries + _parse(self._tail)

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


def _parse(data: bytes) -> list[dict[str, Any]]:
    out = []
    for line in data.decode("utf-8", errors="replace").split("\n"):
        if line.strip():
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError:
                continue  # a line torn by a kill mid-write; its chunk stays pending
    return out
