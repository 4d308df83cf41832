"""A thread-safe fake Dataverse for ``httpx.MockTransport``: service-protection limits in real
time, random faults, poisoned records, expiring tokens and a kill switch.

It keeps what the loader relies on and nothing else: CreateMultiple (atomic, 412 on a
duplicate alternate key), UpdateMultiple, GET with ``$filter`` on the source id and paging,
the ``sdkmessagefilters`` that say which bulk messages a table has, and ``$batch`` with one
change set of single POSTs / PATCHes (read with the standard library's MIME parser, so it
checks our framing independently; a failed change set answers as the docs show: the batch
fails with the status of the operation that failed, one part, naming its Content-ID). Limits
are checked on arrival like Dataverse's: concurrency at once, request count and execution
time after the window has been exceeded, each a 429 with ``Retry-After``; a ``$batch`` is one
request, whose operations' execution time it is charged (``api-limits.md``).
"""

from __future__ import annotations

import email
import json
import math
import random
import re
import threading
import time
import uuid
from collections import deque
from urllib.parse import urlencode

import httpx
import pytest

from d365migrate.dataverse import DataverseClient, RetryPolicy, StaticToken
from d365migrate.dataverse.errors import DuplicateKey

BASE = "https://org.crm.dynamics.com"
API = "/api/data/v9.2/"
COLUMN = "new_smartdeskid"


class Killed(BaseException):
    """The loading process 'dies': raised past every ``except Exception``."""


def error(status: int, code: str, message: str, **headers: str) -> httpx.Response:
    return httpx.Response(status, json={"error": {"code": code, "message": message}},
                          headers=headers)


class FakeDataverse:
    def __init__(self, *, window: float = 1.0, max_requests: int | None = None,
                 max_exec_ms: float | None = None, max_concurrent: int = 52,
                 latency_ms: float = 0.0, record_ms: float = 0.0, dop_hint: int | None = 4,
                 fault_rate: float = 0.0, seed: int = 0, poison: str = "POISON",
                 whole_seconds: bool = False, token_ttl: int | None = None,
                 max_page: int = 5000, pk: dict[str, str] | None = None,
                 without_bulk: frozenset[str] = frozenset(), filters_fail: bool = False,
                 name_failed_part: bool = True) -> None:
        self.window, self.max_requests, self.max_exec_ms = window, max_requests, max_exec_ms
        self.max_concurrent = max_concurrent
        self.latency_ms, self.record_ms = latency_ms, record_ms
        self.dop_hint = dop_hint
        self.fault_rate = fault_rate
        self.rng = random.Random(seed)
        self.poison = poison
        self.whole_seconds = whole_seconds
        self.token_ttl = token_ttl
        self.max_page = max_page
        self.pk = pk or {"accounts": "accountid", "contacts": "contactid"}
        self.lock = threading.Lock()
        self.rows: dict[str, dict[str, dict]] = {}  # entity set -> source id -> record
        self.arrivals: deque[float] = deque()
        self.charges: deque[tuple[float, float]] = deque()  # (time, exec ms)
        self.in_flight = 0
        self.peak = 0
        self.calls: list[tuple[str, int, int]] = []  # (operation, records, status)
        self.throttled = 0
        self.faults = 0
        self.kill_after: int | None = None
        self.killed = False
        self.commits = 0
        self.expired: set[str] = set()
        self.seen_tokens = 0
        self.without_bulk = without_bulk  # bulk messages no table has
        self.filters_fail = filters_fail  # sdkmessagefilters unreadable (403)
        self.name_failed_part = name_failed_part  # a failed change set names its Content-ID

    # -- the transport ------------------------------------------------------------------------
    def client(self, token=None, **kw) -> DataverseClient:
        return DataverseClient(BASE, token or StaticToken("t0"),
                               transport=httpx.MockTransport(self.handler),
                               retry=RetryPolicy(max_attempts=5, sleep=lambda s: None), **kw)

    def handler(self, request: httpx.Request) -> httpx.Response:
        if self.killed:
            raise Killed()
        refused = self._auth(request) or self._admit(request)
        if refused is not None:
            return refused
        try:
            return self._serve(request)
        finally:
            with self.lock:
                self.in_flight -= 1

    def _auth(self, request: httpx.Request) -> httpx.Response | None:
        if self.token_ttl is None:
            return None
        token = request.headers.get("Authorization", "")
        with self.lock:
            if token in self.expired:
                return error(401, "", "token expired")
            self.seen_tokens += 1
            if self.seen_tokens % self.token_ttl == 0:
                self.expired.add(token)
        return None

    def _retry_after(self, seconds: float) -> dict[str, str]:
        seconds = max(seconds, 0.001)
        value = str(math.ceil(seconds)) if self.whole_seconds else f"{seconds:.3f}"
        return {"Retry-After": value}

    def _admit(self, request: httpx.Request) -> httpx.Response | None:
        now = time.monotonic()
        with self.lock:
            if self.killed:  # checked with the admission, under one lock: a request a worker
                raise Killed()  # began before the kill never lands after the caller looked
            while self.arrivals and self.arrivals[0] <= now - self.window:
                self.arrivals.popleft()
            while self.charges and self.charges[0][0] <= now - self.window:
                self.charges.popleft()
            if self.in_flight >= self.max_concurrent:
                self.throttled += 1
                return error(429, "0x80072326", "Number of concurrent requests exceeded the "
                             f"limit of {self.max_concurrent}.", **self._retry_after(0.05))
            if self.max_requests and len(self.arrivals) >= self.max_requests:
                self.throttled += 1
                wait_s = self.arrivals[0] + self.window - now
                return error(429, "0x80072322", "Number of requests exceeded the limit of "
                             f"{self.max_requests} over time window of {self.window:g} seconds.",
                             **self._retry_after(wait_s))
            used = sum(ms for _, ms in self.charges)
            if self.max_exec_ms and used >= self.max_exec_ms:
                self.throttled += 1
                wait_s = 0.0
                for t, ms in self.charges:  # until enough has left the window
                    used -= ms
                    wait_s = t + self.window - now
                    if used < self.max_exec_ms:
                        break
                return error(429, "0x80072321", "Combined execution time of incoming requests "
                             f"exceeded limit of {self.max_exec_ms:,.0f} milliseconds over time "
                             f"window of {self.window:g} seconds.", **self._retry_after(wait_s))
            self.arrivals.append(now)
            self.in_flight += 1
            self.peak = max(self.peak, self.in_flight)
        return None

    def _serve(self, request: httpx.Request) -> httpx.Response:
        started = time.monotonic()
        path = request.url.path.removeprefix(API)
        fault = self.rng.random() < self.fault_rate if self.fault_rate else False
        kind = self.rng.choice(["before", "after", "503"]) if fault else None
        if kind == "before":
            self.faults += 1
            raise httpx.ConnectError("connection reset by peer")
        if kind == "503":
            self.faults += 1
            return error(503, "", "Service Unavailable")
        if request.method == "GET":
            response = self._get(request, path)
            n = len(response.json().get("value", [])) if response.status_code == 200 else 0
        elif path == "$batch":
            ops = read_change_set(request)
            n = len(ops)
            time.sleep((self.latency_ms + self.record_ms * n) / 1000)
            response = self._batch(ops)
        else:
            targets = json.loads(request.content)["Targets"]
            n = len(targets)
            time.sleep((self.latency_ms + self.record_ms * n) / 1000)
            entity_set, op = path.split("/Microsoft.Dynamics.CRM.")
            if op in self.without_bulk:
                table = self.pk[entity_set].removesuffix("id")
                response = error(400, "0x80040265", f"The '{op}' method does not support "
                                 f"entities of type '{table}'. MessageProcessorCache returned "
                                 "MessageProcessor.Empty.")
            else:
                response = (self._create(entity_set, targets) if op == "CreateMultiple"
                            else self._update(entity_set, targets))
        with self.lock:
            self.charges.append((time.monotonic(), (time.monotonic() - started) * 1000))
            self.calls.append((request.method + " " + path, n, response.status_code))
        if kind == "after":
            self.faults += 1
            raise httpx.ReadError("connection closed before the response")
        if self.dop_hint:
            response.headers["x-ms-dop-hint"] = str(self.dop_hint)
        return response

    # -- operations -----------------------------------------------------------------------------
    def _create(self, entity_set: str, targets: list[dict]) -> httpx.Response:
        bad = [t for t in targets if self.poison in json.dumps(t)]
        if bad:
            return error(400, "0x80048d19", f"Invalid value in record {bad[0][COLUMN]}")
        with self.lock:
            table = self.rows.setdefault(entity_set, {})
            sids = [t[COLUMN] for t in targets]
            if len(set(sids)) < len(sids) or any(s in table for s in sids):
                return error(412, "0x80060892", "A record with matching key values already "
                             "exists.")
            ids = []
            for t in targets:
                rid = str(uuid.uuid4())
                table[t[COLUMN]] = {**t, self.pk[entity_set]: rid}
                ids.append(rid)
            self.commits += 1
            if self.kill_after is not None and self.commits >= self.kill_after:
                self.killed = True  # committed; the client never hears of it
        if self.killed:
            raise Killed()
        return httpx.Response(200, json={"Ids": ids})

    def _update(self, entity_set: str, targets: list[dict]) -> httpx.Response:
        pk = self.pk[entity_set]
        with self.lock:
            table = self.rows.setdefault(entity_set, {})
            by_id = {r[pk]: r for r in table.values()}
            if any(t[pk] not in by_id for t in targets):
                return error(404, "0x80040217", "Does Not Exist")
            for t in targets:
                by_id[t[pk]].update({k: v for k, v in t.items() if not k.startswith("@")})
        return httpx.Response(204)

    def _batch(self, ops: list[dict]) -> httpx.Response:
        """One change set: every operation or none, ids in ``OData-EntityId``."""
        with self.lock:
            pending: dict[tuple[str, str], dict] = {}  # (entity set, source id) -> record
            answers = []
            for op in ops:
                failure = self._batch_op(op, pending)
                if failure is not None:
                    return batch_failure(op, *failure, named=self.name_failed_part)
                answers.append((op, pending[op["key"]][self.pk[op["set"]]]))
            for (entity_set, sid), record in pending.items():
                self.rows.setdefault(entity_set, {})[sid] = record
            self.commits += 1
            if self.kill_after is not None and self.commits >= self.kill_after:
                self.killed = True
        if self.killed:
            raise Killed()
        return batch_success(answers)

    def _batch_op(self, op: dict, pending: dict) -> tuple[int, str, str] | None:
        entity_set, body = op["set"], op["body"]
        pk = self.pk[entity_set]
        table = self.rows.get(entity_set, {})
        if self.poison in json.dumps(body):
            return 400, "0x80048d19", f"Invalid value in record {body.get(COLUMN)}"
        if op["method"] == "POST":
            sid = body[COLUMN]
            if sid in table or (entity_set, sid) in pending:
                return 412, "0x80060892", "A record with matching key values already exists."
            op["key"] = (entity_set, sid)
            pending[op["key"]] = {**body, pk: str(uuid.uuid4())}
            return None
        assert op["method"] == "PATCH" and op["headers"].get("if-match") == "*"
        found = [r for r in table.values() if r[pk] == op["id"]]
        if not found:
            return 404, "0x80040217", f"{pk[:-2]} With Id = {op['id']} Does Not Exist"
        op["key"] = (entity_set, found[0][COLUMN])
        pending[op["key"]] = {**pending.get(op["key"], found[0]), **body}
        return None

    def _get(self, request: httpx.Request, entity_set: str) -> httpx.Response:
        params = request.url.params
        if entity_set == "sdkmessagefilters":
            return self._filters(params)
        flt = params.get("$filter", "")
        skip = int(params.get("$skiptoken", "0"))
        size = min(self.max_page,
                   int(re.search(r"odata\.maxpagesize=(\d+)",
                             request.headers.get("Prefer", "odata.maxpagesize=5000")).group(1)))
        with self.lock:
            rows = list(self.rows.get(entity_set, {}).values())
        if " eq " in flt:
            wanted = {part.split(" eq ")[1].strip("'").replace("''", "'")
                      for part in flt.split(" or ")}
            rows = [r for r in rows if r.get(COLUMN) in wanted]
        pk = self.pk[entity_set]
        page = [{pk: r[pk], COLUMN: r.get(COLUMN)} for r in rows[skip:skip + size]]
        body: dict = {"value": page}
        if skip + size < len(rows):
            query = {k: v for k, v in params.items() if k != "$skiptoken"}
            query["$skiptoken"] = str(skip + size)
            body["@odata.nextLink"] = f"{BASE}{API}{entity_set}?{urlencode(query)}"
        return httpx.Response(200, json=body)

    def _filters(self, params) -> httpx.Response:
        """``sdkmessagefilters`` as the documented query asks: the message name expanded."""
        if self.filters_fail:
            return error(403, "0x80040220", "Principal user is missing prvReadSdkMessageFilter")
        assert params["$select"] == "sdkmessagefilterid"
        assert params["$expand"] == "sdkmessageid($select=name)"
        assert params["$filter"].startswith("primaryobjecttypecode eq '")
        names = ["Create", "Update", "Delete", "Retrieve", "CreateMultiple", "UpdateMultiple",
                 "UpsertMultiple"]
        return httpx.Response(200, json={"value": [
            {"sdkmessagefilterid": str(uuid.uuid4()), "sdkmessageid": {"name": n}}
            for n in names if n not in self.without_bulk]})

    # -- checks --------------------------------------------------------------------------------
    def count(self, entity_set: str) -> int:
        return len(self.rows.get(entity_set, {}))

    def created_calls(self) -> list[tuple[str, int, int]]:
        return [c for c in self.calls if c[0].endswith("CreateMultiple")]

    def batch_calls(self) -> list[tuple[str, int, int]]:
        return [c for c in self.calls if c[0] == "POST $batch"]


# -- $batch framing, read and written independently of d365migrate.dataverse.batch ------------
def read_change_set(request: httpx.Request) -> list[dict]:
    """The operations of a ``$batch`` holding one change set, checking the documented shape:
    CRLF line endings, multipart/mixed boundaries, binary application/http parts, a unique
    Content-ID per part, a full request line and a JSON body."""
    raw = request.content
    assert b"\n" not in raw.replace(b"\r\n", b""), "batch bodies use CRLF line endings"
    content_type = request.headers["Content-Type"]
    assert content_type.startswith("multipart/mixed; boundary=batch_")
    message = email.message_from_bytes(b"Content-Type: " + content_type.encode() + b"\r\n\r\n"
                                       + raw)
    (change_set,) = message.get_payload()
    assert change_set.get_content_type() == "multipart/mixed"
    assert change_set.get_boundary().startswith("changeset_")
    ops, ids = [], set()
    for part in change_set.get_payload():
        assert part.get_content_type() == "application/http"
        assert part["Content-Transfer-Encoding"] == "binary"
        ids.add(part["Content-ID"])
        head, _, body = part.get_payload().partition("\r\n\r\n")
        request_line, *header_lines = head.split("\r\n")
        method, url, version = request_line.split(" ")
        assert version == "HTTP/1.1" and url.startswith(BASE + API)
        headers = dict(line.split(": ", 1) for line in header_lines)
        assert headers.pop("Content-Type") == "application/json; type=entry"
        target = url.removeprefix(BASE + API)
        entity_set, _, key = target.partition("(")
        ops.append({"content_id": part["Content-ID"], "method": method, "set": entity_set,
                    "id": key.rstrip(")") or None, "body": json.loads(body),
                    "headers": {k.lower(): v for k, v in headers.items()}})
    assert len(ids) == len(ops) and None not in ids, "a unique Content-ID per operation"
    return ops


def batch_success(answers: list[tuple[dict, str]]) -> httpx.Response:
    outer, inner = f"batchresponse_{uuid.uuid4()}", f"changesetresponse_{uuid.uuid4()}"
    parts = "".join(
        f"--{inner}\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n"
        f"Content-ID: {op['content_id']}\r\n\r\nHTTP/1.1 204 No Content\r\nOData-Version: 4.0"
        f"\r\nOData-EntityId: {BASE}{API}{op['set']}({rid})\r\n\r\n\r\n"
        for op, rid in answers)
    body = (f"--{outer}\r\nContent-Type: multipart/mixed; boundary={inner}\r\n\r\n{parts}"
            f"--{inner}--\r\n--{outer}--\r\n")
    return httpx.Response(200, content=body.encode(),
                          headers={"Content-Type": f"multipart/mixed; boundary={outer}"})


def batch_failure(op: dict, status: int, code: str, message: str, *, named: bool
                  ) -> httpx.Response:
    outer = f"batchresponse_{uuid.uuid4()}"
    cid = f"Content-ID: {op['content_id']}\r\n" if named else ""
    err = json.dumps({"error": {"code": code, "message": message}})
    body = (f"--{outer}\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary"
            f"\r\n{cid}\r\nHTTP/1.1 {status} Error\r\nContent-Type: application/json; "
            f"odata.metadata=minimal\r\nOData-Version: 4.0\r\n\r\n{err}\r\n--{outer}--\r\n")
    return httpx.Response(status, content=body.encode(),
                          headers={"Content-Type": f"multipart/mixed; boundary={outer}"})


def test_fake_pages_and_refuses_duplicates():
    fake = FakeDataverse()
    client = fake.client()
    ids = client.create_multiple("accounts", "account",
                                 [{COLUMN: f"A{i}", "name": f"n{i}"} for i in range(7)])
    assert len(ids) == 7
    got = list(client.query("accounts", select=["accountid", COLUMN], page_size=3))
    assert [r[COLUMN] for r in got] == [f"A{i}" for i in range(7)]
    with pytest.raises(DuplicateKey):
        client.create_multiple("accounts", "account", [{COLUMN: "A1"}])
