"""How often the suggestions are right: top-1 accuracy against hand-written answer keys.

Exports are read through intake (:func:`d365migrate.intake.read.read_export`) and, when the
whole map is measured, discovered and proposed exactly as a run does
(:func:`d365migrate.mapping.propose.propose_mapping`)::

    python -m d365migrate.mapping.accuracy EXPORT --tables DIR --key KEY.yml
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import polars as pl
import yaml

from d365migrate.dataverse import tables
from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export, read_export
from d365migrate.load.order import table_of
from d365migrate.mapping.merged_files import MERGED, MERGED_FROM
from d365migrate.mapping.propose import propose_mapping
from d365migrate.mapping.state_words import OPEN_WORDS, closed_state, has_word
from d365migrate.mapping.suggest import Candidate, suggest_columns
from d365migrate.mapping.vocabulary import marked_custom, source_words

__all__ = ["accuracy", "format_accuracy", "load_table_defs", "proposed_targets", "main"]


#: A table a run fills through a unit of another name: notes are the 'note' unit.
RUN_UNITS = {"annotation": "note"}
#: An activity party's mask (its role) -> the party list column it fills.
PARTY_TARGETS = {1: "from", 2: "to", 3: "cc", 4: "bcc", 5: "requiredattendees",
                 6: "optionalattendees", 7: "organizer"}


def load_table_defs(folder: str | Path) -> dict[str, dict]:
    """Table definitions from a folder of ``<logicalname>.json`` files, keyed by logical name."""
    out: dict[str, dict] = {}
    for path in sorted(Path(folder).glob("*.json")):
        td = tables.unwrap(json.loads(path.read_text(encoding="utf-8")))
        out[str(td.get("LogicalName") or path.stem)] = td
    return out


def _as_export(export: Export | Mapping[str, pl.DataFrame], names: list[str]) -> Export:
    """The key's objects of an export (frames made in memory count as an export too)."""
    if isinstance(export, Export):
        # a file the reader could not read has no table: the measure counts it all wrong
        return Export(export.root, {n: export.tables[n] for n in names if n in export.tables},
                      {n: g for n, g in export.guesses.items() if n in names},
                      export.problems, export.files)
    return Export(Path("."), {n: export[n] for n in names})


#: A column's name words saying state or status (no stage) in the common languages.
_STATE_NAMES = frozenset({"status", "state", "statut", "etat", "estado", "stato", "zustand"})


def _says_state(df: pl.DataFrame | None, column: str | None) -> bool:
    """Whether the deals' stage column says only open, won or lost in every value
    (Pipedrive's 'Status', Insightly's 'State': Open): the deals' state, which the decided
    stages set (their salesstage left to the person's decision), no stage of a pipeline."""
    if df is None or column is None or column not in df.columns or not (
            {w.lower() for w in source_words(column)[0]} & _STATE_NAMES):
        return False   # a 'Stage' of Closed Won is the stage (Salesforce's StageName)
    values = {str(v).strip() for v in df[column].drop_nulls().to_list() if str(v).strip()}
    return bool(values) and all(closed_state(v) is not None or has_word(v.lower(), OPEN_WORDS)
                                for v in values)


def proposed_targets(export: Export, table_defs: Mapping[str, Mapping[str, Any]],
                     objects: list[str], wanted: Mapping[str, str] | None = None,
                     ) -> dict[str, dict[str, list[Candidate]]]:
    """Source object -> column -> [its target] in the map a run proposes: columns, lookups,
    the owner, and lookups the map names but cannot bind to a source object (to a table the
    export does not hold, or an empty column). Custom columns the manifest adds are left out:
    the key judges the engine, which leaves them unmapped. A file the map splits into two
    tables (its companies and its people) is judged by its entry for ``wanted``'s table
    (source -> the key's table) where it has one, else by its last."""
    proposal = propose_mapping(export, discover(export),
                               {t: dict(table_defs[table_of(t)]) for t in objects}, objects,
                               source_id_column="new_sourceid")
    created = set(proposal.manifest.filter(pl.col("create"))["logical_name"].to_list()) \
        if proposal.manifest.height else set()
    out: dict[str, dict[str, list[Candidate]]] = {}
    judged: dict[str, str] = {}   # source -> the table of the entry judged
    for t in proposal.mapping["tables"]:
        if not t.get("source"):
            continue
        if wanted and judged.get(t["source"]) == wanted.get(t["source"]) and \
                t.get("target") != judged[t["source"]]:
            continue   # a split file's other entry: its key names the first one's table
        judged[t["source"]] = str(t.get("target"))
        cols: dict[str, list[Candidate]] = {}
        for c in t["columns"]:
            if c.get(MERGED_FROM):  # a merged file's column: judged as that file's
                out.setdefault(str(c[MERGED_FROM]), {})[c["source"]] = [
                    Candidate(c["target"], c["confidence"], c["reason"])]
                continue
            # a column the map also copies into a required column (a lead's topic) is
            # judged by its own target, the first one the map gives it
            if c["target"] not in created and c["source"] not in cols:
                cols[c["source"]] = [Candidate(c["target"], c["confidence"], c["reason"])]
        for lk in t.get("lookups", []) + t.get("unresolved_lookups", []):
            cols[lk["source"]] = [Candidate(lk["target"], lk["confidence"], lk["reason"])]
        if t.get("owner"):
            o = t["owner"]
            cols[o["source"]] = [Candidate("ownerid", o["confidence"], o["reason"])]
        for spec in t.get("parties") or []:   # an e-mail's 'To': its To party list
            cols.setdefault(spec["source"], [Candidate(PARTY_TARGETS.get(
                int(spec["mask"]), "parties"), spec["confidence"], spec["reason"])])
        where = proposal.mapping.get("stage_source") or {}
        if t.get("target") == "opportunity" and proposal.mapping.get("stages"):
            # the deals' stage column drives salesstage (and stepname, the state) through
            # the decided stages; their own probability is kept where a deal has one, and
            # their own open/won/lost column (deal_states) decides the state
            stage = where.get("stage_column")
            for column, target in ((stage, "statecode" if _says_state(
                    export.tables.get(t["source"]), stage) else "salesstage"),
                                   (where.get("probability_column"), "closeprobability"),
                                   (where.get("state_column"), "statecode")):
                if column and column not in cols:
                    cols[column] = [Candidate(target, 1.0, "through the stages")]
        out[t["source"]] = cols
        for spec in t.get(MERGED) or []:  # its columns the first file has too: the same
            out.setdefault(str(spec["source"]), {}).update(  # fields of the same records
                {c: cols[c] for c in spec.get("shared") or [] if c in cols})
    return out


def accuracy(answer_key: Mapping[str, Any], export: Export | Mapping[str, pl.DataFrame],
             table_defs: Mapping[str, Mapping[str, Any]], *,
             use_values: bool = False) -> dict[str, Any]:
    """Top-1 accuracy of the suggestions against a hand-written answer key.

    Key format: ``objects: {<source>: {table: <logical>, key: <id column>, custom: [...],
    columns: {<source column>: <target> | [<target>, ...] | null}}}``; a list means any of
    those is right, ``null`` means the column should stay unmapped. "keys" counts the key
    columns left unmapped, or mapped where the key lists the key column with its target (a
    record's own number). "standard" counts the
    non-key, non-custom columns; "all" adds custom ones. ``use_values`` measures the whole
    map a run proposes (discovery's objects, keys and relationships, then the engine)
    instead of :func:`suggest_columns` alone.
    """
    objects = answer_key["objects"]
    frames = _as_export(export, list(objects))
    mapped: dict[str, dict[str, list[Candidate]]] = {}
    if use_values:
        # the units a run names (a note is the 'note' unit filling annotation)
        targets = list(dict.fromkeys(RUN_UNITS.get(spec["table"], spec["table"])
                                     for spec in objects.values()))
        mapped = proposed_targets(frames, table_defs, targets, {
            name: RUN_UNITS.get(spec["table"], spec["table"]) for name, spec in objects.items()})
    report: dict[str, Any] = {"objects": {}}
    totals = {"standard": [0, 0], "all": [0, 0], "keys": [0, 0]}
    for name, spec in objects.items():
        df = frames.tables.get(name)
        if df is None:      # not read at all: every column a miss, the key too
            sugg = {c: [Candidate("(file not read)", 0.0, "not read")]
                    for c in [spec.get("key"), *(spec.get("columns") or {})] if c}
        elif use_values:
            sugg = mapped.get(name, {})
        else:
            sugg = suggest_columns(df, dict(table_defs[spec["table"]]), source_object=name)
        custom = set(spec.get("custom") or ())
        counts = {"standard": [0, 0], "all": [0, 0], "keys": [0, 0]}
        misses = []
        key_col = spec.get("key")
        if key_col:
            # a source id is right left unmapped; a record's own number (an account's
            # 'Account No', a ticket's) is right where the key names the column it fills
            named = (spec.get("columns") or {}).get(key_col)
            want_key = set(named) if isinstance(named, list) else {named}
            ok = not sugg.get(key_col) or sugg[key_col][0].target in want_key
            counts["keys"][0] += ok
            counts["keys"][1] += 1
            if not ok:
                misses.append({"column": key_col, "expected": None,
                               "got": sugg[key_col][0].target})
        for col, expected in (spec.get("columns") or {}).items():
            if col == key_col:
                continue
            want = set(expected) if isinstance(expected, list) else {expected}
            got = (sugg.get(col) or [None])[0]
            got_target = got.target if isinstance(got, Candidate) else None
            ok = got_target in want
            buckets = ["all"] if (col in custom or marked_custom(col)) else [
                "standard", "all"]
            for b in buckets:
                counts[b][0] += ok
                counts[b][1] += 1
            if not ok:
                misses.append({"column": col, "expected": expected, "got": got_target})
        for b in totals:
            totals[b][0] += counts[b][0]
            totals[b][1] += counts[b][1]
        report["objects"][name] = {
            "table": spec["table"],
            **{b: (c[0] / c[1] if c[1] else 1.0) for b, c in counts.items()},
            "counts": {b: f"{c[0]}/{c[1]}" for b, c in counts.items()}, "misses": misses,
        }
    for b, c in totals.items():
        report[b] = c[0] / c[1] if c[1] else 1.0
        report.setdefault("counts", {})[b] = f"{c[0]}/{c[1]}"
    return report


def format_accuracy(name: str, report: Mapping[str, Any]) -> str:
    """Human-readable accuracy figures (what ``pytest -s`` and the CLI print)."""
    lines = [f"{name}: top-1 standard {report['standard']:.1%} ({report['counts']['standard']}), "
             f"all {report['all']:.1%} ({report['counts']['all']}), "
             f"source keys right {report['counts']['keys']}"]
    for obj, r in report["objects"].items():
        lines.append(f"  {obj} -> {r['table']}: standard {r['standard']:.1%} "
                     f"({r['counts']['standard']}), all {r['all']:.1%} ({r['counts']['all']})")
        for m in r["misses"]:
            lines.append(f"    miss {m['column']}: expected {m['expected']}, got {m['got']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """``python -m d365migrate.mapping.accuracy EXPORT --tables DIR --key KEY.yml``."""
    ap = argparse.ArgumentParser(prog="python -m d365migrate.mapping.accuracy", description=(
        "Measure the proposed field map against a hand-written answer key."))
    ap.add_argument("export", type=Path, help="the export: a folder, .zip or .xlsx")
    ap.add_argument("--tables", type=Path, required=True,
                    help="folder of Dataverse table definitions (<logicalname>.json)")
    ap.add_argument("--key", type=Path, required=True, metavar="KEY.yml",
                    help="the answer key (tests/data/answer_keys)")
    args = ap.parse_args(argv)
    defs = load_table_defs(args.tables)
    key = yaml.safe_load(args.key.read_text(encoding="utf-8"))
    export = read_export(args.export)
    for use_values in (False, True):
        rep = accuracy(key, export, defs, use_values=use_values)
        label = "the proposed map" if use_values else "suggest_columns"
        print(format_accuracy(f"{args.key.name} via {label}", rep))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
