"""Phases overlap where nothing depends on it: a phase's end (closes, reconciliation) runs
while the next phase loads, unless the next phase's records point at (or are, or take parties
from) the records being closed; every phase is still reconciled, in order, and one that does
not hold stops the run before any phase that depends on it loads.

The integration tests take a small sample export (scale 0.2: accounts, contacts, leads, deals,
tasks, calls) through the steps directly into the embedded emulator.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest
import yaml

from d365migrate.load.order import waits_for
from d365migrate.run import steps
from d365migrate.run.context import RunContext, write_run_json
from d365migrate.run.runner import ensure_export, new_run_dir
from engagements import demo_parameters

OBJECTS = ["account", "contact", "lead", "opportunity", "task", "phonecall"]


def test_a_unit_waits_only_for_closes_of_what_it_is_in_points_at_or_takes_parties_from():
    task = {"target": "task", "lookups": [{"table": "contact"}, {"table": "opportunity"}]}
    call = {"target": "phonecall", "lookups": [{"table": "opportunity"}]}
    case_email = {"target": "email", "lookups": [{"table": "incident"}]}
    assert waits_for(task, "opportunity", closes=3, has_parties=False)  # regarding a deal
    assert not waits_for(task, "opportunity", closes=0, has_parties=False)  # nothing closes
    assert not waits_for(call, "task", closes=50, has_parties=True)
    assert waits_for(call, "lead", closes=5, has_parties=True)  # a party may be a lead
    assert not waits_for(call, "lead", closes=5, has_parties=False)
    assert waits_for(case_email, "email", closes=5, has_parties=True)  # the same table
    assert waits_for(case_email, "incident", closes=5, has_parties=False)
    assert not waits_for({"target": "opportunity", "lookups": [{"table": "account"}]}, "lead",
                         closes=9, has_parties=False)


def start(root: Path, name: str) -> RunContext:
    params = demo_parameters(root, name, seed=7, scale=0.2, objects=OBJECTS)
    raw = yaml.safe_load(params.read_text())
    choices = raw["mapping"]["decisions"]["choices"]
    raw["mapping"]["decisions"]["choices"] = {
        k: v for k, v in choices.items() if k.partition(".")[0] in OBJECTS}
    params.write_text(yaml.safe_dump(raw))
    ensure_export(params)
    ctx = RunContext.open(params, new_run_dir(root / "runs", name))
    write_run_json(ctx.folder, ctx.params, ctx.destination, status="running")
    for step in (steps.profile_step, steps.mapping_step, steps.stage_step):
        step(ctx)
    return ctx


class Timeline:
    """When each unit's load started and each phase's end ran (patched into ``run.steps``);
    ``hold``: a phase's end that waits (up to a minute) until another unit's load starts."""

    def __init__(self, mp: pytest.MonkeyPatch, hold: dict[str, str] | None = None,
                 unbalanced: str | None = None) -> None:
        self.loads: dict[str, float] = {}
        self.ends: dict[str, tuple[float, float]] = {}
        self.started = {u: threading.Event() for u in OBJECTS}
        self.held: dict[str, bool] = {}
        hold = hold or {}
        loader_cls, finish, reconcile = steps.TableLoader, steps.finish_phase, \
            steps.reconcile_table
        timeline = self

        class Loader(loader_cls):  # type: ignore[misc, valid-type]
            def load(self, *a: Any, **kw: Any) -> Any:
                timeline.loads[self.table] = time.monotonic()
                timeline.started[self.table].set()
                return super().load(*a, **kw)

        def finish_phase(ctx: RunContext, target: str, *a: Any, **kw: Any) -> Any:
            t = time.monotonic()
            if target in hold:  # proves the next load starts while this end has not ended
                self.held[target] = self.started[hold[target]].wait(60)
            try:
                return finish(ctx, target, *a, **kw)
            finally:
                self.ends[target] = (t, time.monotonic())

        def reconcile_table(ctx: RunContext, target: str, *a: Any) -> dict[str, Any]:
            row = reconcile(ctx, target, *a)
            return {**row, "balanced": False} if target == unbalanced else row

        mp.setattr(steps, "TableLoader", Loader)
        mp.setattr(steps, "finish_phase", finish_phase)
        mp.setattr(steps, "reconcile_table", reconcile_table)


@pytest.fixture(scope="module")
def overlapped(tmp_path_factory: pytest.TempPathFactory) -> tuple[RunContext, Timeline, Any]:
    root = tmp_path_factory.mktemp("overlap")
    mp = pytest.MonkeyPatch()
    mp.delenv("DATAVERSE_URL", raising=False)
    try:
        ctx = start(root, "overlap")
        timeline = Timeline(mp, hold={"contact": "opportunity", "lead": "opportunity",
                                      "task": "phonecall"})
        out = steps.load_step(ctx, progress=False)
        ctx.client.close()
    finally:
        mp.undo()
    return ctx, timeline, out


def test_closes_run_while_an_independent_phase_loads(overlapped):
    ctx, timeline, out = overlapped
    # the lead's closes held until the deals' load began, the tasks' until the calls': each
    # end ran beside the next phase's load (run one after another, neither load would start)
    assert timeline.held == {"contact": True, "lead": True, "task": True}
    assert ctx.folder.issues("failed", "lead").exists()
    for unit in ("lead", "task"):
        assert (ctx.read_json(ctx.folder.load_stats(unit))["closed"] > 0)


def test_a_load_goes_on_while_the_two_ends_before_it_run_each_after_the_one_before(
        overlapped):
    _, timeline, _ = overlapped
    # the contacts' end held until the deals' load began: the leads loaded meanwhile and
    # their end waited behind it (not the main thread, which went on to load the deals)
    assert timeline.loads["lead"] < timeline.loads["opportunity"] < timeline.ends["contact"][1]
    assert timeline.ends["lead"][0] >= timeline.ends["contact"][1]


def test_a_phase_pointing_at_closed_records_waits_for_their_closes(overlapped):
    _, timeline, _ = overlapped
    # tasks are regarding deals: their load starts after the deals' closes and reconciliation
    assert timeline.loads["task"] >= timeline.ends["opportunity"][1]


def test_parties_resolve_against_the_index_read_beside_the_deals_and_tasks(overlapped):
    ctx, _, _ = overlapped
    parties = ctx.read_json(ctx.folder.load_stats("phonecall"))["parties"]
    assert parties["resolved"] > 0


def test_every_phase_is_reconciled_in_order(overlapped):
    ctx, _, out = overlapped
    assert [p["object"] for p in out["phases"]] == OBJECTS
    assert all(p["balanced"] for p in out["phases"])
    for unit in OBJECTS:
        assert ctx.read_json(ctx.folder.phase(unit))["balanced"]


def test_a_phase_that_does_not_balance_stops_the_run_before_its_dependants(tmp_path: Path,
                                                                          monkeypatch):
    monkeypatch.delenv("DATAVERSE_URL", raising=False)
    ctx = start(tmp_path, "stops")
    timeline = Timeline(monkeypatch, unbalanced="lead")
    with pytest.raises(RuntimeError, match="lead: counts do not balance after load"):
        steps.load_step(ctx, progress=False)
    ctx.client.close()
    assert ctx.folder.phase("lead").exists()
    # the deals (independent of leads) may have loaded beside the leads' end, but no phase
    # after them ended or began
    assert "opportunity" not in timeline.ends and not ctx.folder.phase("opportunity").exists()
    assert "task" not in timeline.loads and "phonecall" not in timeline.loads


def test_the_phase_reconciliation_still_reads_the_org(overlapped):
    """Read beside the closes, the reconciliation's proof is the org's: a loaded record
    missing from it unbalances the phase (the run's folder as the fixture left it)."""
    from d365migrate.verify.reconcile import found_in_org, reconcile_row

    ctx, _, out = overlapped
    fresh = RunContext.open(ctx.params.source_file, ctx.run_dir)
    lead = next(iter(fresh.client.query("leads", select=["leadid", "new_smartdeskid"],
                                        filter="new_smartdeskid ne null")))
    assert lead["new_smartdeskid"] in found_in_org(fresh, "lead")
    fresh.client.delete("leads", lead["leadid"])
    row = reconcile_row(fresh, "lead")
    fresh.client.close()
    before = next(p for p in out["phases"] if p["object"] == "lead")
    assert before["balanced"] and row["found"] == before["found"] - 1
    assert not row["balanced"]
