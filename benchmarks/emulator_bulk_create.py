"""Bulk-create throughput of the emulator over HTTP (no simulated cost).

Starts ``python -m dataverse_emulator.server`` on a free port with a fresh state file, sends
CreateMultiple requests of 1,000 contacts from a few keep-alive client threads, then counts the
records in the store. Prints records/s; the target is >= 5,000 on a 2-core machine.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

SRC = Path(__file__).resolve().parents[1] / "src"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(state: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(SRC) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.Popen([sys.executable, "-m", "dataverse_emulator.server", "--port",
                             str(port), "--state", str(state)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if "listening on" not in line:
        proc.kill()
        raise RuntimeError(f"server did not start: {line}{proc.stderr.read()}")
    return proc, line.split("listening on", 1)[1].strip()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--records", type=int, default=50_000)
    ap.add_argument("--batch", type=int, default=1_000)
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        proc, base = start(Path(tmp) / "bench.sqlite")
        try:
            chunks = [[{"firstname": f"First{i}", "lastname": f"Last{i}",
                        "emailaddress1": f"user{i}@example.com", "telephone1": "+1 555 0100",
                        "jobtitle": "Buyer", "description": "Loaded by the benchmark",
                        "@odata.type": "Microsoft.Dynamics.CRM.contact"}
                       for i in range(start_, min(start_ + args.batch, args.records))]
                      for start_ in range(0, args.records, args.batch)]
            lock = threading.Lock()
            created: list[str] = []
            errors: list[str] = []

            def worker() -> None:
                with httpx.Client(base_url=base, timeout=120,
                                  headers={"Authorization": "Bearer bench"}) as c:
                    while True:
                        with lock:
                            if not chunks:
                                return
                            chunk = chunks.pop()
                        r = c.post("contacts/Microsoft.Dynamics.CRM.CreateMultiple",
                                   json={"Targets": chunk})
                        with lock:
                            if r.status_code == 200:
                                created.extend(r.json()["Ids"])
                            else:
                                errors.append(f"{r.status_code} {r.text[:200]}")

            t0 = time.perf_counter()
            threads = [threading.Thread(target=worker) for _ in range(args.threads)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            elapsed = time.perf_counter() - t0
            with httpx.Client(base_url=base, headers={"Authorization": "Bearer bench"}) as c:
                stored = int(c.get("contacts/$count").text)
                root = base.split("/api/data/")[0]
                stats = c.get(f"{root}/_emulator/stats").json()
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    rate = len(created) / elapsed if elapsed else 0.0
    print(f"CreateMultiple over HTTP: {len(created)} records in {elapsed:.2f} s "
          f"= {rate:,.0f} records/s ({args.threads} client threads, {args.batch}/request)")
    print(f"records verified in the store: {stored} (stats: contact={stats['contact']})")
    if errors:
        print(f"errors: {len(errors)}; first: {errors[0]}")
    ok = not errors and stored == args.records == len(created)
    print("target >= 5,000 records/s:", "met" if rate >= 5000 else "NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
