"""The fault matrix's harness: runs of a test engagement against a real emulator server (a
subprocess, so it can be killed and restarted), each run a child process (so it can be
killed -9), and the org read back as a picture to compare with a fault-free run's.

A run here is the run's steps (profile, mapping, stage, load) in a child process with a
client on the server's URL and a static token; its run folder holds run.json (with the
server as destination) and the ledger, as ``d365migrate run`` leaves them, so resume and
``rollback_run`` work on it unchanged.

``picture``: per table, each record's SmartDesk id (or its derived id) with its state and
status, plus how many records carry each key (a duplicate shows as 2) and how many case
resolutions each case has. Two orgs loaded from the same export must have equal pictures.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from d365migrate.dataverse import DataverseClient, StaticToken
from d365migrate.dataverse.errors import DataverseError

SRC = Path(__file__).resolve().parents[1] / "src"
TABLES = {  # table -> (entity set, primary id)
    "account": ("accounts", "accountid"), "contact": ("contacts", "contactid"),
    "lead": ("leads", "leadid"), "opportunity": ("opportunities", "opportunityid"),
    "task": ("tasks", "activityid"), "phonecall": ("phonecalls", "activityid"),
    "appointment": ("appointments", "activityid"), "email": ("emails", "activityid"),
    "annotation": ("annotations", "annotationid"), "incident": ("incidents", "incidentid"),
}
COLUMN = "new_smartdeskid"
TIGHT = ["--window-seconds", "2", "--max-requests", "60", "--max-exec-ms", "6000",
         "--max-concurrent", "8", "--latency-ms", "5", "--record-cost-ms", "0.5"]

CHILD = r"""
import sys
from datetime import UTC, datetime
from d365migrate.dataverse import DataverseClient, StaticToken
from d365migrate.dataverse.destination import Destination
from d365migrate.run import steps
from d365migrate.run.context import RunContext, write_run_json

params_file, run_dir, url = sys.argv[1:4]
ctx = RunContext.open(params_file, run_dir)
dest = Destination(url=url, kind="org")
ctx.__dict__["destination"] = dest
ctx.__dict__["client"] = DataverseClient(url, StaticToken(), timeout=30)
write_run_json(ctx.folder, ctx.params, dest, status="running",
               started_at=datetime.now(UTC).isoformat(timespec="seconds"))
try:
    steps.load_step(ctx, progress=False)
except BaseException as exc:
    print(f"run failed: {type(exc).__name__}: {exc}", file=sys.stderr, flush=True)
    write_run_json(ctx.folder, ctx.params, dest, status="failed",
                   error=f"{type(exc).__name__}: {exc}")
    raise
write_run_json(ctx.folder, ctx.params, dest, status="succeeded")
"""
TEMPLATE_FILES = ("run.json", "ledger.jsonl", "rollback.json")  # not copied into a new run


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(SRC), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env.pop("DATAVERSE_URL", None)
    return env


@dataclass
class Server:
    """``dataverse_emulator.server`` on a fixed loopback port and a state file."""

    state: Path
    users: Path | None = None
    flags: list[str] = field(default_factory=list)
    port: int = field(default_factory=free_port)
    proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, *flags: str) -> Server:
        cmd = [sys.executable, "-m", "dataverse_emulator.server", "--host", "127.0.0.1",
               "--port", str(self.port), "--state", str(self.state), *demo_currencies(),
               *self.flags, *flags]
        if self.users is not None:
            cmd += ["--users", str(self.users)]
        deadline = time.monotonic() + 30
        while True:  # a restart may find the port still closing
            self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE,
                                         stderr=subprocess.DEVNULL, text=True, env=child_env())
            assert self.proc.stdout is not None
            line = self.proc.stdout.readline()
            if "listening on" in line:
                return self
            self.proc.wait(10)
            if time.monotonic() > deadline:
                raise RuntimeError(f"the emulator server did not start: {line!r}")
            time.sleep(0.3)

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()

    def client(self) -> DataverseClient:
        return DataverseClient(self.url, StaticToken(), timeout=60)


def demo_currencies() -> list[str]:
    """The server's flag for the demo org's currencies (parameters/demo.yml's
    ``destination.currencies``): the sample's deals name them."""
    import yaml

    raw = yaml.safe_load((SRC.parent / "parameters" / "demo.yml").read_text(encoding="utf-8"))
    rates = raw["destination"]["currencies"]
    return ["--currencies", ",".join(f"{code}={rate}" for code, rate in rates.items())]


@contextmanager
def server(state: Path, *flags: str, users: Path | None = None) -> Iterator[Server]:
    srv = Server(state, users, list(flags)).start()
    try:
        yield srv
    finally:
        srv.stop()


@dataclass
class Engagement:
    """A test engagement staged once (profile, mapping, stage into ``template``); each run
    starts from a copy of that folder and loads, as a run's load notebook does."""

    params: Path
    template: Path
    users: Path

    @property
    def runs(self) -> Path:
        import yaml

        name = yaml.safe_load(self.params.read_text())["engagement"]
        return self.params.parents[1] / "runs" / name

    def new_run(self, scenario: str, name: str) -> Path:
        """``runs/<engagement>/<scenario>/<name>``: names sort by start, as the runner's
        stamps do; each scenario (each org) its own folder of runs, so rollback's question
        "which other runs need this" is asked of that org's runs only."""
        run_dir = self.runs / scenario / name
        shutil.copytree(self.template, run_dir,
                        ignore=shutil.ignore_patterns(*TEMPLATE_FILES))
        return run_dir


def stage_engagement(root: Path, scale: float = 0.1, seed: int = 7) -> Engagement:
    """The sample export at ``scale`` staged into ``root/template`` (through a throwaway
    emulator server: the mapping reads the org's metadata) and the org's users file."""
    from d365migrate.dataverse.destination import Destination
    from d365migrate.demo.org_users import write_emulator_users
    from d365migrate.run import steps
    from d365migrate.run.context import RunContext
    from d365migrate.run.runner import ensure_export
    from engagements import demo_parameters

    params = demo_parameters(root, "faults", seed=seed, scale=scale)
    cwd = Path.cwd()
    os.chdir(root)
    try:
        ensure_export(params)
        template = root / "template"
        ctx = RunContext.open(params, template)
        users = write_emulator_users(ctx.export.tables, root / "org-users.csv")
        with server(root / "template-org.sqlite", users=users) as srv:
            ctx.__dict__["destination"] = Destination(url=srv.url, kind="org")
            ctx.__dict__["client"] = srv.client()
            steps.profile_step(ctx)
            steps.mapping_step(ctx)
            steps.stage_step(ctx)
            ctx.client.close()
    finally:
        os.chdir(cwd)
    return Engagement(params, template, users)


def start_run(params_file: Path, run_dir: Path, url: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", CHILD, str(params_file), str(run_dir), url],
                            cwd=params_file.parents[1], env=child_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def run_to_end(params_file: Path, run_dir: Path, url: str, timeout: float = 600) -> str:
    """Run the steps in a child; its status from run.json ('succeeded' or 'failed')."""
    proc = start_run(params_file, run_dir, url)
    _, err = proc.communicate(timeout=timeout)
    status = json.loads((run_dir / "run.json").read_text())["status"]
    if proc.returncode != 0 and status == "succeeded":
        raise RuntimeError(err[-3000:])
    if proc.returncode != 0:
        print(err[-3000:], file=sys.stderr)
    return status


def ledger_events(run_dir: Path) -> list[dict[str, Any]]:
    path = run_dir / "ledger.jsonl"
    if not path.exists():
        return []
    out = []
    for line in path.read_text().splitlines():
        try:
            out.append(json.loads(line))
        except ValueError:
            continue
    return out


def kill_when(proc: subprocess.Popen, run_dir: Path, ready: Any, timeout: float = 300) -> bool:
    """SIGKILL the run once ``ready(ledger events)`` holds; False if it ended first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return False
        if ready(ledger_events(run_dir)):
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(10)
            return True
        time.sleep(0.05)
    raise TimeoutError("the run never reached the point to kill it at")


def created_in(table: str) -> Any:
    """A ``kill_when`` condition: some chunk of ``table`` has been created."""
    return lambda events: any(e.get("event") == "created" and e.get("table") == table
                              for e in events)


def sending(table: str) -> Any:
    """A ``kill_when`` condition: the first chunk of ``table`` is on its way (its intent is
    written, its answer not yet)."""
    return lambda events: any(e.get("event") == "intent" and e.get("table") == table
                              for e in events)


def closing(table: str) -> Any:
    """A ``kill_when`` condition: every chunk of ``table`` has its answer, so its closes
    (won, lost, qualified...) are next or under way. Closes of records a run created write
    no before-image (rollback deletes those records), so the ledger shows no close itself."""
    def ready(events: list[dict[str, Any]]) -> bool:
        sent = {e["chunk"] for e in events if e.get("event") == "intent"
                and e.get("table") == table}
        answered = {e["chunk"] for e in events if e.get("event") in ("created", "settled")
                    and e.get("table") == table}
        return bool(sent) and sent <= answered
    return ready


# -- the org's picture --------------------------------------------------------------------------
def _rows(client: DataverseClient, entity_set: str, select: list[str]) -> list[dict[str, Any]]:
    try:
        return list(client.query(entity_set, select=select))
    except DataverseError:  # no such column (no run keyed the table) or no such table
        return list(client.query(entity_set, select=select[:1]))


def picture(client: DataverseClient) -> dict[str, Any]:
    """Per table: {key: (statecode, statuscode)}, duplicates per key (>1), and resolutions
    per case. Keys: the SmartDesk id, or the record id where the table has no such column
    (notes, whose ids are derived from their SmartDesk ids); records without either (not
    from a load) are counted apart."""
    out: dict[str, Any] = {"tables": {}, "duplicates": {}, "foreign": {}}
    for table, (entity_set, pk) in TABLES.items():
        rows = _rows(client, entity_set, [pk, COLUMN, "statecode", "statuscode"])
        keys = [r.get(COLUMN) or (r[pk] if table == "annotation" else None) for r in rows]
        counts = Counter(k for k in keys if k)
        out["tables"][table] = {k: (r.get("statecode"), r.get("statuscode"))
                                for k, r in zip(keys, rows, strict=True) if k}
        out["duplicates"][table] = {k: n for k, n in counts.items() if n > 1}
        out["foreign"][table] = sum(1 for k in keys if not k)
    cases = {r["incidentid"]: r.get(COLUMN) for r in _rows(
        client, "incidents", ["incidentid", COLUMN])}
    per_case = Counter(cases.get(r.get("_incidentid_value")) for r in client.query(
        "incidentresolutions", select=["activityid", "_incidentid_value"]))
    out["resolutions"] = dict(per_case)
    return out


def differences(expected: dict[str, Any], got: dict[str, Any], limit: int = 12) -> list[str]:
    """What differs between two pictures, in words (empty: the orgs are alike)."""
    out: list[str] = []
    for table in TABLES:
        want, have = expected["tables"][table], got["tables"][table]
        missing, extra = sorted(set(want) - set(have)), sorted(set(have) - set(want))
        if missing:
            out.append(f"{table}: {len(missing)} missing, e.g. {missing[:3]}")
        if extra:
            out.append(f"{table}: {len(extra)} not expected, e.g. {extra[:3]}")
        wrong = sorted(k for k in set(want) & set(have) if want[k] != have[k])
        if wrong:
            out.append(f"{table}: {len(wrong)} in another state, e.g. "
                       + ", ".join(f"{k} {want[k]}->{have[k]}" for k in wrong[:3]))
        if got["duplicates"][table]:
            out.append(f"{table}: duplicated {dict(list(got['duplicates'][table].items())[:3])}")
        if got["foreign"][table] != expected["foreign"][table]:
            out.append(f"{table}: {got['foreign'][table]} records without a SmartDesk id "
                       f"(expected {expected['foreign'][table]})")
    if got["resolutions"] != expected["resolutions"]:
        diff = {k: (expected["resolutions"].get(k), v) for k, v in got["resolutions"].items()
                if expected["resolutions"].get(k) != v}
        out.append(f"case resolutions differ: {dict(list(diff.items())[:5])}")
    return out[:limit]


def summary(p: dict[str, Any]) -> dict[str, Any]:
    """Counts per table and per state: what a report prints."""
    return {t: dict(Counter(f"{s}/{st}" for s, st in recs.values()))
            for t, recs in p["tables"].items()}


# -- scenarios ----------------------------------------------------------------------------------
def baseline(eng: Engagement, state: Path) -> dict[str, Any]:
    """The org a fault-free load of the engagement leaves: what every scenario must equal."""
    with server(state, users=eng.users) as srv:
        status = run_to_end(eng.params, eng.new_run("baseline", "00-baseline"), srv.url)
        if status != "succeeded":
            raise RuntimeError("the fault-free load failed")
        with srv.client() as c:
            return picture(c)


def rerun_until_done(eng: Engagement, srv: Server, scenario: str, label: str, first: int,
                     tries: int = 3) -> list[Path]:
    """Run again, as a person would, until a run succeeds (a run that gives up on a fault
    budget stops cleanly and the next resumes it); the run folders, oldest first."""
    runs = []
    for i in range(tries):
        run_dir = eng.new_run(scenario, f"{first + i:02d}-{label}")
        runs.append(run_dir)
        if run_to_end(eng.params, run_dir, srv.url) == "succeeded":
            return runs
    raise RuntimeError(f"{label}: no run succeeded in {tries} tries")


def roll_back_all(srv: Server, runs: list[Path]) -> dict[str, Any]:
    """Roll back every run folder, newest first; each rollback.json complete; the picture
    of the org afterwards."""
    from d365migrate.verify.rollback import rollback_run

    complete = []
    with srv.client() as c:
        for run_dir in sorted(runs, reverse=True):
            result = rollback_run(run_dir, c, progress=False, schema=True)
            complete.append(bool(result["complete"]))
        columns = {a["LogicalName"] for a in c.entity_definition("account")["Attributes"]}
        return {"complete": complete, "picture": picture(c),
                "schema_left": sorted(a for a in columns if a.startswith("new_"))}


def empty(p: dict[str, Any]) -> list[str]:
    """What is left of any load in a picture (empty: the org is as before the first run)."""
    return [f"{t}: {len(recs)} left" for t, recs in p["tables"].items() if recs] + \
        [f"{t}: {n} records without a SmartDesk id" for t, n in p["foreign"].items() if n]


def with_faults(eng: Engagement, state: Path, *flags: str, label: str = "faults"
                ) -> dict[str, Any]:
    """One load (and re-runs until one succeeds) under these emulator flags."""
    with server(state, *flags, users=eng.users) as srv:
        runs = rerun_until_done(eng, srv, label, label, 1)
        with srv.client() as c:
            return {"runs": runs, "picture": picture(c),
                    "rollback": roll_back_all(srv, runs)}


def killed_during(eng: Engagement, state: Path, when: Any, label: str, *flags: str
                  ) -> dict[str, Any]:
    """A run killed -9 when ``when(ledger events)`` holds, then run again."""
    with server(state, *flags, users=eng.users) as srv:
        first = eng.new_run(label, f"01-{label}-killed")
        killed = kill_when(start_run(eng.params, first, srv.url), first, when)
        runs = [first, *rerun_until_done(eng, srv, label, label, 2)]
        with srv.client() as c:
            return {"killed": killed, "runs": runs, "picture": picture(c),
                    "rollback": roll_back_all(srv, runs)}


def server_restarted(eng: Engagement, state: Path, *flags: str) -> dict[str, Any]:
    """The emulator server killed -9 while contacts load and started again on its state;
    the run rides it out (or stops cleanly and the next run resumes)."""
    with server(state, *flags, users=eng.users) as srv:
        first = eng.new_run("restart", "01-server-killed")
        proc = start_run(eng.params, first, srv.url)
        deadline = time.monotonic() + 300
        while not created_in("contact")(ledger_events(first)):
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the run ended before the server could be killed")
            time.sleep(0.05)
        srv.kill()
        time.sleep(1.0)
        srv.start()
        proc.communicate(timeout=600)
        status = json.loads((first / "run.json").read_text())["status"]
        runs = [first] + ([] if status == "succeeded" else
                          rerun_until_done(eng, srv, "restart", "after-restart", 2))
        with srv.client() as c:
            return {"first_status": status, "runs": runs, "picture": picture(c),
                    "rollback": roll_back_all(srv, runs)}


def make_unwritable(folder: Path) -> bool:
    """The folder and its files can no longer be written (root ignores modes: the immutable
    attribute instead); False where neither works."""
    if os.geteuid() != 0:
        for f in folder.rglob("*"):
            f.chmod(0o444 if f.is_file() else 0o555)
        folder.chmod(0o555)
        return True
    targets = [str(folder), *(str(f) for f in folder.rglob("*"))]
    return subprocess.run(["chattr", "+i", *targets], capture_output=True).returncode == 0


def make_writable(folder: Path) -> None:
    if os.geteuid() != 0:
        folder.chmod(0o755)
        for f in folder.rglob("*"):
            f.chmod(0o644 if f.is_file() else 0o755)
        return
    subprocess.run(["chattr", "-i", str(folder), *(str(f) for f in folder.rglob("*"))],
                   capture_output=True)


def unwritable_mid_run(eng: Engagement, state: Path, *flags: str) -> dict[str, Any]:
    """The run folder becomes unwritable while contacts load: the run must stop with an
    error naming what it could not write, and its ledger must still let a re-run resume and
    rollback undo it."""
    with server(state, *flags, users=eng.users) as srv:
        first = eng.new_run("unwritable", "01-unwritable")
        proc = start_run(eng.params, first, srv.url)
        deadline = time.monotonic() + 300
        while not created_in("contact")(ledger_events(first)):
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the run ended before its folder could be locked")
            time.sleep(0.02)
        if not make_unwritable(first):
            proc.kill()
            proc.wait()
            return {"supported": False}
        try:
            _, err = proc.communicate(timeout=300)
        finally:
            make_writable(first)
        events = ledger_events(first)
        raw_lines = (first / "ledger.jsonl").read_text().splitlines()
        runs = [first, *rerun_until_done(eng, srv, "unwritable", "after-unwritable", 2)]
        with srv.client() as c:
            return {"supported": True, "returncode": proc.returncode, "stderr": err,
                    "ledger_lines": len(raw_lines), "ledger_parsed": len(events),
                    "runs": runs, "picture": picture(c),
                    "rollback": roll_back_all(srv, runs)}


ROLLBACK_CHILD = r"""
import sys
from pathlib import Path
from d365migrate.dataverse import DataverseClient, StaticToken
from d365migrate.verify.rollback import rollback_run
rollback_run(Path(sys.argv[1]), DataverseClient(sys.argv[2], StaticToken()), progress=False)
"""


def rollback_killed(eng: Engagement, state: Path, *flags: str) -> dict[str, Any]:
    """A load, then its rollback killed -9 once records have started to go, then the
    rollback run again: it must finish the job (what went already counts as absent)."""
    from d365migrate.verify.rollback import rollback_run

    with server(state, *flags, users=eng.users) as srv:
        runs = rerun_until_done(eng, srv, "rbkill", "rbkill", 1)
        with srv.client() as c:
            loaded = sum(len(t) for t in picture(c)["tables"].values())
            emails = c.count("emails", "activityid")  # the first table rollback empties
            proc = subprocess.Popen([sys.executable, "-c", ROLLBACK_CHILD, str(runs[-1]),
                                     srv.url], env=child_env(), stdout=subprocess.DEVNULL,
                                    stderr=subprocess.PIPE, text=True)
            killed = False
            while proc.poll() is None:
                if c.count("emails", "activityid") < emails:
                    os.kill(proc.pid, signal.SIGKILL)
                    killed = True
                    break
            proc.wait(10)
            left_at_kill = sum(len(t) for t in picture(c)["tables"].values())
            result = rollback_run(runs[-1], c, progress=False, schema=True)
            counted = {t: n["deleted"] + n["already_absent"] for t, n in
                       result["tables"].items()}
            return {"killed": killed, "loaded": loaded, "left_at_kill": left_at_kill,
                    "complete": bool(result["complete"]), "counted": counted,
                    "ledger": {t: n["ledger"] for t, n in result["tables"].items()},
                    "left": empty(picture(c))}
