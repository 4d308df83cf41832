"""Load throughput against the local emulator: our loader, Microsoft's SDK, a naive loop, and
the ceiling the service-protection limits allow.

The emulator runs as a subprocess (``d365migrate emulator --tls``) with Dataverse's real
proportions on a 5-second window: 100 requests and 20,000 ms of execution time a window (the
execution limit is "about 4 requests flat out", as in a real org), 52 concurrent, 20 ms a
request plus 2 ms a record written. The data is 4,000 accounts and 40,000 contacts, each
contact bound to one account. After every run the emulator is counted (exact count, no
duplicate source id, every contact bound to its own account) and reset. Our loader is given
the emulator's limits as a user states an org's in the parameters
(``load.service_protection``), so it paces to them from the start instead of learning them
from a first 429 (``throttled_429`` in the JSON counts the refusals it met).

Whether the machine, not the limits, bound a run: each run also reports the CPU seconds the
emulator server and this process (the client) used a second of it (``emulator_cpu`` and
``client_cpu`` in the JSON, for our loader's run; the machine has two cores, shared). The
emulator's own time beyond a request's simulated cost is charged to the window, as a slow
server's would be, so a busy machine shows as a lower ratio.

Run: ``.venv/bin/python benchmarks/load_throughput.py``. The last line printed is one JSON
object with ``ours_rps``, ``naive_rps``, ``ms_sdk_rps``, ``ceiling_rps``, ``ratio_to_ceiling``,
``ratio_to_ms_sdk``, ``faults_count_ok``, ``throttled_429``, ``window_use`` (the emulator's
charged execution time over what its limit allows, for our run), ``emulator_cpu``,
``client_cpu``, ``load_average``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx
import polars as pl

from d365migrate.dataverse import DataverseClient, StaticToken
from d365migrate.dataverse.limits import ServiceProtection
from d365migrate.load.estimate import ServiceLimits, ceiling
from d365migrate.load.ledger import Ledger
from d365migrate.load.loader import TableLoader
from d365migrate.load.org_records import ensure_source_id_column, existing_ids
from d365migrate.staging.stage import REF_PREFIX, SOURCE_ID, SOURCE_ROW

COLUMN = "new_smartdeskid"
NAV = "parentcustomerid_account"
LIMITS = ServiceLimits(max_requests=100, window_seconds=5, max_exec_ms=20_000,
                       max_concurrent=52, latency_ms=20, record_cost_ms=2)
CHUNK = 1000
SERVER: dict[str, int] = {}  # the running emulator's process id ("pid")


def cpu_seconds(pid: int | None = None) -> float:
    """CPU seconds (user + system) a process has used: the emulator's (``pid``, Linux
    ``/proc``) or this one's, every thread counted."""
    if pid is None:
        t = os.times()
        return t.user + t.system
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def emulator_flags(fault_rate: float = 0.0) -> list[str]:
    """The benchmark's limits, and the demo org's currencies (the sample's deals name them:
    parameters/demo.yml, ``destination.currencies``)."""
    import yaml

    lim = LIMITS
    demo = Path(__file__).resolve().parents[1] / "parameters" / "demo.yml"
    rates = yaml.safe_load(demo.read_text(encoding="utf-8"))["destination"]["currencies"]
    return ["--window-seconds", str(lim.window_seconds), "--max-requests", str(lim.max_requests),
            "--max-exec-ms", str(int(lim.max_exec_ms)), "--max-concurrent",
            str(lim.max_concurrent), "--latency-ms", str(lim.latency_ms), "--record-cost-ms",
            str(lim.record_cost_ms), "--fault-rate", str(fault_rate), "--seed", "7",
            "--currencies", ",".join(f"{code}={rate}" for code, rate in rates.items())]


@contextmanager
def emulator(state: Path, fault_rate: float = 0.0, *extra: str) -> Iterator[tuple[str, str]]:
    """``d365migrate emulator --tls`` on loopback, a free port, with the benchmark's limits
    and ``extra`` flags; yields (base URL, CA file)."""
    exe = Path(sys.executable).with_name("d365migrate")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "d365migrate.cli"]
    cmd += ["emulator", "--tls", "--host", "127.0.0.1", "--port", "0", "--state", str(state),
            *emulator_flags(fault_rate), *extra]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    SERVER["pid"] = proc.pid
    url = ca = ""
    try:
        assert proc.stdout is not None
        deadline = time.monotonic() + 60
        while not (url and ca) and time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                raise RuntimeError(f"emulator exited with {proc.wait()}")
            if "listening on" in line:
                url = line.split("listening on", 1)[1].strip().split("/api/")[0]
            elif line.startswith("CA file:"):
                ca = line.split(":", 1)[1].strip()
        yield url, ca
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


# -- data ------------------------------------------------------------------------------------
def make_data(accounts: int, contacts: int, seed: int = 1) -> tuple[list[dict], list[dict]]:
    """Accounts, and contacts each naming the source id of its account under ``NAV``."""
    rng = random.Random(seed)
    acc = [{COLUMN: f"A{i:05d}", "name": f"Account {i}", "telephone1": f"555-{i:04d}",
            "websiteurl": f"https://a{i}.example.com"} for i in range(accounts)]
    con = [{COLUMN: f"C{i:06d}", "firstname": f"First{i}", "lastname": f"Last{i}",
            "emailaddress1": f"c{i}@example.com", "jobtitle": "Buyer",
            NAV: f"A{rng.randrange(accounts):05d}"} for i in range(contacts)]
    return acc, con


def staged(rows: list[dict]) -> pl.DataFrame:
    """The loader's input: what ``staging`` writes (source id, row, values, lookups)."""
    out = []
    for i, r in enumerate(rows):
        row = {SOURCE_ID: r[COLUMN], SOURCE_ROW: i + 2}
        row.update({k: v for k, v in r.items() if k not in (COLUMN, NAV)})
        if NAV in r:
            row[REF_PREFIX + NAV] = r[NAV]
        out.append(row)
    return pl.DataFrame(out)


# -- checks ----------------------------------------------------------------------------------
def stated_limits() -> ServiceProtection:
    """The emulator's limits as a user states them (``load.service_protection``)."""
    lim = LIMITS
    return ServiceProtection(requests=lim.max_requests,
                             execution_seconds=lim.max_exec_ms / 1000,
                             window_seconds=lim.window_seconds,
                             concurrent=lim.max_concurrent, source="parameters")


def client_for(url: str, ca: str) -> DataverseClient:
    """A client as a run makes one: given the org's limits, paced to them from the start."""
    return DataverseClient(url, StaticToken("bench"), verify=ca, service_limits=stated_limits())


def reset(url: str, ca: str) -> None:
    """Empty the org between runs, keeping the source-id columns and keys."""
    httpx.post(url + "/_emulator/reset", json={"keep_custom_metadata": True}, verify=ca,
               timeout=60).raise_for_status()


def verify(url: str, ca: str, accounts: list[dict], contacts: list[dict]) -> dict[str, Any]:
    """Exact counts, no duplicate source id, every contact bound to its own account."""
    with client_for(url, ca) as c:
        acc_total = c.count("accounts", "accountid")
        acc_ids = existing_ids(c, {"EntitySetName": "accounts", "PrimaryIdAttribute": "accountid"},
                               COLUMN)
        rows = list(c.query("contacts", select=["contactid", COLUMN, "_parentcustomerid_value"]))
    expected_parent = {r[COLUMN]: acc_ids.get(r[NAV]) for r in contacts}
    sids = [r[COLUMN] for r in rows]
    wrong = sum(1 for r in rows if r["_parentcustomerid_value"] is None
                or r["_parentcustomerid_value"] != expected_parent.get(r[COLUMN]))
    ok = (acc_total == len(acc_ids) == len(accounts)
          and set(acc_ids) == {a[COLUMN] for a in accounts}
          and len(rows) == len(set(sids)) == len(contacts)
          and set(sids) == set(expected_parent) and wrong == 0)
    return {"ok": ok, "accounts": acc_total, "contacts": len(rows),
            "duplicates": (acc_total - len(acc_ids)) + (len(rows) - len(set(sids))),
            "unbound_or_wrong": wrong}


# -- the contenders --------------------------------------------------------------------------
def prepare(url: str, ca: str) -> dict[str, dict]:
    """Source-id column and alternate key on both tables (metadata, outside the timing)."""
    with client_for(url, ca) as c:
        return {t: ensure_source_id_column(c, c.entity_definition(t), COLUMN)
                for t in ("account", "contact")}


def run_ours(url: str, ca: str, defs: dict[str, dict], accounts: list[dict],
             contacts: list[dict], ledger_dir: Path) -> dict[str, Any]:
    ledger = Ledger(ledger_dir / f"ledger-{time.time_ns()}.jsonl")
    staged_accounts, staged_contacts = staged(accounts), staged(contacts)  # as the SDK's lists
    with client_for(url, ca) as c:
        cpu = cpu_seconds(), cpu_seconds(SERVER.get("pid"))
        start = time.monotonic()
        acc = TableLoader(c, defs["account"], source_id_column=COLUMN, ledger=ledger,
                          chunk_size=CHUNK, progress=False).load(
            staged_accounts, owner_ids={}, ref_ids={})
        con = TableLoader(c, defs["contact"], source_id_column=COLUMN, ledger=ledger,
                          chunk_size=CHUNK, progress=False).load(
            staged_contacts, owner_ids={}, ref_ids={NAV: ("accounts", acc.ids)})
        seconds = time.monotonic() - start
        client_cpu = (cpu_seconds() - cpu[0]) / seconds
        emulator_cpu = (cpu_seconds(SERVER.get("pid")) - cpu[1]) / seconds
    failed = acc.failed.height + con.failed.height
    return {"records": len(accounts) + len(contacts), "seconds": seconds, "failed": failed,
            "tables": [acc.stats, con.stats], "client_cpu": client_cpu,
            "emulator_cpu": emulator_cpu, "window_use": window_use(url, ca, seconds)}


def window_use(url: str, ca: str, seconds: float) -> float:
    """The execution time the emulator charged (since its last reset) a second of the run,
    over what its limit allows a second: how much of the server's window the loader used
    (1.0: all of it, on average). A busy machine makes the emulator charge more than a
    request's simulated cost (its own time), which lowers ``ratio_to_ceiling`` but not this."""
    users = httpx.get(url + "/_emulator/requests", verify=ca, timeout=60).json()["users"]
    charged = sum(u["exec_ms"] for u in users.values()) / 1000
    return charged / seconds / (LIMITS.max_exec_ms / 1000 / LIMITS.window_seconds)


class _Credential:
    """An azure-identity style credential handing out the emulator's bearer token."""

    def get_token(self, *scopes: str, **kw: Any) -> Any:
        from azure.core.credentials import AccessToken

        return AccessToken("bench", int(time.time()) + 3600)


def _honour_429(call: Callable[[], Any]) -> tuple[Any, int]:
    """The SDK raises on 429 with ``retry_after``; wait it out as its docs tell callers to."""
    from PowerPlatform.Dataverse.core.errors import HttpError

    throttled = 0
    while True:
        try:
            return call(), throttled
        except HttpError as exc:
            if getattr(exc, "status_code", None) != 429:
                raise
            throttled += 1
            time.sleep(getattr(exc, "retry_after", None) or 1)


def run_ms_sdk(url: str, ca: str, accounts: list[dict], contacts: list[dict]) -> dict[str, Any]:
    """Microsoft's PowerPlatform-Dataverse-Client: CreateMultiple in chunks of 1,000."""
    from PowerPlatform.Dataverse.client import DataverseClient as MsClient

    os.environ["REQUESTS_CA_BUNDLE"] = ca
    throttled = 0
    with MsClient(url, _Credential()) as ms:
        start = time.monotonic()
        acc_ids: dict[str, str] = {}
        for i in range(0, len(accounts), CHUNK):
            part = accounts[i:i + CHUNK]
            ids, t = _honour_429(lambda p=part: ms.records.create("account", p))
            throttled += t
            acc_ids.update(zip([a[COLUMN] for a in part], ids, strict=True))
        for i in range(0, len(contacts), CHUNK):
            part = [{**{k: v for k, v in r.items() if k != NAV},
                     f"{NAV}@odata.bind": f"/accounts({acc_ids[r[NAV]]})"}
                    for r in contacts[i:i + CHUNK]]
            _, t = _honour_429(lambda p=part: ms.records.create("contact", p))
            throttled += t
        seconds = time.monotonic() - start
    return {"records": len(accounts) + len(contacts), "seconds": seconds, "throttled": throttled}


def run_naive(url: str, ca: str, accounts: list[dict]) -> dict[str, Any]:
    """One POST per record, one after another (429s waited out by the client's retry)."""
    with client_for(url, ca) as c:
        start = time.monotonic()
        for r in accounts:
            c.create("accounts", r)
        seconds = time.monotonic() - start
    return {"records": len(accounts), "seconds": seconds}


# -- report ----------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--accounts", type=int, default=4000)
    p.add_argument("--contacts", type=int, default=40_000)
    p.add_argument("--naive-records", type=int, default=1000)
    p.add_argument("--only", choices=["ours", "sdk", "naive", "faults"], action="append")
    p.add_argument("--record-cost-ms", type=float, default=LIMITS.record_cost_ms,
                   help="server time a record (default 2): a higher cost keeps the emulator's "
                        "own CPU from binding on a busy machine, so the ratio measures the "
                        "loader's hold on the limits; chunks (ours, the SDK's, the ceiling's) "
                        "then start at a fifth of the window")
    args = p.parse_args(argv)
    globals()["LIMITS"] = replace(LIMITS, record_cost_ms=args.record_cost_ms)
    if args.record_cost_ms > 2:  # requests of at most a fifth of the window, from the start
        globals()["CHUNK"] = min(1000, int(LIMITS.window_seconds * 200 / args.record_cost_ms))
    runs = args.only or ["ours", "sdk", "naive", "faults"]
    accounts, contacts = make_data(args.accounts, args.contacts)
    top = ceiling(LIMITS, CHUNK)
    ceiling_rps = top["records_per_second"]
    results: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="load-bench-") as tmp:
        folder = Path(tmp)
        state = folder / "org.sqlite"
        with emulator(state) as (url, ca):
            defs = prepare(url, ca)
            for name in [r for r in runs if r != "faults"]:
                reset(url, ca)
                if name == "ours":
                    res = run_ours(url, ca, defs, accounts, contacts, folder)
                    res["check"] = verify(url, ca, accounts, contacts)
                elif name == "sdk":
                    res = run_ms_sdk(url, ca, accounts, contacts)
                    res["check"] = verify(url, ca, accounts, contacts)
                else:
                    first = accounts[:args.naive_records]
                    res = run_naive(url, ca, first)
                    res["check"] = verify(url, ca, first, [])
                results[name] = res
            reset(url, ca)
        if "faults" in runs:
            with emulator(state, fault_rate=0.05) as (url, ca):
                res = run_ours(url, ca, defs, accounts, contacts, folder)
                res["check"] = verify(url, ca, accounts, contacts)
                results["faults"] = res
    print_table(results, ceiling_rps, top)
    rps = {k: v["records"] / v["seconds"] for k, v in results.items()}
    summary = {
        "ours_rps": round(rps.get("ours", 0.0), 1),
        "naive_rps": round(rps.get("naive", 0.0), 1),
        "ms_sdk_rps": round(rps.get("sdk", 0.0), 1),
        "ceiling_rps": round(ceiling_rps, 1),
        "ratio_to_ceiling": round(rps.get("ours", 0.0) / ceiling_rps, 3),
        "ratio_to_ms_sdk": round(rps["ours"] / rps["sdk"], 2) if "ours" in rps and "sdk" in rps
        else None,
        "faults_count_ok": results["faults"]["check"]["ok"] if "faults" in results else None,
        "ours_faults_rps": round(rps.get("faults", 0.0), 1),
        "counts_ok": all(r["check"]["ok"] for r in results.values()),
        "throttled_429": sum(t["throttled_429"] for t in results.get("ours", {}).get(
            "tables", [])),
        "window_use": round(results.get("ours", {}).get("window_use", 0.0), 3),
        "emulator_cpu": round(results.get("ours", {}).get("emulator_cpu", 0.0), 2),
        "client_cpu": round(results.get("ours", {}).get("client_cpu", 0.0), 2),
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }
    print(json.dumps(summary))
    return 0 if summary["counts_ok"] else 1


def print_table(results: dict[str, dict[str, Any]], ceiling_rps: float, top: dict) -> None:
    lim = LIMITS
    print(f"limits: {lim.max_requests} requests and {lim.max_exec_ms:,.0f} ms execution per "
          f"{lim.window_seconds:g} s window, {lim.max_concurrent} concurrent; cost "
          f"{lim.latency_ms:g} ms + {lim.record_cost_ms:g} ms/record")
    print(f"ceiling at {CHUNK} records/request: {ceiling_rps:,.0f} records/s "
          f"({top['bound']} binds: {top['requests_per_second']:.2f} requests/s of "
          f"{top['ms_per_request']:,.0f} ms)")
    names = {"ours": "d365migrate loader", "sdk": "Microsoft SDK, CreateMultiple x1000",
             "naive": "naive, one POST per record", "faults": "d365migrate, 5% faults"}
    print(f"{'run':38} {'records':>8} {'seconds':>8} {'rec/s':>8} {'of ceiling':>10}  counts")
    for key, r in results.items():
        rps = r["records"] / r["seconds"]
        c = r["check"]
        print(f"{names[key]:38} {r['records']:>8,} {r['seconds']:>8.1f} {rps:>8,.0f} "
              f"{rps / ceiling_rps:>10.0%}  {'exact' if c['ok'] else 'WRONG ' + json.dumps(c)}")
        if "window_use" in r:
            print(f"    execution-time window used: {r['window_use']:.0%} (the emulator's "
                  "charges, its own time included, over its limit)")
        if "emulator_cpu" in r:
            print(f"    CPU a second of the run: emulator {r['emulator_cpu']:.2f}, client "
                  f"{r['client_cpu']:.2f} (of 2 cores, shared; load average "
                  f"{os.getloadavg()[0]:.1f})")
        for t in r.get("tables", []):
            print(f"    {t['table']:10} {t['requests']:>4} requests, {t['throttled_429']:>3} x 429,"
                  f" {t['retries']:>3} retries, concurrency {t['final_concurrency']} "
                  f"(peak {t['peak_concurrency']}), chunk {t['final_chunk_size']}, "
                  f"{t['records_per_second']:,.0f} rec/s")


if __name__ == "__main__":
    raise SystemExit(main())
