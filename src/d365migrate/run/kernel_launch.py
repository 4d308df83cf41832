"""The entry point of a run's kernels: ipykernel's own launcher, less what a batch run never uses.

``python -m d365migrate.run.kernel_launch -f CONNECTION_FILE ...`` starts the same IPython
kernel as ``python -m ipykernel_launcher`` (the kernel spec's command, with this module in
its place: ``run.runner.start_kernel``), with two differences, both things nobody can use in
a papermill run:

- no debugger: ipykernel imports debugpy as it starts (0.05-0.07 s of CPU a kernel, two
  kernels a run) to answer a front end's debug requests; it treats debugpy as not installed
  here, as when it is missing, and answers that it has no debugger;
- no history database (``HistoryManager.enabled=False``, passed by the runner): IPython
  writes each cell to a SQLite file in the user's profile, shared by every kernel of every
  run on the machine; opening it and waiting on its lock took 0.2-0.4 s of a kernel's start
  when the two kernels of a run start together.

Everything else, the kernel's configuration and ``exec_lines`` included, is ipykernel's.
"""

from __future__ import annotations

import sys
from pathlib import Path

#: Imported by ipykernel only to serve a front end's debugger, which a batch run has none of.
NOT_IN_A_RUN = ("debugpy",)


def main() -> None:
    """ipykernel's launcher (it drops the working directory from ``sys.path`` while its own
    imports run; IPython puts it back), with :data:`NOT_IN_A_RUN` read as not installed."""
    if sys.path and (sys.path[0] == "" or Path(sys.path[0]) == Path.cwd()):
        del sys.path[0]
    for name in NOT_IN_A_RUN:
        sys.modules.setdefault(name, None)  # type: ignore[arg-type]  (import: ImportError)
    from ipykernel import kernelapp

    kernelapp.launch_new_instance()


if __name__ == "__main__":
    main()
