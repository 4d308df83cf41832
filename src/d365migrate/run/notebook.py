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
