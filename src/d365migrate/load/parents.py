"""Links to a parent record: rows whose required parent never reached the org fail before
they are sent (naming the parent), and links within the table being loaded (a parent
account created in the same phase) are bound by a second pass after it, as are links into a
table that loads later in the run once it has loaded (``run.later_links``)."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from d365migrate.dataverse import DataverseClient, TerminalError
from d365migrate.dataverse.tables import attributes, required_level
from d365migrate.load.before import before_update
from d365migrate.load.ledger import Ledger
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



@dataclass
class Linked:
    """What the second pass did: links made, and links the org refused (``ISSUE_COLUMNS``
    rows, the org's own message as the reason) that stay unresolved."""

    made: int = 0
    refused: list[dict[str, Any]] = field(default_factory=list)

    def frame(self) -> pl.DataFrame:
        return pl.DataFrame(self.refused, schema=ISSUE_COLUMNS)


def link_within_table(client: DataverseClient, table_def: dict[str, Any],
                      staged: pl.DataFrame, lookups: list[dict[str, Any]],
                      known_before: dict[str, str], ids: dict[str, str],
                      chunk_size: int = 200, file: str = "", ledger: Ledger | None = None,
                      created: Collection[str] = ()) -> Linked:
    """A second pass for lookups into the table being loaded (a parent account): a row whose
    parent was created in the same phase could not bind when it was sent; bind it now
    (:func:`link_into`, the table's records being both the ones linked and the ones named).
    In a delta run a record the run updated (not in ``created``) may change parent: its
    prior link goes to the ``ledger`` first, so rollback restores it."""
    return link_into(client, table_def, staged, lookups, table_def, known_before, ids, ids,
                     chunk_size=chunk_size, file=file, ledger=ledger, created=created)


def link_into(client: DataverseClient, table_def: dict[str, Any], staged: pl.DataFrame,
              lookups: list[dict[str, Any]], into: dict[str, Any],
              known_before: Mapping[str, str], refs: Mapping[str, str],
              ids: Mapping[str, str], chunk_size: int = 200, file: str = "",
              ledger: Ledger | None = None, created: Collection[str] = ()) -> Linked:
    """Bind the lookups of ``staged``'s records (of ``table_def``, org ids by source id in
    ``ids``) into the table ``into`` whose records the org did not hold when they were sent
    (``known_before``) and holds now (``refs``: source id -> org id): a parent created in the
    same phase (:func:`link_within_table`), or a record of a table that loads later in the
    run (an account's Primary Contact, ``run.later_links``). UpdateMultiple of
    ``<nav>@odata.bind``. With a ``ledger``, the prior link of each record the run did not
    create (``created``: org ids) goes to it first, as the loader's updates do, so rollback
    restores it.

    The records are in the org by then, so a link the org refuses (a product under a plain
    product, a loop) must not stop the run: a refused chunk is sent again one record at a
    time, and each record the org still refuses keeps its record without the link, listed
    with the org's reason (as a table without UpdateMultiple is linked one by one)."""
    table, pk = table_def["LogicalName"], table_def["PrimaryIdAttribute"]
    entity_set, named = table_def["EntitySetName"], into["LogicalName"]
    sends: list[tuple[dict[str, Any], dict[str, Any]]] = []  # (body, the issue if refused)
    for lk in lookups:
        col = REF_PREFIX + lk["navigation"]
        if lk["table"] != named or col not in staged.columns:
            continue
        for sid, row, ref in staged.select(SOURCE_ID, SOURCE_ROW, col).iter_rows():
            if ref is None or ref in known_before or ref not in refs or sid not in ids:
                continue
            sends.append(({pk: ids[sid], f"{lk['navigation']}@odata.bind":
                           f"/{into['EntitySetName']}({refs[ref]})"},
                          {"file": file, "row": row, "source_id": sid, "column": lk["source"],
                           "value": ref, "reason": ""}))
    done = Linked()
    for i in range(0, len(sends), chunk_size):
        chunk = sends[i:i + chunk_size]
        before_update(client, ledger, table_def, [b for b, _ in chunk if b[pk] not in created])
        try:
            client.update_multiple(entity_set, table, [b for b, _ in chunk], retry=True)
            done.made += len(chunk)
            continue
        except TerminalError:
            pass  # one refused record refuses the whole chunk: find which, one at a time
        for body, issue in chunk:
            try:
                client.update(entity_set, body[pk], {k: v for k, v in body.items() if k != pk})
                done.made += 1
            except TerminalError as exc:
                done.refused.append({**issue, "reason": (
                    f"Dataverse refused the link to {named} '{issue['value']}' "
                    f"({exc.message}), so the record moved without it")})
    return done


def read_refused(path: Path) -> dict[tuple[str, str], str]:
    """(source id, source column) -> the reason, of each link the org refused (``Linked``)."""
    if not path.exists():
        return {}
    df = pl.read_csv(path, infer_schema=False)
    if not {"source_id", "column", "reason"} <= set(df.columns):
        return {}
    return {(str(s), str(c)): str(r)
            for s, c, r in df.select("source_id", "column", "reason").iter_rows()}
