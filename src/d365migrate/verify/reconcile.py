"""Reconciliation: for every object, source = loaded + unchanged + quarantined + failed +
skipped, and verified = loaded + unchanged (``unchanged``: a delta run's records already in
the org as the export has them, sent nothing: ``load.delta``).

Counts come from the run's own files and, for ``verified``, from the destination itself.
After each load phase (``reconcile_table``) ``verified`` counts the loaded records found by
their source id; once the run is verified (``verify.verification``, ``verification.json``)
it counts the records whose every mapped field matches what the map said, so a record with
a dropped name, a missing link or the wrong owner keeps the run from balancing.
"""

from __future__ import annotations

import json
from typing import Any, Protocol

import polars as pl

from d365migrate.dataverse import DataverseClient
from d365migrate.load.delta import present_ids
from d365migrate.mapping.mapfile import mapped_units
from d365migrate.report.html import page, table_html
from d365migrate.report.safe_files import read_csv
from d365migrate.report.svg_charts import Series, bar_chart
from d365migrate.runfolder import RunFolder
from d365migrate.staging.stage import LEFT_PREFIX
from d365migrate.verify.inventory import files_reconciled


class RunView(Protocol):
    """What reconciliation needs of a run (``run.context.RunContext`` is one)."""

    folder: RunFolder
    params: Any
    destination: Any

    @property
    def client(self) -> DataverseClient: ...

    def table_def(self, table: str) -> dict[str, Any]: ...

    def read_json(self, path: Any) -> Any: ...

    def write_json(self, path: Any, data: Any) -> Any: ...


def expected_in_org(ctx: RunView, target: str) -> set[str]:
    """Source ids of the object's records that should be in the org after its load: every
    staged row but those the load reports failed (``issues/failed/<object>.csv``)."""
    staged = pl.read_parquet(ctx.folder.staged(target))
    failed_path = ctx.folder.issues("failed", target)
    failed_ids = set(read_csv(failed_path, infer_schema=False)["source_id"].to_list()) \
        if failed_path.exists() else set()
    return set(staged["__source_id"].to_list()) - failed_ids


def found_in_org(ctx: RunView, target: str) -> set[str]:
    """Which of the records expected in the org (``expected_in_org``) are there, read from
    the org by their source ids. Reads only: a phase's end runs it beside its closes."""
    stage = ctx.read_json(ctx.folder.stage_summary)[target]
    expected = expected_in_org(ctx, target)
    return expected & set(present_ids(ctx.client, ctx.table_def(stage.get("table") or target),
                                      ctx.params.source_id_column, target, sorted(expected)))


def links_left(ctx: RunView, target: str) -> dict[str, int]:
    """Per link the map leaves out (its column names records the engine did not match), the
    records in the org whose column holds a value: they moved without it, so they count."""
    path = ctx.folder.staged(target)
    if not path.exists():
        return {}
    staged = pl.read_parquet(path)
    marks = [c for c in staged.columns if c.startswith(LEFT_PREFIX)]
    if not marks:
        return {}
    failed_path = ctx.folder.issues("failed", target)
    if failed_path.exists():
        failed = read_csv(failed_path, infer_schema=False)["source_id"]
        staged = staged.filter(~pl.col("__source_id").is_in(failed.implode()))
    return {c.removeprefix(LEFT_PREFIX): int(staged[c].sum() or 0) for c in marks}


def link_counts(load: dict[str, Any]) -> dict[str, Any]:
    """From ``load/<object>.json``: the links the load could not bind
    (``unresolved_lookups``), and where the object's records name records of a table that
    loads later in the run, those bound once it had loaded (``bound_later``, per link) and
    those still waiting for it (``awaiting_links``: the run stopped before it loaded)."""
    return {"unresolved_lookups": load["unresolved_lookups"]} | {
        k: load[k] for k in ("bound_later", "awaiting_links") if load.get(k)}


def reconcile_row(ctx: RunView, target: str,
                  verification: dict[str, Any] | None = None,
                  found_ids: set[str] | None = None) -> dict[str, Any]:
    """One object's counts. Without ``verification`` (that object's entry in
    ``verification.json``) a loaded record counts as verified when it is found by its source
    id (``found_ids``: as ``found_in_org`` read them after the load, else read now); with
    it, when every mapped field matches."""
    stage = ctx.read_json(ctx.folder.stage_summary)[target]
    load = ctx.read_json(ctx.folder.load_stats(target))
    loaded = load["created"] + load["updated"]
    unchanged = load.get("unchanged", 0)
    left = links_left(ctx, target)
    if verification is None:
        expected = expected_in_org(ctx, target)
        in_org = found_ids if found_ids is not None else found_in_org(ctx, target)
        found = verified = len(expected & in_org)
        mismatched = missing = None
    else:
        found = verification["checked"] - verification["missing"]
        verified = verification["matched"]
        mismatched, missing = verification["mismatched"], verification["missing"]
    row = {
        "object": target, "table": stage.get("table") or target,  # where it lands
        "source_object": stage["source"], "file": stage["file"],
        "source": stage["source_rows"], "staged": stage["staged"],
        "quarantined": stage["quarantined"], "skipped": stage["skipped"],
        "loaded": loaded, "unchanged": unchanged, "created": load["created"],
        "updated": load["updated"],
        "failed": load["failed"], "found": found, "verified": verified,
        "verified_by": "every mapped field" if verification is not None else "found by id",
        "mismatched": mismatched, "missing": missing,
        **link_counts(load),  # the links the load could not bind
        # links the map left out: records that moved without the record their column names,
        # per target column
        "links_left": left,
        "closed": load.get("closed", 0), "close_failed": load.get("close_failed", 0),
        "closed_as": load.get("closed_as", {}),  # per state: Won 3, Lost 2
        # loaded records with a field cleared on the way (cleared/<object>.csv), and per column
        "cleared": stage.get("cleared", 0), "cleared_fields": stage.get("cleared_fields", {}),
    }
    row["balanced"] = row["source"] == (loaded + unchanged + row["quarantined"] + row["failed"]
                                        + row["skipped"]) and row["verified"] == loaded + unchanged
    if stage.get("files"):  # a source of several files: the same accounting for each file
        row["files"] = files_reconciled(ctx.folder, target, stage)
        row["balanced"] = row["balanced"] and all(f["balanced"] for f in row["files"])
    return row


def reconcile_table(ctx: RunView, target: str,
                    found_ids: set[str] | None = None) -> dict[str, Any]:
    """One phase's reconciliation, written to ``phases/<table>.json`` before the next phase
    (``found_ids``: its records found in the org after the load, else read now)."""
    row = reconcile_row(ctx, target, found_ids=found_ids)
    ctx.write_json(ctx.folder.phase(target), row)
    return row


def skipped_reasons(ctx: RunView, target: str) -> list[dict[str, Any]]:
    """Rows skipped for each reason, most first, then by reason: the same order every run
    (a group-by alone answers in hash order, which differs from one process to the next)."""
    path = ctx.folder.issues("skipped", target)
    if not path.exists():
        return []
    df = pl.read_csv(path, infer_schema=False)
    if df.height == 0:
        return []
    return (df.with_columns(pl.col("reason").str.replace(r"row \d+ kept", "first row kept"))
            .group_by("reason").len("rows")
            .sort(["rows", "reason"], descending=[True, False]).to_dicts())


def write_reconciliation(ctx: RunView) -> dict[str, Any]:
    """``reconciliation.json`` and ``reconciliation.html`` for the whole run; ``verified``
    from ``verification.json`` when the run has been verified."""
    verification = ctx.read_json(ctx.folder.verification) \
        if ctx.folder.verification.exists() else None
    checked = (verification or {}).get("tables", {})
    objects: dict[str, Any] = {}
    for target in mapped_units(ctx.params.objects, ctx.folder.mapping):
        phase_file = ctx.folder.phase(target)
        if target in checked:
            row = reconcile_row(ctx, target, checked[target])
        else:
            row = json.loads(phase_file.read_text()) if phase_file.exists() \
                else reconcile_table(ctx, target)
        row["skipped_reasons"] = skipped_reasons(ctx, target)
        objects[target] = row
    data = {"run_dir": str(ctx.run_dir), "engagement": ctx.params.engagement,
            "destination": ctx.destination.describe(), "objects": objects,
            "balanced": all(o["balanced"] for o in objects.values())}
    if verification is not None:
        data["verification"] = {k: verification.get(k)
                                for k in ("verified_at", "seed", "ok", "mismatches")}
    ctx.write_json(ctx.folder.reconciliation, data)
    ctx.folder.reconciliation_html.write_text(render_reconciliation(ctx, data), encoding="utf-8")
    return data


def verification_sections(ctx: RunView) -> list[str]:
    """What the read-back found: per object the columns that differ and the first cells."""
    data = ctx.read_json(ctx.folder.verification)
    rows = [{"object": t, "checked": v["checked"], "matched": v["matched"],
             "mismatched": v["mismatched"], "missing": v["missing"],
             "columns that differ": ", ".join(f"{c} ({n})" for c, n in v["columns"].items()
                                              if n) or "none"}
            for t, v in data["tables"].items()]
    out = ["<h2>Verification: every loaded record read back</h2>",
           "<p>Each mapped column, link and owner of every record this run created or "
           "updated was read back from the destination and compared with the value the map "
           "produced from the export (text trimmed, numbers to the column's precision, "
           "times in UTC to the second). A drawn sample is shown side by side in "
           "spotcheck.html.</p>", table_html(rows)]
    if ctx.folder.mismatches.exists():
        cells = read_csv(ctx.folder.mismatches, infer_schema=False)
        if cells.height:
            out += ["<p>Values that differ (all in mismatches.csv):</p>",
                    table_html(cells, limit=100)]
    return out


OUTCOMES = ("loaded", "quarantined", "failed", "skipped")
COLOURS = {"loaded": "#2e7d32", "quarantined": "#f9a825", "failed": "#c62828",
           "skipped": "#9e9e9e"}


def reconciliation_chart(objects: dict[str, Any]) -> str:
    """Source rows by outcome, per object, as inline SVG (the reconcile step's page and
    notebook 05 show it)."""
    return bar_chart(list(objects), [Series(key, [o[key] for o in objects.values()],
                                            COLOURS[key]) for key in OUTCOMES],
                     axis="source rows", alt="Source rows by outcome, per object")


def rows_by_file(objects: dict[str, Any]) -> list[str]:
    """Objects read from several files of the export: each file's rows and what became of
    them, as the inventory and the sponsor's report count them (``files_reconciled``)."""
    rows = [{"object": target, "file": f["file"], "source": f["rows"],
             "loaded or unchanged": f["loaded"], "quarantined": f["quarantined"],
             "failed": f["failed"], "skipped": f["skipped"], "balanced": f["balanced"]}
            for target, o in objects.items() for f in o.get("files") or []]
    if not rows:
        return []
    return ["<h2>Source rows by file</h2><p>These objects were read from several files of "
            "the export, counted as one; each file's rows are accounted for on their own.</p>",
            table_html(rows)]


def render_reconciliation(ctx: RunView, data: dict[str, Any]) -> str:
    objects = data["objects"]
    cols = ["object", "table", "file", "source", "loaded", "unchanged", "created", "updated",
            "quarantined", "failed", "skipped", "verified", "mismatched", "missing", "closed",
            "close_failed", "unresolved_lookups", "moved_without_link", "cleared", "balanced"]
    # records that reached the org without a record their export names (a lookup the map
    # leaves out because no record of the export matched it): counted, never hidden
    without = {t: sum((o.get("links_left") or {}).values()) for t, o in objects.items()}
    summary = pl.DataFrame([{c: o.get(c) for c in cols} | {"moved_without_link": without[t]} | (
        {"file": ", ".join(f["file"] for f in o["files"])} if o.get("files") else {})
        for t, o in objects.items()])
    checked = "verification" in data
    verdict = ("<p class='ok'>Every source row is accounted for and every loaded record was "
               + ("read back with every mapped field as the map said."
                  if checked else "found in the destination.") + "</p>") \
        if data["balanced"] else \
        "<p class='bad'>Counts do not balance: see the rows marked false.</p>"
    sections = [
        f"<p class='muted'>Run {str(data['run_dir']).rsplit('/', 1)[-1]} · destination "
        f"{data['destination'].get('url')} ({data['destination'].get('kind')})</p>",
        "<h2>Source rows by outcome</h2>", reconciliation_chart(objects), verdict,
        *[f"<p>{n:,} {t} record{'' if n == 1 else 's'} moved without a record their export "
          "names: no record of the export matched the column (moved_without_link; the column "
          "is in the map's unresolved lookups).</p>" for t, n in without.items() if n],
        table_html(summary), *rows_by_file(objects),
    ]
    if checked:
        sections += verification_sections(ctx)
    for target in objects:
        q = ctx.folder.issues("quarantine", target)
        f = ctx.folder.issues("failed", target)
        frames = [pl.read_csv(p, infer_schema=False) for p in (q, f) if p.exists()]
        frames = [fr.select("file", "row", "source_id", "column", "value", "reason")
                  for fr in frames if fr.height]
        sections.append(f"<h2>{target}: rows not loaded</h2>")
        sections.append(table_html(pl.concat(frames) if frames else pl.DataFrame(), limit=100))
        if objects[target]["skipped_reasons"]:
            sections.append("<p>Skipped on purpose:</p>")
            sections.append(table_html(objects[target]["skipped_reasons"]))
    queue = ctx.folder.owner_queue
    if queue.exists():
        sections.append("<h2>Owner reconciliation queue</h2>")
        sections.append(table_html(pl.read_csv(queue, infer_schema=False)))
    return page(f"Reconciliation: {data['engagement']}", sections)
