"""Great Expectations is set up once a process (one context, one suite per set of checks) and
given only the columns its checks read; results stay those of a fresh set-up (issue 15)."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from d365migrate.mapping.accuracy import load_table_defs
from d365migrate.staging import validate
from d365migrate.staging.validate import _column_groups, validate_staged

TABLES = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" / "tables"


@pytest.fixture(scope="module")
def defs() -> dict[str, dict]:
    return load_table_defs(TABLES)


def contacts(emails: list[str | None], extra: str = "x") -> pl.DataFrame:
    n = len(emails)
    return pl.DataFrame({
        "__source_id": [f"p{i}" for i in range(n)], "__source_row": list(range(1, n + 1)),
        "lastname": ["Smith"] * n, "emailaddress1": emails,
        "jobtitle": ["Buyer"] * n, "__owner_email": [extra] * n})


def outcome(v: validate.ValidationResult) -> tuple:
    return (v.valid.to_dicts(), v.quarantined.to_dicts(), v.cleared.to_dicts(), v.checks)


def test_one_context_and_suite_reused_without_leaking_results(defs, monkeypatch) -> None:
    import great_expectations as gx

    made: list[str] = []
    real = gx.get_context
    monkeypatch.setattr(gx, "get_context", lambda **kw: made.append("ctx") or real(**kw))
    monkeypatch.setattr(validate, "_BATCHES", {})
    monkeypatch.setattr(validate, "_SUITES", {})
    bad = validate_staged(contacts(["a@x.com", "nope", None]), "contact", defs["contact"],
                          file="contacts.csv")
    good = validate_staged(contacts(["a@x.com", "b@y.org"]), "contact", defs["contact"],
                           file="contacts.csv")
    validate_staged(pl.DataFrame({"__source_id": ["c1"], "__source_row": [1],
                                  "name": ["Acme"]}), "account", defs["account"],
                    file="companies.csv")
    assert made == ["ctx"]  # one context for every object and every call
    built = len(validate._SUITES)  # contact's checks built once (a suite a column), account's
    validate_staged(contacts(["c@x.com"]), "contact", defs["contact"], file="contacts.csv")
    assert len(validate._SUITES) == built  # and not again for the same checks
    # the second contact validation saw only its own rows
    assert not any(c["unexpected"] for c in good.checks if c["column"] == "emailaddress1")
    assert any(c["unexpected"] for c in bad.checks if c["column"] == "emailaddress1")
    assert bad.quarantined.height + bad.cleared.height >= 1
    assert good.quarantined.height == 0 and good.cleared.height == 0
    assert good.valid.height == 2
    # and a fresh set-up gives the same results as the reused one
    monkeypatch.setattr(validate, "_BATCHES", {})
    monkeypatch.setattr(validate, "_SUITES", {})
    again = validate_staged(contacts(["a@x.com", "nope", None]), "contact", defs["contact"],
                            file="contacts.csv")
    assert outcome(again) == outcome(bad)


def test_gx_sees_each_checked_column_alone(defs) -> None:
    staged = contacts(["a@x.com", "nope"])
    checks = [{"type": "expect_column_values_to_match_regex",
               "kwargs": {"column": "emailaddress1", "regex": "@"}},
              {"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "lastname"}},
              {"type": "expect_column_value_lengths_to_be_between",
               "kwargs": {"column": "emailaddress1", "max_value": 100}}]
    # one group a column, in GX's own order (by column, as first named)
    assert _column_groups(staged, checks) == [(["emailaddress1"], [checks[0], checks[2]]),
                                              (["lastname"], [checks[1]])]
    # a check about more than one column, or the table, gets the whole frame
    for other in ({"type": "expect_table_row_count_to_be_between",
                   "kwargs": {"min_value": 1}},
                  {"type": "expect_column_pair_values_to_be_equal",
                   "kwargs": {"column_A": "lastname", "column_B": "jobtitle"}}):
        assert _column_groups(staged, [*checks, other]) == [(staged.columns,
                                                              [*checks, other])]
    # the columns GX does not see still come back, untouched, in the valid rows
    v = validate_staged(staged, "contact", defs["contact"], file="contacts.csv")
    assert v.valid.columns == staged.columns
    assert v.valid["__owner_email"].to_list() == ["x"] * v.valid.height


def test_failing_rows_named_by_position_keep_row_id_and_value(defs) -> None:
    """GX names failing rows by position in the frame it is given; they come back as the
    staged rows' own numbers, ids and values, whatever order and gaps the numbers have."""
    staged = pl.DataFrame({
        "__source_id": ["a", "b", "c", "d", "e"], "__source_row": [40, 7, 12, 3, 99],
        "lastname": ["Smith", None, "Ng", "Ode", "Li"],
        "emailaddress1": ["a@x.com", "b@y.org", "no at", None, "  "],
        "jobtitle": ["Buyer", "Buyer", "x" * 101, "Buyer", "Buyer"]})
    v = validate_staged(staged, "contact", defs["contact"], file="people.csv")
    held = {r["row"]: r for r in v.quarantined.to_dicts()}
    assert held[7]["source_id"] == "b" and held[7]["value"] == ""  # lastname missing
    assert "lastname" in held[7]["column"]
    cleared = {(r["row"], r["column"]): r for r in v.cleared.to_dicts()}
    assert cleared[(12, "emailaddress1")]["value"] == "no at"
    assert cleared[(12, "emailaddress1")]["source_id"] == "c"
    assert cleared[(99, "emailaddress1")]["value"] == "  "
    assert cleared[(12, "jobtitle")]["value"] == "x" * 101
    assert {r for r, _ in cleared} == {12, 99}
    assert sorted(v.valid["__source_row"].to_list()) == [3, 12, 40, 99]
    email = next(c for c in v.checks if c["column"] == "emailaddress1")
    assert email["unexpected"] == 2 and not email["success"]


def test_verdicts_first_then_failing_rows_as_one_pass_gives(defs, monkeypatch) -> None:
    """Every check run for its verdict, then the failing ones for their rows: the same
    results, in the same order, as every check run for its rows (a column at a time), on
    a small table (one validation for the verdicts) and a large one (a column at a time)."""
    staged = pl.DataFrame({
        "__source_id": ["a", "b", "c", "d"], "__source_row": [1, 2, 3, 4],
        "lastname": ["Smith", None, "Ng", "x" * 60],
        "emailaddress1": ["a@x.com", "no at", None, "b@y.org"],
        "jobtitle": ["Buyer", "Buyer", "Buyer", "Buyer"]})
    declared = validate.load_suite("contact")["expectations"]
    checks = [e for e in declared if e["kwargs"].get("column") in staged.columns]
    checks += validate.metadata_expectations(staged, defs["contact"], declared)

    def seen(results: list) -> list[tuple]:
        return [(r.expectation_config.type, r.expectation_config.kwargs.get("column"),
                 bool(r.success), r.result.get("unexpected_index_list") or [])
                for r in results]

    one_pass = seen([r for columns, group in _column_groups(staged, checks)
                     for r in validate._gx_results("contact", staged.select(columns), group)])
    assert any(not ok for _, _, ok, _ in one_pass) and any(ok for _, _, ok, _ in one_pass)
    assert seen(validate._results("contact", staged, checks)) == one_pass
    monkeypatch.setattr(validate, "ONE_VALIDATION_ROWS", 0)
    assert seen(validate._results("contact", staged, checks)) == one_pass
