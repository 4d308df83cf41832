"""A million-record rehearsal: the whole run on a large sample export, time and memory per phase
(issue 15).

The sample SmartDesk export is generated at the scale that gives about ``--rows`` rows across
all its files (rows grow linearly with the scale: the benchmark measures the rows a scale-10
export has and divides), into a temporary folder. The run's steps then run in this process
as the notebooks call them (``run.steps``: profile, mapping, stage + validate, load,
reconcile), each on its own ``RunContext`` as each notebook kernel opens one, against the
embedded emulator (in-process, WSGI) with service-protection limits set so high they never
bind: this measures our own work, not the org's limits.

Per phase it prints the wall time, this process's CPU time (all its threads: on a shared
machine wall time also counts the others' work) and the peak resident memory (RSS) of this
process during the phase, sampled every 20 ms by a thread with ``psutil`` (the whole run's
peak is also taken from ``resource.getrusage(RUSAGE_SELF).ru_maxrss``, which sampling cannot miss).

Then, on the contacts file of the same export: a bare ``polars.read_csv`` of it against
staging + validation of contacts alone (``stage_table`` + ``validate_staged`` under the run's
confirmed map, the export already read and Great Expectations imported), with the ratio
(issue 15's target: within 10x the bare read) and which of the two is the slow one.

``--contacts-only`` stops the run after mapping and measures the contacts alone (quick, for
the 10x target at a large size). ``--profile PHASE[,PHASE]`` runs those phases under cProfile
and prints, for each, the package's 25 costliest functions (cumulative) and the 15 that
spend the most time themselves.

Run: ``nice -n 10 .venv/bin/python benchmarks/scale_rehearsal.py --rows 20000``. The last
line printed is one JSON object with ``rows``, ``scale``, ``phases`` ({phase: {seconds,
cpu_seconds, peak_mib}}), ``peak_mib`` (whole process), ``contacts`` (rows, bare read, staging,
validation, ``ratio_stage_validate_to_read``), ``balanced`` and ``slow`` (what falls short).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import resource
import signal
import sys
import tempfile
import threading
import time
import tracemalloc
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import httpx
import polars as pl
import psutil
import yaml

from d365migrate.dataverse import DataverseClient, StaticToken
from d365migrate.dataverse.destination import EMBEDDED_BASE_URL
from d365migrate.run import steps
from d365migrate.run.context import RunContext, write_run_json

ROOT = Path(__file__).resolve().parent.parent
TARGET_RATIO = 10.0  # staging + validation of contacts within 10x a bare read (issue 15)
TARGET_PEAK_MIB = 4096.0  # the whole run under 4 GiB (issue 15)
MIB = 1024 * 1024
#: Service protection that never binds: the rehearsal measures our work, not the org's limits.
GENEROUS = {"max_requests": 10**9, "max_exec_ms": 10**12, "max_concurrent": 10**6}


# -- memory ------------------------------------------------------------------------------------
class PeakRss:
    """The highest RSS of this process while the block runs (a sampling thread)."""

    def __init__(self, every: float = 0.02) -> None:
        self.every = every
        self.peak = 0
        self._stop = threading.Event()
        self._proc = psutil.Process()

    def _sample(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._proc.memory_info().rss)
            self._stop.wait(self.every)

    def __enter__(self) -> PeakRss:
        self.peak = self._proc.memory_info().rss
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *_: Any) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._proc.memory_info().rss)


def process_peak_mib() -> float:
    """ru_maxrss is in KiB on Linux."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- the export --------------------------------------------------------------------------------
def rows_per_scale(seed: int) -> float:
    """Rows of every file of a scale-10 export, per unit of scale (rows grow linearly)."""
    from d365migrate.demo.sample_export import write_sample_export

    with tempfile.TemporaryDirectory(prefix="rehearsal-calibrate-") as tmp:
        return sum(write_sample_export(Path(tmp), seed=seed, scale=10.0).values()) / 10.0


def write_parameters(folder: Path, export: Path) -> Path:
    """``parameters/demo.yml`` (its decisions and confirmation) on this export and folder."""
    raw = yaml.safe_load((ROOT / "parameters" / "demo.yml").read_text(encoding="utf-8"))
    raw.update({"engagement": "rehearsal", "export": str(export),
                "runs_dir": str(folder / "runs")})
    raw.pop("sample_export", None)
    path = folder / "rehearsal.yml"
    path.write_text(yaml.safe_dump(raw, sort_keys=False), encoding="utf-8")
    return path


def open_ctx(parameters: Path, run_dir: Path, users: Path) -> RunContext:
    """What a notebook kernel opens; the embedded emulator with limits that never bind."""
    from dataverse_emulator import create_app
    from dataverse_emulator.limits import Limits

    ctx = RunContext.open(parameters, run_dir)
    dest = ctx.destination
    assert dest.kind == "embedded-emulator" and dest.state_file
    Path(dest.state_file).parent.mkdir(parents=True, exist_ok=True)
    app = create_app(dest.state_file, users_csv=str(users), limits=Limits(**GENEROUS))
    ctx.__dict__["client"] = DataverseClient(EMBEDDED_BASE_URL, StaticToken(),
                                             transport=httpx.WSGITransport(app=app))
    return ctx


# -- measuring ---------------------------------------------------------------------------------
class GrowthTrace:
    """What a phase holds at its fullest, by the line that allocated it: tracemalloc's
    snapshot taken every ``every`` seconds, the largest kept, compared with the phase's
    start (Python allocations only; polars' and sqlite's own memory is not traced)."""

    def __init__(self, every: float = 5.0) -> None:
        self.every = every
        self._stop = threading.Event()
        self.largest: tracemalloc.Snapshot | None = None
        self.size = 0

    def _sample(self) -> None:
        while not self._stop.wait(self.every):
            self._take()

    def _take(self) -> None:
        size = tracemalloc.get_traced_memory()[0]
        if size >= self.size:
            self.size, self.largest = size, tracemalloc.take_snapshot()

    def __enter__(self) -> GrowthTrace:
        tracemalloc.start(8)
        self.start = tracemalloc.take_snapshot()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *_: Any) -> None:
        self._stop.set()
        self._thread.join()
        self._take()
        tracemalloc.stop()

    def text(self, top: int = 25) -> str:
        assert self.largest is not None
        keep = [tracemalloc.Filter(False, tracemalloc.__file__)]
        diff = self.largest.filter_traces(keep).compare_to(self.start.filter_traces(keep),
                                                          "traceback")
        lines = [f"traced at the fullest: {self.size / MIB:,.0f} MiB"]
        for stat in diff[:top]:
            lines.append(f"+{stat.size_diff / MIB:,.1f} MiB in {stat.count_diff:+,} blocks")
            lines += [f"    {f.filename}:{f.lineno}" for f in stat.traceback[-4:]]
        return "\n".join(lines)


class Phases:
    """Seconds and peak RSS per phase; one phase may run under cProfile, one under
    tracemalloc (:class:`GrowthTrace`)."""

    def __init__(self, profile: str | None, trace: str | None = None) -> None:
        self.seconds: dict[str, float] = {}
        self.cpu: dict[str, float] = {}  # this process's CPU seconds (all threads)
        self.peak: dict[str, float] = {}
        self.profile = set((profile or "").split(",")) - {""}
        self.profile_text: dict[str, str] = {}
        self.trace = trace

    def run(self, name: str, fn: Callable[[], Any]) -> Any:
        if name == self.trace:
            with GrowthTrace() as grown:
                try:
                    return self._run(name, fn)
                finally:
                    self.profile_text[f"{name} (tracemalloc)"] = grown.text()
        return self._run(name, fn)

    def _run(self, name: str, fn: Callable[[], Any]) -> Any:
        prof = cProfile.Profile() if name in self.profile else None
        print(f"[{time.strftime('%H:%M:%S')}] {name} ...", flush=True)
        with PeakRss() as rss:
            t, cpu = time.perf_counter(), time.process_time()
            try:
                if prof:
                    prof.enable()
                return fn()
            finally:
                if prof:
                    prof.disable()
                self.seconds[name] = time.perf_counter() - t
                self.cpu[name] = time.process_time() - cpu
                self.peak[name] = rss.peak / MIB
                print(f"    {name}: {self.seconds[name]:,.1f} s ({self.cpu[name]:,.1f} s CPU), "
                      f"peak RSS {self.peak[name]:,.0f} MiB", flush=True)
                if prof:
                    out = io.StringIO()
                    stats = pstats.Stats(prof, stream=out)
                    stats.sort_stats("cumulative").print_stats("d365migrate", 25)
                    stats.sort_stats("tottime").print_stats(15)
                    self.profile_text[name] = out.getvalue()


def migrate(phases: Phases, parameters: Path, run_dir: Path, users: Path,
            upto: str = "verify") -> dict[str, Any]:
    """The five notebooks' steps in order (up to ``upto``), each on a fresh context as in its
    own kernel."""
    first = open_ctx(parameters, run_dir, users)
    write_run_json(first.folder, first.params, first.destination, status="running",
                   notebooks=[])
    first.client.close()
    out: dict[str, Any] = {}

    def step(fn: Callable[[RunContext], Any]) -> Callable[[], Any]:
        def go() -> Any:
            ctx = open_ctx(parameters, run_dir, users)
            try:
                return fn(ctx)
            finally:
                ctx.client.close()
        return go

    names = [("profile", steps.profile_step), ("mapping", steps.mapping_step),
             ("stage+validate", steps.stage_step),
             ("load", lambda c: steps.load_step(c, progress=False)),
             ("verify", steps.reconcile_step)]
    try:
        for name, fn in names:
            out[name] = phases.run(name, step(fn))
            if name == upto:
                break
    except Exception as exc:  # noqa: BLE001  (reported with what was measured until then)
        out["error"] = f"{type(exc).__name__}: {exc}"
    return out


def contacts_alone(parameters: Path, run_dir: Path, users: Path, repeat: int = 3
                   ) -> dict[str, Any]:
    """A bare ``pl.read_csv`` of the contacts file against staging + validation of contacts
    alone under the run's confirmed map (the export read and Great Expectations imported
    beforehand, not timed: neither grows with the rows). Each is timed ``repeat`` times,
    alternating, and the fastest kept (wall and CPU apart): on a machine others share, the
    least disturbed run of each is the fairest ratio."""
    from d365migrate.mapping.mapfile import load_mapping, table_map
    from d365migrate.staging.stage import stage_table
    from d365migrate.staging.validate import _batch_definition, validate_staged

    ctx = open_ctx(parameters, run_dir, users)
    times: dict[str, list[tuple[float, float]]] = {"read": [], "stage": [], "validate": []}

    def timed(name: str, fn: Callable[[], Any]) -> Any:
        t, c = time.perf_counter(), time.process_time()
        out = fn()
        times[name].append((time.perf_counter() - t, time.process_time() - c))
        return out

    try:
        mapping = load_mapping(ctx.folder.mapping)
        tmap = table_map(mapping, "contact")
        file = ctx.file_of(tmap["source"])
        path = ctx.params.export / file
        tables = ctx.export.tables
        guesses = steps.run_discovery(ctx).intake_guesses()
        table_def = ctx.table_def(tmap["target"])
        t = time.perf_counter()  # once a process (the stage step pays it once), not per row
        import great_expectations  # noqa: F401
        gx_import_s = time.perf_counter() - t
        t = time.perf_counter()  # one context a process, not per object (validate.py)
        _batch_definition(tmap["target"])
        gx_setup_s = time.perf_counter() - t
        for _ in range(max(1, repeat)):
            rows = timed("read", lambda: pl.read_csv(path, infer_schema=False)).height
            staged = timed("stage", lambda: stage_table(
                mapping, "contact", tables, {tmap["source"]: file},
                guesses.get(tmap["source"]), table_def))
            timed("validate", partial(validate_staged, staged.staged, tmap["target"],
                                      table_def, file=file, tmap=tmap))
    finally:
        ctx.client.close()
    best = {k: min(w for w, _ in v) for k, v in times.items()}
    cpu = {k: min(c for _, c in v) for k, v in times.items()}
    read_s, stage_s, validate_s = best["read"], best["stage"], best["validate"]
    return {"rows": rows, "runs": max(1, repeat), "read_seconds": read_s,
            "stage_seconds": stage_s, "validate_seconds": validate_s,
            "gx_import_seconds": gx_import_s, "gx_setup_seconds": gx_setup_s,
            "read_cpu_seconds": cpu["read"], "stage_cpu_seconds": cpu["stage"],
            "validate_cpu_seconds": cpu["validate"],
            "ratio_cpu_stage_validate_to_read": (cpu["stage"] + cpu["validate"]) / cpu["read"],
            "ratio_stage_to_read": stage_s / read_s,
            "ratio_validate_to_read": validate_s / read_s,
            "ratio_stage_validate_to_read": (stage_s + validate_s) / read_s,
            "load_average": [round(x, 2) for x in os.getloadavg()]}


def balanced(run_dir: Path) -> bool | None:
    """Every object's source rows = loaded + quarantined + failed + skipped."""
    path = run_dir / "reconciliation.json"
    if not path.exists():
        return None
    rec = json.loads(path.read_text(encoding="utf-8"))
    return all(o["source"] == o["loaded"] + o["quarantined"] + o["failed"] + o["skipped"]
               for o in rec["objects"].values())


def verdicts(phases: Phases, contacts: dict[str, Any] | None, peak_mib: float) -> list[str]:
    """What falls short of issue 15's targets, in words."""
    slow = []
    if contacts:
        ratio = contacts["ratio_stage_validate_to_read"]
        if ratio > TARGET_RATIO:
            worse = "staging" if contacts["stage_seconds"] >= contacts["validate_seconds"] \
                else "validation"
            slow.append(f"contacts: staging + validation take {ratio:.0f}x a bare read (target "
                        f"{TARGET_RATIO:g}x); {worse} is the slower part "
                        f"(staging {contacts['ratio_stage_to_read']:.0f}x, validation "
                        f"{contacts['ratio_validate_to_read']:.0f}x)")
    if peak_mib > TARGET_PEAK_MIB:
        top = max(phases.peak, key=lambda k: phases.peak[k])
        slow.append(f"peak memory {peak_mib:,.0f} MiB is over {TARGET_PEAK_MIB:,.0f} MiB "
                    f"(highest in {top})")
    timed = {k: v for k, v in phases.seconds.items() if k != "generate"}
    if timed:
        top = max(timed, key=lambda k: timed[k])
        slow.append(f"slowest phase: {top} ({timed[top]:,.1f} s of "
                    f"{sum(timed.values()):,.1f} s after generation)")
    return slow


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rows", type=int, default=1_000_000,
                   help="rows across all the export's files (about)")
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--profile", metavar="PHASE[,PHASE]",
                   help="run these phases under cProfile (generate, profile, mapping, "
                        "stage+validate, load, verify, contacts)")
    p.add_argument("--tracemalloc", metavar="PHASE",
                   help="trace this phase's Python allocations and print what it holds at "
                        "its fullest, by line (slow: use a small --rows)")
    p.add_argument("--contacts-only", action="store_true",
                   help="profile and mapping, then only the contacts measurement (no "
                        "staging of the other objects, no load, no verification)")
    p.add_argument("--repeat", type=int, default=3,
                   help="times the contacts' read and staging + validation are each timed "
                        "(the fastest kept)")
    p.add_argument("--timeout-minutes", type=float, default=120.0)
    args = p.parse_args(argv)
    from d365migrate.demo.org_users import write_emulator_users
    from d365migrate.demo.sample_export import write_sample_export
    from d365migrate.intake.read import read_export

    def too_long(*_: Any) -> None:
        raise TimeoutError(f"the rehearsal ran longer than {args.timeout_minutes:g} minutes")
    signal.signal(signal.SIGALRM, too_long)
    signal.alarm(max(1, int(args.timeout_minutes * 60)))

    scale = round(args.rows / rows_per_scale(args.seed), 2)
    phases = Phases(args.profile, args.tracemalloc)
    contacts: dict[str, Any] | None = None
    try:
        with tempfile.TemporaryDirectory(prefix="scale-rehearsal-") as tmp:
            folder = Path(tmp)
            export = folder / "export"
            written = phases.run("generate", lambda: write_sample_export(
                export, seed=args.seed, scale=scale))
            rows = sum(written.values())
            print(f"sample export at scale {scale:g}: {rows:,} rows "
                  f"({', '.join(f'{k} {v:,}' for k, v in written.items())})", flush=True)
            users = write_emulator_users(read_export(export).tables, folder / "users.csv")
            parameters = write_parameters(folder, export)
            run_dir = folder / "runs" / "rehearsal" / "run"
            out = migrate(phases, parameters, run_dir, users,
                          upto="mapping" if args.contacts_only else "verify")
            ok = balanced(run_dir)
            if "error" not in out:
                contacts = phases.run("contacts", lambda: contacts_alone(
                    parameters, run_dir, users, args.repeat))
    finally:
        signal.alarm(0)
    peak = process_peak_mib()

    print(f"\n{'phase':16} {'seconds':>9} {'CPU s':>9} {'peak RSS MiB':>13}")
    for name, s in phases.seconds.items():
        print(f"{name:16} {s:>9,.1f} {phases.cpu[name]:>9,.1f} {phases.peak[name]:>13,.0f}")
    print(f"{'whole process':16} {sum(phases.seconds.values()):>9,.1f} "
          f"{sum(phases.cpu.values()):>9,.1f} {peak:>13,.0f}  (ru_maxrss)")
    if contacts:
        print(f"\ncontacts ({contacts['rows']:,} rows): bare polars.read_csv "
              f"{contacts['read_seconds']:.2f} s; staging {contacts['stage_seconds']:.2f} s; "
              f"validation {contacts['validate_seconds']:.2f} s; staging + validation = "
              f"{contacts['ratio_stage_validate_to_read']:.1f}x the read "
              f"(target <= {TARGET_RATIO:g}x); in CPU seconds "
              f"{contacts['ratio_cpu_stage_validate_to_read']:.1f}x (read "
              f"{contacts['read_cpu_seconds']:.2f}, staging {contacts['stage_cpu_seconds']:.2f}, "
              f"validation {contacts['validate_cpu_seconds']:.2f}); Great Expectations: "
              f"import {contacts['gx_import_seconds']:.1f} s, set-up "
              f"{contacts['gx_setup_seconds']:.2f} s, once a process; fastest of "
              f"{contacts['runs']} runs each, load average {contacts['load_average']}")
    if out.get("error"):
        print(f"\nTHE RUN FAILED: {out['error']}")
    slow = verdicts(phases, contacts, peak)
    for line in slow:
        print(f"slower than it should be: {line}" if not line.startswith("slowest")
              else line)
    for name, text in phases.profile_text.items():
        what = "tracemalloc of" if name.endswith("(tracemalloc)") else "cProfile of"
        print(f"\n{what} {name} (its time above includes the tracer's overhead):\n{text}")
    summary = {
        "rows": rows, "scale": scale,
        "phases": {k: {"seconds": round(v, 2), "cpu_seconds": round(phases.cpu[k], 2),
                       "peak_mib": round(phases.peak[k], 1)}
                   for k, v in phases.seconds.items()},
        "peak_mib": round(peak, 1),
        "contacts": {k: round(v, 3) if isinstance(v, float) else v
                     for k, v in (contacts or {}).items()},
        "ratio_stage_validate_to_read": round(contacts["ratio_stage_validate_to_read"], 2)
        if contacts else None,
        "balanced": ok, "error": out.get("error"), "slow": slow,
    }
    print(json.dumps(summary))
    return 0 if (ok or args.contacts_only) and not out.get("error") else 1


if __name__ == "__main__":
    sys.exit(main())
