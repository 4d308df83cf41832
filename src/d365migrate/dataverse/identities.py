"""Several application users loading one org, and the bypass headers a bulk load may carry.

Dataverse meters service protection per user (``api-limits.md``: "per user, per web
server"), so one application user can never load faster than its own budget; several are
several budgets. The parameters file names them (``load.identities``: client ids, or labels
for the emulator); their secrets never live there:

- a real org: identity *n* (counting from 1, in the parameters' order) signs in with
  ``AZURE_CLIENT_SECRET_<n>`` from the environment (or, when the ``keyring`` package is
  installed, the password stored under service ``d365migrate`` and the client id), in the
  tenant ``AZURE_TENANT_ID``;
- any server that takes a fixed bearer token (the emulator server run with ``--tokens``):
  ``DATAVERSE_TOKEN_<n>``;
- the embedded emulator: a token per identity, each metered as its own user.

Bypass of custom business logic for bulk loads (``bypass-custom-business-logic.md``):
``MSCRM.BypassBusinessLogicExecution: CustomSync,CustomAsync`` needs the
``prvBypassCustomBusinessLogic`` privilege; ``MSCRM.SuppressDuplicateDetection: true`` needs
none. Both go on every write (never on reads). An identity without the privilege gets
``0x80040220`` PrivilegeDenied: the load stops with ``BypassRefused`` naming the identity and
the privilege, unless the parameters allow a fallback, in which case that identity goes on
without the bypass and the run records it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from d365migrate.dataverse.auth import MsalClientCredentials, StaticToken, TokenProvider
from d365migrate.dataverse.client import DataverseClient
from d365migrate.dataverse.errors import AuthenticationError, DataverseError

HEADER_BYPASS = "MSCRM.BypassBusinessLogicExecution"
HEADER_DUPLICATES = "MSCRM.SuppressDuplicateDetection"
BYPASS_VALUE = "CustomSync,CustomAsync"
PRIVILEGE_DENIED = "0x80040220"
KEYRING_SERVICE = "d365migrate"


class IdentityError(ValueError):
    """The parameters name identities badly, or an identity has no usable credential."""


class BypassRefused(RuntimeError):
    """An identity asked to bypass custom business logic without the privilege: the load
    stops, naming the identity, unless the parameters allow a fallback. Not a
    ``DataverseError``, so no retry or bisection takes it for a bad record."""

    def __init__(self, message: str, *, status: int | None = None, code: str | None = None
                 ) -> None:
        super().__init__(message)
        self.status, self.code = status, code


@dataclass(frozen=True)
class IdentitySpec:
    """One application user of the pool: its place (1-based), the name reports use (a label
    or the client id; never a secret) and its Entra client id (None for the emulator)."""

    n: int
    name: str
    client_id: str | None = None


def parse_identities(raw: Any, where: str = "load.identities") -> list[IdentitySpec]:
    """``load.identities`` from a parameters file: a list of client ids, or of mappings with
    ``client_id`` and/or ``name``; empty or missing means the run's one identity."""
    if raw in (None, [], ""):
        return []
    if not isinstance(raw, list):
        raise IdentityError(f"{where}: expected a list of client ids or of "
                            "{client_id, name} entries")
    specs: list[IdentitySpec] = []
    for i, item in enumerate(raw, start=1):
        if isinstance(item, str | int):
            client_id, name = str(item).strip(), str(item).strip()
        elif isinstance(item, dict):
            unknown = set(item) - {"client_id", "name"}
            if unknown:
                raise IdentityError(f"{where}[{i - 1}]: unknown keys {sorted(unknown)} (only "
                                    "client_id and name; secrets go in the environment)")
            client_id = str(item["client_id"]).strip() if item.get("client_id") else None
            name = str(item.get("name") or client_id or "").strip()
        else:
            raise IdentityError(f"{where}[{i - 1}]: expected a client id or a mapping")
        if not name:
            raise IdentityError(f"{where}[{i - 1}]: give a client_id or a name")
        specs.append(IdentitySpec(i, name, client_id))
    names = [s.name for s in specs]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise IdentityError(f"{where}: {dupes} named twice (one user's budget is shared by "
                            "its sessions: list each application user once)")
    return specs


def bypass_headers(bypass_custom_logic: bool, suppress_duplicate_detection: bool
                   ) -> dict[str, str]:
    """The optional parameters a bulk load's writes carry (empty: none)."""
    headers: dict[str, str] = {}
    if bypass_custom_logic:
        headers[HEADER_BYPASS] = BYPASS_VALUE
    if suppress_duplicate_detection:
        headers[HEADER_DUPLICATES] = "true"
    return headers


def use_bypass(clients: Iterable[DataverseClient], headers: dict[str, str]) -> None:
    """Every write of these clients carries ``headers`` from now on."""
    for client in clients:
        client.write_headers = dict(headers)


def bypass_refused(client: DataverseClient, error: DataverseError) -> bool:
    """True when ``error`` is the privilege refusal of a bypass this client asked for."""
    return (HEADER_BYPASS in client.write_headers and isinstance(error, AuthenticationError)
            and error.code == PRIVILEGE_DENIED)


def drop_bypass(client: DataverseClient) -> None:
    """Go on without the bypass (the duplicate-detection switch needs no privilege: kept)."""
    client.write_headers = {k: v for k, v in client.write_headers.items()
                            if k != HEADER_BYPASS}


def _secret(spec: IdentitySpec) -> str:
    value = os.environ.get(f"AZURE_CLIENT_SECRET_{spec.n}")
    if value:
        return value
    try:
        import keyring  # optional: only when installed
    except ImportError:
        keyring = None
    if keyring is not None and spec.client_id:
        stored = keyring.get_password(KEYRING_SERVICE, spec.client_id)
        if stored:
            return stored
    raise AuthenticationError(
        f"identity {spec.n} ({spec.name}): no secret; set AZURE_CLIENT_SECRET_{spec.n} in the "
        f"environment (or store it in a keyring under '{KEYRING_SERVICE}' and the client id)")


def token_for(spec: IdentitySpec, org_url: str) -> TokenProvider:
    """How identity ``spec`` signs in to a real org or a server taking fixed tokens."""
    fixed = os.environ.get(f"DATAVERSE_TOKEN_{spec.n}")
    if fixed:
        return StaticToken(fixed)
    tenant = os.environ.get("AZURE_TENANT_ID")
    if not spec.client_id:
        raise AuthenticationError(f"identity {spec.n} ({spec.name}): no client_id in the "
                                  f"parameters and no DATAVERSE_TOKEN_{spec.n}")
    if not tenant:
        raise AuthenticationError(f"identity {spec.n} ({spec.name}): AZURE_TENANT_ID missing "
                                  "from the environment")
    return MsalClientCredentials(org_url, tenant, spec.client_id, _secret(spec))


def embedded_token(spec: IdentitySpec) -> str:
    """The bearer token an identity uses on the embedded emulator (one user per token)."""
    return f"emulator-identity-{spec.n}"


def connect_identities(destination: Any, specs: list[IdentitySpec], *,
                       users_csv: Path | None = None, **client_kw: Any
                       ) -> list[tuple[str, DataverseClient]]:
    """(name, client) per identity, for ``destination`` (``destination.Destination``): the
    embedded emulator serves them from one in-process app, each metered as its own user."""
    if destination.kind == "embedded-emulator":
        from dataverse_emulator import create_app

        assert destination.state_file
        Path(destination.state_file).parent.mkdir(parents=True, exist_ok=True)
        app = create_app(destination.state_file,
                         users_csv=str(users_csv) if users_csv else None)
        transport = httpx.WSGITransport(app=app)
        return [(s.name, DataverseClient(destination.url, StaticToken(embedded_token(s)),
                                         transport=transport, **client_kw)) for s in specs]
    verify: bool | str = destination.ca_bundle or True
    return [(s.name, DataverseClient(destination.url, token_for(s, destination.url),
                                     verify=verify, **client_kw)) for s in specs]


__all__ = ["BypassRefused", "IdentityError", "IdentitySpec", "bypass_headers",
           "bypass_refused", "connect_identities", "drop_bypass", "parse_identities",
           "use_bypass"]
