"""DATAVERSE_URL + DATAVERSE_TOKEN reach a local server (the emulator started with ``--token``)
with that bearer token, without Azure AD; the token is never written to the run folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import nbformat
import pytest

from d365migrate.dataverse.auth import StaticToken
from d365migrate.dataverse.destination import connect, resolve_destination
from d365migrate.dataverse.errors import AuthenticationError

SRC = Path(__file__).resolve().parents[1] / "src"
TOKEN = "local-emulator-token-4711"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """The emulator server on a free loopback port, accepting only ``TOKEN``."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (str(SRC), os.environ.get("PYTHONPATH")) if p)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "dataverse_emulator.server", "--port", "0", "--state",
         str(tmp_path / "server.sqlite"), "--token", TOKEN],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if "listening on" not in line:
            proc.kill()
            raise RuntimeError(f"server did not start: {line}{proc.communicate()[1]}")
        yield line.split("listening on", 1)[1].strip()
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture
def local_env(monkeypatch: pytest.MonkeyPatch, server: str) -> str:
    for key in ("AZURE_TENANT_ID", "AZURE_CLIENT_ID", "AZURE_CLIENT_SECRET",
                "DATAVERSE_CA_BUNDLE"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("DATAVERSE_URL", server)
    monkeypatch.setenv("DATAVERSE_TOKEN", TOKEN)
    return server


def test_the_client_reaches_the_emulator_server_with_the_token(tmp_path: Path, local_env: str):
    destination = resolve_destination(tmp_path)
    assert destination.kind == "org" and destination.url == local_env
    with connect(destination) as client:
        assert client.who_am_i()["UserId"]
        rid = client.create("accounts", {"name": "Reached with DATAVERSE_TOKEN"})
        assert client.retrieve("accounts", rid, ["name"])["name"] == \
            "Reached with DATAVERSE_TOKEN"
    assert TOKEN not in json.dumps(destination.describe()) and TOKEN not in repr(destination)


def test_a_wrong_token_is_a_named_401(tmp_path: Path, local_env: str,
                                      monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("DATAVERSE_TOKEN", "not-the-token")
    with connect(resolve_destination(tmp_path)) as client, \
            pytest.raises(AuthenticationError) as info:
        client.who_am_i()
    assert info.value.status == 401
    assert "the bearer token from DATAVERSE_TOKEN was refused" in str(info.value)
    assert "not-the-token" not in str(info.value)


def test_token_mode_refuses_plain_http_to_another_machine(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("DATAVERSE_TOKEN", TOKEN)
    with pytest.raises(AuthenticationError, match="unencrypted"):
        StaticToken.from_env("http://crm.example.com/")
    assert StaticToken.from_env("https://crm.example.com/") is not None
    for local in ("http://127.0.0.1:8765/", "http://localhost:8765/", "http://[::1]:8765/"):
        assert StaticToken.from_env(local) is not None
    assert repr(StaticToken.from_env("http://localhost/")) == "StaticToken(***)"
    monkeypatch.delenv("DATAVERSE_TOKEN")
    assert StaticToken.from_env("http://localhost/") is None


def test_without_token_or_azure_variables_the_error_names_both(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    for key in ("DATAVERSE_TOKEN", "AZURE_TENANT_ID", "AZURE_CLIENT_ID", "AZURE_CLIENT_SECRET"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("DATAVERSE_URL", "https://org.crm.dynamics.com")
    with pytest.raises(AuthenticationError, match="AZURE_TENANT_ID.*DATAVERSE_TOKEN"):
        connect(resolve_destination(tmp_path))


STEP = """\
from d365migrate.run.context import RunContext

ctx = RunContext.open(parameters_file, run_dir)
ctx.client.create("accounts", {"name": "Loaded by a run over the network"})
print(ctx.destination.kind, ctx.client.who_am_i()["UserId"])
"""


def test_a_run_reaches_the_server_and_keeps_the_token_out_of_its_folder(
        tmp_path: Path, local_env: str):
    from d365migrate.run.runner import run

    books = tmp_path / "books"
    books.mkdir()
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell('parameters_file = ""\nrun_dir = ""',
                                          metadata={"tags": ["parameters"]}),
                nbformat.v4.new_code_cell(STEP)]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    nbformat.write(nb, books / "01_reach.ipynb")
    (tmp_path / "export").mkdir()
    params = tmp_path / "p.yml"
    params.write_text(f"engagement: over_network\nexport: {tmp_path / 'export'}\n"
                      f"runs_dir: {tmp_path / 'runs'}\nobjects: [account]\n")
    run_dir = run(params, notebooks=["01_reach.ipynb"], notebooks_dir=books, progress=False)
    info = json.loads((run_dir / "run.json").read_text())
    assert info["status"] == "succeeded"
    assert info["destination"] == {"url": local_env, "kind": "org"}
    with connect(resolve_destination(tmp_path)) as client:
        names = [r["name"] for r in client.query("accounts", select=["name"])]
    assert names == ["Loaded by a run over the network"]
    for path in run_dir.rglob("*"):
        if path.is_file():
            assert TOKEN.encode() not in path.read_bytes(), path
