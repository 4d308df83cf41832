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
from d365migrate.verify.export_cells import SUFFIX, ExportCells, copied_columns

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
        staged.write_parquet(path)
        load_step(ctx, progress=False)
        reconcile_step(ctx)
        write_sponsor_report(ctx.folder, ctx.params, ctx.destination)
        ctx.client.close()
    finally:
        mp.undo()
    return folder, ids


def test_a_value_staged_on_the_wrong_record_is_found_against_the_export(tampered):
    folder, ids = tampered
    v = json.loads((folder / "verification.json").read_text())
    account = v["tables"]["account"]
    assert account["matched"] == account["checked"] > 0  # the staged copy hides the fault
    cells = account["export_cells"]
    assert cells["mismatched"] == 2 and cells["columns"]["name"]["differ"] == 2
    assert cells["checked"] >= 2 * account["checked"]  # name and more, every record
    assert v["ok"] is False
    mism = pl.read_csv(folder / "mismatches.csv", infer_schema=False)
    found = mism.filter(pl.col("column") == "name" + SUFFIX)
    assert sorted(found["source_id"].to_list()) == sorted(ids)
    contact = v["tables"]["contact"]["export_cells"]
    assert contact["checked"] > 0 and contact["mismatched"] == 0  # untouched: all the same


def test_the_spot_check_never_calls_a_swapped_value_the_same(tampered):
    folder, ids = tampered
    spot = json.loads((folder / "verification.json").read_text())["spot_check"]
    for rec in spot["tables"]["account"]["records"]:
        name = next(f for f in rec["fields"] if f["field"] == "name")
        assert name["same"] is (rec["source_id"] not in ids), rec["source_id"]
        assert name["same"] is (name["export"] == name["org"])


def test_the_report_says_the_export_cells_differ(tampered):
    folder, _ = tampered
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", (folder / "report.html")
                                         .read_text(encoding="utf-8"))).split())
    assert "Not ready for sign-off" in text
    v = json.loads((folder / "verification.json").read_text())
    cells = sum(t["export_cells"]["checked"] for t in v["tables"].values())
    assert f"{cells:,} values, 2 values differ from the export's cell" in text
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
         "values": {"Won": 3}},  # set by closing the record: the platform's
        {"target": "description", "source": "Notes", "else": ["Other"]},  # a fallback
        {"target": "revenue", "source": "Revenue", "transform": "decimal"},
        {"target": "address1_city", "source": "City", "default": "Paris"},
        {"target": "fax", "source": "Not in the file"}]}
    assert copied_columns(tmap, table, ["Name", "Phone", "Notes", "Other", "Revenue",
                                        "City", "Mail", "Industry", "Status"]) == {
        "name": "Name", "telephone1": "Phone", "emailaddress1": "Mail",
        "industrycode": "Industry"}

