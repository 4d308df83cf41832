"""The garbage collector paused while a run's process imports its libraries.

Importing a large package builds a heap of modules, classes and functions that live as long
as the process; CPython's collector, triggered by the allocations, walks that growing heap
again and again meanwhile and finds almost nothing to free (0 to a few thousand objects).
A run's processes import papermill, nbconvert, jupyter_client, polars and, in
the validating kernel, Great Expectations: with the collector off while they do, the runner
spends 0.15-0.2 s and the validating kernel 0.35-0.45 s less CPU (``run.warm``). Only the
imports are covered; the work after them runs with the collector as it was.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_off() -> Iterator[None]:
    """The collector off for the block, then as it was (also when the block raises)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
