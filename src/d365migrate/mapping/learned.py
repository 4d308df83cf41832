"""What an analyst corrected in a confirmed map, kept per engagement, and proposed first for
the next export of the same customer.

The engine proposes; a person corrects and confirms. A customer's next export (a delta, a
re-export with its columns in another order or case) should not make the analyst correct
the same things again, so:

- when a map is proposed, the proposal as the analyst is shown it is kept beside the map
  (``proposal.yml`` in the engagement folder: the map, each file's kind, each column's format
  as discovery saw it, and which lines were already learned);
- when the map is confirmed (the editor's Confirm, or ``mapping.confirm_as``), every place
  the confirmed map differs from it is a correction in ``learned.yml``: a column mapped
  elsewhere or unmapped, a choice value given an option, a file placed in another entry.
  A correction names the file's kind, the column's normalised name and its format (a
  fingerprint without values: no customer value is kept but the column names and the choice
  labels the analyst mapped), the engine's proposal, the analyst's choice, who and when;
- the next proposal for the engagement applies them before anything else, each saying
  "as confirmed by <analyst> on <date> for this customer". It is still a proposal: a person
  confirms it before any record moves.

Nothing here touches the shared vocabulary (``data/synonyms.yml``); candidates for it from
the corrections of several engagements are a reviewed patch
(:mod:`d365migrate.mapping.vocabulary_review`).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml

from d365migrate.dataverse import tables
from d365migrate.dataverse.tables import LOOKUP_TYPES
from d365migrate.mapping.mapfile import TRANSFORM_BY_TYPE, MappingError, unit_name
from d365migrate.mapping.vocabulary import source_words
from d365migrate.runfolder import EngagementFolder

__all__ = ["Learned", "load_learned", "keep_proposal", "learn_from_confirmation",
           "norm_column", "LEARNED_VERSION"]

# libyaml's safe loader where PyYAML has it: the same documents, ~10x faster (the kept
# proposal, a whole map, took 0.3 s of each run's mapping step with the pure-Python one)
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

LEARNED_VERSION = 1
#: Confidence of a line the analyst confirmed before for this customer: above any guess.
LEARNED_CONFIDENCE = 0.99
CHOICES = ("choice", "multichoice")
#: Formats (intake's column types) that say little about a column: no values, or any text.
_ANY_FORMAT = {"", "empty", "string", "text", "long_text", "code", "picklist", None}
#: Formats one column may show in two exports of the same customer.
_FAMILY = {"integer": "number", "decimal": "number", "money": "number", "date": "date",
           "datetime": "date"}


def same_kind_of_values(was: str | None, now: str | None) -> bool:
    """The fingerprint check: a column whose values looked like phone numbers when the
    analyst chose is not the column that holds emails now (digits-only phones read as
    whole numbers)."""
    if was in _ANY_FORMAT or now in _ANY_FORMAT or was == now:
        return True
    if {was, now} == {"phone", "integer"}:
        return True
    return _FAMILY.get(str(was), was) == _FAMILY.get(str(now), now)


def norm_column(name: str) -> str:
    """A source column's name as corrections are kept and matched: its words, lower case,
    joined by '_' ('Company Name', 'companyName', 'company_name' -> company_name; a custom
    field's ``cf_``/``__c`` dropped, as the vocabulary reads it)."""
    return "_".join(source_words(str(name))[0])


def _compact(norm: str) -> str:
    """Matching key: 'CompanyName' and 'Companyname' split differently but are one column."""
    return re.sub(r"[^0-9a-z]", "", norm.lower())


def norm_file(name: str) -> str:
    return _compact(Path(str(name)).stem)


def _by(mapping: Mapping[str, Any]) -> tuple[str, str]:
    when = str(mapping.get("confirmed_at") or datetime.now(UTC).isoformat(timespec="seconds"))
    return str(mapping.get("confirmed_by") or "?"), when[:10]


def said(c: Mapping[str, Any]) -> str:
    """The reason a learned line carries."""
    return f"as confirmed by {c.get('by', '?')} on {c.get('at', '?')} for this customer"


# -- what the map does with one source column -------------------------------------------------
def _role(entry: Mapping[str, Any], col: str) -> str | None:
    """The column's target (its first column entry), ``lookup:<target>``, ``owner`` or None."""
    first = next((c for c in entry.get("columns") or [] if c.get("source") == col), None)
    if first is not None:
        return str(first["target"])
    lk = next((x for x in entry.get("lookups") or [] if x.get("source") == col), None)
    if lk is not None:
        return f"lookup:{lk['target']}"
    if (entry.get("owner") or {}).get("source") == col:
        return "owner"
    return None


def _column_entry(entry: Mapping[str, Any], col: str, target: str | None = None
                  ) -> dict[str, Any] | None:
    return next((c for c in entry.get("columns") or [] if c.get("source") == col
                 and (target is None or c.get("target") == target)), None)


def _source_columns(entry: Mapping[str, Any]) -> list[str]:
    """Every export column the entry names (not the columns the map derives, ``__stage_*``)."""
    cols = [c.get("source") for c in entry.get("columns") or []]
    cols += [x.get("source") for x in entry.get("lookups") or []]
    cols += [(entry.get("owner") or {}).get("source"), *(entry.get("unmapped") or [])]
    return list(dict.fromkeys(str(c) for c in cols if c and not str(c).startswith("__")))


# -- the learned file ---------------------------------------------------------------------------
@dataclass
class Learned:
    """An engagement's corrections (``learned.yml``)."""

    corrections: list[dict[str, Any]] = field(default_factory=list)

    @staticmethod
    def key(c: Mapping[str, Any]) -> tuple[str, ...]:
        what = str(c.get("what"))
        if what == "table":
            return (what, str(c.get("unit")))
        base = (what, str(c.get("unit")), str(c.get("kind")), _compact(str(c.get("column"))))
        if what == "choice":
            return (*base, str(c.get("target")), str(c.get("value", "")).strip().lower())
        return base

    def find(self, what: str, **where: Any) -> dict[str, Any] | None:
        probe = {"what": what, **where}
        k = self.key(probe)
        return next((c for c in self.corrections if self.key(c) == k), None)

    def upsert(self, c: dict[str, Any]) -> bool:
        """Add or replace a correction; False when the same choice was already kept (its
        first author and date stay)."""
        k = self.key(c)
        for i, old in enumerate(self.corrections):
            if self.key(old) == k:
                if all(old.get(f) == c.get(f) for f in ("chosen", "transform")):
                    return False
                self.corrections[i] = c
                return True
        self.corrections.append(c)
        return True

    def drop(self, c: Mapping[str, Any]) -> bool:
        k = self.key(c)
        before = len(self.corrections)
        self.corrections = [x for x in self.corrections if self.key(x) != k]
        return len(self.corrections) != before

    def save(self, path: Path) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        body = {"version": LEARNED_VERSION, "corrections": self.corrections}
        path.write_text(
            "# An analyst's corrections of this engagement's proposed maps, applied first to the\n"
            "# next proposal for the same customer (d365migrate.mapping.learned). Column names\n"
            "# and the choice labels mapped only: no customer values. Delete a line to forget it.\n"
            + yaml.safe_dump(body, sort_keys=False, allow_unicode=True, width=100),
            encoding="utf-8")
        return path

    # -- applying -------------------------------------------------------------------------
    def prefer_sources(self, chosen: dict[str, str], sources: list[str],
                       objects: list[str]) -> dict[str, str]:
        """Target table -> source object, where the analyst put another file in an entry
        before (matched by its file name, case and punctuation aside)."""
        out = dict(chosen)
        by_name = {norm_file(s): s for s in sources}
        for c in self.corrections:
            if c.get("what") != "table" or c.get("unit") not in objects:
                continue
            source = by_name.get(str(c.get("chosen")))
            if source is None:
                continue
            out = {t: s for t, s in out.items() if s != source}
            out[str(c["unit"])] = source
        return out

    def apply(self, entries: list[dict[str, Any]], kind_of: Callable[[str], str | None],
              frames: Mapping[str, Any], formats_of: Callable[[str], dict[str, str]],
              table_defs: Mapping[str, Mapping[str, Any]], *,
              values_of: Callable[..., dict[str, int | None]],
              email_columns: frozenset[str] | set[str] = frozenset()
              ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """The proposed entries with the corrections applied, and what was (and was not)
        applied: one line per correction met, with the engine's own proposal.
        ``values_of(series, attr, multi)`` proposes a choice column's values, as the
        proposal does; ``email_columns`` take the email transform."""
        out = copy.deepcopy(entries)
        applied: list[dict[str, Any]] = []
        for entry in out:
            source = entry.get("source")
            if not source or source not in frames:
                continue
            unit = unit_name(entry)
            kind = str(kind_of(source) or "?")
            td = table_defs.get(unit) or table_defs.get(str(entry.get("target"))) or {}
            attrs = tables.attributes(td)
            formats = formats_of(source) or {}
            c = self.find("table", unit=unit)
            if c is not None and c.get("chosen") == norm_file(source):
                entry["reason"] = f"'{source}' fills {unit} {said(c)}"
                applied.append({"what": "table", "unit": unit, "source": source,
                                "engine": c.get("proposed"), "applied": True})
            names: dict[str, list[str]] = {}
            for col in frames[source].columns:
                names.setdefault(_compact(norm_column(col)), []).append(col)
            for c in self.corrections:
                if c.get("what") != "column" or c.get("unit") != unit or c.get("kind") != kind:
                    continue
                cols = names.get(_compact(str(c.get("column"))), [])
                if len(cols) != 1 or cols[0] == entry.get("source_key"):
                    continue  # not in this export, two columns read alike, or the key
                applied.append(self._apply_column(entry, cols[0], c, attrs, formats,
                                                  frames[source], values_of, email_columns))
            for col_entry in entry.get("columns") or []:
                self._apply_choices(entry, col_entry, kind, applied)
        return out, applied

    def _apply_column(self, entry: dict[str, Any], col: str, c: Mapping[str, Any],
                      attrs: Mapping[str, dict[str, Any]], formats: Mapping[str, str],
                      frame: Any, values_of: Callable[..., dict[str, int | None]],
                      email_columns: frozenset[str] | set[str]) -> dict[str, Any]:
        unit = unit_name(entry)
        engine = _role(entry, col)
        line = {"what": "column", "unit": unit, "column": norm_column(col), "source": col,
                "engine": engine, "chosen": c.get("chosen"), "applied": False}
        was, now = c.get("format"), formats.get(col)
        if not same_kind_of_values(was, now):
            line["why"] = (f"its values looked like {was} when the analyst chose, and like "
                           f"{now} now: left to the engine")
            return line
        chosen = c.get("chosen")
        if chosen is not None:
            attr = attrs.get(str(chosen))
            if attr is None or tables.attribute_type(attr) in LOOKUP_TYPES:
                line["why"] = f"the org's {entry.get('target')} has no column {chosen} to fill"
                return line
        if engine == "owner":
            line["why"] = "it is the owner column; owners are matched, not mapped"
            return line
        first = _column_entry(entry, col)
        transform = c.get("transform")
        if chosen == engine and (chosen is None or transform in (None, (first or {}).get(
                "transform"))):
            line.update(applied=True, why="the engine proposes the same now")
            return line
        reason = said(c) + f" (the engine proposed {engine or 'nothing'})"
        # the column's own line goes (a required column's copy of it stays)
        entry["columns"] = [x for x in entry.get("columns") or [] if x is not first]
        if first is None:
            entry["lookups"] = [x for x in entry.get("lookups") or [] if x.get("source") != col]
        if entry.get("unresolved_lookups"):
            entry["unresolved_lookups"] = [x for x in entry["unresolved_lookups"]
                                           if x.get("source") != col]
        unmapped = [x for x in entry.get("unmapped") or [] if x != col]
        reasons = {k: v for k, v in (entry.get("unmapped_reasons") or {}).items() if k != col}
        if chosen is None:
            unmapped.append(col)
            reasons[col] = "left unmapped " + reason
        else:
            for other in [x for x in entry["columns"] if x.get("target") == chosen
                          and x.get("source") and not str(x["source"]).startswith("__")]:
                entry["columns"].remove(other)
                if other["source"] not in unmapped:
                    unmapped.append(other["source"])
                reasons[other["source"]] = f"its target {chosen} went to '{col}' {said(c)}"
            atype = tables.attribute_type(attr)
            transform = transform or ("email" if chosen in email_columns
                                      else TRANSFORM_BY_TYPE.get(atype, "text"))
            new = {"target": chosen, "source": col, "transform": transform,
                   "confidence": LEARNED_CONFIDENCE, "reason": reason + "."}
            if transform in CHOICES:
                new["values"] = values_of(frame[col], attr, transform == "multichoice")
            entry["columns"].append(new)
        entry["unmapped"] = unmapped
        entry["unmapped_reasons"] = reasons
        line["applied"] = True
        return line

    def _apply_choices(self, entry: dict[str, Any], col_entry: dict[str, Any], kind: str,
                       applied: list[dict[str, Any]]) -> None:
        if col_entry.get("transform") not in CHOICES or not col_entry.get("source"):
            return
        unit, col = unit_name(entry), str(col_entry["source"])
        decided = []
        for value, option in list((col_entry.get("values") or {}).items()):
            c = self.find("choice", unit=unit, kind=kind, column=norm_column(col),
                          target=col_entry["target"], value=value)
            if c is None:
                continue
            applied.append({"what": "choice", "unit": unit, "column": norm_column(col),
                            "source": col, "target": col_entry["target"], "value": value,
                            "engine": option, "chosen": c.get("chosen"), "applied": True})
            if option != c.get("chosen"):
                col_entry["values"][value] = c.get("chosen")
                decided.append((value, c))
        if decided:
            listed = ", ".join(f"'{v}'" for v, _ in decided)
            col_entry["reason"] = (str(col_entry.get("reason") or "").rstrip(".")
                                   + f"; value(s) {listed} decided {said(decided[0][1])}.")


def load_learned(folder: EngagementFolder | Path) -> Learned:
    """The engagement's corrections; none when it has no ``learned.yml``."""
    path = folder.learned if isinstance(folder, EngagementFolder) else Path(folder)
    if not path.exists():
        return Learned()
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER) or {}
    if not isinstance(data, dict) or not isinstance(data.get("corrections") or [], list):
        raise MappingError(f"{path}: not a learned-corrections file (no 'corrections' list)")
    return Learned([dict(c) for c in data.get("corrections") or [] if isinstance(c, dict)])


# -- keeping the proposal, learning at confirmation ---------------------------------------------
def keep_proposal(folder: EngagementFolder, mapping: Mapping[str, Any], discovery: Any,
                  applied: list[dict[str, Any]] | None = None) -> Path:
    """Keep the proposal as the analyst is shown it (``proposal.yml``), with each file's kind
    and each column's format, so a later confirmation can say what the analyst changed."""
    sources = [str(t["source"]) for t in mapping.get("tables") or [] if t.get("source")]
    body = {
        "about": "the engine's proposal as the analyst was shown it; a confirmation is "
                 "compared with it to learn the analyst's corrections (learned.yml)",
        "kinds": {s: discovery.kind_of(s) for s in sources},
        "formats": {s: discovery.column_types(s) for s in sources},
        "learned_applied": [a for a in applied or [] if a.get("applied")],
        "mapping": dict(mapping),
    }
    folder.proposal.parent.mkdir(parents=True, exist_ok=True)
    folder.proposal.write_text(yaml.safe_dump(body, sort_keys=False, allow_unicode=True,
                                              width=100), encoding="utf-8")
    return folder.proposal


def learn_from_confirmation(folder: EngagementFolder, confirmed: Mapping[str, Any]
                            ) -> list[dict[str, Any]]:
    """Record in ``learned.yml`` where the confirmed map differs from the kept proposal;
    returns the corrections added or changed (none without a kept proposal)."""
    if confirmed.get("status") != "confirmed" or not folder.proposal.exists():
        return []
    snap = yaml.load(folder.proposal.read_text(encoding="utf-8"), Loader=_LOADER) or {}
    proposed = snap.get("mapping") or {}
    if proposed.get("proposed_at") != confirmed.get("proposed_at"):
        return []  # the kept proposal is of another map (a later suggest): nothing to compare
    kinds: dict[str, str] = snap.get("kinds") or {}
    formats: dict[str, dict[str, str]] = snap.get("formats") or {}
    engine_of = {(a.get("unit"), _compact(str(a.get("column")))): a.get("engine")
                 for a in snap.get("learned_applied") or [] if a.get("what") == "column"}
    by, at = _by(confirmed)
    stamp = {"by": by, "at": at}
    learned = load_learned(folder)
    changed: list[dict[str, Any]] = []
    p_entries = {unit_name(t): t for t in proposed.get("tables") or []}
    for c_e in confirmed.get("tables") or []:
        unit = unit_name(c_e)
        p_e = p_entries.get(unit)
        source = c_e.get("source")
        if p_e is None or not source:
            continue
        if p_e.get("source") != source:
            c = {"what": "table", "unit": unit, "table": c_e.get("target"),
                 "kind": kinds.get(str(source)), "proposed": norm_file(p_e["source"])
                 if p_e.get("source") else None, "chosen": norm_file(source), **stamp}
            if learned.upsert(c):
                changed.append(c)
            continue  # the columns of another file say nothing about this one's proposal
        kind = str(kinds.get(str(source)) or "?")
        fmt = formats.get(str(source)) or {}
        for col in _source_columns(c_e) + [x for x in _source_columns(p_e)
                                           if x not in _source_columns(c_e)]:
            if col in (c_e.get("source_key"), p_e.get("source_key")):
                continue  # the record's key is decided as a key (mapping.decisions.keys)
            p_role, c_role = _role(p_e, col), _role(c_e, col)
            if "owner" in (p_role, c_role) or (c_role or "").startswith("lookup:"):
                continue  # owners and lookups are bound by links, not learned by name
            p_t = (_column_entry(p_e, col) or {}).get("transform")
            c_t = (_column_entry(c_e, col) or {}).get("transform")
            if p_role == c_role and p_t == c_t:
                continue
            engine = engine_of.get((unit, _compact(norm_column(col))), p_role)
            base = {"what": "column", "unit": unit, "table": c_e.get("target"), "kind": kind,
                    "column": norm_column(col), "format": fmt.get(col)}
            if c_role == engine and (c_role is None or p_t == c_t):
                if learned.drop(base):  # back to what the engine proposes
                    changed.append({**base, "chosen": c_role, "forgotten": True})
                continue
            c = {**base, "proposed": engine, "chosen": c_role,
                 "transform": c_t if c_role else None, **stamp}
            if learned.upsert(c):
                changed.append(c)
        for col_entry in c_e.get("columns") or []:
            col = col_entry.get("source")
            if col_entry.get("transform") not in CHOICES or not col or str(col).startswith(
                    "__"):
                continue
            before = (_column_entry(p_e, col, col_entry["target"]) or {}).get("values") or {}
            for value, option in (col_entry.get("values") or {}).items():
                if option is None or before.get(value) == option:
                    continue
                c = {"what": "choice", "unit": unit, "table": c_e.get("target"), "kind": kind,
                     "column": norm_column(col), "target": col_entry["target"],
                     "value": str(value), "proposed": before.get(value), "chosen": option,
                     **stamp}
                if learned.upsert(c):
                    changed.append(c)
    if changed:
        learned.save(folder.learned)
    return changed
