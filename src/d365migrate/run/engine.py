"""papermill's engine for a run's notebooks: the executed notebook saved less often.

papermill saves the executed notebook twice a cell (a deep copy, a validation and a JSON dump
of the whole notebook each time): 137 saves and about 0.6 s of a small run, spent in the
runner while the kernel waits for its next cell. This engine saves it when the notebook
starts, when it ends, finished or failed (papermill's ``notebook_complete``, in a
``finally``: a failed step still leaves the notebook showing where it broke), and otherwise
at most every :data:`SAVE_EVERY_SECONDS`, at a cell's start or end or when a cell writes
output (a killed run leaves the notebook of its last such save; ``run.json`` names the
notebook that was running). Imported after papermill (``runner``)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from papermill.engines import NBClientEngine, NotebookExecutionManager, papermill_engines

ENGINE_NAME = "d365migrate"
SAVE_EVERY_SECONDS = 1.0


class SavingLessOften(NotebookExecutionManager):
    """papermill's execution state, with the saves between cells at most every
    :data:`SAVE_EVERY_SECONDS` (the first and the last save always happen)."""

    _between_cells = False

    @contextmanager
    def _throttled(self) -> Iterator[None]:
        self._between_cells = True
        try:
            yield
        finally:
            self._between_cells = False

    def cell_start(self, cell: Any, cell_index: int | None = None, **kwargs: Any) -> None:
        with self._throttled():
            super().cell_start(cell, cell_index, **kwargs)

    def cell_complete(self, cell: Any, cell_index: int | None = None, **kwargs: Any) -> None:
        with self._throttled():
            super().cell_complete(cell, cell_index, **kwargs)

    def save(self, **kwargs: Any) -> None:
        if self._between_cells and \
                (self.now() - self.last_save_time).total_seconds() < SAVE_EVERY_SECONDS:
            return
        super().save(**kwargs)


class RunEngine(NBClientEngine):
    """papermill's nbclient engine with :class:`SavingLessOften` (papermill's own
    ``Engine.execute_notebook``, with that manager)."""

    @classmethod
    def execute_notebook(cls, nb: Any, kernel_name: str, output_path: str | None = None,
                         progress_bar: bool = True, log_output: bool = False,
                         autosave_cell_every: float = SAVE_EVERY_SECONDS,
                         **kwargs: Any) -> Any:
        nb_man = SavingLessOften(nb, output_path=output_path, progress_bar=progress_bar,
                                 log_output=log_output,
                                 autosave_cell_every=min(autosave_cell_every,
                                                         SAVE_EVERY_SECONDS))
        nb_man.notebook_start()
        try:
            cls.execute_managed_notebook(nb_man, kernel_name, log_output=log_output, **kwargs)
        finally:
            nb_man.cleanup_pbar()
            nb_man.notebook_complete()
        return nb_man.nb


papermill_engines.register(ENGINE_NAME, RunEngine)
