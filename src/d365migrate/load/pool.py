"""The identities that write one table: a controller and a pump lane each, the bypass guard,
and what each of them sent.

Service protection is metered per user, so each identity (application user) gets its own
``Controller`` on its own budget (``budget_for(client)``: shared by the tables that client
loads) and its own ``Lane`` of the pump; the first identity is the pump's own controller. A
bypass of custom business logic that an identity's privileges refuse (``0x80040220``) stops
the load with ``BypassRefused``, or, when the parameters allow a fallback, that identity
drops the bypass and sends the same request again (nothing of a refused request ran).
``BypassRefused`` is no ``DataverseError``: the pump does not settle it, it ends the load.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from d365migrate.dataverse import DataverseClient
from d365migrate.dataverse.errors import DataverseError
from d365migrate.dataverse.identities import BypassRefused, bypass_refused, drop_bypass
from d365migrate.load.pump import Lane, Pump
from d365migrate.load.throughput import Controller, ControllerStats


class WriterPool:
    """``writers`` (name, client) in order; ``make`` builds a controller for a client;
    ``send(job, client)`` sends one job through that client (on a worker thread)."""

    def __init__(self, writers: Sequence[tuple[str, DataverseClient]],
                 make: Callable[[DataverseClient], Controller],
                 send: Callable[[Any, DataverseClient], Any],
                 first: Controller | None = None) -> None:
        self.writers = list(writers)
        self._send = send
        self.controller = first or make(self.writers[0][1])
        self.lanes: list[Lane[Any]] = [Lane(make(c), partial(self.send, client=c), name)
                                       for name, c in self.writers[1:]]
        self.fallback = False  # a refused bypass: go on without it (else stop)
        self.fell_back: list[str] = []  # identities that loaded without the bypass
        self._lock = threading.Lock()

    @property
    def controllers(self) -> list[Controller]:
        """One per identity, the first being the pump's own."""
        return [self.controller, *(lane.controller for lane in self.lanes)]

    def seed(self, dop_hint: int | None) -> None:
        for ctl in self.controllers:
            ctl.seed(dop_hint)

    def pump(self, size_of: Callable[[Any], int], **kw: Any) -> Pump[Any]:
        """A pump over every identity: the first's controller, a lane for each other."""
        return Pump(self.controller, partial(self.send, client=self.writers[0][1]), size_of,
                    lanes=self.lanes, name=self.writers[0][0], **kw)

    def send(self, job: Any, client: DataverseClient) -> Any:
        """Send through ``client``; a refused bypass stops the load or falls back."""
        try:
            return self._send(job, client)
        except DataverseError as exc:
            if not bypass_refused(client, exc):
                raise
            name = next((n for n, c in self.writers if c is client), "") or "the run's identity"
            if not self.fallback:
                raise BypassRefused(
                    f"{name} may not bypass custom business logic (it lacks the "
                    f"prvBypassCustomBusinessLogic privilege): {exc.message}. Grant it the "
                    "privilege, or set load.bypass_fallback: true to load without the bypass, "
                    "or load.bypass_custom_logic: false", status=exc.status,
                    code=exc.code) from exc
            drop_bypass(client)
            with self._lock:
                if name not in self.fell_back:
                    self.fell_back.append(name)
            return self._send(job, client)

    def stats(self) -> ControllerStats:
        """What every identity's requests cost together."""
        if not self.lanes:
            return self.controller.stats
        out = ControllerStats()
        for ctl in self.controllers:
            st = ctl.stats
            for name in ("requests", "throttles", "transient", "timeouts", "cuts",
                         "paused_seconds", "busy_ms", "records_ok", "records_sent", "weight",
                         "peak_concurrency"):
                setattr(out, name, getattr(out, name) + getattr(st, name))
            for code, n in st.throttles_by_code.items():
                out.throttles_by_code[code] = out.throttles_by_code.get(code, 0) + n
        return out

    def summary(self) -> dict[str, Any]:
        """The load summary's pool part: parallelism over every identity and, with several,
        what each sent; who dropped the bypass."""
        ctls = self.controllers
        out: dict[str, Any] = {
            "final_concurrency": sum(c.concurrency for c in ctls),
            "final_parallelism": round(sum(c.limit for c in ctls), 2)}
        if self.lanes:
            out["identities"] = [
                {"identity": name, "requests": ctl.stats.requests,
                 "records": ctl.stats.records_ok, "throttled_429": ctl.stats.throttles,
                 "paused_seconds": round(ctl.stats.paused_seconds, 1)}
                for (name, _), ctl in zip(self.writers, ctls, strict=True)]
        if self.fell_back:
            out["bypass_dropped_by"] = list(self.fell_back)
        return out


__all__ = ["WriterPool"]
