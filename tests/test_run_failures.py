"""A failed run says what failed (step, the error's own words, where the executed notebook
is), records it in run.json before anything else that can fail, and a run whose process died
reads as interrupted, never as still running."""

from __future__ import annotations

import errno
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest

import d365migrate.run.runner as runner
from d365migrate import cli
from d365migrate.report.signoff import refusals
from d365migrate.report.sponsor_facts import gather
from d365migrate.runfolder import RunFolder
from d365migrate.runstatus import describe, process_started, run_status, this_process

SRC = Path(__file__).resolve().parents[1] / "src"


def notebook(folder: Path, name: str, code: str) -> None:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell('parameters_file = ""\nrun_dir = ""',
                                          metadata={"tags": ["parameters"]}),
                nbformat.v4.new_code_cell(code)]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    folder.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, folder / name)


def engagement(tmp_path: Path, name: str = "faults") -> Path:
    (tmp_path / "export").mkdir(exist_ok=True)
    params = tmp_path / f"{name}.yml"
    params.write_text(f"engagement: {name}\nexport: {tmp_path / 'export'}\n"
                      f"runs_dir: {tmp_path / 'runs'}\nobjects: [account]\n")
    return params


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The CLI's ``run`` on this test's notebooks (``books/``) and embedded emulator."""
    monkeypatch.delenv("DATAVERSE_URL", raising=False)
    books = tmp_path / "books"
    books.mkdir()
    monkeypatch.setattr(runner, "notebooks_dir_default", lambda: books)
    return tmp_path


def only_run(tmp_path: Path, name: str = "faults") -> Path:
    (run_dir,) = [p for p in (tmp_path / "runs" / name).iterdir() if p.is_dir()]
    return run_dir


def test_a_failed_step_prints_the_step_the_error_and_the_notebook(
        project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture):
    notebook(project / "books", "01_check.ipynb", "print('checked')")
    notebook(project / "books", "02_profile.ipynb",
             "raise ValueError('companies.csv row 7, column founded: 31.02.2020 is not a date')")
    monkeypatch.setattr(runner, "RUN_NOTEBOOKS", ["01_check.ipynb", "02_profile.ipynb"])
    assert cli.main(["run", str(engagement(project))]) == 1
    err = capsys.readouterr().err
    run_dir = only_run(project)
    assert "run failed at step 02_profile (profile): ValueError: companies.csv row 7, " \
           "column founded: 31.02.2020 is not a date" in err
    assert f"executed notebook: {run_dir / '02_profile.ipynb'}" in err
    assert f"as HTML: {run_dir / '02_profile.html'}" in err
    assert "Traceback" not in err and "-----" not in err and ".ipynb failed" not in err
    info = json.loads((run_dir / "run.json").read_text())
    assert info["status"] == "failed" and info["failed_notebook"] == "02_profile.ipynb"
    assert info["error"] == ("ValueError: companies.csv row 7, column founded: 31.02.2020 is "
                             "not a date")
    assert info["notebooks"] == ["01_check.ipynb"]
    assert info["pid"] == os.getpid() and info["host"] == socket.gethostname()
    assert (run_dir / "02_profile.html").exists() and info["report"]["sha256"]


def enospc(path: object = None) -> OSError:
    return OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path) if path else None)


def torn_notebook_then_disk_full(input_path: str, output_path: str, **kw: object) -> None:
    """What papermill leaves when the disk fills while it saves the executed notebook."""
    # (and a busy machine's slow cell output is waited for, not an error after 4 s)
    assert kw["iopub_timeout"] == runner.IOPUB_TIMEOUT_SECONDS >= 60
    Path(output_path).write_text('{"cells": [{"cell_type": "code", "sou')
    raise enospc(output_path)


def test_disk_full_reads_no_space_left_not_a_json_error(
        project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture):
    import papermill

    monkeypatch.setattr(papermill, "execute_notebook", torn_notebook_then_disk_full)
    monkeypatch.setattr(runner, "RUN_NOTEBOOKS", ["03_stage_validate.ipynb"])
    assert cli.main(["run", str(engagement(project))]) == 1
    err = capsys.readouterr().err
    assert "run failed at step 03_stage_validate (checking the data): OSError: [Errno 28] " \
           "No space left on device" in err
    assert "does not appear to be JSON" not in err and "Traceback" not in err
    assert "as HTML" not in err  # the torn notebook cannot be rendered; that hides nothing
    info = json.loads((only_run(project) / "run.json").read_text())
    assert info["status"] == "failed" and "No space left on device" in info["error"]


def test_when_even_run_json_cannot_be_written_the_cli_still_prints_the_cause(
        project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture):
    import papermill

    import d365migrate.run.context as context

    real = context.write_json_atomic
    full = {"now": False}

    def filling(path: Path, data: object) -> Path:
        if full["now"]:
            raise enospc(path)
        return real(path, data)

    def execute(input_path: str, output_path: str, **kw: object) -> None:
        full["now"] = True  # the disk fills while the step runs
        Path(output_path).write_text("")
        raise enospc(output_path)

    monkeypatch.setattr(context, "write_json_atomic", filling)
    monkeypatch.setattr(papermill, "execute_notebook", execute)
    monkeypatch.setattr(runner, "RUN_NOTEBOOKS", ["04_load.ipynb"])
    assert cli.main(["run", str(engagement(project))]) == 1
    err = capsys.readouterr().err
    assert "run failed at step 04_load (loading into Dynamics 365): OSError: [Errno 28] No " \
           "space left on device" in err
    assert "run.json could not record the failure: No space left on device" in err
    # the run.json written before is whole (never torn) and, as its process is this live
    # one, reads as running: the CLI's message is the record of this failure
    info = json.loads((only_run(project) / "run.json").read_text())
    assert info["status"] == "running" and info["current_notebook"] == "04_load.ipynb"


def test_a_read_only_run_folder_is_a_named_error_not_a_traceback(
        project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture):
    import d365migrate.run.context as context

    def read_only(path: Path, data: object) -> Path:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))

    monkeypatch.setattr(context, "write_json_atomic", read_only)
    params = engagement(project)
    assert cli.main(["run", str(params)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"d365migrate run: cannot start a run under {project / 'runs'}")
    assert "Permission denied" in err and "run.json" in err and "Traceback" not in err

    # the lock's folder not writable either: the CLI names the file, no traceback
    import d365migrate.run.lock as lock

    def no_lock(*a: object, **k: object) -> int:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), "runs/faults/.lock")

    monkeypatch.setattr(lock.os, "open", no_lock)
    assert cli.main(["run", str(params)]) == 2
    assert capsys.readouterr().err == "d365migrate run: Permission denied: runs/faults/.lock\n"


def test_a_folder_that_becomes_read_only_mid_run_says_so(
        project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture):
    import papermill

    def unwritable(input_path: str, output_path: str, **kw: object) -> None:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), output_path)

    monkeypatch.setattr(papermill, "execute_notebook", unwritable)
    monkeypatch.setattr(runner, "RUN_NOTEBOOKS", ["01_profile.ipynb"])
    assert cli.main(["run", str(engagement(project))]) == 1
    err = capsys.readouterr().err
    assert "run failed at step 01_profile (reading the export): PermissionError: [Errno 13] " \
           "Permission denied" in err
    assert f"executed notebook: {only_run(project) / '01_profile.ipynb'} (not written)" in err


def test_failure_message_is_the_cells_exception_not_its_traceback():
    from papermill.exceptions import PapermillExecutionError

    exc = PapermillExecutionError(
        cell_index=3, exec_count=3, source="steps.load_step(ctx)", ename="GiveUp",
        evalue="\x1b[0;31morg.crm.dynamics.com did not answer for 5 min 0 s\x1b[0m",
        traceback=["\x1b[0;31m---------\x1b[0m", "Traceback (most recent call last)", "..."])
    assert runner.failure_message(exc) == "GiveUp: org.crm.dynamics.com did not answer for " \
                                          "5 min 0 s"
    assert runner.failure_message(OSError(errno.ENOSPC, "No space left on device")) == \
        "OSError: [Errno 28] No space left on device"
    assert runner.failure_message(KeyError("rows")) == "KeyError: 'rows'"


# -- stale "running" ----------------------------------------------------------------------------
def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_running_with_a_dead_process_reads_interrupted():
    me = {"status": "running", **this_process(os.getpid()), "current_notebook": "04_load.ipynb"}
    assert run_status(me) == "running"
    gone = {**me, "pid": dead_pid(), "process_started": None}
    assert run_status(gone) == "interrupted"
    assert describe(gone).startswith("interrupted during 04_load.ipynb (loading into Dynamics "
                                     "365): run.json still says running, but its process")
    elsewhere = {**gone, "host": "another-host.example"}
    assert run_status(elsewhere) == "running"  # cannot be checked from here: kept, host named
    assert "on another-host.example" in describe(elsewhere)
    assert run_status({"status": "running"}) == "running"  # no pid recorded (older runs)
    if process_started(os.getpid()) is not None:  # a reused pid is not the run's process
        reused = {**me, "process_started": "another-boot:1"}
        assert run_status(reused) == "interrupted"
    assert run_status({**gone, "status": "failed"}) == "failed"


WAIT = """\
from pathlib import Path
Path(run_dir, "started").write_text("yes")
import time
time.sleep(120)
"""


def test_a_killed_run_reads_interrupted_everywhere_and_the_next_run_records_it(
        project: Path, capsys: pytest.CaptureFixture, caplog: pytest.LogCaptureFixture):
    notebook(project / "books", "01_wait.ipynb", WAIT)
    params = engagement(project, "killed")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (str(SRC), os.environ.get("PYTHONPATH")) if p)}
    env.pop("DATAVERSE_URL", None)
    child = subprocess.Popen(
        [sys.executable, "-c",
         "import sys; from pathlib import Path; from d365migrate.run.runner import run; "
         "run(sys.argv[1], notebooks=['01_wait.ipynb'], notebooks_dir=Path(sys.argv[2]), "
         "progress=False)", str(params), str(project / "books")],
        env=env, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while not list((project / "runs" / "killed").glob("*/started")):
            assert child.poll() is None, "the run ended before its step started"
            assert time.monotonic() < deadline, "the step did not start"
            time.sleep(0.2)
    finally:
        os.killpg(child.pid, signal.SIGKILL)  # the runner and its kernel, without a word
        child.wait()
    run_dir = only_run(project, "killed")
    info = json.loads((run_dir / "run.json").read_text())
    assert info["status"] == "running" and info["pid"] == child.pid

    assert cli.main(["status", str(project / "runs" / "killed")]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{run_dir.name} ") and "interrupted during 01_wait.ipynb" in out
    assert f"its process {child.pid} on {socket.gethostname()} is gone" in out
    assert gather(run_dir).status == "interrupted"
    assert any("did not finish (status: interrupted" in why for why in refusals(
        RunFolder(run_dir)))
    from d365migrate.report.sponsor import render_report

    html = render_report(gather(run_dir))
    assert "stopped before it finished" in html and "interrupted" in html

    # the next run of the engagement records it in the dead run's folder
    notebook(project / "books", "01_wait.ipynb", "print('quick')")
    runner.run(params, notebooks=["01_wait.ipynb"], progress=False)
    info = json.loads((run_dir / "run.json").read_text())
    assert info["status"] == "interrupted" and info["interrupted_found_at"]
    assert f"run {run_dir.name} was interrupted" in caplog.text
    assert describe(info).startswith("interrupted during 01_wait.ipynb (wait): ended without "
                                     "recording an outcome")
