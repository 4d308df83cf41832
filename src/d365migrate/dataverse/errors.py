"""Errors raised by the Dataverse client, classed once so every caller agrees on retrying.

Exception tree::

    DataverseError
    ├── TransientError              retry with backoff; the request may be sent again
    │   ├── ConnectionLost          dropped connection, timeout, reset
    │   ├── ServiceProtectionLimit  429 (0x80072322 / 0x80072321 / 0x80072326), has retry_after
    │   └── ServiceUnavailable      502 / 503 / 504
    ├── TerminalError               the same request will fail again; quarantine the record
    │   ├── BadRequest              400: invalid property, value, bind, length, option value
    │   │   └── BulkMessageUnsupported  the table lacks CreateMultiple / UpdateMultiple /
    │   │                               UpsertMultiple ("does not support entities of type",
    │   │                               "is not enabled on the entity"): use $batch instead
    │   ├── NotFound                404: record, entity set or bound record missing
    │   ├── DuplicateKey            alternate key or duplicate record (0x80060892 / 0x80040237)
    │   ├── PreconditionFailed      412: If-Match / If-None-Match
    │   └── DisabledUser            owner is a disabled user (0x80040225)
    ├── AuthenticationError         401 after a token refresh, or no credentials
    └── DestinationUnreachable      no answer at all for longer than the outage bound

``classify(response)`` is the one place that maps a response to a class. An operation that
failed inside a ``$batch`` is classified the same way, from its own part of the multipart
answer; the exception then also says which operation it was (``operation_index``, 0-based,
and ``content_id``) when the answer names it.
"""

from __future__ import annotations

import re
from typing import Any

import httpx


class DataverseError(Exception):
    """Base of everything the client raises."""

    status: int | None = None
    code: str | None = None
    operation_index: int | None = None  # inside a $batch: which operation failed (0-based)
    content_id: str | None = None  # ... and its Content-ID, as the answer named it

    def __init__(self, message: str, *, status: int | None = None, code: str | None = None,
                 request: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.code = code
        self.request = request

    def __str__(self) -> str:
        parts = [p for p in (str(self.status or ""), self.code or "", self.message) if p]
        return " ".join(parts)


class TransientError(DataverseError):
    """Worth retrying: the service may accept the same request later. ``outage``: set by the
    client when the error means the destination is not answering at all (``outage.Outage``:
    waited for by time, up to a bound, instead of by a number of attempts)."""

    retry_after: float | None = None
    outage: Any = None


class ConnectionLost(TransientError):
    """The connection dropped or timed out before a response came."""


class ServiceProtectionLimit(TransientError):
    """429 from service protection; ``retry_after`` seconds come from the header."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kw: object) -> None:
        super().__init__(message, **kw)  # type: ignore[arg-type]
        self.retry_after = retry_after


class ServiceUnavailable(TransientError):
    """502/503/504: the server is busy or restarting."""


class TerminalError(DataverseError):
    """The request is wrong; sending it again fails the same way."""


class BadRequest(TerminalError):
    """400: the payload or URL is invalid."""


class BulkMessageUnsupported(BadRequest):
    """The table does not have this bulk message (CreateMultiple, UpdateMultiple, ...): the
    same records go through as single operations in a ``$batch`` instead."""


class NotFound(TerminalError):
    """404: the record, the entity set or a bound record does not exist."""


class DuplicateKey(TerminalError):
    """A record with the same alternate key or duplicate-detection value exists."""


class PreconditionFailed(TerminalError):
    """412: If-Match / If-None-Match did not hold."""


class DisabledUser(TerminalError):
    """The owner is a disabled systemuser."""


class AuthenticationError(DataverseError):
    """401/403 or no usable credentials."""


class DestinationUnreachable(DataverseError):
    """The destination did not answer (refused, reset, 502/503/504) for longer than the
    outage bound (``outage.Outage``): the run stops instead of waiting without end."""

    def __init__(self, message: str, *, down_seconds: float = 0.0, **kw: object) -> None:
        super().__init__(message, **kw)  # type: ignore[arg-type]
        self.down_seconds = down_seconds


_UNSUPPORTED_MESSAGE = re.compile(r"does not support entities of type|is not enabled on the entity",
                                  re.I)
SERVICE_PROTECTION_CODES = {"0x80072322", "0x80072321", "0x80072326"}
_BY_CODE: dict[str, type[DataverseError]] = {
    "0x80060892": DuplicateKey,
    "0x80040237": DuplicateKey,
    "0x80040225": DisabledUser,
    "0x80040217": NotFound,
    "0x8006088a": NotFound,
}


def error_body(response: httpx.Response) -> tuple[str | None, str]:
    """Return (code, message) from Dataverse's ``{"error": {...}}`` body, tolerating others."""
    try:
        err = response.json().get("error", {})
        return err.get("code"), err.get("message") or response.reason_phrase
    except Exception:
        return None, (response.text[:300] or response.reason_phrase)


def retry_after_seconds(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


def classify(response: httpx.Response) -> DataverseError:
    """Map an error response to the exception class callers act on."""
    code, message = error_body(response)
    status = response.status_code
    where = f"{response.request.method} {response.request.url.path}" if response.request else None
    kw = {"status": status, "code": code, "request": where}
    if status == 429 or (code in SERVICE_PROTECTION_CODES):
        return ServiceProtectionLimit(message, retry_after=retry_after_seconds(response), **kw)
    if status in (502, 503, 504):
        busy = ServiceUnavailable(message, **kw)
        busy.retry_after = retry_after_seconds(response)  # up, and saying when to come back
        return busy
    if status in (401, 403):
        return AuthenticationError(message, **kw)
    if status == 400 and _UNSUPPORTED_MESSAGE.search(message or ""):
        return BulkMessageUnsupported(message, **kw)
    if code in _BY_CODE:
        return _BY_CODE[code](message, **kw)
    if status == 404:
        return NotFound(message, **kw)
    if status == 412:
        return PreconditionFailed(message, **kw)
    if status >= 500:
        return ServiceUnavailable(message, **kw)
    return BadRequest(message, **kw)


ALREADY_EXISTS = "0x80044363"  # creating a column or key the org already has


def already_exists(exc: DataverseError) -> bool:
    """The org's answer to creating a column or key it already has: after a resend whose
    first attempt landed (the reply lost), the creation is done, not failed."""
    return exc.code == ALREADY_EXISTS or "already exists" in (exc.message or "")
