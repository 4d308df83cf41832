"""Helpers the notebooks call, so each notebook stays a parameters cell plus a few calls."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import polars as pl

from d365migrate.report.html import esc, figure_png, table_html
from d365migrate.run.context import RunContext
from d365migrate.run.parameters import load_parameters
from d365migrate.runfolder import RunFolder

INTERACTIVE = "interactive-"


def interactive_folders(engagement_dir: Path) -> list[Path]:
    """The engagement's interactive run folders, oldest first (their names carry the time)."""
    if not engagement_dir.is_dir():
        return []
    return sorted(p for p in engagement_dir.iterdir()
                  if p.is_dir() and p.name.startswith(INTERACTIVE))


def finished(run_dir: Path) -> bool:
    """An interactive run is finished once it is reconciled (05) or rolled back (06)."""
    folder = RunFolder(run_dir)
    return folder.reconciliation.exists() or folder.rollback.exists()


def run_folder(parameters_file: str, run_dir: str = "", *, start: bool = False,
               rollback: bool = False) -> Path:
    """The folder a notebook works in (not created here).

    A ``run_dir`` given (a batch run through papermill always gives one) is used as it is.
    Left empty, as an analyst opening the notebooks in JupyterLab leaves it, the notebooks
    01 to 06 share one interactive folder, ``runs/<engagement>/interactive-<UTC time>``:

    - notebook 01 (``start=True``) starts a new one each time it runs;
    - notebooks 02 to 05 continue in the newest interactive folder unless it is finished
      (reconciled by 05 or rolled back by 06), and start a new one when it is, or when there
      is none (a notebook opened on its own);
    - notebook 06 (``rollback=True``) rolls back the newest interactive folder.
    """
    if run_dir:
        return Path(run_dir)
    engagement_dir = load_parameters(parameters_file).engagement_dir
    newest = (interactive_folders(engagement_dir) or [None])[-1]
    if rollback:
        if newest is None:
            raise FileNotFoundError(f"no interactive run of {engagement_dir.name} to roll "
                                    "back; set run_dir to the run folder")
        return newest
    if newest is not None and not start and not finished(newest):
        return newest
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    return engagement_dir / f"{INTERACTIVE}{stamp}"


def open_run(parameters_file: str, run_dir: str = "", *, start: bool = False) -> RunContext:
    """The run a notebook works in: ``run_dir`` when given, else the engagement's shared
    interactive folder (the rule is :func:`run_folder`'s: 01 starts one, 02 to 05 continue
    in the newest one unless it is finished)."""
    return RunContext.open(parameters_file, run_folder(parameters_file, run_dir, start=start))


def is_interactive(ctx: RunContext) -> bool:
    """A run an analyst drives notebook by notebook (``run_dir`` left empty), not the runner."""
    return ctx.run_dir.name.startswith(INTERACTIVE)


def write_interactive_report(ctx: RunContext, *, failed_notebook: str | None = None,
                             error: str | None = None) -> Path:
    """What ``d365migrate run`` does at its end, for an interactive run: ``run.json`` says how
    it ended (started when its folder was made; succeeded, or failed in ``failed_notebook``)
    and ``report.html`` is written, its SHA-256 recorded in ``run.json``."""
    from d365migrate.run.context import write_run_json
    from d365migrate.run.runner import write_sponsor_report

    stamp = ctx.run_dir.name.removeprefix(INTERACTIVE)
    try:
        started = datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
    except ValueError:
        started = datetime.now(UTC)
    ended = {"status": "failed", "failed_notebook": failed_notebook, "error": error} \
        if failed_notebook else {"status": "succeeded"}
    write_run_json(ctx.folder, ctx.params, ctx.destination, interactive=True,
                   started_at=started.isoformat(timespec="seconds"),
                   finished_at=datetime.now(UTC).isoformat(timespec="seconds"), **ended)
    return write_sponsor_report(ctx.folder, ctx.params, ctx.destination)


def finish(ctx: RunContext, run_dir: str = "", *, balanced: bool) -> Path | None:
    """Notebook 05's last step. Opened in JupyterLab (``run_dir`` empty), the run ends here:
    ``report.html`` is written as ``d365migrate run`` writes it (a run that does not balance
    ends failed in 05, as it does there). In a batch run the runner writes it: None."""
    if run_dir or not is_interactive(ctx):
        return None
    if balanced:
        return write_interactive_report(ctx)
    return write_interactive_report(
        ctx, failed_notebook="05_reconcile.ipynb",
        error="reconciliation does not balance or a loaded field differs")


def show(obj: object, limit: int = 200) -> None:
    """Display in Jupyter (tables as plain HTML a stakeholder reads), print elsewhere."""
    try:
        from IPython.display import HTML, display
    except ImportError:  # pragma: no cover - outside IPython
        print(obj)
        return
    if isinstance(obj, pl.DataFrame):
        display(HTML(table_html(obj, limit=limit)))
    elif type(obj).__name__ == "Figure":  # matplotlib, also figures made without pyplot
        display(HTML(figure_png(obj)))
    elif isinstance(obj, str):
        display(HTML(f"<p>{esc(obj)}</p>"))
    else:
        display(obj)
