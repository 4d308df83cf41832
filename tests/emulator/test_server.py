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
                 "--latency-ms", "--record-cost-ms", "--fault-rate", "--seed"):
        assert flag in text
