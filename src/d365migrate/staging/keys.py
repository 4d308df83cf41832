"""Keys for exports without an id column: a surrogate key from columns the analyst confirms.

The parameters name the columns (``mapping.decisions.keys: {account: [name, city]}``) and the
map's entry keeps them as ``key_columns`` with ``source_key`` naming them
(``key(name+city)``, a column staging adds: never one of the export's own).
Each row's key is a hash of its normalised key values (Unicode NFC, trimmed, spacing and
case ignored), so the same record keys the same in the next export of that customer and a
delta run finds it again. The key columns stay mapped fields of the record.

Lookups that point at a table keyed this way find their record by the column they point at
(a name, an email): the match resolves to that record's key, for values that name one record
only (an ambiguous value resolves to nothing and is counted unresolved, never guessed). A
link decided by id into such a table (its key one column, 'Task ID') finds its record by that
column the same way: the cells hold the export's ids, never the key's hash.
"""

from __future__ import annotations

import copy
import hashlib
import unicodedata
from collections.abc import Mapping
from typing import Any

import polars as pl

from d365migrate.intake.key_rules import is_natural_key
from d365migrate.mapping.keys_values import key_name
from d365migrate.staging.references import split_reference
from d365migrate.staging.rules import MissingColumn

#: Separates the key values before hashing ("a b" + "c" never keys as "a" + "b c").
SEPARATOR = "\x1f"
#: Hex digits of the key (128 bits): short enough for any alternate key column.
KEY_DIGITS = 32


def normalise(value: Any) -> str:
    """A key value as people read it: NFC, trimmed, inner spacing collapsed, case folded."""
    if value is None:
        return ""
    return " ".join(unicodedata.normalize("NFC", str(value)).split()).casefold()


def surrogate_key(values: list[Any]) -> str | None:
    """The stable key of one row's key values; None when all of them are empty."""
    parts = [normalise(v) for v in values]
    if not any(parts):
        return None
    digest = hashlib.blake2b(SEPARATOR.join(parts).encode("utf-8"),
                             digest_size=KEY_DIGITS // 2)
    return digest.hexdigest()


def with_surrogate_key(df: pl.DataFrame, columns: list[str], file: str) -> pl.DataFrame:
    """``df`` with the column ``key_name(columns)`` holding each row's surrogate key."""
    missing = [c for c in columns if c not in df.columns]
    if missing:
        listed = ", ".join(f"'{c}'" for c in missing)
        raise MissingColumn(
            f"{file}: the key the parameters confirm (mapping.decisions.keys: {columns}) "
            f"reads {listed}, but {file} has no such column; name columns of {file}",
            file=file, columns=missing)
    rows = zip(*(df[c].cast(pl.Utf8).to_list() for c in columns), strict=True)
    keys = pl.Series(key_name(columns), [surrogate_key(list(r)) for r in rows],
                     dtype=pl.Utf8)
    return df.with_columns(keys)


def keyed_sources(mapping: Mapping[str, Any]) -> dict[str, list[str]]:
    """Source object -> its confirmed key columns, for every entry keyed that way."""
    out: dict[str, list[str]] = {}
    for t in mapping.get("tables", []):
        if t.get("key_columns") and t.get("source"):
            out.setdefault(t["source"], list(t["key_columns"]))
    return out


def keyed(mapping: Mapping[str, Any], tmap: dict[str, Any],
          tables: Mapping[str, pl.DataFrame], file: str
          ) -> tuple[dict[str, pl.DataFrame], dict[str, Any]]:
    """The tables and the entry as staging reads them under surrogate keys.

    Every source keyed by confirmed columns gets its key column; ``tmap``'s lookups into
    such a source match by the column they pointed at and resolve to the key. Without a
    key at all, the error says how to confirm one."""
    sources = keyed_sources(mapping)
    if not tmap.get("source_key") and not tmap.get("key_columns"):
        hint = tmap.get("key_candidate") or {}
        example = hint.get("columns") or ["<column>", "<column>"]
        raise KeyError(
            f"map for {tmap.get('name') or tmap['target']}: '{tmap['source']}' has no id "
            "column; confirm the columns that identify a record in the parameters, e.g. "
            "mapping.decisions.keys: "
            f"{{{tmap.get('name') or tmap['target']}: {example}}}")
    if not sources:
        return dict(tables), tmap
    out = dict(tables)
    for source, columns in sources.items():
        if source in out and key_name(columns) not in out[source].columns:
            out[source] = with_surrogate_key(out[source], columns,
                                             file if source == tmap["source"] else source)
    entry = copy.deepcopy(tmap)
    for lk in entry.get("lookups", []):
        ref_source, ref_column = split_reference(str(lk.get("references", "")), sources)
        if ref_source not in sources:
            continue
        if ref_column == key_name(sources[ref_source]):
            # a link decided by id names the key itself, but its cells hold the export's own
            # ids, never a key's hash: a key of one column is found by that column's values
            # (a key of several has no one value to name it by)
            if len(sources[ref_source]) != 1:
                continue
            ref_column = sources[ref_source][0]
        lk["references"] = f"{ref_source}.{key_name(sources[ref_source])}"
        # by the key column's own values: an id as written, a natural key (a name) as
        # names match (trimmed, any case)
        moved = {"source": lk["source"], "references": ref_column,
                 "match": "name" if is_natural_key(ref_column) else "id"}
        lk["fallbacks"] = [moved, *[fb for fb in lk.get("fallbacks", []) if fb != moved]]
    return out, entry
