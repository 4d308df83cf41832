"""The sponsor's report.html of a real run (small sample export) and ``d365migrate signoff``."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import polars as pl
import pytest
import yaml

from d365migrate.cli import main as cli_main
from d365migrate.demo.sample_export import write_sample_export
from d365migrate.report.plain import clean, object_name, reason_in_words
from d365migrate.report.signoff import SignOffRefused, sha256_of, sign_off
from d365migrate.report.sponsor import render_report, write_report
from d365migrate.report.sponsor_facts import gather
from d365migrate.run.runner import RunFailed, run
from engagements import demo_parameters

ROOT = Path(__file__).resolve().parents[1]
HOSTILE = "<script>alert(1)</script>"
ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"
#: Names a sales director never reads: the load's units, Dataverse columns, staging columns.
INTERNAL = ["activity_note", "case_email", "__source_id", "__source_row", "emailaddress1",
            "parentcustomerid", "overriddencreatedon", "new_smartdeskid", "statuscode",
            "expect_column", "quarantine/", "ledger.jsonl", "0x8004"]


def make_engagement(root: Path, name: str, *, scale: float = 0.2, seed: int = 5) -> Path:
    """A project folder with parameters/<name>.yml (the demo's, on a small export)."""
    return demo_parameters(root, name, seed=seed, scale=scale)


def hostile_export(export: Path, seed: int = 5) -> None:
    """The sample export, with markup where a company's name is and as a column's name."""
    write_sample_export(export, seed=seed, scale=0.2)
    companies = pl.read_csv(export / "companies.csv", infer_schema=False)
    companies = companies.with_columns(
        pl.when(pl.int_range(pl.len()) == 0).then(pl.lit(HOSTILE))
        .otherwise(pl.col("name")).alias("name"),
        pl.lit("x").alias(HOSTILE))
    companies.write_csv(export / "companies.csv")


@pytest.fixture(scope="module")
def engagement(tmp_path_factory: pytest.TempPathFactory) -> Path:
    params = make_engagement(tmp_path_factory.mktemp("sponsor"), "sponsor")
    hostile_export(params.parents[1] / "runs" / "sponsor" / "export")
    return params


@pytest.fixture(scope="module")
def run_dir(engagement: Path) -> Path:
    mp = pytest.MonkeyPatch()
    mp.delenv("DATAVERSE_URL", raising=False)
    try:
        return run(engagement, progress=False)
    finally:
        mp.undo()


@pytest.fixture(scope="module")
def report(run_dir: Path) -> str:
    return (run_dir / "report.html").read_text(encoding="utf-8")


def visible_text(html: str) -> str:
    """The page's text as a reader sees it (tags out, images' data out, entities kept)."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_the_run_writes_the_report_and_records_its_fingerprint(run_dir: Path):
    info = json.loads((run_dir / "run.json").read_text())
    assert info["status"] == "succeeded"
    assert info["report"]["sha256"] == sha256_of(run_dir / "report.html")


def test_what_moved_per_object_in_words(run_dir: Path, report: str):
    rec = json.loads((run_dir / "reconciliation.json").read_text())
    facts = gather(run_dir)
    by_unit = {o["unit"]: o for o in facts.objects}
    assert list(by_unit) == list(rec["objects"])
    for unit, o in rec["objects"].items():
        mine = by_unit[unit]
        assert (mine["source"], mine["created"], mine["updated"], mine["verified"]) == \
            (o["source"], o["created"], o["updated"], o["verified"]), unit
        assert mine["held_back"] + mine["refused"] + mine["left_out"] == \
            o["quarantined"] + o["failed"] + o["skipped"], unit
        assert mine["balanced"] is True
    text = visible_text(report)
    for name in ("Accounts (companies)", "Contacts (people)", "Phone calls", "Meetings",
                 "Notes on records", "Notes from the activity history",
                 "Cases (support tickets)", "Case messages (ticket emails)"):
        assert name in text, name
    assert "What moved" in text and "Created" in text and "Updated" in text
    assert f"{facts.total['moved']:,} of {facts.total['source']:,} records moved" in text
    assert "Every record in the export is accounted for" in text
    assert report.count("<svg class='chart'") >= 1 and "<img" not in report


def test_what_did_not_move_grouped_by_reason_in_words(run_dir: Path, report: str):
    cleared = pl.read_csv(run_dir / "cleared" / "contact.csv", infer_schema=False)
    bad_email = cleared.filter(pl.col("reason").str.starts_with(
        "email address is not valid")).height
    assert bad_email > 0  # the sample export's dirt: those contacts move, the email cleared
    facts = gather(run_dir)
    group = [g for g in facts.cleared if g["object"] == "Contacts (people)"
             and g["reason"] == "Email address is not valid"]
    assert len(group) == 1 and group[0]["records"] == bad_email
    assert group[0]["column"] == "Email" and group[0]["action"] == "Field cleared"
    assert group[0]["where"].startswith("contacts.csv, rows ")
    assert not [g for g in facts.not_moved if g["reason"] == "Email address is not valid"]
    text = visible_text(report)
    assert "What did not move, and why" in text
    assert "Email address is not valid" in text
    assert ("Another row before it has the same key (the same record twice, or two rows "
            "sharing one id); the first of them was moved") in text
    # every row not moved is counted once
    for unit in ("contact", "lead", "account"):
        n = sum(g["records"] for g in facts.not_moved if g["unit"] == unit)
        o = next(o for o in facts.objects if o["unit"] == unit)
        assert n == o["held_back"] + o["refused"] + o["left_out"], unit


def test_changes_decisions_and_what_does_not_migrate(run_dir: Path, report: str):
    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    text = visible_text(report)
    assert "What was changed on the way" in text
    for email in queue["email"].to_list():
        assert email in text  # each fallback owner named, with the new owner
    assert "crm.admin@smartdesk-customer.com" in text
    assert "What needs a decision" in text
    facts = gather(run_dir)
    if any(g["kind"] == "quarantine" for g in facts.not_moved):
        assert "were held back for data problems" in text
    # the sample's invalid emails: those contacts moved, the value left empty, a decision
    assert f"{facts.cleared_records:,} records moved with a value left empty" in text
    assert facts.cleared_records == sum(
        pl.read_csv(p, infer_schema=False)["source_id"].n_unique()
        for p in (run_dir / "cleared").glob("*.csv"))
    assert "What does not migrate, and where to rebuild it" in text
    for file in ("workflows.csv", "email_templates.csv", "campaigns.csv"):
        assert file in text
    assert "Rebuild in Power Automate" in text
    assert "users.csv" in text  # used for owners, not moved as records


def test_verification_and_spot_checks(run_dir: Path, report: str):
    verification = json.loads((run_dir / "verification.json").read_text())
    assert verification["ok"]
    text = visible_text(report)
    assert "Every field of every record moved matches." in text
    assert f"draw number {verification['seed']}" in text
    spot = verification["spot_check"]["tables"]["contact"]
    assert f"Contacts (people): {len(spot['records'])} of {spot['of']} drawn" in text
    # fields by their Dynamics 365 labels, option values as the export's words
    assert "In SmartDesk" in text and "In Dynamics 365" in text and "Last Name" in text
    assert not re.search(r"\b1000000\d\d\b", text)


def test_sign_off_block(report: str):
    text = visible_text(report)
    assert "Sign-off" in text and "I have read this report" in text
    for blank in ("Name", "Role", "Date", "Signature"):
        assert blank in text
    assert "not ready for sign-off" not in text


def test_no_paths_code_reprs_internal_names_or_scripts(run_dir: Path, report: str):
    for page in ("report.html", "reconciliation.html"):
        html = (run_dir / page).read_text(encoding="utf-8")
        assert str(run_dir.parent) not in html, page
        assert "/tmp/" not in html and "/work/" not in html and "/home/" not in html, page
    text = visible_text(report)
    for word in INTERNAL:
        assert word not in report, word
    assert not re.search(r"Traceback|object at 0x|\bNone\b|\{'|\[\]|Error\(", text)
    assert "<script" not in report.lower() and "<iframe" not in report.lower()
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", report)
    assert "Content-Security-Policy" in report and "default-src 'none'" in report
    assert ".ipynb" not in text and "d365migrate" not in text


def test_values_from_the_export_are_shown_as_text(report: str):
    assert HOSTILE not in report
    assert ESCAPED in report  # the column name (columns not carried over) and the company
    facts_html = render_report(gather_with_hostile_everywhere())
    assert HOSTILE not in facts_html and facts_html.count(ESCAPED) >= 8


def gather_with_hostile_everywhere():
    from d365migrate.report.sponsor_facts import Facts

    h = HOSTILE
    return Facts(engagement=h, run_id=h, status="succeeded", org_url=h, org_kind=h,
                 map_confirmed_by=h, objects=[{"unit": h, "name": h, "source": 1, "moved": 1,
                                               "created": 1, "updated": 0, "verified": 1,
                                               "held_back": 0, "refused": 0, "left_out": 0,
                                               "close_failed": 0, "balanced": True}],
                 not_moved=[{"unit": h, "object": h, "kind": "quarantine", "outcome": h,
                             "reason": h, "records": 1, "where": h}],
                 owners=[{"owner": h, "why": h, "records": 1, "now": h, "decided": True}],
                 columns_left=[{"object": h, "column": h, "reason": h}],
                 cleared=[{"object": h, "column": h, "action": h, "reason": h, "records": 1,
                           "where": h}],
                 files_left=[{"file": h, "rows": 1, "what": h}], balanced=True,
                 verification={"ok": True, "at": h, "seed": h, "differences": 0,
                               "tables": [], "spot": [{"unit": h, "object": h, "drawn": 1,
                                                       "of": 1, "file": h, "differ": 0,
                                                       "records": [{"id": h, "row": h,
                                                                    "found": True,
                                                                    "fields": [{"field": h,
                                                                                "export": h,
                                                                                "org": h,
                                                                                "same": True}]}]}]})


def test_reasons_and_text_in_plain_words():
    assert reason_in_words("email address is not valid (expect_column_values_to_match_regex)") \
        == "Email address is not valid"
    assert reason_in_words("its contact '300000117' is not in the org (it did not load: see "
                           "the contact rows not loaded), so it has no customerid").startswith(
        "The contact it belongs to did not move")
    assert reason_in_words("Dataverse refused it: 0x80040237 A record with matching key "
                           "values already exists.") == \
        "Dynamics 365 refused the record: A record with matching key values already exists."
    assert "technical error" in reason_in_words("ValueError('boom') at <Foo object at 0x1f>")
    assert "/home/ana" not in clean("could not read /home/ana/runs/x/staged/a.parquet")
    assert "C:\\Users" not in clean(r"could not read C:\Users\ana\export.csv")
    assert clean("see https://example.com/a/b") == "see https://example.com/a/b"
    assert object_name("activity_note") == "Notes from the activity history"


def test_signoff_records_acceptance_with_the_report_hash(run_dir: Path, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture):
    copy = tmp_path / "run"
    shutil.copytree(run_dir, copy)
    assert cli_main(["signoff", str(copy), "--as", "Dana Director"]) == 0
    record = json.loads((copy / "signoff.json").read_text())
    info = json.loads((copy / "run.json").read_text())
    assert record["name"] == "Dana Director"
    assert record["report_sha256"] == sha256_of(copy / "report.html")
    assert record["org_url"] == info["destination"]["url"]
    assert record["org_kind"] == info["destination"]["kind"] == "embedded-emulator"
    assert record["signed_at"]
    assert "Dana Director accepted" in capsys.readouterr().out


def test_signoff_refuses_a_changed_report(run_dir: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture):
    copy = tmp_path / "run"
    shutil.copytree(run_dir, copy)
    report = copy / "report.html"
    report.write_text(report.read_text().replace("Every record", "Nearly every record"))
    assert cli_main(["signoff", str(copy), "--as", "Dana Director"]) == 1
    err = capsys.readouterr().err
    assert "report.html has changed since the run wrote it" in err
    assert not (copy / "signoff.json").exists()


def test_signoff_refuses_a_run_whose_verification_is_not_ok(run_dir: Path, tmp_path: Path):
    copy = tmp_path / "run"
    shutil.copytree(run_dir, copy)
    v = json.loads((copy / "verification.json").read_text())
    v.update(ok=False, mismatches=2)
    (copy / "verification.json").write_text(json.dumps(v))
    with pytest.raises(SignOffRefused, match="verification is not ok: 2 value"):
        sign_off(copy, "Dana Director")
    (copy / "verification.json").unlink()
    with pytest.raises(SignOffRefused, match="not verified"):
        sign_off(copy, "Dana Director")
    # the report written again from these files says it is not ready
    write_report(copy)
    assert "not ready for sign-off" in (copy / "report.html").read_text()


def test_values_cleared_on_the_way_are_listed(run_dir: Path, tmp_path: Path):
    from d365migrate.report.safe_files import write_csv

    copy = tmp_path / "run"
    shutil.copytree(run_dir, copy)
    write_csv(pl.DataFrame([
        {"file": "companies.csv", "row": r, "source_id": i, "column": "parent_company_id",
         "value": v, "reason": "parent account loop: 200000003 -> 200000004 -> 200000003",
         "action": "link cleared"}
        for r, i, v in ((3, "200000003", "200000004"), (4, "200000004", "200000003"))]),
        copy / "flags" / "account.csv")
    text = visible_text(write_report(copy).read_text(encoding="utf-8"))
    assert "Values left empty" in text and "Link cleared" in text
    assert "Its parent account leads round in a loop back to itself" in text
    assert "companies.csv, rows 3, 4" in text
    before = gather(run_dir).cleared_records  # the run's own cleared fields
    assert f"{before + 2:,} records moved with a value left empty" in text


def test_terminal_summary_ends_with_the_report(run_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture):
    import d365migrate.run.runner as runner

    monkeypatch.setattr(runner, "run", lambda parameters: run_dir)
    assert cli_main(["run", "parameters/any.yml"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("Migration of sponsor into ")
    header = lines[1].split()
    assert header == ["object", "source", "created", "updated", "verified", "quarantined",
                      "failed", "skipped", "balanced"]
    account = next(x.split() for x in lines if x.startswith("account "))
    rec = json.loads((run_dir / "reconciliation.json").read_text())["objects"]["account"]
    assert account[1:5] == [str(rec[k]) for k in ("source", "created", "updated", "verified")]
    assert account[-1] == "yes"
    assert any("workflows.csv" in x for x in lines)
    assert lines[-1] == f"Open the report: {run_dir / 'report.html'}"


def test_a_failed_run_still_writes_a_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("DATAVERSE_URL", raising=False)
    params = make_engagement(tmp_path, "broken")
    raw = yaml.safe_load(params.read_text())
    raw.pop("sample_export")  # no export, none generated: reading it fails
    params.write_text(yaml.safe_dump(raw))
    with pytest.raises(RunFailed) as failed:
        run(params, notebooks=["01_profile.ipynb"], progress=False)
    report = (failed.value.run_dir / "report.html").read_text(encoding="utf-8")
    text = visible_text(report)
    assert "stopped before it finished, while reading the export" in text
    assert "not ready for sign-off" in text
    assert str(tmp_path) not in report and "Traceback" not in report
    info = json.loads((failed.value.run_dir / "run.json").read_text())
    assert info["status"] == "failed" and info["report"]["sha256"]
    with pytest.raises(SignOffRefused, match="did not finish"):
        sign_off(failed.value.run_dir, "Dana Director")


def test_the_verdict_names_the_files_outside_the_map():
    """"100 of 100 records moved" counts the kinds the map loads: the verdict says how many
    rows the export's other files hold, so no one reads it as the whole export."""
    from d365migrate.report.sponsor import summary
    from d365migrate.report.sponsor_facts import Facts

    obj = {"unit": "lead", "name": "Leads", "source": 100, "moved": 100, "created": 100,
           "updated": 0, "verified": 100, "held_back": 0, "refused": 0, "left_out": 0,
           "close_failed": 0, "balanced": True}
    ok = {"ok": True, "at": "now", "seed": 1, "differences": 0, "tables": [], "spot": []}
    facts = Facts(status="succeeded", objects=[obj], balanced=True, verification=ok,
                  files_left=[{"file": "visitors.csv", "rows": 300, "what": "unknown"},
                              {"file": "lists.csv", "rows": 400, "what": "unknown"}])
    assert "other files (700 rows in 2 files) are not moved as records" in summary(facts)
    facts.files_left = []
    assert "other files" not in summary(facts)


def test_a_lookup_left_out_is_said_in_words_not_the_engine_s() -> None:
    """Seen on the OroCRM report: 'Would be the lookup parentcustomerid, but discovery found
    no records of the export its values point at' reached the sponsor."""
    from d365migrate.report.sponsor_facts import columns_not_carried

    reasons = {
        "Company": "would be the lookup parentcustomerid, but discovery matched none of its "
                   "values to a record of the export: it compared them with the unique "
                   "columns of its 4 files of records (ids where the column's name says it "
                   "holds ids, names, codes, emails)",
        "Firm": "would be the lookup parentcustomerid, but discovery found no records of "
                "the export its values point at",
        "Owner team": "would be the lookup owningteam, but the column is empty in this export",
        "Campaign": "would be the lookup campaignid, but its values point at campaigns.csv "
                    "(98% match), which this map does not load into campaignid",
        "Region": "would be the lookup territoryid, but territoryid has no navigation "
                  "property to territory",
    }
    mapping = {"tables": [{"name": "contact", "target": "contact", "unmapped": list(reasons),
                           "unmapped_reasons": reasons}]}
    said = {r["column"]: r["reason"] for r in columns_not_carried(mapping)}
    assert said == {
        "Company": "It names other records, but none of its values matched a record of the "
                   "export (they were compared with the names, codes and other unique columns "
                   "of each file of records)",
        "Firm": "It names other records, but none of its values was matched to a record of "
                "the export",
        "Owner team": "It is empty in this export",
        "Campaign": "It names records of a kind this migration does not load",
        "Region": "Dynamics 365 cannot link this record to the kind of record it names",
    }
    assert not any("lookup" in r or "_" in r for r in said.values())
