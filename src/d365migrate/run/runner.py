"""Run an engagement's notebooks with papermill, in order, into ``runs/<engagement>/<run-id>/``.

Each executed notebook is kept with an HTML rendering without code cells for stakeholders;
the first failure stops the run and leaves the failing notebook showing where it broke. At
the end of a run, finished or failed, the sponsor's ``report.html`` is written from the run
folder's files (``report.sponsor``) and its SHA-256 recorded in ``run.json``.

A failure is recorded before anything else that could fail: ``run.json`` gets status
``failed``, the step and the error's own message first (written whole or not at all), then,
each on a best-effort basis, the HTML of the executed notebook and the report. ``RunFailed``
carries all of it, so the CLI can say what failed even when the disk is full. ``run.json``
also records the runner's pid and host, so a run killed without a word reads as interrupted
(``runstatus``), and the next run of the engagement records that in the dead run's folder.

Speed (issue 13: a run of an export of a few thousand rows in under 10 s): the notebooks run
one after the other in two kernels, both started before papermill is imported: the notebooks
before validation (profile, map) in one that imports only the steps, so the run starts at
once, and validation and the notebooks after it in one that imports Great Expectations (2.5
s) meanwhile, on the other core (:func:`run_kernels`); each notebook's HTML is rendered in a
background thread once its kernel is done, while the other kernel runs, or, in the last
kernel, once the notebook is done (the failing one is rendered before the failure is
raised); the kernels are shut down while the last notebook's HTML is rendered.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import tempfile
import threading
import uuid
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from d365migrate.resources import notebooks_dir as notebooks_dir_default
from d365migrate.run.collector import collector_off
from d365migrate.runfolder import RunFolder
from d365migrate.runstatus import INTERRUPTED, RUNNING, engagement_runs, run_status, this_process

if TYPE_CHECKING:  # imported where used: the kernels start before they are (``run``)
    from d365migrate.dataverse.destination import Destination
    from d365migrate.run.parameters import Parameters

log = logging.getLogger(__name__)
# How long a finished cell's output may take to arrive. nbclient's 4 s, which papermill turns
# into an error, failed whole runs on a busy machine ("Timeout waiting for IOPub output").
IOPUB_TIMEOUT_SECONDS = 60
RUN_NOTEBOOKS = ["01_profile.ipynb", "02_mapping.ipynb", "03_stage_validate.ipynb",
                 "04_load.ipynb", "05_reconcile.ipynb"]
KERNEL_NAME = "python3"  # the kernel the run's notebooks name in their metadata
VALIDATING_NOTEBOOK = "03_stage_validate.ipynb"  # the step that needs Great Expectations
# Run by a kernel as it starts (the imports every notebook needs, and Great Expectations for
# the kernel that validates), while this process imports papermill (``run.warm.warm_kernel``).
WARM_KERNEL = ("--IPKernelApp.exec_lines="
               "__import__('d365migrate.run.warm', fromlist=['_']).warm_kernel(gx={gx})")
IPYKERNEL_LAUNCHER = "ipykernel_launcher"
KERNEL_LAUNCHER = "d365migrate.run.kernel_launch"
#: A run's kernel keeps no history database (``run.kernel_launch`` says why).
KERNEL_OPTIONS = ("--HistoryManager.enabled=False",)
EXTERNAL = re.compile(
    r"<script[^>]*\ssrc=[\"']https?://[^>]*>\s*</script>"      # script tags that load a URL
    r"|<script[^>]*>(?:(?!</script>).)*?(?:import|require)[^<]*?https?://(?:(?!</script>).)*?"
    r"</script>"                                                # inline scripts importing a URL
    r"|<link[^>]*\shref=[\"']https?://[^>]*>",
    re.I | re.S)


class RunFailed(RuntimeError):
    """A notebook failed; ``notebook`` is the executed copy that shows where.

    ``step`` is the notebook's name, ``error`` the error's own message (for a cell that
    raised: its exception name and value, not the traceback), ``html`` the notebook's HTML
    when it could be written, ``unrecorded`` why run.json could not record the failure
    (empty when it did)."""

    def __init__(self, message: str, notebook: Path, *, step: str = "", error: str = "",
                 html: Path | None = None, unrecorded: str = "") -> None:
        super().__init__(message)
        self.notebook = notebook
        self.step = step or notebook.name
        self.error = error or message
        self.html = html
        self.unrecorded = unrecorded

    @property
    def run_dir(self) -> Path:
        return self.notebook.parent


class RunNotStarted(RuntimeError):
    """The run folder or its run.json could not be written: nothing was run."""


_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


def failure_message(exc: BaseException) -> str:
    """The error's own words: ``ename: evalue`` of a notebook cell (papermill), else the
    exception's class and message; never a traceback."""
    ename, evalue = getattr(exc, "ename", None), getattr(exc, "evalue", None)
    if ename:
        text = f"{ename}: {evalue}" if evalue else str(ename)
    else:
        text = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    text = _ANSI.sub("", text).strip()
    return text if len(text) <= 2000 else text[:2000] + " ..."


@lru_cache(maxsize=1)
def _html_exporter() -> tuple[Any, threading.Lock]:
    """One nbconvert exporter a process, its templates compiled once (a new exporter for each
    notebook compiled them each time: 0.2 to 0.6 s a notebook), used by one thread at a time;
    without nbconvert's re-parse of the whole page (:mod:`d365migrate.run.notebook_html`)."""
    from d365migrate.run.notebook_html import FastHTMLExporter

    return FastHTMLExporter(exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True), threading.Lock()


def render_html(notebook: Path) -> Path:
    """HTML without code cells or prompts, and without any external fetch."""
    import nbformat

    exporter, lock = _html_exporter()
    node = nbformat.read(notebook, as_version=4)
    with lock:
        body, _ = exporter.from_notebook_node(node)
    body = EXTERNAL.sub("", body)
    out = notebook.with_suffix(".html")
    out.write_text(body, encoding="utf-8")
    return out


def ensure_export(parameters_file: Path) -> None:
    """Demo engagements generate their sample export when it is missing."""
    from d365migrate.run.parameters import load_parameters

    params = load_parameters(parameters_file)
    if params.export.exists() or not params.sample_export:
        return
    from d365migrate.demo.sample_export import write_sample_export

    write_sample_export(params.export, seed=int(params.sample_export.get("seed", 42)),
                        scale=float(params.sample_export.get("scale", 1.0)))


def new_run_dir(runs_dir: Path, engagement: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    run_dir = runs_dir / engagement / stamp
    run_dir.mkdir(parents=True, exist_ok=False)
    return run_dir


def run(parameters_file: str | Path, *, notebooks: list[str] | None = None,
        notebooks_dir: Path | None = None, progress: bool = True, full: bool = False) -> Path:
    """Execute the run's notebooks under the engagement's lock; return the run folder.
    ``full``: send every record even after a completed run (``--full``; else a delta).
    The kernels are started first, so that their start-up overlaps this process's imports
    (a refused lock or bad parameters shut them down at once)."""
    without_iri_grammar()
    without_remote_notebook_stores()
    with run_kernels(notebooks or RUN_NOTEBOOKS) as kernels:
        with collector_off():  # ``run.collector``
            from d365migrate.run.lock import engagement_lock
            from d365migrate.run.parameters import load_parameters

        params = load_parameters(Path(parameters_file))
        with engagement_lock(params.engagement_dir,
                             f"run {parameters_file}{' --full' if full else ''}"):
            return _run_notebooks(parameters_file, kernels, notebooks=notebooks,
                                  notebooks_dir=notebooks_dir, progress=progress, full=full)


def _run_notebooks(parameters_file: str | Path, kernels: dict[str, Any], *,
                   notebooks: list[str] | None = None, notebooks_dir: Path | None = None,
                   progress: bool = True, full: bool = False) -> Path:
    """Execute the run's notebooks; return the run folder (``run.json`` records ``full``,
    which the load step reads: ``load.delta``)."""
    with ThreadPoolExecutor(1, "render-html") as renders:
        return _execute(parameters_file, kernels, renders, notebooks=notebooks,
                        notebooks_dir=notebooks_dir, progress=progress, full=full)


def kernel_groups(names: list[str]) -> list[tuple[bool, list[str]]]:
    """The run's kernels, as (imports Great Expectations, the notebooks it runs): the
    notebooks before validation in a kernel ready at once, validation and those after it in
    one that imports Great Expectations while the first ones run."""
    if VALIDATING_NOTEBOOK not in names:
        return [(False, list(names))]
    at = names.index(VALIDATING_NOTEBOOK)
    return ([(False, names[:at])] if at else []) + [(True, names[at:])]


@contextmanager
def run_kernels(names: list[str]) -> Iterator[dict[str, Any]]:
    """The kernel manager for each notebook of a run (None: papermill starts one), the
    kernels all started now (:func:`kernel_groups`, :func:`start_kernel`) and shut down
    together at the end. Two processes on two cores: the Great Expectations import (2.5 s)
    no longer holds up the profile and the map, which are done before validation needs it."""
    kernels = RunKernels()
    now = True  # a run that stopped early: a kernel may still be importing; stop it now
    try:
        for gx, group in kernel_groups(names):
            km = start_kernel(gx=gx)
            if km is not None:
                kernels.started.append(km)
            kernels.update(dict.fromkeys(group, km))
        yield kernels
        now = False
    finally:
        kernels.stop(now=now)


class RunKernels(dict[str, Any]):
    """Each notebook's kernel manager (None: papermill starts one), and the kernels started
    for the run, which :meth:`stop` shuts down once: the runner stops them as soon as the
    last notebook is done, while the last notebook's HTML is rendered (0.3 s of shutdown off
    the run's end), and :func:`run_kernels` at its end stops any still running."""

    def __init__(self) -> None:
        super().__init__()
        self.started: list[Any] = []

    def stop(self, *, now: bool) -> None:
        kms, self.started = self.started, []
        stop_kernels(kms, now=now)


def start_kernel(*, gx: bool) -> Any:
    """One Python kernel for several notebooks of a run, started now (its start-up overlaps
    papermill's import): each notebook then pays neither a kernel start nor the package
    imports again. Its namespace is emptied between notebooks (:func:`fresh_namespace`), so
    each notebook sees only what it defines, as when run alone. The kernel imports what the
    notebooks need as it starts (:data:`WARM_KERNEL`), Great Expectations too when ``gx``.
    None when it does not start (papermill then starts one per notebook)."""
    with collector_off():  # jupyter_client's import (``run.collector``)
        from jupyter_core.utils import run_sync

        from d365migrate.run.kernel_client import OneClientKernelManager

    # Unix sockets, not TCP: a TCP port the manager picks and frees can be taken by another
    # process before the kernel binds it ('Address already in use': two runs at once); a
    # socket file under a name of its own cannot (jupyter_client removes them as the kernel
    # stops; a run killed outright leaves five empty files in the temp folder). One client
    # for all its notebooks.
    km = OneClientKernelManager(kernel_name=KERNEL_NAME, transport="ipc",
                                ip=str(Path(tempfile.gettempdir())
                                       / f"d365migrate-kernel-{uuid.uuid4().hex[:12]}"))
    try:
        launched_by_run(km.kernel_spec)
        run_sync(km.start_kernel)(cwd=str(Path.cwd()),
                                  extra_arguments=[WARM_KERNEL.format(gx=gx), *KERNEL_OPTIONS])
    except Exception:  # noqa: BLE001  (papermill starts one per notebook and records why not)
        log.warning("the run's shared kernel did not start", exc_info=True)
        return None
    return km


def launched_by_run(spec: Any) -> None:
    """The kernel spec's command with :mod:`d365migrate.run.kernel_launch` in place of
    ipykernel's launcher (the same interpreter and kernel, without a debugger); a kernel
    spec that starts anything else is left as it is."""
    if spec is not None and spec.argv[1:3] == ["-m", IPYKERNEL_LAUNCHER]:
        spec.argv = [spec.argv[0], "-m", KERNEL_LAUNCHER, *spec.argv[3:]]


def stop_kernels(kms: list[Any], *, now: bool) -> None:
    """Shut the kernels down side by side (each waits for its process to end); ``now``:
    without asking them first."""
    import asyncio

    from jupyter_core.utils import run_sync

    async def stop_all() -> None:
        for km in kms:  # the run's one client of each kernel (``run.kernel_client``)
            getattr(km, "close_client", lambda: None)()
        done = await asyncio.gather(*(km.shutdown_kernel(now=now) for km in kms),
                                    return_exceptions=True)
        for outcome in done:  # a dead kernel: nothing left to stop
            if isinstance(outcome, Exception):
                log.debug("kernel shutdown failed", exc_info=outcome)

    if kms:
        try:
            run_sync(stop_all)()
        except Exception:  # noqa: BLE001  (never hides the run's own outcome or failure)
            log.debug("kernel shutdown failed", exc_info=True)


def without_iri_grammar() -> None:
    """Treat the optional ``rfc3987_syntax`` as not installed in this process, as jsonschema
    allows: when present, jsonschema imports it for its "iri" format checker, and it compiles
    a Lark grammar on import (2.5 s here), paid through nbformat (papermill) and altair
    (Great Expectations). Nothing in a run checks an IRI against a JSON schema."""
    if "jsonschema" not in sys.modules:
        sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]


#: papermill's modules for notebooks kept in S3 or Azure storage, which a run never uses (its
#: notebooks are local files); papermill treats each as a missing optional dependency.
REMOTE_NOTEBOOK_STORES = ("papermill.s3", "papermill.adl", "papermill.abs")


def without_remote_notebook_stores() -> None:
    """Spare this process the Azure and S3 client libraries papermill imports on its own
    import (0.1 s of the run's start, before its first notebook), unless already loaded."""
    if "papermill" not in sys.modules:
        for name in REMOTE_NOTEBOOK_STORES:
            sys.modules.setdefault(name, None)  # type: ignore[arg-type]


#: What papermill's HDFS notebook store imports on papermill's import (pyarrow's file systems,
#: numpy with them: 0.15 s of the run's start, while the kernels start on the same cores).
HDFS_STORE = "pyarrow.fs"


def import_papermill() -> Any:
    """papermill, imported without its HDFS store (refused by papermill as when pyarrow is
    not installed; a run's notebooks are local files), which stays importable afterwards."""
    left_out = HDFS_STORE not in sys.modules
    if left_out:
        sys.modules[HDFS_STORE] = None  # type: ignore[assignment]  (import raises ImportError)
    try:
        import papermill
    finally:
        if left_out and sys.modules.get(HDFS_STORE, 0) is None:
            del sys.modules[HDFS_STORE]
    return papermill


def fresh_namespace(km: Any) -> None:
    """Empty the shared kernel's namespace before the next notebook (its imported modules
    stay loaded, which is the saving): a notebook that used a name only an earlier notebook
    defined would pass here and fail when an analyst runs it alone in JupyterLab."""
    from jupyter_core.utils import run_sync

    client = km.client()  # the kernel's one client, kept open for the next notebook
    client.start_channels()
    try:
        reply = run_sync(client.execute_interactive)(
            "get_ipython().reset(new_session=False)", store_history=False,
            timeout=IOPUB_TIMEOUT_SECONDS, output_hook=lambda _msg: None)
    finally:
        client.stop_channels()
    if reply["content"].get("status") != "ok":
        raise RuntimeError("the run's kernel could not be reset between notebooks")


def _warm_imports() -> None:
    """Import what this process needs after the notebooks (nbconvert for their HTML, the
    sponsor report) while the kernels run the first one: this process only waits for them
    meanwhile."""
    with collector_off():  # ``run.collector``
        _html_exporter()  # nbconvert, its templates compiled

        import d365migrate.report.signoff  # noqa: F401
        import d365migrate.report.sponsor  # noqa: F401


def _execute(parameters_file: str | Path, kernels: dict[str, Any],
             renders: ThreadPoolExecutor, *,
             notebooks: list[str] | None, notebooks_dir: Path | None, progress: bool,
             full: bool) -> Path:
    with collector_off():  # the imports before the first notebook (``run.collector``)
        pm = import_papermill()
        from d365migrate.dataverse.destination import resolve_destination
        from d365migrate.run.context import write_run_json
        from d365migrate.run.engine import ENGINE_NAME
        from d365migrate.run.parameters import load_parameters

    notebooks_dir = notebooks_dir or notebooks_dir_default()

    parameters_file = Path(parameters_file)
    params = load_parameters(parameters_file)
    ensure_export(parameters_file)
    mark_interrupted(params.engagement_dir)
    destination = resolve_destination(params.engagement_dir, params.destination_url)
    started = datetime.now(UTC).isoformat(timespec="seconds")
    try:
        run_dir = new_run_dir(params.runs_dir, params.engagement).resolve()
        folder = RunFolder(run_dir)
        write_run_json(folder, params, destination, started_at=started, status=RUNNING,
                       notebooks=[], **this_process(os.getpid()),
                       **({"full": True} if full else {}))
    except OSError as exc:
        raise RunNotStarted(f"cannot start a run under {params.runs_dir / params.engagement}: "
                            f"{os_error_words(exc)}") from exc
    done: list[str] = []
    rendering: list[Future[Path]] = []
    used: set[int] = set()  # the kernels a notebook ran in: emptied before the next one
    # The HTML of a kernel's notebooks is rendered once that kernel is done (the next
    # notebook runs in another): while the first kernel runs the profile and the map, the
    # second imports Great Expectations on the other core, and rendering (with this
    # process's own imports for it, :func:`_warm_imports`) took CPU from both; from
    # validation on, the first kernel is idle, so each notebook of the last kernel is
    # rendered as soon as it is done (:func:`in_last_kernel`), while the next one runs.
    held: list[Path] = []
    last: list[Any] = []  # the kernel of the notebook that ran last

    def render_held() -> None:
        if held and not rendering:
            renders.submit(_warm_imports)
        rendering.extend(renders.submit(render_html, out) for out in held)
        held.clear()

    names = notebooks or RUN_NOTEBOOKS
    for at, name in enumerate(names):
        out = run_dir / name
        km = kernels.get(name)
        if km is None or last[-1:] != [km] or in_last_kernel(kernels, names, at):
            render_held()
        last[:] = [km]
        try:
            if km is not None and id(km) in used:
                fresh_namespace(km)
            used.add(id(km))
            write_run_json(folder, params, destination, current_notebook=name)
            pm.execute_notebook(
                str(notebooks_dir / name), str(out), cwd=str(Path.cwd()),
                parameters={"parameters_file": str(parameters_file.resolve()),
                            "run_dir": str(run_dir)},
                progress_bar=progress, log_output=False, iopub_timeout=IOPUB_TIMEOUT_SECONDS,
                km=km, engine_name=ENGINE_NAME,
            )
            held.append(out)
            done.append(name)
            write_run_json(folder, params, destination, notebooks=done)
        except Exception as exc:  # (Ctrl-C and kills end the process: read as interrupted)
            render_held()
            _wait(rendering)
            raise fail(folder, params, destination, name, out, exc, done) from exc
    render_held()
    finishing = renders.submit(succeed, folder, params, destination, done, rendering)
    if isinstance(kernels, RunKernels):  # while the last HTML and the report are written
        kernels.stop(now=False)
    broken = finishing.result()
    if broken:  # a notebook's HTML that cannot be written fails the run, as before
        name, exc = broken
        raise fail(folder, params, destination, name, run_dir / name, exc,
                   done[:done.index(name)]) from exc
    return run_dir


def succeed(folder: RunFolder, params: Parameters, destination: Destination, done: list[str],
            rendering: list[Future[Path]]) -> tuple[str, BaseException] | None:
    """Once every notebook's HTML is written (this runs after them, in the thread that
    renders them, while the runner shuts the kernels down): the run's success in run.json,
    then the sponsor report. The first notebook whose HTML failed, and why, instead."""
    from d365migrate.run.context import write_run_json

    for name, future in zip(done, rendering, strict=True):
        if future.exception() is not None:
            return name, future.exception()  # type: ignore[return-value]
    write_run_json(folder, params, destination, status="succeeded", notebooks=done,
                   finished_at=datetime.now(UTC).isoformat(timespec="seconds"))
    write_sponsor_report(folder, params, destination)
    return None


def in_last_kernel(kernels: dict[str, Any], names: list[str], at: int) -> bool:
    """Whether the notebooks from ``names[at]`` on all run in one started kernel, the one
    that runs ``names[at - 1]``: no kernel is still importing for a later notebook then, so
    the previous notebook's HTML is rendered now, on the core the other kernel left idle,
    while this one runs."""
    km = kernels.get(names[at])
    return at > 0 and km is not None and all(kernels.get(n) is km for n in names[at - 1:])


def _wait(rendering: list[Future[Path]]) -> None:
    """Let the HTML of the notebooks that ran finish (a failure's own is rendered after)."""
    for future in rendering:
        try:
            future.result()
        except Exception:  # noqa: BLE001  (the run is failing already; that error is named)
            log.debug("HTML rendering failed", exc_info=True)


def os_error_words(exc: OSError) -> str:
    """``No space left on device: run.json`` rather than a Python repr."""
    if exc.strerror:
        return f"{exc.strerror}: {exc.filename}" if exc.filename else exc.strerror
    return str(exc) or type(exc).__name__


def _record(folder: RunFolder, params: Parameters, destination: Destination,
            **fields: Any) -> str:
    """Write ``fields`` to run.json; return why it could not be written ('' when it was)."""
    from d365migrate.run.context import write_run_json

    try:
        write_run_json(folder, params, destination, **fields)
    except OSError as exc:
        return os_error_words(exc)
    except Exception as exc:  # noqa: BLE001  (the caller is reporting a failure already)
        return failure_message(exc)
    return ""


def fail(folder: RunFolder, params: Parameters, destination: Destination, name: str,
         out: Path, exc: BaseException, done: list[str]) -> RunFailed:
    """Record a failed step, first and alone; then the best-effort rest; the exception to
    raise. Nothing here raises: a failing HTML or report never hides the failure."""
    error = failure_message(exc)
    unrecorded = _record(folder, params, destination, status="failed", failed_notebook=name,
                         error=error, notebooks=done,
                         finished_at=datetime.now(UTC).isoformat(timespec="seconds"))
    html = None
    try:
        html = render_html(out) if out.exists() else None
    except Exception:  # noqa: BLE001  (a notebook torn by a full disk cannot be rendered)
        html = None
    if not unrecorded:
        try:  # the sponsor's report says how far the run got; never hides the failure
            write_sponsor_report(folder, params, destination)
        except Exception as report_exc:  # noqa: BLE001
            _record(folder, params, destination, report={"error": type(report_exc).__name__})
    return RunFailed(f"step {name} failed: {error}", out, step=name, error=error, html=html,
                     unrecorded=unrecorded)


def mark_interrupted(engagement_dir: Path) -> list[Path]:
    """Record, in each earlier run folder whose run.json says running but whose process is
    gone, that it was interrupted (rollback, verify and delta runs then read the truth)."""
    from d365migrate.run.context import write_json_atomic

    marked = []
    for run_dir, info in engagement_runs(engagement_dir):
        if info is None or info.get("status") != RUNNING or run_status(info) != INTERRUPTED:
            continue
        info.update(status=INTERRUPTED, interrupted_found_at=datetime.now(UTC).isoformat(
            timespec="seconds"))
        log.warning("run %s was interrupted: its run.json said running, but its process %s "
                    "on %s is gone", run_dir.name, info.get("pid"), info.get("host"))
        try:
            write_json_atomic(RunFolder(run_dir).run_json, info)
        except OSError:
            continue  # read-only old folder: readers still see it as interrupted
        marked.append(run_dir)
    return marked


def write_sponsor_report(folder: RunFolder, params: Parameters, destination: Destination
                         ) -> Path:
    """``report.html`` from the run folder's files, its SHA-256 recorded in ``run.json`` (what
    ``d365migrate signoff`` checks the report against)."""
    from d365migrate.report.signoff import sha256_of
    from d365migrate.report.sponsor import write_report
    from d365migrate.run.context import write_run_json

    path = write_report(folder.root)
    write_run_json(folder, params, destination, report={
        "file": path.name, "sha256": sha256_of(path),
        "written_at": datetime.now(UTC).isoformat(timespec="seconds")})
    return path
