"""Rows whose values slid a column over (a comma inside an unquoted value, a missing cell) are
held back as shifted, found by type evidence and the reader's field counts, never loaded with
a postal code in the street line and the phone cleared (issue 13: "rows whose values have
shifted into the wrong columns detected by type evidence and quarantined as shifted")."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export, read_export, read_table_bytes
from d365migrate.mapping.mapfile import confirm, table_map
from d365migrate.mapping.propose import propose_mapping
from d365migrate.report.plain import reason_in_words
from d365migrate.staging import shifted
from d365migrate.staging.stage import SOURCE_ROW, stage_table, still_loading
from d365migrate.staging.validate import validate_staged

ROOT = Path(__file__).resolve().parents[1]
TABLES = ROOT / "src" / "dataverse_emulator" / "data" / "tables"
ATOMIC = ROOT / "tests" / "data" / "exports" / "atomic-crm"
HEADER = "company_id,name,street,zip,city,phone,website,employees,created_on"
CITIES = ["New York", "Chicago", "Austin", "Boston", "Denver", "Seattle", "Miami", "Dallas"]


def account_def() -> dict:
    return json.loads((TABLES / "account.json").read_text(encoding="utf-8"))


def companies_csv() -> str:
    """24 companies; row 5's street holds an unquoted comma (one value too many, every value
    after it one column to the right), row 9 lacks its city (every value after it one column
    to the left), row 13 has a bad phone and a bad website where they belong."""
    lines = [HEADER]
    for i in range(1, 25):
        street, city, phone = f"{i} Main Street", CITIES[i % 8], f"555-01{i:02d}"
        website, zip_code = f"https://c{i}.example", f"{10000 + 37 * i}"
        cells = [f"C{i}", f"Company {i}", street, zip_code, city, phone, website,
                 str(10 * i), f"2023-{i % 12 + 1:02d}-{i % 27 + 1:02d}"]
        if i == 5:
            cells[2] = f"{i} Main Street, Suite 4"  # written without quotes
        if i == 9:
            cells.pop(4)  # no city, not even an empty cell
        if i == 13:
            cells[5], cells[6] = "n/a", "call us"
        lines.append(",".join(cells))
    return "\n".join(lines) + "\n"


def staged_accounts(export: Export, source: str, file: str
                    ) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame, int]:
    """(rows going to load, rows held back, fields cleared, source rows) for the account
    entry the engine proposes for ``source``, as the stage step keeps them."""
    td = account_def()
    mapping = propose_mapping(export, discover(export), {"account": td}, ["account"],
                              source_id_column="new_sourceid").mapping
    tmap = table_map(mapping, "account")
    for col in tmap["columns"]:  # the analyst's decisions: undecided choices left empty
        if col.get("transform") == "choice":
            col["values"] = {k: v for k, v in (col.get("values") or {}).items()
                             if v is not None}
    mapping = confirm(mapping, "tester")
    r = stage_table(mapping, "account", export.tables, {source: file},
                    export.guesses.get(source), td)
    v = validate_staged(r.staged, "account", td, file=file, tmap=table_map(mapping, "account"))
    held = pl.concat([r.quarantined, v.quarantined])
    cleared = pl.concat([still_loading(r.cleared, v.valid[SOURCE_ROW]), v.cleared])
    assert r.source_rows == v.valid.height + held.height + r.skipped.height  # exact
    return v.valid, held, cleared, r.source_rows


def test_a_made_up_export_holds_back_its_shifted_rows_as_shifted():
    export = read_table_bytes(companies_csv().encode(), "companies.csv")
    assert export.guesses["companies"].ragged_rows == [[5, 6, 10], [9, 10, 8]]
    valid, held, cleared, rows = staged_accounts(export, "companies", "companies.csv")
    assert rows == 24 and valid.height == 22
    by_row = {r["row"]: r for r in held.to_dicts()}
    assert set(by_row) == {5, 9}
    right, left = by_row[5], by_row[9]
    assert right["file"] == "companies.csv" and right["source_id"] == "C5"
    # the zip codes map to the postal code (whole numbers with a stray, not decimals)
    assert right["reason"].startswith(
        "values appear shifted one column to the right from column 'zip' (row 5 of "
        "companies.csv; the row has 10 fields, the header 9): 'Suite 4' is in 'zip' (not a "
        "postal code), 'Seattle' is in 'phone' (not a phone number), '555-0105' is in "
        "'website' (a phone number, as 'phone' holds), and 3 more; held back whole")
    assert right["column"] == "zip; city; phone; website; employees; created_on"
    assert right["value"] == "Suite 4; 10185; Seattle; 555-0105; https://c5.example; 50"
    assert left["source_id"] == "C9"
    assert left["reason"].startswith(
        "values appear shifted one column to the left from column 'city' (row 9 of "
        "companies.csv; the row has 8 fields, the header 9): 'https://c9.example' is in "
        "'phone' (a web address, as 'website' holds), '90' is in 'website' (not a web "
        "address), '555-0109' is in 'city' (a phone number, as 'phone' holds)")
    # nothing of a shifted row is cleared: it is held back whole
    assert not set(cleared["row"].to_list()) & {5, 9}
    # the deliberately bad values of row 13 are bad values, not a shift: cleared, loaded
    assert 13 in valid[SOURCE_ROW].to_list()
    assert {(c["row"], c["value"]) for c in cleared.to_dicts()} >= {(13, "n/a")}


def test_without_the_readers_evidence_type_evidence_alone_finds_the_shift():
    """A workbook has no field counts: values one column to the right from 'zip' on (the
    last value lost) are found by their types alone; a row with one bad value is not."""
    rows = [["C1", "Acme", "1 Main Street", "10001", "New York", "555-0100",
             "https://acme.example", "50"],
            ["C2", "Globex", "42 Road", "Suite 4", "60601", "Chicago", "555-0111",
             "https://globex.example"],
            ["C3", "Initech", "7 Hill Road", "73301", "Austin", "n/a", "https://i.example",
             "30"]] + [[f"C{i}", f"Co {i}", f"{i} Hill Road", f"7330{i}", "Austin",
                        f"555-010{i}", f"https://c{i}.example", "30"] for i in range(4, 7)]
    names = HEADER.split(",")[:8]
    df = pl.DataFrame(rows, schema=names, orient="row").with_row_index(
        SOURCE_ROW, offset=1).with_columns(pl.col(SOURCE_ROW).cast(pl.Int64))
    types = shifted.claimed_types(names, {"columns": [
        {"source": "zip", "target": "address1_postalcode", "transform": "text"},
        {"source": "phone", "target": "telephone1", "transform": "text"},
        {"source": "website", "target": "websiteurl", "transform": "text"},
        {"source": "employees", "target": "numberofemployees", "transform": "integer"}]},
        None, account_def())
    assert {c: t.kind for c, t in types.items()} == {
        "zip": "postal", "phone": "phone", "website": "url", "employees": "integer"}
    (found,) = shifted.find_shifted(df, names, types)
    assert (found.row, found.offset, found.start, found.fields) == (2, -1, "city", None)
    assert [c[0] for c in found.cells] == ["city", "phone", "website", "employees"]


def test_a_column_whose_own_values_do_not_fit_its_type_is_no_evidence():
    """A column named 'phone' that holds words in most rows says nothing about a shift."""
    names = ["id", "name", "phone", "note"]
    df = pl.DataFrame([["1", "Ann", "call reception", "555-0100"],
                       ["2", "Bob", "ask for Bob", "x"],
                       ["3", "Cy", "555-0101", "y"]], schema=names, orient="row")
    df = df.with_row_index(SOURCE_ROW, offset=1).with_columns(pl.col(SOURCE_ROW).cast(pl.Int64))
    types = shifted.claimed_types(names, {"columns": []}, None, None)
    assert types["phone"].kind == "phone"  # by its name
    assert shifted.find_shifted(df, names, types) == []


def test_the_reader_reports_rows_with_too_few_or_too_many_fields():
    data = (b"id,name,email\n1,Ann,ann@x.com\n2,Bob\n3,Cy,cy@x.com,EXTRA\n4,Di,di@x.com,\n"
            b"5,Ed,ed\x00@x.com\n6,Fa,fa@x.com,,\n7,Gil\n")
    guess = read_table_bytes(data, "people.csv").guesses["people"]
    # [row as staging numbers it, line in the file, fields]: the trailing delimiters of rows
    # 4 and 6 are no evidence; the unread line 6 (binary) moves the rows after it up
    assert guess.ragged_rows == [[2, 3, 2], [3, 4, 4], [6, 8, 2]]
    assert guess.unread_lines == [6]


def test_the_sponsor_reads_a_shifted_row_in_words():
    said = reason_in_words("values appear shifted one column to the left from column 'website' "
                           "(row 2 of companies_sample.csv; the row has 14 fields, the header "
                           "15): '555-0111' is in 'website' (a phone number, as "
                           "'phone_number' holds); held back whole rather than loaded into "
                           "the wrong fields")
    assert said == ("Its values sit in the wrong columns of the export (a cell missing or one "
                    "too many in its row), so it was held back rather than loaded into the "
                    "wrong fields")


def test_the_sample_exports_dirty_rows_are_not_shifted(tmp_path: Path):
    """The sample export's dirt (invalid emails, 'n/a' phones, bad dates) is bad values where
    they belong: no row of any entry of the proposed map is taken for shifted."""
    import yaml

    from d365migrate.demo.sample_export import write_sample_export
    from d365migrate.mapping.accuracy import load_table_defs
    from d365migrate.staging.stage import ISSUE_COLUMNS

    write_sample_export(tmp_path, seed=7, scale=0.1)
    export = read_export(tmp_path)
    defs = load_table_defs(TABLES)
    objects = yaml.safe_load((ROOT / "parameters" / "demo.yml").read_text())["objects"]
    mapping = propose_mapping(export, discover(export), defs, objects,
                              source_id_column="new_sourceid").mapping
    checked = 0
    for tmap in mapping["tables"]:
        if tmap.get("source") not in export.tables:
            continue
        guess = export.guesses[tmap["source"]]
        numbered = export.tables[tmap["source"]].with_row_index(SOURCE_ROW, offset=1)\
            .with_columns(pl.col(SOURCE_ROW).cast(pl.Int64), pl.lit("x").alias("__source_id"))
        rest, held = shifted.held_back(numbered, tmap, guess, guess.file,
                                       defs.get(tmap["target"]), ISSUE_COLUMNS)
        assert held.height == 0, held["reason"].to_list()
        assert rest.height == numbered.height
        checked += rest.height
    assert checked > 200


@pytest.mark.skipif(not (ATOMIC / "companies_sample.csv").is_file(),
                    reason="atomic-crm data files absent (see tests/data/exports/atomic-crm/"
                           "SOURCE.md)")
def test_the_atomic_crm_globex_row_is_held_back_as_shifted():
    export = read_export(ATOMIC)
    valid, held, cleared, rows = staged_accounts(export, "companies_sample",
                                                 "companies_sample.csv")
    assert rows == 2 and valid["__source_id"].to_list() == ["Acme"]
    (globex,) = held.to_dicts()
    assert globex["source_id"] == "Globex" and globex["row"] == 2
    assert globex["reason"].startswith(
        "values appear shifted one column to the left from column 'website' (row 2 of "
        "companies_sample.csv; the row has 14 fields, the header 15): '555-0111' is in "
        "'website' (a phone number, as 'phone_number' holds)")
    assert "'Chicago' is in 'zipcode' (not a postal code)" in globex["reason"]
    assert "Globex" not in cleared["source_id"].to_list()


@pytest.mark.skipif(not (ATOMIC / "companies_sample.csv").is_file(),
                    reason="atomic-crm data files absent (see tests/data/exports/atomic-crm/"
                           "SOURCE.md)")
def test_an_atomic_crm_run_holds_globex_back_balanced_and_says_why(tmp_path: Path,
                                                                   monkeypatch):
    """From a parameters file with decisions only, into the embedded emulator: accounts
    2 = 1 loaded + 1 held back as shifted, verified, and the sponsor reads why."""
    import re

    import yaml

    from d365migrate.report.safe_files import read_csv
    from d365migrate.report.sponsor import write_report
    from d365migrate.run.context import RunContext, write_run_json
    from d365migrate.run.runner import new_run_dir
    from d365migrate.run.steps import (
        load_step,
        mapping_step,
        profile_step,
        reconcile_step,
        stage_step,
    )

    params = yaml.safe_load((ROOT / "parameters" / "demo.yml").read_text(encoding="utf-8"))
    params.pop("sample_export")
    params.update(engagement="atomic", export=str(ATOMIC), objects=["account"],
                  owners={"domain_aliases": {}, "fallback_owner_email": None},
                  destination={"url": None, "seed_users_from_export": False},
                  custom_fields={"apply_manifest": False})
    params["mapping"]["decisions"] = {
        "choices": {"account.industrycode": {"Industrials": 15,
                                             "Technologies de l'information": 6}},
        "values": {"account.revenue": {"5M": 5000000, "20M": 20000000}}}
    (tmp_path / "parameters").mkdir()
    params_file = tmp_path / "parameters" / "atomic.yml"
    params_file.write_text(yaml.safe_dump(params), encoding="utf-8")
    monkeypatch.delenv("DATAVERSE_URL", raising=False)
    folder = new_run_dir(tmp_path / "runs", "atomic")
    ctx = RunContext.open(params_file, folder)
    write_run_json(ctx.folder, ctx.params, ctx.destination)
    profile_step(ctx)
    mapping_step(ctx)
    stage_step(ctx)
    load_step(ctx, progress=False)
    reconcile_step(ctx)
    ctx.client.close()
    (held,) = read_csv(folder / "quarantine" / "account.csv", infer_schema=False).to_dicts()
    assert (held["file"], held["row"], held["source_id"]) == ("companies_sample.csv", "2",
                                                              "Globex")
    assert held["column"].startswith("website; phone_number")
    assert held["reason"].startswith("values appear shifted one column to the left")
    rec = json.loads((folder / "reconciliation.json").read_text(encoding="utf-8"))
    a = rec["objects"]["account"]
    assert (a["source"], a["loaded"], a["quarantined"], a["failed"], a["skipped"]) == (
        2, 1, 1, 0, 0)
    assert a["verified"] == 1 and a["cleared"] == 0 and rec["balanced"]
    html = write_report(folder).read_text(encoding="utf-8")
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))
    assert "Its values sit in the wrong columns of the export (a cell missing or one too " \
           "many in its row), so it was held back rather than loaded into the wrong " \
           "fields 1 companies_sample.csv, row 2" in text
