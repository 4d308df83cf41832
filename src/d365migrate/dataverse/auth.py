"""Bearer-token authentication as an httpx ``Auth`` flow: attach per request, refresh on 401.

Token providers keep secrets out of parameters files: credentials come from the environment
(``AZURE_TENANT_ID``, ``AZURE_CLIENT_ID``, ``AZURE_CLIENT_SECRET``) or an interactive device-code
sign-in, and tokens are never logged or written anywhere. For a local server (the emulator's
``--token``) ``DATAVERSE_TOKEN`` is the bearer token itself, sent as it is, without Azure AD.
"""

from __future__ import annotations

import ipaddress
import os
import threading
from collections.abc import Callable, Generator
from typing import Protocol

import httpx

from d365migrate.dataverse.errors import AuthenticationError


class TokenProvider(Protocol):
    def token(self, *, force_refresh: bool = False) -> str: ...


TOKEN_ENV = "DATAVERSE_TOKEN"


class StaticToken:
    """A fixed token: the embedded emulator accepts any bearer token, the emulator server the
    one it was started with (``--token``). ``source`` names where it came from, for errors."""

    def __init__(self, value: str = "emulator", *, source: str | None = None) -> None:
        self._value = value
        self.source = source

    @classmethod
    def from_env(cls, org_url: str) -> StaticToken | None:
        """``DATAVERSE_TOKEN`` when set. Refused over plain HTTP to another machine: the token
        would cross the network readable by anyone on the way."""
        value = os.environ.get(TOKEN_ENV, "").strip()
        if not value:
            return None
        url = httpx.URL(org_url)
        if url.scheme != "https" and not is_loopback(url.host):
            raise AuthenticationError(
                f"{TOKEN_ENV} is set but DATAVERSE_URL is plain http to {url.host}, not this "
                "machine: the token would cross the network unencrypted; use https (the "
                "emulator's --tls and DATAVERSE_CA_BUNDLE) or a loopback address")
        return cls(value, source=TOKEN_ENV)

    def token(self, *, force_refresh: bool = False) -> str:
        return self._value

    def __repr__(self) -> str:
        return "StaticToken(***)"


def is_loopback(host: str) -> bool:
    """``localhost``, ``127.x.x.x`` or ``::1``."""
    if host.lower() in ("localhost", "localhost.localdomain") or host.lower().endswith(
            ".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def scope_for(org_url: str) -> list[str]:
    """The Dataverse resource scope: ``https://org.crm.dynamics.com/.default``."""
    url = httpx.URL(org_url)
    return [f"{url.scheme}://{url.host}/.default"]


class MsalClientCredentials:
    """App-only sign-in (client credentials) for unattended papermill runs."""

    def __init__(self, org_url: str, tenant_id: str, client_id: str, client_secret: str,
                 *, authority_host: str = "https://login.microsoftonline.com") -> None:
        import msal

        self._scopes = scope_for(org_url)
        self._app = msal.ConfidentialClientApplication(
            client_id, authority=f"{authority_host}/{tenant_id}", client_credential=client_secret
        )
        self._lock = threading.Lock()

    @classmethod
    def from_env(cls, org_url: str) -> MsalClientCredentials:
        missing = [k for k in ("AZURE_TENANT_ID", "AZURE_CLIENT_ID", "AZURE_CLIENT_SECRET")
                   if not os.environ.get(k)]
        if missing:
            raise AuthenticationError(
                f"DATAVERSE_URL is set but {', '.join(missing)} missing from the environment "
                f"(for a local server such as the emulator, set {TOKEN_ENV} instead)")
        return cls(org_url, os.environ["AZURE_TENANT_ID"], os.environ["AZURE_CLIENT_ID"],
                   os.environ["AZURE_CLIENT_SECRET"])

    def token(self, *, force_refresh: bool = False) -> str:
        with self._lock:
            # MSAL caches tokens itself and refreshes near expiry.
            result = self._app.acquire_token_for_client(
                scopes=self._scopes, force_refresh=force_refresh
            ) if force_refresh else self._app.acquire_token_for_client(scopes=self._scopes)
        if "access_token" not in result:
            raise AuthenticationError(
                f"token request failed: {result.get('error')}: {result.get('error_description')}"
            )
        return result["access_token"]

    def __repr__(self) -> str:
        return f"MsalClientCredentials(scopes={self._scopes})"


class MsalDeviceCode:
    """Interactive sign-in for an analyst in a notebook: prints a code to enter in a browser."""

    def __init__(self, org_url: str, tenant_id: str, client_id: str,
                 *, prompt: Callable[[str], None] = print) -> None:
        import msal

        self._scopes = scope_for(org_url)
        self._app = msal.PublicClientApplication(
            client_id, authority=f"https://login.microsoftonline.com/{tenant_id}"
        )
        self._prompt = prompt
        self._lock = threading.Lock()

    def token(self, *, force_refresh: bool = False) -> str:
        with self._lock:
            accounts = self._app.get_accounts()
            result = None
            if accounts:
                result = self._app.acquire_token_silent(
                    self._scopes, account=accounts[0], force_refresh=force_refresh
                )
            if not result:
                flow = self._app.initiate_device_flow(scopes=self._scopes)
                self._prompt(flow.get("message", "device flow failed"))
                result = self._app.acquire_token_by_device_flow(flow)
        if "access_token" not in result:
            raise AuthenticationError(f"sign-in failed: {result.get('error_description')}")
        return result["access_token"]


class BearerAuth(httpx.Auth):
    """Attach a bearer token to each request; on 401 refresh it once and resend."""

    def __init__(self, provider: TokenProvider) -> None:
        self.provider = provider

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self.provider.token()}"
        response = yield request
        if response.status_code == 401:
            request.headers["Authorization"] = f"Bearer {self.provider.token(force_refresh=True)}"
            yield request
