"""Links a person binds in the parameters (``mapping.decisions.links``), where discovery
could not: the ids a column holds point at records the export does not carry (a
warehouse's sample rows), or at a file discovery did not recognise.

``{"opportunity.customerid": {"source": "account_id", "to": "account"}}`` binds the
opportunity's Potential Customer to the accounts this run loads, through ``account_id``
(``source`` may be left out when the proposal already named the column for that target). It
replaces what the proposal put there from that column, the lookups to other tables included
(a file split between accounts and contacts: the contact beside the account), not added
beside them; a proposed lookup of the same column from another column stays behind it, read
only where the decided one names no record.
Every value that names no record of the export is then counted as an unresolved link,
never reported as 0. Where the column is required (a case's customer) such a row is
quarantined with that reason; ``when_missing: empty`` (allowed only where Dataverse itself
accepts an empty value, ApplicationRequired at most) loads the record without the link.
An optional column's record loads without the link unless ``when_missing: quarantine``
says it means nothing alone (a case's email without its case).

Links held in an association file (:func:`association_lookups`): the map proposes them
with their reason; ``{"opportunity.customerid": {"to": "contact", "through":
"deal_contact_data"}}`` binds one by hand (``through`` may also be ``{source, from, to,
order_by, prefer}``), and ``{"opportunity.customerid": {"to": "contact", "through": null}}`` or
binding another ``source`` replaces a proposed one. Several rows for one record: the one
``prefer`` (a true/false column: Salesforce's IsPrimary) marks, then the latest by
``order_by`` (a date column of the file) when there is one, else the first in the file.

A lookup bound to a record already in the org, for every record: ``{"product.
defaultuomscheduleid": {"existing": {"table": "uomschedule", "match": {"name": "Default
Unit"}}}}`` (:mod:`d365migrate.load.existing` finds it at load; the preflight names it when
the org has none or several).

A link written as another unique column of the parent than its id (X2CRM's contacts name
their account by its ``nameId``): ``{"contact.parentcustomerid": {"to": "account", "source":
"company", "by": "nameId"}}`` resolves each value to the one account whose ``nameId`` it
is (trimmed, any case; a value naming several records resolves to none and is counted).
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from typing import Any

from d365migrate.dataverse import tables
from d365migrate.mapping.mapfile import MappingError, unit_name
from d365migrate.mapping.owner_columns import source_columns

TableDefs = Callable[[str], Mapping[str, Any]]


def rule_of(through: Mapping[str, Any]) -> str:
    """The rule that picks one association row among several for one record, in words."""
    order = through.get("order_by")
    rule = f"the latest by {order}" if order else "the first in the file"
    prefer = through.get("prefer")
    return f"the one marked {prefer}, or none; among several, {rule}" if prefer \
        else rule


def source_in_words(entry: Mapping[str, Any], lookup: Mapping[str, Any]) -> str:
    """Where a lookup's values come from, as a person reads it: ``deals.company_id``; for a
    link through an association table, that table's column and how a row is chosen
    (``deal_contacts.contact_id (association table, by deal_id; the first in the file)``),
    not the entry's file glued to the association's."""
    through = lookup.get("through")
    if through:
        return (f"{through['source']}.{through['to']} (association table, by "
                f"{through['from']}; {rule_of(through)})")
    return f"{entry['source']}.{lookup['source']}"


def decide_link(mapping: dict[str, Any], key: str, spec: Any, table_def: TableDefs
                ) -> dict[str, Any]:
    """The map with the lookup ``<unit>.<column>`` bound as ``spec`` says (see the module)."""
    where = f"mapping.decisions.links.{key}"
    unit, _, column = key.partition(".")
    if isinstance(spec, str):
        spec = {"to": spec}
    if not column or not isinstance(spec, Mapping) or not (spec.get("to")
                                                           or spec.get("existing")):
        raise MappingError(f"{where}: expected <object>.<column>: {{to: <object>, source: "
                           "<export column>}}")
    out = copy.deepcopy(mapping)
    entry = next((t for t in out.get("tables", []) if unit_name(t) == unit), None)
    if entry is None or not entry.get("source"):
        return mapping  # an object this run does not move
    if spec.get("existing") is not None:
        return _bind_existing(out, entry, column, spec["existing"], table_def, where,
                              spec.get("source"))
    to = str(spec["to"])
    parent = next((t for t in out["tables"] if unit_name(t) == to and t.get("source")), None)
    if parent is None:
        raise MappingError(f"{where}: this run loads no {to} from the export to link to")
    if not parent.get("source_key"):
        raise MappingError(f"{where}: {to} has no key column to link by; confirm one first "
                           f"(mapping.decisions.keys.{to})")
    pending = [u for u in entry.get("unresolved_lookups") or [] if u["target"] == column]
    through = _through(spec.get("through"), entry, to, where, out) \
        if spec.get("through") else None
    proposed = [lk for lk in entry.get("lookups", []) if lk["target"] == column
                and lk.get("table") == to and lk.get("source") and not lk.get("through")]
    source = spec.get("source") or (pending[0]["source"] if pending else None) or (
        proposed[0]["source"] if proposed else None)  # the column the proposal linked
    if through is not None:
        source = f"{through['source']}.{through['to']}"
    if not source:
        raise MappingError(f"{where}: name the export column that holds the {to} ids "
                           "(source: <column>)")
    frame_columns = set(source_columns(entry))   # mapped, linked, owner or left out
    frame_columns |= set(entry.get("key_columns") or [entry.get("source_key")])  # its key too
    if through is None and source not in frame_columns:
        raise MappingError(f"{where}: {entry['source']} has no column '{source}'")
    td = table_def(entry["target"])
    parent_table = parent["target"]
    nav = tables.navigation(td, column, parent_table)
    if nav is None:
        raise MappingError(f"{where}: {entry['target']}.{column} cannot point at "
                           f"{parent_table}")
    by = _by_column(spec.get("by"), parent, to, where)
    keyed_by = parent.get("key_columns") or []
    if by is None and through is None and len(keyed_by) > 1:
        # a key of several columns is a hash of them all: no one cell names a record by it
        raise MappingError(f"{where}: {parent['source']} (the {to} records) is keyed by "
                           f"{' + '.join(keyed_by)}, which no one value names; say which of "
                           f"its columns the values of '{source}' are (by: <column>)")
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
    # the decision replaces the proposal's lookups of this column from the same export
    # column, whichever table they point at (a split file's sibling to contacts beside a
    # decided account), and any to the same table: the loader binds the first that resolves,
    # so the decided link goes before the proposal's others of this column (ConnectWise's
    # case: the company decided as its customer, the contact proposed beside it only where
    # a ticket names no company)
    known = set(source_columns(entry))
    entry["lookups"] = [lk for lk in entry.get("lookups", []) if not (
        lk["target"] == column and (lk["navigation"] == nav or lk.get("source") == source))]
    _left_out(entry, known - {source}, column)
    at = next((i for i, lk in enumerate(entry["lookups"]) if lk["target"] == column),
              len(entry["lookups"]))
    entry["lookups"].insert(at, {
        "target": column, "navigation": nav, "table": parent_table, "source": source,
        "references": f"{parent['source']}.{parent['source_key']}",
        "fallbacks": [{"source": source, "match": "name", "references": by}] if by else [],
        **({"by": by} if by else {}),
        # a parent whose entry takes some rows of its file (a partners file's companies):
        # the link names those rows only (mapping/split_links)
        **({"parent_where": parent["where"]} if parent.get("where") else {}),
        **({"required": True} if required else {}), "confidence": 1.0,
        **({"through": through} if through else {}),
        "reason": f"decided in the parameters file: '{source}' holds "
                  + (f"the {by} of the {to}" if by else f"ids of the {to}")
                  + " records this run loads"
                  + (" (a value naming several records links to none)" if by else "")
                  + (f" (one row per {unit}: {rule_of(through)})" if through else "")
                  + ("; a record whose id names none is quarantined" if required else ""),
    })
    entry["unresolved_lookups"] = [u for u in entry.get("unresolved_lookups") or []
                                   if u["target"] != column]
    entry["unmapped"] = [c for c in entry.get("unmapped") or [] if c != source]
    (entry.get("unmapped_reasons") or {}).pop(source, None)
    return out


def _left_out(entry: dict[str, Any], known: set[str], column: str) -> None:
    """The columns a decided link took ``column`` from, now read by nothing: left out, with
    the reason (Clover's orders' 'customers', replaced by the counter-sales account), so
    every column of the file is still read or said to be left out (in place)."""
    now = set(source_columns(entry))
    for col in sorted(known - now):
        entry.setdefault("unmapped", []).append(col)
        entry.setdefault("unmapped_reasons", {})[col] = (
            f"its link ({column}) was replaced by a decision in the parameters file")


def _by_column(by: Any, parent: Mapping[str, Any], to: str, where: str) -> str | None:
    """The column of the parent's file a link names its records by (``by: nameId``), when
    it is not their id; refused when the file has no such column."""
    if by is None:
        return None
    have = {str(parent.get("source_key") or "")} | set(parent.get("unmapped") or []) | set(
        parent.get("key_columns") or []) | {   # a confirmed key's own column ('Conversation ID')
        str(c.get("source")) for c in parent.get("columns", [])} | {
        str(lk.get("source")) for lk in parent.get("lookups", [])}
    if str(by) not in have:
        raise MappingError(f"{where}: by: {parent['source']} (the {to} records) has no "
                           f"column '{by}'")
    return str(by)


def _bind_existing(mapping: dict[str, Any], entry: dict[str, Any], column: str, spec: Any,
                   table_def: TableDefs, where: str, source: str | None = None
                   ) -> dict[str, Any]:
    """Every record's ``column`` bound to one record already in the org, found at load by
    ``match`` (``{existing: {table: uomschedule, match: {name: Default Unit}}}``), or each
    record's own, found by the value its ``source`` cell holds in the org's column ``by``
    (``{source: Devise, existing: {table: transactioncurrency, by: isocurrencycode}}``)."""
    by = spec.get("by") if isinstance(spec, Mapping) else None
    if not isinstance(spec, Mapping) or not spec.get("table") or not by and (not isinstance(
            spec.get("match"), Mapping) or not spec["match"]) or by and not source:
        raise MappingError(f"{where}.existing: expected {{table: <table>, match: {{<column>: "
                           "<value>}}}, or source: <export column> beside {table: <table>, "
                           "by: <column>}")
    table = str(spec["table"])
    nav = tables.navigation(table_def(entry["target"]), column, table)
    if nav is None:
        raise MappingError(f"{where}: {entry['target']}.{column} cannot point at {table}")
    if by and source not in {*source_columns(entry), entry.get("source_key")}:
        raise MappingError(f"{where}: {entry['source']} has no column '{source}'")
    said = f"the {by} its {source} names" if by else "with " + ", ".join(
        f"{c} '{v}'" for c, v in spec["match"].items())
    known = set(source_columns(entry))
    entry["lookups"] = [lk for lk in entry.get("lookups", []) if lk["target"] != column]
    _left_out(entry, known - {source}, column)
    entry["lookups"].append({
        "target": column, "navigation": nav, "table": table, "source": source if by else None,
        "references": f"(org).{table}" + (f".{by}" if by else ""), "fallbacks": [],
        "confidence": 1.0, "existing": {"table": table, "by": str(by)} if by else {
            "table": table, "match": dict(spec["match"])},
        "reason": f"decided in the parameters file: {'each' if by else 'every'} record's "
                  f"{column} is the {table} already in the org {said} (found at load; the "
                  "preflight stops the load when none or several match)"})
    if by:
        entry["unmapped"] = [c for c in entry.get("unmapped") or [] if c != source]
        (entry.get("unmapped_reasons") or {}).pop(source, None)
    entry["unresolved_lookups"] = [u for u in entry.get("unresolved_lookups") or []
                                   if u["target"] != column]
    return mapping


def _through(spec: Any, entry: Mapping[str, Any], to: str, where: str,
             mapping: Mapping[str, Any]) -> dict[str, Any]:
    """The association a decision names: a file (its id columns found by their names, as
    the proposal finds them) or ``{source, from, to, order_by}``."""
    if isinstance(spec, str):
        spec = {"source": spec}
    if not isinstance(spec, Mapping) or not spec.get("source"):
        raise MappingError(f"{where}.through: expected an association file or {{source, "
                           "from, to, order_by}}")
    found = next((a for a in mapping.get("associations") or []
                  if a["source"] == spec["source"]), None)
    ids = (found or {}).get("ids") or {}  # unit -> the column naming its records
    out = {"source": str(spec["source"]),
           "from": spec.get("from") or ids.get(unit_name(entry)),
           "to": spec.get("to") or ids.get(to),
           "order_by": spec["order_by"] if "order_by" in spec else (found or {}).get(
               "order_by")}
    if prefer := spec["prefer"] if "prefer" in spec else (found or {}).get("prefer"):
        out["prefer"] = prefer   # the true/false column marking the primary row
    if not out["from"] or not out["to"]:
        raise MappingError(f"{where}.through: name the columns of {spec['source']} that hold "
                           f"the {entry.get('target')} and {to} ids (from: <column>, to: "
                           "<column>)")
    return out


#: (table, linked table) -> the lookup an association's link fills, first free one first:
#: a contact's company is its Company Name; a deal's contact is its Potential Customer when
#: nothing else fills it (HubSpot deals name no company), else its primary contact.
ASSOCIATION_COLUMNS: dict[tuple[str, str], tuple[str, ...]] = {
    ("contact", "account"): ("parentcustomerid",),
    ("opportunity", "contact"): ("customerid", "parentcontactid"),
    ("opportunity", "account"): ("customerid", "parentaccountid"),
    ("incident", "contact"): ("customerid", "primarycontactid"),
    ("incident", "account"): ("customerid",),
    ("lead", "account"): ("parentaccountid",),
    ("lead", "contact"): ("parentcontactid",),
}


def association_lookups(mapping: dict[str, Any], associations: list[dict[str, Any]],
                        kind_of: Callable[[str], str | None], table_def: TableDefs
                        ) -> dict[str, Any]:
    """The map with the links association files hold (``intake.links.find_associations``)
    as lookups ``through`` them, each with its reason, and ``associations``: each file with
    the column naming each unit's records (what a decision's ``through`` reads)."""
    out = copy.deepcopy(mapping)
    entries = [t for t in out.get("tables", []) if t.get("source") and not t.get("where")]
    found: list[dict[str, Any]] = []
    for assoc in associations:
        ids = {unit_name(t): column for t in entries for kind, column in assoc["ids"].items()
               if kind_of(t["source"]) == kind}
        if len(ids) < 2:
            continue
        found.append({"source": assoc["source"], "ids": ids, "order_by": assoc["order_by"],
                      **_prefer(assoc)})
        for child in entries:
            for parent in entries:
                pair = (str(child["target"]), str(parent["target"]))
                if child is parent or pair not in ASSOCIATION_COLUMNS or not all(
                        unit_name(t) in ids for t in (child, parent)):
                    continue
                if parent.get("source_key") is None:
                    continue
                _add_through(child, parent, assoc, ids, ASSOCIATION_COLUMNS[pair],
                             table_def(str(child["target"])))
    if found:
        out["associations"] = found
    return out


def _prefer(assoc: Mapping[str, Any]) -> dict[str, str]:
    """``{"prefer": column}`` when the association marks its primary rows, else nothing."""
    return {"prefer": assoc["prefer"]} if assoc.get("prefer") else {}


def _add_through(child: dict[str, Any], parent: Mapping[str, Any], assoc: Mapping[str, Any],
                 ids: Mapping[str, str], columns: tuple[str, ...], td: Mapping[str, Any]
                 ) -> None:
    taken = {lk["target"] for lk in child.get("lookups") or []}
    column = next((c for c in columns if c not in taken), None)
    nav = tables.navigation(td, column, str(parent["target"])) if column else None
    if column is None or nav is None:
        return
    through = {"source": assoc["source"], "from": ids[unit_name(child)],
               "to": ids[unit_name(parent)], "order_by": assoc["order_by"], **_prefer(assoc)}
    level = tables.required_level(tables.attributes(td).get(column, {}))
    required = level in ("SystemRequired", "ApplicationRequired")
    child.setdefault("lookups", []).append({
        "target": column, "navigation": nav, "table": parent["target"],
        "source": f"{assoc['source']}.{through['to']}",
        "references": f"{parent['source']}.{parent['source_key']}", "fallbacks": [],
        "through": through, **({"required": True} if required else {}), "confidence": 0.8,
        "reason": f"'{assoc['source']}' holds nothing but the ids it joins: each row links a "
                  f"{unit_name(child)} ({through['from']}) to its {unit_name(parent)} "
                  f"({through['to']}); one row per {unit_name(child)}: {rule_of(through)}"
                  + ("; a record it links to nothing is quarantined (Dataverse requires "
                     f"{column}; mapping.decisions.links can say when_missing: empty where "
                     "that is allowed)" if required else "")})
    child["unresolved_lookups"] = [u for u in child.get("unresolved_lookups") or []
                                   if u["target"] != column]


__all__ = ["ASSOCIATION_COLUMNS", "association_lookups", "decide_link", "rule_of"]
