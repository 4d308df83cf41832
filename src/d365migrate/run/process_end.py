"""How a ``d365migrate run`` process ends: at once, once what it wrote is out.

A run's process has loaded papermill, nbconvert, jupyter_client and the report's
modules by its end; Python's own teardown then clears every module and object one by one
(0.3-1 s after the last line was printed, measured on a shared two-core machine, for a run
whose notebooks took 4-8 s), and the user waits for it. By then everything the run does is
done: its kernels are shut down (``run.runner.run_kernels``), its files written and closed
(run.json through a rename), its HTML threads joined. :func:`end_now` flushes what is still
buffered (standard output and error, logging's handlers) and ends the process with the
command's exit code, without that teardown.
"""

from __future__ import annotations

import logging
import os
import sys


def end_now(code: int) -> None:
    """Flush standard output, standard error and logging, then end the process with
    ``code``; never returns."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed or broken pipe: nothing left to say
            pass
    logging.shutdown()
    os._exit(code)
