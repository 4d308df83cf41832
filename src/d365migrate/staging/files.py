"""Attachments' files, checked before anything moves: present in the export, and within the
size the org accepts for a note's file.

Dataverse limits a note's file by ``organization.maxuploadfilesize`` (5 MB by default, up to
128 MB), measured on the Base64 text (PAD ``attachment-annotation-files.md``). A file over the
limit is not dropped: its row is skipped with the file's name, its size, the limit, and the
setting an administrator raises; a file that is not in the export (or whose path leads out of
it) is quarantined with the path.
"""

from __future__ import annotations

import math
from typing import Any, Protocol

import polars as pl

from d365migrate.dataverse import DataverseClient, DataverseError
from d365migrate.dataverse.limits import MAX_UPLOAD_FILE_BYTES, NOTE_BLOCK_BYTES
from d365migrate.staging.stage import FILE, ISSUE_COLUMNS, SOURCE_ID, SOURCE_ROW

RAISE_IT = ("an administrator can raise it (Settings > System Settings > Email > Maximum file "
            "size, up to 131,072 KB) and the run be repeated")


class Files(Protocol):
    def file_size(self, rel: str) -> int | None: ...


def org_upload_limit(client: DataverseClient) -> int:
    """The org's ``maxuploadfilesize`` in bytes (of Base64 text); the documented default when
    the org does not say."""
    try:
        rows = list(client.query("organizations", select=["maxuploadfilesize"], top=1))
    except DataverseError:
        return MAX_UPLOAD_FILE_BYTES
    value = rows[0].get("maxuploadfilesize") if rows else None
    return int(value) if value else MAX_UPLOAD_FILE_BYTES


def base64_size(n: int) -> int:
    return 4 * math.ceil(n / 3)


def in_blocks(size: int) -> bool:
    """Whether a file this size goes in 4 MB blocks rather than inline ``documentbody``."""
    return base64_size(size) > NOTE_BLOCK_BYTES


def check_files(staged: pl.DataFrame, export: Files, limit: int, file: str, column: str
                ) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """(rows whose file can load, quarantined rows: file missing, skipped rows: too large)."""
    missing: list[dict[str, Any]] = []
    too_big: list[dict[str, Any]] = []
    for row in staged.select(SOURCE_ROW, SOURCE_ID, FILE).iter_rows(named=True):
        path = row[FILE]
        if not path:
            continue  # a note without a file: it still moves, as a note
        size = export.file_size(path)
        issue = {"file": file, "row": row[SOURCE_ROW], "source_id": row[SOURCE_ID],
                 "column": column, "value": path}
        if size is None:
            missing.append({**issue, "reason": f"the file '{path}' is not in the export (or "
                            "its path leads outside it)"})
        elif base64_size(size) > limit:
            too_big.append({**issue, "reason": (
                f"the file '{path}' is {base64_size(size) / 1048576:.1f} MB as sent (Base64); "
                f"the org accepts files up to {limit / 1048576:.1f} MB (maxuploadfilesize): "
                f"{RAISE_IT}")})
    bad = {r["row"] for r in missing + too_big}
    keep = staged.filter(~pl.col(SOURCE_ROW).is_in(list(bad)))
    return (keep, pl.DataFrame(missing, schema=ISSUE_COLUMNS),
            pl.DataFrame(too_big, schema=ISSUE_COLUMNS))
