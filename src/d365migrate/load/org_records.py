"""The records a run already has in the org, found by their source id; the source-id column
itself made when a table lacks it.

Split from :mod:`d365migrate.load.loader`: a re-run or delta run updates what an earlier
run created instead of creating it twice, and an interrupted run's intents are checked here."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from d365migrate.dataverse import (
    DataverseClient,
    odata_literal,
)
from d365migrate.dataverse.errors import (
    DataverseError,
    already_exists,
)
from d365migrate.dataverse.tables import make_label
from d365migrate.load.identity import record_id, stored_source_id, takes_source_id_column
from d365migrate.load.reads import query_each
from d365migrate.report.plain import DEFAULT_SOURCE_CRM

STAMP_COLUMN = "importsequencenumber"  # every table has it; valid for create only
LOOKUP_BATCH = 50  # source ids per $filter: keeps the URL short
SCAN_AFTER = 4 * LOOKUP_BATCH  # more ids than this: read the table's source ids instead


def source_id_schema_name(column: str) -> str:
    prefix, _, rest = column.partition("_")
    return f"{prefix}_{rest[:1].upper()}{rest[1:]}" if rest else column


def ensure_source_id_column(client: DataverseClient, table_def: dict[str, Any],
                            column: str, created: list[dict[str, str]] | None = None, *,
                            source_crm: str = DEFAULT_SOURCE_CRM) -> dict[str, Any]:
    """Create the source-id column and its alternate key when missing, labelled in the name
    of the export's CRM ("HubSpot ID"); return fresh metadata. Both are found by logical name
    and key columns, never by label, so a run under another name creates and renames nothing.
    ``created`` gets what was created (for run.json, so ``rollback --schema`` removes it)."""
    table = table_def["LogicalName"]
    names = {a["LogicalName"] for a in table_def.get("Attributes", [])}
    changed = False
    if column not in names:
        _create_once(client.create_attribute, table, {
            "@odata.type": "Microsoft.Dynamics.CRM.StringAttributeMetadata",
            "SchemaName": source_id_schema_name(column),
            "MaxLength": 100, "FormatName": {"Value": "Text"},
            "RequiredLevel": {"Value": "None", "CanBeChanged": True},
            "DisplayName": make_label(f"{source_crm} ID"),
            "Description": make_label(
                f"Id of the record in {source_crm}; keys idempotent migration loads."),
        })
        changed = True
        if created is not None:
            created.append({"kind": "column", "table": table, "name": column})
    key = f"{source_id_schema_name(column)}_key"
    if not any(k.get("KeyAttributes") == [column] for k in table_def.get("Keys", []) or []):
        _create_once(client.create_key, table, key, [column], label=f"{source_crm} ID key")
        changed = True
        if created is not None:
            created.append({"kind": "key", "table": table, "name": key.lower()})
    return client.entity_definition(table) if changed else table_def


def _create_once(create: Callable[..., None], *args: Any, **kw: Any) -> None:
    """Create a column or key found missing a moment ago. "Already exists" then means a
    resend whose first attempt landed (the reply was lost after the org committed it): it
    is done, not a failure."""
    try:
        create(*args, **kw)
    except DataverseError as exc:
        if not already_exists(exc):
            raise


def id_filters(column: str, source_ids: list[str], stamp: int | None = None, *,
               guid: bool = False) -> list[str]:
    """``$filter`` clauses matching these source ids, ``LOOKUP_BATCH`` at a time; with a
    stamp, only records a load with that stamp created. ``guid``: the column is a record id
    (``Edm.Guid``), whose literals OData writes unquoted."""
    literal = str if guid else odata_literal
    clauses = [" or ".join(f"{column} eq {literal(s)}"
                           for s in source_ids[i:i + LOOKUP_BATCH])
               for i in range(0, len(source_ids), LOOKUP_BATCH)]
    if stamp is None:
        return clauses
    return [f"({c}) and {STAMP_COLUMN} eq {stamp}" for c in clauses]


def intent_landed(client: DataverseClient, intent: dict[str, Any], column: str
                  ) -> list[tuple[str, str]]:
    """(source id, record id) of what a ledger intent's chunk created, found by source id
    and the load's stamp, so a record another load made with the same id is not claimed."""
    pk = intent["primary_id"]
    column = intent.get("column") or column
    return [(rec[column], rec[pk])
            for flt in id_filters(column, intent["source_ids"], intent.get("stamp"),
                                  guid=column == pk)
            for rec in client.query(intent["entity_set"], select=[pk, column], filter=flt)]


def load_stamp(run: str) -> int:
    """The number a load writes to ``importsequencenumber`` on what it creates (a positive
    32-bit integer from the load's token), so a record found later can be told apart from
    one another load created with the same source id."""
    return int(run, 16) % 2_000_000_000 + 1


def existing_ids(client: DataverseClient, table_def: dict[str, Any], column: str,
                 source_ids: list[str] | None = None) -> dict[str, str]:
    """Source id -> Dataverse id of records already in the org (all, or just these ids)."""
    entity_set, pk = table_def["EntitySetName"], table_def["PrimaryIdAttribute"]
    filters = [f"{column} ne null"] if source_ids is None else id_filters(
        column, source_ids, guid=column == pk)
    # the queries per 50 ids go as one $batch (one request, one round trip: load.reads)
    return {rec[column]: rec[pk] for rec in query_each(client, entity_set, [pk, column],
                                                       filters)}


def org_ids(client: DataverseClient, table_def: dict[str, Any], column: str, unit: str,
            source_ids: list[str]) -> dict[str, str]:
    """Source id -> Dataverse id of these records in the org, however the table keys them:
    the source-id column, or (note table) the ids derived from the source ids."""
    if takes_source_id_column(table_def):
        table = table_def["LogicalName"]
        back = {stored_source_id(unit, table, s): s for s in source_ids}
        # Many ids: one paged read of every record that has a source id (what migrations
        # loaded, 5,000 a page) costs fewer requests than a query per 50 ids.
        found = existing_ids(client, table_def, column,
                             None if len(back) > SCAN_AFTER else list(back))
        return {back[k]: i for k, i in found.items() if k in back}
    pk = table_def["PrimaryIdAttribute"]
    back = {record_id(unit, s): s for s in source_ids}
    found = existing_ids(client, table_def, pk, list(back))
    return {back[r]: i for r, i in found.items()}


def ids_among(known: dict[str, str], table_def: dict[str, Any], unit: str,
              source_ids: list[str]) -> dict[str, str]:
    """Source id -> Dataverse id of these records, from a read of every key of the table
    (``existing_ids``: the source-id column, or the record ids derived from source ids)."""
    table = table_def["LogicalName"]
    back = {stored_source_id(unit, table, s): s for s in source_ids} \
        if takes_source_id_column(table_def) else {record_id(unit, s): s for s in source_ids}
    return {back[k]: i for k, i in known.items() if k in back}
