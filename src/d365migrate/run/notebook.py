"""Helpers the notebooks call, so each notebook stays a parameters cell plus a few calls."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import polars as pl

from d365migrate.report.html import esc, figure_png, table_html
from d365migrate.run.context import RunContext
from d365migrate.run.parameters import load_parameters


def open_run(parameters_file: str, run_dir: str = "") -> RunContext:
    """The run a notebook works in; interactive sessions get their own folder."""
    if not run_dir:
        params = load_parameters(parameters_file)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        run_dir = str(params.engagement_dir / f"interactive-{stamp}")
    return RunContext.open(parameters_file, Path(run_dir))


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
