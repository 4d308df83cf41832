"""Preflight: check the confirmed map against the destination org before a record moves.

A load that discovers half-way that a column is missing or a choice value does not exist
leaves a partial migration to clean up. Preflight reads only metadata and reports every
problem at once, each naming the table and column; blocking findings stop the load.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

import polars as pl

from d365migrate.dataverse import DataverseClient
from d365migrate.dataverse.errors import NotFound
from d365migrate.dataverse.tables import (
    attribute_type,
    attributes,
    navigations,
    option_values,
    required_level,
)
from d365migrate.load.existing import existing_problem, find_existing
from d365migrate.mapping.deal_states import undecided_deal_states
from d365migrate.mapping.decisions import STATES, undecided_stages
from d365migrate.mapping.mapfile import MappingError, unit_name
from d365migrate.staging.existing_refs import match_of
from d365migrate.staging.rules import uncovered_required as rules_uncovered
from d365migrate.staging.stage import REF_PREFIX
from d365migrate.words import a_or_an

BLOCKING = "blocking"
WARNING = "warning"
COMPATIBLE = {
    "text": {"String", "Memo"}, "email": {"String"}, "url": {"String"},
    "integer": {"Integer", "BigInt", "Decimal", "Double", "Money"},
    "decimal": {"Decimal", "Double", "Money"},
    "datetime": {"DateTime"}, "date": {"DateTime"}, "boolean": {"Boolean"},
    "choice": {"Picklist", "State", "Status"}, "multichoice": {"MultiSelectPicklist"},
    "constant": {"String", "Memo", "Integer", "BigInt", "Decimal", "Double", "Money",
                 "DateTime", "Boolean", "Picklist", "State", "Status"},
}
TICKET_TABLES = {"incident": "Case (incident)", "annotation": "notes (annotation)",
                 "notes": "notes (annotation)"}


@dataclass(frozen=True)
class Finding:
    """One problem or fact about the destination, as a person reads it."""

    severity: str  # blocking | warning
    table: str
    column: str | None
    message: str

    def __str__(self) -> str:
        where = f"{self.table}.{self.column}" if self.column else self.table
        return f"[{self.severity}] {where}: {self.message}"


class PreflightFailed(MappingError):
    """The destination cannot take the map as it is; the message lists what to fix."""


def uncovered_required(tmap: dict[str, Any], table_def: dict[str, Any]) -> list[str]:
    """Required, creatable columns nothing in the table's map fills: staging's one rule
    (:func:`d365migrate.staging.rules.uncovered_required`), as a sorted list."""
    return sorted(rules_uncovered(tmap, table_def))


class _Defs:
    """Table metadata fetched once per table; a missing table is remembered as None."""

    def __init__(self, client: DataverseClient) -> None:
        self.client = client
        self.cache: dict[str, dict[str, Any] | None] = {}

    def get(self, table: str) -> dict[str, Any] | None:
        if table not in self.cache:
            try:
                self.cache[table] = self.client.entity_definition(table)
            except NotFound:
                self.cache[table] = None
        return self.cache[table]


_attrs = attributes


def _check_column(table: str, col: dict[str, Any], attrs: dict[str, dict[str, Any]],
                  custom: set[str]) -> list[Finding]:
    target, transform = col["target"], col.get("transform", "text")
    attr = attrs.get(target)
    if attr is None:
        hint = ("create it with `d365migrate apply-manifest`" if target in custom
                else "map the source column elsewhere or leave it unmapped")
        return [Finding(BLOCKING, table, target, f"no such column in the destination "
                        f"(source '{col['source']}'); {hint}")]
    out: list[Finding] = []
    kind = attribute_type(attr)
    if kind not in COMPATIBLE.get(transform, {kind}):
        out.append(Finding(BLOCKING, table, target, f"transform '{transform}' of source "
                           f"'{col['source']}' cannot fill {a_or_an(kind)} column"))
    if attr.get("IsValidForCreate") is False and attr.get("IsValidForUpdate") is not True:
        out.append(Finding(BLOCKING, table, target, "the column is read-only in Dynamics 365: "
                           "valid neither for create nor for update"))
    if transform == "constant" and kind in COMPATIBLE["choice"] and \
            int(col["value"]) not in option_values(attr):
        out.append(Finding(BLOCKING, table, target, f"the map sets option {col['value']}, "
                           f"which the column does not have"))
    if transform in ("choice", "multichoice"):
        valid = option_values(attr)
        for value, option in (col.get("values") or {}).items():
            if option is None:
                out.append(Finding(BLOCKING, table, target,
                                   f"source value '{value}' has no option decided"))
            elif int(option) not in valid:
                out.append(Finding(BLOCKING, table, target, f"source value '{value}' maps to "
                                   f"option {option}, which the column does not have "
                                   f"(options: {sorted(valid)})"))
    return out


def _check_lookups(table: str, tmap: dict[str, Any], table_def: dict[str, Any],
                   defs: _Defs) -> list[Finding]:
    out: list[Finding] = []
    navs = navigations(table_def)
    attrs = _attrs(table_def)
    for lk in tmap.get("lookups", []):
        if lk["target"] not in attrs:
            out.append(Finding(BLOCKING, table, lk["target"], "lookup column is missing"))
        elif navs and lk["navigation"] not in navs:
            out.append(Finding(BLOCKING, table, lk["target"], f"no navigation property "
                               f"'{lk['navigation']}' for the lookup"))
        if defs.get(lk["table"]) is None:
            out.append(Finding(BLOCKING, table, lk["target"],
                               f"the lookup's table '{lk['table']}' is not in the destination"))
    return out


def _check_source_id(table: str, table_def: dict[str, Any], column: str | None
                     ) -> list[Finding]:
    if not column:
        return [Finding(BLOCKING, table, None, "the map names no source_id_column")]
    out = []
    if column not in _attrs(table_def):
        out.append(Finding(WARNING, table, column, "source-id column is missing; the loader "
                           "creates it (text, 100) before the first load"))
    if not any(k.get("KeyAttributes") == [column] for k in table_def.get("Keys") or []):
        out.append(Finding(WARNING, table, column, "no alternate key on the source-id column; "
                           "the loader creates it before the first load"))
    return out


def check_table(tmap: dict[str, Any], defs: _Defs, source_id_column: str | None,
                custom: set[str]) -> list[Finding]:
    """Every check of one table of the map against the destination."""
    table = tmap["target"]
    table_def = defs.get(table)
    if table_def is None:
        return [Finding(BLOCKING, table, None, "the table is not in the destination org")]
    attrs = _attrs(table_def)
    out: list[Finding] = []
    for col in tmap.get("columns", []):
        out += _check_column(table, col, attrs, custom)
        out += _check_keep_in(table, col, attrs, custom)
    out += _check_lookups(table, tmap, table_def, defs)
    for name in uncovered_required(tmap, table_def):
        # The Web API enforces SystemRequired only; ApplicationRequired is a form rule, so an
        # empty one loads but users will be asked to fill it when they next edit the record.
        level = required_level(attrs[name])
        severity = BLOCKING if level == "SystemRequired" else WARNING
        out.append(Finding(severity, table, name, f"required column ({level}) is filled by "
                           "nothing in the map; map a source column to it"))
    out += _check_source_id(table, table_def, source_id_column)
    return out


def _check_keep_in(table: str, col: dict[str, Any], attrs: dict[str, dict[str, Any]],
                   custom: set[str]) -> list[Finding]:
    """A column whose bad values are kept as text (``on_bad: keep_as_text``) needs its
    ``keep_in`` column in the destination, as text: else every kept value would fail."""
    keep = col.get("keep_in") if col.get("on_bad") == "keep_as_text" else None
    if not keep or (keep in attrs and attribute_type(attrs[keep]) in ("String", "Memo")):
        return []
    hint = ("create it with `d365migrate apply-manifest`" if keep in custom and keep not in attrs
            else "name a text column of the table in keep_in")
    return [Finding(BLOCKING, table, keep, f"bad values of '{col['target']}' are kept as text "
                    f"in '{keep}', which is not a text column of the destination; {hint}")]


def check_manifest(manifest_df: pl.DataFrame, defs: _Defs) -> list[Finding]:
    """Every custom column the manifest creates exists with the type it asked for."""
    out: list[Finding] = []
    wanted = manifest_df.filter(pl.col("target_table").is_not_null() & pl.col("create"))
    for row in wanted.to_dicts():
        table, name = row["target_table"], row["logical_name"]
        table_def = defs.get(table)
        if table_def is None:
            continue  # reported once by the table check, or not mapped at all
        attr = _attrs(table_def).get(name)
        if attr is None:
            out.append(Finding(BLOCKING, table, name, f"custom column for the export's column "
                               f"{row['source_column']} does not exist yet; run "
                               "`d365migrate apply-manifest`"))
        elif attribute_type(attr) != row["dataverse_type"]:
            out.append(Finding(BLOCKING, table, name, f"exists as {attribute_type(attr)}, the "
                               f"manifest wants {row['dataverse_type']}"))
    return out


def check_tickets(mapping: dict[str, Any], defs: _Defs, has_tickets: bool | None
                  ) -> list[Finding]:
    """Report where tickets go: Cases when the org has them, else notes, as the map says."""
    routing = mapping.get("ticket_routing")
    mapped_incident = any(t.get("target") == "incident" for t in mapping.get("tables", []))
    has_cases = defs.get("incident") is not None
    if routing is None and mapped_incident:
        routing = "incident"
    if routing is None:
        where = "Cases (incident) exist" if has_cases else "the org has no Case table"
        severity = BLOCKING if has_tickets else WARNING
        return [Finding(severity, "incident", None, f"ticket_routing is not set in the map; "
                        f"{where}. Set ticket_routing: incident or notes")]
    if routing not in TICKET_TABLES:
        return [Finding(BLOCKING, "incident", None, f"ticket_routing '{routing}' is not one of "
                        "incident, notes")]
    if routing == "incident" and not has_cases:
        return [Finding(BLOCKING, "incident", None, "tickets are routed to Cases but the org "
                        "has no incident table (Customer Service not installed); set "
                        "ticket_routing: notes")]
    return [Finding(WARNING, "incident" if routing == "incident" else "annotation", None,
                    f"tickets go to {TICKET_TABLES[routing]}")]


def check_decisions(mapping: dict[str, Any]) -> list[Finding]:
    """Undecided stages as findings (choice values are checked with their columns)."""
    out: list[Finding] = []
    if any(t.get("target") == "opportunity" and t.get("source")
           for t in mapping.get("tables", [])):
        if not mapping.get("stages"):
            out.append(Finding(BLOCKING, "opportunity", "salesstage",
                               "no pipeline stages decided in the map ('stages:')"))
        for s in undecided_stages(mapping):
            out.append(Finding(BLOCKING, "opportunity", "salesstage",
                               f"pipeline '{s['pipeline_name']}' stage '{s['stage_name']}' is "
                               f"undecided (proposed {s.get('salesstage')}/"
                               f"{STATES.get(s.get('state'), '?')}: {s.get('reason')})"))
        for s in undecided_deal_states(mapping):
            out.append(Finding(BLOCKING, "opportunity", "statecode",
                               f"the deals' own state '{s['value']}' is undecided (proposed "
                               f"{STATES.get(s.get('state'), '?')}: {s.get('reason')})"))
    return out


def preflight(client: DataverseClient, mapping: dict[str, Any],
              manifest_df: pl.DataFrame | None = None, *, has_tickets: bool | None = None,
              staged: Callable[[str], pl.DataFrame] | None = None) -> list[Finding]:
    """Every finding about the map and the manifest against the destination, blocking first
    (``staged``: a table's staged rows, where a lookup is found by each row's own value)."""
    defs = _Defs(client)
    custom = set(manifest_df["logical_name"].to_list()) if manifest_df is not None else set()
    findings: list[Finding] = []
    for tmap in mapping.get("tables", []):
        if tmap.get("source"):
            findings += check_table(tmap, defs, mapping.get("source_id_column"), custom)
    if manifest_df is not None:
        findings += check_manifest(manifest_df, defs)
    findings += check_tickets(mapping, defs, has_tickets)
    findings += check_decisions(mapping)
    findings += check_existing(client, mapping, defs, staged)
    unique = list(dict.fromkeys(findings))
    return sorted(unique, key=lambda f: f.severity != BLOCKING)


def check_existing(client: DataverseClient, mapping: dict[str, Any], defs: _Defs,
                   staged: Callable[[str], pl.DataFrame] | None = None) -> list[Finding]:
    """A lookup bound to a record already in the org (``existing``) finds exactly one: the
    one record for every row, or each distinct value the rows name (``by``; read from the
    staged rows, counted: the org lacks the euro that 12 orders are in)."""
    out: list[Finding] = []
    for tmap in mapping.get("tables", []):
        for lk in tmap.get("lookups", []) if tmap.get("source") else []:
            spec = lk.get("existing")
            ref_def = defs.get(lk["table"]) if spec else None
            if spec is None or ref_def is None:
                continue  # the missing table is its own finding (_check_lookups)
            if not spec.get("by"):
                problem = existing_problem(spec, find_existing(client, ref_def, spec["match"]))
                out += [Finding(BLOCKING, tmap["target"], lk["target"], problem)] \
                    if problem else []
                continue
            rows = staged(unit_name(tmap)) if staged is not None else None
            ref = REF_PREFIX + lk["navigation"]
            for key, n in (rows[ref].drop_nulls().value_counts(sort=True).iter_rows()
                           if rows is not None and ref in rows.columns else []):
                said = " and ".join(f"{c} is '{v}'" for c, v in match_of(key).items())
                found = find_existing(client, ref_def, match_of(key))
                if len(found) != 1:
                    out.append(Finding(BLOCKING, tmap["target"], lk["target"], (
                        f"{n:,} record{'' if n == 1 else 's'} from {tmap['source']}."
                        f"{lk['source']} name{'s' if n == 1 else ''} " + (
                            f"more than one {lk['table']} in the org whose {said}" if found
                            else f"no {lk['table']} in the org whose {said}: add it to the "
                            "org (a currency with its exchange rate to the base currency: "
                            "Settings > Business Management > Currencies; rehearsing on the "
                            "embedded emulator, destination.currencies), or leave the column "
                            f"out (mapping.decisions.columns.{unit_name(tmap)}.{lk['target']}:"
                            " null)"))))
    return out


def findings_frame(findings: list[Finding]) -> pl.DataFrame:
    return pl.DataFrame([asdict(f) for f in findings],
                        schema={"severity": pl.Utf8, "table": pl.Utf8, "column": pl.Utf8,
                                "message": pl.Utf8})


def require_preflight(findings: list[Finding]) -> None:
    """Refuse to load while any finding is blocking; the message lists each one."""
    blocking = [f for f in findings if f.severity == BLOCKING]
    if blocking:
        listed = "\n".join(f"  - {f}" for f in blocking)
        raise PreflightFailed(f"preflight found {len(blocking)} blocking problem(s) in the "
                              f"destination:\n{listed}")


__all__ = ["BLOCKING", "WARNING", "Finding", "PreflightFailed", "attribute_type",
           "findings_frame", "preflight", "require_preflight", "uncovered_required"]
