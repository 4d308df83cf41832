"""A run's kernels talk over Unix sockets of their own, not TCP ports (run/runner.py).

With TCP, jupyter_client picks a free port, frees it and hands it to the kernel; another
process starting a kernel at that moment (two runs, or two test workers) could take it first,
and the kernel died with 'Address already in use' (seen in a CI run on 2026-12-01)."""

from __future__ import annotations

import glob

from jupyter_core.utils import run_sync

from d365migrate.run.runner import start_kernel, stop_kernels


def test_kernels_listen_on_socket_files_removed_when_they_stop() -> None:
    km = start_kernel(gx=False)
    assert km is not None and km.transport == "ipc"
    client = km.client()
    client.start_channels()
    run_sync(client.wait_for_ready)(timeout=120)
    assert len(glob.glob(f"{km.ip}-*")) == 5   # shell, iopub, stdin, control, heartbeat
    stop_kernels([km], now=False)
    assert glob.glob(f"{km.ip}-*") == []
