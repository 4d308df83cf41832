"""A run's status as it really is: a ``run.json`` that still says "running" after its process
died (``kill -9``, a crash, a reboot) describes an interrupted run, not one in progress.

The runner records its pid, host and the process's start time in ``run.json`` when it starts.
A "running" run whose process is gone on this host (the pid is not alive, or a different
process now has it) reads as ``interrupted`` everywhere a status is shown or checked; a run
started on another host cannot be checked from here and keeps its word, with the host named.
"""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path
from typing import Any

from d365migrate.report.plain import step_name
from d365migrate.runfolder import RunFolder

RUNNING, INTERRUPTED = "running", "interrupted"
NOT_FINISHED = ("running", "interrupted", "failed")


def pid_alive(pid: int) -> bool:
    """Whether a process with this pid exists on this host."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, owned by someone else
    return True


def process_started(pid: int) -> str | None:
    """The kernel's start time of a process and the boot it belongs to (Linux), so a pid
    reused by a later process is not taken for the run; None where it cannot be read."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        boot = Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    except OSError:
        return None
    fields = stat.rsplit(")", 1)[-1].split()
    return f"{boot}:{fields[19]}" if len(fields) > 19 else None


def this_process(pid: int) -> dict[str, Any]:
    """What ``run.json`` records of the process running it."""
    me: dict[str, Any] = {"pid": pid, "host": socket.gethostname()}
    started = process_started(pid)
    if started:
        me["process_started"] = started
    return me


def process_gone(run: dict[str, Any]) -> bool:
    """True when the run's process is known to have ended (same host only)."""
    pid, host = run.get("pid"), run.get("host")
    if not isinstance(pid, int) or pid <= 0 or host != socket.gethostname():
        return False
    if not pid_alive(pid):
        return True
    recorded, now = run.get("process_started"), process_started(pid)
    return bool(recorded and now and recorded != now)


def run_status(run: dict[str, Any]) -> str:
    """``status`` from run.json, with a dead "running" run read as ``interrupted``."""
    status = str(run.get("status") or "unknown")
    return INTERRUPTED if status == RUNNING and process_gone(run) else status


def stopped_during(run: dict[str, Any]) -> str | None:
    """The notebook a failed or interrupted run stopped in, if known."""
    return run.get("failed_notebook") or (
        run.get("current_notebook") if run_status(run) != "succeeded" else None)


def describe(run: dict[str, Any]) -> str:
    """One line a person understands: the status and, when it did not finish, why."""
    status = run_status(run)
    step = stopped_during(run)
    where = f" during {step} ({step_name(step)})" if step else ""
    if status == INTERRUPTED:
        how = str(run.get("error") or "ended without recording an outcome (killed or crashed)")
        if run.get("status") == RUNNING:
            how = (f"run.json still says running, but its process {run.get('pid')} on "
                   f"{run.get('host')} is gone")
        return f"interrupted{where}: {how}"
    if status == RUNNING:
        host = run.get("host")
        return f"running{where}" + (f" (pid {run.get('pid')} on {host})" if host else "")
    if status == "failed":
        return f"failed{where}: {run.get('error') or 'no error recorded'}"
    return status


def read_run(run_dir: Path) -> dict[str, Any] | None:
    """The run's ``run.json``, or None when it is missing or unreadable."""
    try:
        data = json.loads(RunFolder(run_dir).run_json.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def engagement_runs(engagement_dir: Path) -> list[tuple[Path, dict[str, Any] | None]]:
    """Every folder of the engagement with a ``run.json``, oldest first."""
    if not engagement_dir.is_dir():
        return []
    return [(p, read_run(p)) for p in sorted(engagement_dir.iterdir())
            if p.is_dir() and RunFolder(p).run_json.exists()]
