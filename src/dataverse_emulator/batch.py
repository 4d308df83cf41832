"""``$batch`` wire format: multipart/mixed parsing and response building (CRLF, change sets).

Only the framing lives here; executing the parts (and the change-set transaction) is the
job of ``responses.py`` and ``models.Backend.atomic``.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field

from .exceptions import BatchError


@dataclass
class Part:
    """One HTTP request inside a batch."""

    method: str
    url: str
    headers: dict[str, str]
    body: bytes
    content_id: str | None = None


@dataclass
class ChangeSet:
    parts: list[Part] = field(default_factory=list)


def _boundary(content_type: str) -> str:
    m = re.search(r'boundary="?([^";]+)"?', content_type or "", re.I)
    if not m:
        raise BatchError("The batch request must have a multipart/mixed Content-Type with a "
                         "boundary.")
    return m.group(1)


def _split(body: bytes, boundary: str) -> list[bytes]:
    delim = b"--" + boundary.encode()
    chunks = body.split(delim)
    parts = []
    for chunk in chunks[1:]:
        if chunk.startswith(b"--"):
            break
        parts.append(chunk.strip(b"\r\n") if chunk.strip() else b"")
    return [p for p in parts if p]


def _headers_and_body(block: bytes) -> tuple[dict[str, str], bytes]:
    sep = block.find(b"\r\n\r\n")
    if sep < 0:
        if b"\n\n" in block:
            raise BatchError("Batch parts must use CRLF line endings.")
        return _parse_headers(block), b""
    return _parse_headers(block[:sep]), block[sep + 4:]


def _parse_headers(raw: bytes) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in raw.decode("utf-8").split("\r\n"):
        if ":" in line:
            k, v = line.split(":", 1)
            out[k.strip().lower()] = v.strip()
    return out


def _parse_http(block: bytes, content_id: str | None) -> Part:
    headers, inner = _headers_and_body(block)
    del headers
    sep = inner.find(b"\r\n")
    request_line = (inner[:sep] if sep >= 0 else inner).decode("utf-8").strip()
    rest = inner[sep + 2:] if sep >= 0 else b""
    bits = request_line.split(" ")
    if len(bits) < 2:
        raise BatchError(f"Bad request line in batch part: '{request_line}'.")
    method, url = bits[0].upper(), bits[1]
    hdr_end = rest.find(b"\r\n\r\n")
    if hdr_end < 0:
        headers = _parse_headers(rest)
        body = b""
    else:
        headers = _parse_headers(rest[:hdr_end])
        body = rest[hdr_end + 4:]
    body = body.rstrip(b"\r\n")
    return Part(method, url, headers, body, content_id)


def parse_batch(body: bytes, content_type: str) -> list[Part | ChangeSet]:
    """Parse a batch body into requests and change sets."""
    if b"\r\n" not in body and b"\n" in body:
        raise BatchError("The batch body must use CRLF line endings.")
    items: list[Part | ChangeSet] = []
    for block in _split(body, _boundary(content_type)):
        headers, inner = _headers_and_body(block)
        ctype = headers.get("content-type", "")
        if ctype.lower().startswith("multipart/mixed"):
            cs = ChangeSet()
            for sub in _split(inner, _boundary(ctype)):
                sub_headers, _ = _headers_and_body(sub)
                part = _parse_http(sub, sub_headers.get("content-id"))
                if part.method == "GET":
                    raise BatchError("GET requests are not allowed inside a change set.")
                cs.parts.append(part)
            items.append(cs)
        else:
            items.append(_parse_http(block, headers.get("content-id")))
    return items


@dataclass
class PartResponse:
    status: int
    reason: str
    headers: dict[str, str]
    body: bytes
    content_id: str | None = None


def _render_http(r: PartResponse) -> bytes:
    lines = ["Content-Type: application/http", "Content-Transfer-Encoding: binary"]
    if r.content_id:
        lines.append(f"Content-ID: {r.content_id}")
    lines += ["", f"HTTP/1.1 {r.status} {r.reason}"]
    lines += [f"{k}: {v}" for k, v in r.headers.items()]
    lines += ["", ""]
    return "\r\n".join(lines).encode() + r.body


def build_batch_response(items: list[PartResponse | list[PartResponse]]) -> tuple[bytes, str]:
    """Render responses (a list for a change set) into a multipart body and its type."""
    boundary = f"batchresponse_{uuid.uuid4()}"
    chunks: list[bytes] = []
    for item in items:
        chunks.append(f"--{boundary}\r\n".encode())
        if isinstance(item, list):
            cs = f"changesetresponse_{uuid.uuid4()}"
            chunks.append(f"Content-Type: multipart/mixed; boundary={cs}\r\n\r\n".encode())
            for r in item:
                chunks.append(f"--{cs}\r\n".encode() + _render_http(r) + b"\r\n")
            chunks.append(f"--{cs}--\r\n".encode())
        else:
            chunks.append(_render_http(item) + b"\r\n")
    chunks.append(f"--{boundary}--\r\n".encode())
    return b"".join(chunks), f"multipart/mixed; boundary={boundary}"
