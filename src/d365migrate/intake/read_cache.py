"""The run folder's ``intake_cache/``: each export CSV as the first step read it.

Later steps of a run read the same bytes again; parsing and type inference are the costly
part at scale, so a file whose bytes (SHA-256) and reading options match an entry is taken
from it. Reading still walks the export under every guard (:mod:`d365migrate.intake.read`);
only the parsed table, its guess and problems, and its column inference are kept here.
Knows nothing of the reader's classes, so it imports nothing of the reader."""
from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl

__all__ = ["CACHE_VERSION", "cache_key", "cached_columns", "load_entry", "store_entry"]

#: Bump when reading or inferring changes what a file gives: older cache entries then miss.
CACHE_VERSION = "9"  # 2: ragged rows kept as shift evidence; 3: header problems name their line;
# 4: digits in blocks other than thousands groups (phone numbers) are no number; 5: a cell's
# formula guard (an apostrophe before = + - @) read off; asctime dates; 6: RFC 1123 dates,
# a date in words before a comma and the clock, months named in European languages; 7: MySQL's
# zero date ('0000-00-00') no evidence of a type; 8: CLDR's date, comma, clock ('Jul 1, 2008,
# 12:34:56 PM' with its narrow no-break space); 9: CLDR's long date-times ('12 de septiembre
# de 2012 a las 18:08'), a dollar with its country's letters ('15,00 $US'), a clock's 'p.m.'


def cache_key(parts: list[Any], data: bytes) -> str:
    """The file's bytes (SHA-256) and everything else its reading depends on (``parts``)."""
    h = hashlib.sha256()
    h.update(json.dumps([CACHE_VERSION, pl.__version__, *parts], sort_keys=True,
                        default=str).encode())
    h.update(data)
    return h.hexdigest()


def load_entry(folder: Path, key: str) -> tuple[pl.DataFrame | None, dict[str, Any]] | None:
    """A file read before: its table (None for a file that gave none) and its metadata.
    None when there is no entry or it cannot be read (then the file is read again)."""
    try:
        meta = json.loads((folder / f"{key}.json").read_text(encoding="utf-8"))
        df = pl.read_parquet(folder / f"{key}.parquet") if meta["table"] else None
        return df, meta
    except (OSError, ValueError, TypeError, KeyError, pl.exceptions.PolarsError):
        return None


def _write_atomic(path: Path, write: Callable[[Path], Any]) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    write(tmp)
    os.replace(tmp, path)


def store_entry(folder: Path, key: str, df: pl.DataFrame | None, meta: dict[str, Any]) -> None:
    """Keep what reading one file gave; a cache that cannot be written costs only time."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if df is not None:
            _write_atomic(folder / f"{key}.parquet", df.write_parquet)
        body = json.dumps({**meta, "table": df is not None})
        _write_atomic(folder / f"{key}.json", lambda p: p.write_text(body, encoding="utf-8"))
    except OSError:
        pass


def cached_columns(folder: Path | None, key: str | None, df: pl.DataFrame,
                   infer: Callable[[pl.DataFrame], dict[str, dict[str, Any]]]
                   ) -> dict[str, dict[str, Any]]:
    """``infer`` of a table (what each column holds, by column), kept beside its cached read
    (the most costly part of reading a large export)."""
    path = folder / f"{key}.columns.json" if key and folder is not None else None
    if path is not None:
        try:
            infos = json.loads(path.read_text(encoding="utf-8"))
            if list(infos) == df.columns:
                return infos
        except (OSError, ValueError):
            pass
    infos = infer(df)
    if path is not None:
        try:
            _write_atomic(path, lambda p: p.write_text(json.dumps(infos), encoding="utf-8"))
        except (OSError, TypeError, ValueError):
            pass
    return infos
