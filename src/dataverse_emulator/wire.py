"""The OData wire, shared by every view: JSON and empty responses, errors, bodies, headers.

Every response carries ``OData-Version: 4.0`` (except ``$count``'s plain text) and the org's
``x-ms-dop-hint``; errors are rendered by ``exceptions.render``, the one place they are.
"""

from __future__ import annotations

import json
from typing import Any

from werkzeug.exceptions import ClientDisconnected
from werkzeug.wrappers import Request, Response

from . import exceptions as ex
from .odata import parse_prefer

API_PREFIX = "/api/data/v9.2"
JSON_TYPE = "application/json; odata.metadata=minimal"


class Wire:
    """Response builders stamped with the org's ``x-ms-dop-hint``."""

    def __init__(self, dop_hint: int) -> None:
        self.dop_hint = str(dop_hint)

    def response(self, body: str | bytes | None = None, status: int = 200, *,
                 content_type: str | None = None, headers: dict[str, str] | None = None,
                 odata: bool = True) -> Response:
        """Any response: ``OData-Version`` (unless ``odata`` is false), the hint, ``headers``."""
        resp = Response(body, status=status, content_type=content_type)
        if odata:
            resp.headers["OData-Version"] = "4.0"
        resp.headers["x-ms-dop-hint"] = self.dop_hint
        for k, v in (headers or {}).items():
            resp.headers[k] = v
        return resp

    def json(self, payload: Any, status: int = 200, headers: dict[str, str] | None = None
             ) -> Response:
        return self.response(json.dumps(payload, separators=(",", ":"), ensure_ascii=False),
                             status, content_type=JSON_TYPE, headers=headers)

    def empty(self, status: int = 204, headers: dict[str, str] | None = None) -> Response:
        return self.response(None, status, headers=headers)

    def error(self, exc: ex.DataverseError) -> Response:
        status, headers, body = ex.render(exc)
        resp = Response(body, status=status)
        for k, v in headers.items():
            resp.headers[k] = v
        resp.headers["x-ms-dop-hint"] = self.dop_hint
        return resp


def base_url(request: Request) -> str:
    """``https://host/api/data/v9.2/``: the prefix of ``@odata.context`` and entity ids."""
    return request.host_url + API_PREFIX.lstrip("/") + "/"


def read_body(request: Request) -> Any:
    """The JSON body (``{}`` when empty); a bad or unreadable body is a ``PayloadError``."""
    try:
        raw = request.get_data(cache=True)
    except ClientDisconnected:
        raise ex.PayloadError("The request body could not be read.") from None
    if not raw.strip():
        return {}
    try:
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ex.PayloadError(f"Error identified in Payload provided by the user: the "
                              f"body is not valid JSON ({exc}).") from None


def preferences(request: Request) -> dict[str, str]:
    """Every ``Prefer`` header of the request, parsed into one dict."""
    return parse_prefer(", ".join(request.headers.getlist("Prefer")))


def wants_annotations(prefs: dict[str, str]) -> bool:
    """Whether ``odata.include-annotations`` asks for formatted values or lookup names."""
    value = prefs.get("odata.include-annotations")
    return value is not None and ("*" in value or "FormattedValue" in value
                                  or "lookuplogicalname" in value)
