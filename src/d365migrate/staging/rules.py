"""Rules staging applies before anything moves: what must be there, and values that cannot be right.

* **Refusals** (:class:`MissingColumn`): a column the map reads that the file does not have,
  and a column Dataverse requires that the map fills from nothing, stop staging with the file
  and the column named, instead of loading nameless records. Required means ``SystemRequired``
  (the platform refuses a create without it), or ``ApplicationRequired`` where the record's
  name is at stake: the table's primary name column, or a column the committed suite in
  ``expectations/<table>.json`` declares not null (account ``name``, contact and lead
  ``lastname``, an activity's ``subject``, a case's ``title``). Any other ``ApplicationRequired``
  column the map leaves empty (a lead's ``subject`` in the sample map) is a failed check in
  ``validation/<table>.json``: the Web API accepts the record, a person editing it is asked to
  fill it. A required column whose source column exists but is empty in some rows is quarantined
  row by row, by validation.
* **Values** (a quarantine line with the reason): numbers that are not finite (``NaN``, ``inf``),
  numbers outside the column's ``MinValue``/``MaxValue`` (or the type's documented range), and
  dates outside what Dataverse stores: "All date and time columns in Dataverse support values as
  early as 1/1/1753 12:00 AM" (PAD ``behavior-format-date-time-attribute``); the last day taken
  is 9999-12-30, since a user-local value on 9999-12-31 overflows once shifted by a time zone.
* **Field-level policy** (:func:`column_policies`): a value that cannot go as it is (one of
  the above, a date or number that does not read, a choice with no option, an email or phone
  that is not one) holds back the whole row only where the column is required or names the
  record; in any other column it is cleared and listed in ``cleared/<object>.csv`` (file, row,
  column, original value, reason), and the record still moves. The map's ``on_bad`` decides
  per column (``reject``, ``clear``, ``keep_as_text`` with ``keep_in``: the original text goes
  to that text column); a bad or missing source id always holds the row back.
* **Phones** (:func:`checked_phone`, the pattern in :mod:`d365migrate.phone_numbers`): a
  phone column's value needs 7 to 15 digits and no letters but an extension (``x12``,
  ``ext. 12``, or an international number's last group: ``+49 149 3876713 6901``); ``n/a``
  and ``call reception`` are not phone numbers.
* **Source ids** are compared trimmed and in Unicode NFC, so ``Café`` typed with a combining
  accent and ``Café`` are one record (the second is skipped as a duplicate, naming the row kept).
* **Parent loops** (:func:`parent_loops`): a lookup from a table to itself (a company's parent
  company) that goes round (A -> B -> A, or A its own parent) cannot load as it is; each link of
  the loop is cleared and flagged (``flags/<unit>.csv``, action "link cleared"), the records
  still load.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from d365migrate.dataverse.tables import attribute_type, attributes, label, required_level
from d365migrate.intake.values import ZERO_DATE
from d365migrate.mapping.decisions import REJECT_COLUMN, REJECT_REASON, REJECT_VALUE
from d365migrate.mapping.mapfile import check_on_bad, unit_name
from d365migrate.phone_numbers import PHONE
from d365migrate.resources import expectations_dir
from d365migrate.staging.family_rows import families_named
from d365migrate.words import a_or_an

REQUIRED_LEVELS = {"ApplicationRequired", "SystemRequired"}
#: Required columns Dataverse fills itself when a create leaves them out.
AUTOMATIC = {"ownerid", "owneridtype", "statecode", "statuscode", "transactioncurrencyid",
             "createdon", "modifiedon", "createdby", "modifiedby", "owningbusinessunit"}
#: The dates Dataverse stores (see the module's docstring), as staging writes them.
FIRST_DAY, LAST_DAY = "1753-01-01", "9999-12-30"
#: Ranges of number columns whose definition gives none (the documented defaults).
TYPE_RANGES: dict[str, tuple[float, float]] = {
    "Integer": (-2147483648, 2147483647),
    "BigInt": (-9223372036854775808, 9223372036854775807),
    "Money": (-922337203685477, 922337203685477),
    "Decimal": (-100000000000, 100000000000),
    "Double": (-100000000000, 100000000000),
}
NONFINITE = r"(?i)^[+-]?\s*(nan|inf|infinity)$"
FLAG_COLUMNS = {"file": pl.Utf8, "row": pl.Int64, "source_id": pl.Utf8, "column": pl.Utf8,
                "value": pl.Utf8, "reason": pl.Utf8, "action": pl.Utf8}
#: ``cleared/<object>.csv``: a field of a loaded record cleared (or kept as text elsewhere).
#: ``label`` is the target's display name (what users see in Dynamics 365), for the report.
CLEARED_COLUMNS = {"file": pl.Utf8, "row": pl.Int64, "source_id": pl.Utf8, "column": pl.Utf8,
                   "target": pl.Utf8, "label": pl.Utf8, "value": pl.Utf8, "reason": pl.Utf8,
                   "action": pl.Utf8, "kept_in": pl.Utf8}
CLEARED, KEPT = "field cleared", "kept as text"
#: Dataverse's standard phone columns (``Format: Phone``), for metadata that does not say.
PHONE_COLUMNS = {"telephone1", "telephone2", "telephone3", "mobilephone", "fax", "pager",
                 "assistantphone", "managerphone", "callback", "business2", "home2",
                 "address1_telephone1", "address1_telephone2",
                 "address1_telephone3", "address2_telephone1", "address2_telephone2",
                 "address2_telephone3", "address1_fax", "address2_fax", "phonenumber"}


class StagingRefused(ValueError):
    """Staging cannot go on with this file and map; the message names the file and column."""

    def __init__(self, message: str, *, file: str, columns: list[str]) -> None:
        super().__init__(message)
        self.file = file
        self.columns = columns


class MissingColumn(StagingRefused):
    """A column the map reads is not in the file, or a required column is filled by nothing."""


def empty_flags() -> pl.DataFrame:
    return pl.DataFrame(schema=FLAG_COLUMNS)


def empty_cleared() -> pl.DataFrame:
    return pl.DataFrame(schema=CLEARED_COLUMNS)


# -- field-level policy ---------------------------------------------------------------------
@dataclass(frozen=True)
class Policy:
    """What one mapped column does with a bad value: ``reject`` the row, ``clear`` the field,
    or ``keep_as_text`` (clear it and put the original text in ``keep_in``)."""

    on_bad: str
    keep_in: str | None = None
    label: str = ""  # the column's display name
    keep_label: str = ""  # the keep_in column's display name

    @property
    def action(self) -> str:
        """What happened to a bad value, in the words ``cleared/<object>.csv`` keeps."""
        if self.on_bad == "keep_as_text":
            return f"{KEPT} in {self.keep_label or self.keep_in}"
        return CLEARED

    @property
    def rejects(self) -> bool:
        return self.on_bad == "reject"


def required_targets(target: str, table_def: dict[str, Any] | None,
                     suite_dir: Path | None = None) -> tuple[set[str], set[str]]:
    """(required, must hold a value): columns whose bad value rejects the row by default
    (``ApplicationRequired``/``SystemRequired``, the primary name, the suite's not-null ones),
    and those of them a record cannot lose (SystemRequired, or naming the record)."""
    named = suite_not_null(target, suite_dir)
    required = set(named)
    if table_def:
        named.add(table_def.get("PrimaryNameAttribute"))
        required.add(table_def.get("PrimaryNameAttribute"))
        for name, a in attributes(table_def).items():
            level = required_level(a)
            if level in REQUIRED_LEVELS:
                required.add(name)
            if level == "SystemRequired":
                named.add(name)
    return required - {None}, named & required


def column_policies(tmap: dict[str, Any], table_def: dict[str, Any] | None = None,
                    suite_dir: Path | None = None, file: str | None = None
                    ) -> dict[str, Policy]:
    """Each mapped column's policy: the map's ``on_bad``, else reject where the column is
    required (or names the record) and clear anywhere else. A column a record cannot lose
    that the map says to clear is refused (:class:`StagingRefused`), naming entry and column;
    so is a ``keep_in`` column the destination has, but not as text."""
    check_on_bad({"tables": [tmap]})
    required, named = required_targets(tmap["target"], table_def, suite_dir)
    attrs = attributes(table_def) if table_def else {}
    entry, where = unit_name(tmap), file or tmap.get("source") or tmap["target"]
    out: dict[str, Policy] = {}
    for col in tmap.get("columns", []):
        target, on_bad = col["target"], col.get("on_bad")
        shown = label((attrs.get(target) or {}).get("DisplayName"))
        if on_bad is None:
            out[target] = Policy("reject" if target in required else "clear", label=shown)
            continue
        if on_bad != "reject" and target in named:
            raise StagingRefused(
                f"{where}: map entry '{entry}' column '{target}' says on_bad: {on_bad}, but "
                f"{tmap['target']} cannot load without '{target}'; set on_bad: reject (the "
                "row is held back) and confirm the map again", file=where, columns=[target])
        keep_in = col.get("keep_in")
        # a keep_in column not in the org yet may be a custom column the load creates (the
        # manifest); the preflight blocks the load if it is still missing then
        if keep_in and keep_in in attrs and attribute_type(attrs[keep_in]) not in (
                "String", "Memo"):
            raise StagingRefused(
                f"{where}: map entry '{entry}' column '{target}' keeps bad values in "
                f"'{keep_in}', which is {a_or_an(attribute_type(attrs[keep_in]))} column of "
                f"{tmap['target']}, not text; name a text column, and confirm the map again",
                file=where, columns=[keep_in])
        out[target] = Policy(on_bad, keep_in, shown,
                             label((attrs.get(keep_in) or {}).get("DisplayName")))
    return out


def is_phone(target: str, attr: dict[str, Any] | None) -> bool:
    """A phone column: its metadata says ``Format: Phone``, or it is a standard one."""
    fmt = (attr or {}).get("Format") or ((attr or {}).get("FormatName") or {}).get("Value")
    return fmt == "Phone" or (fmt in (None, "") and target in PHONE_COLUMNS)


def checked_phone(text: pl.Expr, typed: pl.Expr) -> tuple[pl.Expr, pl.Expr]:
    """(typed, reason) for a phone column: null where the value is not a phone number."""
    bad = (~text.str.contains(PHONE)).fill_null(False)
    return (pl.when(bad).then(None).otherwise(typed),
            pl.format("'{}' is not a phone number (7 to 15 digits)", text))


# -- refusals -------------------------------------------------------------------------------
def columns_read(tmap: dict[str, Any]) -> dict[str, str]:
    """Every source column a map entry reads, with what it feeds (for the message)."""
    target = tmap["target"]
    out: dict[str, str] = {}
    if tmap.get("source_key"):
        out[tmap["source_key"]] = "the source id"
    if tmap.get("where"):
        out.setdefault(tmap["where"]["column"], "the rows this entry takes")
    for col in tmap.get("columns", []):
        if col.get("transform") == "constant" or not col.get("source"):
            continue
        out.setdefault(col["source"], f"{target}.{col['target']}")
        if col.get("plus_minutes"):
            out.setdefault(col["plus_minutes"], f"{target}.{col['target']}")
    for lk in tmap.get("lookups", []):
        if not lk.get("through") and lk.get("source"):  # else its association file, or
            # a record already in the org (``existing``): nothing of this file
            out.setdefault(lk["source"], f"{target}.{lk['target']}")
        for fb in lk.get("fallbacks", []):
            out.setdefault(fb["source"], f"{target}.{lk['target']}")
        if lk.get("where"):
            out.setdefault(lk["where"]["column"], f"{target}.{lk['target']}")
    if tmap.get("owner"):
        out.setdefault(tmap["owner"]["source"], f"{target}.ownerid")
    if tmap.get("file"):
        out.setdefault(tmap["file"]["path"], "the attachment's file")
    return out


def suite_not_null(table: str, suite_dir: Path | None = None) -> set[str]:
    """Columns the committed suite ``expectations/<table>.json`` declares not null."""
    path = (suite_dir or expectations_dir()) / f"{table}.json"
    if not path.exists():
        return set()
    suite = json.loads(path.read_text(encoding="utf-8"))
    return {e["kwargs"]["column"] for e in suite.get("expectations", [])
            if e.get("type") == "expect_column_values_to_not_be_null"
            and not str(e["kwargs"].get("column", "")).startswith("__")}


def uncovered_required(tmap: dict[str, Any], table_def: dict[str, Any]
                       ) -> dict[str, str]:
    """Required, creatable columns nothing in the map fills: column -> RequiredLevel."""
    covered = {c["target"] for c in tmap.get("columns", [])}
    covered |= {lk["target"] for lk in tmap.get("lookups", [])}
    auto = AUTOMATIC | {table_def.get("PrimaryIdAttribute")}
    return {name: str(required_level(a)) for name, a in attributes(table_def).items()
            if required_level(a) in REQUIRED_LEVELS and a.get("IsValidForCreate", True)
            and a.get("AttributeOf") in (None, "") and name not in covered | auto
            and attribute_type(a) not in ("Owner", "State", "Status", "Uniqueidentifier")
            and not platform_filled(a)}


def platform_filled(attr: dict[str, Any]) -> bool:
    """A required column the platform fills when a create leaves it out: an auto-numbered
    one (``AutoNumberFormat``: a quote's number), a yes/no column with its default (a goal's
    Record Set for Rollup) or a system-required choice with a default (a product's
    structure, 1 Product)."""
    if attr.get("AutoNumberFormat"):
        return True
    if attribute_type(attr) == "Boolean" and attr.get("DefaultValue") is not None:
        return True
    return attribute_type(attr) == "Picklist" and required_level(attr) == "SystemRequired" \
        and attr.get("DefaultFormValue") not in (None, -1)


def refused_required(tmap: dict[str, Any], table_def: dict[str, Any],
                     suite_dir: Path | None = None) -> tuple[dict[str, str], dict[str, str]]:
    """(refused, left empty): uncovered required columns that stop staging, and the
    ApplicationRequired ones that load empty (a failed check, see the module's docstring)."""
    named = suite_not_null(tmap["target"], suite_dir) | {table_def.get("PrimaryNameAttribute")}
    refused, empty = {}, {}
    for name, level in uncovered_required(tmap, table_def).items():
        if level == "SystemRequired" or name in named:
            refused[name] = level
        else:
            empty[name] = level
    return refused, empty


def require_columns(tmap: dict[str, Any], present: list[str], file: str,
                    table_def: dict[str, Any] | None = None,
                    suite_dir: Path | None = None) -> None:
    """Refuse (:class:`MissingColumn`) when the map reads a column ``file`` does not have, or
    fills a required column of the table from nothing."""
    missing = {c: what for c, what in columns_read(tmap).items() if c not in present}
    if missing:
        listed = "; ".join(f"column '{c}' (read for {what})" for c, what in missing.items())
        raise MissingColumn(
            f"{file}: the map reads {listed}, but {file} has no such column; map another "
            f"column of {file} (or correct the export) and confirm the map again",
            file=file, columns=list(missing))
    if table_def is None:
        return
    refused, _ = refused_required(tmap, table_def, suite_dir)
    if refused:
        listed = ", ".join(f"'{c}' ({level})" for c, level in refused.items())
        raise MissingColumn(
            f"{file}: nothing in the map fills {tmap['target']} column {listed}, which "
            f"Dataverse requires; {file} has no column mapped to it (records would load "
            "without it). Map a column of the file to it, or set a constant, and confirm the "
            "map again", file=file, columns=list(refused))


# -- values ---------------------------------------------------------------------------------
def number_range(attr: dict[str, Any] | None) -> tuple[float, float] | None:
    """The values a number column stores: its MinValue/MaxValue, else its type's range."""
    if not attr:
        return None
    kind = attribute_type(attr)
    lo, hi = TYPE_RANGES.get(kind, (None, None))
    lo = attr.get("MinValue", lo)
    hi = attr.get("MaxValue", hi)
    if lo is None or hi is None:
        return None
    return float(lo), float(hi)


def _n(x: float) -> str:
    return f"{int(x):,}" if x == int(x) else f"{x:,}"


def checked_number(text: pl.Expr, typed: pl.Expr, number: pl.Expr, base: str, target: str,
                   attr: dict[str, Any] | None) -> tuple[pl.Expr, pl.Expr]:
    """(typed, reason) for a number column: not finite and out of range are null with their
    own reason; ``number`` is the value read as a float (also where it is not whole)."""
    nonfinite = text.str.contains(NONFINITE).fill_null(False)
    reason = pl.when(nonfinite).then(pl.format("'{}' is not a finite number", text))
    bounds = number_range(attr)
    if bounds is not None:
        lo, hi = bounds
        outside = (number.is_not_null() & ((number < lo) | (number > hi))).fill_null(False)
        typed = pl.when(outside).then(None).otherwise(typed)
        name = label((attr or {}).get("DisplayName")) or target  # a person's word for it
        reason = reason.when(outside).then(pl.format(
            f"'{{}}' is outside the values Dataverse stores in {name} ({_n(lo)} to "
            f"{_n(hi)})", text))
    return typed, reason.otherwise(pl.format(base, text))


def checked_date(text: pl.Expr, typed: pl.Expr, transform: str, base: str
                 ) -> tuple[pl.Expr, pl.Expr]:
    """(typed, reason) for a date or date-time: outside 1753-01-01..9999-12-30 is null."""
    last = LAST_DAY if transform == "date" else LAST_DAY + "T23:59:59Z"
    outside = ((typed < FIRST_DAY) | (typed > last)).fill_null(False)
    zero = text.cast(pl.Utf8).str.strip_chars().str.contains(ZERO_DATE).fill_null(False)
    reason = pl.when(outside).then(pl.format(
        f"'{{}}' is outside the dates Dataverse stores ({FIRST_DAY} to {LAST_DAY})", text)
    ).when(zero).then(pl.format(
        # no apostrophe but the value's quotes: the report drops what stands between
        "'{}' is an empty date as MySQL writes it (its zero date): no date to write", text)
    ).otherwise(pl.format(base, text))
    return pl.when(outside).then(None).otherwise(typed), reason


def source_id(expr: pl.Expr, nfc: bool = True) -> pl.Expr:
    """A source id as records are keyed: trimmed, in Unicode NFC, null when empty
    (``nfc=False``: a column known to be ASCII, already NFC, see :func:`needs_nfc`)."""
    text = expr.cast(pl.Utf8).str.strip_chars()
    if nfc:
        text = text.str.normalize("NFC")
    return pl.when(text != "").then(text)


def needs_nfc(df: pl.DataFrame, column: str) -> bool:
    """Whether any value of the column is not ASCII: ASCII text is NFC as it is, and
    normalising 237,000 ASCII ids cost a tenth of staging them."""
    return bool(df.select(pl.col(column).cast(pl.Utf8).str.contains(r"[^\x00-\x7F]")
                          .any()).item())


# -- rows a decision could not place ----------------------------------------------------------
def rejected(df: pl.DataFrame, file: str, schema: dict[str, Any]) -> pl.DataFrame | None:
    """Rows an earlier decision marked (``__reject_column``/``__reject_value``/
    ``__reject_reason``, e.g. a deal in a stage the pipelines file lacks), as quarantine."""
    if REJECT_REASON not in df.columns:
        return None
    bad = df.filter(pl.col(REJECT_REASON).is_not_null())
    if not bad.height:
        return None
    return bad.select(pl.lit(file).alias("file"), pl.col("__source_row").alias("row"),
                      pl.col("__source_id").alias("source_id"),
                      pl.col(REJECT_COLUMN).alias("column"), pl.col(REJECT_VALUE).alias("value"),
                      pl.col(REJECT_REASON).alias("reason")).cast(schema)


# -- parent loops ---------------------------------------------------------------------------
def _cycles(parent: dict[str, str], order: list[str]) -> list[list[str]]:
    """Every cycle of a graph where each node has at most one parent, each listed from the
    node that comes first in ``order`` (the file's order)."""
    rank = {n: i for i, n in enumerate(order)}
    state: dict[str, int] = {}
    out: list[list[str]] = []
    for start in order:
        path: list[str] = []
        node: str | None = start
        while node is not None and node in parent and node not in state:
            state[node] = 1
            path.append(node)
            node = parent[node]
        if node is not None and state.get(node) == 1:
            cycle = path[path.index(node):]
            first = min(range(len(cycle)), key=lambda i: rank.get(cycle[i], 0))
            out.append(cycle[first:] + cycle[:first])
        for n in path:
            state[n] = 2
    return out


def parent_loops(staged: pl.DataFrame, lookups: list[dict[str, Any]], source: str,
                 file: str, ref_prefix: str, via_prefix: str, raw_prefix: str
                 ) -> tuple[pl.DataFrame, pl.DataFrame, dict[str, int]]:
    """Clear the links of every loop a self-referencing lookup makes (a company's parent
    company): (staged, flags naming each loop, links cleared per navigation)."""
    staged = families_named(staged, lookups, source, ref_prefix)   # a variant's parent row
    flags: list[dict[str, Any]] = []
    cleared: dict[str, int] = {}
    for lk in lookups:
        if lk.get("where") or not str(lk.get("references") or "").startswith(f"{source}."):
            continue
        nav = lk["navigation"]
        ref, via, raw = ref_prefix + nav, via_prefix + nav, raw_prefix + nav
        rows = staged.select("__source_id", "__source_row", ref, raw).to_dicts()
        parent = {r["__source_id"]: r[ref] for r in rows if r[ref] is not None}
        loops = _cycles(parent, [r["__source_id"] for r in rows])
        if not loops:
            continue
        by_id = {r["__source_id"]: r for r in rows}
        members: list[str] = []
        for loop in loops:
            path = " -> ".join([*loop, loop[0]])
            for node in loop:
                r = by_id[node]
                flags.append({"file": file, "row": r["__source_row"], "source_id": node,
                              "column": lk["source"], "value": r[raw],
                              "reason": f"parent {lk['table']} loop: {path}",
                              "action": "link cleared"})
            members += loop
        hit = pl.col("__source_id").is_in(members)
        staged = staged.with_columns(pl.when(hit).then(None).otherwise(pl.col(c)).alias(c)
                                     for c in (ref, via, raw))
        cleared[nav] = len(members)
    frame = pl.DataFrame(flags, schema=FLAG_COLUMNS) if flags else empty_flags()
    return staged, frame.sort("row"), cleared
