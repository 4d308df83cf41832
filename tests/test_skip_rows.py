"""Rows the analyst decides not to move (mapping.decisions.skip_rows): checked when decided,
skipped in staging with the analyst's reason and the value, counted once."""

from __future__ import annotations

import polars as pl
import pytest

from d365migrate.mapping.decisions import apply_decisions
from d365migrate.mapping.mapfile import MappingError
from d365migrate.staging.decided_skips import decided_skips

ISSUES = {"file": pl.Utf8, "row": pl.Int64, "source_id": pl.Utf8, "column": pl.Utf8,
          "value": pl.Utf8, "reason": pl.Utf8}


def _mapping() -> dict:
    return {"tables": [{"source": "people", "target": "contact", "source_key": "id",
                        "columns": [{"source": "name", "target": "lastname"}],
                        "unmapped": ["kind", "login"]}]}


def test_a_decision_names_a_column_values_and_why():
    out = apply_decisions(_mapping(), {"skip_rows": {"contact": [
        {"column": "kind", "values": ["Test", " Demo "], "reason": "test records"}]}})
    assert out["tables"][0]["skip_rows"] == [
        {"column": "kind", "reason": "test records", "values": ["Test", "Demo"]}]
    out = apply_decisions(_mapping(), {"skip_rows": {"people": {  # by its file's name too
        "column": "login", "filled": True, "reason": "staff"}}})
    assert out["tables"][0]["skip_rows"] == [
        {"column": "login", "reason": "staff", "filled": True}]


@pytest.mark.parametrize("rule, said", [
    ({"column": "nope", "values": ["x"], "reason": "r"}, "'nope' is not a column of people"),
    ({"column": "kind", "reason": "r"}, "name the values of 'kind'"),
    ({"column": "kind", "values": ["x"], "filled": True, "reason": "r"}, "name the values"),
    ({"column": "kind", "values": ["x"]}, "say why those rows are skipped"),
])
def test_a_decision_that_says_too_little_is_refused(rule, said):
    with pytest.raises(MappingError, match=said):
        apply_decisions(_mapping(), {"skip_rows": {"contact": [rule]}})


def test_staging_skips_them_with_the_reason_and_the_value():
    df = pl.DataFrame({"__source_row": [1, 2, 3, 4], "__source_id": ["a", "b", "c", "d"],
                       "kind": ["test", "Customer", None, " TEST "],
                       "login": [None, "ann", None, None]})
    tmap = {"target": "contact", "skip_rows": [
        {"column": "kind", "values": ["Test"], "reason": "test records"},
        {"column": "login", "filled": True, "reason": "staff"}]}
    kept, skipped = decided_skips(df, tmap, "people.csv", "__source_row", "__source_id",
                                  ISSUES)
    assert kept["__source_id"].to_list() == ["c"] and kept.columns == df.columns
    assert skipped is not None
    assert skipped.select("row", "value", "reason").rows() == [
        (1, "test", "left out as decided: test records (kind is 'test')"),
        (2, "ann", "left out as decided: staff (login is 'ann')"),
        (4, "TEST", "left out as decided: test records (kind is 'TEST')")]
    assert decided_skips(df, {"target": "contact"}, "people.csv", "__source_row",
                         "__source_id", ISSUES) == (df, None)


def test_the_report_keeps_the_analysts_reason_whole():
    from d365migrate.report.plain import reason_in_words

    said = reason_in_words("left out as decided: the company's own login users, not "
                           "customers' people (USERNAME is 'F&BUser')")
    assert said == ("Left out as decided: the company's own login users, not customers' "
                    "people")
