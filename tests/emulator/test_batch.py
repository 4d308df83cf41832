"""$batch: multipart/mixed with CRLF, atomic change sets, Content-ID references."""

from __future__ import annotations

import json
import re

import httpx

BASE = "http://dataverse.local/api/data/v9.2/"


def http_part(method: str, url: str, body: dict | None = None, content_id: str | None = None,
              headers: dict[str, str] | None = None) -> str:
    lines = ["Content-Type: application/http", "Content-Transfer-Encoding: binary"]
    if content_id:
        lines.append(f"Content-ID: {content_id}")
    lines += ["", f"{method} {url} HTTP/1.1"]
    if body is not None:
        lines.append("Content-Type: application/json; type=entry")
    lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
    lines.append("")
    lines.append(json.dumps(body) if body is not None else "")
    return "\r\n".join(lines)


def batch(client: httpx.Client, items: list, prefer: str | None = None) -> httpx.Response:
    b = "batch_abc"
    chunks = []
    for i, item in enumerate(items):
        if isinstance(item, list):
            cs = f"changeset_{i}"
            inner = "".join(f"--{cs}\r\n{p}\r\n" for p in item) + f"--{cs}--"
            chunks.append(f"--{b}\r\nContent-Type: multipart/mixed; boundary={cs}\r\n\r\n"
                          f"{inner}\r\n")
        else:
            chunks.append(f"--{b}\r\n{item}\r\n")
    body = "".join(chunks) + f"--{b}--\r\n"
    headers = {"Content-Type": f"multipart/mixed; boundary={b}"}
    if prefer:
        headers["Prefer"] = prefer
    return client.post("$batch", content=body.encode(), headers=headers)


def statuses(r: httpx.Response) -> list[int]:
    return [int(s) for s in re.findall(r"HTTP/1.1 (\d{3})", r.text)]


def test_change_set_with_content_id_references(client: httpx.Client) -> None:
    r = batch(client, [[
        http_part("POST", f"{BASE}accounts", {"name": "Batch Co"}, "1"),
        http_part("POST", "contacts", {"lastname": "Ref",
                                       "parentcustomerid_account@odata.bind": "$1"}, "2"),
        http_part("PATCH", "$1", {"telephone1": "123"}, "3"),
    ], http_part("GET", "accounts?$select=name,telephone1")])
    assert r.status_code == 200
    assert r.headers["Content-Type"].startswith("multipart/mixed; boundary=batchresponse_")
    assert "\r\n" in r.text
    assert statuses(r) == [204, 204, 204, 200]
    acc = client.get("accounts?$select=telephone1").json()["value"][0]
    assert acc["telephone1"] == "123"
    con = client.get("contacts?$select=_parentcustomerid_value").json()["value"][0]
    assert con["_parentcustomerid_value"] == acc["accountid"]
    assert "Content-ID: 1" in r.text


def test_change_set_is_atomic(client: httpx.Client) -> None:
    r = batch(client, [[
        http_part("POST", "accounts", {"name": "Kept?"}, "1"),
        http_part("POST", "accounts", {"name": "x" * 200}, "2"),
    ]])
    assert r.status_code == 400  # processing stopped: the failing request's error is the batch's
    assert statuses(r) == [400]
    assert "0x80044331" in r.text
    assert client.get("accounts").json()["value"] == []


def test_stops_at_first_error_unless_continue(client: httpx.Client) -> None:
    parts = [http_part("POST", "accounts", {"name": "One"}),
             http_part("POST", "accounts", {"bogus": 1}),
             http_part("POST", "accounts", {"name": "Three"})]
    r = batch(client, parts)
    assert r.status_code == 400 and statuses(r) == [204, 400]  # the docs' example: 400 BadRequest
    assert len(client.get("accounts").json()["value"]) == 1
    r = batch(client, parts, prefer="odata.continue-on-error")
    assert r.status_code == 200 and statuses(r) == [204, 400, 204]
    assert len(client.get("accounts").json()["value"]) == 3


def test_get_not_allowed_in_change_set_and_size_limit(client: httpx.Client) -> None:
    r = batch(client, [[http_part("GET", "accounts")]])
    assert r.status_code == 400
    parts = [http_part("GET", "WhoAmI") for _ in range(1001)]
    assert batch(client, parts).status_code == 400


def test_batch_requires_crlf(client: httpx.Client) -> None:
    body = ("--b\nContent-Type: application/http\nContent-Transfer-Encoding: binary\n\n"
            "GET accounts HTTP/1.1\n\n--b--\n")
    r = client.post("$batch", content=body.encode(),
                    headers={"Content-Type": "multipart/mixed; boundary=b"})
    assert r.status_code == 400


def test_no_content_parts_carry_no_content_type(client: httpx.Client) -> None:
    """A 204 part is its status line and headers only, as Dataverse answers it (no
    ``Content-Type: text/plain`` on an empty body); a part with a body keeps its type."""
    r = batch(client, [[http_part("POST", "accounts", {"name": "Empty"}, "1")],
                       http_part("GET", "accounts?$select=name")])
    assert statuses(r) == [204, 200]
    created, listed = re.split(r"HTTP/1.1 200", r.text)
    head = created.split("HTTP/1.1 204 No Content", 1)[1].split("\r\n--", 1)[0]
    assert "OData-EntityId:" in head
    assert "content-type" not in head.lower()
    assert "text/plain" not in r.text
    assert "Content-Type: application/json" in listed
