"""A local emulator of the Dataverse Web API (OData v4) for Dynamics 365 Sales migrations.

``create_app(state_path)`` returns a WSGI app serving ``/api/data/v9.2/`` on a SQLite state
file; use it in-process with ``httpx.WSGITransport`` or serve it with ``dataverse_emulator.server``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from .limits import Limits
from .models import Backend
from .responses import EmulatorApp

__all__ = ["create_app", "Limits", "EmulatorApp", "Backend"]


def create_app(state_path: str | Path, *, users_csv: str | Path | None = None,
               token: str | None = None, limits: Limits | None = None,
               seed: int = 0, without_tables: Iterable[str] = ()) -> EmulatorApp:
    """A WSGI app for the org stored at ``state_path`` (created if missing).

    ``users_csv`` (header ``fullname,internalemailaddress,isdisabled``) seeds systemusers;
    ``token`` restricts access to that bearer token (any token otherwise); ``limits`` sets
    service protection and simulation; ``seed`` makes injected faults reproducible;
    ``without_tables`` (e.g. ``{"incident"}``, an org without Customer Service) adds to
    ``Limits.without_tables``.
    """
    limits = limits or Limits()
    if without_tables:
        limits = replace(limits, without_tables=limits.without_tables | set(without_tables))
    backend = Backend(state_path, users_csv=users_csv, limits=limits, seed=seed)
    return EmulatorApp(backend, token=token, limits=limits, seed=seed)
