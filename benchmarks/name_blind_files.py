"""Benchmark: files identified by their content alone (issue 13), name-blind.

A customer's admin panel may name its files ``export_2026-11-30.csv``, ``Sheet1`` or
``report (3).xlsx``: what a file holds must then be told from its headers and values. Each
public export's files (``tests/data/exports/<name>/``, git-ignored data) are copied to a
temporary folder under neutral names (``file_01.csv``, ``file_02.csv``... in a shuffled
order, the extension kept), read and discovered there, and each file's kind is scored against
its answer key (``tests/data/answer_keys``) the way ``tests/test_public_exports.py`` scores
files, after mapping the neutral name back to the key's.

Each file counts as one of: right (a kind the key accepts), unsure (not placed: named
``unknown``, or named a kind with an ``unsure:`` line for the analyst) or wrong (a kind the
key does not accept, said with no doubt). With names, the same exports score as
``tests/test_public_exports.py`` prints (``--names`` measures that too, for comparison).

Each file is given its own source (the parameters' ``intake: {file_01.csv: {source:
file_01}}``) so that numbered names are never joined as parts of one table: joining is not
what is measured here.

    python benchmarks/name_blind_files.py [--only NAME ...] [--names] [--misses]
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "src"))

from d365migrate.intake.discover import discover  # noqa: E402
from d365migrate.intake.read import read_export  # noqa: E402

EXPORTS = ROOT / "tests" / "data" / "exports"
KEYS = ROOT / "tests" / "data" / "answer_keys"
TABLE_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".xls")


def _baselines() -> dict[str, str]:
    """Export folder -> its answer key's file, as tests/test_public_exports.py lists them."""
    from test_public_exports import BASELINES  # type: ignore[import-not-found]
    return {name: key for name, (key, _) in BASELINES.items()}


def _verdict(kind: str | None, evidence: list[str], want: list[str]) -> str:
    if kind in want:
        return "right"
    if kind in (None, "unknown") or any(e.startswith("unsure") for e in evidence):
        return "unsure"
    return "wrong"


def measure(name: str, key_file: str, *, blind: bool = True, stem: str = "file",
            seed: int = 13) -> dict[str, Any] | None:
    """One export's files: right/unsure/wrong against its key, and each miss."""
    folder = EXPORTS / name
    files = sorted(p for p in folder.glob("*") if p.suffix.lower() in TABLE_SUFFIXES)
    if not files:
        return None
    key = yaml.safe_load((KEYS / key_file).read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="nameblind-") as tmp:
        back: dict[str, str] = {}
        overrides: dict[str, Any] = {}
        order = list(files)
        random.Random(seed).shuffle(order)
        for i, p in enumerate(order, 1):
            neutral = f"{stem}_{i:02d}" if blind else p.stem
            shutil.copyfile(p, Path(tmp) / f"{neutral}{p.suffix}")
            back[neutral] = p.stem
            overrides[f"{neutral}{p.suffix}"] = {"source": neutral}
        export = read_export(Path(tmp), overrides)
        found = {back.get(o.source, o.source): (o.name, o.evidence)
                 for o in discover(export).objects}
    out: dict[str, Any] = {"right": 0, "unsure": 0, "wrong": 0, "total": 0, "misses": []}
    for source, spec in key["files"].items():
        want = spec["kind"] if isinstance(spec["kind"], list) else [spec["kind"]]
        kind, evidence = found.get(str(source), (None, []))
        verdict = _verdict(kind, evidence, want)
        out[verdict] += 1
        out["total"] += 1
        if verdict != "right":
            out["misses"].append((str(source), kind, want, verdict))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", nargs="*", default=None, help="export folder names")
    ap.add_argument("--names", action="store_true",
                    help="also measure with the files' own names, for comparison")
    ap.add_argument("--misses", action="store_true", help="list every miss")
    ap.add_argument("--stem", default="file",
                    help="the neutral names' word: file_01.csv (default), export_01.csv...")
    args = ap.parse_args(argv)
    totals = {"right": 0, "unsure": 0, "wrong": 0, "total": 0}
    named_totals = [0, 0]
    for name, key_file in _baselines().items():
        if args.only and name not in args.only:
            continue
        res = measure(name, key_file, stem=args.stem)
        if res is None:
            print(f"{name}: data absent, skipped")
            continue
        for k in totals:
            totals[k] += res[k]
        line = (f"{name}: by content {res['right']}/{res['total']}"
                f" (unsure {res['unsure']}, wrong {res['wrong']})")
        if args.names:
            named = measure(name, key_file, blind=False)
            assert named is not None
            named_totals[0] += named["right"]
            named_totals[1] += named["total"]
            line += f"; with names {named['right']}/{named['total']}"
        print(line)
        if args.misses:
            for source, kind, want, verdict in res["misses"]:
                print(f"  {verdict}: {source} named {kind}, key {want}")
    r, t = totals["right"], totals["total"]
    print(f"TOTAL by content: {r}/{t} ({r / max(t, 1):.1%}); unsure {totals['unsure']}, "
          f"wrong {totals['wrong']}")
    if args.names:
        print(f"TOTAL with names: {named_totals[0]}/{named_totals[1]} "
              f"({named_totals[0] / max(named_totals[1], 1):.1%})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
