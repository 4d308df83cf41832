"""``d365migrate``: the command line of the migration tool."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from d365migrate.report.plain import DEFAULT_SOURCE_CRM as DEFAULT_CRM
from d365migrate.runfolder import RunFolder

if TYPE_CHECKING:
    from d365migrate.run.runner import RunFailed


def _sample_export(args: argparse.Namespace) -> int:
    from d365migrate.demo.sample_export import write_sample_export

    counts = write_sample_export(Path(args.dir), seed=args.seed, scale=args.scale)
    for name, n in counts.items():
        print(f"{name:24} {n:>9,}")
    print(f"wrote {args.dir}")
    return 0


def _emulator(args: argparse.Namespace, rest: list[str]) -> int:
    from dataverse_emulator.server import main as emulator_main

    return emulator_main(rest)


def _run(args: argparse.Namespace) -> int:
    from d365migrate.run.runner import RunFailed, run

    try:
        run_dir = run(args.parameters, **({"full": True} if getattr(args, "full", False) else {}))
    except RunFailed as exc:
        print_failure(exc)
        report = RunFolder(exc.run_dir).report
        if report.exists():
            print(f"Open the report: {report}")
        return 1
    folder = RunFolder(run_dir)
    info = json.loads(folder.run_json.read_text()) if folder.run_json.exists() else {}
    dest = info.get("destination") or {}
    print(f"Migration of {info.get('engagement', '?')} into {dest.get('url') or '?'} "
          f"({dest.get('kind') or '?'}), run {run_dir.name}")
    columns = ("source", "created", "updated", "verified", "quarantined", "failed", "skipped")
    if folder.reconciliation.exists():
        data = json.loads(folder.reconciliation.read_text())
        print(f"{'object':14}" + "".join(f"{c:>12}" for c in columns) + f"{'balanced':>10}")
        for name, o in data["objects"].items():
            print(f"{name:14}" + "".join(f"{o.get(c) if o.get(c) is not None else '-':>12}"
                                         for c in columns)
                  + f"{'yes' if o['balanced'] else 'NO':>10}")
    delta = json.loads(folder.delta.read_text()) if folder.delta.exists() else {}
    if delta.get("against"):  # a run after a completed one: what changed since
        _print_delta(delta)
    if folder.inventory.exists():
        left = [f for f in json.loads(folder.inventory.read_text())["files"]
                if f["not_taken"] or not f["migrated"]]
        if left:
            print("Export files not loaded as records, and why:")
        for f in left:
            print(f"  {f['file']:24} {f['not_taken'] or f['rows']:>7} rows: {f['reason']}")
    print(f"Run folder: {run_dir}")
    print(f"Open the report: {folder.report}")
    return 0


def print_failure(exc: RunFailed) -> None:
    """The step, the error's own message, and where the executed notebook shows it."""
    from d365migrate.report.plain import step_name

    stem = exc.step.rsplit(".", 1)[0]
    print(f"run failed at step {stem} ({step_name(exc.step)}): {exc.error}", file=sys.stderr)
    where = exc.notebook if exc.notebook.exists() else f"{exc.notebook} (not written)"
    print(f"  executed notebook: {where}", file=sys.stderr)
    if exc.html is not None:
        print(f"  as HTML: {exc.html}", file=sys.stderr)
    if exc.unrecorded:
        print(f"  run.json could not record the failure: {exc.unrecorded}", file=sys.stderr)


def _status(args: argparse.Namespace) -> int:
    from d365migrate.runstatus import describe, engagement_runs, read_run

    target = Path(args.folder)
    if RunFolder(target).run_json.exists():
        runs = [(target, read_run(target))]
    else:
        runs = engagement_runs(target)
        if not runs:
            raise FileNotFoundError(f"{target}: neither a run folder (no run.json) nor an "
                                    "engagement folder with runs")
    for run_dir, info in runs:
        print(f"{run_dir.name:28} " + (describe(info) if info is not None
                                       else "run.json unreadable"))
    return 0


def _print_delta(data: dict) -> None:
    """What changed since the last run, and the records deleted in the export's CRM."""
    print(f"Changes: {data['reason']}")
    print(f"{'object':14}" + "".join(f"{c:>12}" for c in ("new", "changed", "unchanged",
                                                          "deleted")) + "  state changes")
    for name, o in data["objects"].items():
        states = ", ".join(f"{k} {n}" for k, n in o["state_changes"].items())
        print(f"{name:14}" + "".join(f"{o[c]:>12}" for c in ("new", "changed", "unchanged",
                                                            "deleted_in_source")) + f"  {states}")
    waiting = sum(o["decisions"].get("undecided", 0) for o in data["objects"].values())
    if waiting:
        print(f"{waiting} record(s) deleted in {data.get('source_crm') or DEFAULT_CRM} wait "
              "for a decision (keep, deactivate or delete) under delta.deleted in the "
              "parameters; see delta.json")


def _signoff(args: argparse.Namespace) -> int:
    from d365migrate.report.signoff import SignOffRefused, sign_off

    folder = RunFolder(Path(args.run_dir))
    try:
        record = sign_off(folder.root, args.name)
    except SignOffRefused as exc:
        print(f"d365migrate signoff: refused: {exc}", file=sys.stderr)
        return 1
    print(f"{record['name']} accepted {folder.report} (SHA-256 {record['report_sha256']}) "
          f"for {record['org_url']} ({record['org_kind']}) at {record['signed_at']}")
    print(folder.signoff)
    return 0


def _rollback(args: argparse.Namespace) -> int:
    from d365migrate.load.delta import source_crm
    from d365migrate.run.lock import engagement_lock
    from d365migrate.verify.rollback import rollback_run

    run_dir = Path(args.run_dir).resolve()
    flags = "".join(f" --{f}" for f in ("force", "schema") if getattr(args, f, False))
    with engagement_lock(run_dir.parent, f"rollback {run_dir.name}{flags}"):
        result = rollback_run(run_dir, force=getattr(args, "force", False),
                              schema=getattr(args, "schema", False))
    if result["forced_past"]:
        print(f"forced past later runs: {', '.join(result['forced_past'])}")
    for table, r in result["restored"].items():
        print(f"{table:12} before-images {r.get('images', 0):>7} restored "
              f"{r.get('restored', 0):>7} unchanged {r.get('unchanged', 0):>5} "
              f"absent {r.get('absent', 0):>5}")
    for table, c in {**result["made_by_closes"], **result["tables"]}.items():
        print(f"{table:12} ledger {c['ledger']:>7} deleted {c['deleted']:>7} "
              f"already absent {c['already_absent']:>5}")
    for table, ids in (result.get("deleted_not_restorable") or {}).items():
        print(f"{table:12} {len(ids)} record(s) this run deleted (deleted in "
              f"{source_crm(RunFolder(run_dir))}) cannot be brought back by a rollback")
    for item in result.get("schema") or []:
        print(f"{item['kind']:6} {item['table']}.{item['name']}: {item['action']}")
    print(RunFolder(run_dir).rollback)
    return 0 if result["complete"] else 1


def _verify(args: argparse.Namespace) -> int:
    from d365migrate.run.lock import engagement_lock

    run_dir = Path(args.run_dir)
    if not RunFolder(run_dir).run_json.exists():
        raise FileNotFoundError(f"{run_dir}: no run.json; is this a run folder?")
    with engagement_lock(run_dir.resolve().parent, f"verify {run_dir.resolve().name}"):
        return _verify_locked(args, run_dir)


def _verify_locked(args: argparse.Namespace, run_dir: Path) -> int:
    from d365migrate.mapping.mapfile import mapped_units
    from d365migrate.run.context import RunContext
    from d365migrate.run.runner import write_sponsor_report
    from d365migrate.verify.reconcile import write_reconciliation
    from d365migrate.verify.verification import verify_run

    folder = RunFolder(run_dir)
    recorded = Path(json.loads(folder.run_json.read_text())["parameters"]["parameters_file"])
    # relative to where the run started: the project root, above runs/<engagement>/<run-id>
    candidates = [recorded, run_dir.resolve().parents[2] / recorded]
    parameters = next((p for p in candidates if p.exists()), recorded)
    ctx = RunContext.open(parameters, run_dir)
    data = verify_run(ctx, seed=args.seed)

    if all(ctx.folder.load_stats(t).exists()
           for t in mapped_units(ctx.params.objects, ctx.folder.mapping)):
        write_reconciliation(ctx)  # verified = records whose every mapped field matches
    # the sponsor's report never shows older results than verification.json (its new
    # fingerprint in run.json: what signoff checks)
    report = write_sponsor_report(folder, ctx.params, ctx.destination)
    for name, t in data["tables"].items():
        differ = ", ".join(f"{c} {n}" for c, n in t["columns"].items() if n)
        print(f"{name:12} checked {t['checked']:>7} matched {t['matched']:>7} mismatched "
              f"{t['mismatched']:>5} missing {t['missing']:>5}"
              + (f"  ({differ})" if differ else ""))
        cells = t.get("export_cells")
        if cells and cells["checked"]:  # copied text against the export file's own cells
            print(f"{'':12} export cells {cells['checked']:>7} differ {cells['mismatched']:>5}")
    print(f"spot check seed {data['seed']}: {folder.spotcheck}")
    print(folder.verification)
    print(f"Report rewritten: {report}")
    if data["mismatches"]:
        print(f"{data['mismatches']} difference(s): {folder.mismatches}")
    return 0 if data["ok"] else 1


def _discover(args: argparse.Namespace) -> int:
    from d365migrate.intake.discover import discover, write_discovery
    from d365migrate.intake.profile import profile_export
    from d365migrate.intake.read import read_export
    from d365migrate.report.scope import render_scope_html

    export = read_export(Path(args.export))
    found = discover(export)
    out = RunFolder(Path(args.out))
    path = write_discovery(found, out.discovery)
    profile = profile_export(export, found)
    out.scope_html.write_text(render_scope_html(found, profile, None, source_crm=args.crm),
                              encoding="utf-8")
    for o in found.objects:
        print(f"{o.source:28} {o.name:16} {o.rows:>9,} rows  key {o.primary_key}")
        for f in o.files:  # one table in several files: each file and its rows
            print(f"  {f['file']:26} {'':16} {f['rows']:>9,} rows")
    for p in export.problems:
        print(f"problem: {p.describe()}", file=sys.stderr)
    print(path)
    print(out.scope_html)
    return 0


def _suggest(args: argparse.Namespace) -> int:
    import tempfile

    from d365migrate.dataverse.destination import connect, resolve_destination
    from d365migrate.intake.discover import discover, read_discovery
    from d365migrate.intake.read import read_export
    from d365migrate.load.order import table_of
    from d365migrate.mapping.learned import keep_proposal, load_learned
    from d365migrate.mapping.manifest import write_manifest
    from d365migrate.mapping.mapfile import save_mapping, with_source_files
    from d365migrate.mapping.propose import found_units, propose_mapping
    from d365migrate.runfolder import EngagementFolder

    export = read_export(Path(args.export))
    # discovery.json from `d365migrate discover` (or a run folder) when given: not redone
    found = read_discovery(Path(args.discovery)) if args.discovery else discover(export)
    # every kind of records found, unless told which tables
    objects = [o.strip() for o in args.objects.split(",")] if args.objects else \
        found_units(found)
    with tempfile.TemporaryDirectory() as scratch:
        # A real org when DATAVERSE_URL is set, else the emulator's (Microsoft's) metadata.
        with connect(resolve_destination(Path(scratch))) as client:
            defs = {t: client.entity_definition(table_of(t)) for t in objects}
    engagement = EngagementFolder(Path(args.engagement)) if args.engagement else None
    proposal = propose_mapping(export, found, defs, objects,
                               source_id_column=f"{args.publisher_prefix}_smartdeskid",
                               publisher_prefix=args.publisher_prefix,
                               learned=load_learned(engagement) if engagement else None)
    mapping = with_source_files(proposal.mapping, {o.source: o.files for o in found.objects})
    out = Path(args.out)
    save_mapping(mapping, out)
    if engagement is not None:
        keep_proposal(engagement, mapping, found, proposal.learned)
        used = [a for a in proposal.learned if a["applied"]]
        print(f"{len(used)} correction(s) learned for this customer applied first"
              + "".join(f"\n  not applied: {a['unit']}.{a['source']}: {a['why']}"
                        for a in proposal.learned if not a["applied"]))
    manifest = write_manifest(proposal.manifest, out.parent, crm=args.crm) \
        if proposal.manifest.height else None
    for t in mapping["tables"]:
        cols = t.get("columns", [])
        low = sum(1 for c in cols if (c.get("confidence") or 0) < 0.8)
        print(f"{t['target']:12} <- {t['source'] or '?':16} {len(cols):>3} columns, "
              f"{len(t.get('lookups', []))} lookups, {low} below 0.8 confidence")
    if manifest is not None:
        print(f"wrote {manifest['json']} (the custom columns the map refers to, for "
              f"{args.crm}'s fields)")
    print(f"wrote {args.out} (status: proposed; confirm it before any load)")
    return 0


def _vocabulary(args: argparse.Namespace) -> int:
    """Candidate synonyms from engagements' corrections, as a patch; applied only to a copy."""
    from d365migrate.mapping import vocabulary_review as review

    if args.action == "harvest":
        return _harvest(args)
    if args.action == "propose":
        patch = review.propose_patch([Path(e) for e in args.engagements],
                                     min_engagements=args.min_engagements)
        out = review.write_patch(patch, Path(args.out))
        for c in patch["candidates"]:
            print(f"{'accept' if c['accept'] else 'review':7} {c['table']:14} "
                  f"{c['column']:28} -> {c['target']:24} {c['engagements']} engagement(s)")
        print(f"wrote {out} ({len(patch['candidates'])} candidate(s)); data/synonyms.yml is "
              "unchanged: review the patch, then apply it to a copy")
        return 0
    done = review.apply_patch(Path(args.patch), Path(args.to), args.reviewed_by)
    for c in done:
        print(f"{c['table']:14} {c['column']:28} -> {c['target']}")
    print(f"wrote {args.to} ({len(done)} accepted candidate(s)); review its diff against "
          f"{review.installed_vocabulary().name} and commit it to change the shared vocabulary")
    return 0


def _harvest(args: argparse.Namespace) -> int:
    """Words of other programs' translation catalogs, written for review (never installed)."""
    from d365migrate.intake.cjk_kinds import hand_kind
    from d365migrate.intake.content_words import HEADER_WORDS
    from d365migrate.mapping import foreign_names
    from d365migrate.mapping.cjk_names import hand_reads
    from d365migrate.mapping.harvest_sources import harvest_sources, write_harvest

    clones = {}
    for item in args.clone:
        name, _, path = item.partition("=")
        if not path:
            raise ValueError(f"--clone '{item}': write NAME=PATH (a source of the manifest)")
        clones[name] = Path(path)
    hand = {**foreign_names.hand_written_words(), "*": dict(HEADER_WORDS)}
    got = harvest_sources(clones, known=hand, english=foreign_names.english_words(),
                          columns=foreign_names.hand_written_tables(),
                          readable=foreign_names.hand_readable, script_readable=hand_reads,
                          script_kind_readable=lambda w: hand_kind(w) is not None)
    words, kinds = Path(args.words), Path(args.kinds)
    scripts = {Path(args.script_words or words.with_name("harvested_script_words.yml")):
               got.script_words,
               Path(args.script_kinds or kinds.with_name("harvested_script_kinds.yml")):
               got.script_kinds}
    write_harvest(got.words, got.kinds, words, kinds, scripts=scripts)
    for path, data in ((words, got.words), (kinds, got.kinds), *scripts.items()):
        n = sum(len(x) if isinstance(x, list) else 1 for v in data.values() for x in v.values())
        print(f"wrote {path} ({n} words in {len(data)} languages)")
    print("review their diff against the installed files before committing them")
    return 0


def _apply_manifest(args: argparse.Namespace) -> int:
    from d365migrate.dataverse.destination import connect, resolve_destination
    from d365migrate.mapping.manifest import apply_manifest, read_manifest
    from d365migrate.run.parameters import load_parameters

    params = load_parameters(args.parameters)
    with connect(resolve_destination(params.engagement_dir, params.destination_url)) as client:
        result = apply_manifest(client, read_manifest(Path(args.manifest)), params.source_crm)
    for c in result["columns"]:
        print(f"{c['table']:14} {c['column']:32} {c['action']}")
    print(f"created {result['created']}, already there {result['existing']}")
    return 0


def _crm_name(text: str) -> str:
    """``--crm``: checked as the parameters' ``source.crm`` is (a name, not markup)."""
    from d365migrate.run.parameters import ParametersError, read_source_crm

    try:
        return read_source_crm({"crm": text}, "--crm")
    except ParametersError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="d365migrate", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)
    s = sub.add_parser("sample-export", help="write a deterministic SmartDesk-style export")
    s.add_argument("dir")
    s.add_argument("--seed", type=int, default=42)
    s.add_argument("--scale", type=float, default=1.0)
    sub.add_parser("emulator", help="start the local Dataverse emulator (flags: --help)",
                   add_help=False)
    d = sub.add_parser("discover", help="identify and profile an export; write the scope document")
    d.add_argument("export", help="a folder, .zip or .xlsx")
    d.add_argument("--out", required=True)
    d.add_argument("--crm", type=_crm_name, default=DEFAULT_CRM, help="the CRM the export "
                   f"comes from, as the scope document names it (default {DEFAULT_CRM})")
    g = sub.add_parser("suggest", help="propose a field map for an export")
    g.add_argument("export")
    g.add_argument("--out", required=True, help="the mapping YAML to write")
    g.add_argument("--objects", help="comma-separated map units, e.g. account,contact,task "
                   "(default: every kind of records the export holds)")
    g.add_argument("--publisher-prefix", default="new")
    g.add_argument("--crm", type=_crm_name, default=DEFAULT_CRM, help="the CRM the export "
                   "comes from, as the custom columns' labels name it")
    g.add_argument("--discovery", help="a discovery.json to use instead of discovering again")
    g.add_argument("--engagement", help="the engagement folder (runs/<engagement>): its "
                   "learned corrections are proposed first, and the proposal is kept there "
                   "to learn from its confirmation")
    r = sub.add_parser("run", help="run an engagement's notebooks with papermill")
    r.add_argument("parameters", help="a parameters file, e.g. parameters/demo.yml")
    r.add_argument("--full", action="store_true", help="send every record again, even after a "
                   "completed run (by default a later run sends only what changed since)")
    b = sub.add_parser("rollback", help="delete what a run created, restore what it changed")
    b.add_argument("run_dir")
    b.add_argument("--force", action="store_true",
                   help="roll back even though later runs changed this run's records")
    b.add_argument("--schema", action="store_true", help="also remove the columns and keys "
                   "the run created that no other run of the engagement needs")
    v = sub.add_parser("verify", help="read back what a run loaded and compare every mapped "
                       "field; exit 1 when anything differs or is missing")
    v.add_argument("run_dir")
    v.add_argument("--seed", type=int, help="the spot check's seed (default: a new one, "
                   "recorded in verification.json)")
    st = sub.add_parser("status", help="the status of a run folder, or of every run of an "
                        "engagement folder (a run whose process died reads as interrupted)")
    st.add_argument("folder", help="a run folder or an engagement folder (runs/<engagement>)")
    so = sub.add_parser("signoff", help="record a person's acceptance of a run's report.html "
                        "(refused when the report changed or the run is not verified)")
    so.add_argument("run_dir")
    so.add_argument("--as", dest="name", required=True, metavar="NAME",
                    help="the name of the person who accepts the report")
    vo = sub.add_parser("vocabulary", help="candidate synonyms from analysts' corrections, "
                        "as a patch a person reviews (the shared vocabulary is never changed "
                        "by a run)")
    vsub = vo.add_subparsers(dest="action", required=True)
    vp = vsub.add_parser("propose", help="write a patch of candidates from the learned "
                         "corrections of one or more engagements")
    vp.add_argument("engagements", nargs="+", metavar="ENGAGEMENT",
                    help="engagement folders (runs/<engagement>)")
    vp.add_argument("--out", required=True, help="the patch (YAML) to write")
    vp.add_argument("--min-engagements", type=int, default=2,
                    help="agreeing engagements for a candidate to be marked accept (default 2)")
    va = vsub.add_parser("apply", help="write a reviewed patch's accepted candidates into a "
                         "copy of the vocabulary (never the installed one)")
    va.add_argument("patch")
    va.add_argument("--to", required=True, help="the vocabulary copy to write (started from "
                    "the installed one when it does not exist)")
    va.add_argument("--reviewed-by", required=True, metavar="NAME")
    vh = vsub.add_parser("harvest", help="column and file-kind words from the translation "
                         "catalogs data/harvest_sources.yml names, written for review")
    vh.add_argument("--clone", action="append", default=[], metavar="NAME=PATH",
                    help="a clone of a source's repository holding its commit (repeat)")
    vh.add_argument("--words", required=True, help="the column words file to write")
    vh.add_argument("--kinds", required=True, help="the kind words file to write")
    vh.add_argument("--script-words", help="the words of scripts the ASCII fold drops (Thai, "
                    "Japanese...); default: harvested_script_words.yml beside --words")
    vh.add_argument("--script-kinds", help="their kind words; default: "
                    "harvested_script_kinds.yml beside --kinds")
    m = sub.add_parser("apply-manifest",
                       help="create the custom columns a reviewed manifest lists")
    m.add_argument("parameters")
    m.add_argument("manifest")
    return p


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["emulator"]:
        return _emulator(argparse.Namespace(), argv[1:])
    args = build_parser().parse_args(argv)
    handlers = {"sample-export": _sample_export, "run": _run, "rollback": _rollback,
                "apply-manifest": _apply_manifest, "discover": _discover,
                "suggest": _suggest, "verify": _verify, "signoff": _signoff,
                "status": _status, "vocabulary": _vocabulary}
    try:
        return handlers[args.command](args)
    except (FileNotFoundError, ValueError, KeyError, RuntimeError) as exc:
        print(f"d365migrate {args.command}: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # a full disk, a read-only folder: the cause, not a traceback
        from d365migrate.run.runner import os_error_words

        print(f"d365migrate {args.command}: {os_error_words(exc)}", file=sys.stderr)
        return 2


def entry() -> None:
    """The ``d365migrate`` command (console script and ``python -m d365migrate.cli``): a
    ``run`` ends its process as soon as its output is flushed, without Python's teardown of
    every module it loaded (``run.process_end``); other commands exit as usual."""
    argv = sys.argv[1:]
    code = main(argv)
    if argv[:1] == ["run"]:
        from d365migrate.run.process_end import end_now

        end_now(code)
    raise SystemExit(code)


if __name__ == "__main__":
    entry()
