"""Links to a parent record: rows whose required parent never reached the org fail before
they are sent (naming the parent), and links within the table being loaded (a parent
account created in the same phase) are bound by a second pass after it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import polars as pl

from d365migrate.dataverse import DataverseClient
from d365migrate.dataverse.tables import attributes, required_level
from d365migrate.staging.stage import ISSUE_COLUMNS, REF_PREFIX, SOURCE_ID, SOURCE_ROW


def without_parent(staged: pl.DataFrame, lookups: list[dict[str, Any]],
                   ref_ids: dict[str, tuple[Any, ...]], file: str,
                   table_def: Mapping[str, Any] | None = None
                   ) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Rows whose required parent (a note's record, a case's customer, a price list item's
    product: a lookup the map requires or the table's definition says SystemRequired) is
    not in the org, as failures naming the parent: it was quarantined or failed in its own
    phase. A note with no record to sit on would load invisible; Dataverse refuses the
    others with a reason naming no record."""
    levels = {n: required_level(a) for n, a in attributes(table_def or {}).items()}
    required: dict[str, list[dict[str, Any]]] = {}
    for lk in lookups:
        if lk.get("required") or levels.get(lk["target"]) == "SystemRequired":
            required.setdefault(lk["target"], []).append(lk)
    bad: dict[int, dict[str, Any]] = {}
    for row in staged.iter_rows(named=True):
        for column, group in required.items():
            refs = [(lk, row.get(REF_PREFIX + lk["navigation"])) for lk in group]
            if any(ref is not None and ref in ref_ids[lk["navigation"]][1] for lk, ref in refs):
                continue
            lk, ref = next(((lk, r) for lk, r in refs if r is not None), (group[0], None))
            bad[row[SOURCE_ROW]] = {
                "file": file, "row": row[SOURCE_ROW], "source_id": row[SOURCE_ID],
                "column": lk["source"], "value": ref,
                "reason": f"its {lk['table']} '{ref}' is not in the org (it did not load: "
                          f"see the {lk['table']} rows not loaded), so it has no {column}"
                if ref is not None else f"'{column}' is required by Dataverse and its row "
                                        f"names no {lk['table']} ('{lk['source']}' is empty)"}
    failed = pl.DataFrame(list(bad.values()), schema=ISSUE_COLUMNS)
    return staged.filter(~pl.col(SOURCE_ROW).is_in(list(bad))), failed



def link_within_table(client: DataverseClient, table_def: dict[str, Any],
                      staged: pl.DataFrame, lookups: list[dict[str, Any]],
                      known_before: dict[str, str], ids: dict[str, str],
                      chunk_size: int = 200) -> int:
    """A second pass for lookups into the table being loaded (a parent account): a row whose
    parent was created in the same phase could not bind when it was sent; bind it now.
    Returns how many links were made (each one the first pass counted unresolved)."""
    table, pk = table_def["LogicalName"], table_def["PrimaryIdAttribute"]
    mine = [lk for lk in lookups if lk["table"] == table]
    bodies: list[dict[str, Any]] = []
    for lk in mine:
        col = REF_PREFIX + lk["navigation"]
        if col not in staged.columns:
            continue
        for sid, ref in staged.select(SOURCE_ID, col).iter_rows():
            if ref is None or ref in known_before or ref not in ids or sid not in ids:
                continue
            bodies.append({pk: ids[sid],
                           f"{lk['navigation']}@odata.bind":
                               f"/{table_def['EntitySetName']}({ids[ref]})"})
    for i in range(0, len(bodies), chunk_size):
        client.update_multiple(table_def["EntitySetName"], table, bodies[i:i + chunk_size],
                               retry=True)
    return len(bodies)
