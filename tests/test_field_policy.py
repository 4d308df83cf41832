"""Field-level policy (issue 12): a bad value in an optional field is cleared and listed, the
record still moves; a row is held back only when a required field or its identity is bad;
the map says per column (``on_bad: reject | clear | keep_as_text``); counts stay exact, the
verification expects the cleared field empty, and the sponsor's report says what changed."""

from __future__ import annotations

import json
import re
from pathlib import Path

import polars as pl
import pytest
import yaml

from d365migrate.mapping.accuracy import load_table_defs
from d365migrate.mapping.mapfile import (
    MappingError,
    confirm,
    load_mapping,
    require_confirmed,
    save_mapping,
    table_map,
)
from d365migrate.report.safe_files import read_csv
from d365migrate.staging.rules import StagingRefused
from d365migrate.staging.stage import SOURCE_ROW, cleared_summary, stage_table, still_loading
from d365migrate.staging.validate import validate_staged

ROOT = Path(__file__).resolve().parents[1]
TABLES = ROOT / "src" / "dataverse_emulator" / "data" / "tables"
PEOPLE = pl.DataFrame({
    "id": ["p1", "p2", "p3", "p4", "p5", " "],
    "last": ["Ash", "Birch", "Cedar", "", "Elm", "Fir"],
    "email": ["ash@x.com", "n/a", "cedar@x.com", "d@x.com", "elm@x", "f@x.com"],
    "phone": ["+1 555 123 4567", "555-0100-x", "n/a", "555 123 4567", "(555) 123-4567 x12",
              "555 123 4567"],
    "born": ["1980-02-03", "1980-02-03", "31/31/1980", "1980-02-03", "1980-02-03",
             "1980-02-03"],
    "income": ["1000", "1000", "1000", "lots", "12,5,0", "1000"],
    "prefers": ["Email", "Email", "Pigeon", "Email", "Phone", "Email"],
})


@pytest.fixture(scope="module")
def defs() -> dict[str, dict]:
    return load_table_defs(TABLES)


def column(target: str, source: str, transform: str = "text", **policy) -> dict:
    return {"target": target, "source": source, "transform": transform, **policy}


def people_map(**policies: dict) -> dict:
    """The contact map of PEOPLE; ``policies`` adds ``on_bad``/``keep_in`` per target."""
    columns = [column("lastname", "last"), column("emailaddress1", "email", "email"),
               column("telephone1", "phone"), column("birthdate", "born", "date"),
               column("annualincome", "income", "decimal"),
               column("preferredcontactmethodcode", "prefers", "choice",
                      values={"Email": 2, "Phone": 3})]
    for c in columns:
        c.update(policies.get(c["target"], {}))
    return confirm({"version": 1, "status": "proposed", "source_id_column": "new_smartdeskid",
                    "tables": [{"target": "contact", "source": "people", "source_key": "id",
                                "columns": columns}]}, "tester")


def stage_people(defs: dict, mapping: dict) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """(rows going to load, rows held back, fields cleared) as the stage step keeps them."""
    r = stage_table(mapping, "contact", {"people": PEOPLE}, {"people": "people.csv"}, None,
                    defs["contact"])
    v = validate_staged(r.staged, "contact", defs["contact"], file="people.csv",
                        tmap=table_map(mapping, "contact"))
    cleared = pl.concat([still_loading(r.cleared, v.valid[SOURCE_ROW]), v.cleared])
    held = pl.concat([r.quarantined, v.quarantined])
    assert r.source_rows == v.valid.height + held.height + r.skipped.height  # exact
    return v.valid, held, cleared.sort("row", "column")


def lines(cleared: pl.DataFrame) -> list[tuple]:
    return [(x["row"], x["column"], x["target"], x["value"], x["action"])
            for x in cleared.to_dicts()]


# ------------------------------------------------------------------ defaults

def test_a_bad_optional_value_is_cleared_and_the_record_still_moves(defs):
    valid, held, cleared = stage_people(defs, people_map())
    assert valid["__source_id"].to_list() == ["p1", "p2", "p3", "p5"]
    assert lines(cleared) == [
        (2, "email", "emailaddress1", "n/a", "field cleared"),
        (2, "phone", "telephone1", "555-0100-x", "field cleared"),
        (3, "born", "birthdate", "31/31/1980", "field cleared"),
        (3, "phone", "telephone1", "n/a", "field cleared"),
        (3, "prefers", "preferredcontactmethodcode", "Pigeon", "field cleared"),
        (5, "email", "emailaddress1", "elm@x", "field cleared"),
        (5, "income", "annualincome", "12,5,0", "field cleared")]
    assert set(cleared["file"].to_list()) == {"people.csv"}
    reasons = {(x["row"], x["target"]): x["reason"] for x in cleared.to_dicts()}
    assert reasons[(3, "telephone1")] == "'n/a' is not a phone number (7 to 15 digits)"
    assert reasons[(3, "birthdate")].startswith("'31/31/1980' is not a date")
    assert reasons[(3, "preferredcontactmethodcode")].startswith(
        "no option decided for 'Pigeon'")
    assert reasons[(2, "emailaddress1")].startswith("email address is not valid")
    rows = {r["__source_id"]: r for r in valid.to_dicts()}
    assert rows["p2"]["emailaddress1"] is None and rows["p2"]["telephone1"] is None
    assert rows["p2"]["lastname"] == "Birch" and rows["p2"]["annualincome"] == 1000
    assert (rows["p3"]["telephone1"], rows["p3"]["birthdate"],
            rows["p3"]["preferredcontactmethodcode"]) == (None, None, None)
    assert rows["p3"]["emailaddress1"] == "cedar@x.com"
    assert rows["p5"]["telephone1"] == "(555) 123-4567 x12"  # an extension is a phone's
    assert rows["p1"] == {**rows["p1"], "emailaddress1": "ash@x.com", "birthdate": "1980-02-03",
                          "preferredcontactmethodcode": 2}
    assert cleared_summary(cleared) == {"cleared": 3, "cleared_fields": {
        "emailaddress1": 2, "telephone1": 2, "birthdate": 1, "preferredcontactmethodcode": 1,
        "annualincome": 1}}


def test_a_bad_required_value_or_identity_holds_the_row_back_never_also_cleared(defs):
    valid, held, cleared = stage_people(defs, people_map())
    assert sorted(held["row"].to_list()) == [4, 6]
    why = {x["row"]: (x["column"], x["reason"]) for x in held.to_dicts()}
    assert why[6] == ("id", "no source id in 'id'")
    assert why[4][0] == "lastname" and "required" in why[4][1]
    # p4's income 'lots' is bad too, but p4 does not move: it is held back, not "cleared"
    assert 4 not in cleared["row"].to_list() and 6 not in cleared["row"].to_list()


# ------------------------------------------------------------------ the map's policy

def test_on_bad_reject_and_keep_as_text_per_column(defs):
    mapping = people_map(birthdate={"on_bad": "reject"},
                         telephone1={"on_bad": "keep_as_text", "keep_in": "telephone3"},
                         emailaddress1={"on_bad": "keep_as_text", "keep_in": "emailaddress2"})
    valid, held, cleared = stage_people(defs, mapping)
    assert 3 in held["row"].to_list() and "'31/31/1980' is not a date" in \
        held.filter(pl.col("row") == 3)["reason"][0]
    assert valid["__source_id"].to_list() == ["p1", "p2", "p5"]
    rows = {r["__source_id"]: r for r in valid.to_dicts()}
    assert (rows["p2"]["telephone1"], rows["p2"]["telephone3"]) == (None, "555-0100-x")
    assert (rows["p2"]["emailaddress1"], rows["p2"]["emailaddress2"]) == (None, "n/a")
    assert (rows["p5"]["emailaddress1"], rows["p5"]["emailaddress2"]) == (None, "elm@x")
    assert rows["p1"]["telephone3"] is None and rows["p1"]["emailaddress2"] is None
    kept = cleared.filter(pl.col("action").str.starts_with("kept as text in "))
    assert sorted(zip(kept["row"].to_list(), kept["kept_in"].to_list(), kept["action"].to_list(),
                      strict=True)) == [
        (2, "emailaddress2", "kept as text in Email Address 2"),
        (2, "telephone3", "kept as text in Telephone 3"),
        (5, "emailaddress2", "kept as text in Email Address 2")]
    assert 3 not in cleared["row"].to_list()  # held back whole: nothing of it is "cleared"


def test_text_too_long_for_its_keep_in_column_is_cleared_saying_so(defs):
    staged = pl.DataFrame({"__source_id": ["a", "b"], "__source_row": [1, 2],
                           "lastname": ["Oak", "Yew"], "emailaddress1": ["x" * 120, "y@x"],
                           "emailaddress2": [None, None]}, schema_overrides={
                               "emailaddress2": pl.Utf8})
    tmap = table_map(people_map(emailaddress1={"on_bad": "keep_as_text",
                                               "keep_in": "emailaddress2"}), "contact")
    v = validate_staged(staged, "contact", defs["contact"], file="people.csv", tmap=tmap)
    assert v.quarantined.height == 0 and v.valid["emailaddress1"].to_list() == [None, None]
    assert v.valid["emailaddress2"].to_list() == [None, "y@x"]
    why = {x["row"]: (x["action"], x["reason"]) for x in v.cleared.to_dicts()}
    assert why[2] == ("kept as text in Email Address 2",
                      "email address is not valid (expect_column_values_to_match_regex)")
    assert why[1][0] == "field cleared" and "longer than 100 characters" in why[1][1]
    assert why[1][1].endswith("; too long to keep in emailaddress2 (up to 100 characters)")


@pytest.mark.parametrize(("policy", "message"), [
    ({"on_bad": "drop"}, r"map entry 'contact' column 'emailaddress1': unknown on_bad 'drop'; "
                         r"one of reject, clear, keep_as_text"),
    ({"on_bad": "keep_as_text"}, r"map entry 'contact' column 'emailaddress1': on_bad: "
                                 r"keep_as_text needs keep_in"),
    ({"on_bad": "keep_as_text", "keep_in": "telephone1"},
     r"map entry 'contact' column 'emailaddress1': keep_in 'telephone1' is already filled "
     r"by a mapped column"),
    ({"on_bad": "clear", "keep_in": "emailaddress2"},
     r"map entry 'contact' column 'emailaddress1': keep_in 'emailaddress2' is only read "
     r"with on_bad: keep_as_text"),
])
def test_a_policy_the_map_cannot_mean_is_a_clear_error(defs, tmp_path, policy, message):
    mapping = people_map(emailaddress1=policy)
    path = save_mapping(mapping, tmp_path / "mapping.yml")
    with pytest.raises(MappingError, match=rf"{re.escape(str(path))}: {message}"):
        load_mapping(path)
    with pytest.raises(MappingError, match=message):  # a map built in memory: staging says so
        stage_table(mapping, "contact", {"people": PEOPLE}, None, None, defs["contact"])


def test_a_field_the_record_cannot_lose_or_a_keep_in_not_text_is_refused(defs):
    with pytest.raises(StagingRefused, match=r"people\.csv: map entry 'contact' column "
                                             r"'lastname' says on_bad: clear.*on_bad: reject"):
        stage_table(people_map(lastname={"on_bad": "clear"}), "contact", {"people": PEOPLE},
                    {"people": "people.csv"}, None, defs["contact"])
    with pytest.raises(StagingRefused, match=r"keeps bad values in 'anniversary', which is a "
                                             r"DateTime column of contact, not text"):
        stage_table(people_map(emailaddress1={"on_bad": "keep_as_text",
                                              "keep_in": "anniversary"}),
                    "contact", {"people": PEOPLE}, {"people": "people.csv"}, None,
                    defs["contact"])


def test_the_preflight_blocks_a_keep_in_column_the_org_does_not_have(defs):
    from d365migrate.load.preflight import BLOCKING, check_table

    class Defs:
        def get(self, table: str) -> dict:
            return defs[table]

    def blocking(mapping: dict) -> list[str]:
        findings = check_table(table_map(mapping, "contact"), Defs(), None, set())
        return [f.message for f in findings if f.severity == BLOCKING and f.column in (
            "new_phone_as_typed", "telephone3")]

    missing = people_map(telephone1={"on_bad": "keep_as_text", "keep_in": "new_phone_as_typed"})
    # a custom column the load may still create: staging takes it, the preflight decides
    stage_table(missing, "contact", {"people": PEOPLE}, {"people": "people.csv"}, None,
                defs["contact"])
    assert blocking(missing) == [
        "bad values of 'telephone1' are kept as text in 'new_phone_as_typed', which is not a "
        "text column of the destination; name a text column of the table in keep_in"]
    assert blocking(people_map(telephone1={"on_bad": "keep_as_text",
                                           "keep_in": "telephone3"})) == []


def test_the_map_file_documents_the_policy_and_keeps_its_confirmation(tmp_path):
    mapping = people_map(telephone1={"on_bad": "keep_as_text", "keep_in": "telephone3"})
    path = save_mapping(mapping, tmp_path / "mapping.yml")
    text = path.read_text(encoding="utf-8")
    header = text.split("\nversion:", 1)[0]
    for words in ("on_bad: reject", "on_bad: clear", "on_bad: keep_as_text", "keep_in:",
                  "Without on_bad: a column Dataverse requires"):
        assert words in header
    again = load_mapping(path)
    require_confirmed(again)  # comments are not content: the confirmation holds
    assert table_map(again, "contact")["columns"][2]["keep_in"] == "telephone3"


# ------------------------------------------------------------------ a run, verified

OBJECTS = ["account", "contact"]


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample export (its invalid emails and 'n/a' phones) through the steps into the
    embedded emulator; the contact phones keep a bad value as text in another column."""
    from d365migrate.run.context import RunContext, write_run_json
    from d365migrate.run.runner import ensure_export, new_run_dir
    from d365migrate.run.steps import (
        load_step,
        mapping_step,
        profile_step,
        reconcile_step,
        stage_step,
    )

    root = tmp_path_factory.mktemp("policy")
    (root / "parameters").mkdir()
    params = yaml.safe_load((ROOT / "parameters" / "demo.yml").read_text())
    params.update(engagement="policy", export="runs/policy/export", objects=OBJECTS,
                  sample_export={"seed": 3, "scale": 0.1})
    choices = params["mapping"]["decisions"]["choices"]
    params["mapping"]["decisions"]["choices"] = {
        k: v for k, v in choices.items() if k.partition(".")[0] in OBJECTS}
    params_file = root / "parameters" / "policy.yml"
    params_file.write_text(yaml.safe_dump(params))
    mp = pytest.MonkeyPatch()
    mp.delenv("DATAVERSE_URL", raising=False)
    try:
        ensure_export(params_file)
        folder = new_run_dir(root / "runs", "policy")
        ctx = RunContext.open(params_file, folder)
        write_run_json(ctx.folder, ctx.params, ctx.destination)
        profile_step(ctx)
        mapping_step(ctx)
        mapping = load_mapping(ctx.folder.mapping)
        contact = table_map(mapping, "contact")
        assert "telephone3" not in {c["target"] for c in contact["columns"]}
        phone = next(c for c in contact["columns"] if c["target"] == "telephone1")
        phone.update(on_bad="keep_as_text", keep_in="telephone3")
        save_mapping(confirm(mapping, "Policy Tester"), ctx.folder.mapping)
        stage_step(ctx)
        load_step(ctx, progress=False)
        reconcile_step(ctx)
        ctx.client.close()
    finally:
        mp.undo()
    return folder


def test_a_run_with_cleared_fields_balances_and_verifies_clean(run_dir: Path):
    cleared = read_csv(run_dir / "cleared" / "contact.csv", infer_schema=False)
    assert {"file", "row", "source_id", "column", "target", "value", "reason", "action",
            "kept_in"} <= set(cleared.columns)
    emails = cleared.filter(pl.col("target") == "emailaddress1")
    phones = cleared.filter(pl.col("target") == "telephone1")
    assert emails.height > 0 and phones.height > 0  # the sample export's dirt
    assert set(phones["kept_in"].to_list()) == {"telephone3"}
    summary = json.loads((run_dir / "stage_summary.json").read_text())["contact"]
    assert summary["cleared"] == cleared["source_id"].n_unique()
    assert summary["cleared_fields"] == {t: cleared.filter(pl.col("target") == t).height
                                         for t in summary["cleared_fields"]}
    assert summary["cleared_fields"]["emailaddress1"] == emails.height
    held = read_csv(run_dir / "quarantine" / "contact.csv", infer_schema=False)
    assert not held.filter(pl.col("reason").str.contains("email address is not valid")).height
    assert not set(held["source_id"].to_list()) & set(cleared["source_id"].to_list())
    staged = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    moved = staged.filter(pl.col("__source_id").is_in(cleared["source_id"].implode()))
    assert moved.height == cleared["source_id"].n_unique()  # each one still loads
    rec = json.loads((run_dir / "reconciliation.json").read_text())
    c = rec["objects"]["contact"]
    assert c["source"] == c["loaded"] + c["quarantined"] + c["failed"] + c["skipped"]
    assert c["verified"] == c["loaded"] and rec["balanced"]
    assert (c["cleared"], c["cleared_fields"]) == (summary["cleared"], summary["cleared_fields"])
    v = json.loads((run_dir / "verification.json").read_text())
    assert v["ok"] and v["mismatches"] == 0
    assert {"emailaddress1", "telephone1", "telephone3"} <= set(
        v["tables"]["contact"]["columns"])


def test_tampering_with_a_cleared_or_kept_field_is_found(run_dir: Path, capsys):
    from d365migrate.cli import main as cli_main
    from d365migrate.dataverse.destination import Destination, connect

    cleared = read_csv(run_dir / "cleared" / "contact.csv", infer_schema=False)
    email_id = cleared.filter(pl.col("target") == "emailaddress1")["source_id"][0]
    phone_id = cleared.filter(pl.col("target") == "telephone1")["source_id"][0]
    dest = Destination(**json.loads((run_dir / "run.json").read_text())["destination"])
    with connect(dest) as client:
        by_sid = {r["new_smartdeskid"]: r["contactid"] for r in client.query(
            "contacts", select=["contactid", "new_smartdeskid"])}
        client.update("contacts", by_sid[email_id], {"emailaddress1": "typed@later.com"})
        client.update("contacts", by_sid[phone_id], {"telephone3": "555 000 0000"})
    assert cli_main(["verify", str(run_dir), "--seed", "3"]) == 1
    capsys.readouterr()
    cells = read_csv(run_dir / "mismatches.csv", infer_schema=False)
    assert {(r["table"], r["source_id"], r["column"]) for r in cells.to_dicts()} == {
        ("contact", email_id, "emailaddress1"), ("contact", phone_id, "telephone3"),
        # the e-mail is copied from one cell: the export's cell, cleared, says empty too
        ("contact", email_id, "emailaddress1 (the export's cell)")}
    found = cells.filter(pl.col("column") == "emailaddress1").row(0, named=True)
    assert (found["expected"], found["actual"]) == ("", "typed@later.com")


def test_the_sponsor_report_lists_what_was_changed_in_words(run_dir: Path):
    from d365migrate.report.sponsor import write_report
    from d365migrate.report.sponsor_facts import gather

    facts = gather(run_dir)
    mine = [c for c in facts.cleared if c["object"] == "Contacts (people)"]
    email = [c for c in mine if c["reason"] == "Email address is not valid"]
    assert len(email) == 1 and email[0]["action"] == "Field cleared"
    assert email[0]["column"] == "Email"
    cleared = read_csv(run_dir / "cleared" / "contact.csv", infer_schema=False)
    assert email[0]["records"] == cleared.filter(pl.col("target") == "emailaddress1").height
    phone = [c for c in mine if c["action"] == "Kept as text in Telephone 3"]
    assert phone and {c["column"] for c in phone} == {"Business Phone"}
    assert {c["reason"] for c in phone} == {"The value is not a phone number (7 to 15 digits)"}
    html = write_report(run_dir).read_text(encoding="utf-8")
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))
    assert "Values left empty" in text and "Email address is not valid" in text
    assert "Kept as text in Telephone 3" in text and "Business Phone" in text
    for internal in ("emailaddress1", "telephone1", "telephone3", "kept_in", "field cleared"):
        assert internal not in text, internal
