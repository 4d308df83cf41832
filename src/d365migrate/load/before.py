"""Before-images: what records held before a run changed them, read just before the change.

A run changes records that exist in three ways: the main load's ``UpdateMultiple`` (the
columns and lookups each body sends), the reopen of a closed record it is about to update,
and the closes after the load. Before each such request is sent, the prior values of exactly
the columns it sends (and ``statecode``/``statuscode``) are read (one paged query per chunk,
``$select`` of those columns) and written to the ledger (``Ledger.before``), so rollback
restores them even when the process or the connection died with the request in flight.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from d365migrate.dataverse import DataverseClient
from d365migrate.dataverse.tables import attributes
from d365migrate.load.ledger import Ledger

STATE_COLUMNS = ("statecode", "statuscode")
# What a close sets besides the state (WinOpportunity/LoseOpportunity: actualend, revenue).
CLOSE_COLUMNS = {"opportunity": ("actualclosedate", "actualvalue")}
LOOKUP_NAME = "@Microsoft.Dynamics.CRM.lookuplogicalname"
BIND = "@odata.bind"
# ids per query, as the loader's own lookups (``LOOKUP_BATCH``): a longer "or" of guids
# overflows the emulator's SQL parser (and nears the service's URL length limit)
IDS_PER_QUERY = 50


def navigations(table_def: dict[str, Any]) -> dict[str, tuple[str, str]]:
    """Navigation property -> (lookup attribute, referenced table)."""
    return {r["ReferencingEntityNavigationPropertyName"]: (r["ReferencingAttribute"],
                                                          r["ReferencedEntity"])
            for r in table_def.get("ManyToOneRelationships") or []}


def columns_sent(table_def: dict[str, Any], bodies: Iterable[dict[str, Any]]
                 ) -> tuple[list[str], list[str]]:
    """(columns, lookup attributes) the request bodies set, of those the table has; the
    state columns always (a closed record must be reopened before its fields change)."""
    attrs = attributes(table_def)
    navs = navigations(table_def)
    pk = table_def["PrimaryIdAttribute"]
    cols: set[str] = set()
    lookups: set[str] = set()
    for body in bodies:
        for key in body:
            if key.endswith(BIND):
                nav = navs.get(key[:-len(BIND)])
                if nav:
                    lookups.add(nav[0])
            elif key in attrs and key != pk:
                cols.add(key)
    cols.update(c for c in STATE_COLUMNS if c in attrs)
    return sorted(cols), sorted(lookups)


def state_columns(table_def: dict[str, Any]) -> list[str]:
    """What a reopen or a close changes: the state, and what the close message sets."""
    attrs = attributes(table_def)
    return [c for c in (*STATE_COLUMNS, *CLOSE_COLUMNS.get(table_def["LogicalName"], ()))
            if c in attrs]


def _paged(client: DataverseClient, entity_set: str, select: list[str], flt: str
           ) -> Iterable[dict[str, Any]]:
    """One query, followed page by page, with the lookups' table names annotated."""
    headers = {"Prefer": 'odata.maxpagesize=5000,odata.include-annotations='
                         '"Microsoft.Dynamics.CRM.lookuplogicalname"'}
    url: str | None = entity_set
    params: dict[str, str] | None = {"$select": ",".join(select), "$filter": flt}
    while url:
        body = client.send("GET", url, params=params, headers=headers).json()
        yield from body.get("value", [])
        url, params = body.get("@odata.nextLink"), None


def read_images(client: DataverseClient, table_def: dict[str, Any], ids: list[str],
                columns: list[str], lookups: list[str]) -> list[dict[str, Any]]:
    """The records' values of these columns and lookups now, in the order of ``ids``
    (records not in the org are left out)."""
    entity_set, pk = table_def["EntitySetName"], table_def["PrimaryIdAttribute"]
    select = [pk, *columns, *(f"_{a}_value" for a in lookups)]
    found: dict[str, dict[str, Any]] = {}
    for i in range(0, len(ids), IDS_PER_QUERY):
        flt = " or ".join(f"{pk} eq {rid}" for rid in ids[i:i + IDS_PER_QUERY])
        for rec in _paged(client, entity_set, select, flt):
            links: dict[str, list[str] | None] = {}
            for a in lookups:
                value = rec.get(f"_{a}_value")
                links[a] = [rec.get(f"_{a}_value{LOOKUP_NAME}"), value] if value else None
            found[rec[pk]] = {"id": rec[pk], "fields": {c: rec.get(c) for c in columns},
                              "lookups": links}
    return [found[r] for r in ids if r in found]


def record_before(client: DataverseClient, ledger: Ledger | None, table_def: dict[str, Any],
                  ids: list[str], *, kind: str, columns: list[str],
                  lookups: list[str] | None = None, seen: set[str] | None = None) -> int:
    """Write the before-image of these records to the ledger; ``seen``: ids already imaged
    in this step (a bisected chunk's halves are not read again). Returns how many."""
    if ledger is None:
        return 0
    if seen is not None:
        ids = [r for r in dict.fromkeys(ids) if r not in seen]
        seen.update(ids)
    if not ids:
        return 0
    images = read_images(client, table_def, ids, columns, lookups or [])
    ledger.before(table_def["LogicalName"], table_def["EntitySetName"],
                  table_def["PrimaryIdAttribute"], kind, images)
    return len(images)


def before_update(client: DataverseClient, ledger: Ledger | None, table_def: dict[str, Any],
                  bodies: list[dict[str, Any]], seen: set[str] | None = None) -> int:
    """Before an update chunk goes out: the prior values of the columns it sends."""
    columns, lookups = columns_sent(table_def, bodies)
    pk = table_def["PrimaryIdAttribute"]
    return record_before(client, ledger, table_def, [b[pk] for b in bodies if b.get(pk)],
                         kind="fields", columns=columns, lookups=lookups, seen=seen)


def before_state(client: DataverseClient, ledger: Ledger | None, table_def: dict[str, Any],
                 ids: list[str]) -> int:
    """Before a reopen or a close: the prior state (and what the close message sets)."""
    return record_before(client, ledger, table_def, ids, kind="state",
                         columns=state_columns(table_def))


# -- what a close creates ------------------------------------------------------------------
RESOLUTION = ("incidentresolution", "incidentresolutions", "activityid")


def resolution_ids(client: DataverseClient, incident_ids: list[str]) -> dict[str, str]:
    """Resolution id -> its case, for these cases (``CloseIncident`` creates one a close)."""
    out: dict[str, str] = {}
    for i in range(0, len(incident_ids), IDS_PER_QUERY):
        flt = " or ".join(f"_incidentid_value eq {rid}"
                          for rid in incident_ids[i:i + IDS_PER_QUERY])
        out.update((r["activityid"], r["_incidentid_value"]) for r in client.query(
            RESOLUTION[1], select=["activityid", "_incidentid_value"], filter=flt))
    return out


def record_resolutions(client: DataverseClient, ledger: Ledger | None, resolved: list[str],
                       known: dict[str, str]) -> int:
    """Write the resolutions the run's ``CloseIncident`` calls created (those of ``resolved``
    cases not in ``known``) to the ledger (``made_by_close``), so rollback deletes them."""
    if ledger is None or not resolved:
        return 0
    new = [(case, rid) for rid, case in resolution_ids(client, resolved).items()
           if rid not in known]
    if new:
        ledger.made_by_close(*RESOLUTION, new)
    return len(new)
