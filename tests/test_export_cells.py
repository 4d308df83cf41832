"""Text the map copies as it is is compared with the export's own cells, not only with the
staged copy: a staging fault that moves a value to another record is loaded and read back
"the same" as staged, and only the export shows it.

The sample export (scale 0.1, accounts and contacts) is staged; two accounts' names are then
swapped in the staged file (a fault staging could make: a value on the wrong row), loaded and
verified. The staged-vs-org comparison finds nothing; the export's cells find exactly those
two, and the sponsor's report is not ready for sign-off.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import polars as pl
import pytest
import yaml

from d365migrate.run.context import RunContext, write_run_json
from d365migrate.run.runner import ensure_export, new_run_dir, write_sponsor_report
from d365migrate.run.steps import (
    load_step,
    mapping_step,
    profile_step,
    reconcile_step,
    stage_step,
)
from d365migrate.staging.stage import SOURCE_ID
from d365migrate.verify.compare import Kind
from d365migrate.verify.export_cells import (
    SUFFIX,
    UNREAD,
    ExportCells,
    copied_columns,
    date_columns,
    flag_columns,
    number_columns,
    plain_moment,
    plain_number,
)

ROOT = Path(__file__).resolve().parents[1]
OBJECTS = ["account", "contact"]


@pytest.fixture(scope="module")
def tampered(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    root = tmp_path_factory.mktemp("export_cells")
    (root / "parameters").mkdir()
    params = yaml.safe_load((ROOT / "parameters" / "demo.yml").read_text())
    params.update(engagement="cells", export="runs/cells/export", objects=OBJECTS,
                  sample_export={"seed": 5, "scale": 0.1})
    choices = params["mapping"]["decisions"]["choices"]
    params["mapping"]["decisions"]["choices"] = {
        k: v for k, v in choices.items() if k.partition(".")[0] in OBJECTS}
    params_file = root / "parameters" / "cells.yml"
    params_file.write_text(yaml.safe_dump(params))
    mp = pytest.MonkeyPatch()
    mp.delenv("DATAVERSE_URL", raising=False)
    try:
        ensure_export(params_file)
        folder = new_run_dir(root / "runs", "cells")
        ctx = RunContext.open(params_file, folder)
        write_run_json(ctx.folder, ctx.params, ctx.destination)
        profile_step(ctx)
        mapping_step(ctx)
        stage_step(ctx)
        path = ctx.folder.staged("account")
        staged = pl.read_parquet(path)
        named = staged.filter(pl.col("name").is_not_null()).head(2)
        first, second = named["name"].to_list()
        ids = named[SOURCE_ID].to_list()
        staged = staged.with_columns(
            pl.when(pl.col(SOURCE_ID) == ids[0]).then(pl.lit(second))
            .when(pl.col(SOURCE_ID) == ids[1]).then(pl.lit(first))
            .otherwise(pl.col("name")).alias("name"))
        # and two other accounts' employee counts: a number on the wrong record
        counted = staged.filter(pl.col("numberofemployees").is_not_null()
                                & ~pl.col(SOURCE_ID).is_in(ids)).unique(
            "numberofemployees", keep="first", maintain_order=True).head(2)
        one, two = counted["numberofemployees"].to_list()
        numbered = counted[SOURCE_ID].to_list()
        staged = staged.with_columns(
            pl.when(pl.col(SOURCE_ID) == numbered[0]).then(pl.lit(two))
            .when(pl.col(SOURCE_ID) == numbered[1]).then(pl.lit(one))
            .otherwise(pl.col("numberofemployees")).alias("numberofemployees"))
        # and another account's owner: a second seller of the org, staged on a row the
        # export gives to the admin (an owner on the wrong row)
        ctx.client.create("systemusers", {"fullname": "Other Seller", "isdisabled": False,
                                          "domainname": "other.seller@example.com",
                                          "internalemailaddress": "other.seller@example.com"})
        reowned = staged.filter(pl.col("__owner_email").is_not_null()
                                & ~pl.col(SOURCE_ID).is_in(ids + numbered))[SOURCE_ID][:1]
        reowned = reowned.to_list()
        staged = staged.with_columns(
            pl.when(pl.col(SOURCE_ID) == reowned[0]).then(pl.lit("other.seller@example.com"))
            .otherwise(pl.col("__owner_email")).alias("__owner_email"))
        staged.write_parquet(path)
        # and two contacts' accounts: a link staged on the wrong row
        people_path = ctx.folder.staged("contact")
        people = pl.read_parquet(people_path)
        ref = "__ref__parentcustomerid_account"
        pair = people.filter(pl.col(ref).is_not_null()).unique(
            ref, keep="first", maintain_order=True).head(2)
        left, right = pair[ref].to_list()
        relinked = pair[SOURCE_ID].to_list()
        people.with_columns(
            pl.when(pl.col(SOURCE_ID) == relinked[0]).then(pl.lit(right))
            .when(pl.col(SOURCE_ID) == relinked[1]).then(pl.lit(left))
            .otherwise(pl.col(ref)).alias(ref)).write_parquet(people_path)
        load_step(ctx, progress=False)
        reconcile_step(ctx)
        write_sponsor_report(ctx.folder, ctx.params, ctx.destination)
        ctx.client.close()
    finally:
        mp.undo()
    return folder, ids, numbered, relinked, reowned


def test_a_value_staged_on_the_wrong_record_is_found_against_the_export(tampered):
    folder, ids, numbered, relinked, reowned = tampered
    v = json.loads((folder / "verification.json").read_text())
    account = v["tables"]["account"]
    assert account["matched"] == account["checked"] > 0  # the staged copy hides the fault
    cells = account["export_cells"]
    assert cells["mismatched"] == 5 and cells["columns"]["name"]["differ"] == 2
    # the owner the export's cell names by e-mail: the other seller is found
    assert cells["columns"]["ownerid"]["differ"] == 1
    # numbers are read from the export's cell by the check itself: the swapped counts too
    assert cells["columns"]["numberofemployees"]["differ"] == 2
    assert cells["checked"] >= 2 * account["checked"]  # name and more, every record
    assert v["ok"] is False
    mism = pl.read_csv(folder / "mismatches.csv", infer_schema=False)
    found = mism.filter(pl.col("column") == "name" + SUFFIX)
    assert sorted(found["source_id"].to_list()) == sorted(ids)
    owners = mism.filter(pl.col("column") == "ownerid" + SUFFIX)
    assert owners["source_id"].to_list() == reowned
    assert owners["actual"].to_list() == ["other.seller@example.com"]
    counts = mism.filter(pl.col("column") == "numberofemployees" + SUFFIX)
    assert sorted(counts["source_id"].to_list()) == sorted(numbered)
    # the relinked contacts: the org holds the staged link, the export's cell another
    assert v["tables"]["contact"]["mismatched"] == 0
    contact = v["tables"]["contact"]["export_cells"]
    assert contact["mismatched"] == 2 == contact["columns"]["parentcustomerid"]["differ"]
    assert contact["columns"]["parentcustomerid"]["cells"] > 2
    links = mism.filter(pl.col("column") == "parentcustomerid" + SUFFIX)
    assert sorted(links["source_id"].to_list()) == sorted(relinked)


def test_the_spot_check_never_calls_a_swapped_value_the_same(tampered):
    folder, ids, _, _, _ = tampered
    spot = json.loads((folder / "verification.json").read_text())["spot_check"]
    for rec in spot["tables"]["account"]["records"]:
        name = next(f for f in rec["fields"] if f["field"] == "name")
        assert name["same"] is (rec["source_id"] not in ids), rec["source_id"]
        assert name["same"] is (name["export"] == name["org"])


def test_the_report_says_the_export_cells_differ(tampered):
    folder, _, _, _, _ = tampered
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", (folder / "report.html")
                                         .read_text(encoding="utf-8"))).split())
    assert "Not ready for sign-off" in text
    v = json.loads((folder / "verification.json").read_text())
    cells = sum(t["export_cells"]["checked"] for t in v["tables"].values())
    assert f"{cells:,} values, 7 values differ from the export's cell" in text
    assert "Account Name (2 against the export's own cell)" in text


def _cells(columns: dict[str, str], rows: list[dict[str, str]], words=None) -> ExportCells:
    return ExportCells("account", columns, pl.DataFrame(rows), words=words or {})


def test_a_decided_value_map_and_a_cleared_value_are_what_the_org_holds():
    cells = _cells({"suffix": "Suffix"}, [{"Suffix": "3"}, {"Suffix": " 1 "}],
                   {"suffix": {"3": "II", "1": "Jr."}})
    cells.compare("a", 1, {"suffix": "II"})
    cells.compare("b", 2, {"suffix": "Jr."})
    assert (cells.checked, cells.matched) == (2, 2)
    cells.cleared = {("c", "suffix")}
    cells.compare("c", 1, {"suffix": None})  # cleared under the map's policy: empty
    cells.compare("d", 1, {"suffix": "3"})  # the map says II
    assert (cells.checked, cells.matched) == (4, 3)
    assert cells.mismatches[0]["expected"] == "II" and cells.mismatches[0]["actual"] == "3"


def test_a_choice_holds_the_option_its_word_was_decided_as():
    cells = _cells({"industrycode": "Industry"}, [{"Industry": " Retail "}, {"Industry": "x"}],
                   {"industrycode": {"x": "Retail"}})  # a value map first, then the choice
    cells.choices = {"industrycode": {"Retail": 25}}
    cells.compare("a", 1, {"industrycode": 25})
    cells.compare("b", 2, {"industrycode": 25})
    cells.compare("c", 1, {"industrycode": 1})
    assert (cells.checked, cells.matched) == (3, 2)
    assert cells.mismatches[0]["expected"] == "25" and cells.mismatches[0]["actual"] == "1"


def test_only_text_copied_as_it_is_is_compared():
    table = {"Attributes": [
        {"LogicalName": n, "AttributeType": t} for n, t in (
            ("name", "String"), ("telephone1", "String"), ("description", "Memo"),
            ("revenue", "Money"), ("address1_city", "String"), ("fax", "String"),
            ("emailaddress1", "String"), ("industrycode", "Picklist"),
            ("statuscode", "Status"))]}
    tmap = {"columns": [
        {"target": "name", "source": "Name"},
        {"target": "telephone1", "source": "Phone"},  # a phone: as written
        {"target": "emailaddress1", "source": "Mail", "transform": "email"},  # lowercased
        {"target": "industrycode", "source": "Industry", "transform": "choice",
         "values": {"Retail": 25}},  # the decided option
        {"target": "statuscode", "source": "Status", "transform": "choice",
         "values": {"Won": 3}},  # the status its word was decided as, which the close set
        {"target": "description", "source": "Notes", "else": ["Other"]},  # a fallback
        {"target": "revenue", "source": "Revenue", "transform": "decimal"},
        {"target": "address1_city", "source": "City", "default": "Paris"},
        {"target": "fax", "source": "Not in the file"}]}
    assert copied_columns(tmap, table, ["Name", "Phone", "Notes", "Other", "Revenue",
                                        "City", "Mail", "Industry", "Status"]) == {
        "name": "Name", "telephone1": "Phone", "emailaddress1": "Mail",
        "industrycode": "Industry", "statuscode": "Status"}
    # a state column beside it may move the status (a call canceled by its outcome): the
    # status is then the staged comparison's
    stated = {"columns": [*tmap["columns"], {"target": "statecode", "source": "Outcome",
                                             "transform": "choice", "values": {"x": 2}}]}
    assert "statuscode" not in copied_columns(stated, table, ["Status", "Outcome"])


def test_a_number_is_read_from_the_cell_plainly_or_not_compared():
    """'1.234,50' in a column whose decimal mark is ',' is 1234.5; a cell with a currency
    sign is not read here (counted unread), never called different."""
    cells = ExportCells("account", {"revenue": "Revenue"},
                        pl.DataFrame({"Revenue": ["1.234,50", "€ 12", "7", None]}),
                        numbers={"revenue": Kind("decimal", 2)}, decimals={"Revenue": ","})
    cells.compare("a", 1, {"revenue": 1234.5})
    cells.compare("b", 2, {"revenue": 99.0})   # not plain: not compared here
    cells.compare("c", 3, {"revenue": 8})      # plainly 7: differs
    cells.compare("d", 4, {"revenue": None})
    assert (cells.checked, cells.matched, cells.unread) == (3, 2, {"revenue": 1})
    assert cells.mismatches == [{"table": "account", "source_id": "c",
                                 "column": "revenue" + SUFFIX, "expected": "7",
                                 "actual": "8"}]
    assert cells.holds("b", "revenue", "€ 12", 99.0)   # the staged copy decides it
    assert plain_number("12,345,678.9", ".") == "12345678.9"
    assert plain_number("12 345,5", ",") == "12345.5"
    assert plain_number("1,5", ".") is UNREAD and plain_number("12%", ".") is UNREAD


def test_numbers_read_as_they_are_are_compared_scaled_ones_not():
    table = {"Attributes": [{"LogicalName": n, "AttributeType": t} for n, t in (
        ("revenue", "Money"), ("numberofemployees", "Integer"), ("budgetamount", "Money"),
        ("name", "String"))]}
    tmap = {"columns": [
        {"target": "revenue", "source": "Revenue", "transform": "decimal"},
        {"target": "numberofemployees", "source": "Staff", "transform": "integer"},
        {"target": "budgetamount", "source": "Micros", "transform": "decimal",
         "divide_by": 1000000},   # scaled: staging's reading, not the cell's
        {"target": "name", "source": "Name"}]}
    found = number_columns(tmap, table, ["Revenue", "Staff", "Micros", "Name"])
    assert {t: s for t, (s, _) in found.items()} == {"revenue": "Revenue",
                                                     "numberofemployees": "Staff"}
    assert found["numberofemployees"][1].name == "integer"


def test_a_date_is_read_from_an_iso_cell_in_the_exports_zone_or_not_compared():
    """An ISO 8601 cell is read by the check itself: a time without a zone in the export's
    zone (a moment column), a date as written; '03/01/2024' is staging's reading only."""
    moment, day = Kind("datetime"), Kind("date")
    paris = plain_moment("2024-03-01 09:30", moment, "Europe/Paris")
    assert paris.isoformat() == "2024-03-01T09:30:00+01:00"
    assert plain_moment("2024-03-01T08:30:00Z", moment, "Europe/Paris").hour == 8
    assert plain_moment("2024-03-01", day, None) == "2024-03-01"
    assert plain_moment("03/01/2024", moment, None) is UNREAD
    cells = ExportCells("task", {"scheduledend": "Due"},
                        pl.DataFrame({"Due": ["2024-03-01 09:30", "2024-03-02 10:00",
                                              "next week"]}),
                        dates={"scheduledend": (moment, "Europe/Paris")})
    cells.compare("a", 1, {"scheduledend": "2024-03-01T08:30:00Z"})   # 09:30 in Paris
    cells.compare("b", 2, {"scheduledend": "2024-03-02T10:00:00Z"})   # an hour off
    cells.compare("c", 3, {"scheduledend": "2024-03-09T00:00:00Z"})
    assert (cells.checked, cells.matched, cells.unread) == (2, 1, {"scheduledend": 1})
    assert cells.mismatches[0]["source_id"] == "b"


def test_dates_read_as_they_are_are_compared_shifted_ones_not():
    table = {"Attributes": [
        {"LogicalName": "scheduledend", "AttributeType": "DateTime",
         "DateTimeBehavior": {"Value": "UserLocal"}},
        {"LogicalName": "birthdate", "AttributeType": "DateTime",
         "DateTimeBehavior": {"Value": "DateOnly"}},
        {"LogicalName": "actualend", "AttributeType": "DateTime"}]}
    tmap = {"columns": [
        {"target": "scheduledend", "source": "Due", "transform": "datetime"},
        {"target": "birthdate", "source": "Born", "transform": "date"},
        {"target": "actualend", "source": "Start", "transform": "datetime",
         "plus_minutes": "Minutes"}]}   # the end is the start plus a length: not a cell
    found = date_columns(tmap, table, ["Due", "Born", "Start", "Minutes"], "Europe/Paris")
    assert {t: (s, k.name, z) for t, (s, k, z) in found.items()} == {
        "scheduledend": ("Due", "datetime", "Europe/Paris"),
        "birthdate": ("Born", "date", None)}


def test_a_yes_no_cell_is_read_by_its_word_or_the_analysts_words():
    """'Yes'/'nein' read by the yes/no words, 'Outbound' by the analyst's decided words; a
    word neither knows is counted unread, never called different."""
    flag = Kind("boolean", default=False)
    cells = ExportCells("contact", {"donotemail": "Opt out", "directioncode": "Direction"},
                        pl.DataFrame({"Opt out": ["Yes", "nein", "maybe", "no"],
                                      "Direction": ["Outbound", "Inbound", "Outbound", ""]}),
                        flags={"donotemail": (flag, None),
                               "directioncode": (flag, {"Outbound": True, "Inbound": False})})
    cells.compare("a", 1, {"donotemail": True, "directioncode": True})
    cells.compare("b", 2, {"donotemail": False, "directioncode": False})
    cells.compare("c", 3, {"donotemail": False, "directioncode": False})  # outbound lost
    cells.compare("d", 4, {"donotemail": True, "directioncode": False})   # 'no' held as yes
    assert cells.unread == {"donotemail": 1}
    assert (cells.checked, cells.matched) == (7, 5)
    assert {(m["source_id"], m["column"]) for m in cells.mismatches} == {
        ("c", "directioncode" + SUFFIX), ("d", "donotemail" + SUFFIX)}


def test_a_multi_select_cell_names_the_options_its_words_were_decided_as():
    many = Kind("multioption")
    cells = ExportCells("contact", {"new_interests": "Interests"},
                        pl.DataFrame({"Interests": ["CRM; Analytics", "CRM", "Golf"]}),
                        flags={"new_interests": (many, {"CRM": 1, "Analytics": 2})})
    cells.compare("a", 1, {"new_interests": "2,1"})   # a set: order is no difference
    cells.compare("b", 2, {"new_interests": "1,2"})   # one more than the cell names
    cells.compare("c", 3, {"new_interests": None})    # 'Golf' undecided: not read here
    assert (cells.checked, cells.matched, cells.unread) == (2, 1, {"new_interests": 1})
    assert cells.mismatches[0]["source_id"] == "b"


def test_yes_no_and_multi_select_columns_read_as_they_are_are_compared():
    table = {"Attributes": [
        {"LogicalName": "donotemail", "AttributeType": "Boolean"},
        {"LogicalName": "donotphone", "AttributeType": "Boolean"},
        {"LogicalName": "new_interests", "AttributeType": "Virtual",
         "AttributeTypeName": {"Value": "MultiSelectPicklistType"}}]}
    tmap = {"columns": [
        {"target": "donotemail", "source": "Opt out", "transform": "boolean",
         "value_map": {"J": "yes"}},
        {"target": "donotphone", "source": "Calls", "transform": "boolean",
         "default": False},   # a default fills empty cells: staging's, not the cell's
        {"target": "new_interests", "source": "Interests", "transform": "multichoice",
         "values": {"CRM": 1}}]}
    found = flag_columns(tmap, table, ["Opt out", "Calls", "Interests"])
    assert {t: (s, k.name) for t, (s, k) in found.items()} == {
        "donotemail": ("Opt out", "boolean"), "new_interests": ("Interests", "multioption")}
