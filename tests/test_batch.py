"""``$batch`` from the client: the documented request framing, answers parsed into results, a
failed change set raised as the typed error of the operation that failed, continue-on-error,
the 1,000-operation limit, and the bulk-message availability check. MockTransport checks the
wire; the in-process emulator runs the same calls end to end."""

from __future__ import annotations

import json
import re
from pathlib import Path

import httpx
import pytest

from d365migrate.dataverse import (
    BULK_MESSAGES,
    MAX_BATCH_OPERATIONS,
    BatchOperation,
    DataverseClient,
    RetryPolicy,
    StaticToken,
)
from d365migrate.dataverse.batch import ResponsePart, parse_batch_response
from d365migrate.dataverse.errors import (
    BadRequest,
    BulkMessageUnsupported,
    DuplicateKey,
    NotFound,
    ServiceProtectionLimit,
    classify,
)

BASE = "https://org.crm.dynamics.com"
API = f"{BASE}/api/data/v9.2/"
IDS = ["6cd81853-7b75-e911-a97a-000d3a34a1bd", "6ed81853-7b75-e911-a97a-000d3a34a1bd",
       "70d81853-7b75-e911-a97a-000d3a34a1bd"]


def make_client(handler) -> DataverseClient:
    return DataverseClient(BASE, StaticToken("t0"), transport=httpx.MockTransport(handler),
                           retry=RetryPolicy(max_attempts=3, sleep=lambda s: None))


def crlf(text: str) -> bytes:
    return text.replace("\n", "\r\n").encode()


def multipart(body: str, status: int = 200, boundary: str = "batchresponse_1f2e") -> httpx.Response:
    return httpx.Response(status, content=crlf(body), headers={
        "Content-Type": f"multipart/mixed; boundary={boundary}", "OData-Version": "4.0"})


def created_parts(entity_set: str, ids: list[str], order: list[int] | None = None) -> str:
    """A change set that succeeded, shaped like the documented answer (parts in ``order``)."""
    order = order if order is not None else list(range(len(ids)))
    parts = "".join(f"""--changesetresponse_9a8b
Content-Type: application/http
Content-Transfer-Encoding: binary
Content-ID: {i + 1}

HTTP/1.1 204 No Content
OData-Version: 4.0
Location: {API}{entity_set}({rid})
OData-EntityId: {API}{entity_set}({rid})


""" for i, rid in ((i, ids[i]) for i in order))
    return f"""--batchresponse_1f2e
Content-Type: multipart/mixed; boundary=changesetresponse_9a8b

{parts}--changesetresponse_9a8b--
--batchresponse_1f2e--
"""


def failed_part(status: int, code: str, message: str, content_id: str | None = "2",
                extra: str = "") -> str:
    cid = f"Content-ID: {content_id}\n" if content_id else ""
    err = json.dumps({"error": {"code": code, "message": message}})
    return f"""--batchresponse_1f2e
Content-Type: application/http
Content-Transfer-Encoding: binary
{cid}
HTTP/1.1 {status} Error
REQ_ID: 5ecd1cb3-1730-4ffc-909c-d44c22270026
Content-Type: application/json; odata.metadata=minimal
OData-Version: 4.0
{extra}
{err}
--batchresponse_1f2e--
"""


OPS = [BatchOperation("POST", "accounts", {"name": "One", "new_smartdeskid": "A1"}),
       BatchOperation("POST", "accounts", {"name": "Twö", "new_smartdeskid": "A2"}),
       BatchOperation("PATCH", f"accounts({IDS[0]})", {"telephone1": "123"}, {"If-Match": "*"})]


def test_a_change_set_is_framed_as_documented_and_its_answers_read_in_order():
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return multipart(created_parts("accounts", IDS))

    results = make_client(handler).execute_batch(OPS)
    (request,) = seen
    assert request.method == "POST" and request.url == API + "$batch"
    batch = re.fullmatch(r"multipart/mixed; boundary=(batch_[\w-]+)",
                         request.headers["Content-Type"]).group(1)
    assert "Prefer" not in request.headers and request.headers["OData-Version"] == "4.0"
    body = request.content.decode()
    assert "\n" not in body.replace("\r\n", "")  # CRLF everywhere
    change_set = re.search(r"boundary=(changeset_[\w-]+)", body).group(1)
    assert body.startswith(f"--{batch}\r\nContent-Type: multipart/mixed; "
                           f"boundary={change_set}\r\n\r\n--{change_set}\r\n")
    assert body.endswith(f"--{change_set}--\r\n--{batch}--\r\n")
    parts = body.split(f"--{change_set}")[1:-1]
    assert len(parts) == 3
    for i, (part, op) in enumerate(zip(parts, OPS, strict=True)):
        head, request_head, payload = part.strip("\r\n").split("\r\n\r\n")
        assert head.split("\r\n") == ["Content-Type: application/http",
                                      "Content-Transfer-Encoding: binary", f"Content-ID: {i + 1}"]
        lines = request_head.split("\r\n")
        assert lines[0] == f"{op.method} {API}{op.url} HTTP/1.1"
        assert "Content-Type: application/json; type=entry" in lines[1:]
        assert json.loads(payload) == op.body
    assert "If-Match: *" in parts[2] and "If-Match" not in parts[0]
    assert [(r.index, r.status, r.content_id, r.entity_id) for r in results] == \
        [(i, 204, str(i + 1), IDS[i]) for i in range(3)]
    assert all(r.ok and r.error is None and r.body is None for r in results)


def test_answers_are_matched_by_content_id_and_bare_lf_is_read():
    swapped = created_parts("accounts", IDS[:2], order=[1, 0])

    def handler(request: httpx.Request) -> httpx.Response:
        ctype = "multipart/mixed; boundary=batchresponse_1f2e"
        return httpx.Response(200, content=swapped.encode(),  # LF only: tolerated on reading
                              headers={"Content-Type": ctype})

    results = make_client(handler).execute_batch(OPS[:2])
    assert [(r.content_id, r.entity_id) for r in results] == [("1", IDS[0]), ("2", IDS[1])]


def test_a_documented_answer_with_a_get_after_the_change_set_parses():
    body = created_parts("tasks", IDS).replace("--batchresponse_1f2e--\n", f"""--batchresponse_1f2e
Content-Type: application/http
Content-Transfer-Encoding: binary

HTTP/1.1 200 OK
Content-Type: application/json; odata.metadata=minimal; odata.streaming=true
OData-Version: 4.0

{{"value": [{{"subject": "Task 1", "activityid": "{IDS[0]}"}}]}}
--batchresponse_1f2e--
""")
    items = parse_batch_response(crlf(body), "multipart/mixed; boundary=batchresponse_1f2e")
    assert len(items) == 2 and isinstance(items[0], list) and len(items[0]) == 3
    assert isinstance(items[1], ResponsePart) and items[1].status == 200
    assert json.loads(items[1].body)["value"][0]["activityid"] == IDS[0]
    assert items[0][2].headers["odata-entityid"].endswith(f"tasks({IDS[2]})")


@pytest.mark.parametrize(("status", "code", "message", "kind"), [
    (412, "0x80060892", "A record with matching key values already exists.", DuplicateKey),
    (404, "0x80040217", f"account With Id = {IDS[0]} Does Not Exist", NotFound),
    (400, "0x80044331", "The length of the 'name' attribute exceeded 160.", BadRequest),
])
def test_a_failed_change_set_raises_the_typed_error_of_the_operation_that_failed(
        status, code, message, kind):
    def handler(request: httpx.Request) -> httpx.Response:  # as documented: the batch fails
        return multipart(failed_part(status, code, message, content_id="2"), status=status)

    with pytest.raises(kind) as caught:
        make_client(handler).execute_batch(OPS)
    exc = caught.value
    assert (exc.status, exc.code, exc.message) == (status, code, message)
    assert (exc.operation_index, exc.content_id) == (1, "2")
    assert exc.request == "POST /api/data/v9.2/accounts"


def test_a_failed_part_that_names_no_operation_still_raises_its_class():
    def handler(request: httpx.Request) -> httpx.Response:  # 200 outside, the error inside
        return multipart(failed_part(412, "0x80060892", "duplicate", content_id=None))

    with pytest.raises(DuplicateKey) as caught:
        make_client(handler).execute_batch(OPS)
    assert caught.value.operation_index is None and caught.value.content_id is None
    assert caught.value.request == "POST /api/data/v9.2/$batch"


def test_throttling_inside_or_outside_the_batch_is_a_service_protection_limit():
    inside = failed_part(429, "0x80072322", "Number of requests exceeded the limit of 6000 over "
                         "time window of 300 seconds.", extra="Retry-After: 7\n")
    answers = [multipart(inside, status=429),
               httpx.Response(429, json={"error": {"code": "0x80072321", "message": "busy"}},
                              headers={"Retry-After": "3"})]
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return answers[len(calls) - 1]

    client = make_client(handler)
    for retry_after in (7.0, 3.0):
        with pytest.raises(ServiceProtectionLimit) as caught:
            client.execute_batch(OPS)
        assert caught.value.retry_after == retry_after
    assert len(calls) == 2  # one attempt each: the caller owns retries


def test_continue_on_error_sends_separate_requests_and_returns_each_outcome():
    seen: list[httpx.Request] = []
    answer = f"""--batchresponse_1f2e
Content-Type: application/http
Content-Transfer-Encoding: binary

HTTP/1.1 400 Bad Request
Content-Type: application/json; odata.metadata=minimal
OData-Version: 4.0

{{"error":{{"code":"0x80048d19","message":"Invalid property 'x'"}}}}
--batchresponse_1f2e
Content-Type: application/http
Content-Transfer-Encoding: binary

HTTP/1.1 204 No Content
OData-Version: 4.0
OData-EntityId: {API}accounts({IDS[1]})


--batchresponse_1f2e
Content-Type: application/http
Content-Transfer-Encoding: binary

HTTP/1.1 204 No Content
OData-Version: 4.0
OData-EntityId: {API}accounts({IDS[0]})


--batchresponse_1f2e--
"""

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return multipart(answer)

    results = make_client(handler).execute_batch(OPS, continue_on_error=True)
    assert seen[0].headers["Prefer"] == "odata.continue-on-error"
    body = seen[0].content.decode()
    assert "changeset_" not in body and "Content-ID" not in body
    assert body.count("Content-Type: application/http\r\nContent-Transfer-Encoding: binary") == 3
    assert [r.status for r in results] == [400, 204, 204]
    assert isinstance(results[0].error, BadRequest) and results[0].error.operation_index == 0
    assert results[0].body["error"]["code"] == "0x80048d19"
    assert [r.entity_id for r in results[1:]] == [IDS[1], IDS[0]]


def test_a_batch_holds_at_most_1000_operations_and_no_get_in_a_change_set():
    def handler(request: httpx.Request) -> httpx.Response:
        raise AssertionError("nothing may be sent")

    client = make_client(handler)
    op = BatchOperation("POST", "accounts", {"name": "x"})
    with pytest.raises(ValueError, match="1000"):
        client.execute_batch([op] * (MAX_BATCH_OPERATIONS + 1))
    with pytest.raises(ValueError, match="GET"):
        client.execute_batch([BatchOperation("GET", "accounts")])
    assert client.execute_batch([]) == []


@pytest.mark.parametrize("message", [
    "The 'CreateMultiple' method does not support entities of type 'activitypointer'. "
    "MessageProcessorCache returned MessageProcessor.Empty.",
    "UpdateMultiple is not enabled on the entity new_legacy",
])
def test_a_missing_bulk_message_is_its_own_terminal_class(message):
    request = httpx.Request("POST", API + "accounts/Microsoft.Dynamics.CRM.CreateMultiple")
    response = httpx.Response(400, json={"error": {"code": "0x80040265", "message": message}},
                              request=request)
    assert type(classify(response)) is BulkMessageUnsupported
    other = httpx.Response(400, json={"error": {"code": "0x80040265", "message": "bad"}},
                           request=request)
    assert type(classify(other)) is BadRequest


def test_bulk_messages_reads_the_documented_sdkmessagefilters_query():
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        names = ["Create", "Update", "CreateMultiple", "UpsertMultiple", None]
        return httpx.Response(200, json={"value": [
            {"sdkmessagefilterid": f"f{i}", "sdkmessageid": {"name": n} if n else None}
            for i, n in enumerate(names)]})

    assert make_client(handler).bulk_messages("new_o'brien") == \
        {"CreateMultiple", "UpsertMultiple"}
    (request,) = seen
    assert request.url.path == "/api/data/v9.2/sdkmessagefilters"
    assert dict(request.url.params) == {
        "$select": "sdkmessagefilterid", "$expand": "sdkmessageid($select=name)",
        "$filter": "primaryobjecttypecode eq 'new_o''brien'"}


@pytest.mark.parametrize("status", [403, 404, 400])
def test_bulk_messages_assumes_all_when_the_filters_cannot_be_read(status):
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json={"error": {"code": "0x80040220", "message": "no"}})

    assert make_client(handler).bulk_messages("account") == set(BULK_MESSAGES)


def test_batches_against_the_emulator(tmp_path: Path):
    from dataverse_emulator import create_app

    app = create_app(str(tmp_path / "org.sqlite"))
    client = DataverseClient("https://org.example.crm.dynamics.com", StaticToken(),
                             transport=httpx.WSGITransport(app=app))
    created = client.execute_batch([BatchOperation("POST", "accounts", {"name": f"A{i}"})
                                    for i in range(3)])
    assert [r.status for r in created] == [204] * 3 and all(r.entity_id for r in created)
    with pytest.raises(BadRequest) as caught:  # atomic: the first create is rolled back
        client.execute_batch([BatchOperation("POST", "accounts", {"name": "kept?"}),
                              BatchOperation("POST", "accounts", {"name": "x" * 200})])
    assert caught.value.code == "0x80044331"
    assert client.count("accounts", "accountid") == 3
    mixed = client.execute_batch([
        BatchOperation("PATCH", f"accounts({created[0].entity_id})", {"name": "Renamed"},
                       {"If-Match": "*"}),
        BatchOperation("POST", "accounts", {"bogus": 1}),
        BatchOperation("DELETE", f"accounts({created[2].entity_id})"),
    ], continue_on_error=True)
    assert [r.status for r in mixed] == [204, 400, 204]
    assert isinstance(mixed[1].error, BadRequest)
    names = sorted(r["name"] for r in client.query("accounts", select=["name"]))
    assert names == ["A1", "Renamed"]
