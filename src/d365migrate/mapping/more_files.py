"""Several files of one kind: each a map entry of its own, filling the same table.

An export often holds more than one file of a kind: three address books, a calendar in two
languages, two subscriber lists, a tasks file per project. The map once filled a table from
one file and listed the others as not moved. Now every further file a table's kind was found
in gets an entry of its own (``contact_2``, ``contact_3``: ``load.order.further_unit``) with
its own columns, key and links, loaded right after the first file's, reconciled and verified
per file. Its ids are its own (``id_prefix``: staging/further_ids.py), so that two files
numbering their rows from 1 never meet in one table.

Units whose entry carries decisions of its own stay one file each: the deals (their stages
and pipelines), cases and their messages, attachments, the product catalogue's unit groups,
price lists and document lines.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Container, Iterator, Mapping, Sequence
from typing import Any

import polars as pl

from d365migrate.dataverse import tables
from d365migrate.intake.discover import Discovery
from d365migrate.load.order import LOAD_ORDER, base_unit, further_unit
from d365migrate.mapping.mapfile import MappingError
from d365migrate.mapping.merged_files import merge_proposal, merged_into
from d365migrate.mapping.vocabulary import load_vocabulary
from d365migrate.staging.further_ids import ID_PREFIX

__all__ = ["ONE_FILE_UNITS", "NOT_FURTHER", "id_prefix", "further_entries", "further_reason",
           "further_homes", "without_links_into_unloaded",
           "as_further", "not_further", "left_out", "unmatched", "leave_out",
           "with_links_into_further"]

#: Units filled from one file only (their entry holds decisions a second file would not fit).
ONE_FILE_UNITS = ("opportunity", "incident", "case_email", "attachment", "uomschedule", "uom",
                  "pricelevel", "productpricelevel", "quotedetail", "salesorderdetail")
#: A link must match more than this share of its rows (as the proposal's other lookups).
MIN_LINK_RATE = 0.5
#: How long a prefix of a file's name keys its ids (the source-id column holds 100).
PREFIX_CHARS = 24

Entry = dict[str, Any]


def id_prefix(source: str, taken: set[str], n: int) -> str:
    """``kmail:`` for the file 'KMail': its name in lowercase letters and digits (runs of
    anything else one '-'), unique among the map's prefixes; ``file2:`` for a name of
    none (a name in another script)."""
    slug = re.sub(r"[^0-9a-z]+", "-", source.casefold()).strip("-")[:PREFIX_CHARS].strip("-")
    base = slug or f"file{n}"
    prefix, k = f"{base}:", 2
    while prefix in taken:
        prefix, k = f"{base}-{k}:", k + 1
    return prefix


def further_reason(unit: str, source: str, first: str, n: int, prefix: str) -> str:
    """Why a further file gets an entry, for the person confirming the map."""
    return (f"file {n} of this kind: '{first}' fills the first entry, '{source}' this one "
            f"(loaded after it, counted on its own); its ids are written '{prefix}<id>' so "
            f"they never meet the first file's")


def further_entries(discovery: Discovery, objects: list[str], entries: list[Entry],
                    make: Callable[[str, str], Entry], frames: Mapping[str, pl.DataFrame],
                    placed: Container[str] = ()) -> list[Entry]:
    """Entries for the files of each table's kind beyond the one its entry takes.

    ``objects``: the map's units (tables) asked for; ``entries``: the map so far (a file any
    entry takes is not taken again; a unit with no entry gets none); ``make(unit, source)``:
    the proposal's ordinary entry of a file for a unit; ``placed``: units whose files are
    placed elsewhere (the history's, mapping/history.py). A file goes to the first of its
    kind's tables the map loads, as the inventory said it would, unless :func:`not_further`
    says why not (listed on the first entry, :data:`NOT_FURTHER`, for the inventory)."""
    vocab = load_vocabulary()
    used = {str(e.get("source")) for e in entries if e.get("source")}
    prefixes = {str(e[ID_PREFIX]) for e in entries if e.get(ID_PREFIX)}
    first = {str(e.get("name") or e["target"]): e for e in entries if e.get("source")}
    out: list[Entry] = []
    for unit in objects:
        if unit in ONE_FILE_UNITS or unit in placed or unit not in first \
                or base_unit(unit) not in LOAD_ORDER:
            continue
        for o in discovery.objects:
            home = next((h for h in vocab.kind_tables(o.name) if h in objects), None)
            if not o.rows or o.source in used or home != unit:
                continue  # another entry's file, or a kind another table takes
            entry = make(unit, o.source)
            mine = [e for e in out if base_unit(str(e["name"])) == unit]
            if (why := not_further(entry, first[unit], frames, o.confidence, mine)) is not None:
                first[unit].setdefault(NOT_FURTHER, []).append(
                    _merged_or_left(entry, first[unit], frames, left_out(o.source, why)))
                continue
            used.add(o.source)
            note = overlap_note(entry, [first[unit], *mine], frames)
            entry = as_further(entry, unit, len(mine) + 2, str(first[unit]["source"]),
                               prefixes)  # the first file is 1, the ones before it next
            entry["reason"] += f"; {note}" if note else ""
            prefixes.add(entry[ID_PREFIX])
            out.append(entry)
    return out


#: Below this, discovery's kind for a file is a guess among near-equals (NetSuite's
#: entities, every kind of party in one table): the file is listed for the analyst to name.
MIN_CONFIDENCE = 0.1
#: A first entry's key listing the files of its kind it leaves out, each with why.
NOT_FURTHER = "not_further"
#: What says two files hold the same records, by the targets both map, surest first.
IDENTITIES = (("emailaddress1",), ("firstname", "lastname"), ("fullname",), ("name",),
              ("subject", "scheduledstart"), ("title",), ("productnumber",))
#: Targets that name a record: a file mapping none only links others (an association).
NAMING = frozenset(t for i in IDENTITIES for t in i)
#: At least this share of a file's records found in an earlier file: the same records (a
#: copy). Fewer: the file moves, its other records being new (an upsert file), and the map's
#: reason says how many are there already (:func:`overlap_note`), for the analyst to decide.
SAME_RECORDS = 0.9


def _identities(entry: Entry, frames: Mapping[str, pl.DataFrame], targets: tuple[str, ...]
                ) -> set[tuple[str, ...]]:
    by_target = {c.get("target"): c.get("source") for c in entry.get("columns") or []}
    df = frames.get(str(entry.get("source")))
    if df is None or not all(by_target.get(t) in df.columns for t in targets):
        return set()
    cols = [df[str(by_target[t])].cast(pl.Utf8).str.strip_chars().str.to_lowercase()
            for t in targets]
    return {row for row in zip(*(c.to_list() for c in cols), strict=True)
            if all(v for v in row)}


def _overlaps(entry: Entry, earlier: Sequence[Entry], frames: Mapping[str, pl.DataFrame]
              ) -> Iterator[tuple[Entry, int, int, tuple[str, ...]]]:
    """Per earlier file, by the surest identity both map: (that file, how many of this
    file's records it holds too, how many this file has, the identity's targets)."""
    for other in earlier:
        for targets in IDENTITIES:
            mine, theirs = _identities(entry, frames, targets), _identities(other, frames,
                                                                            targets)
            if mine and theirs:
                yield other, len(mine & theirs), len(mine), targets
                break


#: How :func:`not_further` begins its reason for the first file's records again.
SAME_WORDS = "its rows are the records of "


def _merged_or_left(entry: Entry, first: Entry, frames: Mapping[str, pl.DataFrame],
                    out: dict[str, Any]) -> dict[str, Any]:
    """A file of the first file's records again (``out``, :func:`left_out`): where both
    name the records by the same key and it has columns the first lacks, those join the
    first entry (mapping/merged_files.py), said in ``out`` (``merged``)."""
    if out.get("same_as") != first.get("source") or \
            (spec := merge_proposal(entry, first, frames)) is None:
        return out
    merged_into(first, spec)
    return {**out, "reason": spec["reason"], "merged": copy.deepcopy(
        {k: v for k, v in spec.items() if k != "mapped"})}


def left_out(source: str, why: str) -> dict[str, Any]:
    """A file the first entry leaves out, as :data:`NOT_FURTHER` lists it (``same_as``: the
    file whose records it holds again, counted with its table in the report)."""
    same = re.match(re.escape(SAME_WORDS) + r"'(.*)' again", why)
    return {"source": source, "reason": why, **({"same_as": same[1]} if same else {})}


def not_further(entry: Entry, first: Entry, frames: Mapping[str, pl.DataFrame],
                confidence: float, taken: Sequence[Entry] = ()) -> str | None:
    """Why a file of a table's kind gets no entry of its own, or None: discovery is only
    guessing its kind, it names none of its records (an association of ids), or its records
    are the first file's (or a further file's before it, ``taken``) again: a report of the
    same people, named, not keyed, or one person in two programs' address books."""
    if confidence < MIN_CONFIDENCE:
        return (f"discovery is unsure its rows are {first['target']} records (its columns "
                "fit several kinds): set its object in the parameters to move it")
    named = {c.get("target") for c in entry.get("columns") or []}
    if not named & NAMING:
        return (f"none of its columns names a record (no name, e-mail address or subject): "
                f"its rows link other records, they are no {first['target']} records")
    for other, same, total, targets in _overlaps(entry, (first, *taken), frames):
        if same >= SAME_RECORDS * total:
            return (f"{SAME_WORDS}'{other['source']}' again ({same} of {total} alike by "
                    f"{' and '.join(targets)}): a report or a copy of that file, not moved "
                    "twice")
    return None


def overlap_note(entry: Entry, earlier: Sequence[Entry], frames: Mapping[str, pl.DataFrame]
                 ) -> str | None:
    """Some (not most) of a further file's records also in an earlier file, in words for
    the map's reason: they will be there twice unless the analyst leaves the file out."""
    for other, same, total, targets in _overlaps(entry, earlier, frames):
        if same:
            return (f"{same} of its {total} records are also in '{other['source']}' (alike "
                    f"by {' and '.join(targets)}): they arrive twice unless this file is left "
                    f"out (mapping.decisions.{LEAVE_OUT})")
    return None


def as_further(entry: Entry, unit: str, n: int, first: str, prefixes: set[str]) -> Entry:
    """A file's ordinary entry as the ``n``-th file of ``unit`` (``first``: the first
    file's name): named so, its ids prefixed, saying why first."""
    prefix = id_prefix(str(entry["source"]), prefixes, n)
    reason = further_reason(unit, str(entry["source"]), first, n, prefix) + \
        (f"; {entry['reason']}" if entry.get("reason") else "")
    return {"name": further_unit(unit, n), **{k: v for k, v in entry.items() if k != "name"},
            "reason": reason, ID_PREFIX: prefix}


def unmatched(discovery: Discovery, chosen: Mapping[str, str], objects: list[str],
              entries: Sequence[Entry] = ()) -> list[dict[str, str]]:
    """The files no entry takes, each with why (the inventory lists them as not moved):
    a kind with no Dataverse table, a table the map does not load, a kind of a unit that
    takes one file only (``ONE_FILE_UNITS``) whose first file is another, or a file the
    first entry of its table leaves out (:data:`NOT_FURTHER`, with its own reason)."""
    vocab = load_vocabulary()
    left = {str(x["source"]): (str(e.get("name") or e["target"]), str(e["source"]), x)
            for e in entries for x in e.get(NOT_FURTHER) or []}
    out = []
    for o in discovery.objects:
        if o.source in chosen.values():
            continue
        if o.source in left:  # another file's records again: counted as its table's
            unit, _, x = left[o.source]
            out.append({"source": o.source, "kind": o.name, "reason": x["reason"],
                        **({"table": unit, "fed_by": x["same_as"], "same": True}
                           if x.get("same_as") else {}),
                        **({"merged": copy.deepcopy(x["merged"])} if x.get("merged") else {})})
            continue
        homes = vocab.kind_tables(o.name)
        if not homes:
            why = f"discovery identified it as {o.name}, which has no Dataverse table"
        elif not set(homes) & set(objects):
            why = (f"discovery identified it as {o.name} ({', '.join(homes)}), not among the "
                   "tables this map loads")
        elif chosen.get(taken := next(t for t in homes if t in objects)) is None:
            why = f"discovery identified it as {o.name}, but no entry of this map takes it"
        else:  # one file per table for this unit: this one is left out, said so
            why = (f"its rows are {taken} records too, but this map fills {taken} from one "
                   f"file, '{chosen.get(taken)}', so they are not moved; to move them, put "
                   f"this file in the {taken} entry instead, or combine the two files")
            out.append({"source": o.source, "kind": o.name, "reason": why, "table": taken,
                        "fed_by": chosen.get(taken)})
            continue
        out.append({"source": o.source, "kind": o.name, "reason": why})
    return out


#: The parameters' decision leaving a further file out (``mapping.decisions.leave_out``).
LEAVE_OUT = "leave_out"


def leave_out(mapping: dict[str, Any], decided: Mapping[str, Any]) -> dict[str, Any]:
    """The map without the further files' entries the analyst leaves out
    (``leave_out: {account_2: "the platform's own account, not a customer"}``), each file
    listed with the inventory's files not moved, the analyst's reason said. Only a further
    file's entry may go: a table's first file goes with the table (the parameters' objects)."""
    if not decided:
        return mapping
    entries = {str(t.get("name") or t["target"]): t for t in mapping.get("tables") or []}
    for unit, why in decided.items():
        entry = entries.get(str(unit))
        if entry is None:  # already gone (a rerun of the decisions), or not in this map
            if any(u.get("left_by") == str(unit) for u in mapping.get("unmatched_sources")
                   or []):
                continue
            raise MappingError(f"mapping.decisions.{LEAVE_OUT}.{unit}: the map has no such "
                               f"entry (a further file's, as {', '.join(sorted(entries))})")
        if not entry.get(ID_PREFIX):
            raise MappingError(f"mapping.decisions.{LEAVE_OUT}.{unit}: not a further file's "
                               "entry; leave a whole table out by its objects in the parameters")
        mapping = {**mapping, "tables": [t for t in mapping["tables"] if t is not entry]}
        mapping["unmatched_sources"] = [*(mapping.get("unmatched_sources") or []), {
            "source": entry["source"], "kind": entry["target"], "left_by": str(unit),
            "reason": f"left out by the analyst: {why or 'no reason given'}"}]
    return mapping


def with_links_into_further(entries: list[Entry], discovery: Discovery,
                            table_defs: Mapping[str, dict[str, Any]]) -> list[Entry]:
    """An activity's or a note's regarding record in a further file: the entries whose
    column holds ids of a further file's rows (a task naming a person of the second address
    book) gain the lookup into that file's table, as one into a first file is proposed;
    a record regarding another record of that table already by another column keeps it."""
    further = {str(e["source"]): e for e in entries if e.get(ID_PREFIX)}
    if not further:
        return entries
    for entry in entries:
        table_def = table_defs.get(str(entry.get("target")))
        attrs = tables.attributes(table_def or {})
        what = next((a for a in ("regardingobjectid", "objectid") if a in attrs), None)
        if not entry.get("source") or what is None:
            continue
        taken = {c.get("source") for c in entry.get("columns") or []} | {
            lk.get("source") for lk in entry.get("lookups") or []}
        for rel in discovery.links_from(str(entry["source"])):
            into = further.get(rel.target_source)
            if into is None or rel.kind != "id" or rel.column in taken \
                    or rel.match_rate <= MIN_LINK_RATE:
                continue
            nav = tables.navigation(table_def or {}, what, str(into["target"]))
            if nav is None or any(lk.get("navigation") == nav
                                  for lk in entry.get("lookups") or []):
                continue
            entry.setdefault("lookups", []).append({
                "target": what, "navigation": nav, "table": into["target"],
                "source": rel.column, "references": rel.to, "fallbacks": [],
                "confidence": round(rel.match_rate, 3),
                "reason": f"its values are ids of '{rel.target_source}' ({rel.match_rate:.0%} "
                          f"match), the {into['target']} records of {into['name']}"})
            entry["unmapped"] = [c for c in entry.get("unmapped") or [] if c != rel.column]
            (entry.get("unmapped_reasons") or {}).pop(rel.column, None)
            taken.add(rel.column)
    return entries


def further_homes(discovery: Discovery, objects: list[str], chosen: Mapping[str, str],
                  placed: Container[str] = ()) -> dict[str, str]:
    """The files that may become further files of a kind (name -> the table they fill), so
    that a link into their rows is proposed as one into a first file is (a price naming a
    variant of the second products file); :func:`without_links_into_unloaded` takes such a
    link back when the file gets no entry after all."""
    vocab = load_vocabulary()
    out = {}
    for o in discovery.objects:
        home = next((h for h in vocab.kind_tables(o.name) if h in objects), None)
        if o.rows and o.source not in chosen.values() and home in chosen \
                and home not in ONE_FILE_UNITS and home not in placed \
                and base_unit(home) in LOAD_ORDER and o.confidence >= MIN_CONFIDENCE:
            out[o.source] = home
    return out


def without_links_into_unloaded(entries: list[Entry], further: Mapping[str, str]
                                ) -> list[Entry]:
    """The entries with every lookup into a file :func:`further_homes` named that no entry
    took (a copy of another file, left out) unresolved again, saying so."""
    loaded = {str(e.get("source")) for e in entries if e.get("source")}
    for entry in entries:
        kept = []
        for lk in entry.get("lookups") or []:
            into = str(lk.get("references") or "").rpartition(".")[0]
            if into not in further or into in loaded:
                kept.append(lk)
                continue
            why = f"its values point at {lk['references']}, a file this map does not load"
            entry.setdefault("unresolved_lookups", []).append({
                "source": lk["source"], "target": lk["target"],
                "confidence": lk.get("confidence", 0.0), "reason": why})
            entry.setdefault("unmapped", []).append(lk["source"])
            entry.setdefault("unmapped_reasons", {})[lk["source"]] = (
                f"would be the lookup {lk['target']}, but {why}")
        if "lookups" in entry:
            entry["lookups"] = kept
    return entries
