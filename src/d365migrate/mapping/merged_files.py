"""A second file of the same records: its columns the first file lacks join those records.

Exports often give one kind of record in two files with different columns: an "update" or
"existing contacts" file with a phone column the first lacks, a CRM's contacts split by
property group, a people file and a people-details file. Where a further file's rows are the
first file's records again (:func:`d365migrate.mapping.more_files.not_further`), and both
name them by the same key (the same id column, else the e-mail address the first file is
keyed by), the further file's columns the first lacks are
proposed as further columns of the first file's entry, joined by that key
(``merged_files`` on the entry, ``merged_from`` on each such column), with the reason, for a
person to confirm as any column.

The first file wins: a value the second file gives for a column the first also has is not
taken; where the two differ it is counted (``conflicts``) and said. A row of the second file
whose key the first lacks is counted and said, not loaded as a new record. Every row of the
second file is accounted: merged into its record, or not and why (:func:`inventory_file`).
Staging and the export-cell check read the first file's rows with the merged cells joined
by the key (:func:`with_merged`): a merged column is compared with the second file's own
cell of that record, never with another row's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import polars as pl

__all__ = ["MERGED", "MERGED_FROM", "merge_key", "merge_proposal", "merged_into",
           "with_merged", "inventory_file"]

#: The first file's entry: the files whose columns join its records, each how and why.
MERGED = "merged_files"
#: A column of the entry read from a merged file (its name there).
MERGED_FROM = "merged_from"
#: At least this share of the rows both files key alike must agree on their e-mail address
#: for a shared id column to be the same records' id (two files numbering rows from 1 do not).
AGREE = 0.9
#: The column staging joins a merged file's rows by (the key, as matched).
_JOIN = "__merge_key"
#: Map-column settings that read other columns of the file: not taken across a merge.
_READS_OTHERS = ("else", "continues", "keep_in", "part")

Entry = dict[str, Any]


def _norm(series: pl.Series, match: str) -> pl.Series:
    text = series.cast(pl.Utf8).str.strip_chars()
    text = text.str.to_lowercase() if match == "email" else text
    return text.replace("", None)


def _email_column(entry: Entry) -> str | None:
    return next((str(c["source"]) for c in entry.get("columns") or []
                 if c.get("target") == "emailaddress1" and c.get("source")
                 and c.get("transform", "text") in ("text", "email")), None)


def merge_key(entry: Entry, first: Entry, frames: Mapping[str, pl.DataFrame]
              ) -> tuple[str, str, str] | None:
    """(the first file's column, the second's, ``id`` or ``email``) both name the same
    records by, or None: the same id column (its values unique in the first file, and the
    records it pairs agreeing on their e-mail address where both give one), else the e-mail
    address when the first file is keyed by it (unique there). Records alike only by an
    e-mail the first file is not keyed by (one person in two programs' address books) are
    not joined: they stay a copy, left out."""
    one, two = frames.get(str(first.get("source"))), frames.get(str(entry.get("source")))
    if one is None or two is None or first.get("key_columns"):
        return None
    mails = _email_column(first), _email_column(entry)
    key = first.get("source_key")
    if key and key == entry.get("source_key") and key in one.columns and key in two.columns:
        ids = _norm(one[str(key)], "id")
        if ids.drop_nulls().is_unique().all() and _ids_agree(one, two, str(key), mails):
            return str(key), str(key), "id"
    if all(mails) and key == mails[0] and mails[0] in one.columns and mails[1] in two.columns:
        found = _norm(one[str(mails[0])], "email").drop_nulls()
        if found.len() and found.is_unique().all():
            return str(mails[0]), str(mails[1]), "email"
    return None


def _ids_agree(one: pl.DataFrame, two: pl.DataFrame, key: str,
               mails: tuple[str | None, str | None]) -> bool:
    """The rows one id pairs hold the same person (the same e-mail address) where both
    files give one; without e-mail addresses in both, the shared id is taken as it is."""
    if not all(mails) or mails[0] not in one.columns or mails[1] not in two.columns:
        return True
    left = pl.DataFrame({"k": _norm(one[key], "id"), "a": _norm(one[str(mails[0])], "email")})
    right = pl.DataFrame({"k": _norm(two[key], "id"), "b": _norm(two[str(mails[1])],
                                                                   "email")})
    pairs = left.join(right, on="k", how="inner").drop_nulls()
    return not pairs.height or (pairs["a"] == pairs["b"]).sum() >= AGREE * pairs.height


def merge_proposal(entry: Entry, first: Entry, frames: Mapping[str, pl.DataFrame]
                   ) -> Entry | None:
    """How the further file ``entry`` (its ordinary proposal, the first file's records
    again) joins ``first``: its columns mapped to targets the first entry does not fill, by
    the key both name the records by, with the counts the analyst confirms; None when the
    two share no key or the further file adds no column."""
    by = merge_key(entry, first, frames)
    if by is None:
        return None
    one, two = frames[str(first["source"])], frames[str(entry["source"])]
    filled = {c.get("target") for c in first.get("columns") or []} | {
        lk.get("target") for lk in first.get("lookups") or []}
    columns = [c for c in entry.get("columns") or [] if c.get("source") not in one.columns
               and c.get("target") and c.get("target") not in filled
               and c.get("transform", "text") not in ("constant", "ticket_thread")
               and not any(c.get(k) for k in _READS_OTHERS)]
    if not columns:
        return None
    counts = merge_counts(one, two, by)
    names = ", ".join(f"'{c['source']}' ({c['target']})" for c in columns)
    file_key = "id" if by[2] == "id" else "e-mail address"
    reason = (f"'{entry['source']}' holds the records of '{first['source']}' again, keyed by "
              f"the same {file_key} ('{by[1]}' = '{by[0]}'): its columns '{first['source']}' "
              f"lacks join those records: {names}; {counts['merged']} of its "
              f"{counts['rows']} rows merged")
    if counts["not_merged"]:
        reason += "; " + "; ".join(f"{n} {why}" for why, n in counts["not_merged"].items())
    if counts["conflicts"]:
        reason += "; values it gives for columns both files have are not taken (the first " \
            "file wins), differing in " + ", ".join(
                f"'{c}' ({n} row{'s' if n != 1 else ''})" for c, n in counts["conflicts"].items())
    return {"source": str(entry["source"]), "by": {"first": by[0], "second": by[1],
                                                   "match": by[2]},
            "columns": [str(c["source"]) for c in columns], **counts, "reason": reason,
            "mapped": [{**c, MERGED_FROM: str(entry["source"]),
                        "reason": f"from '{entry['source']}', joined by {file_key}: "
                                  + str(c.get("reason") or "")} for c in columns]}


def merge_counts(one: pl.DataFrame, two: pl.DataFrame, by: tuple[str, str, str]
                 ) -> dict[str, Any]:
    """Every row of the second file: merged into the first file's record, or not and why;
    the columns both files have (``shared``: the first file's values taken), and per such
    column the merged rows whose values differ."""
    keys = _norm(two[by[1]], by[2])
    known = set(_norm(one[by[0]], by[2]).drop_nulls().to_list())
    frame = pl.DataFrame({"k": keys}).with_row_index("i")
    first_of = frame.drop_nulls().unique("k", keep="first")["i"].to_list()
    firsts = set(first_of)
    not_merged: dict[str, int] = {}
    merged = 0
    for i, k in enumerate(keys.to_list()):
        why = (f"row(s) with no {'id' if by[2] == 'id' else 'e-mail address'}" if k is None
               else "row(s) whose record the first file does not hold (not loaded as new "
                    "records)" if k not in known
               else "row(s) repeating a record an earlier row of the file gives"
               if i not in firsts else None)
        if why is None:
            merged += 1
        else:
            not_merged[why] = not_merged.get(why, 0) + 1
    conflicts: dict[str, int] = {}
    shared = [c for c in two.columns if c in one.columns and c not in (by[0], by[1])]
    if shared and merged:
        left = one.with_columns(_norm(one[by[0]], by[2]).alias(_JOIN))
        right = two[sorted(firsts)].with_columns(_norm(two[sorted(firsts)][by[1]], by[2])
                                                 .alias(_JOIN))
        both = left.select(_JOIN, *shared).drop_nulls(_JOIN).join(
            right.select(_JOIN, *shared), on=_JOIN, suffix="__2")
        for c in shared:
            a = both[c].cast(pl.Utf8).str.strip_chars()
            b = both[f"{c}__2"].cast(pl.Utf8).str.strip_chars()
            n = int((a.is_not_null() & b.is_not_null() & (a != b)).sum())
            if n:
                conflicts[c] = n
    return {"rows": two.height, "merged": merged, "not_merged": not_merged,
            "shared": shared, "conflicts": conflicts}


def merged_into(first: Entry, spec: Entry) -> None:
    """The first entry with the merge ``spec`` (:func:`merge_proposal`): its columns added,
    the merge listed with its reason."""
    first.setdefault("columns", []).extend(spec["mapped"])
    first.setdefault(MERGED, []).append({k: v for k, v in spec.items() if k != "mapped"})


def with_merged(tmap: Mapping[str, Any], tables: Mapping[str, pl.DataFrame]
                ) -> pl.DataFrame | None:
    """The entry's file with each merged file's columns joined to its rows by the key (the
    second file's first row of a key; rows and their order the first file's), or None when
    the entry's file is not among ``tables``."""
    df = tables.get(str(tmap.get("source") or ""))
    if df is None:
        return None
    for spec in tmap.get(MERGED) or []:
        other = tables.get(str(spec["source"]))
        by = spec["by"]
        cols = [c for c in spec["columns"] if c not in df.columns]
        if other is None or by["first"] not in df.columns or by["second"] not in other.columns \
                or not cols:
            continue
        right = other.select(_norm(other[by["second"]], by["match"]).alias(_JOIN),
                             *cols).drop_nulls(_JOIN).unique(_JOIN, keep="first",
                                                             maintain_order=True)
        df = df.with_columns(_norm(df[by["first"]], by["match"]).alias(_JOIN)).join(
            right, on=_JOIN, how="left", maintain_order="left").drop(_JOIN)
    return df


def inventory_file(obj: Mapping[str, Any], rows: int, spec: Mapping[str, Any],
                   into: str, loaded: bool) -> dict[str, Any]:
    """The inventory's line for a merged file: its rows merged go with their records (as a
    file of values read as another file's columns), the others counted with why."""
    moved = int(spec.get("merged") or 0) if loaded else 0
    left = "; ".join(f"{n} {why}" for why, n in (spec.get("not_merged") or {}).items())
    if not loaded:
        reason = (f"not migrated: its rows are the records of {into} again, which no map "
                  "entry takes")
    elif rows - moved:
        reason = (f"not migrated: {left}. Its other {moved} row(s) were merged into the "
                  f"records of {into}: {merged_words(spec, into)}")
    else:
        reason = f"merged into the records of {into}: {merged_words(spec, into)}"
    return {"file": obj.get("file") or obj["source"], "source": obj["source"],
            "kind": obj.get("kind"), "rows": rows, "taken": {},
            "folded": {"into": into, "rows": moved}, "merged": dict(spec),
            "not_taken": rows - moved, "reason": reason, "migrated": bool(moved)}


def merged_sources(entries: Sequence[Entry]) -> dict[str, Entry]:
    """The merged files of a map's entries: name -> its merge."""
    return {str(s["source"]): s for e in entries for s in e.get(MERGED) or []}


def merged_words(spec: Mapping[str, Any], into: str) -> str:
    """A merge in words for the report: which columns joined the records, by what, and the
    values not taken because the first file gives others."""
    cols = ", ".join(f"'{c}'" for c in spec.get("columns") or [])
    out = (f"its rows are those records again (alike by {spec['by']['second']}); its "
           f"column{'s' if len(spec.get('columns') or []) != 1 else ''} {cols} joined them")
    if spec.get("conflicts"):
        out += "; values differing from " + into + "'s were not taken (that file wins): " + \
            ", ".join(f"'{c}' in {n} row{'s' if n != 1 else ''}"
                      for c, n in spec["conflicts"].items())
    return out
