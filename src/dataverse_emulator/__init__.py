"""A local emulator of the Dataverse Web API (OData v4) for Dynamics 365 Sales migrations.

``create_app(state_path)`` returns a WSGI app serving ``/api/data/v9.2/`` on a SQLite state
file; use it in-process with ``httpx.WSGITransport`` or serve it with ``dataverse_emulator.server``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path

from .identity import Identities
from .limits import Limits
from .models import Backend
from .responses import EmulatorApp

__all__ = ["create_app", "Limits", "EmulatorApp", "Backend", "Identities"]


def create_app(state_path: str | Path, *, users_csv: str | Path | None = None,
               token: str | None = None, limits: Limits | None = None,
               seed: int = 0, without_tables: Iterable[str] = (),
               tokens: Mapping[str, str | None] | Iterable[str] | None = None,
               bypass_privileged: Iterable[str] | None = None) -> EmulatorApp:
    """A WSGI app for the org stored at ``state_path`` (created if missing).

    ``users_csv`` (header ``fullname,internalemailaddress,isdisabled``) seeds systemusers;
    ``limits`` sets service protection and simulation; ``seed`` makes injected faults
    reproducible; ``without_tables`` (e.g. ``{"incident"}``, an org without Customer Service)
    adds to ``Limits.without_tables``.

    Callers (``identity.Identities``): ``token`` accepts that bearer token only, acting as the
    default application user; ``tokens`` accepts each of its tokens as its own application
    user (a list: ids derived from the tokens; a mapping: token -> systemuserid or email, or
    None to derive). With neither, any token is accepted. Service protection is metered per
    user. ``bypass_privileged`` names the tokens or systemuser ids holding
    ``prvBypassCustomBusinessLogic`` / ``prvBypassCustomPlugins`` (None: every user).
    """
    limits = limits or Limits()
    if without_tables:
        limits = replace(limits, without_tables=limits.without_tables | set(without_tables))
    identities = Identities(tokens, token=token, bypass_privileged=bypass_privileged)
    backend = Backend(state_path, users_csv=users_csv, limits=limits, seed=seed,
                      app_users=identities.app_users())
    return EmulatorApp(backend, limits=limits, seed=seed, identities=identities)
