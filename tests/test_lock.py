"""One engagement, one run at a time: runs/<engagement>/.lock."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from d365migrate.run.lock import EngagementLocked, acquire, engagement_lock, release

SECOND = """
import sys
from d365migrate.run.lock import EngagementLocked, acquire
try:
    acquire(sys.argv[1], "rollback 2026")
except EngagementLocked as exc:
    print(exc)
    sys.exit(3)
"""


def test_second_acquisition_is_refused_naming_the_holder(tmp_path: Path):
    with engagement_lock(tmp_path, "run parameters/acme.yml") as path:
        holder = json.loads(path.read_text())
        assert holder["pid"] == os.getpid() and holder["host"] == socket.gethostname()
        done = subprocess.run([sys.executable, "-c", SECOND, str(tmp_path)],
                              capture_output=True, text=True, timeout=60)
        assert done.returncode == 3, done.stderr
        for part in (f"pid {os.getpid()}", socket.gethostname(), holder["started_at"],
                     "run parameters/acme.yml"):
            assert part in done.stdout
    assert not (tmp_path / ".lock").exists()


def test_refused_in_process_when_another_live_process_holds_it(tmp_path: Path):
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        (tmp_path / ".lock").write_text(json.dumps({
            "pid": other.pid, "host": socket.gethostname(), "command": "verify 2026",
            "started_at": "2026-01-01T00:00:00+00:00"}))
        with pytest.raises(EngagementLocked, match=f"verify 2026 \\(pid {other.pid}"):
            acquire(tmp_path, "run x")
    finally:
        other.kill()
        other.wait()


def test_stale_lock_of_a_dead_process_is_cleared(tmp_path: Path):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    (tmp_path / ".lock").write_text(json.dumps({
        "pid": dead.pid, "host": socket.gethostname(), "command": "run killed.yml",
        "started_at": "2026-01-01T00:00:00+00:00"}))
    path = acquire(tmp_path, "run next.yml")
    try:
        assert json.loads(path.read_text())["command"] == "run next.yml"
        assert not path.with_name(".lock.clearing").exists()
    finally:
        release(path)
    assert not path.exists()


def test_torn_empty_lock_is_cleared_after_grace(tmp_path: Path):
    lock = tmp_path / ".lock"
    lock.write_text("")
    old = time.time() - 60
    os.utime(lock, (old, old))
    with engagement_lock(tmp_path, "run x") as path:
        assert json.loads(path.read_text())["command"] == "run x"


def test_lock_of_another_host_is_not_cleared(tmp_path: Path):
    (tmp_path / ".lock").write_text(json.dumps({
        "pid": 1, "host": "elsewhere.example", "command": "run x",
        "started_at": "2026-01-01T00:00:00+00:00"}))
    with pytest.raises(EngagementLocked, match="elsewhere.example"):
        acquire(tmp_path, "run y")


def test_lock_released_on_failure(tmp_path: Path):
    with pytest.raises(ValueError), engagement_lock(tmp_path, "run x"):
        assert (tmp_path / ".lock").exists()
        raise ValueError("the run failed")
    assert not (tmp_path / ".lock").exists()
    with engagement_lock(tmp_path, "run again"):  # and can be taken again
        pass


def test_runner_releases_the_lock_when_a_notebook_fails(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch):
    from d365migrate.run.runner import RunFailed, run

    monkeypatch.delenv("DATAVERSE_URL", raising=False)
    export = tmp_path / "export"
    export.mkdir()
    params = tmp_path / "p.yml"
    params.write_text(f"engagement: locked\nexport: {export}\nruns_dir: {tmp_path / 'runs'}\n"
                      "objects: [account]\n")
    with pytest.raises(RunFailed):
        run(params, notebooks=["no_such_notebook.ipynb"], progress=False)
    assert not (tmp_path / "runs" / "locked" / ".lock").exists()
    # and while another live process holds it, a run is refused before it makes a folder
    lock = tmp_path / "runs" / "locked" / ".lock"
    lock.write_text(json.dumps({"pid": os.getppid(), "host": socket.gethostname(),
                                "command": "rollback 2026", "started_at": "2026-01-01"}))
    before = set(lock.parent.iterdir())
    with pytest.raises(EngagementLocked, match="rollback 2026"):
        run(params, notebooks=["no_such_notebook.ipynb"], progress=False)
    assert set(lock.parent.iterdir()) == before and lock.exists()
