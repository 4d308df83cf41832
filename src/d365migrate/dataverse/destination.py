"""Where records go: the embedded emulator (a state file in the engagement folder) or a real org.

Like SQLite, the embedded emulator is just a file, so a run, a re-run and a rollback run in
separate notebook kernels all see the same org. ``DATAVERSE_URL`` plus the Azure variables
switch the very same client to a real Dynamics 365 org; ``DATAVERSE_URL`` plus
``DATAVERSE_TOKEN`` to a local server (the emulator's ``--token``) with that bearer token.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from d365migrate.dataverse import DataverseClient, MsalClientCredentials, RetryPolicy, StaticToken
from d365migrate.dataverse.outage import max_outage_seconds
from d365migrate.runfolder import EngagementFolder

EMBEDDED_BASE_URL = "http://dataverse.emulator/"


@dataclass(frozen=True)
class Destination:
    """The org a run talks to, as recorded in ``run.json`` (no credentials)."""

    url: str
    kind: str  # "embedded-emulator" | "org"
    state_file: str | None = None
    ca_bundle: str | None = None

    def describe(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v is not None}


def resolve_destination(engagement_dir: Path, url: str | None = None) -> Destination:
    """Environment first, then the parameters' URL, else the embedded emulator."""
    url = os.environ.get("DATAVERSE_URL") or url
    if url:
        return Destination(url=url, kind="org", ca_bundle=os.environ.get("DATAVERSE_CA_BUNDLE"))
    state = EngagementFolder(engagement_dir).org_state.resolve()
    return Destination(url=EMBEDDED_BASE_URL, kind="embedded-emulator", state_file=str(state))


def connect(destination: Destination, *, users_csv: Path | None = None,
            max_outage: float | str | None = None, without_tables: Iterable[str] = (),
            base_currency: str | None = None, currencies: Mapping[str, Any] | None = None,
            **client_kw: Any) -> DataverseClient:
    """A client for the destination; the emulator runs in-process on its state file.

    ``max_outage``: how long to wait for a destination that does not answer (parameters
    ``destination.max_outage_seconds``; else ``DATAVERSE_MAX_OUTAGE_SECONDS``; else 5 min).
    ``without_tables``: built-in tables the embedded emulator's org lacks (``incident``: an
    org without Customer Service), as ``d365migrate emulator --without-tables`` starts one;
    ``base_currency``: the ISO code of the currency the embedded org is set up with (USD when
    None), as ``--base-currency`` sets it; ``currencies``: the others its administrator added,
    each code with its exchange rate to the base (``--currencies EUR=0.92``)."""
    client_kw.setdefault("retry", RetryPolicy(max_outage_seconds=max_outage_seconds(max_outage)))
    if destination.kind == "embedded-emulator":
        from dataverse_emulator import Limits, create_app

        assert destination.state_file
        Path(destination.state_file).parent.mkdir(parents=True, exist_ok=True)
        app = create_app(destination.state_file, users_csv=str(users_csv) if users_csv else None,
                         without_tables=without_tables, limits=Limits(
                             base_currency=(base_currency or "USD").upper(),
                             currencies=rates_of(currencies or {})))
        return DataverseClient(destination.url, StaticToken(),
                               transport=httpx.WSGITransport(app=app), **client_kw)
    token = StaticToken.from_env(destination.url) or MsalClientCredentials.from_env(
        destination.url)
    verify: bool | str = destination.ca_bundle or True
    return DataverseClient(destination.url, token, verify=verify, **client_kw)


def rates_of(currencies: Mapping[str, Any]) -> tuple[tuple[str, float], ...]:
    """``destination.currencies`` as the emulator takes them: (code, rate to the base)."""
    out = []
    for code, rate in currencies.items():
        if not isinstance(rate, int | float) or isinstance(rate, bool) or rate <= 0:
            raise ValueError(f"destination.currencies.{code}: expected the currency's exchange "
                             f"rate to one unit of the base currency, a number above 0 (got "
                             f"{rate!r})")
        out.append((str(code).strip().upper(), float(rate)))
    return tuple(out)
