"""The org's values against the export's own cells, not against what staging made of them.

Verification compares each loaded record with its staged row. A staging fault that put a
value in another row or column would be staged, loaded and "verified" alike: the staged file
is our own work, not the customer's. So every text column the map copies as it is (one
export column, no default, no fallback column, no clock; phone numbers as written, e-mail
addresses lowercased as staging writes them), and every choice whose words the analyst
decided (the option each word stands for; a status reason too, the one its word was decided
as, which the record's close set), is compared once more, cell by cell, with the
export row its record came from
(``__source_row``): the export's text, trimmed, is what the org must hold; where the analyst
decided a value map for the column (``value_map``: '3' is 'II'), the word it gives. A value
staging cleared under the map's policy (``cleared/<object>.csv``) is expected empty there,
as the report says it is.

Numbers are read from the export's cell by this module itself, not by staging's parser:
a plain number (digits, a sign, one decimal mark, thousands grouped by the separator intake
saw in that column) must be the org's value, to the column's precision. A cell written any
other way (a currency sign, a percent, words) is not compared here and is counted as such
(``unread``): its staged value is compared with the org as before.

A yes/no column is read from the export's word: the words the analyst decided for it
(``values``: 'Outbound' is yes), else the yes/no words staging knows (a word list, not a
parser: reading the same word the same way is no restating of a row's alignment, which is
what this check proves); a multi-select choice from its cell split at ';', every word
decided. A word neither reads is counted ``unread``, as a number written otherwise.

A whole address read part by part from one cell (``address_part``: street, city, postal code,
country) is compared whole: the words of the parts the org holds, in any order, must be
words of the export's cell (none from another row, none twice), and where the map reads
every part from it (street, city, state, postal code, country) all of them, no fewer
(counted under the address's composite column, 'address1_composite'). That proves no part
was lost, doubled or taken from another row without repeating how staging read the lines.

A link whose export cell is the referenced record's own id (a contact's company_id) must
point at that record in the org (:meth:`ExportCells.link_by_id`); a cell naming its record
by name or e-mail is compared with staging only. The owner the export's cell names by
e-mail must own the record (or the fallback owner the owner queue recorded for it).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import polars as pl

from d365migrate.intake.mailbox_values import address_of
from d365migrate.verify.compare import CLOSE_FILLED, ORG_NUMBERED, Kind, kind_of, same

TEXT, OPTION = Kind("text"), Kind("option")
SUFFIX = " (the export's cell)"  # how mismatches.csv names a cell checked against the export
#: Number columns read from the export here: the org's type -> the map's transform.
NUMBER_TYPES = {"Integer": "integer", "BigInt": "integer", "Decimal": "decimal",
                "Double": "decimal", "Money": "decimal"}
#: Not a number's reading this module repeats: the map scales, shifts or pads the value.
CHANGED = ("default", "else", "continues", "plus_minutes", "clock", "part", "keep_in",
           "divide_by", "values", "value_map", "address_part", "band")
UNREAD = object()  # a number cell written other than plainly: not compared here


def copied_columns(tmap: dict[str, Any], table_def: dict[str, Any],
                   export_columns: Collection[str]) -> dict[str, str]:
    """Target -> export column of the map's columns that copy one cell's text unchanged,
    or read it as a choice through decided words."""
    attrs = {a["LogicalName"]: a for a in table_def.get("Attributes", [])}
    stated = any(c.get("target") == "statecode" for c in tmap.get("columns", []))
    out: dict[str, str] = {}
    for c in tmap.get("columns", []):
        target, source = c.get("target"), c.get("source")
        attr = attrs.get(target or "")
        transform = c.get("transform", "text")
        text = transform in ("text", "email") and c.get("values") is None and \
            attr is not None and attr.get("AttributeType") in ("String", "Memo")
        # a status reason read from its own column (no state column beside it: then the
        # state may move the status, and the close is the staged check's)
        choice = transform == "choice" and bool(c.get("values")) and attr is not None and (
            attr.get("AttributeType") == "Picklist" or (
                attr.get("AttributeType") == "Status" and not stated))
        if (not source or source not in export_columns or not (text or choice)
                or any(c.get(k) is not None for k in
                       ("default", "else", "continues", "plus_minutes", "clock", "part",
                        "keep_in", "address_part"))):
            continue
        out[target] = source
    return out


def address_columns(tmap: dict[str, Any], export_columns: Collection[str]
                    ) -> dict[str, tuple[str, tuple[str, ...]]]:
    """The address's composite column -> (export column, the targets of its parts) of each
    whole address the map reads part by part."""
    out: dict[str, tuple[str, list[str]]] = {}
    for c in tmap.get("columns", []):
        source, target = c.get("source"), str(c.get("target") or "")
        if c.get("address_part") and source in export_columns and "_" in target:
            side = target.rsplit("_", 1)[0]
            out.setdefault(f"{side}_composite", (str(source), []))[1].append(target)
    return {k: (s, tuple(ts)) for k, (s, ts) in out.items()}


#: The parts a map reads from a whole address when it carries all of it.
WHOLE_ADDRESS = frozenset({"line1", "city", "stateorprovince", "postalcode", "country"})


def _words(text: str) -> list[str]:
    return sorted(re.findall(r"[^\s,]+", text))


def _within(held: list[str], cell: list[str]) -> bool:
    """Whether every word of ``held`` is one of ``cell``'s (as often as there)."""
    left = list(cell)
    for w in held:
        if w not in left:
            return False
        left.remove(w)
    return True


def number_columns(tmap: dict[str, Any], table_def: dict[str, Any],
                   export_columns: Collection[str]) -> dict[str, tuple[str, Kind]]:
    """Target -> (export column, comparison kind) of the map's columns that read one cell as
    a number as it is (no scaling, default or second column)."""
    attrs = {a["LogicalName"]: a for a in table_def.get("Attributes", [])}
    out: dict[str, tuple[str, Kind]] = {}
    for c in tmap.get("columns", []):
        target, source = c.get("target"), c.get("source")
        attr = attrs.get(target or "")
        number = NUMBER_TYPES.get(str((attr or {}).get("AttributeType")))
        if (number is None or not source or source not in export_columns
                or number != c.get("transform")
                or any(c.get(k) is not None for k in CHANGED)):
            continue
        out[str(target)] = (str(source), kind_of(attr, c.get("transform")))
    return out


#: ISO 8601 as export tools write it: a date, or a date and time with an optional zone.
ISO_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
                        r"(?:Z|[+-]\d{2}(?::?\d{2})?)?)?")


def date_columns(tmap: dict[str, Any], table_def: dict[str, Any],
                 export_columns: Collection[str], zone: str | None
                 ) -> dict[str, tuple[str, Kind, str | None]]:
    """Target -> (export column, comparison kind, the zone a time without one is in) of
    the map's columns that read one cell as a date or a moment as it is. Only a column
    Dataverse keeps as a moment (UserLocal) is shifted from the export's zone; a date-only
    or zone-independent one is compared as written (table reference pages)."""
    attrs = {a["LogicalName"]: a for a in table_def.get("Attributes", [])}
    out: dict[str, tuple[str, Kind, str | None]] = {}
    for c in tmap.get("columns", []):
        target, source = c.get("target"), c.get("source")
        attr = attrs.get(target or "") or {}
        if (attr.get("AttributeType") != "DateTime" or c.get("transform") not in
                ("datetime", "date") or not source or source not in export_columns
                or any(c.get(k) is not None for k in CHANGED)):
            continue
        behaviour = (attr.get("DateTimeBehavior") or {}).get("Value")
        local = behaviour == "UserLocal" if behaviour else attr.get("Format") != "DateOnly"
        kind = kind_of(attr, c.get("transform"))
        out[str(target)] = (str(source), kind, zone if local and kind.name == "datetime"
                            else None)
    return out


def plain_moment(cell: str, kind: Kind, zone: str | None) -> Any:
    """The date or moment an ISO 8601 cell holds (a time without a zone in ``zone``, UTC
    without one), else :data:`UNREAD` (another way of writing dates is staging's reading)."""
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    text = cell.strip()
    if not ISO_MOMENT.fullmatch(text):
        return UNREAD
    if kind.name == "date":   # the calendar date as written, whatever its offset (staging's)
        return text[:10]
    moment = datetime.fromisoformat(text.replace(" ", "T", 1))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(zone) if zone else UTC)
    return moment


def plain_number(cell: str, decimal: str | None) -> str | object:
    """The number a plainly written cell holds ('1,234.50' -> '1234.50' where the column's
    decimal mark is '.'), else :data:`UNREAD`."""
    text = cell.strip().replace("\u00a0", " ")
    mark = decimal or "."
    group = "[,\u202f ']" if mark == "." else "[.\u202f ']"
    if re.fullmatch(rf"[+-]?\d+(?:{re.escape(mark)}\d+)?", text):
        return text.replace(mark, ".")
    if re.fullmatch(rf"[+-]?\d{{1,3}}(?:{group}\d{{3}})+(?:{re.escape(mark)}\d+)?", text):
        return re.sub(group, "", text).replace(mark, ".")
    return UNREAD


def flag_columns(tmap: dict[str, Any], table_def: dict[str, Any],
                 export_columns: Collection[str]) -> dict[str, tuple[str, Kind]]:
    """Target -> (export column, kind) of the map's yes/no and multi-select columns that
    read one cell as it is (the analyst's decided words and value map are read here too)."""
    attrs = {a["LogicalName"]: a for a in table_def.get("Attributes", [])}
    out: dict[str, tuple[str, Kind]] = {}
    for c in tmap.get("columns", []):
        target, source = c.get("target"), c.get("source")
        attr = attrs.get(target or "")
        transform = c.get("transform")
        if attr is None or not source or source not in export_columns or any(
                c.get(k) is not None for k in CHANGED if k not in ("values", "value_map")):
            continue
        kind = kind_of(attr, transform)
        if (transform == "boolean" and kind.name == "boolean") or (
                transform == "multichoice" and kind.name == "multioption" and c.get("values")):
            out[str(target)] = (str(source), kind)
    return out


def read_flag(text: str, decided: dict[str, Any] | None) -> bool | object:
    """The yes/no a cell's word says: the analyst's words where decided (exact, as staging
    reads them), else the known yes/no words; :data:`UNREAD` for any other word."""
    from d365migrate.intake.values import FALSE, TRUE

    word = text.strip()
    if decided:
        said = {str(k): v for k, v in decided.items() if v is not None}
        return bool(said[word]) if word in said else UNREAD
    low = word.lower()
    return True if low in TRUE else False if low in FALSE else UNREAD


def read_options(text: str, decided: dict[str, Any]) -> str | object:
    """The options a multi-select cell names ('CRM; Analytics' -> '100000000,100000001'),
    every word decided, else :data:`UNREAD`."""
    from d365migrate.mapping.manifest import MULTI_SEPARATOR

    said = {str(k).strip(): v for k, v in decided.items() if v is not None}
    words = [w.strip() for w in text.split(MULTI_SEPARATOR) if w.strip()]
    if not words or any(w not in said for w in words):
        return UNREAD
    return ",".join(str(said[w]) for w in words)


def decided_choices(tmap: dict[str, Any]) -> dict[str, dict[str, int]]:
    """Target -> the option each export word stands for (a choice column's ``values``:
    staging reads the trimmed word, exactly; a word decided as nothing stays empty)."""
    return {c["target"]: {str(k): int(v) for k, v in c["values"].items() if v is not None}
            for c in tmap.get("columns", [])
            if c.get("transform") == "choice" and c.get("target") and c.get("values")}


def lowercased(tmap: dict[str, Any]) -> set[str]:
    """Targets whose text staging lowercases (e-mail addresses)."""
    return {c["target"] for c in tmap.get("columns", []) if c.get("transform") == "email"}


def decided_words(tmap: dict[str, Any]) -> dict[str, dict[str, str | None]]:
    """Target -> its value map (the export's words, trimmed and lowercased -> the word)."""
    return {c["target"]: {str(k).strip().lower(): None if v is None else str(v)
                          for k, v in c["value_map"].items()}
            for c in tmap.get("columns", []) if c.get("target") and c.get("value_map")}


def cleared_cells(path: Path) -> set[tuple[str, str]]:
    """(source id, target) of the values staging cleared on purpose (``cleared/``)."""
    if not path.exists():
        return set()
    df = pl.read_csv(path, infer_schema=False)
    if not {"source_id", "target"} <= set(df.columns):
        return set()
    return {(str(s), str(t)) for s, t in df.select("source_id", "target").iter_rows()}


@dataclass
class ExportCells:
    """One table's cells compared with the export: counts per column and the mismatches."""

    table: str
    columns: dict[str, str]  # target -> export column
    rows: pl.DataFrame | None  # the export file's rows, as read for staging
    cleared: set[tuple[str, str]] = field(default_factory=set)
    words: dict[str, dict[str, str | None]] = field(default_factory=dict)  # value maps
    lower: set[str] = field(default_factory=set)  # targets staged lowercased (e-mail)
    choices: dict[str, dict[str, int]] = field(default_factory=dict)  # word -> option
    numbers: dict[str, Kind] = field(default_factory=dict)  # target -> number kind
    dates: dict[str, tuple[Kind, str | None]] = field(default_factory=dict)  # kind, zone
    #: yes/no and multi-select columns: target -> (kind, the analyst's decided words)
    flags: dict[str, tuple[Kind, dict[str, Any] | None]] = field(default_factory=dict)
    decimals: dict[str, str | None] = field(default_factory=dict)  # export column -> mark
    unread: dict[str, int] = field(default_factory=dict)  # target -> cells not plain
    #: lookups by id: target -> (export column, attribute read back, the referenced
    #: records' source ids), and the org ids read back as those source ids
    links: dict[str, tuple[str, str, frozenset[str]]] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    refused: set[tuple[str, str]] = field(default_factory=set)  # (source id, target)
    #: the owner: (export column, attribute read back), and each owner's e-mail -> the
    #: user the run gave it (its own, or the fallback the owner queue recorded)
    owner: tuple[str, str] | None = None
    owner_ids: dict[str, str] = field(default_factory=dict)
    #: whole addresses read part by part: composite -> (export column, the parts' targets)
    addresses: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    checked: int = 0
    matched: int = 0
    per_column: dict[str, int] = field(default_factory=dict)  # target -> cells compared
    mismatches: list[dict[str, Any]] = field(default_factory=list)
    _cells: dict[str, list[Any]] | None = field(default=None, repr=False)

    def wanted(self, source_id: str, target: str, cell: Any) -> str | int | object | None:
        """What the org must hold for one export cell: the cell's text, the word the
        analyst's value map gives it, lowercased for an e-mail, the option a choice's word
        was decided as, empty where cleared."""
        if (source_id, target) in self.cleared or cell is None or not str(cell).strip():
            return None
        if target in self.numbers:
            return plain_number(str(cell), self.decimals.get(self.columns[target]))
        if target in self.dates:
            return plain_moment(str(cell), *self.dates[target])
        text: str | None = str(cell)
        words = self.words.get(target) or {}
        if str(cell).strip().lower() in words:  # the analyst's word for it (None: empty)
            text = words[str(cell).strip().lower()]
        if target in self.flags:
            kind, decided = self.flags[target]
            if text is None:
                return None
            return read_options(text, decided or {}) if kind.name == "multioption" \
                else read_flag(text, decided)
        if target in self.choices:
            return None if text is None else self.choices[target].get(text.strip())
        return address_of(text).lower() if text is not None and target in self.lower else text

    def holds(self, source_id: str, target: str, cell: Any, value: Any) -> bool:
        """Whether the org's ``value`` is what the export's ``cell`` makes of it (a number
        cell not written plainly is not compared here: True)."""
        wanted = self.wanted(source_id, target, cell)
        return wanted is UNREAD or same(wanted, value, self._kind(target))

    def _kind(self, target: str) -> Kind:
        if target in self.numbers:
            return self.numbers[target]
        if target in self.dates:  # a deal's close date its close set: no difference
            return replace(self.dates[target][0], platform_filled=target in CLOSE_FILLED)
        if target in self.flags:
            return self.flags[target][0]
        if target == "statuscode":  # nothing sent: the platform's status is right
            return Kind("option", platform_filled=True)
        if target in ORG_NUMBERED:  # nothing sent: the org's own case or document number
            return Kind("text", platform_filled=True)
        return OPTION if target in self.choices else TEXT

    def link_by_id(self, fields: list[Any], refs: dict[tuple[str, str], dict[str, str]],
                   names: dict[str, str], tmap: dict[str, Any],
                   refused: Collection[tuple[str, str]] = ()) -> None:
        """Compare the lookups whose export cell is the referenced record's own id too:
        the org's link must name the record the cell names (a link staged on the wrong row
        is loaded and read back "as staged"). A cell naming its record by name or e-mail,
        or through a part of a JSON cell, is left to the staged comparison."""
        plain = {lk["navigation"] for lk in tmap.get("lookups", [])
                 if not any(lk.get(k) for k in ("part", "by"))}
        for f in fields:
            if f.role != "lookup" or len(f.refs) != 1 or not f.source or self.rows is None \
                    or f.source not in self.rows.columns \
                    or f.refs[0][0].removeprefix("__ref__") not in plain:
                continue
            known = frozenset(refs.get(f.refs[0]) or {})
            if known:
                self.links[f.column] = (f.source, f.read, known)
                self.refused |= {(sid, f.column) for sid, col in refused if col == f.staged}
        self.names = {str(k).lower(): str(v) for k, v in names.items()}

    def owned_by_cell(self, tmap: dict[str, Any], owner_ids: dict[str, str] | None) -> None:
        """Compare the owner with the user the export's own cell names (its e-mail, as the
        load matched it, or the fallback the owner queue gave it)."""
        source = (tmap.get("owner") or {}).get("source")
        if source and owner_ids and self.rows is not None and source in self.rows.columns:
            self.owner = (str(source), "_ownerid_value")
            self.owner_ids = {str(k).strip().lower(): str(v).lower()
                              for k, v in owner_ids.items() if k}

    def _compare_owner(self, source_id: str, row: int, record: dict[str, Any]) -> None:
        assert self._cells is not None and self.owner is not None
        cell = self._cells[self.owner[0]][row - 1]
        wanted = self.owner_ids.get("" if cell is None else str(cell).strip().lower())
        if wanted is None:
            return  # a name, a JSON cell, an owner without a user: the staged check's
        self.checked += 1
        self.per_column["ownerid"] = self.per_column.get("ownerid", 0) + 1
        org = str(record.get(self.owner[1]) or "").lower()
        if org == wanted:
            self.matched += 1
            return
        self.mismatches.append({"table": self.table, "source_id": source_id,
                                "column": "ownerid" + SUFFIX, "expected": str(cell).strip(),
                                "actual": self.names.get(org) or org})

    def _compare_links(self, source_id: str, row: int, record: dict[str, Any]) -> None:
        assert self._cells is not None
        for target, (source, read, known) in self.links.items():
            cell = self._cells[source][row - 1]
            text = "" if cell is None else str(cell).strip()
            if text not in known or (source_id, target) in self.refused:
                continue  # named otherwise, or refused by the org: the staged check's
            self.checked += 1
            self.per_column[target] = self.per_column.get(target, 0) + 1
            org = record.get(read)
            held = self.names.get(str(org).lower()) if org else None
            if held == text:
                self.matched += 1
                continue
            self.mismatches.append({"table": self.table, "source_id": source_id,
                                    "column": target + SUFFIX, "expected": text,
                                    "actual": held or ("" if org is None else str(org))})

    def _compare_addresses(self, source_id: str, row: int, record: dict[str, Any]) -> None:
        assert self._cells is not None
        for composite, (source, targets) in self.addresses.items():
            if any((source_id, t) in self.cleared for t in targets):
                continue  # a part cleared on purpose: listed in cleared/, not compared
            cell = self._cells[source][row - 1]
            text = "" if cell is None else str(cell)
            held = " ".join(str(record[t]) for t in targets if record.get(t) is not None)
            whole = WHOLE_ADDRESS <= {t.rsplit("_", 1)[1] for t in targets}
            self.checked += 1
            self.per_column[composite] = self.per_column.get(composite, 0) + 1
            if (_words(text) == _words(held)) if whole else _within(_words(held), _words(text)):
                self.matched += 1
                continue
            self.mismatches.append({"table": self.table, "source_id": source_id,
                                    "column": composite + SUFFIX,
                                    "expected": " / ".join(
                                        ln.strip() for ln in text.splitlines() if ln.strip()),
                                    "actual": held})

    def compare(self, source_id: str, row: int | None, record: dict[str, Any]) -> None:
        """Compare one record read back with its export row (``row``: 1-based)."""
        if self.rows is None or not (self.columns or self.links or self.owner
                                     or self.addresses) or row is None \
                or not 0 < row <= self.rows.height:
            return
        if self._cells is None:  # each copied column as a list, once: a named row per
            self._cells = {s: self.rows[s].to_list()  # record (20 columns) cost more than
                           for s in {*self.columns.values(),  # comparing six cells
                                     *(src for src, _, _ in self.links.values()),
                                     *(src for src, _ in self.addresses.values()),
                                     *([self.owner[0]] if self.owner else [])}}
        self._compare_addresses(source_id, row, record)
        self._compare_links(source_id, row, record)
        if self.owner is not None:
            self._compare_owner(source_id, row, record)
        for target, source in self.columns.items():
            cell = self._cells[source][row - 1]
            if self.wanted(source_id, target, cell) is UNREAD:
                self.unread[target] = self.unread.get(target, 0) + 1
                continue
            self.checked += 1
            self.per_column[target] = self.per_column.get(target, 0) + 1
            if self.holds(source_id, target, cell, record.get(target)):
                self.matched += 1
                continue
            wanted = self.wanted(source_id, target, cell)
            self.mismatches.append({
                "table": self.table, "source_id": source_id, "column": target + SUFFIX,
                "expected": "" if wanted is None else str(wanted),
                "actual": "" if record.get(target) is None else str(record.get(target))})

    def release(self) -> None:
        """Drop the export's cells once every record is compared (the counts stay)."""
        self.rows, self._cells = None, None

    def summary(self) -> dict[str, Any]:
        """For ``verification.json``: cells compared with the export, and how many differ."""
        differ: dict[str, int] = {}
        for m in self.mismatches:
            column = m["column"].removesuffix(SUFFIX)
            differ[column] = differ.get(column, 0) + 1
        return {"checked": self.checked, "matched": self.matched,
                "mismatched": self.checked - self.matched,
                **({"unread": dict(self.unread)} if self.unread else {}),
                "columns": {t: {"export_column": self.columns.get(t) or (
                    self.links[t][0] if t in self.links else self.addresses[t][0]
                    if t in self.addresses else (self.owner or ("",))[0]),
                                "cells": n,
                                "differ": differ.get(t, 0)}
                            for t, n in self.per_column.items()}}
