"""Rollback throughput against the local emulator: records deleted a second by rollback
(batched DELETEs paced by the service-protection controller), by the old path (one DELETE
a request, one after another), and the ceiling the emulator's limits allow.

The emulator server runs with ``benchmarks/load_throughput.py``'s flags (Dataverse's
proportions on a 5-second window: 100 requests and 20,000 ms of execution time a window,
52 concurrent, 20 ms a request plus 2 ms a record written). A load (our loader, outside the
timing) creates the accounts and their ledger; ``rollback_run`` deletes them from that run
folder, and the org is counted after each path (nothing left, rollback.json exact).

The ceiling is ``estimate.ceiling`` at 1,000 records a request: a ``$batch`` is one request
against the request-count limit (``api-limits.md``) and costs its operations' execution
time, so the execution-time limit binds. The old path's ceiling is the request-count limit
(one record a request). ``--batch-counts-operations`` runs the emulator under the stricter
reading (each operation in a batch counted as a request), where no batching can beat the
request-count limit for long (the emulator then admits a batch when the window has room for
one request and counts the rest after it, so a short run can overshoot that ceiling).

Run: ``nice -n 10 .venv/bin/python benchmarks/rollback_throughput.py``. The last line is
one JSON object with ``rollback_rps``, ``old_rps``, ``ceiling_rps``, ``old_ceiling_rps``,
``ratio_to_ceiling``, ``ratio_to_old``, ``counts_ok``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parent))

from load_throughput import COLUMN, LIMITS, client_for, emulator, prepare  # noqa: E402

from d365migrate.load.estimate import ceiling  # noqa: E402
from d365migrate.load.ledger import Ledger  # noqa: E402
from d365migrate.load.loader import TableLoader  # noqa: E402
from d365migrate.staging.stage import SOURCE_ID, SOURCE_ROW  # noqa: E402
from d365migrate.verify.rollback import rollback_run  # noqa: E402


def load_run(url: str, ca: str, defs: dict[str, dict], root: Path, name: str, prefix: str,
             n: int) -> Path:
    """A run folder whose ledger created ``n`` accounts (loaded by our loader, untimed)."""
    run_dir = root / "runs" / "bench" / name
    run_dir.mkdir(parents=True)
    (run_dir / "run.json").write_text(json.dumps({
        "engagement": "bench", "status": "succeeded",
        "parameters": {"publisher_prefix": COLUMN.split("_")[0]},
        "destination": {"url": url, "kind": "org"}}))
    rows = pl.DataFrame([{SOURCE_ID: f"{prefix}{i:07d}", SOURCE_ROW: i + 2,
                          "name": f"Account {prefix}{i}"} for i in range(n)])
    with client_for(url, ca) as c:
        res = TableLoader(c, defs["account"], source_id_column=COLUMN,
                          ledger=Ledger(run_dir / "ledger.jsonl"), chunk_size=1000,
                          progress=False).load(rows, owner_ids={}, ref_ids={})
    if res.created != n:
        raise RuntimeError(f"the load created {res.created} of {n} accounts")
    return run_dir


def old_path(url: str, ca: str, run_dir: Path) -> dict[str, Any]:
    """What rollback did before: one DELETE a request, one after another (429 waited out
    by the client's retry)."""
    ids = [rid for _, rid in Ledger(run_dir / "ledger.jsonl").created_records()["account"]]
    with client_for(url, ca) as c:
        start = time.monotonic()
        for rid in ids:
            c.delete("accounts", rid)
        seconds = time.monotonic() - start
        left = c.count("accounts", "accountid")
    return {"records": len(ids), "seconds": seconds, "left_in_org": left}


def batched(url: str, ca: str, run_dir: Path) -> dict[str, Any]:
    with client_for(url, ca) as c:
        start = time.monotonic()
        result = rollback_run(run_dir, c, progress=False)
        seconds = time.monotonic() - start
        left = c.count("accounts", "accountid")
    acc = result["tables"]["account"]
    saved = json.loads((run_dir / "rollback.json").read_text())
    return {"records": acc["ledger"], "seconds": seconds, "left_in_org": left,
            "deleted": acc["deleted"], "already_absent": acc["already_absent"],
            "failed": acc["failed"], "requests": acc["requests"],
            "throttled_429": acc["throttled_429"], "ms_per_record": acc["ms_per_record"],
            "exact": result["complete"] and saved["tables"] == result["tables"]}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--records", type=int, default=20_000, help="accounts rollback deletes")
    p.add_argument("--old-records", type=int, default=400,
                   help="accounts the one-per-request path deletes (it runs at ~20/s)")
    p.add_argument("--batch-counts-operations", action="store_true",
                   help="the emulator counts each operation of a $batch as a request")
    args = p.parse_args(argv)
    extra = ["--batch-counts-operations"] if args.batch_counts_operations else []
    top = ceiling(LIMITS, 1000)
    one = ceiling(LIMITS, 1)
    ceiling_rps = top["records_per_second"]
    bound = top["bound"]
    if args.batch_counts_operations:  # every deleted record is a request
        ceiling_rps = min(ceiling_rps, LIMITS.max_requests / LIMITS.window_seconds)
        bound = "requests"
    old_ceiling = one["records_per_second"]
    with tempfile.TemporaryDirectory(prefix="rollback-bench-") as tmp:
        root = Path(tmp)
        with emulator(root / "org.sqlite", 0.0, *extra) as (url, ca):
            defs = prepare(url, ca)
            ours_dir = load_run(url, ca, defs, root, "20260101T000001000000Z", "B", args.records)
            ours = batched(url, ca, ours_dir)
            old_dir = load_run(url, ca, defs, root, "20260101T000002000000Z", "O",
                               args.old_records)
            old = old_path(url, ca, old_dir)
    ours_rps = ours["records"] / ours["seconds"]
    old_rps = old["records"] / old["seconds"]
    lim = LIMITS
    print(f"limits: {lim.max_requests} requests and {lim.max_exec_ms:,.0f} ms execution per "
          f"{lim.window_seconds:g} s window, {lim.max_concurrent} concurrent; cost "
          f"{lim.latency_ms:g} ms + {lim.record_cost_ms:g} ms/record"
          + ("; each $batch operation counted as a request" if extra else ""))
    print(f"ceiling, 1,000 deletes a request: {ceiling_rps:,.0f} records/s ({bound} "
          f"binds); one delete a request: {old_ceiling:,.0f} records/s ({one['bound']} binds)")
    print(f"{'path':40} {'records':>8} {'seconds':>8} {'rec/s':>8} {'of ceiling':>10}  org")
    for label, r, cap in (("rollback, batched + paced", ours, ceiling_rps),
                          ("old: one DELETE a request", old, old_ceiling)):
        rps = r["records"] / r["seconds"]
        print(f"{label:40} {r['records']:>8,} {r['seconds']:>8.1f} {rps:>8,.0f} "
              f"{rps / cap:>10.0%}  {r['left_in_org']} left")
    print(f"    batched: {ours['requests']} requests, {ours['throttled_429']} x 429, "
          f"{ours['deleted']:,} deleted, {ours['already_absent']} already absent, "
          f"{ours['failed']} failed; {ours['ms_per_record']} ms a record measured by the "
          f"client (the model: {lim.record_cost_ms:g} ms)")
    measured = ours["ms_per_record"] or 0.0
    at_measured = lim.max_exec_ms / lim.window_seconds / measured if measured else 0.0
    if measured > lim.record_cost_ms * 1.1:
        print(f"    the emulator took longer than its model ({measured} ms a record: its own "
              f"CPU on a shared machine); the execution-time budget at that cost allows "
              f"{at_measured:,.0f} records/s")
    counts_ok = ours["left_in_org"] == 0 and old["left_in_org"] == 0 and ours["exact"] \
        and ours["deleted"] + ours["already_absent"] == args.records
    summary = {"rollback_rps": round(ours_rps, 1), "old_rps": round(old_rps, 1),
               "ceiling_rps": round(ceiling_rps, 1), "old_ceiling_rps": round(old_ceiling, 1),
               "ratio_to_ceiling": round(ours_rps / ceiling_rps, 3),
               "ratio_to_old": round(ours_rps / old_rps, 1),
               "old_ratio_to_its_ceiling": round(old_rps / old_ceiling, 3),
               "ms_per_record": measured,
               "ratio_to_ceiling_at_measured_cost": round(ours_rps / at_measured, 3)
               if at_measured else None,
               "records": args.records, "batch_counts_operations": bool(extra),
               "counts_ok": counts_ok}
    print(json.dumps(summary))
    return 0 if counts_ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
