"""The whole fault matrix of issue 16 against the emulator server, each scenario ending in
an exact count of the org against a fault-free load of the same export, then every run
folder rolled back newest first (with the schema it created), leaving the org as before.

Scenarios (tight limits: a 2-second window of 60 requests and 6,000 ms, 8 concurrent):
5% and 20% injected faults; replies dropped after the server committed (10%); the run
killed -9 while accounts, contacts, lead closes and deal closes are on their way, then run
again; the emulator server killed -9 and restarted on its state while contacts load; the
run folder made unwritable while contacts load (it must stop saying so, and its ledger
must let the next run resume and rollback undo it); a rollback killed -9 once records have
started to go, then run again (it must finish: every ledger record deleted or absent). A
run that gives up (a fault outlasting its retries) is run again, as a person would; the
count of runs is reported.

The harness is ``tests/faultruns.py`` (the CI subset is ``tests/test_fault_matrix.py``).
Run: ``nice -n 10 .venv/bin/python benchmarks/fault_matrix.py [--scale 0.1] [--only NAME]``.
The last line is one JSON object: per scenario ``ok``, runs and seconds; ``all_ok``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from faultruns import (  # noqa: E402
    TIGHT,
    Engagement,
    baseline,
    closing,
    differences,
    empty,
    killed_during,
    rollback_killed,
    sending,
    server_restarted,
    stage_engagement,
    summary,
    unwritable_mid_run,
    with_faults,
)

Scenario = Callable[[Engagement, Path], dict[str, Any]]


def scenarios() -> dict[str, Scenario]:
    return {
        "faults-5pct": lambda e, s: with_faults(e, s, *TIGHT, "--fault-rate", "0.05",
                                                "--seed", "5", label="faults5"),
        "faults-20pct": lambda e, s: with_faults(e, s, *TIGHT, "--fault-rate", "0.2",
                                                 "--seed", "20", label="faults20"),
        "dropped-after-commit": lambda e, s: with_faults(
            e, s, *TIGHT, "--drop-after-commit-rate", "0.1", "--seed", "11", label="dropped"),
        "killed-during-accounts": lambda e, s: killed_during(e, s, sending("account"),
                                                             "accounts", *TIGHT),
        "killed-during-contacts": lambda e, s: killed_during(e, s, sending("contact"),
                                                             "contacts", *TIGHT),
        "killed-during-lead-closes": lambda e, s: killed_during(e, s, closing("lead"),
                                                                "leadcloses", *TIGHT),
        "killed-during-deal-closes": lambda e, s: killed_during(
            e, s, closing("opportunity"), "dealcloses", *TIGHT),
        "server-killed-and-restarted": lambda e, s: server_restarted(e, s, *TIGHT),
        "run-folder-unwritable": lambda e, s: unwritable_mid_run(e, s, *TIGHT),
        # slow deletes (50 ms a record), so the kill lands while records are going
        "rollback-killed-then-rerun": lambda e, s: rollback_killed(
            e, s, "--record-cost-ms", "50"),
    }


def judge(name: str, expected: dict[str, Any], r: dict[str, Any]) -> dict[str, Any]:
    """What the scenario left, in words: empty lists mean exact."""
    if r.get("supported") is False:
        return {"ok": None, "note": "cannot make a folder unwritable here"}
    if name == "rollback-killed-then-rerun":
        exercised = r["killed"] and 0 < r["left_at_kill"] < r["loaded"]
        done = r["complete"] and not r["left"] and r["counted"] == r["ledger"]
        return {"ok": done if exercised else (None if done else False),
                "runs": 1, "killed": r["killed"],
                "killed_with_left": f"{r['left_at_kill']} of {r['loaded']}",
                "left_after_rollback": r["left"]}
    rb = r["rollback"]
    out: dict[str, Any] = {
        "runs": len(r["runs"]),
        "differences": differences(expected, r["picture"]),
        "rollback_complete": all(rb["complete"]),
        "left_after_rollback": empty(rb["picture"]),
        "schema_left": rb["schema_left"],
    }
    if "killed" in r:
        out["killed"] = r["killed"]
    if "first_status" in r:
        out["first_run_rode_out_the_restart"] = r["first_status"] == "succeeded"
    if name == "run-folder-unwritable":
        err = r["stderr"]
        out["stopped_with_error"] = r["returncode"] != 0 and (
            "Operation not permitted" in err or "Permission denied" in err)
        out["ledger_intact"] = r["ledger_lines"] == r["ledger_parsed"]
    out["ok"] = (not out["differences"] and out["rollback_complete"]
                 and not out["left_after_rollback"] and not out["schema_left"]
                 and out.get("killed", True) and out.get("stopped_with_error", True)
                 and out.get("ledger_intact", True))
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--scale", type=float, default=0.1, help="sample export scale")
    p.add_argument("--only", action="append", choices=sorted(scenarios()))
    args = p.parse_args(argv)
    chosen = args.only or list(scenarios())
    results: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="fault-matrix-") as tmp:
        root = Path(tmp)
        start = time.monotonic()
        eng = stage_engagement(root, scale=args.scale)
        expected = baseline(eng, root / "baseline.sqlite")
        records = sum(len(t) for t in expected["tables"].values())
        print(f"export staged and loaded fault-free in {time.monotonic() - start:.0f} s: "
              f"{records:,} records; by state: {json.dumps(summary(expected))}", flush=True)
        for name in chosen:
            t = time.monotonic()
            try:
                res = judge(name, expected, scenarios()[name](eng, root / f"{name}.sqlite"))
            except Exception as exc:  # noqa: BLE001 - a scenario that breaks is a finding
                res = {"ok": False, "error": f"{type(exc).__name__}: {exc}"[:500]}
            res["seconds"] = round(time.monotonic() - t, 1)
            results[name] = res
            verdict = {True: "exact", False: "WRONG", None: "not exercised"}[res["ok"]]
            print(f"{name:30} {verdict:8} {res.get('runs', '-')} run(s) "
                  f"{res['seconds']:>6.1f} s  "
                  + (f"killed with {res['killed_with_left']} records left; "
                     if "killed_with_left" in res else "")
                  + "; ".join(res.get("differences", []) + res.get("left_after_rollback", [])
                              + ([res["error"]] if "error" in res else [])), flush=True)
    print("machine shared with other work: seconds are indicative")
    out = {name: {k: r.get(k) for k in ("ok", "runs", "seconds")}
           for name, r in results.items()}
    all_ok = all(r["ok"] is not False for r in results.values())
    print(json.dumps({"scale": args.scale, "records": records, "scenarios": out,
                      "all_ok": all_ok}))
    return 0 if all_ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
