"""Files that ship inside the package: the run's notebooks and the staged tables' GX suites.

They live at the project's top level (``notebooks/``, ``expectations/``) where analysts open
them, and reach the package through links, so a wheel carries them and an installed CLI runs
without the source tree.
"""

from __future__ import annotations

from importlib.resources import as_file, files
from pathlib import Path


def _folder(name: str) -> Path:
    with as_file(files("d365migrate") / name) as path:
        return Path(path)


def notebooks_dir() -> Path:
    """The parameterized notebooks papermill runs, ``01_profile`` to ``06_rollback``."""
    return _folder("notebooks")


def expectations_dir() -> Path:
    """One Great Expectations suite per staged table (``<table>.json``)."""
    return _folder("expectations")
