"""Test engagements: the demo's parameters file (its decisions, its confirmation) under
another engagement name, export folder and sample, written in a test's own project folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import polars as pl
import yaml

ROOT = Path(__file__).resolve().parents[1]


def demo_parameters(root: Path, engagement: str, *, seed: int | None = 7,
                    scale: float = 0.3, **extra: Any) -> Path:
    """``root/parameters/<engagement>.yml``: the demo's parameters with this engagement's
    export under ``runs/<engagement>/export``, generated from the sample (``seed`` None: the
    test writes the export itself); ``extra`` keys replace the demo's."""
    params = yaml.safe_load((ROOT / "parameters" / "demo.yml").read_text(encoding="utf-8"))
    params.update(engagement=engagement, export=f"runs/{engagement}/export")
    if seed is None:
        params.pop("sample_export", None)
    else:
        params["sample_export"] = {"seed": seed, "scale": scale}
    params.update(extra)
    path = root / "parameters" / f"{engagement}.yml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(params), encoding="utf-8")
    return path


def won_stages(export: Path) -> tuple[dict[str, str], set[str]]:
    """From the sample export's pipelines file: each pipeline's won stage, and every stage
    that closes a deal (won or lost), for tests that move open deals to won."""
    stages = pl.read_csv(export / "pipelines.csv", infer_schema=False)
    won = {r["pipeline_id"]: r["stage_id"] for r in stages.filter(
        pl.col("is_won") == "TRUE").to_dicts()}
    closed = set(stages.filter((pl.col("is_won") == "TRUE") | (pl.col("is_lost") == "TRUE"))
                 ["stage_id"].to_list())
    return won, closed


def moved_to_won(deals: pl.DataFrame, ids: list[str], won: dict[str, str]) -> pl.DataFrame:
    """``deals`` with the deals ``ids`` in their pipeline's won stage."""
    return deals.with_columns(
        pl.when(pl.col("deal_id").is_in(ids))
        .then(pl.col("pipeline_id").replace_strict(won, default=None))
        .otherwise(pl.col("stage_id")).alias("stage_id"))


def run_steps(params: Path, run_dir: Path, *, reconcile: bool = True) -> Path:
    """The run's steps in order (profile, map, stage, load, and reconcile unless told
    not to), each in a fresh context as its own notebook would open it, into ``run_dir``."""
    from d365migrate.run import steps
    from d365migrate.run.context import RunContext

    todo = [steps.profile_step, steps.mapping_step, steps.stage_step,
            lambda c: steps.load_step(c, progress=False)]
    for step in todo + ([steps.reconcile_step] if reconcile else []):
        ctx = RunContext.open(params, run_dir)
        try:
            step(ctx)
        finally:
            ctx.client.close()
    return run_dir


def made_up_parameters(root: Path, export: Path, objects: list[str], engagement: str,
                       crm: str, **raw: Any) -> Path:
    """A parameters file for a made-up export: its objects, the map confirmed as proposed,
    the fallback owner, the embedded emulator (``raw``: more of the file's keys)."""
    params = root / "parameters.yml"
    params.write_text(yaml.safe_dump({
        "engagement": engagement, "export": str(export), "runs_dir": str(root / "runs"),
        "objects": objects, "source": {"crm": crm}, "mapping": {"confirm_as": "analyst"},
        "owners": {"fallback_owner_email": "avery.admin@contoso.example"},
        "destination": {"url": None}, **raw}), encoding="utf-8")
    return params


def mark_succeeded(run_dir: Path) -> None:
    """Record a run made by :func:`run_steps` as succeeded (as the runner does at its end),
    so the next run is a delta against it."""
    import json

    path = run_dir / "run.json"
    path.write_text(json.dumps({**json.loads(path.read_text()), "status": "succeeded"}))
