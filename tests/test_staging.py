"""Staging: conversions, bad optional values cleared with file/row/column, duplicates skipped,
lookups resolved."""

from __future__ import annotations

import polars as pl
import pytest

from d365migrate.intake.read import read_table_bytes
from d365migrate.intake.values import ValueFormat
from d365migrate.mapping.mapfile import confirm
from d365migrate.staging.stage import REF_PREFIX, VIA_PREFIX, convert, stage_table

COMPANIES = pl.DataFrame({
    "company_id": ["c1", "c2", "c3"], "name": ["Acme", "Globex", "Initech"],
    "domain": ["acme.com", "globex.com", "initech.com"]})
CONTACTS = pl.DataFrame({
    "contact_id": ["p1", "p2", "p3", "p4", "p2", "p5"],
    "last_name": ["A", "B", "C", "D", "B2", "E"],
    "email": ["a@acme.com", "b@x.org", "c@initech.com", "d@nowhere.net", "b@x.org", "e@x.org"],
    "company_id": ["c1", None, None, "c99", None, None],
    "company_name": [None, " globex ", None, None, None, None],
    "created_at": ["2024-03-05T14:22:00Z", "03/05/2024 02:22 PM", "2024-03-05", "garbage",
                   None, None],
    "owner_email": [" Ann@X.com", None, None, None, None, None],
})


def contact_map() -> dict:
    return confirm({
        "version": 1, "status": "proposed", "source_id_column": "new_smartdeskid",
        "tables": [{
            "target": "contact", "source": "contacts", "source_key": "contact_id",
            "owner": {"source": "owner_email"},
            "columns": [{"target": "lastname", "source": "last_name", "transform": "text"},
                        {"target": "emailaddress1", "source": "email", "transform": "email"},
                        {"target": "overriddencreatedon", "source": "created_at",
                         "transform": "datetime"}],
            "lookups": [{"target": "parentcustomerid", "navigation": "parentcustomerid_account",
                         "table": "account", "source": "company_id",
                         "references": "companies.company_id",
                         "fallbacks": [
                             {"source": "company_name", "match": "name", "references": "name"},
                             {"source": "email", "match": "email_domain",
                              "references": "domain"}]}],
        }],
    }, "tester")


def test_stage_contacts_end_to_end():
    r = stage_table(contact_map(), "contact", {"companies": COMPANIES, "contacts": CONTACTS},
                    {"contacts": "contacts.csv"})
    assert r.source_rows == 6
    # p2 repeats: the second one (row 5) is skipped, naming the row kept
    assert r.skipped.select("row", "reason").to_dicts() == [
        {"row": 5, "reason": "duplicate source id; row 2 kept"}]
    # p4's created_at is garbage: an optional field, cleared naming file, row, column, value;
    # the contact still moves
    assert r.quarantined.height == 0
    q = r.cleared.to_dicts()
    assert [(x["file"], x["row"], x["column"], x["value"], x["action"]) for x in q] == [
        ("contacts.csv", 4, "created_at", "garbage", "field cleared")]
    assert r.source_rows == r.staged.height + r.quarantined.height + r.skipped.height
    rows = {x["__source_id"]: x for x in r.staged.to_dicts()}
    assert rows["p4"]["overriddencreatedon"] is None and rows["p4"]["lastname"] == "D"
    assert rows["p1"]["overriddencreatedon"] == "2024-03-05T14:22:00Z"
    assert rows["p2"]["overriddencreatedon"] == "2024-03-05T14:22:00Z"
    assert rows["p3"]["overriddencreatedon"] == "2024-03-05T00:00:00Z"
    assert rows["p1"]["__owner_email"] == "ann@x.com"
    nav = "parentcustomerid_account"
    assert (rows["p1"][REF_PREFIX + nav], rows["p1"][VIA_PREFIX + nav]) == ("c1", "id")
    assert (rows["p2"][REF_PREFIX + nav], rows["p2"][VIA_PREFIX + nav]) == ("c2", "name")
    assert (rows["p3"][REF_PREFIX + nav], rows["p3"][VIA_PREFIX + nav]) == ("c3", "email_domain")
    assert rows["p5"][REF_PREFIX + nav] is None
    # p4 moves now: its company c99 is not in the export (an orphan link, counted)
    assert r.lookup_stats[nav] == {"by_id": 1, "by_fallback": 2, "orphan": 1, "empty": 1}


def test_number_forms():
    df = pl.DataFrame({"v": ["1,234", "$5 000", " 7 ", "abc", "", "12.7"]})
    ints = df.select(convert(pl.col("v"), "integer").alias("v"))["v"].to_list()
    assert ints == [1234, 5000, 7, None, None, None]  # 12.7 is not whole: never 13
    decs = df.select(convert(pl.col("v"), "decimal").alias("v"))["v"].to_list()
    assert decs == [1234.0, 5000.0, 7.0, None, None, 12.7]


def test_choice_values_map_and_undecided_is_null():
    df = pl.DataFrame({"v": ["Gold", "Silver", "Bronze"]})
    values = {"Gold": 1, "Silver": 2, "Bronze": None}
    out = df.select(convert(pl.col("v"), "choice", values).alias("v"))
    assert out["v"].to_list() == [1, 2, None]


# ------------------------------------------------------------------ intake's formats

def _amounts_map(columns: list[tuple[str, str, str]]) -> dict:
    return confirm({
        "version": 1, "status": "proposed", "source_id_column": "new_smartdeskid",
        "tables": [{"target": "account", "source": "t", "source_key": "id",
                    "columns": [{"target": tgt, "source": src, "transform": tr}
                                for tgt, src, tr in columns]}],
    }, "tester")


def _stage(csv: bytes, columns: list[tuple[str, str, str]], overrides: dict | None = None,
           ) -> tuple[dict[str, dict], list[dict]]:
    exp = read_table_bytes(csv, "t.csv", overrides)
    r = stage_table(_amounts_map(columns), "account", exp.tables, {"t": "t.csv"},
                    exp.guesses["t"])
    assert r.source_rows == r.staged.height + r.quarantined.height + r.skipped.height
    assert r.quarantined.height == 0  # optional columns: a bad value is cleared, listed
    return {x["__source_id"]: x for x in r.staged.to_dicts()}, r.cleared.to_dicts()


def test_european_amounts_staged_under_the_columns_guess():
    rows, q = _stage("id;revenue;staff\n1;1.234,56;1.200\n2;987.654,00;12\n3;12,50;7\n"
                     .encode("cp1252"),
                     [("revenue", "revenue", "decimal"), ("numberofemployees", "staff",
                                                          "integer")])
    assert q == []
    assert rows["1"]["revenue"] == pytest.approx(1234.56)  # never 1.23456
    assert rows["2"]["revenue"] == pytest.approx(987654.0)
    assert rows["3"]["revenue"] == pytest.approx(12.5)
    assert rows["1"]["numberofemployees"] == 1200


def test_old_convert_would_have_read_a_european_amount_as_1_23456():
    """What staging did before it used intake's guess: the regression this file guards."""
    df = pl.DataFrame({"v": ["1.234,56"]})
    old = df.select(pl.col("v").str.replace_all(r"[\s,$€£¥]", "").cast(pl.Float64))
    assert old["v"][0] == pytest.approx(1.23456)
    new = df.select(convert(pl.col("v"), "decimal", None, ValueFormat(None, ",", ".")))
    assert new["v"][0] == pytest.approx(1234.56)


def test_day_first_dates_use_intakes_decision():
    # no day above 12: ambiguous, intake decides day-first for '.' dates
    rows, q = _stage(b"id;since;seen\n1;03.04.2024;03.04.2024 14:22:05\n"
                     b"2;05.06.2024;05.06.2024 08:00:00\n",
                     [("new_since", "since", "date"), ("new_seen", "seen", "datetime")])
    assert q == []
    assert rows["1"]["new_since"] == "2024-04-03"
    assert rows["1"]["new_seen"] == "2024-04-03T14:22:05Z"  # no zone: kept as written (UTC)
    assert rows["2"]["new_since"] == "2024-06-05"


def test_us_file_dates_month_first():
    rows, q = _stage(b"id,since,amount\n1,04/03/2024,\"1,234.50\"\n2,12/31/2024,7.25\n",
                     [("new_since", "since", "date"), ("revenue", "amount", "decimal")])
    assert q == []
    assert rows["1"]["new_since"] == "2024-04-03"
    assert rows["2"]["new_since"] == "2024-12-31"
    assert rows["1"]["revenue"] == pytest.approx(1234.5)


def test_parameters_override_wins_over_the_guess():
    csv = b"id,since\n1,04/03/2024\n2,05/06/2024\n"
    rows, _ = _stage(csv, [("new_since", "since", "date")])
    assert rows["1"]["new_since"] == "2024-04-03"  # US guess for an ambiguous '/' column
    rows, _ = _stage(csv, [("new_since", "since", "date")],
                     {"t": {"date_formats": {"since": "%d/%m/%Y"}}})
    assert rows["1"]["new_since"] == "2024-03-04"
    rows, _ = _stage(b"id,amount\n1,\"1,5\"\n2,\"2,25\"\n", [("revenue", "amount", "decimal")],
                     {"t": {"decimal_separator": ","}})
    assert rows["1"]["revenue"] == pytest.approx(1.5)


def test_value_outside_the_columns_format_is_cleared_not_reinterpreted():
    body = "".join(f"{i};{i}.100,50;1{i % 10}.0{i % 9 + 1}.2024\n" for i in range(1, 40))
    csv = ("id;amount;since\n" + body + "90;1234.50;01.02.2024\n91;7,5;2024-02-01\n"
           "92;12,5;04/03/2024\n").encode()
    columns = [("revenue", "amount", "decimal"), ("new_since", "since", "date")]
    # intake reads a column mixing forms under each (ISO and local dates are common) ...
    rows, q = _stage(csv, columns)
    assert rows["91"]["new_since"] == "2024-02-01"
    # ... and the parameters file pins the one form the customer confirmed
    rows, q = _stage(csv, columns, {"t": {"date_formats": {"since": "%d.%m.%Y"}}})
    assert set(rows) == {str(i) for i in range(1, 40)} | {"90", "91", "92"}
    assert rows["90"]["revenue"] is None and rows["91"]["new_since"] is None
    assert rows["91"]["revenue"] == pytest.approx(7.5)
    assert [(x["file"], x["row"], x["column"], x["value"]) for x in q] == [
        ("t.csv", 40, "amount", "1234.50"), ("t.csv", 41, "since", "2024-02-01"),
        ("t.csv", 42, "since", "04/03/2024")]
    assert q[0]["reason"] == ("'1234.50' is not a number "
                              "(decimal separator ',', thousands '.')")
    assert q[2]["reason"] == "'04/03/2024' is not a date (column format %d.%m.%Y)"


def test_integer_column_clears_a_fraction_instead_of_rounding():
    rows, q = _stage(b"id,staff\n1,12\n2,12.7\n3,\"1,200\"\n",
                     [("numberofemployees", "staff", "integer")])
    assert rows["1"]["numberofemployees"] == 12 and rows["3"]["numberofemployees"] == 1200
    assert rows["2"]["numberofemployees"] is None
    assert [(x["row"], x["value"]) for x in q] == [(2, "12.7")]
    assert q[0]["reason"].startswith("'12.7' is not a whole number")


def test_convert_without_a_format_for_the_mapping_editor():
    df = pl.DataFrame({"v": ["2024-03-05", "03/05/2024", "13.04.2024", "x"]})
    out = df.select(convert(pl.col("v"), "date").alias("v"))["v"].to_list()
    assert out == ["2024-03-05", "2024-03-05", "2024-04-13", None]
    out = df.select(convert(pl.col("v"), "date", None, ValueFormat(("%d.%m.%Y",)))
                    .alias("v"))["v"].to_list()
    assert out == [None, None, "2024-04-13", None]
    yes_no = pl.DataFrame({"v": ["Ja", "nein", "oui", "NON", "tak", "??"]})
    assert yes_no.select(convert(pl.col("v"), "boolean").alias("v"))["v"].to_list() == [
        True, False, True, False, True, None]
