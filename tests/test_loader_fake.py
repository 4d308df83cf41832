"""A thread-safe fake Dataverse for ``httpx.MockTransport``: service-protection limits in real
time, random faults, poisoned records, expiring tokens and a kill switch.

It keeps what the loader relies on and nothing else: CreateMultiple (atomic, 412 on a
duplicate alternate key), UpdateMultiple, and GET with ``$filter`` on the source id and
paging. Limits are checked on arrival like Dataverse's: concurrency at once, request count
and execution time after the window has been exceeded, each a 429 with ``Retry-After``.
"""

from __future__ import annotations

import json
import math
import random
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
                 max_page: int = 5000, pk: dict[str, str] | None = None) -> None:
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
            n = len(response.json().get("value", []))
        else:
            targets = json.loads(request.content)["Targets"]
            n = len(targets)
            time.sleep((self.latency_ms + self.record_ms * n) / 1000)
            entity_set, op = path.split("/Microsoft.Dynamics.CRM.")
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

    def _get(self, request: httpx.Request, entity_set: str) -> httpx.Response:
        params = request.url.params
        flt = params.get("$filter", "")
        skip = int(params.get("$skiptoken", "0"))
        size = min(self.max_page,
                   int(request.headers.get("Prefer", "odata.maxpagesize=5000").split("=")[1]))
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

    # -- checks --------------------------------------------------------------------------------
    def count(self, entity_set: str) -> int:
        return len(self.rows.get(entity_set, {}))

    def created_calls(self) -> list[tuple[str, int, int]]:
        return [c for c in self.calls if c[0].endswith("CreateMultiple")]


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
