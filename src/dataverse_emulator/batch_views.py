"""``$batch`` execution, mixed into ``EmulatorApp``: parts run one by one through
``dispatch`` as the caller of the outer request; a change set is one transaction.

A part goes to the handlers as a ``PartRequest``: the few things a handler reads of a
request (method, query arguments, headers, body, host URL, environ), built straight from the
parsed part. Building a whole WSGI environ and a werkzeug ``Request`` per part (what
``werkzeug.test.EnvironBuilder`` does) cost about a third of the emulator's time on batches
of deep inserts, so the emulator's own CPU, not the limits it meters, bound the benchmarks.
The answers are the same (``tests/emulator/test_batch_parts.py`` compares both ways).

The wire framing (multipart parsing and building) lives in ``batch.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl

from werkzeug.datastructures import Headers, ImmutableMultiDict
from werkzeug.wrappers import Request, Response

from . import exceptions as ex
from .batch import ChangeSet, Part, PartResponse, build_batch_response, parse_batch
from .identity import IDENTITY_KEY, OPTIONAL_HEADERS, Identity
from .limits import Limits, Protection
from .models import Backend
from .urls import Call
from .wire import API_PREFIX, Wire, preferences

REASONS = {200: "OK", 201: "Created", 204: "No Content", 400: "Bad Request",
           401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed",
           412: "Precondition Failed", 429: "Too Many Requests", 500: "Internal Server Error",
           503: "Service Unavailable"}


class PartRequest:
    """One part of a ``$batch`` as the handlers see a request: what they read of a werkzeug
    ``Request`` (``method``, ``args``, ``headers``, ``get_data``, ``host_url``, ``environ``),
    as ``werkzeug.test.EnvironBuilder`` would give it, without building a WSGI environ.

    Headers named twice (the outer request's inherited ones and the part's own) are joined
    with ", " as a WSGI environ joins them; the query string is parsed as werkzeug parses
    ``Request.args``."""

    def __init__(self, method: str, path: str, query: str, headers: dict[str, str],
                 body: bytes, host_url: str, environ: dict[str, Any]) -> None:
        self.method = method
        self.path = path
        self.host_url = host_url
        self.environ = environ
        self._body = body
        self._query = query
        joined: dict[str, tuple[str, list[str]]] = {}
        for name, value in headers.items():
            joined.setdefault(name.lower(), (name, []))[1].append(value)
        items = [(name, ", ".join(values)) for name, values in joined.values()]
        if body:
            items.append(("Content-Length", str(len(body))))
        self.headers = Headers(items)
        self._args: ImmutableMultiDict[str, str] | None = None

    @property
    def args(self) -> ImmutableMultiDict[str, str]:
        if self._args is None:
            self._args = ImmutableMultiDict(parse_qsl(self._query, keep_blank_values=True,
                                                      errors="werkzeug.url_quote"))
        return self._args

    def get_data(self, cache: bool = True) -> bytes:
        return self._body


class _ChangeSetFailed(Exception):
    def __init__(self, response: Response) -> None:
        self.response = response


class BatchViews:
    """Needs ``backend``, ``wire``, ``limits``, ``protection`` and ``dispatch``."""

    backend: Backend
    wire: Wire
    limits: Limits
    protection: Protection

    dispatch: Callable[..., Response]

    def _batch(self, request: Request, call: Call) -> Response:
        items = parse_batch(request.get_data(), request.headers.get("Content-Type", ""))
        total = sum(len(i.parts) if isinstance(i, ChangeSet) else 1 for i in items)
        if total > self.limits.max_batch_requests:
            raise ex.BatchError(f"The number of requests in the batch ({total}) exceeds the "
                                f"limit of {self.limits.max_batch_requests}.")
        # By default the batch is one request against the request count; its parts' time is
        # what it costs ("A batch can contain up to 1000 operations and will avoid the number
        # of requests limit. However, you will need to be prepared for the execution time
        # limit": PAD ``api-limits.md``, Number of requests). The daily entitlement counts
        # every operation, but that is a separate meter the emulator does not keep.
        # (``batch_counts_operations`` keeps the stricter reading, one per operation.)
        user: Identity | None = request.environ.get(IDENTITY_KEY)
        if user is not None and total > 1 and self.limits.batch_counts_operations:
            self.protection.add_requests(user.meter_key, total - 1)
        continue_on_error = "odata.continue-on-error" in preferences(request)
        # The outer request's optional parameters (bypass headers) apply to every part unless
        # a part sets its own: the emulator's reading, the docs are silent on it.
        inherited = {"authorization", "prefer", *(h.lower() for h in OPTIONAL_HEADERS)}
        outer_headers = {k: v for k, v in request.headers.items() if k.lower() in inherited}
        results: list[PartResponse | list[PartResponse]] = []
        refs: dict[str, tuple[str, str]] = {}
        # "When an error occurs for a request within a batch, the error for that request will
        # be returned for the batch request" (execute-batch-operations-using-web-api.md): the
        # batch answers with the failing request's status unless continue-on-error was asked
        status = 200
        for item in items:
            if isinstance(item, ChangeSet):
                responses: list[PartResponse] = []
                try:
                    with self.backend.atomic():
                        for part in item.parts:
                            resp = self._run_part(request, part, outer_headers, refs)
                            if resp.status_code >= 400:
                                raise _ChangeSetFailed(resp)
                            responses.append(_part_response(resp, part.content_id))
                except _ChangeSetFailed as failed:
                    for part in item.parts:
                        if part.content_id:
                            refs.pop(part.content_id, None)
                    results.append(_part_response(failed.response, None))
                    if not continue_on_error:
                        status = failed.response.status_code
                        break
                    continue
                results.append(responses)
            else:
                resp = self._run_part(request, item, outer_headers, refs)
                results.append(_part_response(resp, item.content_id))
                if resp.status_code >= 400 and not continue_on_error:
                    status = resp.status_code
                    break
        body, ctype = build_batch_response(results)
        return self.wire.response(body, status, content_type=ctype)

    def _run_part(self, request: Request, part: Part, outer_headers: dict[str, str],
                  refs: dict[str, tuple[str, str]]) -> Response:
        url = part.url
        if url.startswith("$"):
            ref, _, rest = url[1:].partition("/")
            if ref not in refs:
                return self.wire.error(ex.BatchError(f"Content-ID reference '${ref}' was not "
                                                      "found."))
            entity, rid = refs[ref]
            table = self.backend.table(entity)
            url = f"{table.entity_set}({rid})" + (f"/{rest}" if rest else "")
        if "://" in url:
            url = url.split("://", 1)[1]
            url = url[url.find("/"):] if "/" in url else "/"
        if not url.startswith("/"):
            url = f"{API_PREFIX}/{url}"
        path, _, query = url.partition("?")
        sub = PartRequest(part.method, path, query, {**outer_headers, **part.headers},
                          part.body, request.host_url,
                          {"dataverse.refs": refs,
                           IDENTITY_KEY: request.environ.get(IDENTITY_KEY)})
        resp = self.dispatch(sub, path[len(API_PREFIX):].lstrip("/"),  # type: ignore[arg-type]
                             batch_part=True)
        if part.content_id and resp.status_code < 400:
            entity_id = resp.headers.get("OData-EntityId")
            if entity_id:
                m = re.search(r"/([A-Za-z0-9_]+)\(([0-9a-fA-F-]{36})\)$", entity_id)
                if m:
                    table = self.backend.table_for_set(m.group(1))
                    refs[part.content_id] = (table.logical, m.group(2))
        return resp


def _part_response(resp: Response, content_id: str | None) -> PartResponse:
    body = resp.get_data()
    # a part without a body (204 No Content) carries no Content-Type, as Dataverse's own
    # (execute-batch-operations-using-web-api.md: "HTTP/1.1 204 No Content", OData-Version,
    # Location, OData-EntityId); werkzeug would stamp its default ``text/plain``
    dropped = {"content-length", "x-ms-dop-hint", *(() if body else ("content-type",))}
    headers = {k: v for k, v in resp.headers.items() if k.lower() not in dropped}
    return PartResponse(resp.status_code, REASONS.get(resp.status_code, "OK"), headers,
                        body, content_id)
