"""A table's column statistics and types asked of polars a table at a time (issue 13: speed),
with the answers the column-at-a-time functions give (intake/column_stats.py,
intake/table_types.py)."""

from __future__ import annotations

import polars as pl
import pytest

from d365migrate.intake import column_stats
from d365migrate.intake import values as V
from d365migrate.intake.column_stats import COUNT, Check, table_stats
from d365migrate.intake.number_values import parse_numbers
from d365migrate.intake.table_types import infer_columns
from d365migrate.intake.values import EMAIL, ValueFormat, parse_dates


def _made_up(rows: int = 40) -> pl.DataFrame:
    """Made-up text columns of every kind the profile checks, with nulls, blanks, bad values,
    both decimal separators and ties among the patterns."""
    def cycle(vals: list[str | None]) -> list[str | None]:
        return [vals[i % len(vals)] for i in range(rows)]

    columns = {
        "amount": cycle(["1,234.50", "12.00", "(7.25)", None, "", "abc", "$ 3,100.10"]),
        "betrag": cycle(["1.234,50", "0,75", "12,5", None, "1.000.000,00"]),
        "qty": cycle(["3", "4", "10", "x", None]),
        "created": cycle(["2024-01-31", "2024-02-01 10:30:00", "31/01/2024", None, "never"]),
        "seen": cycle(["01/02/2024", "03/04/2024", None, "13/04/2024"]),
        "email": cycle(["a@b.com", "not an email", None, " c@d.org ", "x@y"]),
        "phone": cycle(["+1 555 123 4567", "12", "555-1234 ext 5", None, "call me"]),
        "web": cycle(["www.example.com", "https://a.io/x", "nope", None]),
        "name": cycle(["Ann", "Bob", "ann", "BOB", "Zoë", "9lives"]),
        "empty": [None] * rows,
        "blank": cycle(["", " ", None]),
        "id": [f"ID{i:04d}" for i in range(rows)],
        "count": cycle(["a", "b"]),  # polars' own value-count name (X2CRM)
    }
    return pl.DataFrame(columns, schema=dict.fromkeys(columns, pl.Utf8))  # as intake reads


_CHECKS = {
    "amount": Check("number", ValueFormat(None, ".", None)),
    "betrag": Check("number", ValueFormat(None, None, None)),
    "qty": Check("number", None),
    "created": Check("date", ValueFormat(("%Y-%m-%d", "%Y-%m-%d %H:%M:%S"), None, None)),
    "seen": Check("date", None),  # formats guessed from the column, as parse_dates does
    "email": Check("email", None, limit=8),
    "phone": Check("phone"),
    "web": Check("url"),
    "name": Check("", None, limit=3),
}


def _one_at_a_time(df: pl.DataFrame, c: str, check: Check) -> dict:
    """The statistics as the profile computed them before, one column at a time."""
    s, n = df[c], df.height
    nulls = s.null_count()
    distinct = s.n_unique() - (1 if nulls else 0)
    out: dict = {"nulls": nulls, "max_length": s.str.len_chars().max(), "pattern": "",
                 "top_values": "", "min": None, "max": None, "invalid": 0, "examples": []}
    if nulls < n:
        pat = df.gather_every(max(1, n // 5000)).select(
            pl.col(c).str.replace_all(r"\p{Lu}", "A").str.replace_all(r"\p{Ll}", "a")
            .str.replace_all(r"\d", "9").str.slice(0, 40).alias("p"))["p"].drop_nulls()
        if pat.len():
            top = pat.value_counts(sort=True, name=COUNT).row(0)
            out["pattern"] = f"{top[0]} ({top[1] / pat.len():.0%})"
        if distinct <= 0.5 * (n - nulls) or distinct <= 50:
            vc = s.drop_nulls().value_counts(sort=True, name=COUNT).head(5)
            out["top_values"] = "; ".join(f"{v} ({k})" for v, k in vc.iter_rows())
    vf = check.value_format
    bad = None
    if check.kind == "date":
        fmts = vf.date_formats if vf else None
        parsed = parse_dates(s, list(fmts) if fmts else None)
        if parsed.values.drop_nulls().len():
            out["min"], out["max"] = parsed.values.min(), parsed.values.max()
        bad = parsed.failed["value"]
    elif check.kind == "number":
        parsed_n = parse_numbers(s, vf.decimal if vf else None, vf.thousands if vf else None)
        if parsed_n.values.drop_nulls().len():
            out["min"], out["max"] = parsed_n.values.min(), parsed_n.values.max()
        bad = parsed_n.failed["value"]
    elif check.kind == "email":
        nn = s.drop_nulls()
        bad = nn.filter(~nn.str.strip_chars().str.contains(EMAIL))
    elif check.kind == "phone":
        nn = s.drop_nulls()
        digits = nn.str.replace_all(r"(?i)\s*(x|ext\.?)\s*\d+$", "").str.replace_all(
            r"\D", "").str.len_chars()
        bad = nn.filter((digits < 7) | (digits > 15) | nn.str.contains(r"(?i)[a-wyz]"))
    elif check.kind == "url":
        nn = s.drop_nulls()
        bad = nn.filter(~nn.str.strip_chars().str.contains(
            r"(?i)^(https?://)?(www\.)?[a-z0-9\-]+(\.[a-z0-9\-]+)*\.[a-z]{2,}(:\d+)?(/\S*)?$"))
    if bad is not None:
        out["invalid"], out["examples"] = bad.len(), [str(v) for v in bad.head(3).to_list()]
    out["over"] = int((s.str.len_chars() > check.limit).sum()) if check.limit else 0
    return out


def _as_dict(st) -> dict:
    return {"nulls": st.nulls, "max_length": st.max_length, "pattern": st.pattern,
            "top_values": st.top_values, "min": st.min, "max": st.max, "invalid": st.invalid,
            "examples": st.invalid_examples}


@pytest.mark.parametrize("rows", [1, 7, 40, 12_000])
def test_table_stats_answer_as_one_column_at_a_time(rows: int) -> None:
    df = _made_up(rows)
    stats = table_stats(df, _CHECKS)
    assert list(stats) == df.columns
    for c in df.columns:
        expected = _one_at_a_time(df, c, _CHECKS.get(c, Check()))
        over = expected.pop("over")
        assert _as_dict(stats[c]) == expected, c
        if (stats[c].max_length or 0) > (_CHECKS.get(c, Check()).limit or 10**9):
            assert stats[c].over_limit == over, c
    if rows >= 7:  # the made-up values do fail their checks
        assert stats["amount"].invalid and stats["created"].invalid and stats["email"].invalid


def test_a_long_tables_checks_go_a_few_columns_a_query(monkeypatch: pytest.MonkeyPatch) -> None:
    df = _made_up(400)
    whole = {c: _as_dict(s) for c, s in table_stats(df, _CHECKS).items()}
    monkeypatch.setattr(column_stats, "CELLS_A_QUERY", 1_000)  # two columns a query
    seen = _collects(monkeypatch)
    assert {c: _as_dict(s) for c, s in table_stats(df, _CHECKS).items()} == whole
    assert seen[0] >= df.width // 2


def test_table_stats_of_an_empty_table() -> None:
    stats = table_stats(_made_up(0), _CHECKS)
    assert {c: (s.nulls, s.distinct, s.pattern) for c, s in stats.items()} == {
        c: (0, 0, "") for c in _made_up(0).columns}


def _collects(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts every polars query run, where polars runs each (its engine: eager frame and
    series operations run through it too); a query a running one makes (a date column's
    batch parse, intake/values.py) is part of it, not counted again."""
    from polars.lazyframe.engine import _LocalEngine

    seen, depth = [0], [0]
    real = _LocalEngine.collect

    def counting(self, *a, **kw):  # type: ignore[no-untyped-def]
        seen[0] += depth[0] == 0
        depth[0] += 1
        try:
            return real(self, *a, **kw)
        finally:
            depth[0] -= 1

    monkeypatch.setattr(_LocalEngine, "collect", counting)
    return seen


def test_a_tables_statistics_take_a_few_queries_whatever_its_width(
        monkeypatch: pytest.MonkeyPatch) -> None:
    narrow = _made_up(50)
    wide = pl.concat([narrow.rename(lambda c, i=i: f"{c}_{i}") for i in range(6)],
                     how="horizontal")
    checks = {f"{c}_{i}": ch for i in range(6) for c, ch in _CHECKS.items()
              if c != "seen"}  # a date column without formats is guessed column by column
    seen = _collects(monkeypatch)
    table_stats(wide, checks)
    assert 0 < seen[0] <= 4, seen[0]  # 78 columns
    seen[0] = 0  # the count counts: one column at a time, several queries a column
    for c in wide.columns:
        _one_at_a_time(wide, c, checks.get(c, Check()))
    assert seen[0] > 3 * wide.width, seen[0]


def test_infer_columns_types_as_infer_column_and_fills_its_cache() -> None:
    df = _made_up(300).with_columns(
        pl.Series("flag", ["yes", "no", None] * 100), pl.Series("tags", ["a;b", "b;c", "c"] * 100),
        pl.Series("code", ["007", "010", "123"] * 100), pl.Series("note", ["x\ny", "z", ""] * 100))
    V._BY_SAMPLE.clear()
    one_by_one = {c: V.infer_column(df[c]) for c in df.columns}
    V._BY_SAMPLE.clear()
    assert infer_columns(df) == one_by_one
    assert list(infer_columns(df)) == df.columns
    # what each sample said is kept: typing a column again asks polars nothing new
    kept = len(V._BY_SAMPLE)
    assert kept and {c: V.infer_column(df[c]) for c in df.columns} == one_by_one
    assert len(V._BY_SAMPLE) == kept


def test_typing_a_table_takes_a_few_queries_whatever_its_width(
        monkeypatch: pytest.MonkeyPatch) -> None:
    wide = pl.concat([_made_up(60).drop("created", "seen").rename(lambda c, i=i: f"{c}_{i}")
                      for i in range(6)], how="horizontal")
    V._BY_SAMPLE.clear()
    seen = _collects(monkeypatch)
    infer_columns(wide)
    assert 0 < seen[0] <= 3, seen[0]  # 66 columns
    V._BY_SAMPLE.clear()
    seen[0] = 0  # the count counts: one column at a time, several queries a column
    for c in wide.columns:
        V.infer_column(wide[c])
    assert seen[0] > 3 * wide.width, seen[0]
