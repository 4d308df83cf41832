"""Dataverse Web API client: auth, requests, errors."""

from .auth import BearerAuth, MsalClientCredentials, MsalDeviceCode, StaticToken
from .client import DataverseClient, RetryPolicy, key_segment, odata_literal
from .errors import (
    ConnectionLost,
    DataverseError,
    TerminalError,
    TransientError,
)

__all__ = [
    "BearerAuth", "ConnectionLost", "DataverseClient", "DataverseError", "MsalClientCredentials",
    "MsalDeviceCode", "RetryPolicy", "StaticToken", "TerminalError", "TransientError",
    "key_segment", "odata_literal",
]
