"""Tables an export splits over several files, read as one table that remembers its files.

Admin panels split big tables: ``contacts.csv`` + ``contacts_2.csv``, ``Contacts (1).csv``,
``contacts-part-001.csv``, ``accounts_2024.csv`` + ``accounts_2025.csv``, a workbook's sheet
``Contacts (2)`` once the first is full. Read one by one, each part became a source of its
own and the map took the largest, leaving the others out. Here the parts of one table (same
folder or workbook, same name but for a part number) are joined into one source in part
order, columns aligned by name; the source's :class:`~d365migrate.intake.guess.IntakeGuess`
lists every part (file, rows, first row), so that every row of the joined table can be
named again by its own file and row (:func:`locate`, :func:`where_expr`).

A part that cannot be aligned is a finding, never a silent drop: one without the first
part's key column, or sharing too few of its columns, stays a table of its own with a
problem naming it; columns a part lacks or adds are said. The analyst decides otherwise in
the parameters' ``intake:`` block: files given the same ``source`` are one table (whatever
their names), a file given a ``source`` of its own is never joined, ``skip`` leaves it out.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

import polars as pl

from d365migrate.intake.dialect import Problem

__all__ = ["part_files", "parts_evidence", "part_name", "join_parts", "files_label", "locate",
           "where_expr", "repeated_keys", "file_of_rows", "located_rows", "own_key"]

#: A share of the first part's columns a part must have to be joined to it by its name.
MIN_SHARED = 0.5

_PART = (
    re.compile(r"^(?P<base>.*?\S)\s*\((?P<n>\d{1,4})\)$"),  # Contacts (1)
    re.compile(r"^(?P<base>.*?[^\W_])[\s_.-]*(?:part|pt|page|file|chunk|batch|split)"
               r"[\s_.-]*(?P<n>\d{1,4})$", re.I),  # contacts-part-001
    re.compile(r"^(?P<base>.*?[^\W_])[\s_.-]+(?P<n>\d{1,4})$"),  # contacts_2, accounts_2024
)


def part_name(stem: str) -> tuple[str, int | None]:
    """(the table's name, the part number) of a file stem or sheet name; no number: None.
    ``contacts-part-002`` is (contacts, 2); ``Contacts (1)`` is (Contacts, 1)."""
    for pattern in _PART:
        m = pattern.match(stem.strip())
        if m:
            return m["base"], int(m["n"])
    return stem.strip(), None


def _norm(name: str) -> str:
    return re.sub(r"[\W_]+", "", name.casefold())


def files_label(files: list[str]) -> str:
    """How a source of several files is named to people: ``a.csv, b.csv and c.csv``."""
    return files[0] if len(files) == 1 else ", ".join(files[:-1]) + " and " + files[-1]


@dataclass
class _Member:
    source: str
    rel: str  # the file (or ``book.xlsx#sheet``)
    base: str
    number: int | None
    df: pl.DataFrame
    guess: Any
    named: str | None = None  # the source the parameters gave it
    notes: list[str] = field(default_factory=list)


def _container(rel: str) -> str:
    """Parts join within one folder, or one workbook's sheets."""
    if "#" in rel:
        return rel.split("#", 1)[0]
    return PurePosixPath(rel).parent.as_posix()


def _stem(rel: str) -> str:
    return rel.split("#", 1)[1] if "#" in rel else PurePosixPath(rel).stem


def join_parts(exp: Any, named: dict[str, str]) -> None:
    """Join the parts of each split table of a read export (``Export``) into one source.

    ``named``: source -> the ``source`` the parameters gave its file (files given one name
    are one table; a file given a name is never joined by its file name)."""
    members = [_member(exp, s, named.get(s)) for s in list(exp.tables)]
    auto: dict[tuple[str, str], list[_Member]] = {}
    asked: dict[str, list[_Member]] = {}
    for m in members:
        if m.named is None:
            auto.setdefault((_container(m.rel), _norm(m.base)), []).append(m)
        else:
            asked.setdefault(m.named, []).append(m)
    for name, files in asked.items():
        # contacts.csv (and its parts) with the files the parameters call contacts
        found = [k for k, g in auto.items()
                 if any(name in (m.source, _stem(m.rel)) for m in g)]
        own = [m for k in found for m in sorted(auto.pop(k), key=_order)]
        group = own + sorted(files, key=_order)
        if len(group) > 1:
            _join(exp, group, forced={m.source for m in files})
    for group in auto.values():
        if len(group) > 1 and any(m.number is not None for m in group):
            # (the same name twice without a part number: not parts of one table)
            _join(exp, sorted(group, key=_order), forced=set())


def _member(exp: Any, source: str, named: str | None) -> _Member:
    g = exp.guesses[source]
    base, number = part_name(_stem(g.file))
    return _Member(source, g.file, base, number, exp.tables[source], g, named)


def _order(m: _Member) -> tuple[int, int, str]:
    return (0 if m.number is None else 1, m.number or 0, m.rel)


def _key_of(stem: str, df: pl.DataFrame) -> str | None:
    """The first file's own id column: id-like (``id``, ``<table>_id``, ``...id``/``key``, or
    the first column), filled and unique in it; the most id-like first. None without one."""
    table = _norm(part_name(stem)[0])
    ranked = []
    for i, c in enumerate(df.columns):
        n = _norm(c)
        rank = 0 if n in {"id", table + "id", table.rstrip("s") + "id"} else \
            1 if n.endswith(("id", "key", "uuid", "guid")) else 2 if i == 0 else None
        if rank is not None:
            ranked.append((rank, i, c))
    for _, _, c in sorted(ranked):
        s = df[c]
        if df.height and s.null_count() == 0 and s.n_unique() == df.height:
            return c
    return None


def own_key(stem: str, df: pl.DataFrame) -> str | None:
    """A file's own id column (see ``_key_of``): what other files' links name."""
    return _key_of(stem, df)


def _aligned(first: _Member, part: _Member) -> tuple[pl.DataFrame, list[str], list[str]]:
    """The part's table under the first part's column names (alike names: same letters and
    digits, any case), its columns the first lacks, and the first's columns it lacks."""
    mine = {_norm(c): c for c in first.df.columns}
    rename = {c: mine[_norm(c)] for c in part.df.columns
              if c not in first.df.columns and _norm(c) in mine
              and mine[_norm(c)] not in part.df.columns}
    df = part.df.rename(rename)
    extra = [c for c in df.columns if c not in first.df.columns]
    missing = [c for c in first.df.columns if c not in df.columns]
    if rename:
        part.notes.append("columns named differently, read as the first file's: " + ", ".join(
            f"'{a}' as '{b}'" for a, b in rename.items()))
    return df, extra, missing


def _join(exp: Any, group: list[_Member], *, forced: set[str]) -> None:
    """Join ``group`` to its first file; a part that cannot be aligned stays apart, said,
    unless the parameters join it (``forced``: its source)."""
    first = group[0]
    key = _key_of(_stem(first.rel), first.df)
    joined: list[tuple[_Member, pl.DataFrame]] = [(first, first.df)]
    for part in group[1:]:
        df, extra, missing = _aligned(first, part)
        shared = first.df.width - len(missing)
        why = None  # files the analyst joined are joined: what they lack is said
        if part.source in forced:
            pass
        elif key is not None and key in missing:
            why = f"it has no '{key}' column, the key of {first.rel}"
        elif shared < MIN_SHARED * first.df.width:
            why = f"it shares only {shared} of the {first.df.width} columns of {first.rel}"
        if why is not None:
            exp.problems.append(Problem(part.rel, 1, (
                f"named as a part of the same table as {first.rel}, but {why}: read as a table "
                f"of its own, not joined to it (give both files one source in the parameters' "
                "intake block to join them, or a source of its own to keep it apart)"),
                "error"))
            continue
        if df.columns != [c for c in first.df.columns if c in df.columns] + extra:
            part.notes.append("columns in another order, aligned by name")
        if missing:
            part.notes.append(f"no column {', '.join(repr(c) for c in missing)}: empty "
                              f"for its {df.height:,} rows")
        if extra:
            part.notes.append(f"columns the first file lacks, kept: "
                              f"{', '.join(repr(c) for c in extra)} (empty for the other "
                              "files' rows)")
        joined.append((part, df))
    if len(joined) < 2:
        return
    _replace(exp, first, joined, key)


def _replace(exp: Any, first: _Member, joined: list[tuple[_Member, pl.DataFrame]],
             key: str | None) -> None:
    """The parts' sources become one: named as the first (or the table's name when every
    file has a part number and no other source has it)."""
    name = first.source
    if first.number is not None and first.named is None and first.base not in exp.tables:
        name = first.base
    guess = first.guess
    parts, ragged, at = [], [], 0
    for m, df in joined:
        g = m.guess
        parts.append({"file": m.rel, "source": m.source, "rows": g.rows,
                      "rows_read": df.height, "first_row": at + 1,
                      "unread_lines": list(g.unread_lines), "notes": m.notes, "key": key})
        ragged += [[row + at, line, n] for row, line, n in g.ragged_rows]
        at += df.height
    table = pl.concat([df for _, df in joined], how="diagonal")
    keys = [exp._cache_keys.get(m.source) for m, _ in joined]
    gone = {m.source for m, _ in joined}
    for attr, value in (("tables", table), ("guesses", guess)):  # where the first part was
        old = getattr(exp, attr)
        new = {}
        for s, v in old.items():
            if s == first.source:
                new[name] = value
            elif s not in gone:
                new[s] = v
        old.clear()
        old.update(new)
    for m, _ in joined:
        exp._cache_keys.pop(m.source, None)
    guess.file = files_label([p["file"] for p in parts])
    guess.source = name
    guess.rows = sum(int(p["rows"]) for p in parts)
    guess.unread_lines = []  # each file's own, in its part
    guess.ragged_rows = ragged
    guess.parts = parts
    if any(m.guess.parser == "tolerant" for m, _ in joined):
        guess.parser = "tolerant"
    if all(keys):
        exp._cache_keys[name] = hashlib.sha256("+".join(keys).encode()).hexdigest()
    for m, _ in joined[1:]:
        if m.notes:
            exp.problems.append(Problem(m.rel, 1, f"read as part of {first.rel} (one table, "
                                        f"{name}): " + "; ".join(m.notes), "warning"))


# ---------------------------------------------------------------- rows of a joined table

def _starts(parts: list[dict[str, Any]]) -> tuple[pl.Series, list[str]]:
    return (pl.Series([int(p["first_row"]) for p in parts], dtype=pl.Int64),
            [str(p["file"]) for p in parts])


def file_of_rows(rows: pl.Series, parts: list[dict[str, Any]]) -> pl.Series:
    """The file each row of a joined table (1 = its first row) came from."""
    starts, files = _starts(parts)
    at = (starts.search_sorted(rows.cast(pl.Int64), side="right") - 1).clip(0, None)
    return pl.Series(files, dtype=pl.Utf8).gather(at).rename("file")


def locate(frame: pl.DataFrame, parts: list[dict[str, Any]] | None,
           label: str | None = None) -> pl.DataFrame:
    """Issue lines (``file``, ``row`` of the joined table) with each row named by its own file
    and its row there. Only lines whose ``file`` is the joined table's ``label`` change
    (all lines without a label)."""
    if not parts or frame.height == 0 or not {"file", "row"} <= set(frame.columns):
        return frame
    starts, files = _starts(parts)
    rows = frame["row"].cast(pl.Int64)
    at = (starts.search_sorted(rows.fill_null(0), side="right") - 1).clip(0, None)
    mine = pl.Series([True] * frame.height) if label is None else \
        (frame["file"].cast(pl.Utf8) == label).fill_null(False)
    mine = mine & rows.is_not_null()
    own_file = pl.Series(files, dtype=pl.Utf8).gather(at)
    own_row = rows - starts.gather(at) + 1
    return frame.with_columns(
        pl.Series("file", own_file).zip_with(mine, frame["file"].cast(pl.Utf8)),
        pl.Series("row", own_row).zip_with(mine, rows).cast(frame.schema["row"]))


def where_expr(row: pl.Expr, parts: list[dict[str, Any]]) -> pl.Expr:
    """``<file> row <n>`` of a joined table's row number, as a polars expression."""
    expr: pl.Expr = pl.lit(None, pl.Utf8)
    for p in sorted(parts, key=lambda p: int(p["first_row"])):
        start = int(p["first_row"])
        words = pl.concat_str([pl.lit(f"{p['file']} row "), (row - start + 1).cast(pl.Utf8)])
        expr = pl.when(row >= start).then(words).otherwise(expr)
    return expr


def repeated_keys(df: pl.DataFrame, key: str, parts: list[dict[str, Any]],
                  limit: int = 20) -> tuple[int, list[str]]:
    """Key values a joined table repeats across its files: how many, and up to ``limit``
    worded as ``'42': contacts.csv row 3 and contacts_2.csv row 7``."""
    numbered = df.select(pl.col(key).cast(pl.Utf8).str.strip_chars().alias("k")) \
        .with_row_index("row", offset=1).filter(pl.col("k").is_not_null() & (pl.col("k") != ""))
    numbered = numbered.with_columns(
        file_of_rows(numbered["row"].cast(pl.Int64), parts).alias("file"))
    spread = numbered.group_by("k", maintain_order=True).agg(
        pl.col("file").n_unique().alias("files"), pl.col("row"))
    across = spread.filter(pl.col("files") > 1)
    shown = []
    for r in across.head(limit).iter_rows(named=True):
        where = located_rows(r["row"], parts)
        shown.append(f"'{r['k']}': " + " and ".join(where))
    return across.height, shown


def located_rows(rows: Iterable[int], parts: list[dict[str, Any]]) -> list[str]:
    """``<file> row <n>`` of each row of a joined table."""
    rows = list(rows)
    frame = pl.DataFrame({"file": [None] * len(rows), "row": rows},
                         schema={"file": pl.Utf8, "row": pl.Int64})
    out = locate(frame, parts)
    return [f"{f} row {n}" for f, n in out.iter_rows()]


def part_files(guess: Any) -> list[dict[str, Any]]:
    """The files of a table intake joined from several (intake/parts.py), as discovery
    keeps them; [] for a table of one file."""
    return [{"file": p["file"], "rows": int(p["rows_read"]), "first_row": int(p["first_row"]),
             "notes": list(p.get("notes") or []), "key": p.get("key")}
            for p in (getattr(guess, "parts", None) or [])]


def parts_evidence(files: list[dict[str, Any]]) -> list[str]:
    """How a table of several files reads in the scope document: one table, each file."""
    if not files:
        return []
    each = ", ".join(f"{f['file']} ({f['rows']:,} rows)" for f in files)
    notes = [f"{f['file']}: {'; '.join(f['notes'])}" for f in files if f["notes"]]
    return [f"one table in {len(files)} files, read in this order: {each}"] + notes
