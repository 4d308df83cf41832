"""Read-only ``sdkmessages`` / ``sdkmessagefilters``: which messages each table registers.

Clients discover whether a table supports CreateMultiple / UpdateMultiple the documented way
(PAD ``bulk-operations.md``, "Availability with standard tables"):

    GET sdkmessagefilters?$select=sdkmessagefilterid
        &$filter=sdkmessageid/name eq 'CreateMultiple' and primaryobjecttypecode eq 'account'

The rows are computed from the table catalog and ``Limits.without_bulk_messages`` instead of
being stored, so they always agree with what the emulator accepts. Filters are evaluated in
Python (``odata.evaluate``), which makes the navigation path ``sdkmessageid/name`` cheap.
"""

from __future__ import annotations

import uuid
import zlib
from collections.abc import Iterable
from typing import Any

from . import exceptions as ex
from .odata import evaluate, parse_expand, parse_filter

NS = uuid.UUID("6d1f0c2e-5b7a-4c39-9e84-2a1b3c4d5e6f")
# Messages every emulated table answers, in the order rows are listed.
BASE_MESSAGES = ("Create", "Retrieve", "RetrieveMultiple", "Update", "Delete", "Upsert")
BULK_MESSAGES = ("CreateMultiple", "UpdateMultiple", "UpsertMultiple")
# Unbound messages (no table): listed in ``sdkmessages`` only.
UNBOUND_MESSAGES = ("WhoAmI", "WinOpportunity", "LoseOpportunity", "CloseIncident",
                    "FulfillSalesOrder", "CancelSalesOrder", "WinQuote", "CloseQuote",
                    "CreateEntities",
                    "InitializeAnnotationBlocksUpload", "UploadBlock",
                    "CommitAnnotationBlocksUpload", "InitializeAnnotationBlocksDownload",
                    "DownloadBlock")
# Messages that exist only with the Case table (Customer Service).
CASE_MESSAGES = ("CloseIncident",)

FILTER_COLUMNS = ("sdkmessagefilterid", "name", "primaryobjecttypecode",
                  "secondaryobjecttypecode", "availability", "iscustomprocessingstepallowed",
                  "isvisible", "_sdkmessageid_value")
MESSAGE_COLUMNS = ("sdkmessageid", "name", "categoryname", "isprivate", "availability")


def message_id(name: str) -> str:
    """Stable ids: the same message keeps its id across restarts and state files."""
    return str(uuid.uuid5(NS, f"sdkmessage:{name}"))


def _etag(key: str) -> str:
    return f'W/"{zlib.crc32(key.encode()) % 10_000_000 + 1_000_000}"'


def message_row(name: str) -> dict[str, Any]:
    return {"@odata.etag": _etag(name), "sdkmessageid": message_id(name), "name": name,
            "categoryname": None, "isprivate": False, "availability": 2}


def filter_rows(tables: Iterable[str], without_bulk: frozenset[str]) -> list[dict[str, Any]]:
    """One row per (table, message) the emulator registers."""
    rows = []
    for table in tables:
        names = BASE_MESSAGES + (() if table in without_bulk else BULK_MESSAGES)
        for name in names:
            rows.append({
                "@odata.etag": _etag(f"{name}:{table}"),
                "sdkmessagefilterid": str(uuid.uuid5(NS, f"sdkmessagefilter:{name}:{table}")),
                "name": None, "primaryobjecttypecode": table, "secondaryobjecttypecode": "none",
                "availability": 2, "iscustomprocessingstepallowed": True, "isvisible": True,
                "_sdkmessageid_value": message_id(name)})
    return rows


def _project(row: dict[str, Any], select: list[str] | None, columns: tuple[str, ...],
             key: str, entity: str) -> dict[str, Any]:
    if not select:
        return dict(row)
    for name in select:
        if name not in columns:
            raise ex.PropertyNotFound(name, entity)
    return {"@odata.etag": row["@odata.etag"],
            **{n: row[n] for n in dict.fromkeys([*select, key])}}


def query(rows: list[dict[str, Any]], *, entity: str, select: list[str] | None,
          filter: str | None, orderby: list[tuple[str, bool]], top: int | None,
          expand: str | None) -> list[dict[str, Any]]:
    """``$filter`` / ``$orderby`` / ``$top`` / ``$select`` / ``$expand`` over computed rows."""
    is_filter = entity == "sdkmessagefilter"
    columns = FILTER_COLUMNS if is_filter else MESSAGE_COLUMNS
    key = "sdkmessagefilterid" if is_filter else "sdkmessageid"
    messages = {message_id(n): n for n in (*BASE_MESSAGES, *BULK_MESSAGES, *UNBOUND_MESSAGES)}

    def getter(row: dict[str, Any], name: str) -> Any:
        if is_filter and name.startswith("sdkmessageid/"):
            attr = name.split("/", 1)[1]
            if attr not in MESSAGE_COLUMNS:
                raise ex.PropertyNotFound(attr, "sdkmessage")
            return message_row(messages[row["_sdkmessageid_value"]])[attr]
        if "/" in name:
            raise ex.QueryError(f"The navigation path '{name}' is not supported on {entity}.")
        if name not in columns:
            raise ex.PropertyNotFound(name, entity)
        return row[name]

    if filter:
        node = parse_filter(filter)
        rows = [r for r in rows if evaluate(node, lambda n, r=r: getter(r, n))]
    for name, desc in reversed(orderby):
        rows = sorted(rows, key=lambda r, n=name: (getter(r, n) is None, str(getter(r, n))),
                      reverse=desc)
    if top is not None:
        rows = rows[:top]
    expansions = parse_expand(expand)
    out = []
    for row in rows:
        shaped = _project(row, select, columns, key, entity)
        for nav, opts in expansions:
            if not is_filter or nav != "sdkmessageid":
                raise ex.PropertyNotFound(nav, entity)
            sub = select_of(opts)
            shaped["sdkmessageid"] = _project(
                message_row(messages[row["_sdkmessageid_value"]]), sub, MESSAGE_COLUMNS,
                "sdkmessageid", "sdkmessage")
        out.append(shaped)
    return out


def select_of(opts: dict[str, str]) -> list[str] | None:
    text = opts.get("$select")
    return [s.strip() for s in text.split(",") if s.strip()] if text else None
