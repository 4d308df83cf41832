"""The field map: proposed (:mod:`d365migrate.mapping.propose`), confirmed by a person, then
frozen.

A map is a YAML document. Confirmation records who and when plus a hash of the content;
staging and load call :func:`require_confirmed`, which refuses a map nobody confirmed or
one edited after confirmation.

Each column entry may say what happens to a value that cannot go as it is (``on_bad``, see
:data:`MAP_HEADER`); staging applies it (:mod:`d365migrate.staging.rules`).
"""

from __future__ import annotations

import copy
import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml

from d365migrate.load.order import base_unit, in_load_order

# libyaml's loader and dumper where PyYAML has them (same documents, ~10x faster: a run loads
# its map 7 times, 2 s of the demo run with the pure-Python ones)
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
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
#: What a column does with a value that cannot go as it is (``on_bad``).
ON_BAD = ("reject", "clear", "keep_as_text")
#: Written at the top of every map file: the per-column policy, for the person reviewing it.
MAP_HEADER = """\
# Field map: each table entry's source file, its source id (source_key) and its columns.
# A column may say what happens to a value that cannot go as it is (an email 'n/a', a
# malformed phone, a date or number that does not read, a choice with no option decided):
#   on_bad: reject        the whole row is held back (quarantine/<object>.csv)
#   on_bad: clear         the record moves with this field empty, listed in cleared/<object>.csv
#   on_bad: keep_as_text  as clear, and the original text goes to the text column named by
#     keep_in: <column>   (e.g. a custom column new_phone_as_typed)
# Without on_bad: a column Dataverse requires (or that names the record) rejects, every
# other column clears. A bad or missing source id always holds the row back.
# source_files: the export's files an entry's source is read from when it came in several,
# counted as one (the parameters' intake settings join or separate them, not this map).
"""
#: A map entry's key listing the files its source is read from (``with_source_files``).
SOURCE_FILES = "source_files"


class MappingError(ValueError):
    """The map cannot be used as it is; the message says what must be decided."""


class MappingNotConfirmed(MappingError):
    """No one confirmed this map, or it changed after confirmation."""


def content_hash(mapping: dict[str, Any]) -> str:
    """Hash of what decides the load: tables and the source-id column, not the bookkeeping."""
    # the files a source is read from are intake's, listed for the reader: not confirmed here
    tables = [{k: v for k, v in t.items() if k != SOURCE_FILES} if isinstance(t, dict) else t
              for t in mapping["tables"]] if mapping.get("tables") else mapping.get("tables")
    body = {"source_id_column": mapping.get("source_id_column"), "tables": tables}
    body.update({k: mapping[k] for k in ("stages", "deal_states", "stage_source",
                                         "ticket_routing") if mapping.get(k) is not None})
    blob = json.dumps(body, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def save_mapping(mapping: dict[str, Any], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(MAP_HEADER + yaml.dump(mapping, Dumper=_DUMPER, sort_keys=False,
                                           allow_unicode=True, width=100), encoding="utf-8")
    return path


def with_source_files(mapping: dict[str, Any], files: dict[str, list[dict[str, Any]]]
                      ) -> dict[str, Any]:
    """The map with each entry whose source is read from several files of the export
    (``files``: source -> its files, ``file`` and ``rows``, as discovery found them) listing
    them after its source, so the analyst confirming it sees which files feed it; an entry of
    one file lists none. Outside the confirmation's hash: refreshed whenever the map is
    saved after a discovery, without asking for a new confirmation."""
    out = copy.deepcopy(mapping)
    tables = []
    for t in out.get("tables") or []:
        parts = files.get(str(t.get("source"))) or []
        listed = [f"{f['file']} ({int(f.get('rows') or 0):,} rows)" for f in parts]
        entry = {k: v for k, v in t.items() if k != SOURCE_FILES}
        if len(listed) > 1:
            keys = list(entry)
            at = keys.index("source") + 1 if "source" in keys else len(keys)
            entry = dict([*list(entry.items())[:at], (SOURCE_FILES, listed),
                          *list(entry.items())[at:]])
        tables.append(entry)
    if "tables" in out:
        out["tables"] = tables
    return out


def load_mapping(path: Path) -> dict[str, Any]:
    if not path.exists():
        raise MappingError(f"{path}: no mapping file; run the mapping step (suggest) first")
    mapping = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)  # a safe loader
    if not isinstance(mapping, dict) or "tables" not in mapping:
        raise MappingError(f"{path}: not a mapping file (no 'tables')")
    for t in mapping["tables"]:
        for c in t.get("columns", []):
            if c.get("transform") and c["transform"] not in TRANSFORMS:
                raise MappingError(f"{path}: table {t['target']} column {c['target']}: "
                                   f"unknown transform '{c['transform']}'")
    check_on_bad(mapping, str(path))
    return mapping


def check_on_bad(mapping: dict[str, Any], where: str = "mapping") -> None:
    """Refuse an ``on_bad`` the map cannot mean, naming the map entry and the column: an
    unknown policy, ``keep_as_text`` without its ``keep_in`` column, or one ``keep_in`` column
    filled twice (by a mapped column or by another column's kept text)."""
    for t in mapping.get("tables") or []:
        entry = unit_name(t)
        filled = {c.get("target") for c in t.get("columns", [])}
        kept: dict[str, str] = {}
        for c in t.get("columns", []):
            policy, keep_in = c.get("on_bad"), c.get("keep_in")
            at = f"{where}: map entry '{entry}' column '{c.get('target')}'"
            if policy is None and keep_in is None:
                continue
            if policy not in ON_BAD:
                raise MappingError(f"{at}: unknown on_bad '{policy}'; one of "
                                   f"{', '.join(ON_BAD)}")
            if policy != "keep_as_text":
                if keep_in is not None:
                    raise MappingError(f"{at}: keep_in '{keep_in}' is only read with on_bad: "
                                       "keep_as_text")
                continue
            if not keep_in or not isinstance(keep_in, str):
                raise MappingError(f"{at}: on_bad: keep_as_text needs keep_in: the text column "
                                   "the original value goes to")
            if keep_in in filled or keep_in in kept:
                other = kept.get(keep_in, "a mapped column")
                raise MappingError(f"{at}: keep_in '{keep_in}' is already filled by {other}; "
                                   "name a column nothing else fills")
            kept[keep_in] = f"the kept text of '{c.get('target')}'"


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


def mapped_units(objects: list[str], mapping_file: Path) -> list[str]:
    """The objects a run moves: those the map has an entry for, each followed by its further
    files' entries (``contact_2``). An object the parameters ask for gets no entry when the
    export has nothing of it (no meeting among the activities), or an entry with no source
    file (no file of the export looks like customers); the inventory and the report name it
    instead of the run failing on it."""
    if not mapping_file.exists():
        return list(objects)
    units = {unit_name(t) for t in load_mapping(mapping_file).get("tables", [])
             if t.get("source")}
    further = in_load_order(u for u in units if base_unit(u) != u and base_unit(u) in objects)
    # a further file of an object (``contact_2``) right after the object's first file
    return [v for u in objects if u in units
            for v in [u, *(f for f in further if base_unit(f) == u)]]


def table_map(mapping: dict[str, Any], name: str) -> dict[str, Any]:
    """The map's entry for a unit (``note``, ``phonecall``, ``account``, ...)."""
    for t in mapping["tables"]:
        if unit_name(t) == name:
            return t
    raise MappingError(f"the map has no entry for '{name}'")
