"""Run an engagement's notebooks with papermill, in order, into ``runs/<engagement>/<run-id>/``.

Each executed notebook is kept with an HTML rendering without code cells for stakeholders;
the first failure stops the run and leaves the failing notebook showing where it broke. At
the end of a run, finished or failed, the sponsor's ``report.html`` is written from the run
folder's files (``report.sponsor``) and its SHA-256 recorded in ``run.json``.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from d365migrate.dataverse.destination import Destination, resolve_destination
from d365migrate.resources import notebooks_dir as notebooks_dir_default
from d365migrate.run.context import write_run_json
from d365migrate.run.lock import engagement_lock
from d365migrate.run.parameters import Parameters, load_parameters
from d365migrate.runfolder import RunFolder

RUN_NOTEBOOKS = ["01_profile.ipynb", "02_mapping.ipynb", "03_stage_validate.ipynb",
                 "04_load.ipynb", "05_reconcile.ipynb"]
EXTERNAL = re.compile(
    r"<script[^>]*\ssrc=[\"']https?://[^>]*>\s*</script>"      # script tags that load a URL
    r"|<script[^>]*>(?:(?!</script>).)*?(?:import|require)[^<]*?https?://(?:(?!</script>).)*?"
    r"</script>"                                                # inline scripts importing a URL
    r"|<link[^>]*\shref=[\"']https?://[^>]*>",
    re.I | re.S)


class RunFailed(RuntimeError):
    """A notebook failed; ``notebook`` is the executed copy that shows where."""

    def __init__(self, message: str, notebook: Path) -> None:
        super().__init__(message)
        self.notebook = notebook

    @property
    def run_dir(self) -> Path:
        return self.notebook.parent


def render_html(notebook: Path) -> Path:
    """HTML without code cells or prompts, and without any external fetch."""
    import nbformat
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True)
    body, _ = exporter.from_notebook_node(nbformat.read(notebook, as_version=4))
    body = EXTERNAL.sub("", body)
    out = notebook.with_suffix(".html")
    out.write_text(body, encoding="utf-8")
    return out


def ensure_export(parameters_file: Path) -> None:
    """Demo engagements generate their sample export when it is missing."""
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
    ``full``: send every record even after a completed run (``--full``; else a delta)."""
    params = load_parameters(Path(parameters_file))
    with engagement_lock(params.engagement_dir,
                         f"run {parameters_file}{' --full' if full else ''}"):
        return _run_notebooks(parameters_file, notebooks=notebooks,
                              notebooks_dir=notebooks_dir, progress=progress, full=full)


def _run_notebooks(parameters_file: str | Path, *, notebooks: list[str] | None = None,
                   notebooks_dir: Path | None = None, progress: bool = True,
                   full: bool = False) -> Path:
    """Execute the run's notebooks; return the run folder (``run.json`` records ``full``,
    which the load step reads: ``load.delta``)."""
    import papermill as pm

    notebooks_dir = notebooks_dir or notebooks_dir_default()

    parameters_file = Path(parameters_file)
    params = load_parameters(parameters_file)
    ensure_export(parameters_file)
    run_dir = new_run_dir(params.runs_dir, params.engagement).resolve()
    folder = RunFolder(run_dir)
    destination = resolve_destination(params.engagement_dir, params.destination_url)
    started = datetime.now(UTC).isoformat(timespec="seconds")
    write_run_json(folder, params, destination, started_at=started, status="running",
                   notebooks=[], **({"full": True} if full else {}))
    done: list[str] = []
    for name in notebooks or RUN_NOTEBOOKS:
        out = run_dir / name
        try:
            pm.execute_notebook(
                str(notebooks_dir / name), str(out), cwd=str(Path.cwd()),
                parameters={"parameters_file": str(parameters_file.resolve()),
                            "run_dir": str(run_dir)},
                progress_bar=progress, log_output=False,
            )
        except Exception as exc:
            render_html(out) if out.exists() else None
            write_run_json(folder, params, destination, status="failed", failed_notebook=name,
                           error=str(exc).splitlines()[-1] if str(exc) else type(exc).__name__,
                           finished_at=datetime.now(UTC).isoformat(timespec="seconds"),
                           notebooks=done)
            try:  # the sponsor's report says how far the run got; never hides the failure
                write_sponsor_report(folder, params, destination)
            except Exception as report_exc:  # noqa: BLE001
                write_run_json(folder, params, destination,
                               report={"error": type(report_exc).__name__})
            raise RunFailed(f"{name} failed; see {out}", out) from exc
        render_html(out)
        done.append(name)
        write_run_json(folder, params, destination, notebooks=done)
    write_run_json(folder, params, destination, status="succeeded", notebooks=done,
                   finished_at=datetime.now(UTC).isoformat(timespec="seconds"))
    write_sponsor_report(folder, params, destination)
    return run_dir


def write_sponsor_report(folder: RunFolder, params: Parameters, destination: Destination
                         ) -> Path:
    """``report.html`` from the run folder's files, its SHA-256 recorded in ``run.json`` (what
    ``d365migrate signoff`` checks the report against)."""
    from d365migrate.report.signoff import sha256_of
    from d365migrate.report.sponsor import write_report

    path = write_report(folder.root)
    write_run_json(folder, params, destination, report={
        "file": path.name, "sha256": sha256_of(path),
        "written_at": datetime.now(UTC).isoformat(timespec="seconds")})
    return path
