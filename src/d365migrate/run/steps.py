"""The steps of a run, one function per notebook, sharing state through files in the run folder.

Each notebook runs in its own kernel, so nothing passes in memory: a step reads what the
previous one wrote under ``run_dir`` and writes its own results there.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from typing import Any

import polars as pl

from d365migrate.dataverse.errors import NotFound
from d365migrate.dataverse.tables import attributes
from d365migrate.intake.decided_kinds import decided_kinds
from d365migrate.intake.discover import Discovery, discover, read_discovery, write_discovery
from d365migrate.intake.profile import Profile, profile_export
from d365migrate.intake.records_from_values import made_from_values
from d365migrate.load.closes import apply_closes, has_state, reopen_closed, split_states
from d365migrate.load.delta import Delta
from d365migrate.load.existing import org_records_named
from d365migrate.load.files import inline_file, split_by_size, upload_in_blocks
from d365migrate.load.identity import takes_source_id_column
from d365migrate.load.ledger import Ledger
from d365migrate.load.loader import LoadResult, TableLoader
from d365migrate.load.order import closes_after, in_load_order, table_of, table_rank, waits_for
from d365migrate.load.org_records import existing_ids, ids_among
from d365migrate.load.owners import (
    OwnerMatch,
    discovered_people,
    fetch_users,
    match_owners,
    require_owners_decided,
)
from d365migrate.load.parents import link_within_table, read_refused, without_parent
from d365migrate.load.parties import PARTY_TABLES, PartyBodies, PartyIndex
from d365migrate.load.preflight import (
    findings_frame,
    preflight,
    require_preflight,
)
from d365migrate.load.user_links import user_link_ids
from d365migrate.mapping.decisions import (
    apply_decisions,
    deals_with_stages,
    require_choices_decided,
    require_stages_decided,
)
from d365migrate.mapping.learned import keep_proposal, learn_from_confirmation, load_learned
from d365migrate.mapping.manifest import apply_manifest, read_manifest, write_manifest
from d365migrate.mapping.mapfile import (
    confirm,
    content_hash,
    load_mapping,
    mapped_units,
    require_confirmed,
    save_mapping,
    table_map,
    with_source_files,
)
from d365migrate.mapping.propose import propose_mapping
from d365migrate.mapping.status_stages import decide_stage_source
from d365migrate.report.owner_queue import owner_queue_html
from d365migrate.report.safe_files import write_csv
from d365migrate.report.scope import render_scope_html
from d365migrate.run import gates
from d365migrate.run.context import RunContext, write_run_json
from d365migrate.run.later_links import LaterLinks
from d365migrate.run.load_options import record_load_options
from d365migrate.run.required_columns import require_required_covered
from d365migrate.staging.files import check_files, org_upload_limit
from d365migrate.staging.lookups import routed
from d365migrate.staging.stage import (
    OWNER,
    PARTIES,
    REF_PREFIX,
    SOURCE_ID,
    SOURCE_ROW,
    cleared_summary,
    stage_table,
    still_loading,
)
from d365migrate.staging.user_links import USERS
from d365migrate.staging.validate import validate_staged
from d365migrate.verify.inventory import build_inventory, inventory_objects, setup_used
from d365migrate.verify.reconcile import found_in_org, reconcile_table, write_reconciliation
from d365migrate.verify.schema import record_schema, recorded_manifest


# -- step 1: profile -----------------------------------------------------------------------
def profile_step(ctx: RunContext) -> tuple[Discovery, Profile]:
    """What the export holds: ``discovery.json`` for the steps after, ``scope.html`` for people."""
    discovery = discover(ctx.export, decided_kinds(ctx.export, ctx.params.raw.get("intake")))
    write_discovery(discovery, ctx.folder.discovery)
    profile = profile_export(ctx.export, discovery)
    ctx.folder.scope_html.write_text(render_scope_html(
        discovery, profile, None, source_crm=ctx.params.source_crm), encoding="utf-8")
    return discovery, profile


# -- step 2: mapping ------------------------------------------------------------------------
def mapping_step(ctx: RunContext) -> dict[str, Any]:
    """Use the engagement's map, proposing one when none exists; confirm it if told to."""
    path = ctx.params.mapping_path
    if path.exists():
        mapping = load_mapping(path)
    else:
        defs = org_table_defs(ctx)
        discovery = run_discovery(ctx)
        proposal = propose_mapping(ctx.export, discovery, defs, ctx.params.objects,
                                   source_id_column=ctx.params.source_id_column,
                                   publisher_prefix=ctx.params.publisher_prefix,
                                   learned=load_learned(ctx.engagement))
        mapping = proposal.mapping
        # kept as shown, so the confirmation can teach the next proposal what changed
        keep_proposal(ctx.engagement, mapping, discovery, proposal.learned)
        write_manifest(proposal.manifest, ctx.params.engagement_dir, crm=ctx.params.source_crm)
        save_mapping(mapping, path)
    decisions = ctx.params.raw.get("mapping", {}).get("decisions") or {}
    mapping = decide_stage_source(mapping, decisions.get("stage_source"), ctx.export.tables,
                                  ctx.file_of)  # before the stages are decided
    mapping = apply_decisions(mapping, decisions, table_def=ctx.table_def)
    fresh = mapping.get("status") == "confirmed" and \
        mapping.get("content_hash") == content_hash(mapping)
    if ctx.params.confirm_as:
        require_required_covered(ctx, mapping)  # as the editor refuses to confirm
    if ctx.params.confirm_as and not fresh:
        mapping = confirm(mapping, ctx.params.confirm_as)
    if mapping.get("status") == "confirmed":
        learn_from_confirmation(ctx.engagement, mapping)  # the corrections, for next time
    mapping = with_source_files(mapping, {o.source: o.files for o in run_discovery(ctx).objects})
    save_mapping(mapping, path)
    save_mapping(mapping, ctx.folder.mapping)
    manifest = read_manifest(ctx.engagement.manifest, missing_ok=True)  # read once
    if ctx.engagement.manifest.exists():
        write_manifest(manifest, ctx.run_dir, crm=ctx.params.source_crm)
    # The map is settled: the scope says which custom columns it needs (not discovery's
    # candidates by name) and, the org known, where tickets go.
    discovery = run_discovery(ctx)
    ctx.folder.scope_html.write_text(render_scope_html(
        discovery, profile_export(ctx.export, discovery), source_crm=ctx.params.source_crm,
        ticket_routing=mapping.get("ticket_routing"),
        manifest=manifest), encoding="utf-8")
    return mapping


def run_discovery(ctx: RunContext) -> Discovery:
    """What the profile step found (``discovery.json``); discovered and written here only
    when the run folder has none yet (notebook 02 opened on its own)."""
    if ctx.folder.discovery.exists():
        return read_discovery(ctx.folder.discovery)
    discovery = discover(ctx.export, decided_kinds(ctx.export, ctx.params.raw.get("intake")))
    write_discovery(discovery, ctx.folder.discovery)
    return discovery


def org_table_defs(ctx: RunContext) -> dict[str, dict[str, Any]]:
    """The org's definition of the table each unit fills, by unit, leaving out the tables the
    org does not have (the Case table without Customer Service); where tickets then go to
    notes, the note table's too (``annotation``)."""
    defs: dict[str, dict[str, Any]] = {}
    for unit in ctx.params.objects:
        try:
            defs[unit] = ctx.table_def(table_of(unit))
        except NotFound:
            continue
    if "incident" in ctx.params.objects and "incident" not in defs:
        defs["annotation"] = ctx.table_def("annotation")
    return defs


def table_defs(ctx: RunContext) -> dict[str, dict[str, Any]]:
    """The org's definition of every table the run's units fill, by table (the tables the org
    has: without the Case table, tickets fill notes)."""
    return {table_of(u): d for u, d in org_table_defs(ctx).items()} | (
        {"annotation": ctx.table_def("annotation")}
        if "incident" in ctx.params.objects else {})


def mapping_table(mapping: dict[str, Any]) -> pl.DataFrame:
    """The map as rows a person reads: table, source column, target, transform, confidence."""
    from d365migrate.mapping.link_decisions import source_in_words

    rows = []
    for t in mapping["tables"]:
        for c in t.get("columns", []):
            source = f"{t['source']}.{c['source']}" if c.get("source") else \
                f"(set by the map: {c.get('value')})"
            rows.append({"table": t["target"], "source": source,
                         "target": c["target"], "transform": c.get("transform", "text"),
                         "confidence": c.get("confidence"), "reason": c.get("reason")})
        for lk in t.get("lookups", []):
            rows.append({"table": t["target"], "source": source_in_words(t, lk),
                         "target": f"{lk['navigation']} -> {lk['table']}", "transform": "lookup",
                         "confidence": lk.get("confidence"), "reason": lk.get("reason")})
        if t.get("owner"):
            o = t["owner"]
            rows.append({"table": t["target"], "source": f"{t['source']}.{o['source']}",
                         "target": "ownerid -> systemuser (by email, else full name)",
                         "transform": "owner", "confidence": o.get("confidence"),
                         "reason": o.get("reason")})
    return pl.DataFrame(rows)


# -- step 3: stage + validate ----------------------------------------------------------------
def stage_step(ctx: RunContext) -> dict[str, dict[str, Any]]:
    """Stage every object under the confirmed map and validate it with its GX suite."""
    mapping = load_mapping(ctx.folder.mapping)
    require_confirmed(mapping, str(ctx.folder.mapping))
    guesses = run_discovery(ctx).intake_guesses()  # the formats discovery recorded
    summary: dict[str, dict[str, Any]] = {}
    units = mapped_units(ctx.params.objects, ctx.folder.mapping)
    for target in units:
        tmap = table_map(mapping, target)
        file = ctx.file_of(tmap["source"])
        tables = ctx.export.tables
        if target == "opportunity" and mapping.get("stages"):
            tables = {**tables, tmap["source"]: deals_with_stages(tables[tmap["source"]],
                                                                  mapping, file)}
        table = tmap["target"]  # the Dataverse table this unit fills
        staged = stage_table(mapping, target, tables, {tmap["source"]: file},
                             guesses.get(tmap["source"]), ctx.table_def(table),
                             zone=ctx.params.source_timezone)  # naive times' own zone
        if tmap.get("file"):  # attachments: the file is in the export and within the limit
            kept, missing, too_big = check_files(staged.staged, ctx.export,
                                                 org_upload_limit(ctx.client), file,
                                                 tmap["file"]["path"])
            staged.staged = kept
            staged.quarantined = pl.concat([staged.quarantined, missing])
            staged.skipped = pl.concat([staged.skipped, too_big])
        checked = validate_staged(staged.staged, table, ctx.table_def(table), file=file,
                                  tmap=tmap)
        cleared = pl.concat([still_loading(staged.cleared, checked.valid[SOURCE_ROW]),
                             checked.cleared]).sort("row", maintain_order=True)
        quarantined = pl.concat([staged.quarantined.with_columns(pl.lit("stage").alias("step")),
                                 checked.quarantined.with_columns(pl.lit("validate").alias("step"))])
        checked.valid.write_parquet(ctx.folder.staged(target))
        for kind, lines in (("quarantine", quarantined), ("skipped", staged.skipped),
                            ("flags", staged.flagged), ("cleared", cleared)):  # own file, row
            write_csv(staged.located(lines), ctx.folder.issues(kind, target))
        ctx.write_json(ctx.folder.validation(target), checked.checks)
        summary[target] = {
            "source": tmap["source"], "table": table, "where": tmap.get("where"),
            "file": file, "source_rows": staged.source_rows,
            "staged": checked.valid.height, "quarantined": quarantined.height,
            "skipped": staged.skipped.height, "flagged": staged.flagged.height,
            **cleared_summary(cleared), **staged.parts_summary(),
            "lookups": staged.lookup_stats,
            "checks_failed": sum(1 for c in checked.checks if not c["success"]),
            **made_from_values(guesses.get(tmap["source"])),
        }
    ctx.write_json(ctx.folder.stage_summary, summary)
    found = run_discovery(ctx)  # a file of values read as another's columns: its guess says
    ctx.write_json(ctx.folder.inventory, build_inventory(
        inventory_objects(found.objects, ctx.file_of, found.guesses), summary,
        mapping.get("unmatched_sources") or [],
        _rows_not_routed(mapping, ctx.export.tables),
        absent=[u for u in ctx.params.objects if u not in units],
        used=setup_used(mapping, read_manifest(ctx.folder.manifest) if ctx.folder.manifest
                        .exists() else None, units)))
    gates.stop(ctx, "stage", gates.stage_breaches(ctx.params.gates, summary, ctx.folder))
    return summary


def _rows_not_routed(mapping: dict[str, Any], frames: dict[str, pl.DataFrame]
                     ) -> dict[str, dict[tuple[str, str], int]]:
    """For a source several entries share by routing (activities by type): the values of the
    routing column that no entry takes, with their row counts."""
    by_source: dict[str, list[dict[str, Any]]] = {}
    for t in mapping["tables"]:
        if t.get("where") and t.get("source") in frames:
            by_source.setdefault(t["source"], []).append(t["where"])
    out: dict[str, dict[tuple[str, str], int]] = {}
    for source, wheres in by_source.items():
        df = frames[source]
        taken = pl.any_horizontal([routed(w) for w in wheres])
        column = wheres[0]["column"]
        rest = df.filter(~taken)[column].cast(pl.Utf8).fill_null("(empty)").value_counts(
            name="\0n")
        out[source] = {(column, str(v)): int(n) for v, n in rest.iter_rows()}
    return out


# -- step 4: load ------------------------------------------------------------------------------
def owner_counts(ctx: RunContext, targets: list[str]) -> dict[str, int]:
    counts: Counter[str] = Counter()
    for t in targets:
        df = pl.read_parquet(ctx.folder.staged(t))
        if OWNER in df.columns:
            counts.update(e for e in df[OWNER].to_list() if e)
    return dict(counts)


def load_step(ctx: RunContext, *, progress: bool = True) -> dict[str, Any]:
    """Load in dependency order; reconcile each phase before the next begins."""
    mapping = load_mapping(ctx.folder.mapping)
    require_confirmed(mapping, str(ctx.folder.mapping))
    units = set(mapped_units(ctx.params.objects, ctx.folder.mapping))
    targets = in_load_order(units)
    require_choices_decided(mapping)
    if "opportunity" in targets:
        require_stages_decided(mapping)
    manifest_file = ctx.folder.manifest
    manifest = None
    if manifest_file.exists():
        manifest = read_manifest(manifest_file).filter(pl.col("target_table").is_in(targets))
        if (ctx.params.raw.get("custom_fields") or {}).get("apply_manifest"):
            # Creating columns is a schema change: allowed only under a confirmed map and
            # when the parameters say so (the customer's admin may prefer to create them).
            applied = apply_manifest(ctx.client, manifest, ctx.params.source_crm)
            ctx.write_json(ctx.folder.manifest_applied, applied)
            record_schema(ctx.folder, recorded_manifest(applied))  # run.json: for rollback
            ctx.forget_table_defs()
    findings = preflight(ctx.client, mapping, manifest, has_tickets=("incident" in targets)
                         or None, staged=lambda t: pl.read_parquet(ctx.folder.staged(t)))
    write_csv(findings_frame(findings), ctx.folder.preflight)
    require_preflight(findings)
    org_users, people = fetch_users(ctx.client), discovered_people(ctx.export.tables,
                                                                   run_discovery(ctx))
    aliases = (ctx.params.raw.get("owners") or {}).get("domain_aliases")
    owners = match_owners(owner_counts(ctx, targets), org_users, people=people,
                          fallback_email=ctx.params.fallback_owner_email,
                          domain_aliases=aliases)
    write_csv(owners.queue, ctx.folder.owner_queue)
    ctx.folder.owner_queue_html.write_text(owner_queue_html(owners.queue), encoding="utf-8")
    ledger = Ledger(ctx.folder.ledger)
    ledger.path.touch()
    delta = Delta.start(ctx.folder, ctx.params.raw)  # only what changed since the last run
    writers = ctx.identities  # several application users, or ctx.client alone
    options = record_load_options(ctx, writers)
    id_maps: dict[str, dict[str, str]] = {}
    from d365migrate.load.id_maps import drop_maps_read_no_more, tables_each_reads
    reads = tables_each_reads({t: table_map(mapping, t).get("lookups", []) for t in targets},
                              targets)  # a table's map goes once no later phase reads it
    phases: list[dict[str, Any]] = []
    party_index: PartyIndex | None = None  # read once, when the first activity with parties loads
    stage_summary = ctx.read_json(ctx.folder.stage_summary)
    later = LaterLinks(ctx, targets, [table_map(mapping, t)["target"] for t in targets], ledger)
    prepare_tables(ctx, mapping, targets)  # now, while nothing else waits on the service
    # A phase's closes, checks and reconciliation run while the next phases load when they
    # do not depend on the closed table (``order.waits_for``), in order: each end starts once
    # the one before it is reconciled (a worker waits), so the main thread loads on. At most
    # ``BEHIND`` are unsettled; one that did not hold stops the run before the next phase.
    behind = ThreadPoolExecutor(max_workers=BEHIND, thread_name_prefix="phase-end")
    behind_reads = ThreadPoolExecutor(max_workers=1, thread_name_prefix="party-read")
    # the phases whose ends run behind, oldest first: (unit, table, how many it closes, end)
    pending: list[tuple[str, str, int, Future[dict[str, Any]]]] = []
    held: dict[str, list[tuple[str, str, int, Callable[[], dict[str, Any]]]]] = {}

    # the activities' parties resolve to contacts, accounts, leads and users: read once the
    # last of those tables has loaded (emails do not change with closes), beside the phases
    # after it, instead of when the first activity with parties begins
    party_units = [t for t in targets if table_map(mapping, t).get("parties")]
    party_sources = [t for t in targets if table_map(mapping, t)["target"] in
                     {table for table, *_ in PARTY_TABLES}]
    after_party_sources = party_sources[-1] if party_units and party_sources and \
        targets.index(party_sources[-1]) < targets.index(party_units[0]) else None
    party_read: Future[PartyIndex] | None = None

    def read_parties() -> PartyIndex:
        return PartyIndex.read(ctx.client, {t: ctx.table_def(t) for t, *_ in PARTY_TABLES},
                               ctx.params.source_id_column)

    def settle_pending(keep: int = 0) -> None:
        """Wait for the ends behind, oldest first, until ``keep`` remain."""
        while len(pending) > keep:
            phases.append(pending.pop(0)[3].result())  # one that did not hold stops the run

    def settle_ended() -> None:
        """The ends already over, oldest first (one that did not hold stops the run now)."""
        while pending and pending[0][3].done():
            phases.append(pending.pop(0)[3].result())

    try:
        for target in targets:
            tmap = table_map(mapping, target)
            staged = pl.read_parquet(ctx.folder.staged(target))
            settle_ended()
            if any(waits_for(tmap, table, closes=n, has_parties=PARTIES in staged.columns)
                   for _, table, n, _ in pending):
                settle_pending()  # its records point at (or are) the closed records
            if OWNER in staged.columns:
                mine = set(staged[OWNER].drop_nulls().to_list())
                require_owners_decided(OwnerMatch(owners.ids, owners.queue.filter(
                    pl.col("email").is_in(list(mine))), owners.fallback), target)
            table = tmap["target"]
            table_def = ctx.table_def(table)
            staged, change = delta.plan(target, staged, table_def, tmap.get("lookups", []))
            # keyed by the source-id column where the org lets us add it, else by derived ids
            derived = None if takes_source_id_column(table_def) else target
            if derived is None:
                schema: list[dict[str, str]] = []
                table_def = ctx.ensure_source_id(table_def, schema)
                record_schema(ctx.folder, schema)
                ctx.set_table_def(table, table_def)
            ref_ids: dict[str, tuple[str, dict[str, str], str]] = {}
            for lk in tmap.get("lookups", []):
                ref_def = ctx.table_def(lk["table"])
                if lk["table"] == USERS:  # a user of the source: found as owners are
                    id_maps[USERS] = {**id_maps.get(USERS, {}), **user_link_ids(
                        staged[REF_PREFIX + lk["navigation"]], org_users, people, aliases)}
                if lk["table"] not in id_maps and lk.get("existing") and \
                        ctx.params.source_id_column not in attributes(ref_def):
                    id_maps[lk["table"]] = {}  # the org's own records: none from an export
                if lk["table"] not in id_maps:
                    id_maps[lk["table"]] = existing_ids(ctx.client, ref_def,
                                                        ctx.params.source_id_column)
                if lk.get("existing"):  # records already in the org (the preflight found them)
                    id_maps[lk["table"]] = {**id_maps[lk["table"]], **org_records_named(
                        ctx.client, ref_def, staged[REF_PREFIX + lk["navigation"]])}
                ref_ids[lk["navigation"]] = (ref_def["EntitySetName"], id_maps[lk["table"]],
                                             lk["target"])
            loader = TableLoader(ctx.client, table_def,
                                 source_id_column=ctx.params.source_id_column,
                                 ledger=ledger, chunk_size=ctx.params.chunk_size,
                                 file=stage_summary[target]["file"], progress=progress,
                                 identities=writers)
            loader.pool.fallback = ctx.params.bypass_fallback
            staged, orphaned = without_parent(staged, tmap.get("lookups", []), ref_ids,
                                              stage_summary[target]["file"], table_def)
            to_create, closes = split_states(staged, table_def)
            to_create, in_blocks = split_by_size(to_create, ctx.export_files.file_size)
            known = None  # the table's keys, read once for the reopen and the load
            if has_state(table_def):
                known = existing_ids(ctx.client, table_def, ctx.params.source_id_column
                                     if derived is None else table_def["PrimaryIdAttribute"])
            reopened = reopen_closed(ctx.client, table_def, ids_among(
                known, table_def, target, staged[SOURCE_ID].to_list()), ledger=ledger,
                column=ctx.params.source_id_column) if known is not None else 0
            loader.files = inline_file(ctx.export_files.read_bytes) if tmap.get("file") \
                else None
            if PARTIES in to_create.columns and to_create[PARTIES].list.len().sum():
                party_index = party_index or (party_read.result() if party_read is not None
                                              else read_parties())
                loader.parties = PartyBodies(party_index, table)
            result = loader.load(to_create, owner_ids=owners.ids, ref_ids=ref_ids,
                                 derived_ids=derived, unit=target, known=known) \
                if to_create.height else \
                LoadResult(table)  # a delta with nothing new or changed here: not one request
            if in_blocks.height:  # files over 4 MB (an org whose admin raised the limit)
                upload_in_blocks(ctx.client, table_def, in_blocks, target, ledger,
                                 ctx.export_files.read_bytes, owner_ids=owners.ids,
                                 ref_ids=ref_ids, stamp=loader.stamp,
                                 file=stage_summary[target]["file"], result=result)
            result.failed = pl.concat([result.failed, orphaned]).sort("row")
            if any(lk["table"] == table for lk in tmap.get("lookups", [])):
                before = id_maps.get(table, {})  # a delta's records already in the org
                linked = link_within_table(
                    ctx.client, table_def, staged, tmap.get("lookups", []), before,
                    result.ids, file=stage_summary[target]["file"], ledger=ledger,
                    created={rid for sid, rid in result.ids.items() if sid not in before})
                result.unresolved_lookups -= linked.made
                write_csv(linked.frame(), ctx.folder.refused_links(target))
            if result.ids:  # else the next lookup into the table reads its ids itself
                id_maps[table] = {**id_maps.get(table, {}), **result.ids}
            judged = later.bind(target, table_def, id_maps.get(table, {}), settle_pending)
            # the maps this phase's links were counted against (``id_maps`` entries are
            # replaced, never changed: a later phase's growing map is not this phase's)
            links_to = {lk["table"]: id_maps.get(lk["table"], {})
                        for lk in tmap.get("lookups", [])}
            later.keep(target, table_def, staged, result, tmap.get("lookups", []), links_to,
                       stage_summary[target]["file"])
            drop_maps_read_no_more(id_maps, reads, targets.index(target))
            if loader.pool.fell_back:  # run.json: who loaded without the bypass, from where
                dropped = options.setdefault("bypass_dropped", {})
                for name in loader.pool.fell_back:
                    dropped.setdefault(name, target)
                write_run_json(ctx.folder, ctx.params, ctx.destination, load_options=options)
            for kind, rows in (("failed", result.failed), ("incomplete", result.incomplete_rows)):
                write_csv(rows, ctx.folder.issues(kind, target))  # incomplete: loader.py
            # emptied and deleted in the source: applied while the records are still open
            changes = delta.finish(ctx.client, table_def, target, result.ids, tmap.get(
                "lookups", []), column=ctx.params.source_id_column, ledger=ledger)
            if target == after_party_sources:
                party_read = behind_reads.submit(read_parties)
            # a quote's or an order's end (its closes) waits until its lines have loaded:
            # a closed document is read-only, its lines too (order.closes_after)
            held.setdefault(closes_after(target, targets), []).append((
                target, table, closes.height, partial(
                    finish_phase, ctx, target, tmap, table_def, staged, closes, result,
                    changes, links_to, owners.queue, ledger, reopened=reopened,
                    progress=progress, awaits=later.after(target), judged=judged,
                    parties=loader.parties.counts if loader.parties is not None else None)))
            for unit, closed, n, end in held.pop(target, []):
                settle_pending(keep=BEHIND - 1)
                before = pending[-1][3] if pending else None  # reconciled before it starts
                pending.append((unit, closed, n, behind.submit(_after, before, end)))
        settle_pending()
    finally:
        behind.shutdown(wait=True)  # a load that failed still waits for the phase behind it
        behind_reads.shutdown(wait=True)
    return {"owners": owners.queue, "phases": phases, "delta": delta.write()}


#: Phase ends (closes, reconciliation) that may run behind the loads at once, in order.
BEHIND = 2


def _after(before: Future[Any] | None, fn: Callable[..., Any], *a: Any, **kw: Any) -> Any:
    """``fn`` once the phase end before it is over; not at all when that one failed."""
    if before is not None:
        before.result()
    return fn(*a, **kw)


def prepare_tables(ctx: RunContext, mapping: dict[str, Any], targets: list[str]) -> None:
    """Read the definition of every table the load fills, points at or takes parties from
    (in parallel), and give each table the load fills its source-id column and key, before
    the first phase. Done as each phase began, this metadata work waited in line for
    seconds behind the phase before, whose closes run beside the next load."""
    tables: set[str] = set()
    for target in targets:
        tmap = table_map(mapping, target)
        tables.add(tmap["target"])
        tables.update(lk["table"] for lk in tmap.get("lookups", []))
        if tmap.get("parties"):
            tables.update(t for t, *_ in PARTY_TABLES)

    def read(table: str) -> tuple[str, dict[str, Any] | None]:
        try:
            return table, ctx.client.entity_definition(table)
        except NotFound:  # the org lacks it: the phase that needs it says so, as before
            return table, None

    with ThreadPoolExecutor(max_workers=4, thread_name_prefix="table-defs") as pool:
        for table, table_def in pool.map(read, sorted(tables)):
            if table_def is not None:
                ctx.set_table_def(table, table_def)
    # and the source-id column with its key on every table the load fills, now too (schema
    # changes, recorded in run.json for ``rollback --schema`` as each phase recorded them)
    for table in sorted({table_map(mapping, t)["target"] for t in targets}):
        try:
            table_def = ctx.table_def(table)
        except NotFound:
            continue
        if takes_source_id_column(table_def):
            schema: list[dict[str, str]] = []
            ctx.set_table_def(table, ctx.ensure_source_id(table_def, schema))
            record_schema(ctx.folder, schema)


def finish_phase(ctx: RunContext, target: str, tmap: dict[str, Any], table_def: dict[str, Any],
                 staged: pl.DataFrame, closes: pl.DataFrame, result: LoadResult,
                 changes: dict[str, int], links_to: dict[str, dict[str, str]],
                 owner_queue: pl.DataFrame, ledger: Ledger, *, reopened: int, progress: bool,
                 parties: dict[str, int] | None, awaits: set[str],
                 judged: list[gates.Breach]) -> dict[str, Any]:
    """The end of a phase, after its records loaded: its closes, its link and owner counts,
    ``load/<object>.json``, then its reconciliation (``phases/<object>.json``), which stops
    the run when it does not hold, as do the load gates (``judged``: an earlier phase's,
    its links into this table now bound, ``later_links``). Runs while the next phase loads
    when that one does not depend on this table (``order.waits_for``)."""
    file = ctx.read_json(ctx.folder.stage_summary)[target]["file"]
    # the reconciliation's read of the org (its records found by source id: closing
    # deletes nothing, so it may run beside the closes) and the closes, together
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="phase-read") as side:
        found = side.submit(found_in_org, ctx, target)
        closing = apply_closes(ctx.client, table_def, closes, result.ids, staged,
                               chunk_size=ctx.params.chunk_size, progress=progress,
                               ledger=ledger, source_crm=ctx.params.source_crm)
        found_ids = found.result()
    if closing["close_failed"]:
        write_csv(pl.DataFrame(closing["close_failed"]), ctx.folder.issues("close_failed", target))
    loaded = staged.filter(~pl.col(SOURCE_ID).is_in(result.failed["source_id"].implode()))
    links, unresolved = gates.link_outcomes(
        loaded, tmap.get("lookups", []), lambda t: links_to.get(t, {}),
        ctx.export.tables.get(tmap["source"]), file,
        gates.cleared_links(ctx.folder.issues("flags", target)),
        read_refused(ctx.folder.refused_links(target)),
        lambda t: table_rank(t) > table_rank(table_def["LogicalName"]),   # loads after
        awaits)  # in this run: bound once loaded (``later_links``), judged then
    awaiting = sum(n.get("awaiting", 0) for n in links.values())
    write_csv(unresolved, ctx.folder.unresolved_links(target))
    summary = {**changes, "created": result.created, "updated": result.updated,
               "failed": result.failed.height,
               # every link a moved record names but moved without: its record did
               # not load, or the export's value names no record of the export
               "unresolved_lookups": sum(n["unresolved"] for n in links.values()),
               "links": links, **({"awaiting_links": awaiting} if awaiting else {}),
               "owner_fallbacks": gates.owner_fallbacks(loaded, owner_queue, OWNER),
               "closed": closing["closed"], "close_failed": len(closing["close_failed"]),
               "closed_as": closing.get("closed_as", {}),
               "reopened_to_update": reopened, "already_in_state": closing["already_closed"],
               "parties": parties, "has_owner": "ownerid" in attributes(table_def),
               "throughput": getattr(result, "stats", None)}
    ctx.write_json(ctx.folder.load_stats(target), summary)
    phase = reconcile_table(ctx, target, found_ids)
    if not phase["balanced"]:
        raise RuntimeError(f"{target}: counts do not balance after load: {phase}")
    gates.stop(ctx, "load", judged + gates.load_breaches(ctx.params.gates, target, {
        **summary, "source": phase["source"], "loaded": phase["loaded"]}, ctx.folder))
    return phase


# -- step 5: reconcile -------------------------------------------------------------------------
def reconcile_step(ctx: RunContext) -> dict[str, Any]:
    """Read back every loaded record and compare its fields, then reconcile the run."""
    from d365migrate.verify.verification import verify_run

    verify_run(ctx)
    return write_reconciliation(ctx)


__all__ = ["RunContext", "load_step", "mapping_step", "mapping_table", "profile_step",
           "reconcile_step", "run_discovery", "stage_step", "table_defs"]
