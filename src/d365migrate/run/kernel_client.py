"""One client a kernel of a run, for every notebook it runs and every reset between them.

papermill (nbclient) connects a new client to the kernel for each notebook and waits until it
is ready: a new client's subscription to the kernel's output is not yet live when the
kernel's first reply arrives, so every connection waited 0.2 s for output that had already
gone by, then read its output until none came for 0.2 s (``wait_for_ready``); the reset
between notebooks connected one more. Two clients of one kernel also share its session, so
they must not both read. With one client a kernel, the run connects and waits once a kernel,
and each notebook after the first starts at once.
Imported when the run's kernels start (``run.runner.start_kernel``).
"""

from __future__ import annotations

import time
from queue import Empty
from typing import Any

from jupyter_client.asynchronous import AsyncKernelClient
from jupyter_client.manager import AsyncKernelManager


class KeptClient(AsyncKernelClient):
    """A client whose channels are started once and stay open for the next notebook (the
    notebook runners start and stop theirs), ready once; :meth:`close` stops them."""

    _ready = False

    async def wait_for_ready(self, timeout: float | None = None) -> None:
        """Once, until the kernel answers and its output reaches this client (jupyter_client's
        own wait, less its last part: reading the kernel's output until none comes for 0.2
        s, to drop what it printed as it started, which every notebook paid, the first ones
        of each kernel on the run's critical path). Nothing needs that dropped: nbclient and
        the reset read only the output of their own requests."""
        deadline = time.monotonic() + (timeout if timeout is not None else float("inf"))
        while not self._ready:
            self.kernel_info()
            try:
                reply = await self.shell_channel.get_msg(timeout=1)
                if reply["msg_type"] == "kernel_info_reply":
                    await self.iopub_channel.get_msg(timeout=0.2)  # its output arrives too
                    self._handle_kernel_info_reply(reply)
                    self._ready = True
                    break
            except Empty:
                pass
            if not await self._async_is_alive():
                raise RuntimeError("Kernel died before replying to kernel_info")
            if time.monotonic() > deadline:
                raise RuntimeError(f"Kernel didn't respond in {timeout:.0f} seconds")

    def start_channels(self, *args: Any, **kwargs: Any) -> None:
        if not self.channels_running:
            super().start_channels(*args, **kwargs)

    def stop_channels(self) -> None:
        """Kept open: the run closes it when its kernel stops (:meth:`close`)."""

    def close(self) -> None:
        if self.channels_running:
            super().stop_channels()


class OneClientKernelManager(AsyncKernelManager):
    """A kernel manager whose ``client()`` is always the same :class:`KeptClient`."""

    _kept: KeptClient | None = None

    def client(self, **kwargs: Any) -> KeptClient:  # type: ignore[override]
        if self._kept is None:
            self.client_factory = KeptClient
            self._kept = super().client(**kwargs)
        return self._kept

    def close_client(self) -> None:
        """Stop the kept client's channels (before the kernel is shut down)."""
        if self._kept is not None:
            self._kept.close()
            self._kept = None
