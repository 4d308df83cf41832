"""A subset of behaviour against a real started server process (HTTP/1.1 keep-alive, TLS)."""

from __future__ import annotations

import ssl
import threading

import httpx
import pytest

from .conftest import RunningServer, start_server, stop_server

pytestmark = pytest.mark.server


def client_for(server: RunningServer) -> httpx.Client:
    verify = ssl.create_default_context(cafile=server.ca_file) if server.ca_file else True
    return httpx.Client(base_url=server.base_url, verify=verify, timeout=30,
                        headers={"Authorization": "Bearer srv"})


def test_crud_over_http(server: RunningServer) -> None:
    with client_for(server) as c:
        r = c.post("accounts", json={"name": "Over HTTP"})
        assert r.status_code == 204
        rid = r.headers["OData-EntityId"].rsplit("(", 1)[1].rstrip(")")
        assert r.headers["OData-EntityId"].startswith(server.base_url)
        assert c.get(f"accounts({rid})?$select=name").json()["name"] == "Over HTTP"
        assert c.get("nosuch").status_code == 404
        assert c.get("WhoAmI", headers={"Authorization": ""}).status_code == 401
        assert r.headers["x-ms-dop-hint"] == "4"


def test_keep_alive_and_parallel_bulk(server: RunningServer) -> None:
    errors: list[str] = []

    def load(n: int) -> None:
        with client_for(server) as c:
            for i in range(5):
                r = c.post("contacts/Microsoft.Dynamics.CRM.CreateMultiple",
                           json={"Targets": [{"lastname": f"T{n}-{i}-{j}"} for j in range(100)]})
                if r.status_code != 200:
                    errors.append(r.text)

    threads = [threading.Thread(target=load, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    with client_for(server) as c:
        assert c.get("contacts/$count").text == "2000"
        root = server.base_url.split("/api/data/")[0]
        assert c.get(f"{root}/_emulator/stats").json()["contact"] == 2000
        assert c.post(f"{root}/_emulator/reset").status_code == 200
        assert c.get("contacts/$count").text == "0"


def test_state_survives_restart(tmp_path) -> None:
    first = start_server(tmp_path)
    try:
        with client_for(first) as c:
            c.post("accounts", json={"name": "Durable"})
    finally:
        stop_server(first)
    second = start_server(tmp_path)
    try:
        with client_for(second) as c:
            names = [v["name"] for v in c.get("accounts?$select=name").json()["value"]]
            assert names == ["Durable"]
    finally:
        stop_server(second)


def test_tls_with_generated_ca(tmp_path) -> None:
    server = start_server(tmp_path, "--tls", "--token", "tls-token")
    try:
        assert server.base_url.startswith("https://localhost:")
        assert server.ca_file and server.ca_file.endswith(".ca.pem")
        with httpx.Client(base_url=server.base_url,
                          verify=ssl.create_default_context(cafile=server.ca_file),
                          headers={"Authorization": "Bearer tls-token"}) as c:
            assert c.get("WhoAmI").status_code == 200
            assert c.get("WhoAmI", headers={"Authorization": "Bearer other"}).status_code == 401
        with pytest.raises(httpx.ConnectError):
            httpx.get(server.base_url + "WhoAmI")  # not trusted without the CA
    finally:
        stop_server(server)


def test_dropped_connections_with_fault_rate(tmp_path) -> None:
    server = start_server(tmp_path, "--fault-rate", "1.0", "--seed", "3")
    try:
        outcomes = set()
        for _ in range(6):
            try:
                r = httpx.get(server.base_url + "WhoAmI", headers={"Authorization": "Bearer x"},
                              timeout=5)
                outcomes.add(r.status_code)
            except httpx.TransportError:
                outcomes.add("dropped")
        assert outcomes <= {503, "dropped"} and "dropped" in outcomes
    finally:
        stop_server(server)


def test_cli_help_lists_flags() -> None:
    from dataverse_emulator.server import build_parser

    text = build_parser().format_help()
    for flag in ("--host", "--port", "--state", "--users", "--token", "--tls", "--dop-hint",
                 "--max-requests", "--window-seconds", "--max-exec-ms", "--max-concurrent",
                 "--latency-ms", "--record-cost-ms", "--fault-rate", "--seed",
                 "--max-upload-bytes", "--without-bulk-messages"):
        assert flag in text
    args = build_parser().parse_args(["--without-bulk-messages", "Account, contact,"])
    assert args.without_bulk_messages == frozenset({"account", "contact"})


def test_bulk_availability_and_note_blocks_over_http(tmp_path) -> None:
    """The server flags reach the limits: bulk messages off per table, --max-upload-bytes for
    plain and block note writes alike, all over a real socket."""
    import base64
    import uuid

    server = start_server(tmp_path, "--without-bulk-messages", "account,contact",
                          "--max-upload-bytes", "500")
    try:
        with client_for(server) as c:
            r = c.post("contacts/Microsoft.Dynamics.CRM.CreateMultiple",
                       json={"Targets": [{"lastname": "X"}]})
            assert r.status_code == 400 and r.json()["error"]["code"] == "0x80040800"
            assert c.post("leads/Microsoft.Dynamics.CRM.CreateMultiple", json={
                "Targets": [{"subject": "L", "lastname": "L"}]}).status_code == 200
            query = ("sdkmessagefilters?$select=sdkmessagefilterid"
                     "&$expand=sdkmessageid($select=name)&$filter=(sdkmessageid/name eq "
                     "'CreateMultiple' or sdkmessageid/name eq 'UpdateMultiple') and "
                     "primaryobjecttypecode eq '{}'")
            assert c.get(query.format("account")).json()["value"] == []
            assert len(c.get(query.format("lead")).json()["value"]) == 2

            acc = c.post("accounts", json={"name": "Owner"}).headers["OData-EntityId"]
            acc_id = acc.rsplit("(", 1)[1].rstrip(")")
            big = base64.b64encode(b"y" * 600).decode()  # 800 characters of Base64
            plain = c.post("annotations", json={"documentbody": big})
            assert plain.status_code == 400 and plain.json()["error"]["code"] == "0x80044a02"
            data = b"z" * 300  # 400 characters: fits, sent in three blocks
            aid = str(uuid.uuid4())
            target = {"annotationid": aid, "filename": "z.bin", "mimetype": "application/zip",
                      "objectid_account@odata.bind": f"/accounts({acc_id})",
                      "@odata.type": "Microsoft.Dynamics.CRM.annotation"}
            token = c.post("InitializeAnnotationBlocksUpload",
                           json={"Target": target}).json()["FileContinuationToken"]
            ids = [base64.b64encode(f"block-{i:04d}".encode()).decode() for i in range(3)]
            for i, block_id in enumerate(ids):
                assert c.post("UploadBlock", json={
                    "BlockId": block_id, "BlockData": base64.b64encode(data[i * 100:][:100])
                    .decode(), "FileContinuationToken": token}).status_code == 204
            commit = c.post("CommitAnnotationBlocksUpload", json={
                "Target": target, "BlockList": ids, "FileContinuationToken": token})
            assert commit.status_code == 200
            assert commit.json()["AnnotationId"] == aid
            assert commit.json()["FileSizeInBytes"] == 300
            note = c.get(f"annotations({aid})?$select=documentbody,filesize,_objectid_value")
            assert base64.b64decode(note.json()["documentbody"]) == data
            assert note.json()["_objectid_value"] == acc_id
    finally:
        stop_server(server)


def _client_port(r: httpx.Response) -> int:
    return r.extensions["network_stream"].get_extra_info("client_addr")[1]


def test_connections_are_kept_alive_over_tls(tmp_path) -> None:
    """One connection (one TLS handshake) serves many requests, as with Dataverse."""
    server = start_server(tmp_path, "--tls")
    try:
        with client_for(server) as c:
            replies = [c.get("WhoAmI") for _ in range(5)]
            replies.append(c.post("accounts", json={"name": "Kept"}))
            replies.append(c.get("accounts?$select=name"))
            assert len({_client_port(r) for r in replies}) == 1
        assert all(r.status_code < 300 for r in replies)
        assert all(r.headers.get("Connection", "").lower() != "close" for r in replies)
        assert all(r.http_version == "HTTP/1.1" for r in replies)
    finally:
        stop_server(server)


def test_dropped_reply_closes_a_kept_alive_connection(tmp_path) -> None:
    """--drop-after-commit-rate 1: the write commits, the socket closes without a reply; the
    client's next request opens a new connection and sees the committed record."""
    server = start_server(tmp_path, "--tls", "--drop-after-commit-rate", "1.0")
    try:
        with client_for(server) as c:
            first = c.get("WhoAmI")
            assert first.status_code == 200
            first_port = _client_port(first)
            with pytest.raises(httpx.TransportError):
                c.post("accounts", json={"name": "Committed"})
            after = c.get("accounts?$select=name")
            assert [v["name"] for v in after.json()["value"]] == ["Committed"]
            assert _client_port(after) != first_port
    finally:
        stop_server(server)


def test_tokens_are_users_with_their_own_limits_over_http(tmp_path) -> None:
    from dataverse_emulator.identity import app_user_id_for_token

    server = start_server(tmp_path, "--tokens", "tok-a,tok-b", "--max-requests", "3",
                          "--bypass-privileged-users", "tok-b")
    try:
        def client(token: str) -> httpx.Client:
            return httpx.Client(base_url=server.base_url, timeout=30,
                                headers={"Authorization": f"Bearer {token}"})

        with client("tok-a") as a, client("tok-b") as b:
            assert a.get("WhoAmI").json()["UserId"] == app_user_id_for_token("tok-a")
            assert b.get("WhoAmI").json()["UserId"] == app_user_id_for_token("tok-b")
            bypass = {"MSCRM.BypassBusinessLogicExecution": "CustomSync,CustomAsync"}
            refused = a.post("accounts", json={"name": "A"}, headers=bypass)
            assert refused.status_code == 403
            assert refused.json()["error"]["code"] == "0x80040220"
            assert a.get("WhoAmI").status_code == 200  # a's third request: its last
            assert a.get("WhoAmI").status_code == 429
            assert b.post("accounts", json={"name": "B"}, headers=bypass).status_code == 204
            assert b.get("WhoAmI").status_code == 200  # b has its own budget
            assert a.get("WhoAmI", headers={"Authorization": "Bearer other"}).status_code == 401
            root = server.base_url.split("/api/data/")[0]
            log = httpx.get(f"{root}/_emulator/requests").json()
        b_id = app_user_id_for_token("tok-b")
        assert log["users"][b_id]["bypass_requests"] == 1
        assert log["users"][app_user_id_for_token("tok-a")]["throttled"] == 1
        assert any(e["user"] == b_id and e["bypass_business_logic"] == "CustomSync,CustomAsync"
                   and e["status"] == 204 for e in log["recent"])
    finally:
        stop_server(server)


def test_cli_identity_flags() -> None:
    from dataverse_emulator.server import build_parser

    text = build_parser().format_help()
    for flag in ("--tokens", "--bypass-privileged-users", "--threads"):
        assert flag in text
    args = build_parser().parse_args(["--tokens", "a,b=blake.seller@contoso.example",
                                      "--bypass-privileged-users", ""])
    assert args.tokens == {"a": None, "b": "blake.seller@contoso.example"}
    assert args.bypass_privileged_users == []
    assert build_parser().parse_args([]).bypass_privileged_users is None
