"""Notes with files: one POST with ``documentbody`` when the Base64 text fits the org's upload
limit, else the documented block upload (``attachment-annotation-files.md``):
InitializeAnnotationBlocksUpload, UploadBlock per block, CommitAnnotationBlocksUpload."""

from __future__ import annotations

import base64
import json
import uuid

import httpx
import pytest

from d365migrate.dataverse import DataverseClient, RetryPolicy, StaticToken

BASE = "https://org.crm.dynamics.com"
API = "/api/data/v9.2/"
NOTE = {"subject": "Contract", "notetext": "signed copy", "filename": "contract.pdf",
        "mimetype": "application/pdf",
        "objectid_account@odata.bind": "/accounts(7d577253-3ef0-4a0a-bb7f-8335c2596e70)"}


class BlockServer:
    """Answers the three actions as documented and checks every request's shape."""

    def __init__(self, fail_first_block: bool = False) -> None:
        self.calls: list[tuple[str, dict]] = []
        self.blocks: dict[str, bytes] = {}
        self.token = "tok-" + uuid.uuid4().hex
        self.fail_first_block = fail_first_block
        self.target: dict | None = None

    def handler(self, request: httpx.Request) -> httpx.Response:
        action = request.url.path.removeprefix(API)
        body = json.loads(request.content)
        self.calls.append((action, body))
        assert request.method == "POST"
        if action == "annotations":
            return httpx.Response(204, headers={
                "OData-EntityId": f"{BASE}{API}annotations(11111111-2222-3333-4444-555555555555)"})
        if action == "InitializeAnnotationBlocksUpload":
            assert set(body) == {"Target"}
            self.target = body["Target"]
            assert self.target["@odata.type"] == "Microsoft.Dynamics.CRM.annotation"
            uuid.UUID(self.target["annotationid"])  # a new id, chosen by the client
            assert "documentbody" not in self.target
            return httpx.Response(200, json={
                "@odata.context": f"{BASE}{API}$metadata#Microsoft.Dynamics.CRM."
                                  "InitializeAnnotationBlocksUploadResponse",
                "FileContinuationToken": self.token})
        if action == "UploadBlock":
            assert set(body) == {"BlockId", "BlockData", "FileContinuationToken"}
            assert body["FileContinuationToken"] == self.token
            assert len(base64.b64decode(body["BlockId"], validate=True)) <= 64
            if self.fail_first_block:
                self.fail_first_block = False
                return httpx.Response(503, json={"error": {"code": "", "message": "busy"}})
            self.blocks[body["BlockId"]] = base64.b64decode(body["BlockData"], validate=True)
            return httpx.Response(204)
        if action == "CommitAnnotationBlocksUpload":
            assert set(body) == {"Target", "BlockList", "FileContinuationToken"}
            assert body["FileContinuationToken"] == self.token and body["Target"] == self.target
            assert len({len(b) for b in body["BlockList"]}) == 1  # equal-length block ids
            self.file = b"".join(self.blocks[b] for b in body["BlockList"])
            return httpx.Response(200, json={
                "AnnotationId": self.target["annotationid"], "FileSizeInBytes": len(self.file)})
        raise AssertionError(f"unexpected {action}")

    def client(self) -> DataverseClient:
        return DataverseClient(BASE, StaticToken(), transport=httpx.MockTransport(self.handler),
                               retry=RetryPolicy(max_attempts=3, sleep=lambda s: None))


def test_a_small_file_goes_as_documentbody_in_one_post():
    server = BlockServer()
    data = b"%PDF-1.7 small"
    note_id = server.client().upload_note({**NOTE, "documentbody": "ignored"}, data)
    assert note_id == "11111111-2222-3333-4444-555555555555"
    ((action, body),) = server.calls
    assert action == "annotations"
    assert body == {**NOTE, "documentbody": base64.b64encode(data).decode()}


def test_the_limit_applies_to_the_base64_text():
    data = b"x" * 300  # 400 Base64 characters
    fits, over = BlockServer(), BlockServer()
    fits.client().upload_note(NOTE, data, max_plain_bytes=400)
    over.client().upload_note(NOTE, data, max_plain_bytes=399, block_size=1024)
    assert [a for a, _ in fits.calls] == ["annotations"]
    assert [a for a, _ in over.calls] == ["InitializeAnnotationBlocksUpload", "UploadBlock",
                                          "CommitAnnotationBlocksUpload"]


@pytest.mark.parametrize(("size", "blocks"), [(10_000, 4), (9_000, 3), (2_999, 1)])
def test_a_large_file_goes_in_blocks_committed_in_file_order(size, blocks):
    server = BlockServer()
    data = bytes(range(256)) * (size // 256) + bytes(size % 256)
    note_id = server.client().upload_note(NOTE, data, max_plain_bytes=100, block_size=3_000)
    actions = [a for a, _ in server.calls]
    assert actions == ["InitializeAnnotationBlocksUpload", *["UploadBlock"] * blocks,
                       "CommitAnnotationBlocksUpload"]
    assert server.file == data
    assert all(len(b) <= 3_000 for b in server.blocks.values())
    assert server.target == {**NOTE, "annotationid": note_id,
                             "@odata.type": "Microsoft.Dynamics.CRM.annotation"}


def test_a_block_refused_by_a_busy_server_is_sent_again():
    server = BlockServer(fail_first_block=True)
    data = b"abc" * 5_000
    server.client().upload_note({k: v for k, v in NOTE.items() if k != "mimetype"}, data,
                                max_plain_bytes=10, block_size=4_096)
    assert server.file == data
    uploads = [b["BlockId"] for a, b in server.calls if a == "UploadBlock"]
    assert len(uploads) == 5 and uploads[0] == uploads[1]  # the same block again
    assert server.target["mimetype"] == "application/octet-stream"


def test_an_annotationid_the_caller_chose_is_kept():
    server = BlockServer()
    chosen = str(uuid.uuid4())
    assert server.client().upload_note({**NOTE, "annotationid": chosen}, b"z" * 500,
                                       max_plain_bytes=10) == chosen
