"""Large note files in blocks: Initialize/Upload/Commit and Initialize/Download (PAD
``attachment-annotation-files.md``), beside the plain ``documentbody`` size limit."""

from __future__ import annotations

import base64
import uuid
from pathlib import Path

import httpx

from dataverse_emulator import Limits, create_app

from .conftest import make_client, new_id

TOO_BIG = "0x80044a02"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _block_id(n: int) -> str:
    """Equal-length Base64 block ids, as the docs require (a Guid's text, encoded)."""
    return _b64(str(uuid.UUID(int=n)).encode())


def _target(aid: str, **extra: object) -> dict[str, object]:
    return {"annotationid": aid, "@odata.type": "Microsoft.Dynamics.CRM.annotation", **extra}


def upload(client: httpx.Client, target: dict[str, object], blocks: list[bytes],
           order: list[int] | None = None) -> httpx.Response:
    """The documented three-step upload; returns the commit response."""
    init = client.post("InitializeAnnotationBlocksUpload", json={"Target": target})
    assert init.status_code == 200, init.text
    assert init.json()["@odata.context"].endswith(
        "$metadata#Microsoft.Dynamics.CRM.InitializeAnnotationBlocksUploadResponse")
    token = init.json()["FileContinuationToken"]
    for i in order or range(len(blocks)):
        r = client.post("UploadBlock", json={"BlockId": _block_id(i), "BlockData": _b64(blocks[i]),
                                             "FileContinuationToken": token})
        assert r.status_code == 204, r.text
    return client.post("CommitAnnotationBlocksUpload", json={
        "Target": target, "BlockList": [_block_id(i) for i in range(len(blocks))],
        "FileContinuationToken": token})


def download(client: httpx.Client, aid: str, block: int) -> tuple[bytes, dict[str, object]]:
    init = client.post("InitializeAnnotationBlocksDownload", json={"Target": _target(aid)})
    assert init.status_code == 200, init.text
    info = init.json()
    out = b""
    while len(out) < info["FileSizeInBytes"]:
        r = client.post("DownloadBlock", json={"Offset": len(out), "BlockLength": block,
                                               "FileContinuationToken":
                                                   info["FileContinuationToken"]})
        assert r.status_code == 200, r.text
        assert r.json()["@odata.context"].endswith("Microsoft.Dynamics.CRM.DownloadBlockResponse")
        out += base64.b64decode(r.json()["Data"])
    return out, info


def test_the_org_file_limit_holds_for_blocks_and_a_raised_one_takes_real_sizes(
        client: httpx.Client, tmp_path: Path) -> None:
    """Default maxuploadfilesize (5 MB): a 5 MiB file (7 MB of Base64) is refused plain and in
    blocks alike (the blocks are a way to send a big file, not around the limit). With the
    limit raised to 16 MB it goes in two blocks of at most 4 MB and reads back as an ordinary
    note bound to its account."""
    content = bytes(range(256)) * (5 * 4096)
    blocks = [content[:4 * 1024 * 1024], content[4 * 1024 * 1024:]]
    acc = new_id(client.post("accounts", json={"name": "Big files"}))
    plain = client.post("annotations", json={"subject": "plain", "filename": "big.bin",
                                             "documentbody": _b64(content),
                                             "objectid_account@odata.bind": f"/accounts({acc})"})
    assert plain.status_code == 400
    assert plain.json()["error"] == {"code": TOO_BIG, "message": "Attachment file size is too big."}
    refused = upload(client, _target(str(uuid.uuid4()), filename="big.bin"), blocks)
    assert refused.status_code == 400 and refused.json()["error"]["code"] == TOO_BIG
    assert client.get("annotations/$count").text == "0"

    raised = make_client(create_app(tmp_path / "raised.sqlite",
                                    limits=Limits(max_upload_bytes=16 * 1024 * 1024)))
    client = raised
    acc = new_id(client.post("accounts", json={"name": "Big files"}))
    aid = str(uuid.uuid4())
    commit = upload(client, _target(aid, subject="large", filename="big.bin",
                                    mimetype="application/octet-stream", notetext="see file",
                                    **{"objectid_account@odata.bind": f"/accounts({acc})"}),
                    blocks)
    assert commit.status_code == 200, commit.text
    assert commit.json() == {
        "@odata.context": commit.json()["@odata.context"], "AnnotationId": aid,
        "FileSizeInBytes": len(content)}
    assert commit.json()["@odata.context"].endswith("CommitAnnotationBlocksUploadResponse")
    note = client.get(f"annotations({aid})").json()
    assert base64.b64decode(note["documentbody"]) == content
    assert (note["filename"], note["mimetype"], note["filesize"], note["isdocument"]) == \
        ("big.bin", "application/octet-stream", len(content), True)
    assert note["_objectid_value"] == acc and note["subject"] == "large"
    listed = client.get(f"annotations?$select=subject&$filter=_objectid_value eq {acc}").json()
    assert [n["subject"] for n in listed["value"]] == ["large"]
    assert client.get("annotations/$count").text == "1"
    raised.close()


def test_blocks_join_in_block_list_order_and_download_in_chunks(tmp_path: Path) -> None:
    app = create_app(tmp_path / "s.sqlite", limits=Limits(max_upload_bytes=4100))
    with make_client(app) as c:
        con = new_id(c.post("contacts", json={"lastname": "Owner"}))
        blocks = [bytes([i]) * 1000 + b"|" for i in range(3)]
        aid = str(uuid.uuid4())
        commit = upload(c, _target(aid, filename="parts.txt", mimetype="text/plain",
                                   **{"objectid_contact@odata.bind": f"/contacts({con})"}),
                        blocks, order=[2, 0, 1])
        assert commit.status_code == 200 and commit.json()["FileSizeInBytes"] == 3003
        data, info = download(c, aid, block=1001)  # offsets 0, 1001, 2002 hit every Base64 phase
        assert data == b"".join(blocks)
        assert (info["FileName"], info["FileSizeInBytes"]) == ("parts.txt", 3003)
        assert info["@odata.context"].endswith("InitializeAnnotationBlocksDownloadResponse")
        note = c.get(f"annotations({aid})?$select=objecttypecode,_objectid_value").json()
        assert (note["objecttypecode"], note["_objectid_value"]) == ("contact", con)
        # the same limit holds for plain writes, also on a note that came in blocks
        assert c.patch(f"annotations({aid})", json={"subject": "renamed"}).status_code == 204
        big = c.patch(f"annotations({aid})", json={"documentbody": _b64(b"y" * 3076)})
        assert big.status_code == 400 and big.json()["error"]["code"] == TOO_BIG
        assert c.patch(f"annotations({aid})", json={"documentbody": _b64(b"y" * 3075)}
                       ).status_code == 204


def test_block_upload_updates_an_existing_note(client: httpx.Client) -> None:
    nid = new_id(client.post("annotations", json={"subject": "Old", "notetext": "keep",
                                                  "filename": "a.txt",
                                                  "documentbody": _b64(b"old")}))
    commit = upload(client, _target(nid, subject="New", filename="b.txt"), [b"new ", b"file"])
    assert commit.status_code == 200 and commit.json()["AnnotationId"] == nid
    note = client.get(f"annotations({nid})").json()
    assert (note["subject"], note["notetext"], note["filename"]) == ("New", "keep", "b.txt")
    assert base64.b64decode(note["documentbody"]) == b"new file" and note["filesize"] == 8


def test_uncommitted_upload_creates_nothing_and_tokens_are_spent(client: httpx.Client) -> None:
    aid = str(uuid.uuid4())
    token = client.post("InitializeAnnotationBlocksUpload",
                        json={"Target": _target(aid)}).json()["FileContinuationToken"]
    assert client.post("UploadBlock", json={"BlockId": _block_id(0), "BlockData": _b64(b"x"),
                                            "FileContinuationToken": token}).status_code == 204
    assert client.get(f"annotations({aid})").status_code == 404
    assert client.get("annotations/$count").text == "0"
    body = {"Target": _target(aid), "BlockList": [_block_id(0)], "FileContinuationToken": token}
    assert client.post("CommitAnnotationBlocksUpload", json=body).status_code == 200
    again = client.post("CommitAnnotationBlocksUpload", json=body)
    assert again.status_code == 400 and again.json()["error"]["code"] == "0x80040203"
    assert "FileContinuationToken" in again.json()["error"]["message"]


def test_unknown_and_expired_tokens(tmp_path: Path) -> None:
    app = create_app(tmp_path / "s.sqlite", limits=Limits(block_token_ttl_seconds=0))
    with make_client(app) as c:
        for action, body in (
                ("UploadBlock", {"BlockId": _block_id(0), "BlockData": _b64(b"x"),
                                 "FileContinuationToken": "no-such-token"}),
                ("CommitAnnotationBlocksUpload", {"Target": _target(str(uuid.uuid4())),
                                                  "BlockList": [_block_id(0)],
                                                  "FileContinuationToken": "no-such-token"}),
                ("DownloadBlock", {"Offset": 0, "BlockLength": 10,
                                   "FileContinuationToken": "no-such-token"})):
            r = c.post(action, json=body)
            assert r.status_code == 400, action
            assert r.json()["error"]["code"] == "0x80040203"
            assert f"passed to {action} is not valid" in r.json()["error"]["message"]
        token = c.post("InitializeAnnotationBlocksUpload", json={
            "Target": _target(str(uuid.uuid4()))}).json()["FileContinuationToken"]
        expired = c.post("UploadBlock", json={"BlockId": _block_id(0), "BlockData": _b64(b"x"),
                                              "FileContinuationToken": token})
        assert expired.status_code == 400 and "expired" in expired.json()["error"]["message"]


def test_block_rules(tmp_path: Path) -> None:
    app = create_app(tmp_path / "s.sqlite", limits=Limits(max_upload_bytes=40))
    with make_client(app) as c:
        assert c.post("InitializeAnnotationBlocksUpload", json={
            "Target": {"subject": "no id"}}).status_code == 400
        assert c.post("InitializeAnnotationBlocksUpload", json={
            "Target": {"annotationid": str(uuid.uuid4()),
                       "@odata.type": "Microsoft.Dynamics.CRM.account"}}).status_code == 400
        aid = str(uuid.uuid4())
        token = c.post("InitializeAnnotationBlocksUpload",
                       json={"Target": _target(aid)}).json()["FileContinuationToken"]

        def block(block_id: str, data: str) -> httpx.Response:
            return c.post("UploadBlock", json={"BlockId": block_id, "BlockData": data,
                                               "FileContinuationToken": token})

        oversize = block(_block_id(0), _b64(b"x" * (4 * 1024 * 1024 + 1)))
        assert oversize.status_code == 400 and "4 MB" in oversize.json()["error"]["message"]
        assert block("not base64!", _b64(b"x")).status_code == 400
        assert block(_b64(b"i" * 65), _b64(b"x")).status_code == 400  # > 64 bytes decoded
        assert block(_block_id(0), "%%%").status_code == 400
        assert block(_block_id(0), _b64(b"a" * 20)).status_code == 204
        assert block(_b64(b"short"), _b64(b"x")).status_code == 400  # ids differ in length
        assert block(_block_id(1), _b64(b"b" * 20)).status_code == 204
        commit = {"Target": _target(aid), "FileContinuationToken": token}
        missing = c.post("CommitAnnotationBlocksUpload",
                         json={**commit, "BlockList": [_block_id(0), _block_id(7)]})
        assert missing.status_code == 400 and _block_id(7) in missing.json()["error"]["message"]
        other = c.post("CommitAnnotationBlocksUpload", json={
            **commit, "Target": _target(str(uuid.uuid4())), "BlockList": [_block_id(0)]})
        assert other.status_code == 400
        too_big = c.post("CommitAnnotationBlocksUpload",
                         json={**commit, "BlockList": [_block_id(0), _block_id(1)]})
        assert too_big.status_code == 400 and too_big.json()["error"]["code"] == TOO_BIG
        ok = c.post("CommitAnnotationBlocksUpload", json={**commit, "BlockList": [_block_id(0)]})
        assert ok.status_code == 200 and ok.json()["FileSizeInBytes"] == 20
        assert c.get("InitializeAnnotationBlocksUpload").status_code == 405


def test_blocks_survive_a_restart(tmp_path: Path) -> None:
    """Blocks live in the SQLite state, so another process (here: app) can commit them."""
    state = tmp_path / "s.sqlite"
    aid = str(uuid.uuid4())
    with make_client(create_app(state)) as first:
        token = first.post("InitializeAnnotationBlocksUpload",
                           json={"Target": _target(aid)}).json()["FileContinuationToken"]
        first.post("UploadBlock", json={"BlockId": _block_id(0), "BlockData": _b64(b"durable"),
                                        "FileContinuationToken": token})
    with make_client(create_app(state)) as second:
        r = second.post("CommitAnnotationBlocksUpload", json={
            "Target": _target(aid, filename="d.txt"), "BlockList": [_block_id(0)],
            "FileContinuationToken": token})
        assert r.status_code == 200
        data, info = download(second, aid, block=4 * 1024 * 1024)
        assert data == b"durable" and info["FileName"] == "d.txt"
        assert second.post("InitializeAnnotationBlocksDownload", json={
            "Target": _target(str(uuid.uuid4()))}).status_code == 404
