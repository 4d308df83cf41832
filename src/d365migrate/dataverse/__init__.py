"""Dataverse Web API client: auth, requests, errors."""

from d365migrate.dataverse.auth import (
    BearerAuth,
    MsalClientCredentials,
    MsalDeviceCode,
    StaticToken,
)
from d365migrate.dataverse.batch import MAX_BATCH_OPERATIONS, BatchOperation, BatchResult
from d365migrate.dataverse.client import (
    BULK_MESSAGES,
    DataverseClient,
    RetryPolicy,
    key_segment,
    odata_literal,
)
from d365migrate.dataverse.errors import (
    BulkMessageUnsupported,
    ConnectionLost,
    DataverseError,
    TerminalError,
    TransientError,
)

__all__ = [
    "BULK_MESSAGES", "MAX_BATCH_OPERATIONS", "BatchOperation", "BatchResult", "BearerAuth",
    "BulkMessageUnsupported", "ConnectionLost", "DataverseClient", "DataverseError",
    "MsalClientCredentials", "MsalDeviceCode", "RetryPolicy", "StaticToken", "TerminalError",
    "TransientError", "key_segment", "odata_literal",
]
