"""How long ``discover``, ``suggest`` and ``run`` take as a user times them (issue 13).

Each command runs as its own ``d365migrate`` process (wall clock, embedded emulator) on every
public export with a parameters file (``tests/data/exports/<name>/parameters.yml``) and on the
sample export at ``make demo`` scale. The yardstick, measured in the same run, is a bare
polars read of the same files, also a fresh process (interpreter, ``import polars``, every
CSV read; a file polars refuses, with the csv module): each command's time is printed
as a ratio to it, with the run's own breakdown per
notebook (kernel start, imports, the step, the rest) from papermill's cell timings, and each
command's CPU seconds (the kernel's included), which a loaded machine changes far less.
The last line is JSON. Usage: ``python benchmarks/command_times.py [--repeat N] [name ...]``:
with ``--repeat``, each export's three commands run N times (a fresh run folder each) and
the figures are the medians, each run's figures beside them (a shared machine's wall clock
moves by a third from one run to the next).
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
PUBLIC = ROOT / "tests" / "data" / "exports"
SRC = ROOT / "src"
ENV = {**os.environ, "PYTHONPATH": f"{SRC}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
# A file polars refuses (orocrm-demo: ragged rows, quoted fields after a space) is read as a
# peer would then read it, whole with Python's csv module, each row cut or padded to the
# header's width, as our own reader's tolerant path does for such a file.
BARE_READ = ("import csv, sys, polars as pl\n"
             "for f in sys.argv[1:]:\n"
             "    try:\n"
             "        pl.read_csv(f, infer_schema=False)\n"
             "    except Exception:\n"
             "        with open(f, newline='', encoding='utf-8', errors='replace') as h:\n"
             "            head, *rows = csv.reader(h, skipinitialspace=True)\n"
             "        n = len(head)\n"
             "        pl.DataFrame([(r + [None] * n)[:n] for r in rows], orient='row',\n"
             "                     schema=[f'c{i}' for i in range(n)])\n")


CPU: dict[str, float] = {}  # the last command's CPU seconds, its children (the kernel) included


def timed(args: list[str], cwd: Path) -> float:
    """Wall-clock seconds of one process (its CPU seconds, kernel included, in ``CPU``: on a
    shared machine the wall clock says how loaded it was, the CPU time what the command
    costs); a failing command raises :class:`CommandFailed`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(args, cwd=cwd, env=ENV, capture_output=True, text=True)
    took = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU["last"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode:
        lines = done.stderr.strip().splitlines() or [""]
        why = next((ln for ln in lines if "failed" in ln or "blocking" in ln), lines[-1])
        raise CommandFailed(f"{' '.join(args[2:4])} failed ({done.returncode}): {why[:300]}")
    return took


class CommandFailed(RuntimeError):
    """A command that did not finish: the export is reported as such and the others timed
    (Pure Aloe's run stops at the preflight in an org without its unit group, which its
    end-to-end test creates first)."""


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "d365migrate.cli", *args]


def notebook_breakdown(run_dir: Path) -> dict[str, dict[str, float]]:
    """Per executed notebook: kernel (start and shutdown), imports (the cell opening the run),
    step (the cell calling ``steps.*``) and the rest (tables and charts), in seconds."""
    out = {}
    for nb in sorted(run_dir.glob("0*.ipynb")):
        data = json.loads(nb.read_text(encoding="utf-8"))
        total = data["metadata"].get("papermill", {}).get("duration") or 0.0
        parts = {"imports": 0.0, "step": 0.0, "rest": 0.0}
        for cell in data["cells"]:
            if cell["cell_type"] != "code":
                continue
            took = cell["metadata"].get("papermill", {}).get("duration") or 0.0
            src = "".join(cell["source"])
            kind = ("imports" if "open_run(" in src else
                    "step" if "_step(" in src else "rest")
            parts[kind] += took
        parts["kernel"] = max(total - sum(parts.values()), 0.0)
        out[nb.stem] = {k: round(v, 2) for k, v in parts.items()} | {"total": round(total, 2)}
    return out


def cases(tmp: Path, names: list[str]) -> list[tuple[str, Path, dict]]:
    """(name, export folder, parameters) of each export to time; the sample export is
    written first, as ``make demo`` does."""
    found = []
    for params_file in sorted(PUBLIC.glob("*/parameters.yml")):
        name = params_file.parent.name
        if names and name not in names:
            continue
        params = yaml.safe_load(params_file.read_text(encoding="utf-8"))
        export = (params_file.parent / params["export"]).resolve()
        if any(export.glob("*.csv")):
            found.append((name, export, params))
    if not names or "demo" in names:
        params = yaml.safe_load((ROOT / "parameters" / "demo.yml").read_text(encoding="utf-8"))
        export = tmp / "demo-export"
        sample = params.pop("sample_export")
        timed(cli("sample-export", str(export), "--seed", str(sample["seed"]),
                  "--scale", str(sample["scale"])), ROOT)
        found.append(("demo", export, params))
    return found


def _one_run(work: Path, name: str, export: Path, params: dict) -> dict:
    """One export's yardstick and three commands, each timed as its own process."""
    files = sorted(str(f) for f in export.glob("*.csv"))
    bare = timed([sys.executable, "-c", BARE_READ, *files], ROOT)
    work.mkdir()
    params = {**params, "export": str(export), "runs_dir": str(work / "runs")}
    params_file = work / "parameters.yml"
    params_file.write_text(yaml.safe_dump(params), encoding="utf-8")
    commands = {
        "discover": cli("discover", str(export), "--out", str(work / "d")),
        "suggest": cli("suggest", str(export), "--out", str(work / "map.yml"),
                       "--objects", ",".join(params["objects"])),
        "run": cli("run", str(params_file)),
    }
    times, cpu = {}, {}
    load = round(os.getloadavg()[0], 2)  # how busy the machine was as this one began
    for command, args in commands.items():
        times[command] = timed(args, ROOT)
        cpu[command] = CPU["last"]
    run_dir = max((work / "runs" / params["engagement"]).glob("2*"))
    r = {"load_average_1min": load, "bare_read_s": round(bare, 2),
         **{f"{c}_s": round(t, 2) for c, t in times.items()},
         **{f"{c}_ratio": round(t / bare, 1) for c, t in times.items()},
         **{f"{c}_cpu_s": round(t, 2) for c, t in cpu.items()},
         "run_notebooks": notebook_breakdown(run_dir)}
    # the run outside its notebooks: CLI and papermill imports before the first
    # notebook, run.json, the HTML left to render, the sponsor report, the shutdown
    r["run_outside_notebooks_s"] = round(times["run"] - sum(
        nb["total"] for nb in r["run_notebooks"].values()), 2)
    print(f"{name:20} bare read {bare:5.2f} s | discover {r['discover_ratio']:5.1f}x "
          f"suggest {r['suggest_ratio']:5.1f}x run {r['run_ratio']:5.1f}x "
          f"({times['discover']:.1f} / {times['suggest']:.1f} / {times['run']:.1f} s; "
          f"CPU {cpu['discover']:.1f} / {cpu['suggest']:.1f} / {cpu['run']:.1f} s; "
          f"load {load})",
          flush=True)
    for nb, parts in r["run_notebooks"].items():
        print(f"    {nb:20} " + " ".join(f"{k} {v:5.2f}" for k, v in parts.items()))
    print(f"    {'outside notebooks':20} {r['run_outside_notebooks_s']:5.2f}")
    return r


def _medians(runs: list[dict]) -> dict:
    """The runs' median of each figure, each run's figures beside it (``runs``)."""
    out: dict = {"repeat": len(runs), "runs": runs}
    for key in ("load_average_1min", "bare_read_s", *(f"{c}_{k}" for c in
                ("discover", "suggest", "run") for k in ("s", "ratio", "cpu_s"))):
        out[key] = round(statistics.median(r[key] for r in runs), 2)
    return out


def main(names: list[str], repeat: int = 1) -> dict:
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as scratch:
        tmp = Path(scratch)
        for name, export, params in cases(tmp, names):
            try:
                runs = [_one_run(tmp / f"{name}-{i}", name, export, params)
                        for i in range(repeat)]
            except CommandFailed as exc:
                print(f"{name:20} not timed: {exc}", flush=True)
                results[name] = {"failed": str(exc)}
                continue
            r = results[name] = runs[-1] if repeat == 1 else _medians(runs)
            if repeat > 1:
                print(f"{name:20} median of {repeat}: "
                      f"{r['discover_s']:.1f} / {r['suggest_s']:.1f} / {r['run_s']:.1f} s; "
                      f"CPU {r['discover_cpu_s']:.1f} / {r['suggest_cpu_s']:.1f} / "
                      f"{r['run_cpu_s']:.1f} s", flush=True)
    return {"benchmark": "command_times", "at": datetime.now().isoformat(timespec="seconds"),
            "load_average": [round(x, 2) for x in os.getloadavg()],
            "ratio_to": "a bare polars read of the same files (fresh process)",
            "exports": results}


if __name__ == "__main__":
    args = sys.argv[1:]
    repeat = 1
    if args[:1] == ["--repeat"]:
        repeat, args = int(args[1]), args[2:]
    print(json.dumps(main(args, repeat)))
