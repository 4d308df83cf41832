"""The shifted-rows check finds its candidate rows column by column (issue 15: a fifth of
staging a million-row export): on made-up rows with every kind of evidence, shifts both
ways, empty and mostly-wrong columns and the reader's ragged rows, it finds exactly what
the cell-by-cell search it replaced found (kept here as the reference)."""

from __future__ import annotations

import random

import polars as pl
import pytest

from d365migrate.intake.values import ValueFormat
from d365migrate.staging import shifted
from d365migrate.staging.shifted import (
    MIN_FIT,
    ColumnType,
    Shift,
    _best_shift,
    _fitting,
    _long,
    _needs,
)

ROW = "__source_row"
COLUMNS = ["id", "name", "email", "phone", "zip", "city", "website", "employees", "amount",
           "created", "active", "note", "fax", "empty"]
TYPES = {"id": ColumnType("integer"), "email": ColumnType("email"),
         "phone": ColumnType("phone"), "zip": ColumnType("postal"),
         "website": ColumnType("url"), "employees": ColumnType("integer"),
         "amount": ColumnType("number", ValueFormat(decimal=",", thousands=".")),
         "created": ColumnType("date", ValueFormat(date_formats=("%Y-%m-%d", "%d.%m.%Y"))),
         "active": ColumnType("boolean", words=frozenset({"si"})),
         "fax": ColumnType("phone"), "empty": ColumnType("email")}


def reference(df: pl.DataFrame, columns: list[str], types: dict[str, ColumnType],
              ragged: dict[int, int] | None = None, row_column: str = ROW) -> list[Shift]:
    """The search as it was before (issue 15): every typed cell in one long frame."""
    ragged = ragged or {}
    width = len(columns)
    typed = [k for k, c in enumerate(columns) if c in types]
    if not typed or df.height == 0:
        return []
    distinct = list(dict.fromkeys(types[columns[k]] for k in typed))
    kinds = [distinct.index(types[c]) if c in types else None for c in columns]
    long = _long(df, [columns[k] for k in typed], row_column).with_columns(
        pl.col("k").replace_strict(dict(enumerate(typed)), return_dtype=pl.Int64))
    own = _fitting(long, {j: {k for k in typed if kinds[k] == j}
                          for j in range(len(distinct))}, distinct)
    share = dict(own.group_by("k").agg(pl.col("ok").mean()).iter_rows())
    kinds = [None if kinds[k] is None or share.get(k, 1.0) < MIN_FIT else kinds[k]
             for k in range(width)]
    missed = own.filter(~pl.col("ok") & pl.col("k").is_in(
        [k for k in range(width) if kinds[k] is not None]))
    if missed.height:
        cells = missed.select("row", "k").join(long, on=["row", "k"], how="left")
        near = _fitting(cells, _needs(sorted(set(missed["k"].to_list())), kinds, False,
                                      width), distinct)
        rows = set(near.filter(pl.col("ok"))["row"].to_list())
    else:
        rows = set()
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


def made_up(seed: int, n: int = 300) -> tuple[pl.DataFrame, dict[int, int]]:
    """Rows of every column's kind, some shifted left or right by one or two, some with a
    value wrong where it is, empty cells, a fax column mostly words (below MIN_FIT), an
    empty column; and ragged rows the reader would report (some shifted, some not)."""
    rnd = random.Random(seed)
    rows, ragged = [], {}
    for i in range(1, n + 1):
        cells = [str(i) if rnd.random() > 0.05 else f"+{i}", f"Name {i}",
                 f"p{i}@x{i % 7}.com", f"+1 555 {1000 + i} x{i % 9}" if i % 11 == 0
                 else f"555-{1000 + i:04d}", f"{10000 + i}", rnd.choice(["Oslo", "Lima", ""]),
                 rnd.choice([f"www.c{i}.com", f"https://c{i}.example/a", "", "c.example"]),
                 rnd.choice([str(i * 3), "1.234", "12,5", "", "1e3"]),
                 rnd.choice(["1.234,50", "12,5", "(7,00)", "€ 3", "1,234.5", str(i), "inf"]),
                 rnd.choice(["2024-03-05", "05.03.2024", "03/05/2024", "2024-13-40", ""]),
                 rnd.choice(["yes", "no", "si", "maybe", ""]), rnd.choice(["", "note", "42"]),
                 rnd.choice(["ask", "none", "555-0199"]), ""]
        r = rnd.random()
        if r < 0.08:  # a cell missing: the rest one or two columns to the left
            at, by = rnd.randrange(1, 10), rnd.choice([1, 1, 2])
            cells = cells[:at] + cells[at + by:] + [""] * by
            if rnd.random() < 0.5:
                ragged[i] = len(COLUMNS) - by
        elif r < 0.16:  # a cell too many: the rest one or two columns to the right
            at, by = rnd.randrange(1, 10), rnd.choice([1, 1, 2])
            cells = cells[:at] + ["x, y"] * by + cells[at:-by]
            if rnd.random() < 0.5:
                ragged[i] = len(COLUMNS) + by
        elif r < 0.2:
            cells[rnd.randrange(2, 10)] = rnd.choice(["n/a", "#", "  ", "call us"])
        elif r < 0.22:
            ragged[i] = len(COLUMNS) + rnd.choice([-1, 1])  # the reader's word alone
        rows.append(cells)
    df = pl.DataFrame(rows, schema=COLUMNS, orient="row").with_row_index(ROW, offset=1)
    return df.with_columns(pl.col(ROW).cast(pl.Int64)), ragged


@pytest.mark.parametrize("seed", range(6))
def test_columnwise_search_finds_what_the_cell_by_cell_search_found(seed: int) -> None:
    df, ragged = made_up(seed)
    found = shifted.find_shifted(df, COLUMNS, TYPES, ragged)
    assert found == reference(df, COLUMNS, TYPES, ragged)
    assert len(found) >= 5  # the made-up rows do hold shifts (the test can fail)
    # without the reader's evidence, on a subset of the columns, and in another order
    assert shifted.find_shifted(df, COLUMNS, TYPES) == reference(df, COLUMNS, TYPES)
    some = {c: t for c, t in TYPES.items() if c in ("phone", "website", "amount")}
    assert shifted.find_shifted(df, COLUMNS, some, ragged) == reference(df, COLUMNS, some,
                                                                         ragged)
    backwards = COLUMNS[::-1]
    assert shifted.find_shifted(df, backwards, TYPES, ragged) == reference(
        df, backwards, TYPES, ragged)


def test_edge_frames_match_the_reference() -> None:
    df, ragged = made_up(1, n=40)
    for frame in (df.head(0), df.head(1), df.with_columns(pl.lit(None, pl.Utf8).alias("id")),
                  df.with_columns(pl.lit("words", pl.Utf8).alias("email"))):
        assert shifted.find_shifted(frame, COLUMNS, TYPES, ragged) == reference(
            frame, COLUMNS, TYPES, ragged)
    assert shifted.find_shifted(df, COLUMNS, {}) == []


def test_a_typed_column_with_no_values_still_types_its_neighbours_evidence() -> None:
    """A column left empty in every row keeps its type (no value says otherwise): an
    email in the phone column of a row the reader found one field long is an email
    'as email holds', the evidence the cell-by-cell search gave too."""
    names = ["id", "email", "phone", "zip", "city"]
    types = {"email": ColumnType("email"), "phone": ColumnType("phone"),
             "zip": ColumnType("postal")}
    df = pl.DataFrame({"id": ["1", "2", "3"], "email": [None, "", None],
                       "phone": ["555-0100", "a@b.com", "555-0101"],
                       "zip": ["10001", "555-0111", "10003"], "city": ["Oslo", "10002", "Lima"],
                       ROW: [1, 2, 3]})
    found = shifted.find_shifted(df, names, types, {2: 6})
    assert found == reference(df, names, types, {2: 6})
    assert [s.row for s in found] == [2]
    assert any("as 'email' holds" in cell[2] for cell in found[0].cells)
