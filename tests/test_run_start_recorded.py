"""A run driven step by step (as the public end-to-end tests and a library user drive it,
not through ``d365migrate run``) records when it started, so its report says so instead of
"its start time was not recorded" (issue 13)."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from d365migrate.run.context import RunContext
from d365migrate.run.runner import ensure_export, write_sponsor_report
from engagements import demo_parameters, run_steps


def _header(report: Path) -> str:
    text = re.sub(r"<[^>]+>", " ", report.read_text(encoding="utf-8"))
    return re.sub(r"\s+", " ", text)


def test_a_run_begun_by_its_steps_reports_when_it_started(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DATAVERSE_URL", raising=False)
    params = demo_parameters(tmp_path, "steps", scale=0.05)
    ensure_export(params)
    before = datetime.now(UTC).replace(microsecond=0)
    run_dir = run_steps(params, tmp_path / "runs" / "steps" / "run")
    ctx = RunContext.open(params, run_dir)
    started = json.loads(ctx.folder.run_json.read_text())["started_at"]
    assert before <= datetime.fromisoformat(started) <= datetime.now(UTC)
    text = _header(write_sponsor_report(ctx.folder, ctx.params, ctx.destination))
    assert "start time was not recorded" not in text
    assert re.search(r"Run \u201crun\u201d started \d{1,2} \w{3} \d{4}, \d\d:\d\d UTC", text)


def test_opening_a_run_again_keeps_its_start(tmp_path: Path) -> None:
    """A later step, or ``verify`` on a finished run, never moves the start it recorded; a
    folder that already holds a run's files without one is not given a made-up start."""
    params = demo_parameters(tmp_path, "again", scale=0.05)
    run_dir = tmp_path / "runs" / "again" / "r1"
    first = RunContext.open(params, run_dir)
    recorded = json.loads(first.folder.run_json.read_text())["started_at"]
    first.folder.run_json.write_text(json.dumps({"started_at": "2026-01-01T00:00:00+00:00"}))
    RunContext.open(params, run_dir)
    assert json.loads(first.folder.run_json.read_text())["started_at"] == \
        "2026-01-01T00:00:00+00:00" != recorded
    old = tmp_path / "runs" / "again" / "old"
    old.mkdir(parents=True)
    (old / "reconciliation.json").write_text("{}")
    RunContext.open(params, old)
    assert not (old / "run.json").exists()
