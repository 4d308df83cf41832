"""The whole migration through papermill against the embedded emulator, then rollback."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import polars as pl
import pytest
import yaml

from d365migrate.dataverse.destination import Destination, connect
from d365migrate.mapping.mapfile import MappingNotConfirmed
from d365migrate.run.runner import run
from d365migrate.run.steps import RunContext, load_step
from d365migrate.verify.rollback import rollback_run
from engagements import demo_parameters

ROOT = Path(__file__).resolve().parents[1]
SECRET = "not-a-real-secret-but-must-never-appear-7f3a"


@pytest.fixture(scope="module")
def engagement(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_parameters(tmp_path_factory.mktemp("project"), "e2e")


@pytest.fixture(scope="module")
def first_run(engagement: Path, monkeypatch_module: pytest.MonkeyPatch) -> Path:
    monkeypatch_module.setenv("AZURE_CLIENT_SECRET", SECRET)
    monkeypatch_module.delenv("DATAVERSE_URL", raising=False)
    return run(engagement, progress=False)


def org_client(run_dir: Path):
    run_json = json.loads((run_dir / "run.json").read_text())
    return connect(Destination(**run_json["destination"]))


def test_reconciliation_balances_for_every_object(first_run: Path):
    rec = json.loads((first_run / "reconciliation.json").read_text())
    assert set(rec["objects"]) == {"account", "contact", "lead", "opportunity", "task",
                                   "phonecall", "appointment", "email", "note",
                                   "activity_note", "attachment", "incident", "case_email"}
    for name, o in rec["objects"].items():
        assert o["source"] == o["loaded"] + o["quarantined"] + o["failed"] + o["skipped"], name
        assert o["loaded"] > 0 and o["verified"] == o["loaded"], name
    # the sample export's dirt shows up, with reasons, instead of vanishing: a contact whose
    # email is not one moves with the field cleared (cleared/), never held back for it
    cleared = pl.read_csv(first_run / "cleared" / "contact.csv", infer_schema=False)
    assert cleared.filter(pl.col("reason").str.contains("email")).height > 0
    assert set(cleared.columns) >= {"file", "row", "column", "value", "reason"}
    summary = json.loads((first_run / "stage_summary.json").read_text())["contact"]
    assert summary["cleared"] == cleared["source_id"].n_unique()
    q = pl.read_csv(first_run / "quarantine" / "contact.csv", infer_schema=False)
    assert set(q.columns) >= {"file", "row", "column", "value", "reason"}
    assert not set(q["source_id"].to_list()) & set(cleared["source_id"].to_list())


def test_run_folder_records_run_and_no_secret(first_run: Path):
    run_json = json.loads((first_run / "run.json").read_text())
    assert run_json["status"] == "succeeded"
    assert run_json["destination"]["kind"] == "embedded-emulator"
    assert run_json["destination"]["state_file"].endswith("org.sqlite")
    assert run_json["started_at"] and run_json["finished_at"] and run_json["package_version"]
    for f in first_run.rglob("*"):
        if f.is_file() and f.suffix in (".json", ".ipynb", ".html", ".csv", ".yml", ".jsonl"):
            assert SECRET not in f.read_text(encoding="utf-8", errors="replace"), f


def test_a_batch_run_does_not_build_the_map_editor(first_run: Path):
    """Nobody can press its buttons in a batch run (it cost up to 2 s of every run)."""
    nb = json.loads((first_run / "02_mapping.ipynb").read_text(encoding="utf-8"))
    outputs = [o for c in nb["cells"] if c["cell_type"] == "code" for o in c["outputs"]]
    assert not any("application/vnd.jupyter.widget-view+json" in o.get("data", {})
                   for o in outputs)
    assert any("A batch run: the editor is shown" in "".join(o.get("text", ""))
               for o in outputs)


def test_reports_are_self_contained_without_code(first_run: Path):
    for html in [*first_run.glob("*.html")]:
        text = html.read_text(encoding="utf-8")
        assert not re.search(r"""(src|href)=["']https?://""", text), html
        assert not re.search(r"""(import|require)[^;\n]*https?://""", text), html
        assert 'hl-ipython3' not in text, html  # no highlighted code cell
        assert "open_run(parameters_file" not in text, html  # no code shown
    assert "<svg class='chart'" in (first_run / "reconciliation.html").read_text()


def test_owners_matched_by_email_with_queue(first_run: Path):
    queue = pl.read_csv(first_run / "owner_queue.csv", infer_schema=False)
    assert queue.height > 0  # the sample has an owner who is not a user, and a disabled one
    assert set(queue["status"].to_list()) <= {"unmatched", "disabled"}
    with org_client(first_run) as client:
        contacts = list(client.query("contacts", select=["_ownerid_value",
                                                          "_parentcustomerid_value"]))
    assert all(c["_ownerid_value"] for c in contacts)
    assert sum(1 for c in contacts if c["_parentcustomerid_value"]) > len(contacts) // 2


def test_won_and_lost_deals_are_closed_after_load(first_run: Path):
    rec = json.loads((first_run / "reconciliation.json").read_text())
    opp = rec["objects"]["opportunity"]
    assert opp["closed"] > 0 and opp["close_failed"] == 0
    with org_client(first_run) as client:
        states = [o["statecode"] for o in client.query("opportunities", select=["statecode"])]
        stages = [o["stepname"] for o in client.query("opportunities", select=["stepname"])]
    assert states.count(1) + states.count(2) == opp["closed"] and states.count(0) > 0
    assert all(stages)  # every deal carries its SmartDesk stage name


def test_load_refuses_an_edited_map(first_run: Path, engagement: Path, tmp_path: Path):
    run_dir = tmp_path / "edited"
    shutil.copytree(first_run, run_dir)
    m = yaml.safe_load((run_dir / "mapping.yml").read_text())
    m["tables"][0]["columns"][0]["target"] = "description"
    (run_dir / "mapping.yml").write_text(yaml.safe_dump(m))
    with pytest.raises(MappingNotConfirmed, match="changed after"):
        load_step(RunContext.open(engagement, run_dir), progress=False)


def test_rerun_updates_instead_of_duplicating_then_rollback(first_run: Path, engagement: Path):
    second = run(engagement, progress=False, full=True)  # a full pass: every record again
    assert json.loads((second / "delta.json").read_text())["mode"] == "full"
    rec2 = json.loads((second / "reconciliation.json").read_text())
    for o in rec2["objects"].values():
        assert o["created"] == 0 and o["updated"] == o["loaded"] > 0
    rolled2 = rollback_run(second, progress=False)
    assert all(c["ledger"] == 0 for c in rolled2["tables"].values())

    ledger = [json.loads(x) for x in (first_run / "ledger.jsonl").read_text().splitlines()]
    created = {}
    for e in ledger:
        if e["event"] == "created":
            created[e["table"]] = created.get(e["table"], 0) + len(e["records"])
    result = rollback_run(first_run, progress=False)
    assert result["complete"]
    assert {t: c["deleted"] for t, c in result["tables"].items()} == created
    saved = json.loads((first_run / "rollback.json").read_text())
    assert saved["tables"] == result["tables"]
    # children before parents
    order = list(result["tables"])
    assert order.index("annotation") < order.index("opportunity") < order.index("account")
    assert order.index("task") < order.index("contact") < order.index("account")
    with org_client(first_run) as client:
        assert client.count("accounts", "accountid", "new_smartdeskid ne null") == 0
        assert client.count("contacts", "contactid", "new_smartdeskid ne null") == 0
