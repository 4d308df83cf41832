"""Fixtures: an in-process emulator (httpx WSGITransport) and a real server subprocess."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from dataverse_emulator import Limits, create_app

BASE = "http://dataverse.local/api/data/v9.2/"
def _shared() -> Path:
    """../shared beside the project (CI lays it there), else the workplace's copy."""
    beside = Path(__file__).resolve().parents[2].parent / "shared"
    return beside if beside.is_dir() else Path("/work/shared")


FIXTURES = _shared() / "fixtures/real/dataverse-wire"
SRC = Path(__file__).resolve().parents[2] / "src"


def make_client(app: object) -> httpx.Client:
    return httpx.Client(transport=httpx.WSGITransport(app=app), base_url=BASE,
                        headers={"Authorization": "Bearer test", "Accept": "application/json",
                                 "OData-Version": "4.0", "OData-MaxVersion": "4.0"})


@pytest.fixture
def state(tmp_path: Path) -> Path:
    return tmp_path / "org.sqlite"


@pytest.fixture
def app(state: Path):
    return create_app(state)


@pytest.fixture
def client(app: object) -> Iterator[httpx.Client]:
    with make_client(app) as c:
        yield c


def new_id(response: httpx.Response) -> str:
    """The guid from an ``OData-EntityId`` header."""
    return response.headers["OData-EntityId"].rsplit("(", 1)[1].rstrip(")")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class RunningServer:
    def __init__(self, proc: subprocess.Popen, base_url: str, ca_file: str | None,
                 state: Path) -> None:
        self.proc = proc
        self.base_url = base_url
        self.ca_file = ca_file
        self.state = state


def start_server(tmp_path: Path, *extra: str) -> RunningServer:
    port = free_port()
    state = tmp_path / "server.sqlite"
    env = {**os.environ, "PYTHONPATH": str(SRC) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "dataverse_emulator.server", "--port", str(port),
         "--state", str(state), *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    lines = []
    deadline = time.time() + 30
    base_url = ca = None
    while time.time() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        lines.append(line)
        if "listening on" in line:
            base_url = line.split("listening on", 1)[1].strip()
        if line.startswith("CA file:"):
            ca = line.split(":", 1)[1].strip()
        if base_url and ("--tls" not in extra or ca):
            break
    if not base_url:
        proc.kill()
        raise RuntimeError("server did not start: " + "".join(lines) +
                           (proc.stderr.read() if proc.stderr else ""))
    return RunningServer(proc, base_url, ca, state)


def stop_server(server: RunningServer) -> None:
    server.proc.terminate()
    try:
        server.proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.proc.kill()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RunningServer]:
    s = start_server(tmp_path)
    yield s
    stop_server(s)


@pytest.fixture
def limited_app(state: Path):
    """An app with tiny service-protection limits, for 429 tests."""
    return create_app(state, limits=Limits(max_requests=5, window_seconds=60,
                                           max_exec_ms=10_000, max_concurrent=2))
