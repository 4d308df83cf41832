"""Attachments' files as they load: small ones inline in the bulk create (``documentbody``),
large ones (over 4 MB as Base64) one note at a time in blocks, each recorded in the ledger
before it is sent so rollback and re-runs find it like any other record.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import Any

import polars as pl

from d365migrate.dataverse import DataverseClient, DataverseError
from d365migrate.dataverse.limits import NOTE_BLOCK_BYTES
from d365migrate.load.identity import record_id
from d365migrate.load.ledger import Ledger
from d365migrate.load.loader import LoadResult, build_payload
from d365migrate.load.org_records import STAMP_COLUMN, org_ids
from d365migrate.staging.stage import (
    FILE,
    ISSUE_COLUMNS,
    OWNER,
    REF_PREFIX,
    SHARED_PREFIX,
    SOURCE_ID,
    SOURCE_ROW,
    VIA_PREFIX,
)

Read = Callable[[str], bytes | None]


def inline_file(read: Read) -> Callable[[str], dict[str, Any]]:
    """The loader's hook: a small file's bytes as the note's ``documentbody``."""
    def fields(path: str) -> dict[str, Any]:
        data = read(path)
        return {} if data is None else {"documentbody": base64.b64encode(data).decode("ascii")}
    return fields


def split_by_size(staged: pl.DataFrame, size: Callable[[str], int | None]
                  ) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(rows loaded by the bulk create, rows whose file goes in blocks)."""
    if FILE not in staged.columns:
        return staged, staged.clear()
    big = [p for p in staged[FILE].drop_nulls().unique().to_list()
           if (size(p) or 0) * 4 / 3 > NOTE_BLOCK_BYTES]
    in_blocks = pl.col(FILE).is_in(big).fill_null(False)
    return staged.filter(~in_blocks), staged.filter(in_blocks)


def upload_in_blocks(client: DataverseClient, table_def: dict[str, Any], rows: pl.DataFrame,
                     unit: str, ledger: Ledger, read: Read, *, owner_ids: dict[str, str],
                     ref_ids: dict[str, tuple[Any, ...]], stamp: int | None, file: str,
                     result: LoadResult) -> None:
    """Notes with large files, one by one through the block messages; counted into
    ``result`` (created, or failed with the service's reason)."""
    pk, entity_set, table = (table_def["PrimaryIdAttribute"], table_def["EntitySetName"],
                             table_def["LogicalName"])
    columns = [c for c in rows.columns if c not in (SOURCE_ID, SOURCE_ROW, OWNER, FILE)
               and not c.startswith((REF_PREFIX, VIA_PREFIX, SHARED_PREFIX))]
    there = org_ids(client, table_def, pk, unit, rows[SOURCE_ID].to_list())
    failures: list[dict[str, Any]] = []
    for row in rows.iter_rows(named=True):
        sid = row[SOURCE_ID]
        if sid in there:  # a re-run: the note and its file are in the org already
            result.updated += 1
            result.ids[sid] = there[sid]
            continue
        rid = record_id(unit, sid)
        body, unresolved = build_payload({**row, SOURCE_ID: rid}, columns,
                                         source_id_column=pk, owner_ids=owner_ids,
                                         ref_ids=ref_ids, create=True)
        result.unresolved_lookups += unresolved
        if stamp is not None:
            body[STAMP_COLUMN] = stamp
        chunk = f"{table}-blocks-{rid}"
        ledger.intent(table, entity_set, pk, chunk, [rid], stamp=stamp, column=pk)
        data = read(row[FILE]) or b""
        try:
            client.upload_note(body, data, max_plain_bytes=NOTE_BLOCK_BYTES)
        except DataverseError as exc:
            ledger.settled(table, chunk)
            failures.append({"file": file, "row": row[SOURCE_ROW], "source_id": sid,
                             "column": None, "value": None,
                             "reason": f"{exc.code or exc.status}: {exc}"})
            continue
        ledger.created(table, entity_set, pk, chunk, [(rid, rid)])
        result.created += 1
        result.ids[sid] = rid
    if failures:
        result.failed = pl.concat([result.failed, pl.DataFrame(failures, schema=ISSUE_COLUMNS)])
