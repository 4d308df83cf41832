"""Every file of the export, and where each of its rows went: a map entry, or nowhere and why.

Per-object reconciliation proves the rows an entry took; this proves that no file and no row
was left out of the count: an activities file whose notes no entry takes, a tickets file no
entry loads, a workflows file that does not migrate at all. ``inventory.json`` lists each file
with its rows, the rows each entry took, and the rows not taken with the reason in words.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from d365migrate.intake.records_from_values import made_from
from d365migrate.mapping.merged_files import inventory_file
from d365migrate.staging.unread import UNREAD_REASON, UNREAD_WHY

#: What a file of these kinds is, when no map entry takes it: (what happens, where instead).
#: True of any export, whichever CRM it comes from.
NOT_DATA = {
    "user": "matched to Dynamics 365 users by email or full name (owners); users are not "
            "created",
    "pipeline": "pipelines and stages become each opportunity's sales stage and step",
    "custom_field": "custom field definitions become columns (the custom-field manifest)",
    "workflow": "not migrated: rebuild in Power Automate (listed in the scope document)",
    "email_template": "not migrated: rebuild as Dynamics 365 email templates",
    # campaigns load as Campaign records only when asked (mapping.propose.ASKED_ONLY): a
    # CRM's campaigns file is mostly send-tracking, which no Campaign column holds
    "campaign": "not migrated: this run's parameters do not ask for campaigns (name campaign "
                "in the parameters' objects to load them as Campaign records); their "
                "send-tracking is rebuilt in Dynamics 365 Customer Insights - Journeys "
                "(listed in the scope document)",
    "unknown": "not migrated: discovery could not tell which kind of records it holds, so "
               "no map entry takes it; the migration team reviews it (listed in the scope "
               "document as unrecognised)",
}


def known_unknown(why: str) -> str:
    """A file discovery left unknown knowing why (lists, not their members; suppliers; an
    association table): that reason, not "could not tell" (:mod:`.intake.unknown_reasons`)."""
    return (f"not migrated: {why}. No map entry takes it (listed in the scope document for "
            "the migration team to review)")


def inventory_objects(objects: Iterable[Any], file_of: Callable[[str], str | None],
                      guesses: Mapping[str, Mapping[str, Any]] | None = None
                      ) -> list[dict[str, Any]]:
    """Discovery's objects as :func:`build_inventory` reads them: each file's source, file
    (``file_of(source)``), kind, rows, for a file left unknown discovery's reason, and for
    a file of values read as another's columns how (``folded``, from intake's ``guesses``).
    A row the reader could not read is one of the file's rows too (``unread``): staging
    counts it skipped, so the file's rows are never fewer than its records."""
    return [{"source": o.source, "file": file_of(o.source), "kind": o.name,
             "rows": o.rows + (unread := _unread(guesses, o.source)),
             **({"unread": unread} if unread else {}),
             **({"why": o.why} if getattr(o, "why", None) else {}),
             **({"folded": dict(g["folded"])} if (g := (guesses or {}).get(o.source))
                and g.get("folded") else {}),
             **({"made_from": made_from(g["derived"])} if g and g.get("derived") else {})}
            for o in objects]


def _unread(guesses: Mapping[str, Mapping[str, Any]] | None, source: str) -> int:
    """The lines of a source's file(s) the reader could not read."""
    g = (guesses or {}).get(source) or {}
    parts = g.get("parts") or []
    return sum(len(p.get("unread_lines") or []) for p in parts) if parts else \
        len(g.get("unread_lines") or [])


#: A setup file this run did not use after all: it is said not to migrate, and why, rather
#: than claimed to have set the migration up (a farm's "Harvest Field" file is no custom field
#: definitions file because its name says "field").
SETUP_NOT_USED = {
    "custom_field": "not migrated: discovery took it for custom field definitions, but none of "
                    "its rows defines a column this run creates, so nothing of it is used; the "
                    "migration team reviews it (listed in the scope document)",
    "pipeline": "not migrated: its pipelines and stages would set each deal's sales stage, "
                "but this run moves no deals by them",
}


#: A setup file of a kind the run used from another file (erxes' pipelines beside the stages
#: file that placed the deals, naming each pipeline by its id).
SETUP_OTHER_FILE = ("not migrated: the deals were placed by the stages of another file of the "
                    "export, so nothing of this one is used")


def setup_used(mapping: dict[str, Any], manifest: Any, units: list[str]
               ) -> dict[str, bool | str]:
    """Which kinds of setup file this run used: custom field definitions when the custom-field
    manifest holds a column they defined (``manifest``: its table, or None), pipelines when
    deals move placed by a pipelines file's stages (not by a stage column of their own);
    ``<kind>:<source>``: the one file of the kind the map read its stages from (the map's
    ``stages_from``), True, or a note on its rows left out (``stages_left_out``)."""
    defined = manifest is not None and manifest.height > 0 and bool(
        manifest["defined"].fill_null(False).any())
    by_pipelines = bool(mapping.get("stages")) and "opportunity" in units and (
        (mapping.get("stage_source") or {}).get("pipeline_column", "pipeline_id") is not None
        or any(s.get("pipeline_id") for s in mapping["stages"]))   # by a stage id alone
    used: dict[str, bool | str] = {"custom_field": defined, "pipeline": by_pipelines}
    if by_pipelines and mapping.get("stages_from"):   # that file; another pipelines file not
        left = mapping.get("stages_left_out") or []
        boards = ", ".join(sorted({str(s.get("type")) for s in left}))
        used[f"pipeline:{mapping['stages_from']}"] = True if not left else (
            f"; {len(left)} of its {len(left) + len(mapping['stages'])} stages are on other "
            f"boards than the deals' ({boards}): no deal's stage, left out")
    return used


def _setup_reason(kind: str, source: str, used: dict[str, bool | str]) -> str:
    """What became of a setup file: used as the run used its kind, unless the run names
    the one file of that kind it used (``<kind>:<source>``, its value a note on rows of it
    left out) and this is another."""
    if not used.get(kind):
        return SETUP_NOT_USED[kind]
    files = {k.split(":", 1)[1]: v for k, v in used.items() if k.startswith(f"{kind}:")}
    if files and source not in files:
        return SETUP_OTHER_FILE
    note = files.get(source)
    return NOT_DATA[kind] + (note if isinstance(note, str) else "")


def build_inventory(objects: list[dict[str, Any]], stage_summary: dict[str, dict[str, Any]],
                    unmatched: list[dict[str, Any]],
                    left_values: dict[str, dict[tuple[str, str], int]] | None = None,
                    absent: list[str] | None = None, used: dict[str, bool | str] | None = None
                    ) -> dict[str, Any]:
    """``objects``: discovery's objects (:func:`inventory_objects`); ``stage_summary``: each
    map entry's source, routing and rows; ``unmatched``: the map's sources it does not load;
    ``left_values``: per routed source, (column, value) -> rows no entry took; ``absent``: the
    objects the parameters ask for that nothing in the export maps to; ``used``: which kinds
    of setup file the run used (:func:`setup_used`), a file of a kind it did not use said not
    to migrate."""
    why_unmatched = {u["source"]: u["reason"] for u in unmatched}
    left_by_analyst = {u["source"]: u["reason"] for u in unmatched if u.get("left_by")}
    second = {u["source"]: u for u in unmatched if u.get("fed_by")}  # its table: another file
    by_source = {o["source"]: o for o in objects}
    loaded = {str(s.get("table") or unit) for unit, s in stage_summary.items()} | set(
        stage_summary)
    links = _association_links(stage_summary)
    files: list[dict[str, Any]] = []
    made: list[dict[str, Any]] = []  # records made from a column's values: no file's rows
    for obj in objects:
        source, rows = obj["source"], int(obj.get("rows") or 0)
        taken = {unit: s["source_rows"] for unit, s in stage_summary.items()
                 if s.get("source") == source}
        if obj.get("made_from"):
            made.append(_made_entry(obj, rows, taken))
            continue
        left = rows - sum(taken.values())
        if source in links and not taken:  # an association file: links, never records
            used, not_used = links[source]
            files.append({"file": obj.get("file") or source, "source": source,
                          "kind": obj.get("kind"), "rows": rows, "taken": {},
                          "linked": used, "not_taken": rows - sum(used.values()),
                          "reason": _association_reason(used, not_used), "migrated": False})
            continue
        if obj.get("folded") and not taken:  # values read as another file's columns
            files.append(_folded_file(obj, rows, stage_summary))
            continue
        asks: list[str] = []  # the objects the parameters would name to load it
        if not taken and source in second and second[source].get("merged"):
            fed = by_source.get(second[source]["fed_by"]) or {}
            files.append(inventory_file(obj, rows, second[source]["merged"],
                                        str(fed.get("file") or fed.get("source")),
                                        any(s.get("source") == second[source]["fed_by"]
                                            for s in stage_summary.values())))
            continue
        if not taken and source in second:
            fed = by_source.get(second[source]["fed_by"]) or {}
            files.append({"file": obj.get("file") or source, "source": source,
                          "kind": obj.get("kind"), "rows": rows, "taken": {},
                          "not_taken": rows, "migrated": False,
                          "second_file_of": {"table": second[source]["table"],
                                             "file": fed.get("file") or fed.get("source")},
                          "reason": "not migrated: " + second[source]["reason"] if
                          second[source].get("same") else  # another file's records again
                          _second_file_reason(second[source]["table"], rows, fed)})
            continue
        if not taken:
            # a campaigns file the run could load, unless it loads campaigns already (from
            # another file, this one left out by the analyst: the analyst's reason)
            asks = (["campaign"] if "campaign" not in loaded else []) \
                if obj.get("kind") == "campaign" else _loadable(obj.get("kind"), loaded)
            kind = str(obj.get("kind") or "")
            if source in left_by_analyst:   # the analyst's reason, whatever the file's kind
                asks, reason = [], "not migrated: " + left_by_analyst[source]
            else:
                reason = (_setup_reason(kind, source, used) if used is not None and kind in
                          SETUP_NOT_USED else known_unknown(obj["why"]) if kind == "unknown"
                          and obj.get("why") else NOT_DATA.get(kind)) or (
                    "not migrated: " + (_kind_not_loaded(asks) if asks else why_unmatched.get(
                        source, "no map entry takes this file")) + _how_to_ask(asks))
        elif left:
            rest = (left_values or {}).get(source) or {}
            # most rows first, ties by value: the counts come in hash order, which differs
            # from one process to the next (Zendesk's one admin and one agent swapped places)
            routed = all(s.get("where") for s in stage_summary.values()
                         if s.get("source") == source)
            unread = min(int(obj.get("unread") or 0), left) if routed else 0
            rows_left = "; ".join(
                [f"{n} row(s) whose {column} is '{value}'" for (column, value), n in
                 sorted(rest.items(), key=lambda kv: (-kv[1], kv[0]))]
                + ([f"{unread} line(s) that {UNREAD_REASON} {UNREAD_WHY}"] if unread else [])
            ) or "rows no map entry takes"
            if obj.get("kind") == "user":  # a users file's customers moved, its staff did not
                reason = f"{rows_left}: staff, {NOT_DATA['user']}"
            else:
                reason = f"not migrated: {rows_left} (no map entry takes them)"
        else:
            reason = ""
        files.append({"file": obj.get("file") or source, "source": source,
                      "kind": obj.get("kind"), "rows": rows, "taken": taken,
                      "not_taken": left, "reason": reason,
                      "migrated": bool(taken), **({"loads_when_asked": asks} if asks else {}),
                      **_parts(stage_summary, source)})
    return {"files": files, **({"made_from_values": made} if made else {}),
            "objects_not_in_export": list(absent or []),
            "rows": sum(f["rows"] for f in files),
            "rows_taken": sum(sum(f["taken"].values()) for f in files),
            "rows_linked": sum(sum((f.get("linked") or {}).values()) for f in files),
            "rows_folded": sum((f.get("folded") or {}).get("rows", 0) for f in files),
            "rows_not_taken": sum(f["not_taken"] for f in files)}


def _made_entry(obj: dict[str, Any], values: int, taken: dict[str, int]) -> dict[str, Any]:
    """A table of records made from a column's values (``intake.records_from_values``):
    counted apart from the export's files, whose rows it would count twice."""
    made = obj["made_from"]
    kind = str(obj.get("kind") or made.get("object") or "")
    return {"source": obj["source"], "kind": kind, **made,
            "name": obj.get("file") or obj["source"], "values": values, "taken": taken,
            "not_taken": values - sum(taken.values()), "migrated": bool(taken),
            "reason": "" if taken else f"not migrated: the parameters make {kind} records "
            f"of these values, but this run does not load them{_how_to_ask([kind])}"}


def _parts(stage_summary: dict[str, dict[str, Any]], source: str) -> dict[str, Any]:
    """A source of several files that map entries take: each file's rows, the rows each
    entry took from it and the rows no entry took (``{"parts": [...]}``); {} otherwise."""
    parts = next((s["parts"] for s in stage_summary.values()
                  if s.get("source") == source and s.get("parts")), None)
    if not parts:
        return {}
    out = []
    for p in parts:
        taken = {unit: int((s.get("files") or {}).get(p["file"], 0))
                 for unit, s in stage_summary.items() if s.get("source") == source}
        out.append({"file": p["file"], "rows": int(p["rows"]), "taken": taken,
                    "not_taken": int(p["rows"]) - sum(taken.values())})
    return {"parts": out}


def outcomes_per_file(parts: list[dict[str, Any]] | None, rows: dict[str, int],
                      staged_rows: Any, issues: dict[str, Any]) -> list[dict[str, Any]]:
    """One object's outcome per file of a source of several files: the rows it took from
    the file (``rows``, from staging) = loaded (or unchanged) + quarantined + failed +
    skipped, each counted from the rows themselves: ``staged_rows`` (the staged rows'
    numbers in the joined table), ``issues`` (outcome -> its issue lines, each naming its own
    file). [] for a source of one file."""
    import polars as pl

    from d365migrate.intake.parts import file_of_rows

    if not parts:
        return []
    count = {k: dict(f["file"].value_counts().iter_rows()) if f is not None and f.height
             else {} for k, f in issues.items()}
    staged = dict(file_of_rows(pl.Series(staged_rows, dtype=pl.Int64), parts)
                  .value_counts().iter_rows()) if len(staged_rows) else {}
    out = []
    for p in parts:
        name = str(p["file"])
        n = {k: int(count[k].get(name, 0)) for k in ("quarantined", "skipped", "failed")}
        row = {"file": name, "rows": int(rows.get(name, 0)),
               "loaded": int(staged.get(name, 0)) - n["failed"], **n}
        row["balanced"] = row["rows"] == row["loaded"] + n["quarantined"] + n["failed"] + \
            n["skipped"]
        out.append(row)
    return out


def files_reconciled(folder: Any, target: str, stage: dict[str, Any]) -> list[dict[str, Any]]:
    """:func:`outcomes_per_file` of one object from the run folder (``RunFolder``): its
    staged rows and its quarantine, skipped and failed lines; [] for a source of one file.
    The load's issue files (failed, close_failed, incomplete, unresolved_links) are first
    rewritten with each line's row named by its own file and row, as staging wrote its own."""
    import polars as pl

    from d365migrate.intake.parts import locate
    from d365migrate.report.safe_files import read_csv, write_csv

    parts = stage.get("parts")
    if not parts or not stage.get("files"):
        return []
    for path in (folder.issues("failed", target), folder.issues("close_failed", target),
                 folder.issues("incomplete", target), folder.unresolved_links(target)):
        lines = read_csv(path, infer_schema=False) if path.exists() else None
        if lines is not None and {"file", "row"} <= set(lines.columns) and \
                (lines["file"] == stage["file"]).any():
            write_csv(locate(lines.with_columns(pl.col("row").cast(pl.Int64)), parts,
                             stage["file"]), path)
    staged = pl.read_parquet(folder.staged(target), columns=["__source_row"]) \
        if folder.staged(target).exists() else pl.DataFrame({"__source_row": []})
    issues = {}
    for outcome, name in (("quarantined", "quarantine"), ("skipped", "skipped"),
                          ("failed", "failed")):
        path = folder.issues(name, target)
        issues[outcome] = read_csv(path, infer_schema=False) if path.exists() else None
    return outcomes_per_file(parts, stage["files"], staged["__source_row"].to_list(), issues)


def _second_file_reason(table: str, rows: int, fed: dict[str, Any]) -> str:
    """A file of the same kind as the one the map fills ``table`` from, in words: its rows
    did not move, why, and what the migration team can do."""
    from d365migrate.report.plain import object_name

    kind, other = object_name(table), fed.get("file") or fed.get("source") or "another file"
    theirs = int(fed.get("rows") or 0)
    n, its = (f"{rows:,} rows", "its") if rows != 1 else ("row", "its one")
    be, these = ("are", "these") if rows != 1 else ("is", "this")
    return (f"not migrated: {its} {n} {be} {kind}, like the {theirs:,} "
            f"row{'' if theirs == 1 else 's'} of {other}, but the field map takes one file for "
            f"each kind of record and {kind} come from {other}: {these} {n} {be} not moved. "
            f"To move {'them' if rows != 1 else 'it'}, the migration team chooses this file "
            f"for {kind} in the field map instead of {other}, or combines the two files into "
            "one before the next run")


def _kind_not_loaded(asks: list[str]) -> str:
    """A file of a kind this run does not load, in words (not the engine's "discovery
    identified it as deal (opportunity), not among the tables this map loads")."""
    from d365migrate.report.plain import object_name

    names = [object_name(a) for a in asks]
    kinds = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]
    return f"its rows look like {kinds}, a kind of record this run does not load"


def _loadable(kind: str | None, loaded: set[str]) -> list[str]:
    """The objects that would load a file of this kind, when this map loads none of them
    (else the file's table went to another file: nothing to ask for)."""
    from d365migrate.load.order import LOAD_ORDER
    from d365migrate.mapping.vocabulary import load_vocabulary

    homes = [t for t in load_vocabulary().kind_tables(kind) if t in LOAD_ORDER]
    return [] if set(homes) & loaded else homes


def _how_to_ask(asks: list[str]) -> str:
    """How the parameters ask for a file this map leaves out, so the reason does not read
    as if it could never move."""
    if not asks:
        return ""
    names = asks[0] if len(asks) == 1 else ", ".join(asks[:-1]) + " or " + asks[-1]
    return f"; to load it, name {names} in the parameters' objects"


def _association_links(stage_summary: dict[str, dict[str, Any]]
                       ) -> dict[str, tuple[dict[str, int], dict[str, int]]]:
    """Association file -> (rows used per link ``<unit>.<column>``, rows not used per
    reason). A file two links read: a row counts as not used only once, by the first."""
    out: dict[str, tuple[dict[str, int], dict[str, int]]] = {}
    for unit, s in stage_summary.items():
        for nav, stats in (s.get("lookups") or {}).items():
            through = stats.get("through") if isinstance(stats, dict) else None
            if not through:
                continue
            used, not_used = out.setdefault(through["source"], ({}, {}))
            if used:  # the same rows again, for another link: used as well, not again
                continue
            used[f"{unit} to its {through.get('links_to') or nav}"] = int(through["used"])
            not_used.update({k: int(v) for k, v in through["not_used"].items()})
    return out


def _association_reason(used: dict[str, int], not_used: dict[str, int]) -> str:
    links = ", ".join(f"{n} row(s) link each {k}" for k, n in used.items())
    rest = "; ".join(f"{n} row(s) not used: {why}" for why, n in not_used.items())
    return (f"association table, never loaded as records: {links}"
            + (f"; {rest}" if rest else ""))


def _folded_file(obj: dict[str, Any], rows: int, stage_summary: dict[str, dict[str, Any]]
                 ) -> dict[str, Any]:
    """A file of another file's records' values (intake/value_rows.py): its rows read as
    that file's columns go with its records (taken, as the records' rows are: what became
    of each record is its object's reconciliation, of each column its field accounting);
    the rows not read, and why."""
    fold = obj["folded"]
    read = int(fold.get("rows_read") or 0)
    named = list(fold.get("columns") or [])
    cols = ", ".join(f"'{c}'" for c in named[:6]) + (  # an address's parts: the first few
        f" and {len(named) - 6} more" if len(named) > 6 else "")
    taken = any(s.get("source") == fold.get("into") for s in stage_summary.values())
    moved = read if taken else 0
    left = "; ".join(f"{n} row(s) {why}" for why, n in (fold.get("not_read") or {}).items())
    if not taken:
        reason = (f"not migrated: its rows are values of the records of {fold['file']}, "
                  "which no map entry takes")
    elif rows - moved:
        reason = (f"not migrated: {left}. Its other {moved} row(s) were read as columns of "
                  f"the records of {fold['file']} ({cols}) and go with those records, each "
                  "where the field map sends it")
    else:
        reason = (f"read as columns of the records of {fold['file']} ({cols}): each value "
                  "goes with its record, where the field map sends it")
    return {"file": obj.get("file") or obj["source"], "source": obj["source"],
            "kind": obj.get("kind"), "rows": rows, "taken": {},
            "folded": {"into": fold["file"], "rows": moved}, "not_taken": rows - moved,
            "reason": reason, "migrated": bool(moved)}
