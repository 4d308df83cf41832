"""run.json is written by the main thread and by a phase's end in a background thread
(phases overlap): neither write may lose the other's keys, nor collide on a temporary file."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from d365migrate.run.context import RunContext, write_run_json
from d365migrate.run.runner import new_run_dir
from engagements import demo_parameters


def test_concurrent_writers_keep_every_key(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DATAVERSE_URL", raising=False)
    params = demo_parameters(tmp_path, "threads", seed=None)
    ctx = RunContext.open(params, new_run_dir(tmp_path / "runs", "threads"))

    def write(i: int) -> None:
        write_run_json(ctx.folder, ctx.params, ctx.destination, **{f"key_{i}": i})

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(write, range(200)))
    data = json.loads(ctx.folder.run_json.read_text(encoding="utf-8"))
    assert {k for k in data if k.startswith("key_")} == {f"key_{i}" for i in range(200)}
    assert not list(ctx.folder.run_json.parent.glob(".run.json.*.tmp"))
