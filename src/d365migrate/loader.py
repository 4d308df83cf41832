"""Load staged tables into Dataverse: new records by CreateMultiple, known ones by UpdateMultiple.

Every record carries its SmartDesk id in a column with an alternate key, so a resent request
cannot duplicate (the key rejects it) and a re-run updates instead of creating. A chunk that
fails on a terminal error is split until the bad records are isolated; the rest load.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import polars as pl
from tqdm.auto import tqdm

from .dataverse import DataverseClient, TerminalError, TransientError, odata_literal
from .dataverse.errors import DataverseError, DuplicateKey
from .ledger import Ledger
from .staging import ISSUE_COLUMNS, OWNER, REF_PREFIX, SOURCE_ID, SOURCE_ROW, VIA_PREFIX

CREATE_ONLY = {"overriddencreatedon"}


@dataclass
class LoadResult:
    target: str
    created: int = 0
    updated: int = 0
    failed: pl.DataFrame = field(default_factory=lambda: pl.DataFrame(schema=ISSUE_COLUMNS))
    ids: dict[str, str] = field(default_factory=dict)
    unresolved_lookups: int = 0

    @property
    def loaded(self) -> int:
        return self.created + self.updated


def source_id_schema_name(column: str) -> str:
    prefix, _, rest = column.partition("_")
    return f"{prefix}_{rest[:1].upper()}{rest[1:]}" if rest else column


def ensure_source_id_column(client: DataverseClient, table_def: dict[str, Any],
                            column: str) -> dict[str, Any]:
    """Create the source-id column and its alternate key when missing; return fresh metadata."""
    table = table_def["LogicalName"]
    names = {a["LogicalName"] for a in table_def.get("Attributes", [])}
    changed = False
    if column not in names:
        client.create_attribute(table, {
            "@odata.type": "Microsoft.Dynamics.CRM.StringAttributeMetadata",
            "SchemaName": source_id_schema_name(column),
            "MaxLength": 100,
            "FormatName": {"Value": "Text"},
            "RequiredLevel": {"Value": "None", "CanBeChanged": True},
            "DisplayName": {"LocalizedLabels": [{"Label": "SmartDesk ID", "LanguageCode": 1033}]},
            "Description": {"LocalizedLabels": [{
                "Label": "Id of the record in SmartDesk; keys idempotent migration loads.",
                "LanguageCode": 1033}]},
        })
        changed = True
    keyed = any(k.get("KeyAttributes") == [column] for k in table_def.get("Keys", []) or [])
    if not keyed:
        client.create_key(table, f"{source_id_schema_name(column)}_key", [column],
                          label="SmartDesk ID key")
        changed = True
    return client.entity_definition(table) if changed else table_def


def existing_ids(client: DataverseClient, table_def: dict[str, Any], column: str,
                 source_ids: list[str] | None = None) -> dict[str, str]:
    """Source id -> Dataverse id of records already in the org (all, or just these ids)."""
    entity_set, pk = table_def["EntitySetName"], table_def["PrimaryIdAttribute"]
    out: dict[str, str] = {}
    if source_ids is None:
        for rec in client.query(entity_set, select=[pk, column], filter=f"{column} ne null"):
            out[rec[column]] = rec[pk]
        return out
    for i in range(0, len(source_ids), 50):
        part = source_ids[i:i + 50]
        flt = " or ".join(f"{column} eq {odata_literal(s)}" for s in part)
        for rec in client.query(entity_set, select=[pk, column], filter=flt):
            out[rec[column]] = rec[pk]
    return out


def build_payload(row: dict[str, Any], columns: list[str], *, source_id_column: str,
                  owner_ids: dict[str, str], ref_ids: dict[str, tuple[str, dict[str, str]]],
                  create: bool) -> tuple[dict[str, Any], int]:
    """One record's JSON: values, owner and lookups as ``@odata.bind``; unresolved count."""
    body: dict[str, Any] = {source_id_column: row[SOURCE_ID]}
    for c in columns:
        if row.get(c) is not None and (create or c not in CREATE_ONLY):
            body[c] = row[c]
    owner = row.get(OWNER)
    if owner and owner in owner_ids:
        body["ownerid@odata.bind"] = f"/systemusers({owner_ids[owner]})"
    unresolved = 0
    for nav, (entity_set, ids) in ref_ids.items():
        ref = row.get(REF_PREFIX + nav)
        if ref is None:
            continue
        if ref in ids:
            body[f"{nav}@odata.bind"] = f"/{entity_set}({ids[ref]})"
        else:
            unresolved += 1
    return body, unresolved


class TableLoader:
    """Loads one staged table; chunks are checkpointed in the ledger before they are sent."""

    def __init__(self, client: DataverseClient, table_def: dict[str, Any], *,
                 source_id_column: str, ledger: Ledger, chunk_size: int = 200,
                 file: str = "", progress: bool = True,
                 on_chunk: Callable[[int], None] | None = None) -> None:
        self.client = client
        self.table_def = table_def
        self.table = table_def["LogicalName"]
        self.entity_set = table_def["EntitySetName"]
        self.pk = table_def["PrimaryIdAttribute"]
        self.column = source_id_column
        self.ledger = ledger
        self.chunk_size = chunk_size
        self.file = file
        self.progress = progress
        self.on_chunk = on_chunk
        self._chunk_no = 0

    def load(self, staged: pl.DataFrame, *, owner_ids: dict[str, str],
             ref_ids: dict[str, tuple[str, dict[str, str]]]) -> LoadResult:
        result = LoadResult(self.table)
        known = existing_ids(self.client, self.table_def, self.column)
        columns = [c for c in staged.columns
                   if c not in (SOURCE_ID, SOURCE_ROW, OWNER)
                   and not c.startswith((REF_PREFIX, VIA_PREFIX))]
        rows = staged.to_dicts()
        new, old = [], []
        for row in rows:
            body, unresolved = build_payload(
                row, columns, source_id_column=self.column, owner_ids=owner_ids,
                ref_ids=ref_ids, create=row[SOURCE_ID] not in known)
            result.unresolved_lookups += unresolved
            if row[SOURCE_ID] in known:
                body[self.pk] = known[row[SOURCE_ID]]
                old.append((row, body))
            else:
                new.append((row, body))
        failures: list[dict[str, Any]] = []
        bar = tqdm(total=len(rows), desc=f"load {self.table}", unit="rec",
                   disable=not self.progress)
        for i in range(0, len(new), self.chunk_size):
            part = new[i:i + self.chunk_size]
            self._create(part, result, failures)
            bar.update(len(part))
        for i in range(0, len(old), self.chunk_size):
            part = old[i:i + self.chunk_size]
            self._update(part, result, failures)
            bar.update(len(part))
        bar.close()
        result.ids.update(known)
        if failures:
            result.failed = pl.DataFrame(failures, schema=ISSUE_COLUMNS)
        return result

    def _next_chunk(self) -> str:
        self._chunk_no += 1
        return f"{self.table}-{self._chunk_no:06d}"

    def _create(self, part: list[tuple[dict, dict]], result: LoadResult,
                failures: list[dict[str, Any]]) -> None:
        chunk = self._next_chunk()
        sids = [row[SOURCE_ID] for row, _ in part]
        self.ledger.intent(self.table, self.entity_set, self.pk, chunk, sids)
        try:
            ids = self._retrying(lambda: self.client.create_multiple(
                self.entity_set, self.table, [b for _, b in part]))
        except DuplicateKey:
            # A resent chunk whose first attempt landed: settle by looking the ids up.
            found = existing_ids(self.client, self.table_def, self.column, sids)
            missing = [(r, b) for r, b in part if r[SOURCE_ID] not in found]
            self.ledger.created(self.table, self.entity_set, self.pk, chunk,
                                [(s, found[s]) for s in sids if s in found])
            result.created += len(found)
            result.ids.update(found)
            if missing and len(missing) < len(part):
                self._create(missing, result, failures)
            elif missing:
                self._isolate(missing, result, failures, self._create)
            return
        except TerminalError as exc:
            self.ledger.settled(self.table, chunk)
            if len(part) == 1:
                failures.append(self._failure(part[0][0], exc))
            else:
                self._isolate(part, result, failures, self._create)
            return
        except DataverseError:
            self.ledger.settled(self.table, chunk)
            raise
        self.ledger.created(self.table, self.entity_set, self.pk, chunk,
                            list(zip(sids, ids, strict=True)))
        result.created += len(ids)
        result.ids.update(zip(sids, ids, strict=True))

    def _update(self, part: list[tuple[dict, dict]], result: LoadResult,
                failures: list[dict[str, Any]]) -> None:
        try:
            self._retrying(lambda: self.client.update_multiple(
                self.entity_set, self.table, [b for _, b in part]))
        except TerminalError as exc:
            if len(part) == 1:
                failures.append(self._failure(part[0][0], exc))
            else:
                self._isolate(part, result, failures, self._update)
            return
        result.updated += len(part)

    def _retrying(self, call: Callable[[], Any]) -> Any:
        """Resend on transient errors with the client's backoff; the key makes resends safe."""
        attempt = 0
        while True:
            try:
                return call()
            except TransientError as exc:
                attempt += 1
                if attempt >= self.client.retry.max_attempts:
                    raise
                self.client.retry.sleep(self.client.retry.delay(attempt, exc))

    def _isolate(self, part: list[tuple[dict, dict]], result: LoadResult,
                 failures: list[dict[str, Any]], send: Callable[..., None]) -> None:
        """Bisect a failed chunk: the good halves load, each bad record fails alone."""
        mid = len(part) // 2
        for half in (part[:mid], part[mid:]):
            if half:
                send(half, result, failures)

    def _failure(self, row: dict[str, Any], exc: DataverseError) -> dict[str, Any]:
        return {"file": self.file, "row": row[SOURCE_ROW], "source_id": row[SOURCE_ID],
                "column": None, "value": None,
                "reason": f"Dataverse refused it: {exc.code or exc.status} {exc.message}"}
