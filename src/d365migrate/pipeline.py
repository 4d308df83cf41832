"""The steps of a run, one function per notebook, sharing state through files in the run folder.

Each notebook runs in its own kernel, so nothing passes in memory: a step reads what the
previous one wrote under ``run_dir`` and writes its own results there.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import Any

import polars as pl

from . import __version__
from .config import LOAD_ORDER, Parameters, load_parameters
from .dataverse import DataverseClient
from .destination import Destination, connect, resolve_destination
from .ledger import Ledger
from .loader import TableLoader, ensure_source_id_column, existing_ids
from .manifest import (
    add_manifest_to_mapping,
    apply_manifest,
    build_manifest,
    read_manifest,
    write_manifest,
)
from .mapping import (
    confirm,
    content_hash,
    load_mapping,
    propose_mapping,
    require_confirmed,
    save_mapping,
    table_map,
)
from .owners import OwnerMatch, fetch_users, match_owners, require_owners_decided
from .preflight import findings_frame, preflight, require_preflight
from .reconcile import reconcile_table, write_reconciliation
from .reconciliations import (
    add_stages_to_mapping,
    apply_stages,
    decide_choice,
    decide_stage,
    owner_queue_html,
    require_choices_decided,
    require_stages_decided,
    stage_map,
)
from .staging import ISSUE_COLUMNS, OWNER, stage_table
from .states import apply_closes, split_states
from .validation import validate_staged


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass
class RunContext:
    """One run of one engagement: parameters, folder, destination and a lazy client."""

    params: Parameters
    run_dir: Path
    _defs: dict[str, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def open(cls, parameters_file: str | Path, run_dir: str | Path) -> RunContext:
        ctx = cls(load_parameters(parameters_file), Path(run_dir))
        ctx.run_dir.mkdir(parents=True, exist_ok=True)
        return ctx

    @cached_property
    def destination(self) -> Destination:
        return resolve_destination(self.params.engagement_dir, self.params.destination_url)

    @cached_property
    def client(self) -> DataverseClient:
        users = self.params.engagement_dir / "org-users.csv"
        if self.destination.kind == "embedded-emulator" and self.params.raw.get(
                "destination", {}).get("seed_users_from_export"):
            write_emulator_users(self.export.tables, users)
            return connect(self.destination, users_csv=users)
        return connect(self.destination)

    @cached_property
    def export(self) -> Any:
        from .intake import read_export

        return read_export(self.params.export, self.params.raw.get("intake"))

    def file_of(self, source: str) -> str:
        guess = self.export.guesses.get(source)
        return guess.file if guess is not None else source

    def table_def(self, table: str) -> dict[str, Any]:
        if table not in self._defs:
            self._defs[table] = self.client.entity_definition(table)
        return self._defs[table]

    def path(self, *parts: str) -> Path:
        p = self.run_dir.joinpath(*parts)
        p.parent.mkdir(parents=True, exist_ok=True)
        return p

    def write_json(self, name: str, data: Any) -> Path:
        p = self.path(name)
        p.write_text(json.dumps(data, indent=2, ensure_ascii=False, default=str), encoding="utf-8")
        return p

    def read_json(self, name: str) -> Any:
        return json.loads((self.run_dir / name).read_text(encoding="utf-8"))


def write_emulator_users(tables: dict[str, pl.DataFrame], path: Path) -> Path:
    """Demo only: users the customer's admin 'provisioned' in the embedded org, from users.csv."""
    users = tables.get("users")
    if users is None:
        raise KeyError("seed_users_from_export is set but the export has no users table")
    active = pl.col("active").cast(pl.Utf8).str.to_lowercase().is_in(["true", "yes", "1"])
    out = users.filter(pl.col("email").is_not_null()).select(
        pl.col("name").alias("fullname"),
        pl.col("email").str.strip_chars().alias("internalemailaddress"),
        pl.when(active).then(pl.lit("false")).otherwise(pl.lit("true")).alias("isdisabled"),
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    out.write_csv(path)
    return path


# -- step 2: mapping ------------------------------------------------------------------------
def mapping_step(ctx: RunContext) -> dict[str, Any]:
    """Use the engagement's map, proposing one when none exists; confirm it if told to."""
    path = ctx.params.mapping_path
    if path.exists():
        mapping = load_mapping(path)
    else:
        from .discovery import discover

        defs = {t: ctx.table_def(t) for t in ctx.params.objects}
        keys = {o.source: o.primary_key for o in discover(ctx.export).objects}
        mapping = propose_mapping(ctx.export.tables, defs, ctx.params.objects,
                                  source_id_column=ctx.params.source_id_column, keys=keys)
        manifest = build_manifest(ctx.export.tables.get("custom_fields"), ctx.export.tables,
                                  mapping, ctx.params.publisher_prefix)
        mapping = add_manifest_to_mapping(mapping, manifest)
        if "opportunity" in ctx.params.objects and "pipelines" in ctx.export.tables:
            mapping = add_stages_to_mapping(mapping, stage_map(ctx.export.tables["pipelines"]))
        write_manifest(manifest, ctx.params.engagement_dir)
        save_mapping(mapping, path)
    mapping = apply_decisions(mapping, ctx.params.raw.get("mapping", {}).get("decisions") or {})
    fresh = mapping.get("status") == "confirmed" and \
        mapping.get("content_hash") == content_hash(mapping)
    if ctx.params.confirm_as and not fresh:
        mapping = confirm(mapping, ctx.params.confirm_as)
    save_mapping(mapping, path)
    save_mapping(mapping, ctx.path("mapping.yml"))
    manifest_file = ctx.params.engagement_dir / "custom_fields_manifest.json"
    if manifest_file.exists():
        write_manifest(read_manifest(manifest_file), ctx.run_dir)
    return mapping


def apply_decisions(mapping: dict[str, Any], decisions: dict[str, Any]) -> dict[str, Any]:
    """Choice values decided in the parameters file (``mapping.decisions.choices``).

    ``{"account.industrycode": {"Media": 19}}``, and stages (``mapping.decisions.stages``)
    ``{"<pipeline_id>/<stage_id>": {"salesstage": 0, "state": 0}}``. Decisions change the map,
    so a confirmed map whose decisions differ must be confirmed again.
    """
    for key, values in (decisions.get("choices") or {}).items():
        table, _, column = key.partition(".")
        for source_value, option in values.items():
            mapping = decide_choice(mapping, table, column, str(source_value), int(option))
    if mapping.get("stages"):
        for key, values in (decisions.get("stages") or {}).items():
            pipeline_id, _, stage_id = str(key).partition("/")
            mapping = decide_stage(mapping, pipeline_id, stage_id, **values)
    return mapping


def mapping_table(mapping: dict[str, Any]) -> pl.DataFrame:
    """The map as rows a person reads: table, source column, target, transform, confidence."""
    rows = []
    for t in mapping["tables"]:
        for c in t.get("columns", []):
            rows.append({"table": t["target"], "source": f"{t['source']}.{c['source']}",
                         "target": c["target"], "transform": c.get("transform", "text"),
                         "confidence": c.get("confidence"), "reason": c.get("reason")})
        for lk in t.get("lookups", []):
            rows.append({"table": t["target"], "source": f"{t['source']}.{lk['source']}",
                         "target": f"{lk['navigation']} -> {lk['table']}", "transform": "lookup",
                         "confidence": lk.get("confidence"), "reason": lk.get("reason")})
        if t.get("owner"):
            o = t["owner"]
            rows.append({"table": t["target"], "source": f"{t['source']}.{o['source']}",
                         "target": "ownerid -> systemuser (by email)", "transform": "owner",
                         "confidence": o.get("confidence"), "reason": o.get("reason")})
    return pl.DataFrame(rows)


# -- step 3: stage + validate ----------------------------------------------------------------
def stage_step(ctx: RunContext) -> dict[str, dict[str, Any]]:
    """Stage every object under the confirmed map and validate it with its GX suite."""
    mapping = load_mapping(ctx.run_dir / "mapping.yml")
    require_confirmed(mapping, str(ctx.run_dir / "mapping.yml"))
    summary: dict[str, dict[str, Any]] = {}
    for target in ctx.params.objects:
        tmap = table_map(mapping, target)
        file = ctx.file_of(tmap["source"])
        tables = ctx.export.tables
        if target == "opportunity" and mapping.get("stages"):
            tables = {**tables, tmap["source"]: apply_stages(tables[tmap["source"]],
                                                             mapping["stages"])}
        staged = stage_table(mapping, target, tables, {tmap["source"]: file})
        checked = validate_staged(staged.staged, target, ctx.table_def(target), file=file)
        quarantined = pl.concat([staged.quarantined.with_columns(pl.lit("stage").alias("step")),
                                 checked.quarantined.with_columns(pl.lit("validate").alias("step"))])
        checked.valid.write_parquet(ctx.path("staged", f"{target}.parquet"))
        quarantined.write_csv(ctx.path("quarantine", f"{target}.csv"))
        staged.skipped.write_csv(ctx.path("skipped", f"{target}.csv"))
        ctx.write_json(f"validation/{target}.json", checked.checks)
        summary[target] = {
            "source": tmap["source"], "file": file, "source_rows": staged.source_rows,
            "staged": checked.valid.height, "quarantined": quarantined.height,
            "skipped": staged.skipped.height, "lookups": staged.lookup_stats,
            "checks_failed": sum(1 for c in checked.checks if not c["success"]),
        }
    ctx.write_json("stage_summary.json", summary)
    return summary


# -- step 4: load ------------------------------------------------------------------------------
def owner_counts(ctx: RunContext, targets: list[str]) -> dict[str, int]:
    counts: Counter[str] = Counter()
    for t in targets:
        df = pl.read_parquet(ctx.run_dir / "staged" / f"{t}.parquet")
        if OWNER in df.columns:
            counts.update(e for e in df[OWNER].to_list() if e)
    return dict(counts)


def load_step(ctx: RunContext, *, progress: bool = True) -> dict[str, Any]:
    """Load in dependency order; reconcile each phase before the next begins."""
    mapping = load_mapping(ctx.run_dir / "mapping.yml")
    require_confirmed(mapping, str(ctx.run_dir / "mapping.yml"))
    targets = [t for t in LOAD_ORDER if t in ctx.params.objects]
    require_choices_decided(mapping)
    if "opportunity" in targets:
        require_stages_decided(mapping)
    manifest_file = ctx.run_dir / "custom_fields_manifest.json"
    manifest = None
    if manifest_file.exists():
        manifest = read_manifest(manifest_file).filter(pl.col("target_table").is_in(targets))
        if (ctx.params.raw.get("custom_fields") or {}).get("apply_manifest"):
            # Creating columns is a schema change: allowed only under a confirmed map and
            # when the parameters say so (the customer's admin may prefer to create them).
            applied = apply_manifest(ctx.client, manifest)
            ctx.write_json("manifest_applied.json", applied)
            ctx._defs.clear()
    findings = preflight(ctx.client, mapping, manifest,
                         has_tickets=("incident" in targets) or None)
    findings_frame(findings).write_csv(ctx.path("preflight.csv"))
    require_preflight(findings)
    owners = match_owners(owner_counts(ctx, targets), fetch_users(ctx.client),
                          fallback_email=ctx.params.fallback_owner_email,
                          domain_aliases=(ctx.params.raw.get("owners") or {}).get(
                              "domain_aliases"))
    owners.queue.write_csv(ctx.path("owner_queue.csv"))
    ctx.path("owner_queue.html").write_text(owner_queue_html(owners.queue), encoding="utf-8")
    ledger = Ledger(ctx.path("ledger.jsonl"))
    ledger.path.touch()
    id_maps: dict[str, dict[str, str]] = {}
    phases: list[dict[str, Any]] = []
    stage_summary = ctx.read_json("stage_summary.json")
    for target in targets:
        tmap = table_map(mapping, target)
        staged = pl.read_parquet(ctx.run_dir / "staged" / f"{target}.parquet")
        if OWNER in staged.columns:
            mine = set(staged[OWNER].drop_nulls().to_list())
            require_owners_decided(OwnerMatch(owners.ids, owners.queue.filter(
                pl.col("email").is_in(list(mine))), owners.fallback), target)
        table_def = ensure_source_id_column(ctx.client, ctx.table_def(target),
                                            ctx.params.source_id_column)
        ctx._defs[target] = table_def
        ref_ids: dict[str, tuple[str, dict[str, str]]] = {}
        for lk in tmap.get("lookups", []):
            ref_def = ctx.table_def(lk["table"])
            if lk["table"] not in id_maps:
                id_maps[lk["table"]] = existing_ids(ctx.client, ref_def,
                                                    ctx.params.source_id_column)
            ref_ids[lk["navigation"]] = (ref_def["EntitySetName"], id_maps[lk["table"]])
        loader = TableLoader(ctx.client, table_def, source_id_column=ctx.params.source_id_column,
                             ledger=ledger, chunk_size=ctx.params.chunk_size,
                             file=stage_summary[target]["file"], progress=progress)
        to_create, closes = split_states(staged, table_def)
        result = loader.load(to_create, owner_ids=owners.ids, ref_ids=ref_ids)
        id_maps[target] = result.ids
        result.failed.write_csv(ctx.path("failed", f"{target}.csv"))
        created_now = {sid: rid for sid, rid in ledger.created_records().get(target, [])}
        closing = apply_closes(ctx.client, table_def, closes, created_now, staged,
                               progress=progress)
        if closing["close_failed"]:
            pl.DataFrame(closing["close_failed"]).write_csv(ctx.path("close_failed",
                                                                     f"{target}.csv"))
        summary = {"created": result.created, "updated": result.updated,
                   "failed": result.failed.height,
                   "unresolved_lookups": result.unresolved_lookups,
                   "closed": closing["closed"], "close_failed": len(closing["close_failed"]),
                   "throughput": getattr(result, "stats", None)}
        ctx.write_json(f"load/{target}.json", summary)
        phase = reconcile_table(ctx, target)
        phases.append(phase)
        if not phase["balanced"]:
            raise RuntimeError(f"{target}: counts do not balance after load: {phase}")
    return {"owners": owners.queue, "phases": phases}


# -- step 5: reconcile -------------------------------------------------------------------------
def reconcile_step(ctx: RunContext) -> dict[str, Any]:
    return write_reconciliation(ctx)


def issues_frame(ctx: RunContext, folder: str, target: str) -> pl.DataFrame:
    path = ctx.run_dir / folder / f"{target}.csv"
    if not path.exists():
        return pl.DataFrame(schema=ISSUE_COLUMNS)
    return pl.read_csv(path, infer_schema=False)


def write_run_json(run_dir: Path, params: Parameters, destination: Destination, **extra: Any
                   ) -> Path:
    path = run_dir / "run.json"
    data = json.loads(path.read_text()) if path.exists() else {}
    data.update({"engagement": params.engagement, "parameters": params.public(),
                 "destination": destination.describe(), "package_version": __version__})
    data.update(extra)
    path.write_text(json.dumps(data, indent=2, default=str), encoding="utf-8")
    return path


__all__ = ["RunContext", "load_step", "mapping_step", "mapping_table",
           "reconcile_step", "stage_step", "write_run_json"]
