"""The field map: proposed (:mod:`d365migrate.mapping.propose`), confirmed by a person, then
frozen.

A map is a YAML document. Confirmation records who and when plus a hash of the content;
staging and load call :func:`require_confirmed`, which refuses a map nobody confirmed or
one edited after confirmation.
"""

from __future__ import annotations

import copy
import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

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
              "choice", "multichoice", "lookup", "owner", "constant",
              "ticket_thread"}  # a ticket's fields and messages as a note (staging.threads)


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


def unit_name(entry: dict[str, Any]) -> str:
    """What the map calls one of its entries: ``name`` where several entries fill one table
    (SmartDesk notes and attachments both become notes, ``annotation``), else the table."""
    return str(entry.get("name") or entry["target"])


def table_map(mapping: dict[str, Any], name: str) -> dict[str, Any]:
    """The map's entry for a unit (``note``, ``phonecall``, ``account``, ...)."""
    for t in mapping["tables"]:
        if unit_name(t) == name:
            return t
    raise MappingError(f"the map has no entry for '{name}'")
