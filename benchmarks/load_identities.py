"""The same load with 1, 2 and 4 identities (application users) against one emulator server.

Dataverse meters service protection per user, so one identity can never load faster than
its own budget; each added identity brings another. The emulator server runs with
``--tokens`` (each bearer token its own user, metered on its own) and the loader benchmark's
limits on a 5-second window (100 requests and 20,000 ms of execution a window per user, 52
in flight), but a higher cost a record (``--record-cost-ms``, default 20 ms), so that four
identities' ceilings together stay well below what the emulator itself can serve on two
cores: what is measured is the pool, not the emulator's CPU. Each identity's client is given
those per-user limits as the parameters state them (``load.service_protection``).

Each run loads the same accounts into an emptied org with 1, 2 and 4 identities, then counts
them (exact count, no duplicate source id, every identity carried a share).

Run: ``.venv/bin/python benchmarks/load_identities.py``. The last line printed is one JSON
object with ``rps_1``, ``rps_2``, ``rps_4``, ``scaling_2`` (rps_2 / rps_1), ``scaling_4``
(rps_4 / rps_1), ``ceiling_rps_per_identity`` and ``counts_ok``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import load_throughput as lt  # noqa: E402  (the loader benchmark's emulator and limits)

from d365migrate.dataverse import DataverseClient, StaticToken  # noqa: E402
from d365migrate.dataverse.limits import ServiceProtection  # noqa: E402
from d365migrate.load.estimate import ceiling  # noqa: E402
from d365migrate.load.ledger import Ledger  # noqa: E402
from d365migrate.load.loader import TableLoader  # noqa: E402
from d365migrate.load.org_records import existing_ids  # noqa: E402

TOKENS = [f"bench-identity-{i}" for i in range(1, 5)]


def run(url: str, ca: str, table: dict[str, Any], accounts: list[dict], identities: int,
        ledger_dir: Path, chunk: int, limits: ServiceProtection) -> dict[str, Any]:
    """Load ``accounts`` through this many identities, each given the per-user ``limits``
    as the parameters state them; time it and count the org after."""
    clients = [DataverseClient(url, StaticToken(t), verify=ca, service_limits=limits)
               for t in TOKENS[:identities]]
    reader = clients[0]
    ledger = Ledger(ledger_dir / f"ledger-{identities}-{time.time_ns()}.jsonl")
    rows = lt.staged(accounts)
    try:
        loader = TableLoader(reader, table, source_id_column=lt.COLUMN, ledger=ledger,
                             chunk_size=chunk, progress=False,
                             identities=[(f"identity-{i + 1}", c)
                                         for i, c in enumerate(clients)])
        start = time.monotonic()
        result = loader.load(rows, owner_ids={}, ref_ids={})
        seconds = time.monotonic() - start
        in_org = existing_ids(reader, table, lt.COLUMN)
        total = reader.count("accounts", "accountid")
    finally:
        for c in clients:
            c.close()
    shares = [i["records"] for i in result.stats.get("identities", [])] or [result.created]
    ledgered = {rid for _, rid in ledger.created_records().get("account", [])}
    ok = (result.created == len(accounts) == total == len(in_org)
          and set(in_org) == {a[lt.COLUMN] for a in accounts}
          and ledgered == set(in_org.values()) and min(shares) > 0)
    return {"identities": identities, "records": len(accounts), "seconds": seconds,
            "rps": len(accounts) / seconds, "ok": ok, "shares": shares,
            "requests": result.stats["requests"], "throttled": result.stats["throttled_429"]}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--records", type=int, default=8000)
    p.add_argument("--record-cost-ms", type=float, default=20.0)
    p.add_argument("--identities", type=int, nargs="+", default=[1, 2, 4])
    args = p.parse_args(argv)
    limits = replace(lt.LIMITS, record_cost_ms=args.record_cost_ms)
    # a request of at most a fifth of the window: the chunk the loader settles on
    chunk = max(10, int(limits.window_seconds * 0.2 * 1000 / args.record_cost_ms))
    top = ceiling(limits, chunk)
    stated = ServiceProtection(requests=limits.max_requests,
                               execution_seconds=limits.max_exec_ms / 1000,
                               window_seconds=limits.window_seconds,
                               concurrent=limits.max_concurrent, source="parameters")
    accounts, _ = lt.make_data(args.records, 0)
    results: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="identities-bench-") as tmp:
        folder = Path(tmp)
        with lt.emulator(folder / "org.sqlite", 0.0, "--record-cost-ms",
                         str(args.record_cost_ms), "--tokens", ",".join(TOKENS)) as (url, ca):
            with DataverseClient(url, StaticToken(TOKENS[0]), verify=ca) as c:
                from d365migrate.load.org_records import ensure_source_id_column

                table = ensure_source_id_column(c, c.entity_definition("account"), lt.COLUMN)
            for n in args.identities:
                lt.reset(url, ca)
                results.append(run(url, ca, table, accounts, n, folder, chunk, stated))
                r = results[-1]
                print(f"{n} identit{'y' if n == 1 else 'ies'}: {r['records']:,} records in "
                      f"{r['seconds']:.1f} s = {r['rps']:,.0f} rec/s "
                      f"({r['rps'] / (top['records_per_second'] * n):.0%} of {n} x ceiling); "
                      f"{r['requests']} requests, {r['throttled']} x 429; shares {r['shares']};"
                      f" counts {'exact' if r['ok'] else 'WRONG'}", flush=True)
    rps = {r["identities"]: r["rps"] for r in results}
    one = rps.get(1)
    summary = {f"rps_{n}": round(v, 1) for n, v in rps.items()}
    summary.update({f"scaling_{n}": round(v / one, 2) for n, v in rps.items() if one and n != 1})
    summary.update({"ceiling_rps_per_identity": round(top["records_per_second"], 1),
                    "record_cost_ms": args.record_cost_ms, "chunk": chunk,
                    "counts_ok": all(r["ok"] for r in results)})
    print(json.dumps(summary))
    return 0 if summary["counts_ok"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
