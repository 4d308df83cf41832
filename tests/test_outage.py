"""A destination that is down is waited for, for a bounded and configurable time, saying so;
then the run stops with a named error. Time is injected: nothing here sleeps for real."""

from __future__ import annotations

import logging
from pathlib import Path

import httpx
import pytest

from d365migrate.dataverse import DataverseClient, RetryPolicy, StaticToken
from d365migrate.dataverse.destination import Destination, connect
from d365migrate.dataverse.errors import (
    ConnectionLost,
    DestinationUnreachable,
    ServiceProtectionLimit,
    ServiceUnavailable,
)
from d365migrate.dataverse.outage import DEFAULT_MAX_OUTAGE_SECONDS, OUTAGE_ENV, Outage
from d365migrate.load.pump import GiveUp, Pump
from d365migrate.load.throughput import Controller
from pumping import ListSource

BASE = "https://org.crm.dynamics.com"


class FakeTime:
    """A clock that moves only when the client sleeps."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    def clock(self) -> float:
        return self.now


def client_for(handler, fake: FakeTime, *, max_outage: float = 300.0,
               max_attempts: int = 8) -> DataverseClient:
    return DataverseClient(BASE, StaticToken("t"), transport=httpx.MockTransport(handler),
                           retry=RetryPolicy(max_attempts=max_attempts, sleep=fake.sleep,
                                             clock=fake.clock, max_outage_seconds=max_outage))


def down_until(fake: FakeTime, seconds: float, failure: str = "refused"):
    calls: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(fake.now)
        if fake.now < seconds:
            if failure == "refused":
                raise httpx.ConnectError("[Errno 111] Connection refused")
            if failure == "reset":
                raise httpx.ReadError("[Errno 104] Connection reset by peer")
            return httpx.Response(int(failure), json={"error": {"code": "", "message": "down"}})
        return httpx.Response(200, json={"UserId": "u"})
    return handler, calls


@pytest.mark.parametrize("failure", ["refused", "reset", "502", "503", "504"])
def test_a_two_minute_outage_is_waited_out(failure: str, caplog: pytest.LogCaptureFixture):
    fake = FakeTime()
    handler, calls = down_until(fake, 120.0, failure)
    with caplog.at_level(logging.WARNING, logger="d365migrate.dataverse.outage"):
        assert client_for(handler, fake).who_am_i() == {"UserId": "u"}
    # far more than the 8 attempts (about 25 s) the client used to give up after
    assert fake.now >= 120 and len(calls) > 8
    assert max(fake.sleeps) <= 15.0  # still probing at least every 15 s
    said = caplog.text
    assert "org.crm.dynamics.com is not answering" in said and "up to 5 min 0 s" in said
    assert "still waiting for org.crm.dynamics.com" in said
    assert "answers again after 2 min" in said


def test_an_outage_past_the_bound_is_a_named_error():
    fake = FakeTime()
    handler, calls = down_until(fake, 10_000.0)
    with pytest.raises(DestinationUnreachable) as info:
        client_for(handler, fake, max_outage=90).who_am_i()
    assert 90 <= fake.now <= 91  # waited up to the bound, not beyond it
    message = str(info.value)
    assert "org.crm.dynamics.com did not answer for 1 min 30 s" in message
    assert "destination.max_outage_seconds" in message and "Connection refused" in message
    assert f"{len(calls)} attempts" in message
    assert isinstance(info.value.__cause__, ConnectionLost)


def test_the_bound_holds_when_time_passes_outside_the_sleeps():
    """Measured on the clock too: slow failures (connect timeouts) count their own time."""
    fake = FakeTime()

    def handler(request: httpx.Request) -> httpx.Response:
        fake.now += 20.0  # each attempt takes 20 s to fail
        raise httpx.ConnectTimeout("timed out")

    with pytest.raises(DestinationUnreachable):
        client_for(handler, fake, max_outage=60).who_am_i()
    assert 60 <= fake.now <= 100


def test_a_read_timeout_is_a_slow_answer_not_an_outage():
    fake = FakeTime()

    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out")

    with pytest.raises(ConnectionLost, match="ReadTimeout"):
        client_for(handler, fake, max_attempts=4).who_am_i()
    assert len(fake.sleeps) == 3  # the attempt budget, as before


def test_429_and_busy_with_retry_after_keep_their_documented_handling():
    fake = FakeTime()
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        status = 429 if len(calls) % 2 else 503
        return httpx.Response(status, json={"error": {"code": "0x80072322" if status == 429
                                                      else "", "message": "later"}},
                              headers={"Retry-After": "7"})

    with pytest.raises((ServiceProtectionLimit, ServiceUnavailable)):
        client_for(handler, fake, max_attempts=4).who_am_i()
    assert fake.sleeps == [7.0, 7.0, 7.0] and len(calls) == 4


def test_an_answer_ends_the_outage_so_the_next_one_gets_the_whole_bound():
    fake = FakeTime()
    down = {"until": 50.0}

    def handler(request: httpx.Request) -> httpx.Response:
        if fake.now < down["until"]:
            raise httpx.ConnectError("refused")
        return httpx.Response(200, json={"UserId": "u"})

    client = client_for(handler, fake, max_outage=60)
    client.who_am_i()  # down 50 s of 60
    down["until"] = fake.now + 50.0
    client.who_am_i()  # another 50 s: a new outage, not 100 s of one
    assert client.outage.outages == 2 and client.outage.started is None


def test_the_load_pump_waits_for_the_destination_by_time_then_gives_up_cleanly():
    outage = Outage(max_seconds=3600.0, base_delay=0.001)
    sent: list[int] = []

    def flaky(job: int) -> int:
        sent.append(job)
        if len(sent) <= 8:  # twice the pump's attempt budget
            error = ConnectionLost("ConnectError: refused")
            error.outage = outage
            raise error
        outage.answered()
        return job

    settled: list[int] = []
    pump = Pump(Controller(concurrency=1), flaky, lambda j: 1, max_attempts=4,
                base_delay=0.001)
    pump.run(ListSource([1]), lambda att: settled.append(att.job) or [])
    assert settled == [1] and len(sent) == 9

    gone = Outage(max_seconds=0.05, base_delay=0.001)

    def dead(job: int) -> int:
        error = ConnectionLost("ConnectError: refused")
        error.outage = gone
        raise error

    with pytest.raises(GiveUp, match="did not answer for"):
        Pump(Controller(concurrency=1), dead, lambda j: 1, max_attempts=4,
             base_delay=0.001).run(ListSource([1]), lambda att: [])


def test_the_bound_comes_from_parameters_else_environment_else_default(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv(OUTAGE_ENV, raising=False)
    dest = Destination(url="http://dataverse.emulator/", kind="embedded-emulator",
                       state_file=str(tmp_path / "org.sqlite"))
    with connect(dest) as client:
        assert client.outage.max_seconds == DEFAULT_MAX_OUTAGE_SECONDS == 300
    monkeypatch.setenv(OUTAGE_ENV, "900")
    with connect(dest) as client:
        assert client.outage.max_seconds == 900
    with connect(dest, max_outage=45) as client:
        assert client.outage.max_seconds == 45
    with pytest.raises(ValueError, match="destination.max_outage_seconds must be a number"):
        connect(dest, max_outage="a while")
    monkeypatch.setenv(OUTAGE_ENV, "-1")
    with pytest.raises(ValueError, match=f"{OUTAGE_ENV} must not be negative"):
        connect(dest)


def test_the_run_context_reads_destination_max_outage_seconds(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from d365migrate.run.context import RunContext

    monkeypatch.delenv("DATAVERSE_URL", raising=False)
    monkeypatch.delenv(OUTAGE_ENV, raising=False)
    params = tmp_path / "p.yml"
    params.write_text(f"engagement: waits\nexport: {tmp_path / 'export'}\n"
                      f"runs_dir: {tmp_path / 'runs'}\nobjects: [account]\n"
                      "destination: {max_outage_seconds: 600}\n")
    ctx = RunContext.open(params, tmp_path / "runs" / "waits" / "r1")
    try:
        assert ctx.client.outage.max_seconds == 600
    finally:
        ctx.client.close()


def test_the_emulator_server_killed_and_restarted_is_waited_for(tmp_path: Path):
    """Over real sockets: the server dies, the client's request waits (connection refused),
    the server comes back on the same port and state, the request goes through."""
    import os
    import socket
    import subprocess
    import sys
    import threading
    import time

    src = Path(__file__).resolve().parents[1] / "src"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (str(src), os.environ.get("PYTHONPATH")) if p)}
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]

    def start() -> subprocess.Popen:
        proc = subprocess.Popen(
            [sys.executable, "-m", "dataverse_emulator.server", "--port", str(port),
             "--state", str(tmp_path / "org.sqlite"), "--token", "t"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
        assert proc.stdout is not None and "listening on" in proc.stdout.readline()
        return proc

    server = start()
    restarted: list[subprocess.Popen] = []
    client = DataverseClient(f"http://127.0.0.1:{port}/", StaticToken("t"),
                             retry=RetryPolicy(max_outage_seconds=60, base_delay=0.1))
    try:
        rid = client.create("accounts", {"name": "Before the outage"})
        server.kill()
        server.wait()
        timer = threading.Timer(2.0, lambda: restarted.append(start()))
        timer.start()
        t0 = time.monotonic()
        assert client.retrieve("accounts", rid, ["name"])["name"] == "Before the outage"
        assert time.monotonic() - t0 >= 1.5  # it waited for the server to come back
        assert client.outage.outages == 1 and client.outage.started is None
        timer.join()
    finally:
        client.close()
        for proc in [server, *restarted]:
            proc.terminate()
            proc.wait(timeout=20)
