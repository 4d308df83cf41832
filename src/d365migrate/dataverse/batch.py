"""``$batch`` on the wire: the multipart/mixed request and the parts of its answer.

Only the framing lives here (``execute-batch-operations-using-web-api.md``): CRLF line
endings, a ``batch_<id>`` boundary, one ``changeset_<id>`` inside it when the operations must
be atomic, ``application/http`` parts with ``Content-Transfer-Encoding: binary`` and a
``Content-ID`` per change-set part. ``DataverseClient.execute_batch`` sends it.

An answer holds one part per request, in order; a change set that succeeded is a nested
multipart of one part per operation, and one that failed is a single ``application/http``
part with the error of the operation that failed (everything in it was rolled back).
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx

from d365migrate.dataverse.errors import DataverseError, classify
from d365migrate.dataverse.limits import MAX_BATCH_OPERATIONS

CRLF = "\r\n"
_BOUNDARY = re.compile(r'boundary\s*=\s*"?([^";,\s]+)"?', re.I)
_GUID_IN_PARENS = re.compile(r"\(([0-9a-fA-F-]{36})\)\s*$")


@dataclass(frozen=True)
class BatchOperation:
    """One request inside a batch; ``url`` is relative to the API root (``accounts``,
    ``accounts(<guid>)``) or absolute."""

    method: str
    url: str
    body: Mapping[str, Any] | None = None
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass
class BatchResult:
    """What one operation answered. ``error`` is the classified exception of a failed one
    (only returned, not raised, when the batch continued on error)."""

    index: int
    status: int
    headers: dict[str, str]  # names in lower case
    body: Any = None  # parsed JSON, else the text, else None
    content_id: str | None = None
    error: DataverseError | None = None

    @property
    def ok(self) -> bool:
        return self.status < 400

    @property
    def entity_id(self) -> str | None:
        """The id a create (or upsert) names in ``OData-EntityId``."""
        match = _GUID_IN_PARENS.search(self.headers.get("odata-entityid", ""))
        return match.group(1) if match else None


@dataclass
class ResponsePart:
    """One ``application/http`` part of a batch answer."""

    status: int
    headers: dict[str, str]
    body: bytes
    content_id: str | None = None


# -- request ---------------------------------------------------------------------------------
def encode_batch(operations: Sequence[BatchOperation], base_url: str, *,
                 change_set: bool) -> tuple[bytes, str]:
    """The body and ``Content-Type`` of a ``$batch``: the operations in one change set
    (atomic; Content-ID 1..n) or as separate requests."""
    if len(operations) > MAX_BATCH_OPERATIONS:
        raise ValueError(f"a batch holds at most {MAX_BATCH_OPERATIONS} requests, "
                         f"not {len(operations)}")
    batch = f"batch_{uuid.uuid4()}"
    if change_set:
        inner = f"changeset_{uuid.uuid4()}"
        parts = "".join(f"--{inner}{CRLF}" + _http_part(op, base_url, str(i + 1))
                        for i, op in enumerate(operations))
        text = (f"--{batch}{CRLF}Content-Type: multipart/mixed; boundary={inner}{CRLF}{CRLF}"
                f"{parts}--{inner}--{CRLF}")
    else:
        text = "".join(f"--{batch}{CRLF}" + _http_part(op, base_url, None) for op in operations)
    text += f"--{batch}--{CRLF}"
    return text.encode("utf-8"), f"multipart/mixed; boundary={batch}"


def _http_part(op: BatchOperation, base_url: str, content_id: str | None) -> str:
    method = op.method.upper()
    if content_id is not None and method == "GET":
        raise ValueError("GET is not allowed inside a change set")
    lines = ["Content-Type: application/http", "Content-Transfer-Encoding: binary"]
    if content_id is not None:
        lines.append(f"Content-ID: {content_id}")
    url = op.url if "://" in op.url or op.url.startswith("$") else base_url + op.url.lstrip("/")
    lines += ["", f"{method} {url} HTTP/1.1"]
    if op.body is not None:
        lines.append("Content-Type: application/json; type=entry")
    lines += [f"{k}: {v}" for k, v in op.headers.items()]
    lines.append("")
    body = json.dumps(op.body, separators=(",", ":")) if op.body is not None else ""
    return CRLF.join(lines) + CRLF + body + CRLF


# -- answer ----------------------------------------------------------------------------------
def boundary_of(content_type: str) -> str | None:
    match = _BOUNDARY.search(content_type or "")
    return match.group(1) if match else None


def parse_batch_response(content: bytes, content_type: str
                         ) -> list[ResponsePart | list[ResponsePart]]:
    """Parts of a batch answer in order; a change set that succeeded is a list."""
    boundary = boundary_of(content_type)
    if boundary is None:
        raise DataverseError(f"a $batch answer without a multipart boundary: {content_type!r}")
    items: list[ResponsePart | list[ResponsePart]] = []
    for block in _split(content, boundary):
        headers, rest = _headers_and_rest(block)
        nested = headers.get("content-type", "")
        if nested.lower().startswith("multipart/mixed"):
            inner = boundary_of(nested)
            if inner is None:
                raise DataverseError("a change set answer without a boundary")
            items.append([_http_response(*_headers_and_rest(b)) for b in _split(rest, inner)])
        else:
            items.append(_http_response(headers, rest))
    return items


def _split(content: bytes, boundary: str) -> list[bytes]:
    """The parts between ``--boundary`` lines; the line break before a delimiter belongs to
    it (RFC 2046), so bodies come back exact. Bare LF is tolerated on reading."""
    delimiter = re.compile(rb"(?:^|\r?\n)--" + re.escape(boundary.encode()) + rb"(--)?[ \t]*"
                           rb"(?:\r?\n|$)")
    parts: list[bytes] = []
    start: int | None = None
    for match in delimiter.finditer(content):
        if start is not None:
            parts.append(content[start:match.start()])
        if match.group(1):  # the closing delimiter
            break
        start = match.end()
    return parts


def _headers_and_rest(block: bytes) -> tuple[dict[str, str], bytes]:
    match = re.search(rb"\r?\n\r?\n", block)
    if match is None:
        return _header_lines(block), b""
    return _header_lines(block[:match.start()]), block[match.end():]


def _header_lines(raw: bytes) -> dict[str, str]:
    headers: dict[str, str] = {}
    for line in raw.decode("utf-8", "replace").splitlines():
        name, sep, value = line.partition(":")
        if sep:
            headers[name.strip().lower()] = value.strip()
    return headers


def _http_response(mime_headers: dict[str, str], rest: bytes) -> ResponsePart:
    line_end = rest.find(b"\n")
    status_line = (rest if line_end < 0 else rest[:line_end]).decode("utf-8", "replace").strip()
    bits = status_line.split(" ", 2)
    if len(bits) < 2 or not bits[0].startswith("HTTP/") or not bits[1].isdigit():
        raise DataverseError(f"a $batch answer part without a status line: {status_line!r}")
    after = b"" if line_end < 0 else rest[line_end + 1:]
    blank = re.match(rb"\r?\n", after)
    headers, body = ({}, after[blank.end():]) if blank else _headers_and_rest(after)
    return ResponsePart(int(bits[1]), headers, body, mime_headers.get("content-id"))


def part_body(part: ResponsePart) -> Any:
    """JSON when the part has it, else its text, else None."""
    text = part.body.decode("utf-8", "replace").strip()
    if not text:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text


def part_error(part: ResponsePart, operations: Sequence[BatchOperation], index: int | None,
               base_url: str) -> DataverseError:
    """The exception ``classify`` gives for one failed part, saying which operation failed."""
    op = operations[index] if index is not None and 0 <= index < len(operations) else None
    if op is not None:
        url = op.url if "://" in op.url else base_url + op.url.lstrip("/")
        request = httpx.Request(op.method.upper(), url)
    else:  # the answer did not say which operation: the batch as a whole
        request = httpx.Request("POST", base_url + "$batch")
    response = httpx.Response(part.status, headers=part.headers, content=part.body,
                              request=request)
    error = classify(response)
    error.operation_index = index if op is not None else None
    error.content_id = part.content_id
    return error


def index_of(content_id: str | None, count: int) -> int | None:
    """Our Content-IDs are 1..n: the 0-based operation they name, if any."""
    if content_id is None or not content_id.strip().isdigit():
        return None
    index = int(content_id) - 1
    return index if 0 <= index < count else None


def read_change_set(items: list[ResponsePart | list[ResponsePart]],
                    operations: Sequence[BatchOperation], base_url: str) -> list[BatchResult]:
    """Results of an atomic batch, or the exception of the operation that failed it."""
    for item in items:
        for position, part in enumerate(item if isinstance(item, list) else [item]):
            if part.status >= 400:
                index = index_of(part.content_id, len(operations))
                if index is None and isinstance(item, list):
                    index = position
                raise part_error(part, operations, index, base_url)
    parts = next((i for i in items if isinstance(i, list)), None)
    if parts is None or len(parts) != len(operations):
        got = "no change set" if parts is None else f"{len(parts)} answers"
        raise DataverseError(f"$batch: {got} for a change set of {len(operations)} operations")
    results: list[BatchResult] = []
    for position, part in enumerate(parts):
        index = index_of(part.content_id, len(operations))
        results.append(_result(part, position if index is None else index))
    results.sort(key=lambda r: r.index)
    if [r.index for r in results] != list(range(len(operations))):
        raise DataverseError("$batch: the change set answers do not match its Content-IDs")
    return results


def read_each(items: list[ResponsePart | list[ResponsePart]],
              operations: Sequence[BatchOperation], base_url: str) -> list[BatchResult]:
    """Results of a batch that continued on error: one per operation, failures included."""
    parts = [p for i in items for p in (i if isinstance(i, list) else [i])]
    if len(parts) != len(operations):
        raise DataverseError(f"$batch: {len(parts)} answers for {len(operations)} operations")
    results = []
    for index, part in enumerate(parts):
        result = _result(part, index)
        if part.status >= 400:
            result.error = part_error(part, operations, index, base_url)
        results.append(result)
    return results


def _result(part: ResponsePart, index: int) -> BatchResult:
    return BatchResult(index, part.status, part.headers, part_body(part), part.content_id)


__all__ = ["MAX_BATCH_OPERATIONS", "BatchOperation", "BatchResult", "ResponsePart",
           "encode_batch", "parse_batch_response", "read_change_set", "read_each"]
