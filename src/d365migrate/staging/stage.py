"""Apply a confirmed map to a source table: typed, trimmed, lookups resolved, with polars.

Nothing is lost: a value that cannot be converted is listed with the file, row, column and
reason. Where its column is required (or the map says ``on_bad: reject``) the row goes to
quarantine; anywhere else the field is cleared (``StageResult.cleared``, or kept as text in
the map's ``keep_in`` column) and the record still moves (:func:`rules.column_policies`). A
repeated source id is skipped with a reason naming the row kept.

Values are read as intake found them written: dates, date-times and numbers of a column are
parsed under that column's format in the source table's ``IntakeGuess`` (as guessed, or as
the parameters file's ``intake:`` block overrides it), with the one value-typing module,
:mod:`d365migrate.intake.values`. A value that does not fit its column's format is
quarantined, never re-read under another format (``03.04.2024`` is not tried as US).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

import polars as pl

from d365migrate.intake.json_cells import read_part
from d365migrate.intake.mailbox_values import mailbox_address
from d365migrate.intake.number_values import number_expr, whole_number, whole_number_expr
from d365migrate.intake.parts import file_of_rows, locate, where_expr
from d365migrate.intake.values import ValueFormat, boolean_expr, datetime_expr
from d365migrate.mapping.clock_durations import clock_minutes, clock_of, clock_seconds
from d365migrate.mapping.history import party_addresses
from d365migrate.mapping.mapfile import require_confirmed, table_map
from d365migrate.mapping.merged_files import MERGED, with_merged
from d365migrate.mapping.minor_units import divided
from d365migrate.mapping.number_bands import band_low
from d365migrate.staging import fallbacks, keys, rules, shifted, value_maps
from d365migrate.staging.address_columns import with_address_parts
from d365migrate.staging.all_day import all_day_ends
from d365migrate.staging.decided_skips import decided_skips
from d365migrate.staging.empty_rows import no_id_reason
from d365migrate.staging.existing_refs import existing_key, row_keys
from d365migrate.staging.further_ids import ID_PREFIX, link_prefix, prefixed, unprefixed
from d365migrate.staging.lookups import clean_text, resolve_lookup, routed, shared_names
from d365migrate.staging.missing_parents import missing_reason
from d365migrate.staging.state_status import statuses_within_states
from d365migrate.staging.threads import ticket_thread
from d365migrate.staging.through import THROUGH_PREFIX, through_values
from d365migrate.staging.unread import unread_rows
from d365migrate.staging.user_links import USERS, user_refs

if TYPE_CHECKING:
    from d365migrate.intake.read import IntakeGuess

SOURCE_ID = "__source_id"
SOURCE_ROW = "__source_row"
OWNER = "__owner_email"
FILE = "__file"  # an attachment's path inside the export, read when it loads
PARTIES = "__parties"  # an activity's people: [{mask, address}], resolved to records at load
REF_PREFIX = "__ref__"
VIA_PREFIX = "__via__"
#: Why a value left without its record names no one record: several share its name.
SHARED_PREFIX = "__shared__"
#: True on a record whose column names a record the map does not link (a ``__via__`` column,
#: so that nothing sends it to the org).
LEFT_PREFIX = VIA_PREFIX + "left__"
ISSUE_COLUMNS = {"file": pl.Utf8, "row": pl.Int64, "source_id": pl.Utf8, "column": pl.Utf8,
                 "value": pl.Utf8, "reason": pl.Utf8}
#: What staging writes: Dataverse date-times are UTC, the export's convention is UTC too, so
#: a date-time without a zone is kept as written; a date is a date.
DATETIME_OUT = "%Y-%m-%dT%H:%M:%SZ"
DATE_OUT = "%Y-%m-%d"
#: Transforms whose reading depends on how the column is written (its ValueFormat).
FORMATTED = ("integer", "decimal", "date", "datetime")


@dataclass
class StageResult:
    """One target table after staging: rows to validate, rows quarantined, rows skipped."""

    target: str
    source: str
    source_rows: int
    staged: pl.DataFrame
    quarantined: pl.DataFrame
    skipped: pl.DataFrame
    lookup_stats: dict[str, dict[str, Any]]
    #: Values changed before load, with the reason (a parent loop's links cleared).
    flagged: pl.DataFrame = field(default_factory=rules.empty_flags)
    #: Fields of rows going to load cleared under the map's policy (``cleared/<object>.csv``).
    cleared: pl.DataFrame = field(default_factory=rules.empty_cleared)
    #: A source of several files (intake/parts.py): the rows this entry took from each file,
    #: in file order, and the files (``file``, ``rows``, ``first_row``); empty for one file.
    source_files: dict[str, int] = field(default_factory=dict)
    parts: list[dict[str, Any]] = field(default_factory=list)
    file: str = ""  # what the issue lines call the source (all its files, for several)

    def located(self, lines: pl.DataFrame) -> pl.DataFrame:
        """Issue lines with each row named by its own file and row there (the joined
        table's rows, for a source of several files; lines as they are for one file)."""
        return locate(lines, self.parts, self.file)

    def parts_summary(self) -> dict[str, Any]:
        """For ``stage_summary.json``: the rows of each file of a source of several files."""
        if not self.parts:
            return {}
        return {"files": self.source_files, "parts": self.parts}


def empty_issues() -> pl.DataFrame:
    return pl.DataFrame(schema=ISSUE_COLUMNS)


def collapse_issues(issues: pl.DataFrame) -> pl.DataFrame:
    """One line per source row, every problem of that row named: counts stay per row."""
    if issues.height == 0:
        return issues
    return (issues.group_by("row", maintain_order=True).agg(
        pl.col("file").first(), pl.col("source_id").first(),
        pl.col("column").drop_nulls().unique(maintain_order=True).str.join("; "),
        pl.col("value").drop_nulls().str.join("; "),
        pl.col("reason").unique(maintain_order=True).str.join("; "))
        .select(list(ISSUE_COLUMNS)).cast(ISSUE_COLUMNS))


def cleared_lines(bad: pl.DataFrame, target: str, policy: rules.Policy) -> pl.DataFrame:
    """Problems of one column (issue columns) as ``cleared`` lines under its policy."""
    kept = policy.on_bad == "keep_as_text"
    return bad.with_columns(
        pl.lit(target).alias("target"), pl.lit(policy.label or None, pl.Utf8).alias("label"),
        pl.lit(policy.action).alias("action"),
        pl.lit(policy.keep_in if kept else None, pl.Utf8).alias("kept_in"),
    ).select(list(rules.CLEARED_COLUMNS)).cast(rules.CLEARED_COLUMNS)


def still_loading(cleared: pl.DataFrame, rows: pl.Series) -> pl.DataFrame:
    """The cleared lines of rows still going to load: a row held back or skipped later is
    counted there, never also as loaded with a field cleared."""
    return cleared.filter(pl.col("row").is_in(rows.implode()))


def cleared_summary(cleared: pl.DataFrame) -> dict[str, Any]:
    """For ``stage_summary.json``: records with a field cleared, and values per column."""
    per_column = cleared.group_by("target", maintain_order=True).len()
    return {"cleared": cleared["row"].n_unique(),
            "cleared_fields": {str(t): int(n) for t, n in per_column.iter_rows()}}



def convert(expr: pl.Expr, transform: str, values: dict[str, Any] | None = None,
            fmt: ValueFormat | None = None) -> pl.Expr:
    """The typed value for one transform; null where the text does not convert.

    ``fmt`` is how the column is written (``IntakeGuess.value_format``): its date formats
    and decimal/thousands separators. Without it, dates are tried in every known form and
    numbers read with a '.' decimal separator (the mapping editor's preview)."""
    text = clean_text(expr)
    fmt = fmt or ValueFormat()
    if transform == "email":   # 'Jane Roe <jane@x.org>': the address (mailbox_values)
        return mailbox_address(text).str.to_lowercase()
    if transform == "integer":
        return whole_number_expr(text, fmt.decimal, fmt.thousands)
    if transform == "decimal":
        return number_expr(text, fmt.decimal, fmt.thousands)
    if transform == "datetime":  # a calendar date ("date") has no zone: never shifted
        return datetime_expr(text, fmt.date_formats, fmt.zone, fmt.wall
                             ).dt.strftime(DATETIME_OUT)
    if transform == "date":   # the calendar date as written, whatever its offset
        return datetime_expr(text, fmt.date_formats, wall=True).dt.strftime(DATE_OUT)
    if transform == "boolean":
        if values:  # the map says which words mean yes ("outbound": true)
            decided = {k: v for k, v in values.items() if v is not None}
            return text.replace_strict(list(decided), [bool(v) for v in decided.values()],
                                       default=None, return_dtype=pl.Boolean)
        return boolean_expr(text)
    if transform == "choice":
        decided = {k: v for k, v in (values or {}).items() if v is not None}
        return text.replace_strict(list(decided), list(decided.values()), default=None,
                                   return_dtype=pl.Int64)
    if transform == "multichoice":
        from d365migrate.mapping.manifest import multichoice

        return multichoice(text, values)
    return text


def _user_local(attr: dict[str, Any] | None) -> bool:
    """Whether Dataverse keeps the column as a moment (UserLocal behaviour): only such a
    value is shifted from the export's zone to UTC; a DateOnly or TimeZoneIndependent one
    is stored as written (table reference pages: DateTimeBehavior)."""
    behaviour = ((attr or {}).get("DateTimeBehavior") or {}).get("Value")
    return behaviour == "UserLocal" if behaviour else (attr or {}).get("Format") != "DateOnly"


def _by_value(df: pl.DataFrame, column: str, expr: pl.Expr) -> pl.Expr:
    """``expr`` (of ``column`` alone) worked out once for each distinct value and looked up
    for every row: the same result, for a column of few distinct values (a multi-select's
    selections: list operations per row cost a fifth of staging 237,000 contacts)."""
    distinct = df.select(pl.col(column).drop_nulls().unique())
    done = distinct.select(pl.col(column), expr.alias("__value"))
    return pl.col(column).replace_strict(done[column], done["__value"], default=None,
                                         return_dtype=done["__value"].dtype)


def describe_format(transform: str, fmt: ValueFormat) -> str:
    """The column format a value was read under, for a quarantine reason."""
    if transform in ("date", "datetime") and fmt.date_formats:
        return "column format " + " or ".join(fmt.date_formats)
    if transform in ("integer", "decimal") and fmt.decimal:
        th = fmt.thousands or ("." if fmt.decimal == "," else ",")
        return f"decimal separator '{fmt.decimal}', thousands '{th}'"
    return ""


def _failures(df: pl.LazyFrame, file: str, column: str, target: str, raw: pl.Expr,
              typed: pl.Expr, reason: str | pl.Expr) -> pl.LazyFrame:
    """The rows whose value did not convert, as issue lines (a query: staging collects
    every column's at once, in parallel)."""
    reason = pl.format(reason, clean_text(raw)) if isinstance(reason, str) else reason
    bad = df.with_columns(__raw=clean_text(raw), __typed=typed).filter(
        pl.col("__raw").is_not_null() & pl.col("__typed").is_null()
    ).with_columns(__reason=reason)  # row by row: worded only for the rows that failed
    return bad.select(
        pl.lit(file).alias("file"), pl.col(SOURCE_ROW).alias("row"),
        pl.col(SOURCE_ID).alias("source_id"), pl.lit(column).alias("column"),
        pl.col("__raw").alias("value"),
        pl.col("__reason").alias("reason"),
    ).cast(ISSUE_COLUMNS)


REASONS = {
    "integer": "'{}' is not a whole number",
    "decimal": "'{}' is not a number",
    "datetime": "'{}' is not a date and time",
    "date": "'{}' is not a date",
    "boolean": "'{}' is not yes/no",
    "choice": "no option decided for '{}' in the map's values",
    "multichoice": "no option decided for a value in '{}'",
}


def stage_table(mapping: dict[str, Any], target: str, tables: dict[str, pl.DataFrame],
                file_names: dict[str, str] | None = None,
                guess: IntakeGuess | None = None,
                table_def: dict[str, Any] | None = None, zone: str | None = None
                ) -> StageResult:
    """Stage one target table from its source object under a confirmed map.

    ``guess`` is the source table's ``IntakeGuess`` (``export.guesses[source]``): integer,
    decimal, date and date-time columns are read under its per-column formats. Without one
    (or for a column it has no format for) every date form is tried and numbers use '.'.
    ``zone`` (``source.timezone``): the zone of date-times written without one (None: UTC).
    ``table_def`` is the destination table's definition: with it, a required column the map
    fills from nothing is refused and numbers are held to each column's range
    (:mod:`d365migrate.staging.rules`); a column the map reads that the file lacks is always
    refused (:class:`~d365migrate.staging.rules.MissingColumn`).
    """
    require_confirmed(mapping)
    tmap = table_map(mapping, target)
    source = tmap["source"]
    if source is None or source not in tables:
        raise KeyError(f"map for {target}: source object '{source}' is not in the export")
    file = (file_names or {}).get(source, source)
    if tmap.get(MERGED):  # a second file of these records: its columns joined by the key
        tables = {**tables, source: with_merged(tmap, tables)}
    tables, tmap = keys.keyed(mapping, tmap, tables, file)  # confirmed (composite) keys
    tables[source] = value_maps.translated(tmap, tables[source])  # decided value maps
    raw = tables[source]
    key = tmap.get("source_key")
    if tmap.get("where"):
        raw = raw.filter(routed(tmap["where"]))
    if not key:
        raise KeyError(f"map for {target}: no source_key; name the id column of '{source}'")
    rules.require_columns(tmap, tables[source].columns, file, table_def)
    attrs = {a["LogicalName"]: a for a in (table_def or {}).get("Attributes", [])}
    prefix = tmap.get(ID_PREFIX)  # a further file of its kind: ids of its own (further_ids)
    df = _numbered(tables[source], raw, tmap.get("where")).with_columns(
        pl.col(SOURCE_ROW).cast(pl.Int64), prefixed(rules.source_id(
            pl.col(key), rules.needs_nfc(tables[source], key)), prefix).alias(SOURCE_ID))
    parts = guess.parts if guess is not None else []  # a table of several files
    taken = _rows_per_file(df[SOURCE_ROW], parts)
    df, decided = decided_skips(df, tmap, file, SOURCE_ROW, SOURCE_ID, ISSUE_COLUMNS)
    df, moved = shifted.held_back(df, tmap, guess, file, table_def, ISSUE_COLUMNS)
    issues: list[pl.DataFrame] = [moved]  # rows whose values slid a column over
    no_id = df.filter(pl.col(SOURCE_ID).is_null())
    if no_id.height:
        issues.append(no_id.select(
            pl.lit(file).alias("file"), pl.col(SOURCE_ROW).alias("row"),
            pl.lit(None, pl.Utf8).alias("source_id"), pl.lit(key).alias("column"),
            pl.lit(None, pl.Utf8).alias("value"),
            no_id_reason(tables[source].columns, key).alias("reason")).cast(ISSUE_COLUMNS))
        df = df.filter(pl.col(SOURCE_ID).is_not_null())
    # each id's first row is kept: the rows are in file order here, so it is the id's
    # first occurrence (a hash pass; a group-by joined back was a tenth of staging)
    first = pl.col(SOURCE_ID).is_first_distinct() if df[SOURCE_ROW].is_sorted() \
        else pl.col(SOURCE_ROW) == pl.col(SOURCE_ROW).min().over(SOURCE_ID)
    df = df.with_columns(first.alias("__kept"))
    dup = df.filter(~pl.col("__kept"))
    kept = df.filter(pl.col("__kept") & pl.col(SOURCE_ID).is_in(dup[SOURCE_ID].implode()))
    dup = dup.join(kept.select(SOURCE_ID, pl.col(SOURCE_ROW).alias("__first"),
                               pl.col(key).alias("__first_raw")),
                   on=SOURCE_ID, how="left", maintain_order="left")
    skipped = dup.select(
        pl.lit(file).alias("file"), pl.col(SOURCE_ROW).alias("row"),
        pl.col(SOURCE_ID).alias("source_id"), pl.lit(key).alias("column"),
        pl.col(SOURCE_ID).alias("value"),
        pl.format("duplicate source id{}; {} kept", pl.when(
            pl.col(key).cast(pl.Utf8) != pl.col("__first_raw").cast(pl.Utf8)).then(pl.lit(
                " (the same once trimmed and in Unicode NFC)")).otherwise(pl.lit("")),
            where_expr(pl.col("__first"), parts) if parts
            else pl.format("row {}", pl.col("__first"))).alias("reason"),
    ).cast(ISSUE_COLUMNS)
    if decided is not None:  # rows the analyst decided not to move, each with why
        skipped = pl.concat([decided, skipped])
    df = df.filter(pl.col("__kept")).drop("__kept")
    unread = unread_rows(guess, file, bool(tmap.get("where")), ISSUE_COLUMNS)
    skipped = pl.concat([skipped, unread])  # rows the reader could not read, by line
    if parts:  # each file's rows: those read and those not
        for name, n in unread["file"].value_counts().iter_rows():
            taken[name] = taken.get(name, 0) + n
    refused = rules.rejected(df, file, ISSUE_COLUMNS)  # a deal whose stage is not known
    if refused is not None:
        issues.append(refused)

    if tmap.get("folded_into"):  # kept inside another unit's records (a ticket's note)
        skipped = pl.concat([skipped, df.select(
            pl.lit(file).alias("file"), pl.col(SOURCE_ROW).alias("row"),
            pl.col(SOURCE_ID).alias("source_id"), pl.lit(None, pl.Utf8).alias("column"),
            pl.lit(None, pl.Utf8).alias("value"),
            pl.lit(tmap.get("folded_reason") or f"kept inside {tmap['folded_into']}")
            .alias("reason")).cast(ISSUE_COLUMNS)])
        df = df.clear()
    out = [pl.col(SOURCE_ID), pl.col(SOURCE_ROW)]
    policies = rules.column_policies(tmap, table_def, file=file)
    soft: list[pl.DataFrame] = []  # problems the column's policy clears
    #: each checked column's value, converted once (its failures and its staged column
    #: read the one result), and what its failures need: converted together after the
    #: loop (one ``with_columns``: the columns in parallel), failures collected at once
    typed_columns: list[pl.Expr] = []
    numbers: list[pl.Expr] = []  # read first: a whole number and its range check read them
    converted: list[pl.Expr] = []  # then converted, then checked (each step evaluated once)
    checked: list[tuple[pl.Expr, pl.Expr, str | pl.Expr, rules.Policy, str, str]] = []
    df, columns = fallbacks.with_fallbacks(df, tmap.get("columns", []), file)
    df, columns = with_address_parts(df, columns, file)  # a whole address's parts
    for col in columns:  # a column with 'else' columns reads their first value not empty
        transform = col.get("transform", "text")
        if transform == "constant":  # a value the map sets ("a logged meeting took place")
            out.append(pl.lit(col["value"]).alias(col["target"]))
            continue
        if transform == "ticket_thread":  # a ticket's fields and messages as a note's text
            df = df.with_columns(ticket_thread(df, key, col, tables).alias(col["target"]))
            out.append(pl.col(col["target"]))
            continue
        if col["source"] not in df.columns:
            raise KeyError(f"map for {target}: source column '{col['source']}' "
                           f"is not in {file}")
        local = _user_local(attrs.get(col["target"]))
        fmt = replace(guess.value_format(col["source"]) if guess is not None
                      else ValueFormat(), zone=zone if local else None,
                      wall=not local)  # a date-only or zone-independent column: as written
        typed = convert(pl.col(col["source"]), transform, col.get("values"), fmt)
        if transform == "multichoice":  # a few distinct selections, each read once
            typed = _by_value(df, col["source"], typed)
        if col.get("plus_minutes") and transform == "datetime":
            # an end time: the start plus a duration column (a call's end, a meeting's end)
            plus = guess.value_format(col["plus_minutes"]) if guess is not None \
                else ValueFormat()
            seconds = clock_seconds(clean_text(pl.col(col["plus_minutes"])),
                                    clock_of(tmap, col), plus.decimal, plus.thousands)
            typed = (datetime_expr(typed, [DATETIME_OUT]) + pl.duration(
                seconds=seconds.fill_null(0))).dt.strftime(DATETIME_OUT)
        text = band_low(clock_minutes(clean_text(pl.col(col["source"])), col.get("clock"),
                                      fmt.decimal, fmt.thousands),  # '00:30'
                        col.get("band"))   # '11-50': mapping/number_bands.py
        reason: str | pl.Expr | None = None
        n = len(out)
        if transform in ("integer", "decimal"):  # the number read once, for both checks
            # in a fraction of the currency ('amountAmountMicros'): mapping/minor_units.py
            numbers.append(divided(number_expr(text, fmt.decimal, fmt.thousands),
                                   col.get("divide_by")).alias(f"__num__{n}"))
            typed = whole_number(pl.col(f"__num__{n}")) if transform == "integer" \
                else pl.col(f"__num__{n}")
        if transform in REASONS or (transform == "text" and rules.is_phone(
                col["target"], attrs.get(col["target"]))):
            # converted once: every check below reads the one result
            converted.append(typed.alias(f"__conv__{n}"))
            typed = pl.col(f"__conv__{n}")
        if transform in REASONS:
            how = describe_format(transform, fmt) if transform in FORMATTED else ""
            reason = REASONS[transform] + (f" ({how})" if how else "")
            if transform in ("integer", "decimal"):  # finite and within the column's range
                typed, reason = rules.checked_number(
                    text, typed, pl.col(f"__num__{n}"), reason,
                    col["target"], attrs.get(col["target"]))
            elif transform in ("date", "datetime"):  # within the dates Dataverse stores
                typed, reason = rules.checked_date(text, typed, transform, reason)
        elif transform == "text" and rules.is_phone(col["target"], attrs.get(col["target"])):
            typed, reason = rules.checked_phone(text, typed)
        elif col.get("placeholder") is not None:   # 'No' in every row: nothing to write
            typed = pl.when(text == col["placeholder"]).then(pl.lit(None, pl.Utf8)) \
                .otherwise(typed)
            reason = ("'{}' is the export's placeholder for nothing (every row of the "
                      "column holds it)")
        policy = policies[col["target"]]
        if reason is not None:
            typed_columns.append(typed.alias(f"__typed__{n}"))
            typed = pl.col(f"__typed__{n}")
            checked.append((pl.col(col["source"]), typed, reason, policy, col["source"],
                            col["target"]))
        if policy.keep_in:  # the original text of a value that could not go as it is
            out.append(pl.when(text.is_not_null() & typed.is_null()).then(text)
                       .otherwise(pl.lit(None, pl.Utf8)).alias(policy.keep_in))
        if col.get("default") is not None:  # an empty source cell takes the map's default
            typed = pl.when(clean_text(pl.col(col["source"])).is_null()).then(
                pl.lit(col["default"])).otherwise(typed)
        out.append(typed.alias(col["target"]))
    for step in (numbers, converted, typed_columns):
        if step:
            df = df.with_columns(step)
    if typed_columns:
        found = pl.collect_all([_failures(df.lazy(), file, src, dest, raw, value, why)
                                for raw, value, why, _, src, dest in checked])
        for bad, (_, _, _, policy, _, dest) in zip(found, checked, strict=True):
            if policy.rejects:
                issues.append(bad)
            else:
                soft.append(cleared_lines(bad, dest, policy))
    owner = tmap.get("owner")
    if owner:
        out.append(clean_text(read_part(df, owner["source"], "owner")).str.to_lowercase()
                   .alias(OWNER))
    if tmap.get("file"):
        out.append(clean_text(pl.col(tmap["file"]["path"])).alias(FILE))
    if tmap.get("parties"):
        out.append(party_addresses(tmap["parties"]).alias(PARTIES))
    # links the map leaves out (the engine found no record they name): marked on each record
    # whose column holds a value, so that the reconciliation counts them (verify/reconcile)
    out += [pl.when(clean_text(pl.col(u["source"])).is_not_null()).then(True)
            .alias(LEFT_PREFIX + str(u["target"])) for u in tmap.get("unresolved_lookups", [])
            if u.get("source") in df.columns]
    staged, states = statuses_within_states(df.select(out), table_def, file)  # state decides
    staged, ends = all_day_ends(staged, tmap, file)  # an all-day row's end: a day on
    through: dict[str, dict[str, Any]] = {}  # links read from an association file
    for lk in tmap.get("lookups", []):
        if lk.get("through"):  # the record's row of the association gives the linked id
            values, through[lk["navigation"]] = through_values(
                unprefixed(df[SOURCE_ID], prefix), lk["through"], tables, target)
            through[lk["navigation"]]["links_to"] = lk["table"]
            df = df.with_columns(values.alias(lk["source"]))
            staged = staged.with_columns(values.alias(THROUGH_PREFIX + lk["navigation"]))
        if lk.get("existing"):  # a record already in the org (each row's own: by its cell)
            cell = clean_text(pl.col(lk["source"])) if lk["existing"].get("by") else None
            key = pl.lit(existing_key(lk["existing"])) if cell is None else pl.lit(
                row_keys(df[lk["source"]], lk["existing"]))
            staged = staged.with_columns(key.alias(REF_PREFIX + lk["navigation"]), pl.when(
                key.is_not_null()).then(pl.lit("existing")).alias(VIA_PREFIX + lk["navigation"]),
                (key if cell is None else pl.lit(df.select(cell).to_series())).alias(
                    "__raw__" + lk["navigation"]))
            continue
        refs, via = user_refs(df, lk) if lk["table"] == USERS and not lk.get("references") \
            else resolve_lookup(df, lk, tables)  # a user the owner's way, or a record
        if (into := link_prefix(mapping, lk, tables)) is not None:  # a further file's ids
            refs = pl.select(prefixed(pl.lit(refs), into)).to_series()
        raw_ref = df.select(clean_text(read_part(df, lk["source"], "text"))).to_series()
        if lk.get("where"):  # a note's parent: parent_id names a deal only where the type says
            mine = df.select(routed(lk["where"])).to_series()
            refs, via, raw_ref = (s.zip_with(mine, pl.Series([None] * len(s), dtype=s.dtype))
                                  for s in (refs, via, raw_ref))
        staged = staged.with_columns(refs.alias(REF_PREFIX + lk["navigation"]),
                                     via.alias(VIA_PREFIX + lk["navigation"]),
                                     raw_ref.alias("__raw__" + lk["navigation"]))
        if lk.get("fallbacks") and lk["table"] != USERS:  # names several: said so
            shared = shared_names(df, lk, tables, refs)
            if lk.get("where"):
                shared = shared.zip_with(mine, pl.Series([None] * len(shared), dtype=pl.Utf8))
            staged = staged.with_columns(shared.alias(SHARED_PREFIX + lk["navigation"]))
    issues += _parentless(staged, tmap.get("lookups", []), file)
    quarantined = pl.concat(issues) if issues else empty_issues()
    bad_rows = quarantined["row"].unique()
    staged = staged.filter(~pl.col(SOURCE_ROW).is_in(bad_rows.implode()))
    staged, flagged, cleared = rules.parent_loops(staged, tmap.get("lookups", []), source,
                                                  file, REF_PREFIX, VIA_PREFIX, "__raw__")
    flagged = pl.concat([pl.concat([states, ends]).filter(pl.col("row").is_in(
        staged[SOURCE_ROW].implode())), flagged])  # loading rows with a state or end set
    lookup_stats = {lk["navigation"]: lookup_counts(staged, lk["navigation"])
                    for lk in tmap.get("lookups", [])}
    for nav, n in cleared.items():  # a loop's links: cleared, not empty in the export
        lookup_stats[nav].update(cleared=n, empty=lookup_stats[nav]["empty"] - n)
    for nav, stats in through.items():  # every row of the association file accounted
        lookup_stats[nav]["through"] = stats
    staged = staged.drop([c for c in staged.columns if c.startswith("__raw__")])
    quarantined = collapse_issues(quarantined)
    lines = pl.concat(soft) if soft else rules.empty_cleared()
    lines = still_loading(lines, staged[SOURCE_ROW]).sort("row", maintain_order=True)
    files = [{"file": p["file"], "rows": int(p["rows_read"]), "first_row": int(p["first_row"])}
             for p in parts]
    return StageResult(target, source, raw.height + unread.height, staged, quarantined,
                       skipped, lookup_stats,
                       flagged, lines, taken, files, file)


def _rows_per_file(rows: pl.Series, parts: list[dict[str, Any]]) -> dict[str, int]:
    """The rows an entry takes from each file of a source of several files (every file
    named, 0 where routing took none of its rows); {} for a source of one file."""
    if not parts:
        return {}
    counts = dict(file_of_rows(rows, parts).value_counts().iter_rows())
    return {str(p["file"]): int(counts.get(p["file"], 0)) for p in parts}


def _parentless(staged: pl.DataFrame, lookups: list[dict[str, Any]], file: str
                ) -> list[pl.DataFrame]:
    """Rows a required lookup leaves without its record (a note whose parent is not in the
    export, a case with no customer): quarantined, since the record means nothing alone."""
    out: list[pl.DataFrame] = []
    required: dict[str, list[dict[str, Any]]] = {}
    for lk in lookups:
        if lk.get("required"):
            required.setdefault(lk["target"], []).append(lk)
    for column, group in required.items():
        refs = [pl.col(REF_PREFIX + lk["navigation"]) for lk in group]
        raws = [pl.col("__raw__" + lk["navigation"]) for lk in group]
        missing = staged.filter(pl.all_horizontal([r.is_null() for r in refs]))
        if missing.height:
            sources = ", ".join(sorted({lk["source"] for lk in group}))
            tables = " or ".join(sorted({lk["table"] for lk in group}))
            out.append(missing.select(
                pl.lit(file).alias("file"), pl.col(SOURCE_ROW).alias("row"),
                pl.col(SOURCE_ID).alias("source_id"), pl.lit(sources).alias("column"),
                pl.coalesce(raws).alias("value"),
                missing_reason(column, tables, pl.coalesce(raws), pl.coalesce(
                    [pl.col(SHARED_PREFIX + lk["navigation"]) for lk in group
                     if SHARED_PREFIX + lk["navigation"] in staged.columns] or
                    [pl.lit(None, dtype=pl.Utf8)])).alias("reason"),
            ).cast(ISSUE_COLUMNS))
    return out



def _numbered(all_rows: pl.DataFrame, taken: pl.DataFrame, where: dict[str, Any] | None
              ) -> pl.DataFrame:
    """Rows numbered as in the file (row 1 = the first data row), also after routing."""
    if not where:
        return taken.with_row_index(SOURCE_ROW, offset=1)
    numbered = all_rows.with_row_index(SOURCE_ROW, offset=1)
    return numbered.filter(routed(where))


def lookup_counts(staged: pl.DataFrame, nav: str) -> dict[str, int]:
    """How the rows going to load found their parent: by id, by a fallback, or not at all."""
    via, raw, ref = pl.col(VIA_PREFIX + nav), pl.col("__raw__" + nav), pl.col(REF_PREFIX + nav)
    row = staged.select(
        (via == "id").sum().alias("by_id"),
        (via.is_not_null() & (via != "id")).sum().alias("by_fallback"),
        (raw.is_not_null() & ref.is_null()).sum().alias("orphan"),
        (raw.is_null() & ref.is_null()).sum().alias("empty"),
    ).row(0, named=True)
    return {k: int(v) for k, v in row.items()}
