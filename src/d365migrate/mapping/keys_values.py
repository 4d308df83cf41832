"""Decisions on keys and values a person makes in the parameters (``mapping.decisions``).

``keys:`` names the columns that identify a record where an export has no id column
(:func:`decide_key`; staging hashes them, :mod:`d365migrate.staging.keys`); ``values:`` maps
a column's words to what Dynamics 365 stores (:func:`decide_values`; staging reads them,
:mod:`d365migrate.staging.value_maps`): yes/no words, a call's direction, local words.
"""

from __future__ import annotations

import copy
from typing import Any

from d365migrate.intake.values import FALSE, TRUE
from d365migrate.mapping.mapfile import MappingError, unit_name
from d365migrate.mapping.owner_columns import source_columns

__all__ = ["CHOICE_TRANSFORMS", "NATURAL_KEY_NOTE", "decide_key", "decide_values", "key_name",
           "made_key", "option_value"]

CHOICE_TRANSFORMS = ("choice", "multichoice")


def option_value(key: str, source_value: Any, option: Any) -> int:
    """A ``choices:`` decision's option: its whole-number value. Anything else is refused
    by name (it crashed as a bare TypeError: Brevo's 'Kid': null, where ``values:`` with
    null leaves a value empty and ``choices:`` with null is read so too, by the caller)."""
    text = str(option).strip()
    if isinstance(option, bool) or not text.lstrip("-").isdigit():
        raise MappingError(f"choices.{key}: '{source_value}' is given '{option}'; an option is "
                           "its whole-number value (or null to leave the value empty)")
    return int(text)


# -- value maps ----------------------------------------------------------------------------
def decide_values(mapping: dict[str, Any], unit: str, column: str,
                  values: dict[Any, Any]) -> dict[str, Any]:
    """A value map for one column of ``unit``, named by its target (or its source column).

    Yes/no columns take true/false (or yes/no words): ``{"Outgoing": true}``; choice columns
    take an option value (as the choice decisions do) or another value of the column whose
    option is decided (``divers: female``), or null to leave it empty; any other column
    takes the text to write.
    Staging applies it (:mod:`d365migrate.staging.value_maps`).
    """
    out = copy.deepcopy(mapping)
    entry = next((t for t in out.get("tables", []) if unit_name(t) == unit), None)
    cols = (entry or {}).get("columns", [])
    col = next((c for c in cols if c["target"] == column), None) or next(
        (c for c in cols if c.get("source") == column), None)
    if col is None or not col.get("source"):
        raise MappingError(f"values.{unit}.{column}: the map has no column {column} in {unit} "
                           "read from the export")
    transform = col.get("transform", "text")
    for raw, value in values.items():
        word = str(raw)
        if transform == "boolean":
            flag = _yes_no(value, f"values.{unit}.{column}: '{word}'")
            if col.get("values"):  # a map of words already (a call's direction)
                col["values"][word] = flag
            else:
                col.setdefault("value_map", {})[word] = "true" if flag else "false"
        elif transform in CHOICE_TRANSFORMS and value is None:  # no option: left empty
            (col.get("values") or {}).pop(word, None)
            col.setdefault("value_map", {})[word] = None
        elif transform in CHOICE_TRANSFORMS:
            col.setdefault("values", {})[word] = _choice_option(
                col["values"], value, f"values.{unit}.{column}: '{word}'")
        else:
            col.setdefault("value_map", {})[word] = None if value is None else str(value)
    return out


def _choice_option(values: dict[str, Any], value: Any, where: str) -> int:
    """An option value, given as such or as another source value already decided
    (``divers: female`` reads 'divers' as 'female' reads)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    decided = {str(k).strip().lower(): v for k, v in values.items() if v is not None}
    option = decided.get(str(value).strip().lower())
    if option is None:
        raise MappingError(f"{where} must map to an option value, or to a value of the "
                           f"column whose option is decided, not {value!r}")
    return int(option)


def _yes_no(value: Any, where: str) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in TRUE or text in FALSE:
        return text in TRUE
    raise MappingError(f"{where} must map to true or false, not {value!r}")


# -- keys ----------------------------------------------------------------------------------
#: What the proposal says of a natural key column (``propose``), no longer true once a
#: person confirms other key columns.
NATURAL_KEY_NOTE = " Also the record's key (a natural key: no id column)."


def key_name(columns: list[str]) -> str:
    """The map's ``source_key`` for confirmed key columns: ``key(<columns joined by '+'>)``,
    the column staging adds (:mod:`d365migrate.staging.keys`)."""
    return f"key({'+'.join(columns)})"


def made_key(columns: list[str]) -> dict[str, Any]:
    """The key of records made of a combination of columns (``intake.records_from_values``
    with ``columns``): those columns, confirmed where the parameters named them."""
    return {"key_columns": list(columns), "source_key": key_name(list(columns)),
            "key_reason": f"decided in the parameters: a record is each different "
                          f"combination of {', '.join(columns)} (intake: records_from_values), "
                          "a hash of them (normalised), stable across re-exports"}


def _keep_old_key(entry: dict[str, Any], cols: list[str]) -> None:
    """The key column a confirmed key replaces stays a column of the file the map knows:
    listed unmapped unless it is mapped, linked or the owner (Appsmith's orders: 'userName',
    the natural key the map had taken, is the customer a link decision then names)."""
    old = entry.get("key_columns") or ([entry["source_key"]] if entry.get("source_key") and (
        not str(entry["source_key"]).startswith("key(")) else [])
    known = set(source_columns(entry))   # mapped, linked, owner or left out
    for c in old:
        if c not in cols and c not in known:
            entry.setdefault("unmapped", []).append(c)
            entry.setdefault("unmapped_reasons", {})[c] = (
                f"not the key: the confirmed key is {', '.join(cols)} (decided in the "
                "parameters)")


def decide_key(mapping: dict[str, Any], unit: str, columns: str | list[str]) -> dict[str, Any]:
    """Key ``unit``'s records (and every entry of the same source) by the columns a person
    confirmed: ``key_columns`` in the entry, ``source_key`` naming them (``key(name+city)``);
    staging hashes their normalised values (:mod:`d365migrate.staging.keys`). The columns
    stay mapped fields."""
    cols = [columns] if isinstance(columns, str) else [str(c) for c in columns or []]
    if not cols or any(not c.strip() for c in cols):
        raise MappingError(f"keys.{unit}: name the columns that identify a record, e.g. "
                           f"keys: {{{unit}: [email]}}")
    out = copy.deepcopy(mapping)
    entry = next((t for t in out.get("tables", []) if unit_name(t) == unit), None)
    if entry is None or not entry.get("source"):
        raise MappingError(f"keys.{unit}: the map has no entry {unit} with a source")
    for t in out["tables"]:
        if t.get("source") != entry["source"]:
            continue
        _keep_old_key(t, cols)
        t["key_columns"] = cols
        t["source_key"] = key_name(cols)
        t["key_reason"] = (f"confirmed in the parameters: a hash of {', '.join(cols)} "
                           "(normalised), stable across re-exports")
        t.pop("key_candidate", None)
        for c in t.get("columns", []):  # the record's key is now the confirmed one
            c["reason"] = str(c.get("reason", "")).replace(NATURAL_KEY_NOTE, "")
    return out
