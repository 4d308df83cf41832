"""The field map: proposed by the suggestion engine, confirmed by a person, then frozen.

A map is a YAML document. Confirmation records who and when plus a hash of the content;
staging and load call :func:`require_confirmed`, which refuses a map nobody confirmed or
one edited after confirmation.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import polars as pl
import yaml

MAPPING_VERSION = 1
TRANSFORM_BY_TYPE = {
    "String": "text", "Memo": "text", "Integer": "integer", "BigInt": "integer",
    "Decimal": "decimal", "Double": "decimal", "Money": "decimal", "DateTime": "datetime",
    "Boolean": "boolean", "Picklist": "choice", "State": "choice", "Status": "choice",
    "Lookup": "lookup", "Customer": "lookup", "Owner": "owner",
    "MultiSelectPicklist": "multichoice",
}
TRANSFORMS = {"text", "email", "url", "integer", "decimal", "datetime", "date", "boolean",
              "choice", "multichoice", "lookup", "owner"}


class MappingError(ValueError):
    """The map cannot be used as it is; the message says what must be decided."""


class MappingNotConfirmed(MappingError):
    """No one confirmed this map, or it changed after confirmation."""


def content_hash(mapping: dict[str, Any]) -> str:
    """Hash of what decides the load: tables and the source-id column, not the bookkeeping."""
    body = {"source_id_column": mapping.get("source_id_column"), "tables": mapping.get("tables")}
    body.update({k: mapping[k] for k in ("stages", "ticket_routing") if mapping.get(k) is not None})
    blob = json.dumps(body, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def save_mapping(mapping: dict[str, Any], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(mapping, sort_keys=False, allow_unicode=True, width=100),
                    encoding="utf-8")
    return path


def load_mapping(path: Path) -> dict[str, Any]:
    if not path.exists():
        raise MappingError(f"{path}: no mapping file; run the mapping step (suggest) first")
    mapping = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(mapping, dict) or "tables" not in mapping:
        raise MappingError(f"{path}: not a mapping file (no 'tables')")
    for t in mapping["tables"]:
        for c in t.get("columns", []):
            if c.get("transform") and c["transform"] not in TRANSFORMS:
                raise MappingError(f"{path}: table {t['target']} column {c['target']}: "
                                   f"unknown transform '{c['transform']}'")
    return mapping


def confirm(mapping: dict[str, Any], by: str, *, at: datetime | None = None) -> dict[str, Any]:
    """Record a person's confirmation of exactly this content."""
    if not by or not by.strip():
        raise MappingError("confirmation needs the name of the person confirming")
    out = copy.deepcopy(mapping)
    out["status"] = "confirmed"
    out["confirmed_by"] = by.strip()
    out["confirmed_at"] = (at or datetime.now(UTC)).isoformat(timespec="seconds")
    out["content_hash"] = content_hash(out)
    return out


def require_confirmed(mapping: dict[str, Any], where: str = "mapping") -> None:
    """Refuse to stage or load on a map that is unconfirmed or edited since confirmation."""
    if mapping.get("status") != "confirmed" or not mapping.get("confirmed_by"):
        raise MappingNotConfirmed(
            f"{where}: the map is '{mapping.get('status', 'proposed')}', not confirmed. Review it "
            "in notebooks/02_mapping.ipynb and press Confirm (or set mapping.confirm_as in the "
            "parameters file) before any record moves."
        )
    if mapping.get("content_hash") != content_hash(mapping):
        raise MappingNotConfirmed(
            f"{where}: the map changed after {mapping['confirmed_by']} confirmed it at "
            f"{mapping.get('confirmed_at')}; confirm the edited map again."
        )


def table_map(mapping: dict[str, Any], target: str) -> dict[str, Any]:
    for t in mapping["tables"]:
        if t["target"] == target:
            return t
    raise MappingError(f"the map has no table for '{target}'")


# -- proposal ------------------------------------------------------------------------------
def _attributes(table_def: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {a["LogicalName"]: a for a in table_def.get("Attributes", [])}


def _navigation(table_def: dict[str, Any], column: str, target_table: str) -> str | None:
    for rel in table_def.get("ManyToOneRelationships", []):
        if (rel.get("ReferencingAttribute") == column
                and rel.get("ReferencedEntity") == target_table):
            return rel.get("ReferencingEntityNavigationPropertyName")
    return None


def _source_key(df: pl.DataFrame, source: str) -> str | None:
    """The source object's own id column: near-unique (exports repeat rows), named like an id."""
    stem = source.rstrip("s").lower()
    names = [c for c in df.columns if c.lower() in (f"{stem}_id", "id", f"{stem}id")]
    names += [c for c in df.columns if c.lower().endswith("_id") and c not in names]
    for c in names:
        col = df[c]
        if col.null_count() <= df.height * 0.01 and col.n_unique() >= df.height * 0.95:
            return c
    return None


def propose_mapping(tables: dict[str, pl.DataFrame], table_defs: dict[str, dict[str, Any]],
                    objects: list[str], *, source_id_column: str,
                    keys: dict[str, str | None] | None = None) -> dict[str, Any]:
    """Build a proposed map for ``objects`` from the suggestion engine's ranked candidates.

    ``keys`` are the primary keys discovery found per source object; a heuristic fills gaps.
    """
    from d365migrate.mapping.suggest import suggest_columns, suggest_table

    keys = {name: (keys or {}).get(name) or _source_key(df, name)
            for name, df in tables.items()}
    out_tables: list[dict[str, Any]] = []
    taken: set[str] = set()
    for target in objects:
        table_def = table_defs[target]
        ranked = [(name, cand) for name, df in tables.items() if name not in taken
                  for cand in suggest_table(name, df, {target: table_def})[:1]
                  if cand.target == target]
        if not ranked:
            out_tables.append({"target": target, "source": None, "confidence": 0.0,
                               "reason": "no source object looks like this table", "columns": []})
            continue
        source, tcand = max(ranked, key=lambda p: p[1].confidence)
        taken.add(source)
        df = tables[source]
        attrs = _attributes(table_def)
        suggestions = suggest_columns(df, table_def, source_object=source)
        columns: list[dict[str, Any]] = []
        lookups: list[dict[str, Any]] = []
        owner: dict[str, Any] | None = None
        unmapped: list[str] = []
        for col in df.columns:
            cands = suggestions.get(col, [])
            if col == keys[source] or not cands:
                unmapped.append(col)
                continue
            best = cands[0]
            attr = attrs.get(best.target, {})
            transform = TRANSFORM_BY_TYPE.get(attr.get("AttributeType", "String"), "text")
            entry = {"target": best.target, "source": col, "confidence": round(best.confidence, 3),
                     "reason": best.reason}
            if transform == "owner":
                owner = {"source": col, "match": "email", **{k: entry[k] for k in
                                                            ("confidence", "reason")}}
            elif transform == "lookup":
                lookup = _propose_lookup(target, table_def, attr, col, df, tables, keys, objects)
                if lookup:
                    lookups.append({**lookup, "confidence": entry["confidence"],
                                    "reason": entry["reason"]})
                else:
                    unmapped.append(col)
            else:
                if best.target in ("emailaddress1", "emailaddress2", "emailaddress3",
                                   "internalemailaddress"):
                    transform = "email"
                entry["transform"] = transform
                if transform == "choice":
                    entry["values"] = _propose_choice_values(df[col], attr)
                columns.append(entry)
        out_tables.append({
            "target": target, "source": source, "source_key": keys[source],
            "confidence": round(tcand.confidence, 3), "reason": tcand.reason,
            "owner": owner, "columns": columns, "lookups": lookups, "unmapped": unmapped,
        })
    return {
        "version": MAPPING_VERSION, "status": "proposed",
        "proposed_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "confirmed_by": None, "confirmed_at": None, "content_hash": None,
        "source_id_column": source_id_column, "tables": out_tables,
    }


def _propose_lookup(target: str, table_def: dict[str, Any], attr: dict[str, Any], col: str,
                    df: pl.DataFrame, tables: dict[str, pl.DataFrame],
                    keys: dict[str, str | None], objects: list[str]) -> dict[str, Any] | None:
    """A lookup from ``col`` to the source object whose key holds its values."""
    values = set(df[col].drop_nulls().unique().to_list())
    best: tuple[float, str] | None = None
    for name, other in tables.items():
        key = keys.get(name)
        if not key or not values:
            continue
        rate = len(values & set(other[key].drop_nulls().to_list())) / len(values)
        if rate > 0.5 and (best is None or rate > best[0]):
            best = (rate, name)
    if best is None:
        return None
    ref_source = best[1]
    ref_target = next((t for t in attr.get("Targets", []) if t in objects), None)
    if ref_target is None:
        return None
    nav = _navigation(table_def, attr["LogicalName"], ref_target)
    if nav is None:
        return None
    ref_df = tables[ref_source]
    fallbacks: list[dict[str, str]] = []
    stem = col[:-3] if col.endswith("_id") else col
    if f"{stem}_name" in df.columns and "name" in ref_df.columns:
        fallbacks.append({"source": f"{stem}_name", "match": "name", "references": "name"})
    if "email" in df.columns and "domain" in ref_df.columns:
        fallbacks.append({"source": "email", "match": "email_domain", "references": "domain"})
    return {"target": attr["LogicalName"], "navigation": nav, "table": ref_target,
            "source": col, "references": f"{ref_source}.{keys[ref_source]}",
            "fallbacks": fallbacks}


def _option_labels(attr: dict[str, Any]) -> dict[str, int]:
    out: dict[str, int] = {}
    for opt in (attr.get("OptionSet") or {}).get("Options", []):
        label = ((opt.get("Label") or {}).get("UserLocalizedLabel") or {}).get("Label")
        if label is not None:
            out[str(label).strip().lower()] = int(opt["Value"])
    return out


def _propose_choice_values(series: pl.Series, attr: dict[str, Any]) -> dict[str, int | None]:
    """Each distinct source value to the option whose label matches it; None = undecided.

    Exact labels first, then the one label that contains every word of the value
    ("Agriculture" -> "Agriculture and Non-petrol Natural Resource Extraction"). Character
    similarity is not used: "Unqualified" is close to "Qualified" and means the opposite.
    """
    labels = _option_labels(attr)
    words = {label: set(re.findall(r"[a-z0-9]+", label)) for label in labels}
    out: dict[str, int | None] = {}
    for v in sorted(series.drop_nulls().unique().to_list(), key=str):
        key = str(v).strip().lower()
        if key in labels:
            out[str(v)] = labels[key]
            continue
        mine = set(re.findall(r"[a-z0-9]+", key))
        hits = [label for label, w in words.items() if mine and mine <= w]
        out[str(v)] = labels[hits[0]] if len(hits) == 1 else None
    return out
