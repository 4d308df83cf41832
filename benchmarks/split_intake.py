"""Benchmark: reading, discovering and profiling an export whose contacts come in several
files, against the same export with its contacts in one file.

Writes a SmartDesk sample export (contacts set by ``--contacts``) and a copy with its
contacts cut into ``--parts`` files (every other part's columns reversed), then times
``read_export`` + ``discover`` + ``profile_export`` of each, best of ``--repeat``. The ratio
(split / one file) is the cost of joining the parts; the last line is JSON.

    python benchmarks/split_intake.py [--dir /tmp/d365-split] [--contacts 200000] [--parts 3]
"""

from __future__ import annotations

import argparse
import json
import shutil
import time
from pathlib import Path

import polars as pl

from d365migrate.demo.sample_export import write_sample_export
from d365migrate.intake.discover import discover
from d365migrate.intake.profile import profile_export
from d365migrate.intake.read import read_export


def split_copy(one: Path, split: Path, parts: int) -> None:
    """``split``: ``one`` with contacts.csv cut into ``parts`` files."""
    if split.exists():
        shutil.rmtree(split)
    shutil.copytree(one, split)
    df = pl.read_csv(split / "contacts.csv", infer_schema=False)
    (split / "contacts.csv").unlink()
    cut = [round(i * df.height / parts) for i in range(parts + 1)]
    for i in range(parts):
        part = df.slice(cut[i], cut[i + 1] - cut[i])
        if i % 2:
            part = part.select(list(reversed(part.columns)))
        part.write_csv(split / ("contacts.csv" if i == 0 else f"contacts_{i + 1}.csv"))


def timed(export: Path) -> tuple[float, int]:
    start = time.perf_counter()
    exp = read_export(export)
    found = discover(exp)
    profile_export(exp, found)
    return time.perf_counter() - start, next(o.rows for o in found.objects
                                             if o.name == "contact")


def best_of(one: Path, split: Path, repeat: int) -> tuple[float, float, int, int]:
    """Best time of each, run in turns (one, split, one, ...) after a warm-up read, so
    that neither gains from going second."""
    timed(one)
    t_one = t_split = float("inf")
    rows_one = rows_split = 0
    for _ in range(repeat):
        t, rows_one = timed(one)
        t_one = min(t_one, t)
        t, rows_split = timed(split)
        t_split = min(t_split, t)
    return t_one, t_split, rows_one, rows_split


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--dir", default="/tmp/d365-split")
    ap.add_argument("--contacts", type=int, default=200_000)
    ap.add_argument("--parts", type=int, default=3)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    one, split = Path(args.dir) / "one", Path(args.dir) / "split"
    if one.exists():
        shutil.rmtree(one)
    write_sample_export(one, seed=42, counts={"contacts": args.contacts,
                                              "companies": max(1, args.contacts // 10)})
    split_copy(one, split, args.parts)
    t_one, t_split, rows_one, rows_split = best_of(one, split, args.repeat)
    assert rows_one == rows_split, (rows_one, rows_split)
    print(f"one file:   {t_one:.2f} s for {rows_one:,} contacts")
    print(f"{args.parts} files:    {t_split:.2f} s (read, discovered and profiled as one table)")
    print(json.dumps({"benchmark": "split_intake", "contacts": rows_one, "parts": args.parts,
                      "seconds_one_file": round(t_one, 3), "seconds_split": round(t_split, 3),
                      "ratio_split_to_one": round(t_split / t_one, 3)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
