"""Rows whose values slid into the wrong columns: found by type evidence, held back as shifted.

A comma inside an unquoted value, or one cell missing from a row, moves every value after it
one column over. Under the field-level policy (:func:`rules.column_policies`) such a row
would load with a postal code in the street line and its phone cleared, and the report would
say it verified. So before any value is converted, every row is tested:

* each column gets a type where something says what it holds: the map (a number, date,
  yes/no or email column; a phone, web address, email or postal code destination), intake's
  guess of the column, or its name (zip, phone, url, email); a type counts only where at
  least half of the column's own values fit it, so a column of free text stays untyped;
* a row is **shifted** by ``s`` columns from some column on when, from there to the end of
  the row, values fail their own column's type and fit the type of the column ``s`` over
  (at least one such value, and another that fails its own column's type), while no value
  fits where it is and not there, and no value would be pushed past the last column;
* the reader's evidence (a row with fewer or more fields than the header,
  :attr:`~d365migrate.intake.read.IntakeGuess.ragged_rows`) in the same direction lowers
  the bar to one value out of place.

A shifted row is quarantined with a reason naming the file, the row, the column the shift
starts at and the values out of place; nothing of it is loaded or cleared.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import polars as pl

from d365migrate.dataverse.tables import attributes
from d365migrate.intake.number_values import number_expr, whole_number_expr
from d365migrate.intake.values import EMAIL, ValueFormat, boolean_expr, datetime_expr
from d365migrate.staging import rules, value_maps

if TYPE_CHECKING:
    from d365migrate.intake.read import IntakeGuess

#: Offsets tried: a value sits ``s`` columns before the column it belongs to (s > 0: values
#: slid left, a cell is missing; s < 0: slid right, a cell too many).
SHIFTS = (1, -1, 2, -2)
#: A column's type is evidence only where at least this share of its own values fit it.
MIN_FIT = 0.5
#: Plain digits: a value of any number column, whatever its format (read without parsing).
PLAIN = r"^[+-]?\d{1,15}$"
#: Values named in a reason (the quarantine file keeps them all in ``value``).
SHOWN = 3
URL = r"(?i)^(https?://)?(www\.)?[a-z0-9\-]+(\.[a-z0-9\-]+)*\.[a-z]{2,}(:\d+)?(/\S*)?$"
POSTAL = r"^[A-Za-z0-9][A-Za-z0-9 \-]{1,8}[A-Za-z0-9]$"
#: A postal code of a file that writes its codes as numbers (US ZIP codes, with a ZIP+4).
POSTAL_DIGITS = r"^\d[\d \-]{1,8}\d$"
#: What a value of each kind is, for a reason.
KIND_WORDS = {"email": "an email address", "url": "a web address", "phone": "a phone number",
              "postal": "a postal code", "postal_digits": "a postal code",
              "integer": "a whole number", "number": "a number",
              "date": "a date", "boolean": "a yes/no"}
#: The map's transforms that type a column.
TRANSFORM_KINDS = {"integer": "integer", "decimal": "number", "date": "date",
                   "datetime": "date", "boolean": "boolean", "email": "email"}
#: Intake's guessed types that type a column.
GUESS_KINDS = {"email": "email", "url": "url", "phone": "phone", "integer": "integer",
               "decimal": "number", "money": "number", "date": "date", "datetime": "date",
               "boolean": "boolean"}
#: Words of a column's name that say what it holds.
NAME_KINDS = {"email": "email", "mail": "email", "url": "url", "website": "url",
              "homepage": "url", "linkedin": "url", "phone": "phone", "telephone": "phone",
              "tel": "phone", "mobile": "phone", "fax": "phone", "zip": "postal",
              "zipcode": "postal", "postal": "postal", "postcode": "postal", "plz": "postal"}


@dataclass(frozen=True)
class ColumnType:
    """What a column holds, as evidence: a kind, the column's written format, and the words
    the map reads as values of it (a value map's keys, lower-case)."""

    kind: str
    fmt: ValueFormat = ValueFormat()
    words: frozenset[str] = frozenset()


#: A value out of place: (column, value, what it is, whether it fails its own column's type).
Cell = tuple[str, str, str, bool]


@dataclass(frozen=True)
class Shift:
    """One shifted row: its number, offset, the first column out of place and the evidence
    (column, value, what the value is) of the values out of place."""

    row: int
    offset: int
    start: str
    cells: tuple[Cell, ...]
    fields: int | None = None  # the fields the reader found in the row, when not the header's


def _text(column: str) -> pl.Expr:
    return pl.col(column).cast(pl.Utf8).str.strip_chars().replace("", None)


def fits(text: pl.Expr, ct: ColumnType) -> pl.Expr:
    """True where the (trimmed, non-empty) text is a value of the type, as staging reads it."""
    f = ct.fmt
    if ct.kind == "email":
        ok = text.str.contains(EMAIL)
    elif ct.kind == "url":
        ok = text.str.contains(URL)
    elif ct.kind == "phone":  # the staging rule: 7 to 15 digits, no letters but an extension
        ok = text.str.contains(rules.PHONE)
    elif ct.kind == "postal":
        ok = text.str.contains(POSTAL) & text.str.contains(r"\d")
    elif ct.kind == "postal_digits":
        ok = text.str.contains(POSTAL_DIGITS)
    elif ct.kind == "integer":
        ok = whole_number_expr(text, f.decimal, f.thousands).is_not_null()
    elif ct.kind == "number":
        ok = number_expr(text, f.decimal, f.thousands).is_not_null()
    elif ct.kind == "date":
        ok = datetime_expr(text, f.date_formats).is_not_null()
    else:  # boolean
        ok = boolean_expr(text).is_not_null()
    if ct.words:
        ok = ok | text.str.to_lowercase().is_in(list(ct.words))
    return ok.fill_null(False)


def _name_kind(column: str) -> str | None:
    words = re.sub(r"([a-z])([A-Z])", r"\1 \2", column).lower()
    for word in re.split(r"[^a-z0-9]+", words):
        if word in NAME_KINDS:
            return NAME_KINDS[word]
    return None


def _target_kind(target: str, attr: dict[str, Any] | None) -> str | None:
    """A text destination that holds one kind of value: phone, web address, email, postcode."""
    fmt = str((attr or {}).get("Format") or ((attr or {}).get("FormatName") or {}).get("Value")
              or "")
    if rules.is_phone(target, attr):
        return "phone"
    if fmt == "Url" or target == "websiteurl":
        return "url"
    if fmt == "Email" or target.startswith("emailaddress"):
        return "email"
    if target.endswith("postalcode"):
        return "postal"
    return None


def claimed_types(columns: list[str], tmap: dict[str, Any], guess: IntakeGuess | None,
                  table_def: dict[str, Any] | None) -> dict[str, ColumnType]:
    """Each column's type as the map, intake's guess or its name says (the map first)."""
    attrs = attributes(table_def) if table_def else {}
    words = value_maps.value_maps(tmap)
    kinds: dict[str, str] = {}
    for col in tmap.get("columns", []):
        source, transform = col.get("source"), col.get("transform", "text")
        if not source or source in kinds:
            continue
        kind = TRANSFORM_KINDS.get(transform) or (
            _target_kind(col["target"], attrs.get(col["target"])) if transform == "text"
            else None)
        if kind:
            kinds[source] = kind
            if transform == "boolean" and col.get("values"):
                words.setdefault(source, {str(k).strip().lower(): None
                                          for k in col["values"]})
    guessed = guess.column_types if guess is not None else {}
    out: dict[str, ColumnType] = {}
    for c in columns:
        kind = kinds.get(c) or GUESS_KINDS.get(guessed.get(c, "")) or _name_kind(c)
        if kind == "postal" and guessed.get(c) in ("integer", "decimal", "code"):
            # the file writes its postal codes as numbers: 'Suite 4' is none of them
            kind = "postal_digits"
        if kind:
            fmt = guess.value_format(c) if guess is not None and kind in (
                "integer", "number", "date") else ValueFormat()
            out[c] = ColumnType(kind, fmt, frozenset(words.get(c, {})))
    return out


def file_columns(df: pl.DataFrame, tmap: dict[str, Any], guess: IntakeGuess | None
                 ) -> list[str]:
    """The file's own columns in the file's order (none staging added: ids, keys, stages)."""
    added = {tmap.get("source_key")} if tmap.get("key_columns") else set()
    order = guess.columns if guess is not None and guess.columns else df.columns
    return [c for c in order if c in df.columns and not c.startswith("__") and c not in added]


def _fitting(long: pl.DataFrame, needs: dict[int, set[int]], types: list[ColumnType]
             ) -> pl.DataFrame:
    """(row, k, j, ok): for each type ``j`` of ``types``, whether the cells of ``long`` at
    the positions ``needs[j]`` fit it. Each cell is read only under the types asked of it:
    one expression per type, over only those cells."""
    parts = []
    for j, ks in needs.items():
        cells = long.filter(pl.col("k").is_in(list(ks)))
        if types[j].kind in ("integer", "number"):  # plain digits fit, without parsing
            plain = pl.col("v").str.contains(PLAIN)
            parts.append(cells.filter(plain).select(
                "row", "k", pl.lit(j, pl.Int64).alias("j"), pl.lit(True).alias("ok")))
            cells = cells.filter(~plain)
        parts.append(cells.select("row", "k", pl.lit(j, pl.Int64).alias("j"),
                                  fits(pl.col("v"), types[j]).alias("ok")))
    if not parts:
        return pl.DataFrame(schema={"row": pl.Int64, "k": pl.Int64, "j": pl.Int64,
                                    "ok": pl.Boolean})
    return pl.concat(parts)


def _long(df: pl.DataFrame, columns: list[str], row_column: str) -> pl.DataFrame:
    """(row, k, v): every non-empty cell of ``columns`` (k its position in the list)."""
    order = {c: k for k, c in enumerate(columns)}
    return (df.select(pl.col(row_column).cast(pl.Int64).alias("row"),
                      *[_text(c).alias(c) for c in columns])
            .unpivot(index="row", variable_name="c", value_name="v")
            .drop_nulls("v")
            .select("row", pl.col("c").replace_strict(order, return_dtype=pl.Int64).alias("k"),
                    "v"))


def _needs(positions: list[int], kinds: list[int | None], own: bool, width: int
           ) -> dict[int, set[int]]:
    """Type -> the positions read under it: a cell under its own column's type (``own``)
    and under the type of each column ``s`` over (:data:`SHIFTS`)."""
    out: dict[int, set[int]] = {}
    for k in positions:
        if own and kinds[k] is not None:
            out.setdefault(kinds[k], set()).add(k)
        for s in SHIFTS:
            if 0 <= k + s < width and kinds[k + s] is not None:
                out.setdefault(kinds[k + s], set()).add(k)
    return out


def _fit_query(cells: pl.LazyFrame, ct: ColumnType) -> pl.LazyFrame:
    """``cells`` (``v`` non-empty text) with ``ok``: whether ``v`` fits the type (plain
    digits fit a number without parsing: only the other values are parsed)."""
    if ct.kind in ("integer", "number"):
        plain = pl.col("v").str.contains(PLAIN)
        return pl.concat([cells.filter(plain).with_columns(ok=pl.lit(True)),
                          cells.filter(~plain).with_columns(ok=fits(pl.col("v"), ct))])
    return cells.with_columns(ok=fits(pl.col("v"), ct))


def _candidates(df: pl.DataFrame, columns: list[str], kinds: list[int | None],
                types: list[ColumnType], row_column: str) -> tuple[list[int | None], set[int]]:
    """(each column's type, kept only where at least :data:`MIN_FIT` of its own non-empty
    values fit it; the rows where a value failing its own column's type fits the type of a
    column :data:`SHIFTS` over).

    Column by column, every column's query at once (in parallel): each typed column's
    non-empty values under its own type; then the values that missed, a few, under their
    neighbours' types."""
    width = len(columns)
    typed = [k for k in range(width) if kinds[k] is not None]
    row = pl.col(row_column).cast(pl.Int64).alias("row")
    plain = pl.col("v").str.contains(PLAIN)
    cells = {k: df.lazy().select(row, _text(columns[k]).alias("v"))
             .filter(pl.col("v").is_not_null()) for k in typed}
    numeric = [k for k in typed if types[kinds[k]].kind in ("integer", "number")]
    # plain digits fit a number: counted, never parsed nor kept (they are never missed)
    found = pl.collect_all([
        (cells[k].filter(~plain) if k in numeric else cells[k])
        .with_columns(ok=fits(pl.col("v"), types[kinds[k]])) for k in typed] + [
        cells[k].filter(plain).select(pl.len()) for k in numeric])
    own = found[:len(typed)]
    plains = {k: found[len(typed) + i].item() for i, k in enumerate(numeric)}
    share = {}
    for k, o in zip(typed, own, strict=True):
        n = plains.get(k, 0) + o.height
        if n:
            share[k] = (plains.get(k, 0) + o["ok"].sum()) / n
    kinds = [None if kinds[k] is None or share.get(k, 1.0) < MIN_FIT else kinds[k]
             for k in range(width)]
    near: list[pl.LazyFrame] = []
    for k, o in zip(typed, own, strict=True):
        if kinds[k] is None:
            continue
        missed = o.lazy().filter(~pl.col("ok")).select("row", "v")
        for j in dict.fromkeys(kinds[k + s] for s in SHIFTS if 0 <= k + s < width):
            if j is not None:
                near.append(_fit_query(missed, types[j]).filter("ok").select("row"))
    rows: set[int] = set()
    for hit in pl.collect_all(near):
        rows.update(hit["row"].to_list())
    return kinds, rows


def find_shifted(df: pl.DataFrame, columns: list[str], types: dict[str, ColumnType],
                 ragged: dict[int, int] | None = None, row_column: str = "__source_row"
                 ) -> list[Shift]:
    """The rows of ``df`` (numbered in ``row_column``) whose values are shifted, by the
    evidence of ``types`` over ``columns`` (the file's order) and the reader's ``ragged``
    rows (row -> fields found).

    Three passes, each over fewer cells: every typed cell under its own type (which also
    tells each column's share of fitting values); the cells that miss, under their
    neighbours' types (a row is a candidate when one fits one over, or the reader found it
    ragged) (:func:`_candidates`); every cell of the candidate rows, judged row by row
    (:func:`_best_shift`)."""
    ragged = ragged or {}
    width = len(columns)
    typed = [k for k, c in enumerate(columns) if c in types]
    if not typed or df.height == 0:
        return []
    distinct = list(dict.fromkeys(types[columns[k]] for k in typed))
    kinds = [distinct.index(types[c]) if c in types else None for c in columns]
    kinds, rows = _candidates(df, columns, kinds, distinct, row_column)
    rows |= set(ragged)
    if not rows:
        return []
    cells = _long(df.filter(pl.col(row_column).is_in(list(rows))), columns, row_column)
    fitted = _fitting(cells, _needs(list(range(width)), kinds, True, width), distinct)
    by_row: dict[int, dict[int, tuple[str, dict[int, bool]]]] = {}
    for row, k, v in cells.iter_rows():
        by_row.setdefault(row, {})[k] = (v, {})
    for row, k, j, ok in fitted.iter_rows():
        by_row[row][k][1][j] = ok
    found: list[Shift] = []
    for row in sorted(by_row):
        best = _best_shift(by_row[row], columns, kinds, distinct, ragged.get(row))
        if best is not None:
            found.append(Shift(row, best[0], best[1], best[2], ragged.get(row)))
    return found


def _best_shift(cells: dict[int, tuple[str, dict[int, bool]]], columns: list[str],
                kinds: list[int | None], types: list[ColumnType], fields: int | None
                ) -> tuple[int, str, tuple[Cell, ...]] | None:
    """(offset, first column out of place, evidence) of the shift that explains the row
    best, or None when none does (see the module's docstring for the rule). ``cells`` maps
    a position to its value and whether it fits each type; ``kinds`` is each column's type
    (an index of ``types``) or None."""
    width = len(columns)
    best: tuple[int, int, str, tuple[Cell, ...]] | None = None
    for s in SHIFTS:
        # suffixes of the row, from the end: the best start with nothing against it
        score = strong = weak = against = 0
        evidence: list[Cell] = []
        top: tuple[int, int, int, list[Cell]] | None = None
        for k in range(width - 1, -1, -1):
            if k in cells:
                value, fit = cells[k]
                d = k + s
                h = None if kinds[k] is None else fit.get(kinds[k], False)
                if d < 0 or d >= width:
                    against += 1
                    score -= 3
                else:
                    t = None if kinds[d] is None else fit.get(kinds[d], False)
                    if h is False and t is True:
                        strong += 1
                        score += 2
                        evidence.insert(0, (columns[k], value,
                                            f"{KIND_WORDS[types[kinds[d]].kind]}, as "
                                            f"'{columns[d]}' holds", True))
                    elif h is False and t is None:
                        weak += 1
                        score += 1
                        evidence.insert(0, (columns[k], value,
                                            f"not {KIND_WORDS[types[kinds[k]].kind]}", True))
                    elif h is None and t is True:
                        score += 1
                        evidence.insert(0, (columns[k], value,
                                            f"{KIND_WORDS[types[kinds[d]].kind]}, as "
                                            f"'{columns[d]}' holds", False))
                    elif t is False and h is not False:
                        against += 1
                        score -= 3
            if against == 0 and evidence and (top is None or score >= top[0]):
                top = (score, strong, weak, list(evidence))
        if top is None:
            continue
        score, strong, weak, ev = top
        told = fields is not None and fields - width == -s
        if not ((strong >= 1 and strong + weak >= 2) or (told and strong + weak >= 1)):
            continue
        rank = score + (2 if told else 0)
        if best is None or rank > best[0]:
            best = (rank, s, ev[0][0], tuple(ev))
    return None if best is None else (best[1], best[2], best[3])


def reason(shift: Shift, file: str, width: int) -> str:
    """The quarantine reason: direction, start, file and row, the values out of place."""
    n = abs(shift.offset)
    way = "left" if shift.offset > 0 else "right"
    told = (f"; the row has {shift.fields} fields, the header {width}"
            if shift.fields is not None else "")
    ranked = [cell for cell in shift.cells if cell[3]] + [
        cell for cell in shift.cells if not cell[3]]  # values failing where they are first
    shown = ", ".join(f"'{v}' is in '{c}' ({what})" for c, v, what, _ in ranked[:SHOWN])
    more = f", and {len(shift.cells) - SHOWN} more" if len(shift.cells) > SHOWN else ""
    return (f"values appear shifted {'one column' if n == 1 else f'{n} columns'} to the "
            f"{way} from column '{shift.start}' (row {shift.row} of {file}{told}): {shown}"
            f"{more}; held back whole rather than loaded into the wrong fields")


def held_back(df: pl.DataFrame, tmap: dict[str, Any], guess: IntakeGuess | None, file: str,
              table_def: dict[str, Any] | None, schema: dict[str, Any],
              row_column: str = "__source_row", id_column: str = "__source_id"
              ) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(rows to stage, quarantine lines of the shifted rows in ``schema``'s columns)."""
    columns = file_columns(df, tmap, guess)
    ragged = {r[0]: r[2] for r in (guess.ragged_rows if guess is not None else [])}
    found = find_shifted(df, columns, claimed_types(columns, tmap, guess, table_def), ragged,
                         row_column)
    if not found:
        return df, pl.DataFrame(schema=schema)
    ids = dict(df.filter(pl.col(row_column).is_in([s.row for s in found]))
               .select(row_column, id_column).iter_rows())
    lines = pl.DataFrame([{
        "file": file, "row": s.row, "source_id": ids.get(s.row),
        "column": "; ".join(c[0] for c in s.cells),
        "value": "; ".join(c[1] for c in s.cells),
        "reason": reason(s, file, len(columns))} for s in found], schema=schema)
    return df.filter(~pl.col(row_column).is_in(lines["row"].implode())), lines
