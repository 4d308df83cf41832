"""Helpers the notebooks call, so each notebook stays a parameters cell plus a few calls."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from .config import load_parameters
from .pipeline import RunContext


def open_run(parameters_file: str, run_dir: str = "") -> RunContext:
    """The run a notebook works in; interactive sessions get their own folder."""
    if not run_dir:
        params = load_parameters(parameters_file)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        run_dir = str(params.engagement_dir / f"interactive-{stamp}")
    return RunContext.open(parameters_file, Path(run_dir))


def show(obj: object) -> None:
    """Display in Jupyter, print elsewhere."""
    try:
        from IPython.display import display

        display(obj)
    except ImportError:  # pragma: no cover - outside IPython
        print(obj)
