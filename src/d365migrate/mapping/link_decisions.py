"""Links a person binds in the parameters (``mapping.decisions.links``), where discovery
could not: the ids a column holds point at records the export does not carry (a
warehouse's sample rows), or at a file discovery did not recognise.

``{"opportunity.customerid": {"source": "account_id", "to": "account"}}`` binds the
opportunity's Potential Customer to the accounts this run loads, through ``account_id``
(``source`` may be left out when the proposal already named the column for that target).
Every value that names no record of the export is then counted as an unresolved link,
never reported as 0. Where the column is required (a case's customer) such a row is
quarantined with that reason; ``when_missing: empty`` (allowed only where Dataverse itself
accepts an empty value, ApplicationRequired at most) loads the record without the link.
An optional column's record loads without the link unless ``when_missing: quarantine``
says it means nothing alone (a case's email without its case).
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from typing import Any

from d365migrate.dataverse import tables
from d365migrate.mapping.mapfile import MappingError, unit_name

TableDefs = Callable[[str], Mapping[str, Any]]


def decide_link(mapping: dict[str, Any], key: str, spec: Any, table_def: TableDefs
                ) -> dict[str, Any]:
    """The map with the lookup ``<unit>.<column>`` bound as ``spec`` says (see the module)."""
    where = f"mapping.decisions.links.{key}"
    unit, _, column = key.partition(".")
    if isinstance(spec, str):
        spec = {"to": spec}
    if not column or not isinstance(spec, Mapping) or not spec.get("to"):
        raise MappingError(f"{where}: expected <object>.<column>: {{to: <object>, source: "
                           "<export column>}}")
    out = copy.deepcopy(mapping)
    entry = next((t for t in out.get("tables", []) if unit_name(t) == unit), None)
    if entry is None or not entry.get("source"):
        return mapping  # an object this run does not move
    to = str(spec["to"])
    parent = next((t for t in out["tables"] if unit_name(t) == to and t.get("source")), None)
    if parent is None:
        raise MappingError(f"{where}: this run loads no {to} from the export to link to")
    if not parent.get("source_key"):
        raise MappingError(f"{where}: {to} has no key column to link by; confirm one first "
                           f"(mapping.decisions.keys.{to})")
    pending = [u for u in entry.get("unresolved_lookups") or [] if u["target"] == column]
    source = spec.get("source") or (pending[0]["source"] if pending else None)
    if not source:
        raise MappingError(f"{where}: name the export column that holds the {to} ids "
                           "(source: <column>)")
    frame_columns = set(entry.get("unmapped") or []) | {c.get("source") for c in
                                                        entry.get("columns", [])}
    frame_columns |= {lk["source"] for lk in entry.get("lookups", [])}
    if source not in frame_columns:
        raise MappingError(f"{where}: {entry['source']} has no column '{source}'")
    td = table_def(entry["target"])
    parent_table = parent["target"]
    nav = tables.navigation(td, column, parent_table)
    if nav is None:
        raise MappingError(f"{where}: {entry['target']}.{column} cannot point at "
                           f"{parent_table}")
    attr = tables.attributes(td).get(column, {})
    level = tables.required_level(attr)
    missing = str(spec.get("when_missing") or "quarantine")
    if missing not in ("quarantine", "empty"):
        raise MappingError(f"{where}: when_missing is quarantine or empty, not '{missing}'")
    if missing == "empty" and level == "SystemRequired":
        raise MappingError(f"{where}: Dataverse requires {column} on every "
                           f"{entry['target']}, so a record without it cannot load: "
                           "when_missing must be quarantine")
    # a required column, or a record that means nothing alone (a case's email) on request
    required = missing == "quarantine" and (
        level in ("SystemRequired", "ApplicationRequired") or "when_missing" in spec)
    entry["lookups"] = [lk for lk in entry.get("lookups", [])
                        if not (lk["target"] == column and lk["navigation"] == nav)]
    entry["lookups"].append({
        "target": column, "navigation": nav, "table": parent_table, "source": source,
        "references": f"{parent['source']}.{parent['source_key']}", "fallbacks": [],
        **({"required": True} if required else {}), "confidence": 1.0,
        "reason": f"decided in the parameters file: '{source}' holds ids of the {to} "
                  f"records this run loads"
                  + ("; a record whose id names none is quarantined" if required else ""),
    })
    entry["unresolved_lookups"] = [u for u in entry.get("unresolved_lookups") or []
                                   if u["target"] != column]
    entry["unmapped"] = [c for c in entry.get("unmapped") or [] if c != source]
    (entry.get("unmapped_reasons") or {}).pop(source, None)
    return out


__all__ = ["decide_link"]
