"""Staging's rules (issue 16): refusals naming file and column, values that cannot be right
listed with a reason (cleared in optional columns, issue 12), NFC duplicates, parent loops
cleared and flagged, unknown stages."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from d365migrate.mapping.accuracy import load_table_defs
from d365migrate.mapping.decisions import add_stages_to_mapping, apply_stages, stage_map
from d365migrate.mapping.mapfile import confirm
from d365migrate.runfolder import ISSUE_FOLDERS, RunFolder
from d365migrate.staging.rules import MissingColumn
from d365migrate.staging.stage import REF_PREFIX, stage_table
from d365migrate.staging.validate import validate_staged

TABLES = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" / "tables"


@pytest.fixture(scope="module")
def defs() -> dict[str, dict]:
    return load_table_defs(TABLES)


def _map(target: str, source: str, key: str, columns: list[tuple[str, str, str]],
         lookups: list[dict] | None = None, **extra) -> dict:
    return confirm({"version": 1, "status": "proposed", "source_id_column": "new_smartdeskid",
                    "tables": [{"target": target, "source": source, "source_key": key,
                                "columns": [{"target": t, "source": s, "transform": tr}
                                            for t, s, tr in columns],
                                "lookups": lookups or [], **extra}]}, "tester")


def _companies(**cols: list) -> pl.DataFrame:
    n = len(next(iter(cols.values()))) if cols else 2
    base = {"company_id": [f"c{i}" for i in range(1, n + 1)],
            "name": [f"Company {i}" for i in range(1, n + 1)]}
    return pl.DataFrame({**base, **cols}, schema={c: pl.Utf8 for c in {**base, **cols}})


# ------------------------------------------------------------------ refusals

def test_a_column_the_map_reads_that_the_file_lacks_is_refused_naming_both(defs):
    m = _map("account", "companies", "company_id", [("name", "name", "text"),
                                                    ("telephone1", "phone", "text")])
    with pytest.raises(MissingColumn, match=r"companies\.csv.*'phone'") as err:
        stage_table(m, "account", {"companies": _companies()}, {"companies": "companies.csv"},
                    table_def=defs["account"])
    assert err.value.file == "companies.csv" and err.value.columns == ["phone"]
    # without the definition too: a missing source column is always refused
    with pytest.raises(MissingColumn, match="phone"):
        stage_table(m, "account", {"companies": _companies()}, {"companies": "companies.csv"})


@pytest.mark.parametrize(("target", "source", "key", "mapped", "missing"), [
    ("account", "companies", "company_id", [("telephone1", "name", "text")], "name"),
    ("contact", "contacts", "contact_id", [("firstname", "first", "text")], "lastname"),
    ("lead", "leads", "lead_id", [("firstname", "first", "text")], "lastname"),
])
def test_a_required_column_nothing_fills_is_refused(defs, target, source, key, mapped,
                                                    missing):
    df = pl.DataFrame({key: ["1", "2"], "name": ["A", "B"], "first": ["Ann", "Bo"]})
    m = _map(target, source, key, mapped)
    with pytest.raises(MissingColumn, match=rf"{source}\.csv: .*'{missing}' \(Application"):
        stage_table(m, target, {source: df}, {source: f"{source}.csv"}, table_def=defs[target])


def test_a_required_column_empty_in_some_rows_stays_a_row_quarantine(defs):
    df = _companies(name=["Acme", " ", None])
    m = _map("account", "companies", "company_id", [("name", "name", "text")])
    r = stage_table(m, "account", {"companies": df}, {"companies": "companies.csv"},
                    table_def=defs["account"])
    v = validate_staged(r.staged, "account", defs["account"], file="companies.csv")
    assert v.valid["__source_id"].to_list() == ["c1"]
    assert v.quarantined["row"].to_list() == [2, 3]
    assert all("required" in x for x in v.quarantined["reason"].to_list())


def test_validation_refuses_instead_of_not_applicable(defs):
    staged = pl.DataFrame({"__source_id": ["c1"], "__source_row": [1],
                           "telephone1": ["1"]})
    with pytest.raises(MissingColumn, match=r"companies\.csv: .*'name'"):
        validate_staged(staged, "account", defs["account"], file="companies.csv")


def test_application_required_left_empty_is_a_failed_check_not_a_refusal(defs):
    # a lead's subject (Topic): the sample map fills nothing; the API takes the record
    df = pl.DataFrame({"lead_id": ["1"], "last": ["Smith"]})
    m = _map("lead", "leads", "lead_id", [("lastname", "last", "text")])
    r = stage_table(m, "lead", {"leads": df}, {"leads": "leads.csv"}, table_def=defs["lead"])
    v = validate_staged(r.staged, "lead", defs["lead"], file="leads.csv")
    assert v.valid.height == 1
    check = next(c for c in v.checks if c["expectation"] == "required_column_mapped")
    assert check["column"] == "subject" and not check["success"]
    assert "ApplicationRequired" in check["reason"]


# ------------------------------------------------------------------ values

def _stage_companies(defs, **cols: list) -> tuple[pl.DataFrame, dict[str, str]]:
    df = _companies(**cols)
    columns = [("name", "name", "text")]
    transforms = {"employees": ("numberofemployees", "integer"),
                  "revenue": ("revenue", "decimal"), "since": ("new_since", "date"),
                  "created": ("overriddencreatedon", "datetime")}
    columns += [(transforms[c][0], c, transforms[c][1]) for c in cols]
    r = stage_table(_map("account", "companies", "company_id", columns),
                    "account", {"companies": df}, {"companies": "companies.csv"},
                    table_def=defs["account"])
    assert r.source_rows == r.staged.height + r.quarantined.height + r.skipped.height
    assert r.quarantined.height == 0  # optional columns: the value is cleared, the row moves
    return r.staged, {x["value"]: x["reason"] for x in r.cleared.to_dicts()}


def test_numbers_that_are_not_finite_are_named(defs):
    staged, reasons = _stage_companies(
        defs, revenue=["NaN", "inf", "-inf", "Infinity", "12.5"])
    assert reasons == {v: f"'{v}' is not a finite number"
                       for v in ("NaN", "inf", "-inf", "Infinity")}
    assert staged["revenue"].to_list() == [None, None, None, None, 12.5]


def test_numbers_outside_the_columns_range(defs):
    staged, reasons = _stage_companies(
        defs, employees=["1e308", "-5", "2000000000", "12", "1000000000"],
        revenue=["1", "1", "1", "1.0e308", "1"])
    assert reasons["1e308"] == ("'1e308' is outside the values Dataverse stores in "
                                "Number of Employees (0 to 1,000,000,000)")
    assert reasons["1.0e308"] == ("'1.0e308' is outside the values Dataverse stores in "
                                  "Annual Revenue (0 to 100,000,000,000,000)")
    assert reasons["-5"] == ("'-5' is outside the values Dataverse stores in "
                             "Number of Employees (0 to 1,000,000,000)")
    assert "2000000000" in reasons
    assert staged["numberofemployees"].to_list() == [None, None, None, 12, 1_000_000_000]
    assert staged["revenue"].to_list() == [1, 1, 1, None, 1]


def test_dates_outside_what_dataverse_stores(defs):
    staged, reasons = _stage_companies(
        defs, since=["0001-01-01", "9999-12-31", "1752-12-31", "1753-01-01", "9999-12-30"],
        created=["2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z",
                 "2024-01-01T00:00:00Z", "9999-12-31T10:00:00Z"])
    for v in ("0001-01-01", "9999-12-31", "1752-12-31"):
        assert reasons[v] == (f"'{v}' is outside the dates Dataverse stores "
                              "(1753-01-01 to 9999-12-30)")
    assert "outside the dates" in reasons["9999-12-31T10:00:00Z"]
    assert staged["new_since"].to_list() == [None, None, None, "1753-01-01", "9999-12-30"]
    assert staged["overriddencreatedon"].to_list()[4] is None


# ------------------------------------------------------------------ ids

def test_nfc_nfd_and_whitespace_duplicates_are_one_record():
    nfc, nfd = "Caf\u00e9-1", "Cafe\u0301-1"
    companies = pl.DataFrame({"company_id": [nfc, nfd, f" {nfc} ", "x2"],
                              "name": ["A", "B", "C", "D"]})
    contacts = pl.DataFrame({"contact_id": ["p1"], "last": ["L"], "company_id": [nfd]})
    r = stage_table(_map("account", "companies", "company_id", [("name", "name", "text")]),
                    "account", {"companies": companies}, {"companies": "companies.csv"})
    assert r.staged["__source_id"].to_list() == [nfc, "x2"]
    assert r.skipped.select("row", "reason").to_dicts() == [
        {"row": 2, "reason": "duplicate source id (the same once trimmed and in Unicode NFC); "
                             "row 1 kept"},
        {"row": 3, "reason": "duplicate source id (the same once trimmed and in Unicode NFC); "
                             "row 1 kept"}]
    lk = {"target": "parentcustomerid", "navigation": "parentcustomerid_account",
          "table": "account", "source": "company_id", "references": "companies.company_id"}
    c = stage_table(_map("contact", "contacts", "contact_id", [("lastname", "last", "text")],
                         [lk]), "contact", {"companies": companies, "contacts": contacts})
    assert c.staged[REF_PREFIX + "parentcustomerid_account"].to_list() == [nfc]


# ------------------------------------------------------------------ parent loops

PARENT = {"target": "parentaccountid", "navigation": "parentaccountid", "table": "account",
          "source": "parent_id", "references": "companies.company_id"}


def test_parent_loops_are_cleared_and_flagged(defs):
    df = _companies(parent_id=["c2", "c1", "c3", "c1", "c6", None, "c8", "c9", "c7"])
    m = _map("account", "companies", "company_id", [("name", "name", "text")], [PARENT])
    r = stage_table(m, "account", {"companies": df}, {"companies": "companies.csv"},
                    table_def=defs["account"])
    assert r.staged.height == 9 and r.quarantined.height == 0  # every record still loads
    refs = dict(zip(r.staged["__source_id"], r.staged[REF_PREFIX + "parentaccountid"],
                    strict=True))
    assert refs == {"c1": None, "c2": None, "c3": None, "c4": "c1", "c5": "c6", "c6": None,
                    "c7": None, "c8": None, "c9": None}
    flags = r.flagged.to_dicts()
    assert [(f["row"], f["source_id"], f["value"], f["reason"]) for f in flags] == [
        (1, "c1", "c2", "parent account loop: c1 -> c2 -> c1"),
        (2, "c2", "c1", "parent account loop: c1 -> c2 -> c1"),
        (3, "c3", "c3", "parent account loop: c3 -> c3"),
        (7, "c7", "c8", "parent account loop: c7 -> c8 -> c9 -> c7"),
        (8, "c8", "c9", "parent account loop: c7 -> c8 -> c9 -> c7"),
        (9, "c9", "c7", "parent account loop: c7 -> c8 -> c9 -> c7")]
    assert {f["action"] for f in flags} == {"link cleared"}
    assert {f["column"] for f in flags} == {"parent_id"}
    assert r.lookup_stats["parentaccountid"] == {"by_id": 2, "by_fallback": 0, "orphan": 0,
                                                 "empty": 1, "cleared": 6}


def test_no_loop_no_flags(defs):
    df = _companies(parent_id=[None, "c1", "c2"])
    m = _map("account", "companies", "company_id", [("name", "name", "text")], [PARENT])
    r = stage_table(m, "account", {"companies": df}, {"companies": "companies.csv"})
    assert r.flagged.height == 0 and list(r.flagged.columns)[-1] == "action"
    assert "cleared" not in r.lookup_stats["parentaccountid"]


def test_flags_is_an_issue_folder(tmp_path):
    assert "flags" in ISSUE_FOLDERS
    assert RunFolder(tmp_path).issues("flags", "account").parent.name == "flags"


# ------------------------------------------------------------------ stages

def test_a_stage_missing_from_the_pipelines_file_says_so():
    pipelines = pl.DataFrame({"pipeline_id": ["P1", "P1"], "pipeline_name": ["Sales"] * 2,
                              "stage_id": ["S1", "S2"], "stage_name": ["Qualify", "Won"],
                              "stage_order": ["1", "2"], "probability": ["10", "100"],
                              "is_won": ["FALSE", "TRUE"], "is_lost": ["FALSE", "FALSE"]})
    deals = pl.DataFrame({"deal_id": ["d1", "d2", "d3", "d4"], "name": ["A", "B", "C", "D"],
                          "pipeline_id": ["P1", "P1", "P1", "P7"],
                          "stage_id": ["S1", "S9", None, "S1"]})
    m = add_stages_to_mapping(_map("opportunity", "deals", "deal_id",
                                   [("name", "name", "text")]), stage_map(pipelines))
    m = confirm(m, "tester")
    tables = {"deals": apply_stages(deals, m["stages"])}
    r = stage_table(m, "opportunity", tables, {"deals": "deals.csv"})
    assert r.staged["__source_id"].to_list() == ["d1"]
    q = {x["source_id"]: (x["column"], x["value"], x["reason"]) for x in r.quarantined.to_dicts()}
    assert q == {
        "d2": ("stage_id", "S9", "stage 'S9' of pipeline 'P1' is not in the pipelines file"),
        "d3": ("stage_id", "", "no stage given in 'stage_id'"),
        "d4": ("stage_id", "S1", "stage 'S1' of pipeline 'P7' is not in the pipelines file")}
    assert not any("statecode" in x for x in r.quarantined["reason"].to_list())


# ------------------------------------------------------------------ phone numbers
def _phone_by_steps(text: pl.Expr) -> pl.Expr:
    """The rule as it was written before the one pattern (issue 15): take the extension
    off, fail on a letter, count the digits; or, for an international number, take its
    last group off (the direct dial) and count the digits of the rest."""
    from d365migrate.phone_numbers import EXTENSION

    bare = text.str.replace(EXTENSION, "")
    digits = bare.str.replace_all(r"\D", "").str.len_chars()
    plain = ~bare.str.contains(r"[A-Za-z]") & (digits >= 7) & (digits <= 15)
    rest = text.str.replace(r"[\s\-]\d+$", "")
    rest_digits = rest.str.replace_all(r"\D", "").str.len_chars()
    direct_dial = (text.str.contains(r"[\s\-]\d{1,5}$")
                   & rest.str.contains(r"^\+\d[\d\s\-./()]*$")
                   & (rest_digits >= 7) & (rest_digits <= 15))
    return plain | direct_dial


def test_the_phone_pattern_gives_the_stepwise_rules_verdict_on_every_text():
    import random

    from d365migrate.staging.rules import PHONE, checked_phone

    rnd = random.Random(15)
    parts = [*"0123456789" * 3, *" -+().xXeEtT\t/", "\u0661", "\u0663", "\u00e9", "a", "Z",
             "\u00a0", "x1", "ext", "ext.", "EXT ", " x ", "\u212a"]
    texts = ["".join(rnd.choice(parts) for _ in range(rnd.randrange(1, 24)))
             for _ in range(60_000)]
    texts += ["555-0100", "+1 (555) 123-4567 x12", "1234567 ext. 89", "1234567EXT12",
              "123456", "1234567890123456", "123456789012345", "1234567 x", "x1234567",
              "1234567 ex 12", "12345678 x 9 x 10", "\u0661\u0662\u0663\u0664\u0665\u0666\u0667",
              "555 0100 caf\u00e9", "n/a", "+49 149 3876713 6901", "+49 149 3876713-6901",
              "+49 1493876713 690123", "49 149 3876713 6901", "+49 149 38767131234 6",
              "+49 149 387671312345 6", "+49 149 3876713 6901 1"]
    df = pl.DataFrame({"v": texts}).with_columns(pl.col("v").str.strip_chars())
    df = df.filter(pl.col("v") != "")
    got = df.select(pl.col("v").str.contains(PHONE).alias("a"),
                    _phone_by_steps(pl.col("v")).alias("b"))
    assert got["a"].to_list() == got["b"].to_list()
    assert 0 < got["a"].sum() < df.height  # both verdicts occur (the test can fail)
    # checked_phone keeps a phone, clears the rest, and leaves an empty cell alone
    typed, _ = checked_phone(pl.col("v"), pl.col("v"))
    kept = pl.DataFrame({"v": ["555-0100 x1", "n/a", None]}).select(typed).to_series()
    assert kept.to_list() == ["555-0100 x1", None, None]
    # an international number with its direct-dial group is a phone (16 digits in all);
    # without the '+' or with a 6-digit group it is not
    verdict = pl.DataFrame({"v": ["+49 149 3876713 6901", "49 149 3876713 6901",
                                  "+49 1493876713 690123"]}).select(
        pl.col("v").str.contains(PHONE)).to_series().to_list()
    assert verdict == [True, False, False]
