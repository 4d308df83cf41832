"""The Dataverse client on httpx.MockTransport: retries, auth refresh, paging, error classes."""

from __future__ import annotations

import json

import httpx
import pytest

from d365migrate.dataverse import DataverseClient, RetryPolicy, StaticToken
from d365migrate.dataverse.errors import (
    BadRequest,
    DisabledUser,
    DuplicateKey,
    NotFound,
    ServiceProtectionLimit,
    classify,
)

BASE = "https://org.crm.dynamics.com"


def make_client(handler, *, token=None, sleeps=None) -> DataverseClient:
    slept = sleeps if sleeps is not None else []
    return DataverseClient(BASE, token or StaticToken("t0"),
                           transport=httpx.MockTransport(handler),
                           retry=RetryPolicy(max_attempts=5, sleep=slept.append))


def error(status: int, code: str, message: str, **headers: str) -> httpx.Response:
    return httpx.Response(status, json={"error": {"code": code, "message": message}},
                          headers=headers)


def test_create_returns_id_from_odata_entityid_header():
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/api/data/v9.2/accounts"
        assert request.headers["OData-Version"] == "4.0"
        assert json.loads(request.content) == {"name": "Contoso"}
        rid = "7d577253-3ef0-4a0a-bb7f-8335c2596e70"
        return httpx.Response(204, headers={
            "OData-EntityId": f"{BASE}/api/data/v9.2/accounts({rid})"})

    assert make_client(handler).create("accounts", {"name": "Contoso"}) == \
        "7d577253-3ef0-4a0a-bb7f-8335c2596e70"


def test_429_waits_retry_after_then_succeeds():
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        if len(calls) < 3:
            return error(429, "0x80072322", "Number of requests exceeded the limit of 6000 "
                         "over time window of 300 seconds.", **{"Retry-After": "7"})
        return httpx.Response(200, json={"value": []})

    sleeps: list[float] = []
    assert list(make_client(handler, sleeps=sleeps).query("accounts")) == []
    assert sleeps == [7.0, 7.0]


def test_update_multiple_retries_a_429_only_when_asked():
    """Closes, second-pass links and restores run outside the loader's pump: a 429 there
    waits out Retry-After; the pump's own calls stay one attempt (it owns retries)."""
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        if len(calls) % 2:
            return error(429, "0x80072322", "Number of requests exceeded the limit.",
                         **{"Retry-After": "3"})
        return httpx.Response(204)

    sleeps: list[float] = []
    client = make_client(handler, sleeps=sleeps)
    client.update_multiple("tasks", "task", [{"activityid": "a", "statecode": 1}], retry=True)
    assert sleeps == [3.0] and len(calls) == 2
    with pytest.raises(ServiceProtectionLimit):
        client.update_multiple("tasks", "task", [{"activityid": "a", "statecode": 1}])


def test_429_gives_up_after_max_attempts():
    def handler(request: httpx.Request) -> httpx.Response:
        return error(429, "0x80072326", "Number of concurrent requests exceeded the limit of 52.",
                     **{"Retry-After": "1"})

    with pytest.raises(ServiceProtectionLimit) as info:
        list(make_client(handler).query("accounts"))
    assert info.value.retry_after == 1.0 and info.value.code == "0x80072326"


def test_dropped_connection_is_retried_with_backoff():
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        if len(calls) == 1:
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.")
        return httpx.Response(200, json={"UserId": "u"})

    sleeps: list[float] = []
    assert make_client(handler, sleeps=sleeps).who_am_i() == {"UserId": "u"}
    assert len(sleeps) == 1 and sleeps[0] >= 0


class CountingToken:
    def __init__(self) -> None:
        self.issued = 0

    def token(self, *, force_refresh: bool = False) -> str:
        if force_refresh or self.issued == 0:
            self.issued += 1
        return f"tok{self.issued}"


def test_token_refreshed_once_on_401():
    seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["Authorization"])
        if request.headers["Authorization"] == "Bearer tok1":
            return httpx.Response(401, json={"error": {"code": "", "message": "expired"}})
        return httpx.Response(200, json={"UserId": "u"})

    token = CountingToken()
    assert make_client(handler, token=token).who_am_i() == {"UserId": "u"}
    assert seen == ["Bearer tok1", "Bearer tok2"]


def test_paging_follows_next_link_unchanged():
    pages = {
        None: {"value": [{"id": 1}, {"id": 2}],
               "@odata.nextLink": f"{BASE}/api/data/v9.2/accounts?$select=id&$skiptoken=abc"},
        "abc": {"value": [{"id": 3}]},
    }

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.headers["Prefer"] == "odata.maxpagesize=2"
        return httpx.Response(200, json=pages[request.url.params.get("$skiptoken")])

    rows = list(make_client(handler).query("accounts", select=["id"], page_size=2))
    assert [r["id"] for r in rows] == [1, 2, 3]


@pytest.mark.parametrize("status,code,cls", [
    (400, "0x80048d19", BadRequest),
    (404, "0x80040217", NotFound),
    (412, "0x80060892", DuplicateKey),
    (400, "0x80040225", DisabledUser),
    (429, "0x80072321", ServiceProtectionLimit),
])
def test_classify_by_code(status, code, cls):
    response = error(status, code, "m")
    response.request = httpx.Request("POST", f"{BASE}/api/data/v9.2/accounts")
    assert isinstance(classify(response), cls)


def test_terminal_error_is_not_retried():
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return error(400, "0x80048d19", "Invalid property 'nme' was found in entity "
                     "'Microsoft.Dynamics.CRM.account'.")

    with pytest.raises(BadRequest, match="Invalid property 'nme'"):
        make_client(handler).create("accounts", {"nme": "x"})
    assert len(calls) == 1


def test_alternate_key_segment_quotes_and_escapes():
    from d365migrate.dataverse import key_segment

    assert key_segment("accounts", {"new_smartdeskid": "O'Brien 1"}) == \
        "accounts(new_smartdeskid='O''Brien%201')"
