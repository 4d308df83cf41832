"""Decisions may name a file instead of its map entry.

A further file of a kind gets an entry named by its place (``contact_2``, ``contact_3``);
a map proposed again over another set of files (a file added at cutover) numbers them
again, and a decision keyed ``contact_2`` would then name another file. Keyed by the
file's own name (``import_rfc_4180_upsert``, with or without ``.csv``) it follows its
file. An entry's own name always wins; a file that fills several entries, or none, is
left as written, and the decision's own check says what it does not name.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from d365migrate.mapping.mapfile import MappingError, unit_name

__all__ = ["FILE_SUFFIXES", "by_entry_names"]

#: A file name's ending an analyst may write or leave off.
FILE_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".xls")
#: Decisions keyed by an entry alone, and those keyed "<entry>.<column>".
_WHOLE_KEYS = ("keys", "owner_columns", "leave_out", "skip_rows")
_DOTTED_KEYS = ("choices", "values", "columns", "links")


def _entries_by_file(mapping: Mapping[str, Any]) -> dict[str, str]:
    """File name (lower case) -> the one entry it fills."""
    seen: dict[str, list[str]] = {}
    for t in mapping.get("tables") or []:
        if t.get("source"):
            seen.setdefault(str(t["source"]).lower(), []).append(unit_name(t))
    return {f: names[0] for f, names in seen.items() if len(names) == 1}


def _bare(name: str) -> str:
    low = name.lower()
    return next((low[:-len(s)] for s in FILE_SUFFIXES if low.endswith(s)), low)


def _whole(key: str, units: set[str], files: dict[str, str]) -> str:
    return key if key in units else files.get(_bare(key), key)


def _dotted(key: str, units: set[str], files: dict[str, str]) -> str:
    if key.partition(".")[0] in units:
        return key
    low = key.lower()
    # the longest file name first: a file's name may hold a dot ('Activity (mail.activity)')
    for file in sorted(files, key=len, reverse=True):
        for written in (*(file + s for s in FILE_SUFFIXES), file):  # 'x.csv.' before 'x.'
            if low.startswith(written + "."):
                return files[file] + key[len(written):]
    return key


def by_entry_names(mapping: Mapping[str, Any], decisions: Mapping[str, Any]
                   ) -> dict[str, Any]:
    """``decisions`` with every key naming a file rewritten to the entry that file fills."""
    units = {unit_name(t) for t in mapping.get("tables") or []}
    files = {f: u for f, u in _entries_by_file(mapping).items() if f not in units}
    if not files:
        return dict(decisions)
    out = dict(decisions)
    for section in _WHOLE_KEYS + _DOTTED_KEYS:
        given = decisions.get(section)
        if not isinstance(given, Mapping):
            continue
        name = _whole if section in _WHOLE_KEYS else _dotted
        out[section] = {}
        for k, v in given.items():
            key = name(str(k), units, files)
            if key in out[section]:
                raise MappingError(f"mapping.decisions.{section}: '{k}' decides '{key}' again "
                                   "(an entry named both by its file and by its name)")
            out[section][key] = v
    return out
