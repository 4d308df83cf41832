"""Verification's own cost: read back the loader benchmark's 44,000 records, field by field.

Starts the emulator exactly as ``load_throughput.py`` does (a subprocess with Dataverse's
proportions on a 5-second window), loads its 4,000 accounts and 40,000 contacts (each bound to
its account) with our loader, then verifies them the way ``d365migrate verify`` does: every
record read back by source id (pages of up to 5,000, paced by the loader's controller), every
mapped column and the parent-account link compared with the staged value. Prints the
verification rate against the loader's rate measured in the same run; target: at least 3x.

Verification is measured twice: right after the load, as a run does it (the load has left
the service-protection window full, so the first reads wait up to one window for it: a 5 s
window here is a fifth of the load's time, where a real org's 300 s window is minutes after
hours of loading), and again once a window has passed, starting from an empty window as the
load did. ``ratio`` is the like-for-like second one; ``ratio_right_after_load`` the first.

Run: ``.venv/bin/python benchmarks/verify_throughput.py`` (about a minute). The last line
printed is one JSON object with ``load_rps``, ``verify_rps``, ``ratio``,
``verify_right_after_load_rps``, ``ratio_right_after_load``, ``target_met`` and
``all_matched``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import load_throughput as lt  # noqa: E402  (the loader benchmark's emulator, data and loader)

from d365migrate.load.ledger import Ledger  # noqa: E402
from d365migrate.load.org_records import existing_ids  # noqa: E402
from d365migrate.verify.fields import TableCheck, check_table  # noqa: E402

TARGET_RATIO = 3.0
ACCOUNT_MAP = {"target": "account", "columns": [
    {"target": "name", "transform": "text"}, {"target": "telephone1", "transform": "text"},
    {"target": "websiteurl", "transform": "text"}]}
CONTACT_MAP = {"target": "contact", "columns": [
    {"target": "firstname", "transform": "text"}, {"target": "lastname", "transform": "text"},
    {"target": "emailaddress1", "transform": "email"},
    {"target": "jobtitle", "transform": "text"}],
    "lookups": [{"target": "parentcustomerid", "navigation": lt.NAV, "table": "account"}]}


def verify_loaded(url: str, ca: str, defs: dict[str, dict], accounts: list[dict],
                  contacts: list[dict], ledger: Ledger) -> dict[str, Any]:
    """Verify both tables as ``verify_run`` does; the seconds include reading, resolving the
    accounts the contacts point at, and comparing."""
    created = ledger.created_records()
    with lt.client_for(url, ca) as c:
        start = time.monotonic()
        acc = check_table(c, defs["account"], ACCOUNT_MAP, lt.staged(accounts),
                          source_id_column=lt.COLUMN, created=dict(created.get("account", [])))
        known = acc.ids(defs["account"])

        def resolve(table: str, source_ids: list[str]) -> dict[str, str]:
            missing = [s for s in source_ids if s not in known]
            if missing:
                known.update(existing_ids(c, defs[table], lt.COLUMN, missing))
            return {s: known[s] for s in source_ids if s in known}

        con = check_table(c, defs["contact"], CONTACT_MAP, lt.staged(contacts),
                          source_id_column=lt.COLUMN, resolve=resolve,
                          created=dict(created.get("contact", [])))
        seconds = time.monotonic() - start
    return {"records": len(accounts) + len(contacts), "seconds": seconds,
            "tables": {"account": acc, "contact": con}}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--accounts", type=int, default=4000)
    p.add_argument("--contacts", type=int, default=40_000)
    args = p.parse_args(argv)
    accounts, contacts = lt.make_data(args.accounts, args.contacts)
    with tempfile.TemporaryDirectory(prefix="verify-bench-") as tmp:
        folder = Path(tmp)
        with lt.emulator(folder / "org.sqlite") as (url, ca):
            defs = lt.prepare(url, ca)
            lt.reset(url, ca)
            load = lt.run_ours(url, ca, defs, accounts, contacts, folder)
            ledger = Ledger(next(folder.glob("ledger-*.jsonl")))
            check = verify_loaded(url, ca, defs, accounts, contacts, ledger)
            time.sleep(lt.LIMITS.window_seconds + 1)  # the window empties
            fresh = verify_loaded(url, ca, defs, accounts, contacts, ledger)
    load_rps = load["records"] / load["seconds"]
    verify_rps = check["records"] / check["seconds"]
    tables: dict[str, TableCheck] = check["tables"]
    print(f"limits: {lt.LIMITS.max_requests} requests and {lt.LIMITS.max_exec_ms:,} ms "
          f"execution per {lt.LIMITS.window_seconds:g} s window")
    print(f"{'phase':28} {'records':>8} {'seconds':>8} {'rec/s':>8}")
    print(f"{'load (d365migrate loader)':28} {load['records']:>8,} {load['seconds']:>8.1f} "
          f"{load_rps:>8,.0f}")
    fresh_rps = fresh["records"] / fresh["seconds"]
    print(f"{'verify, right after the load':28} {check['records']:>8,} "
          f"{check['seconds']:>8.1f} {verify_rps:>8,.0f}")
    print(f"{'verify, from an empty window':28} {fresh['records']:>8,} "
          f"{fresh['seconds']:>8.1f} {fresh_rps:>8,.0f}")
    for name, t in tables.items():
        r = t.read.as_dict()
        print(f"    {name:10} checked {t.checked:,}, matched {t.matched:,}, mismatched "
              f"{t.mismatched}, missing {t.missing}; read {r['records']:,} in "
              f"{r['requests']} requests ({r['throttled_429']} x 429), "
              f"{r['records_per_second']:,.0f} rec/s reading")
    ratio = fresh_rps / load_rps
    print(f"verification runs at {ratio:.1f} times the loader's rate from an empty window "
          f"(target {TARGET_RATIO:g}); {verify_rps / load_rps:.1f} times right after the load")
    all_matched = all(t.matched == t.checked == len(rows) for c in (check, fresh)
                      for t, rows in ((c["tables"]["account"], accounts),
                                      (c["tables"]["contact"], contacts)))
    summary = {"load_rps": round(load_rps, 1), "verify_rps": round(fresh_rps, 1),
               "ratio": round(ratio, 2), "verify_right_after_load_rps": round(verify_rps, 1),
               "ratio_right_after_load": round(verify_rps / load_rps, 2),
               "target_met": ratio >= TARGET_RATIO,
               "all_matched": all_matched, "load_failed": load["failed"]}
    print(json.dumps(summary))
    return 0 if all_matched and load["failed"] == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
