"""What the sponsor's report says, gathered from a run folder's files and nothing else.

Reads ``run.json``, ``mapping.yml``, ``stage_summary.json``, ``load/<object>.json``,
``reconciliation.json``, ``verification.json``, ``inventory.json``, ``owner_queue.csv``,
``preflight.csv``, the rows not loaded (``quarantine|skipped|failed|close_failed``) and the
values cleared on the way (``flags``, ``cleared``), every CSV through
``report.safe_files.read_csv``. A run that stopped half way has some of them; each fact is
gathered from what is there. The result is plain data (:class:`Facts`), already in words
(``report.plain``), for ``report.sponsor`` to lay out.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml

from d365migrate.load.order import base_unit
from d365migrate.mapping.currency_codes import currency_codes_in
from d365migrate.mapping.merged_files import merged_words
from d365migrate.report.made_records import without_carried
from d365migrate.report.plain import (
    DEFAULT_SOURCE_CRM,
    FIELD_LABELS,
    clean,
    destination_words,
    field_label,
    field_labels,
    object_name,
    reason_in_words,
    step_name,
    verified_labels,
    when,
)
from d365migrate.report.readback_facts import verification_facts
from d365migrate.report.reading import reading_notes
from d365migrate.report.safe_files import read_csv
from d365migrate.runfolder import RunFolder
from d365migrate.runstatus import run_status, stopped_during
from d365migrate.staging.state_status import is_state_change

SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's, where PyYAML has it
#: How each folder of rows not loaded is named in the report.
OUTCOMES = {"quarantine": "held back (data problem)", "failed": "could not be loaded",
            "skipped": "left out on purpose", "close_failed": "moved, but not closed",
            "incomplete": "moved without a value the org refused"}
#: Outcomes of records that are in the org all the same (listed apart, not as not moved).
MOVED_OUTCOMES = ("close_failed", "incomplete")
FALLBACK = re.compile(r"assigned to fallback owner\s+(\S+)", re.I)
OWNER_STATUS = {"unmatched": "no Dynamics 365 user has this email or name",
                "disabled": "their Dynamics 365 user is disabled",
                "ambiguous": "more than one user has this name, so none was chosen"}


@dataclass
class Facts:
    """Everything the report shows, in words and numbers."""

    engagement: str = ""
    source: str = DEFAULT_SOURCE_CRM  # the CRM the export comes from (``source.crm``)
    zone: str = ""  # the zone its times without one were read in (``source.timezone``)
    run_id: str = ""
    status: str = ""
    stopped_at: str = ""  # the step a failed run stopped in, in words
    started: str = ""
    finished: str = ""
    org_url: str = ""
    org_kind: str = ""
    map_confirmed_by: str = ""
    map_confirmed_at: str = ""
    objects: list[dict[str, Any]] = field(default_factory=list)
    not_moved: list[dict[str, Any]] = field(default_factory=list)
    owners: list[dict[str, Any]] = field(default_factory=list)
    unowned: list[str] = field(default_factory=list)  # moved, but the map names no owner
    cleared: list[dict[str, Any]] = field(default_factory=list)
    cleared_records: int = 0  # records behind ``cleared`` (one may have several fields)
    columns_left: list[dict[str, Any]] = field(default_factory=list)
    banded: list[str] = field(default_factory=list)  # kind: column, loaded as a lower bound
    files_left: list[dict[str, Any]] = field(default_factory=list)
    files_used: list[dict[str, Any]] = field(default_factory=list)
    required_unfilled: list[dict[str, Any]] = field(default_factory=list)
    verification: dict[str, Any] | None = None
    balanced: bool | None = None
    delta: dict[str, Any] | None = None  # what changed since the last run (delta.json)
    gate: dict[str, Any] | None = None  # the gate that stopped the run: when, why (words)
    reading: list[dict[str, Any]] | None = None  # intake's reading notes; None: no discovery

    @property
    def total(self) -> dict[str, int]:
        keys = ("source", "moved", "created", "updated", "verified", "held_back", "refused",
                "left_out", "close_failed", "unchanged")
        return {k: sum(o.get(k) or 0 for o in self.objects) for k in keys}


def _json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None
    except (OSError, ValueError):
        return None


#: A run folder named by the runner or by notebook 01: its start time (``run.runner``).
RUN_STAMP = re.compile(r"(?:interactive-)?(\d{8}T\d{6}\d*Z)")


def run_words(run_id: str, started: str = "", finished: str = "", *,
              say_unknown_start: bool = True) -> str:
    """The run as a person reads it: when it ran (from ``run.json``, else from the folder's
    time-stamped name), and the folder's name only when it is not such a stamp (then quoted,
    as a name). Never a bare folder name such as "run", never a dangling comma."""
    stamp = RUN_STAMP.fullmatch(run_id)
    if not started and stamp:
        started = when(datetime.strptime(stamp.group(1), "%Y%m%dT%H%M%S%fZ")
                       .replace(tzinfo=UTC).isoformat())
    name = "" if stamp or not run_id else f" \u201c{run_id}\u201d"
    if not started:
        return f"run{name}" + (" (its start time was not recorded)"
                                   if name and say_unknown_start else "")
    return f"run{name} started {started}" + (f", finished {finished}" if finished else "")


def gather(run_dir: str | Path) -> Facts:
    """The report's facts for one run folder."""
    folder = RunFolder(Path(run_dir))
    run = _json(folder.run_json) or {}
    mapping: dict[str, Any] = {}
    if folder.mapping.exists():
        mapping = yaml.load(folder.mapping.read_text(encoding="utf-8"),  # a safe loader,
                            Loader=SAFE_LOADER) or {}  # libyaml's where there (0.3 s less)
    dest = run.get("destination") or {}
    f = Facts(engagement=str(run.get("engagement") or ""), source=source_crm(run),
              zone=clean(str(((run.get("parameters") or {}).get("source") or {}
                              ).get("timezone") or "")),
              run_id=folder.root.name,
              status=run_status(run),  # a "running" run whose process died: interrupted
              stopped_at=step_name(stopped_during(run)) if stopped_during(run) else "",
              started=when(run.get("started_at")), finished=when(run.get("finished_at")),
              org_url=str(dest.get("url") or ""), org_kind=destination_words(dest.get("kind")),
              map_confirmed_by=str(mapping.get("confirmed_by") or ""),
              map_confirmed_at=when(mapping.get("confirmed_at")))
    verification = _json(folder.verification)
    f.objects = object_rows(folder, verification)
    if f.objects and all(o["balanced"] is not None for o in f.objects):
        f.balanced = all(o["balanced"] for o in f.objects)
    elif not f.objects and folder.reconciliation.exists():  # none of the kinds asked for
        f.balanced = bool((_json(folder.reconciliation) or {}).get("balanced"))
    f.not_moved = rows_not_moved(folder, [o["unit"] for o in f.objects], f.source)
    labels = verified_labels(verification) | field_labels(mapping)  # the map's own first
    f.cleared = cleared_fields(folder, [o["unit"] for o in f.objects], labels, f.source)
    f.cleared_records = records_changed(folder, [o["unit"] for o in f.objects])
    f.owners = owner_changes(folder)
    f.unowned = unowned_objects(mapping, [o for o in f.objects if o.get("moved")])
    f.columns_left = columns_not_carried(mapping, {
        str(u): o.get("links_left") or {} for u, o in
        ((_json(folder.reconciliation) or {}).get("objects") or {}).items()})
    f.columns_left = without_carried(f.columns_left, f.objects)  # went with made records
    f.files_left, f.files_used = export_files(folder)
    f.required_unfilled = required_unfilled(folder, labels)
    if verification is not None:
        f.verification = verification_facts(verification, mapping)
    f.delta = delta_facts(_json(folder.delta))
    named = {o["unit"]: o["name"] for o in f.objects}  # a further file's by its file's name
    for row in [*f.not_moved, *f.cleared, *(f.verification or {}).get("tables", []),
                *(f.verification or {}).get("spot", []), *(f.delta or {}).get("objects", []),
                *(f.delta or {}).get("deleted", [])]:
        row["object"] = named.get(row.get("unit"), row.get("object"))
    f.gate = gate_stop(run, mapping, f.source)
    discovery = _json(folder.discovery)
    if isinstance(discovery, dict):
        f.reading = reading_notes(discovery.get("problems") or [])
    # bands ('11-50') loaded as their lower bound: the upper one did not move (number_bands)
    f.banded = [f"{named.get(t.get('target'), t.get('target'))}: {c.get('source')}"
                for t in mapping.get("tables") or [] for c in t.get("columns") or []
                if c.get("band") and t.get("target") in named]
    return f


def source_crm(run: dict[str, Any]) -> str:
    """The CRM the export comes from, as ``run.json`` records it (``source.crm`` of the
    parameters; SmartDesk for a run that named none, or one recorded before it was kept)."""
    said = run.get("source_crm") or ((run.get("parameters") or {}).get("source") or {}
                                     ).get("crm")
    return clean(said) or DEFAULT_SOURCE_CRM if isinstance(said, str) else DEFAULT_SOURCE_CRM


def _file_named(unit: str, units: list[str], file: str | None) -> str:
    """A unit in words; where its kind came in several files, with its file's name
    ("Contacts (people) from kmail.csv"), so a sponsor tells the rows apart."""
    base = base_unit(unit)
    if file and any(u != unit and base_unit(u) == base for u in units):
        return f"{object_name(base)} from {file}"
    return object_name(unit)


def object_rows(folder: RunFolder, verification: dict[str, Any] | None
                ) -> list[dict[str, Any]]:
    """Per object: source rows, created, updated, verified, and the rows not moved."""
    rec = (_json(folder.reconciliation) or {}).get("objects") or {}
    stage = _json(folder.stage_summary) or {}
    checked = (verification or {}).get("tables") or {}
    rows = []
    for unit in list(dict.fromkeys([*stage, *rec])):
        r, s = rec.get(unit) or {}, stage.get(unit) or {}
        load = _json(folder.root / "load" / f"{unit}.json") or {}  # read, never created
        loaded = load.get("created", 0) + load.get("updated", 0) if load else None
        verified = checked[unit]["matched"] if unit in checked else r.get("verified") \
            if r.get("verified_by") == "every mapped field" else None
        row = {
            "unit": unit, "name": _file_named(unit, [*stage, *rec], s.get("file")
                                              or r.get("file")),
            "file": s.get("file") or r.get("file"),
            "source": s.get("source_rows", r.get("source")),
            "created": load.get("created") if load else None,
            "updated": load.get("updated") if load else None,
            "moved": loaded, "verified": verified,
            "held_back": s.get("quarantined", r.get("quarantined")) or 0,
            "left_out": s.get("skipped", r.get("skipped")) or 0,
            "refused": load.get("failed", 0) if load else 0,
            "close_failed": load.get("close_failed", 0) if load else 0,
            "has_owner": load.get("has_owner", True) if load else True,
            "bound_later": sum((load.get("bound_later") or {}).values()) if load else 0,
            "closed": load.get("closed", 0) if load else 0,
            "closed_as": dict(load.get("closed_as") or {}) if load else {},
            "unchanged": load.get("unchanged", 0) if load else 0,
            "files": dict(s.get("files") or {}),  # a source of several files: rows of each
            "made_from": s.get("made_from"),  # records made from a column's values
        }
        if r and "balanced" in r:
            row["balanced"] = bool(r["balanced"])
        elif loaded is not None and verified is not None:
            row["balanced"] = row["source"] == loaded + row["unchanged"] + row["held_back"] + \
                row["refused"] + row["left_out"] and verified == loaded + row["unchanged"]
        else:
            row["balanced"] = None
        rows.append(row)
    return rows


def _issue_frames(folder: RunFolder, unit: str, kinds=tuple(OUTCOMES)):
    for kind in kinds:
        path = folder.root / kind / f"{unit}.csv"
        if not path.exists():
            continue
        try:
            df = read_csv(path, infer_schema=False)
        except Exception:  # noqa: BLE001 - an unreadable file is reported, not fatal
            yield kind, None
            continue
        if df.height:
            yield kind, df


def _where(file: str, rows: list[Any], ids: list[Any], files: list[Any] | None = None,
           source: str = DEFAULT_SOURCE_CRM) -> str:
    named = list(dict.fromkeys(clean(f) for f in files or [] if f))
    if len(named) > 1:  # a table of several files: each file with its own rows
        return "; ".join(_where(name, [r for r, f in zip(rows, files or [], strict=False)
                                       if clean(f) == name], [], source=source)
                         for name in named)
    nums = sorted({int(r) for r in rows if str(r or "").isdigit()})
    if nums:
        shown = ", ".join(f"{n:,}" for n in nums[:5])
        more = f" and {len(nums) - 5:,} more" if len(nums) > 5 else ""
        return f"{file}, row{'s' if len(nums) > 1 else ''} {shown}{more}"
    some = [str(i) for i in ids if i][:5]
    return (f"{source} id " + ", ".join(clean(i) for i in some)) if some else file


def rows_not_moved(folder: RunFolder, units: list[str], source: str = DEFAULT_SOURCE_CRM
                   ) -> list[dict[str, Any]]:
    """Rows not moved, grouped per object, outcome and reason in words, with counts."""
    out: list[dict[str, Any]] = []
    for unit in units:
        groups: dict[tuple[str, str], dict[str, Any]] = {}
        for kind, df in _issue_frames(folder, unit):
            if df is None:
                groups[(kind, "unreadable")] = {"records": 0, "rows": [], "ids": [],
                                                "file": ""}
                continue
            for r in df.iter_rows(named=True):
                key = (kind, reason_in_words(r.get("reason")))
                g = groups.setdefault(key, {"records": 0, "rows": [], "ids": [],
                                            "file": r.get("file") or ""})
                g["records"] += 1
                g["rows"].append(r.get("row"))
                g["ids"].append(r.get("source_id"))
                g.setdefault("files", []).append(r.get("file"))
        for (kind, reason), g in sorted(groups.items(), key=lambda kv: -kv[1]["records"]):
            if reason == "unreadable":
                reason = "The list of these records could not be read"
            out.append({"unit": unit, "object": object_name(unit), "kind": kind,
                        "outcome": OUTCOMES[kind], "reason": reason, "records": g["records"],
                        "where": _where(clean(g["file"]), g["rows"], g["ids"],
                                        g.get("files"), source)})
    return out


#: What happened to a link whose value names no record the org has (``unresolved_links/``).
LINK_LEFT = "moved without the record it names"
_LINK_FIELD = re.compile(r",? so the record moved without its (\w+)\s*$")


def cleared_fields(folder: RunFolder, units: list[str],
                   labels: dict[tuple[str, str], str] | None = None,
                   source: str = DEFAULT_SOURCE_CRM) -> list[dict[str, Any]]:
    """Values cleared on the way, the record moved without them (``flags/<object>.csv``: a
    parent link that went round in a loop; ``cleared/<object>.csv``: a value the map's policy
    cleared, or kept as text in another field; ``unresolved_links/<object>.csv``: a link whose
    value names no record the org has), grouped by object, field and reason; fields by their
    Dynamics 365 label."""
    labels = labels or {}
    out: dict[tuple[str, str, str, str], dict[str, Any]] = {}
    for unit in units:
        for kind, df in _issue_frames(folder, unit, ("flags", "cleared", "unresolved_links")):
            if df is None:
                continue
            for r in df.iter_rows(named=True):
                action = clean(r.get("action") or (
                    LINK_LEFT if kind == "unresolved_links" else "value cleared"))
                if r.get("kept_in") and ((unit, r["kept_in"]) in labels
                                         or r["kept_in"] in FIELD_LABELS):
                    action = f"kept as text in {field_label(labels, unit, r['kept_in'])}"
                column = clean(r.get("column"))
                why = str(r.get("reason") or "")
                if kind == "unresolved_links" and (left := _LINK_FIELD.search(why)):
                    why = why[:left.start()]  # the field by its label, not its logical name
                    column = field_label(labels, unit, left.group(1))
                if r.get("target"):
                    known = (unit, r["target"]) in labels or r["target"] in FIELD_LABELS
                    column = field_label(labels, unit, r["target"]) if known or \
                        not r.get("label") else clean(r["label"])
                key = (unit, column, reason_in_words(why),
                       action[:1].upper() + action[1:])
                g = out.setdefault(key, {"records": 0, "rows": [], "ids": [],
                                         "file": clean(r.get("file"))})
                g["records"] += 1
                g["rows"].append(r.get("row"))
                g["ids"].append(r.get("source_id"))
                g.setdefault("files", []).append(r.get("file"))
    return [{"unit": u, "object": object_name(u), "column": column, "reason": why,
             "action": action,
             "records": g["records"], "where": _where(g["file"], g["rows"], g["ids"],
                                                      g.get("files"), source),
             "state": is_state_change(action)}  # a state or status set, nothing emptied
            for (u, column, why, action), g in out.items()]


def records_changed(folder: RunFolder, units: list[str]) -> int:
    """How many records moved with a value cleared (each once, whatever it lost; a state
    or status set on the way is no value lost)."""
    seen: set[tuple[str, str]] = set()
    for unit in units:
        for _, df in _issue_frames(folder, unit, ("flags", "cleared", "unresolved_links")):
            if df is not None:
                seen |= {(unit, str(r.get("source_id") or r.get("row")))
                         for r in df.iter_rows(named=True)
                         if not is_state_change(r.get("action"))}
    return len(seen)


def owner_changes(folder: RunFolder) -> list[dict[str, Any]]:
    """Owners with no enabled user: who, why, how many records, and the decision."""
    if not folder.owner_queue.exists():
        return []
    queue = read_csv(folder.owner_queue, infer_schema=False)
    users_file = any(f.get("kind") == "user" for f in (_json(folder.inventory) or {})
                     .get("files") or [])
    out = []
    for r in queue.iter_rows(named=True):
        found = FALLBACK.search(r.get("resolution") or "")
        owner, why = owner_words(str(r.get("email") or ""), str(r.get("person") or ""),
                                 str(r.get("status") or ""), users_file=users_file)
        out.append({"owner": owner, "why": why,
                    "records": int(r.get("records") or 0),
                    "now": found.group(1) if found else "",
                    "decided": bool(found or (r.get("resolution") or "").strip())})
    return out


def unowned_objects(mapping: dict[str, Any], moved: list[dict[str, Any]]) -> list[str]:
    """The kinds of record that moved although the map takes their owner from no column:
    they belong to the user the migration ran as, not to anyone the export names (a table
    the organisation owns, products and price lists, has no owner to name)."""
    owned = {str(t.get("name") or t.get("target") or "") for t in mapping.get("tables") or []
             if t.get("owner")}
    return [o["name"] for o in moved if o["unit"] not in owned and o.get("has_owner", True)]


def owner_words(found_as: str, person: str, status: str, *, users_file: bool
                ) -> tuple[str, str]:
    """(the owner, why no user took their records) in words. An owner the export gives only
    as an id (no email, no name) that no users file names is shown as found, saying so, so
    that nobody reads the bare id as a person matched to a user (``load.owners``)."""
    why = OWNER_STATUS.get(status, clean(status))
    if person.strip():
        return clean(person), why
    if "@" in found_as or not any(ch.isdigit() for ch in found_as):
        return clean(found_as), why  # an email, or a name matched by name
    owner = f"{clean(found_as)} (as the export gives it)"
    if status == "unmatched":
        why = ("the export gives only this id, and " + (
            "its users file does not say who it is" if users_file else
            "it has no users file that says who it is"))
    return owner, why


COLUMN_REASONS = [  # the engine's reason (mapping/propose.py) -> what a sponsor reads
    (re.compile(r"would be the lookup .*column is empty"), "it is empty in this export"),
    (re.compile(r"would be the lookup .*matched none of its values"),
     "it names other records, but none of its values matched a record of the export (they "
     "were compared with the names, codes and other unique columns of each file of "
     "records)"),
    (re.compile(r"would be the lookup .*no records of the export"),  # a map proposed before
     "it names other records, but none of its values was matched to a record of the export"),
    (re.compile(r"would be the lookup .*this map does not load"),
     "it names records of a kind this migration does not load"),
    (re.compile(r"would be the lookup .*fewer than the \d+% a link needs"),
     "it names other records, but fewer than half of its values match a record of the "
     "export (it may hold only some of them), so it is not read as a link"),
    (re.compile(r"would be the lookup .*no navigation property"),
     "Dynamics 365 cannot link this record to the kind of record it names"),
    # the engine found no field that matches: it does not know Dynamics 365 has none
    (re.compile(r"no column of .* fits"), "no Dynamics 365 field was found to match it, so "
                                          "the confirmed field map leaves it out"),
    (re.compile(r"candidates are taken"), "its Dynamics 365 field is already filled from "
                                          "another column"),
    (re.compile(r"refers to an object that is not migrated"),
     "it points at something that does not migrate"),
    (re.compile(r"own size"), "Dynamics 365 measures each file itself"),
    (re.compile(r"drives the deals' stages"), "it is not a field: it sets each deal's sales "
                                              "stage and whether it is open, won or lost"),
    (re.compile(r"decides whether each deal is open, won or lost"),
     "it is not a field: it says whether each deal is open, won or lost"),
]


def columns_not_carried(mapping: dict[str, Any],
                        links_left: dict[str, dict[str, int]] | None = None
                        ) -> list[dict[str, Any]]:
    """Export columns the confirmed map leaves out, with the reason in words; a link left
    out says how many records moved without the record it names (``links_left``: per
    object, as the reconciliation counted them)."""
    out = []
    for t in mapping.get("tables") or []:
        unit = t.get("name") or t.get("target") or ""
        reasons = t.get("unmapped_reasons") or {}
        left = {str(u.get("source")): (links_left or {}).get(unit, {}).get(str(u["target"]))
                for u in t.get("unresolved_lookups") or []}
        # a currency the org finds by its code, which no map entry binds (a real org's
        # transactioncurrencyid): the amounts stand in the base currency all the same
        coins = {str(u.get("source")) for u in t.get("unresolved_lookups") or []
                 if u.get("target") == "transactioncurrencyid"}
        for column in t.get("unmapped") or []:
            why = str(reasons.get(column) or "")
            if str(column).startswith("__") or why.startswith("source key"):
                continue  # the source id is carried: every record keeps it
            codes = currency_codes_in(why) or ("" if str(column) in coins else None)
            words = (f"it names each record's currency{f' ({codes})' if codes else ''}: the "
                     "records took the org's base currency, and their amounts moved as "
                     "written, not converted") if codes is not None else next(
                (w for p, w in COLUMN_REASONS if p.search(why)), None) or \
                clean(re.sub(r"\s*\([^)]*\)", "", why)) or "left out of the field map"
            n = left.get(str(column)) or 0
            if n:  # an empty column left out moved no record without a link
                words += f": {n:,} record{'' if n == 1 else 's'} moved without it"
            out.append({"object": object_name(unit), "column": clean(column),
                        "reason": words[:1].upper() + words[1:]}
                       | ({"moved_without": n} if n else {})
                       | ({"currencies": clean(codes)} if codes is not None else {}))
    return out


def export_files(folder: RunFolder) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(files or rows that do not migrate, with where to rebuild them; files used to set the
    migration up, not moved as records)."""
    inv = _json(folder.inventory) or {}
    left, used = [], []
    made = [{**m, "file": m.get("name"), "rows": m.get("values")}
            for m in inv.get("made_from_values") or []]
    for f in [*(inv.get("files") or []), *made]:
        reason = str(f.get("reason") or "")
        if f.get("merged") and (merged := int((f.get("folded") or {}).get("rows") or 0)):
            into = str(f["folded"]["into"])  # its rows' columns joined another file's records
            used.append({"file": clean(f.get("file")), "rows": merged, "merged": True,
                         "what": clean(f"Merged into the records of {into}: "
                                       + merged_words(f["merged"], into))})
        if f.get("migrated") and not f.get("not_taken"):
            continue
        rows = f.get("not_taken") or f.get("rows") or 0
        entry = {"file": clean(f.get("file")), "rows": int(rows),
                 "loads_when_asked": bool(f.get("loads_when_asked"))}
        if f.get("second_file_of"):  # records of a kind another file fills: not moved
            entry["second_file_of"] = object_name(str(f["second_file_of"].get("table") or ""))
        if reason.startswith("not migrated") or not reason:
            what = clean(re.sub(r"^not migrated:\s*", "", reason)) or "does not migrate"
            entry["what"] = what[:1].upper() + what[1:]
            left.append(entry)
        else:
            entry["what"] = clean(reason[:1].upper() + reason[1:])
            used.append(entry)
    for unit in inv.get("objects_not_in_export") or []:  # asked for, none in the export
        left.append({"file": object_name(str(unit)), "rows": 0, "absent": True,
                     "what": "None in this export, so nothing of this kind was moved"})
    return left, used


def required_unfilled(folder: RunFolder, labels: dict[tuple[str, str], str]
                      ) -> list[dict[str, Any]]:
    """Required Dynamics 365 fields nothing in the export fills (from the preflight)."""
    if not folder.preflight.exists():
        return []
    df = read_csv(folder.preflight, infer_schema=False)
    out = []
    if not {"table", "column", "message"} <= set(df.columns):
        return out
    for r in df.iter_rows(named=True):
        if re.search(r"required .* filled by nothing", str(r.get("message") or "")):
            table, column = str(r.get("table") or ""), str(r.get("column") or "")
            out.append({"object": object_name(table),
                        "field": field_label(labels, table, column)})
    return out


#: What became of a record deleted in the source CRM, in words.
DELETED_OUTCOMES = {"undecided": "kept: waiting for a decision", "kept": "kept, as decided",
                    "deactivated": "deactivated", "deleted": "deleted from Dynamics 365",
                    "not in Dynamics 365": "already gone from Dynamics 365"}


def delta_facts(data: dict[str, Any] | None) -> dict[str, Any] | None:
    """What changed since the last run (``delta.json``), per object and per record deleted
    in the source CRM; None for a first run."""
    if not data or not data.get("against"):
        return None
    objects, deleted = [], []
    for unit, o in (data.get("objects") or {}).items():
        states = ", ".join(f"{clean(k)}: {n:,}" for k, n in (o.get("state_changes") or {})
                           .items())
        decided = ", ".join(f"{DELETED_OUTCOMES.get(k, clean(k))} {n:,}"
                            for k, n in (o.get("outcomes") or {}).items())
        objects.append({"unit": unit, "object": object_name(unit), "new": o.get("new", 0),
                        "changed": o.get("changed", 0), "unchanged": o.get("unchanged", 0),
                        "sent_unchanged": o.get("sent_unchanged", 0),
                        "relinked": o.get("relinked", 0), "states": states,
                        "deleted": o.get("deleted_in_source", 0), "decided": decided})
        for r in o.get("deleted_records") or []:
            outcome = str(r.get("outcome") or "")
            deleted.append({"unit": unit, "object": object_name(unit),
                            "id": clean(r.get("source_id")),
                            "decision": clean(r.get("decision") or "none yet"),
                            "outcome": DELETED_OUTCOMES.get(outcome, clean(outcome))})
    return {"against": str(data["against"]), "full": data.get("mode") == "full",
            "objects": objects, "deleted": deleted,
            "undecided": sum(1 for r in deleted if r["decision"] == "none yet"),
            "removed": sum(1 for r in deleted if r["outcome"] == DELETED_OUTCOMES["deleted"])}


#: A gate's count, in words (``run.gates``): "<count> of <of> ..."
GATE_WORDS = {"max_failed_percent": "records could not be loaded",
              "max_quarantined_percent": "records were held back for data problems",
              "max_close_failed_percent": "records to close could not be closed",
              "max_owner_fallback_percent": "records moved went to the fallback owner"}


def gate_stop(run: dict[str, Any], mapping: dict[str, Any], source: str = DEFAULT_SOURCE_CRM
              ) -> dict[str, Any] | None:
    """The gate that stopped the run (``run.json`` ``gates.stopped``): when, in words, and a
    sentence per object and limit; None when no gate stopped it."""
    stopped = (run.get("gates") or {}).get("stopped") or {}
    if not stopped.get("breaches"):
        return None
    labels = field_labels(mapping)
    out = []
    for b in stopped.get("breaches") or []:
        gate, unit = str(b.get("gate") or ""), str(b.get("object") or "")
        what = GATE_WORDS.get(gate.split(".")[0]) or (
            f"records moved without the {field_label(labels, unit, str(b.get('column') or ''))}"
            f" they name in {source}")
        limit = str(b.get("limit") or "0")
        if not limit.endswith("%"):
            limit += " record" if limit == "1" else " records"
        out.append(f"{object_name(unit)}: {int(b.get('count') or 0):,} of "
                   f"{int(b.get('of') or 0):,} {what} ({float(b.get('percent') or 0):.1f}%); "
                   f"the migration's settings allow at most {limit}")
    first = str(stopped["breaches"][0].get("object") or "")
    when = "after checking the data, before any record was loaded" \
        if stopped.get("phase") == "stage" else \
        f"after loading {object_name(first)}; the kinds of record after it were not loaded"
    return {"when": when, "why": out}
