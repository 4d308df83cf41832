"""Benchmark: discovery + profiling (fuzzy duplicates included) of a 1M-contact export.

Generates (once, cached under the output folder) a SmartDesk export with 1,000,000
contacts, 100,000 companies and its users, then times `read_export` + `discover` +
`profile_export` against a bare `polars.read_csv` of the same files, and reports peak
memory (RSS high-water mark of this process). Targets: < 30 s and < 4 GiB.

    python benchmarks/discovery_profile.py [--dir /tmp/d365-bench] [--contacts 1000000]
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

import polars as pl

from d365migrate.demo.sample_export import write_sample_export
from d365migrate.intake.discover import discover
from d365migrate.intake.profile import profile_export
from d365migrate.intake.read import read_export


def _peak_gib() -> float:
    # ru_maxrss is KiB on Linux
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024**2


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--dir", default="/tmp/d365-bench")
    ap.add_argument("--contacts", type=int, default=1_000_000)
    ap.add_argument("--companies", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=42)
    args = ap.parse_args(argv)
    root = Path(args.dir) / f"export-{args.contacts}-{args.companies}-{args.seed}"
    if not (root / "contacts.csv").exists():
        t = time.perf_counter()
        counts = write_sample_export(root, seed=args.seed, counts={
            "contacts": args.contacts, "companies": args.companies},
            only={"users", "companies", "contacts"})
        print(f"generated {counts} in {time.perf_counter() - t:.1f} s")
    files = sorted(root.glob("*.csv"))
    size = sum(f.stat().st_size for f in files)

    t = time.perf_counter()
    for f in files:
        pl.read_csv(f, infer_schema=False)
    bare = time.perf_counter() - t

    t0 = time.perf_counter()
    export = read_export(root)
    t1 = time.perf_counter()
    disc = discover(export)
    t2 = time.perf_counter()
    prof = profile_export(export, disc)
    t3 = time.perf_counter()
    total = t3 - t0
    peak = _peak_gib()
    rows = {k: v.height for k, v in export.tables.items()}
    fuzzy = prof.duplicates.filter(pl.col("rule") == "fuzzy_name")["records"].sum()
    print(f"input: {rows} ({size / 1024**2:.0f} MiB)")
    print(f"bare polars read:   {bare:6.2f} s")
    print(f"read_export:        {t1 - t0:6.2f} s")
    print(f"discover:           {t2 - t1:6.2f} s")
    print(f"profile_export:     {t3 - t2:6.2f} s  (fuzzy duplicate pairs: {fuzzy:,})")
    print(f"total:              {total:6.2f} s  = {total / bare:.1f}x bare read")
    print(f"peak memory (RSS):  {peak:6.2f} GiB")
    ok = total < 30 and peak < 4
    print("within targets (< 30 s, < 4 GiB):", "yes" if ok else "NO")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
