"""Verification: a loaded org read back field by field; tampering is found, exactly.

The sample export (scale 0.3) goes through the steps directly (no notebooks: faster), into
the embedded emulator. The tests run in file order: the untampered run first, then the org
is changed through the client and ``d365migrate verify`` must find exactly those changes.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import polars as pl
import pytest
import yaml

from d365migrate.cli import main as cli_main
from d365migrate.dataverse.destination import Destination, connect
from d365migrate.report.signoff import refusals, sha256_of
from d365migrate.run.context import RunContext, write_run_json
from d365migrate.run.runner import ensure_export, new_run_dir, write_sponsor_report
from d365migrate.run.steps import (
    load_step,
    mapping_step,
    profile_step,
    reconcile_step,
    stage_step,
)
from d365migrate.runfolder import RunFolder
from d365migrate.verify.export_cells import SUFFIX
from d365migrate.verify.readback import read_records
from d365migrate.verify.verification import verify_run

ROOT = Path(__file__).resolve().parents[1]
OBJECTS = ["account", "contact", "lead", "opportunity"]


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("verify")
    (root / "parameters").mkdir()
    params = yaml.safe_load((ROOT / "parameters" / "demo.yml").read_text())
    params.update(engagement="verify", export="runs/verify/export", objects=OBJECTS,
                  sample_export={"seed": 11, "scale": 0.3})
    choices = params["mapping"]["decisions"]["choices"]  # only those of these objects
    params["mapping"]["decisions"]["choices"] = {
        k: v for k, v in choices.items() if k.partition(".")[0] in OBJECTS}
    params_file = root / "parameters" / "verify.yml"
    params_file.write_text(yaml.safe_dump(params))
    mp = pytest.MonkeyPatch()
    mp.delenv("DATAVERSE_URL", raising=False)
    try:
        ensure_export(params_file)
        folder = new_run_dir(root / "runs", "verify")
        ctx = RunContext.open(params_file, folder)
        write_run_json(ctx.folder, ctx.params, ctx.destination)
        profile_step(ctx)
        mapping_step(ctx)
        stage_step(ctx)
        load_step(ctx, progress=False)
        reconcile_step(ctx)
        write_sponsor_report(ctx.folder, ctx.params, ctx.destination)  # as a run ends
        ctx.client.close()
    finally:
        mp.undo()
    return folder


def org(run_dir: Path):
    return connect(Destination(**json.loads((run_dir / "run.json").read_text())["destination"]))


def test_an_untampered_run_verifies_every_field(run_dir: Path):
    v = json.loads((run_dir / "verification.json").read_text())
    assert set(v["tables"]) == set(OBJECTS)
    for name, t in v["tables"].items():
        assert t["checked"] > 0 and t["matched"] == t["checked"], (name, t)
        assert t["mismatched"] == t["missing"] == 0 and not any(t["columns"].values())
        assert t["not_checked"] == []
    assert set(v["tables"]["contact"]["columns"]) >= {"firstname", "parentcustomerid",
                                                      "ownerid", "new_interests"}
    assert v["ok"] and v["mismatches"] == 0
    assert pl.read_csv(run_dir / "mismatches.csv").height == 0
    rec = json.loads((run_dir / "reconciliation.json").read_text())
    for name, o in rec["objects"].items():
        assert o["verified"] == o["loaded"] == v["tables"][name]["checked"], name
        assert o["verified_by"] == "every mapped field" and o["balanced"]
    assert rec["verification"]["seed"] == v["seed"]


def test_spot_check_draws_with_its_seed_side_by_side(run_dir: Path):
    v = json.loads((run_dir / "verification.json").read_text())
    spot = v["spot_check"]
    assert spot["seed"] == v["seed"]
    for name, part in spot["tables"].items():
        assert len(part["records"]) == min(25, v["tables"][name]["checked"])
        first = part["records"][0]["fields"]
        assert all({"export", "staged", "org", "same"} <= set(f) for f in first)
        assert all(f["same"] for r in part["records"] for f in r["fields"])
    names = [f for f in spot["tables"]["account"]["records"][0]["fields"]
             if f["field"] == "name"][0]
    assert names["export"] and names["export"].strip() == names["staged"] == names["org"]
    html = (run_dir / "spotcheck.html").read_text(encoding="utf-8")
    assert "<script" not in html and str(run_dir) not in html and "/tmp" not in html
    assert not re.search(r"""(src|href)=["']https?://""", html)
    assert f"seed <b>{v['seed']}</b>" in html
    # fields by their Dynamics 365 label; the column's name only in the tooltip
    text = re.sub(r"<[^>]+>", "|", html)
    assert "|Account Name|" in text and "|Company Name|" in text and "|Email|" in text
    assert "title='name'" in html and "title='parentcustomerid'" in html
    shown = re.findall(r"<td title='([^']*)'>([^<]*)</td>", html)
    assert shown and all(label and label != column for column, label in shown), shown
    for internal in ("emailaddress1", "parentcustomerid", "_parentcustomerid_value",
                     "ownerid", "new_interests", "activity_note"):
        assert f"|{internal}|" not in text, internal
    assert "<h2>Accounts (companies): " in html
    labelled = spot["tables"]["contact"]["records"][0]["fields"]
    assert {f["field"]: f["label"] for f in labelled}["parentcustomerid"] == "Company Name"


def test_reading_back_in_small_ranges_finds_every_record(run_dir: Path):
    staged = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    ids = staged["__source_id"].to_list()
    with org(run_dir) as client:
        table_def = client.entity_definition("contact")
        found, stats = read_records(client, table_def, "new_smartdeskid", ids + ["no-such-id"],
                                    ["firstname"], page=17)
    failed = set(pl.read_csv(run_dir / "failed" / "contact.csv",
                             infer_schema=False)["source_id"].to_list())
    assert set(found) == set(ids) - failed
    assert stats.requests >= math.ceil(len(ids) / 17) and stats.rechecked >= 1


def _pick(rows: list[dict], n: int, key=lambda r: True) -> list[dict]:
    picked = [r for r in rows if key(r)][:n]
    assert len(picked) == n
    return picked


def test_tampering_is_found_exactly(run_dir: Path, capsys: pytest.CaptureFixture):
    column = "new_smartdeskid"
    staged = {t: pl.read_parquet(run_dir / "staged" / f"{t}.parquet") for t in OBJECTS}
    expected: set[tuple[str, str, str]] = set()
    with org(run_dir) as client:
        accounts = list(client.query("accounts", select=["accountid", column, "name",
                                                         "revenue"]))
        contacts = list(client.query("contacts", select=[
            "contactid", column, "_parentcustomerid_value", "new_interests"]))
        opps = list(client.query("opportunities", select=[
            "opportunityid", column, "_ownerid_value", "statecode"]))
        leads = list(client.query("leads", select=["leadid", column]))
        users = [u for u in client.query("systemusers", select=[
            "systemuserid", "isdisabled", "internalemailaddress"]) if not u["isdisabled"]]
        # two fields of two accounts
        a1, a2 = _pick(accounts, 2, lambda r: r["name"] and r["revenue"] is not None)
        client.update("accounts", a1["accountid"], {"name": a1["name"] + " (edited)"})
        client.update("accounts", a2["accountid"], {"revenue": a2["revenue"] + 1})
        expected |= {("account", a1[column], "name"), ("account", a2[column], "revenue"),
                     # the name is text copied as it is, the revenue a number written
                     # plainly: both compared with the export's cell too
                     ("account", a1[column], "name" + SUFFIX),
                     ("account", a2[column], "revenue" + SUFFIX)}
        # a multi-select set, and a contact relinked to another account
        c1 = _pick(contacts, 1, lambda r: r["new_interests"])[0]
        client.update("contacts", c1["contactid"], {"new_interests": "100000004"})
        c2 = _pick(contacts, 1, lambda r: r["_parentcustomerid_value"] and r is not c1)[0]
        other = next(a for a in accounts if a["accountid"] != c2["_parentcustomerid_value"])
        client.update("contacts", c2["contactid"], {
            "parentcustomerid_account@odata.bind": f"/accounts({other['accountid']})"})
        expected |= {("contact", c1[column], "new_interests"),
                     # a multi-select whose words the map decided: its export cell is
                     # read too, and names other options
                     ("contact", c1[column], "new_interests" + SUFFIX),
                     ("contact", c2[column], "parentcustomerid"),
                     # the export's cell names the account by its id: the link is
                     # compared with the record that cell names too
                     ("contact", c2[column], "parentcustomerid" + SUFFIX)}
        # an open deal handed to another user
        o1 = _pick(opps, 1, lambda r: r["statecode"] == 0)[0]
        new_owner = next(u for u in users if u["systemuserid"] != o1["_ownerid_value"])
        client.update("opportunities", o1["opportunityid"], {
            "ownerid@odata.bind": f"/systemusers({new_owner['systemuserid']})"})
        expected |= {("opportunity", o1[column], "ownerid"),
                     # its owner's e-mail in the export's cell names another user
                     ("opportunity", o1[column], "ownerid" + SUFFIX)}
        # a lead deleted
        gone = leads[0]
        client.delete("leads", gone["leadid"])
        expected.add(("lead", gone[column], "(record)"))
    assert cli_main(["verify", str(run_dir), "--seed", "5"]) == 1
    out = capsys.readouterr().out
    assert "mismatched" in out and "difference(s)" in out
    cells = pl.read_csv(run_dir / "mismatches.csv", infer_schema=False)
    assert {(r["table"], r["source_id"], r["column"]) for r in cells.to_dicts()} == expected
    assert cells.height == len(expected)
    v = json.loads((run_dir / "verification.json").read_text())
    t = v["tables"]
    assert v["seed"] == 5 and not v["ok"]
    assert t["lead"]["missing"] == 1 and t["lead"]["mismatched"] == 0
    assert sum(x["missing"] for x in t.values()) == 1
    assert t["account"]["mismatched"] == 2 and t["account"]["columns"]["name"] == 1
    assert t["account"]["columns"]["revenue"] == 1
    assert t["account"]["export_cells"]["mismatched"] == 2  # name, revenue: against the export
    assert t["contact"]["export_cells"]["mismatched"] == 2  # the interests, the link
    assert t["contact"]["mismatched"] == 2 and t["opportunity"]["mismatched"] == 1
    for name in OBJECTS:
        bad = t[name]["mismatched"] + t[name]["missing"]
        assert t[name]["matched"] == len(staged[name]) - bad - _failed(run_dir, name)
    relinked = cells.filter(pl.col("column") == "parentcustomerid").row(0, named=True)
    assert relinked["actual"].startswith(other[column])  # the account shown by its id
    rec = json.loads((run_dir / "reconciliation.json").read_text())
    assert not rec["balanced"] and rec["objects"]["lead"]["missing"] == 1
    assert rec["objects"]["account"]["verified"] == rec["objects"]["account"]["loaded"] - 2
    # the sponsor's report was written again from these results, its fingerprint recorded
    report = (run_dir / "report.html").read_text(encoding="utf-8")
    info = json.loads((run_dir / "run.json").read_text())
    assert info["report"]["sha256"] == sha256_of(run_dir / "report.html")
    assert f"{v['mismatches']} values differ" in report
    assert "Every field of every record moved matches." not in report
    assert out.splitlines()[-2] == f"Report rewritten: {run_dir / 'report.html'}"
    why = refusals(RunFolder(run_dir))
    assert any("verification is not ok" in w for w in why)
    assert not any("report.html" in w for w in why)  # signoff still checks the hash: it holds


def test_the_same_seed_draws_the_same_spot_check(run_dir: Path):
    ctx = RunContext.open(json.loads((run_dir / "run.json").read_text())["parameters"][
        "parameters_file"], run_dir)
    try:
        first = verify_run(ctx, seed=5)["spot_check"]
    finally:
        ctx.client.close()
    saved = json.loads((run_dir / "verification.json").read_text())["spot_check"]
    ids = {t: [r["source_id"] for r in p["records"]] for t, p in first["tables"].items()}
    assert ids == {t: [r["source_id"] for r in p["records"]]
                   for t, p in saved["tables"].items()}


def _failed(run_dir: Path, table: str) -> int:
    path = run_dir / "failed" / f"{table}.csv"
    return pl.read_csv(path, infer_schema=False).height if path.exists() else 0


def test_verify_keeps_only_the_drawn_records(run_dir: Path, monkeypatch: pytest.MonkeyPatch):
    """Records read back are held for the spot check only where drawn (memory at scale); the
    spot check still shows every drawn record (found and the same: the test above, on the
    fixture's run, verified with this in place; here other tests may have tampered)."""
    from d365migrate.verify import verification
    from d365migrate.verify.spotcheck import sample_size

    seen: dict[str, tuple[int, int, int]] = {}
    real = verification.spot_check

    def spy(ctx, mapping, checks, frames, seed):
        for t, c in checks.items():
            seen[t] = (len(c.records), len(c.expected), c.checked)
        return real(ctx, mapping, checks, frames, seed)
    monkeypatch.setattr(verification, "spot_check", spy)
    ctx = RunContext.open(json.loads((run_dir / "run.json").read_text())["parameters"][
        "parameters_file"], run_dir)
    try:
        data = verify_run(ctx, seed=5)
    finally:
        ctx.client.close()
    # (a drawn record another test deleted is not read back: at most the drawn ones)
    assert seen and all(n <= e == sample_size(checked) < checked
                        for n, e, checked in seen.values()), seen
    for name, part in data["spot_check"]["tables"].items():
        assert len(part["records"]) == sample_size(data["tables"][name]["checked"])
