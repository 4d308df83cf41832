"""Benchmark: what looking for shifted rows costs staging.

Generates (once, cached under the output folder) a SmartDesk export of N contacts and N/10
companies with their users, proposes and confirms the map, then stages accounts and contacts
with and without :func:`d365migrate.staging.shifted.held_back`, alternated, twice each, and
prints the ratio of the best times (the sample's dirty rows are the candidates the detection
examines row by row).

    python benchmarks/shifted_rows.py [--dir /tmp/d365-bench] [--contacts 100000]

The last line is JSON: {"contacts", "with_s", "without_s", "ratio", "shifted"}.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import polars as pl

from d365migrate.demo.sample_export import write_sample_export
from d365migrate.intake.discover import discover
from d365migrate.intake.read import read_export
from d365migrate.mapping.accuracy import load_table_defs
from d365migrate.mapping.mapfile import confirm, table_map
from d365migrate.mapping.propose import propose_mapping
from d365migrate.staging import shifted
from d365migrate.staging.stage import stage_table

TABLES = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" / "tables"
UNITS = ("account", "contact")


def _stage(mapping: dict, export, defs: dict) -> tuple[float, int]:
    """Seconds to stage every unit, and the rows held back as shifted."""
    t = time.perf_counter()
    held = 0
    for unit in UNITS:
        tmap = table_map(mapping, unit)
        source = tmap["source"]
        r = stage_table(mapping, unit, export.tables, {source: export.guesses[source].file},
                        export.guesses[source], defs[tmap["target"]])
        held += r.quarantined.filter(pl.col("reason").str.starts_with(
            "values appear shifted")).height
    return time.perf_counter() - t, held


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--dir", default="/tmp/d365-bench")
    ap.add_argument("--contacts", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=42)
    args = ap.parse_args(argv)
    root = Path(args.dir) / f"shifted-{args.contacts}-{args.seed}"
    if not (root / "contacts.csv").exists():
        write_sample_export(root, seed=args.seed, counts={
            "contacts": args.contacts, "companies": max(args.contacts // 10, 10)},
            only={"users", "companies", "contacts"})
    export = read_export(root)
    defs = load_table_defs(TABLES)
    mapping = confirm(propose_mapping(export, discover(export), defs, list(UNITS),
                                      source_id_column="new_sourceid").mapping, "benchmark")
    real = shifted.held_back
    timings: dict[bool, list[float]] = {True: [], False: []}
    held = 0
    for check in (False, True, False, True):  # alternated, the best of two each
        shifted.held_back = real if check else (
            lambda df, *a, **k: (df, real(df.clear(), *a, **k)[1]))
        try:
            seconds, n = _stage(mapping, export, defs)
        finally:
            shifted.held_back = real
        timings[check].append(seconds)
        held = n if check else held
    with_s, without_s = min(timings[True]), min(timings[False])
    ratio = with_s / without_s
    print(f"staging {', '.join(UNITS)} ({args.contacts:,} contacts): {with_s:.2f} s with the "
          f"shifted-row check, {without_s:.2f} s without: {ratio:.2f}x ({held} rows shifted)")
    print(json.dumps({"contacts": args.contacts, "with_s": round(with_s, 3),
                      "without_s": round(without_s, 3), "ratio": round(ratio, 3),
                      "shifted": held}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
