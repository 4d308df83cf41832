"""What a delta run costs against the full run it follows, in requests the org counts.

The sample SmartDesk export (``--scale``, every object of ``parameters/demo.yml``) is migrated
into the embedded emulator (in this process, seeded with the export's users as the demo's org
is) by the steps the notebooks call (``run.steps``: profile, mapping, stage + validate, load),
each on its own ``RunContext`` as each notebook kernel opens one. Then ``--changed`` (1 %) of
the rows of each migrated file are edited (one text column each: a contact's email, a deal's
name, a task's subject...) and the same steps run again: a delta against the first run.

Every HTTP request the client sends is counted by a transport wrapped around the emulator's,
with each operation inside a ``$batch`` counted on its own (as service protection counts
them, ``api-limits.md``). What is compared is the load step (everything it sends: metadata,
reads, writes, closes, each phase's reconciliation), and the whole run up to the load
(mapping and staging read metadata too). Verification (notebook 05) reads back every staged
record in both runs by design, so it is left out and reported on its own terms elsewhere
(``verify_throughput.py``).

A delta has a floor that does not grow with the export: the tables' metadata (about 25
requests, as the full run reads it) and, per object with anything to send, some ten requests
(the ids and states of the records it changes, 50 to a read, their before-images, the update,
the closes, the phase's check); an object with nothing new or changed sends none. The full
run grows with the records (bulk creates of up to thousands of records, but one request per
deal won or lost, per case resolved, per activity with its parties), so the ratio falls as the
export grows: measured here 0.19 at scale 1, 0.032 at scale 10, 0.017 at scale 20 (the
full-migration benchmark's size: 10,000 contacts).

Run: ``.venv/bin/python benchmarks/delta_cost.py [--scale 20] [--changed 0.01]`` (about ten
minutes at scale 20 on a busy machine). The last line printed is one JSON object with
``ratio`` (delta load requests / full load requests), ``ratio_run``, the counts, and
``target_met`` (ratio <= 0.02).
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import httpx
import polars as pl
import yaml

from d365migrate.dataverse import DataverseClient, StaticToken
from d365migrate.dataverse.destination import EMBEDDED_BASE_URL
from d365migrate.demo.org_users import write_emulator_users
from d365migrate.demo.sample_export import write_sample_export
from d365migrate.intake.read import read_export
from d365migrate.run import steps
from d365migrate.run.context import RunContext, write_run_json

ROOT = Path(__file__).resolve().parent.parent
TARGET = 0.02
#: One text column per migrated file, edited in the changed rows.
EDITS = {"companies.csv": "phone", "contacts.csv": "email", "leads.csv": "last_name",
         "deals.csv": "name", "tasks.csv": "title", "activities.csv": "subject",
         "notes.csv": "body", "tickets.csv": "subject", "ticket_messages.csv": "body"}
BATCH_PART = re.compile(rb"^(GET|POST|PATCH|PUT|DELETE) \S+ HTTP/1\.1", re.M)


class Counting(httpx.BaseTransport):
    """Counts the requests that pass (a $batch as the operations it carries), by step."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.step = "setup"
        self.counts: Counter[str] = Counter()
        self.writes: Counter[str] = Counter()
        self.kinds: dict[str, Counter[str]] = defaultdict(Counter)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        batch = request.url.path.endswith("/$batch")
        ops = max(1, len(BATCH_PART.findall(request.read()))) if batch else 1
        self.counts[self.step] += ops
        what = request.url.path.rsplit("/", 1)[-1].split("(")[0]
        self.kinds[self.step][f"{request.method} {what}"] += ops
        if batch or request.method != "GET":
            self.writes[self.step] += ops
        return self.inner.handle_request(request)


def write_parameters(folder: Path, export: Path) -> Path:
    raw = yaml.safe_load((ROOT / "parameters" / "demo.yml").read_text(encoding="utf-8"))
    raw.update({"engagement": "delta-cost", "export": str(export),
                "runs_dir": str(folder / "runs")})
    raw.pop("sample_export", None)
    path = folder / "parameters" / "delta-cost.yml"
    path.parent.mkdir(parents=True)
    path.write_text(yaml.safe_dump(raw, sort_keys=False), encoding="utf-8")
    return path


def migrate(parameters: Path, run_dir: Path, client: DataverseClient, meter: Counting,
            label: str) -> dict[str, Any]:
    """Profile, mapping, stage and load, each on a fresh context; requests counted by step."""
    ctx = RunContext.open(parameters, run_dir)
    write_run_json(ctx.folder, ctx.params, ctx.destination, status="running", notebooks=[])
    seconds: dict[str, float] = {}
    out: dict[str, Any] = {}
    for name, fn in (("profile", steps.profile_step), ("mapping", steps.mapping_step),
                     ("stage", steps.stage_step),
                     ("load", lambda c: steps.load_step(c, progress=False))):
        ctx = RunContext.open(parameters, run_dir)
        ctx.__dict__["client"] = client
        meter.step = f"{label} {name}"
        t = time.monotonic()
        out[name] = fn(ctx)
        seconds[name] = round(time.monotonic() - t, 2)
    meter.step = "between"
    write_run_json(ctx.folder, ctx.params, ctx.destination, status="succeeded",
                   notebooks=["01_profile.ipynb", "02_mapping.ipynb",
                              "03_stage_validate.ipynb", "04_load.ipynb"])
    return {"seconds": seconds, "delta": out["load"]["delta"]}


def change_export(export: Path, share: float) -> dict[str, int]:
    """Edit ``share`` of the rows of each migrated file (every n-th row, one text column)."""
    edited: dict[str, int] = {}
    for file, column in EDITS.items():
        df = pl.read_csv(export / file, infer_schema=False)
        step = max(1, round(1 / share))
        pick = pl.int_range(pl.len()) % step == step // 2
        edit = pl.concat_str([pl.lit("edited."), pl.col(column)]) if column == "email" else \
            pl.concat_str([pl.col(column).fill_null(""), pl.lit(" (edited)")])
        df = df.with_columns(pl.when(pick).then(edit).otherwise(pl.col(column)).alias(column))
        df.write_csv(export / file)
        edited[file] = int(df.select(pick.sum()).item())
    return edited


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scale", type=float, default=20.0)
    ap.add_argument("--changed", type=float, default=0.01)
    ap.add_argument("--seed", type=int, default=42)
    args = ap.parse_args(argv)
    from dataverse_emulator import create_app

    with tempfile.TemporaryDirectory(prefix="delta-cost-") as tmp:
        folder = Path(tmp)
        export = folder / "export"
        counts = write_sample_export(export, seed=args.seed, scale=args.scale)
        parameters = write_parameters(folder, export)
        engagement = folder / "runs" / "delta-cost"
        users = write_emulator_users(read_export(export).tables, engagement / "org-users.csv")
        meter = Counting(httpx.WSGITransport(app=create_app(
            str(engagement / "org.sqlite"), users_csv=str(users))))
        client = DataverseClient(EMBEDDED_BASE_URL, StaticToken(), transport=meter)
        full = migrate(parameters, engagement / "20000101T000000000000Z", client, meter, "full")
        edited = change_export(export, args.changed)
        delta = migrate(parameters, engagement / "20000102T000000000000Z", client, meter,
                        "delta")
        client.close()

    c, w = meter.counts, meter.writes
    run_steps = ("profile", "mapping", "stage", "load")
    full_run = sum(c[f"full {s}"] for s in run_steps)
    delta_run = sum(c[f"delta {s}"] for s in run_steps)
    ratio = c["delta load"] / c["full load"]
    rows = sum(counts.get(f.removesuffix(".csv"), 0) for f in EDITS)
    print(f"sample export at scale {args.scale:g}: {rows:,} rows in the edited files; "
          f"{sum(edited.values()):,} rows edited ({args.changed:.0%} of each file)")
    print(f"{'':8} {'load requests':>14} {'of which writes':>16} {'run requests':>13} "
          f"{'load s':>8}")
    for label, total, data in (("full", full_run, full), ("delta", delta_run, delta)):
        print(f"{label:8} {c[f'{label} load']:>14,} {w[f'{label} load']:>16,} {total:>13,} "
              f"{data['seconds']['load']:>8.1f}")
    print("delta load requests by kind: " + ", ".join(
        f"{k} {n}" for k, n in meter.kinds["delta load"].most_common()))
    print("delta, per object (new / changed / unchanged):")
    for unit, o in delta["delta"]["objects"].items():
        print(f"  {unit:14} {o['new']:>6,} {o['changed']:>6,} {o['unchanged']:>7,}")
    print(f"ratio (delta load / full load requests): {ratio:.4f} "
          f"(target <= {TARGET}); whole run up to the load: {delta_run / full_run:.4f}")
    print("(requests counted at the client, each $batch operation on its own; timings are "
          "indicative on a shared machine)")
    print(json.dumps({"scale": args.scale, "changed_share": args.changed,
                      "rows_edited": sum(edited.values()),
                      "full_load_requests": c["full load"], "delta_load_requests":
                      c["delta load"], "full_run_requests": full_run,
                      "delta_run_requests": delta_run, "ratio": round(ratio, 5),
                      "ratio_run": round(delta_run / full_run, 5),
                      "target_met": ratio <= TARGET}))
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
