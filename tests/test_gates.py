"""Gates: per object, too many failed, held-back, unclosed, fallback-owned records or links
that did not resolve stop the run after that phase, saying where the rows are.

The integration tests take a small sample export (scale 0.2) through the steps directly (no
notebooks: faster) into the embedded emulator, with a few contacts made to name a company
that is not in the export.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import polars as pl
import pytest
import yaml

from d365migrate.mapping.mapfile import MappingError, load_mapping, save_mapping
from d365migrate.report.signoff import sha256_of
from d365migrate.report.sponsor import write_report
from d365migrate.run import gates
from d365migrate.run.context import RunContext, write_run_json
from d365migrate.run.gates import Breach, GateBreached, link_outcomes, load_breaches
from d365migrate.run.parameters import ParametersError, load_parameters, read_gates
from d365migrate.run.runner import ensure_export, new_run_dir
from d365migrate.run.steps import (
    load_step,
    mapping_step,
    profile_step,
    stage_step,
)
from d365migrate.runfolder import RunFolder
from d365migrate.staging.stage import OWNER, REF_PREFIX, SOURCE_ID, SOURCE_ROW
from engagements import demo_parameters

OBJECTS = ["account", "contact", "opportunity"]
NOWHERE = "999999999"  # a company id the export does not have


# -- the parameters ---------------------------------------------------------------------------
def test_defaults_a_consultant_accepts_and_clear_errors(tmp_path: Path):
    limits = read_gates(None)
    assert (limits.max_failed_percent, limits.max_quarantined_percent,
            limits.max_close_failed_percent, limits.max_owner_fallback_percent) == (
        10, 25, 10, None)
    assert limits.link_limit("contact", "parentcustomerid") == (
        "default", limits.max_unresolved_links["default"])
    mine = read_gates({"max_failed_percent": 1, "max_unresolved_links": {
        "parentcustomerid": 0, "opportunity.parentcontactid": "2.5%", "default": None}})
    assert mine.max_failed_percent == 1 and mine.max_quarantined_percent == 25
    key, limit = mine.link_limit("contact", "parentcustomerid")
    assert key == "parentcustomerid" and limit is not None and limit.count == 0
    key, limit = mine.link_limit("opportunity", "parentcontactid")
    assert key == "opportunity.parentcontactid" and limit is not None and limit.percent == 2.5
    assert mine.link_limit("opportunity", "customerid") == ("default", None)
    for bad, said in [({"max_failed": 1}, "gates.max_failed is not a gate"),
                      ({"max_failed_percent": 120}, "gates.max_failed_percent must be a "
                                                    "percentage from 0 to 100"),
                      ({"max_unresolved_links": {"x": "lots"}},
                       "gates.max_unresolved_links.x must be a number of links")]:
        with pytest.raises(ParametersError, match=re.escape(said)):
            read_gates(bad, "p.yml")
    params = demo_parameters(tmp_path, "bad", gates={"max_quarantined_percent": -1})
    with pytest.raises(ParametersError, match=r"bad\.yml: gates\.max_quarantined_percent"):
        load_parameters(params)
    demo = load_parameters(Path(__file__).resolve().parents[1] / "parameters" / "demo.yml")
    assert demo.gates.link_limit("contact", "parentcustomerid")[0] == "parentcustomerid"


# -- counting ---------------------------------------------------------------------------------
def test_links_count_named_and_unresolved_per_target_column():
    lookups = [  # a polymorphic regarding (deal, else contact) and a company link
        {"navigation": "regarding_opp", "target": "regardingobjectid", "table": "opportunity",
         "source": "deal_id"},
        {"navigation": "regarding_contact", "target": "regardingobjectid", "table": "contact",
         "source": "contact_id"},
        {"navigation": "parentcustomerid_account", "target": "parentcustomerid",
         "table": "account", "source": "company_id"},
    ]
    export = pl.DataFrame({"deal_id": ["D1", None, "D9", None, None],
                           "contact_id": [None, "C1", None, None, "C2"],
                           "company_id": ["A1", "A2", " ", "A404", "A3"]})
    loaded = pl.DataFrame({
        SOURCE_ID: ["1", "2", "3", "4", "5"], SOURCE_ROW: [1, 2, 3, 4, 5],
        REF_PREFIX + "regarding_opp": ["D1", None, "D9", None, None],
        REF_PREFIX + "regarding_contact": [None, "C1", None, None, "C2"],
        REF_PREFIX + "parentcustomerid_account": ["A1", "A2", None, None, "A3"],
    })
    in_org = {"opportunity": {"D1"}, "contact": {"C1", "C2"}, "account": {"A1", "A3"}}
    counts, rows = link_outcomes(loaded, lookups, lambda t: in_org[t], export, "x.csv",
                                 cleared={("5", "company_id")})
    # D9 is not in the org; A2 did not load; A404 names no company of the export; row 5's
    # link was cleared on purpose (a loop) and row 3 names none (a blank cell)
    assert counts == {"regardingobjectid": {"named": 4, "unresolved": 1},
                      "parentcustomerid": {"named": 3, "unresolved": 2}}
    assert rows.select("row", "source_id", "column", "value").rows() == [
        (3, "3", "deal_id", "D9"), (2, "2", "company_id", "A2"),
        (4, "4", "company_id", "A404")]
    assert "its account 'A2' is not in the org" in rows["reason"][1]
    assert "'A404' names no account of the export" in rows["reason"][2]


def test_limits_round_up_to_whole_records_and_name_numbers_limit_and_file(tmp_path: Path):
    folder = RunFolder(tmp_path)
    limits = read_gates({"max_failed_percent": 5, "max_close_failed_percent": 0,
                         "max_owner_fallback_percent": 50,
                         "max_unresolved_links": {"parentcustomerid": 0}})
    counts = {"source": 12, "loaded": 11, "failed": 1, "closed": 4, "close_failed": 0,
              "owner_fallbacks": 6, "links": {"parentcustomerid": {"named": 10,
                                                                   "unresolved": 0}}}
    assert load_breaches(limits, "contact", counts, folder) == []  # 5% of 12 allows 1
    counts.update(failed=2, close_failed=1, owner_fallbacks=7,
                  links={"parentcustomerid": {"named": 10, "unresolved": 3}})
    found = {b.gate: b for b in load_breaches(limits, "contact", counts, folder)}
    assert set(found) == {"max_failed_percent", "max_close_failed_percent",
                          "max_owner_fallback_percent",
                          "max_unresolved_links.parentcustomerid"}
    assert found["max_failed_percent"].message() == (
        "contact: 2 of 12 records could not be loaded (16.7%), more than "
        "gates.max_failed_percent = 5% allows; the rows are in failed/contact.csv")
    assert found["max_owner_fallback_percent"].file == "owner_queue.csv"
    assert found["max_close_failed_percent"].file == "close_failed/contact.csv"
    link = found["max_unresolved_links.parentcustomerid"]
    assert (link.count, link.of, link.limit, link.file) == (
        3, 10, "0", "unresolved_links/contact.csv")
    stage = gates.stage_breaches(read_gates({"max_quarantined_percent": 0}), {
        "contact": {"quarantined": 1, "source_rows": 50},
        "account": {"quarantined": 0, "source_rows": 20}}, folder)
    assert [(b.phase, b.object, b.file) for b in stage] == [
        ("stage", "contact", "quarantine/contact.csv")]
    assert "after the stage phase: contact: 1 of 50 rows held back" in str(
        GateBreached("stage", stage))


def test_owner_fallbacks_count_records_of_owners_given_the_fallback():
    queue = pl.DataFrame({"email": ["gone@x.com", "off@x.com", "open@x.com"],
                          "status": ["unmatched", "disabled", "unmatched"],
                          "records": [2, 1, 1],
                          "resolution": ["assigned to fallback owner admin@x.com",
                                         "assigned to fallback owner admin@x.com", "blocked"]})
    loaded = pl.DataFrame({OWNER: ["gone@x.com", "gone@x.com", "off@x.com", "me@x.com", None]})
    assert gates.owner_fallbacks(loaded, queue, OWNER) == 3
    assert gates.owner_fallbacks(loaded.drop(OWNER), queue, OWNER) == 0


# -- a run --------------------------------------------------------------------------------------
def engagement(root: Path, name: str, **extra) -> Path:
    """The demo's parameters on a small export, only OBJECTS, some contacts made to name a
    company that is not in the export (no name, no email to find one by either)."""
    params = demo_parameters(root, name, seed=7, scale=0.2, objects=OBJECTS, **extra)
    raw = yaml.safe_load(params.read_text())
    choices = raw["mapping"]["decisions"]["choices"]
    raw["mapping"]["decisions"]["choices"] = {
        k: v for k, v in choices.items() if k.partition(".")[0] in OBJECTS}
    params.write_text(yaml.safe_dump(raw))
    ensure_export(params)
    contacts_csv = root / "runs" / name / "export" / "contacts.csv"
    contacts = pl.read_csv(contacts_csv, infer_schema=False)
    lost = pl.int_range(pl.len()) < 4
    contacts = contacts.with_columns(
        pl.when(lost).then(pl.lit(NOWHERE)).otherwise(pl.col("company_id")).alias("company_id"),
        pl.when(lost).then(None).otherwise(pl.col("company_name")).alias("company_name"),
        pl.when(lost).then(None).otherwise(pl.col("email")).alias("email"))
    contacts.write_csv(contacts_csv)
    return params


def start(params: Path, root: Path, name: str) -> RunContext:
    ctx = RunContext.open(params, new_run_dir(root / "runs", name))
    write_run_json(ctx.folder, ctx.params, ctx.destination, status="running")
    return ctx


@pytest.fixture()
def no_org(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DATAVERSE_URL", raising=False)


@pytest.fixture(scope="module")
def stopped(tmp_path_factory: pytest.TempPathFactory) -> tuple[RunContext, GateBreached]:
    """A run whose contacts name companies not in the export: more than the 2 unresolved
    company links the parameters allow."""
    root = tmp_path_factory.mktemp("gates")
    mp = pytest.MonkeyPatch()
    mp.delenv("DATAVERSE_URL", raising=False)
    try:
        params = engagement(root, "gated",
                            gates={"max_unresolved_links": {"parentcustomerid": 2}})
        ctx = start(params, root, "gated")
        profile_step(ctx)
        mapping_step(ctx)
        stage_step(ctx)
        with pytest.raises(GateBreached) as caught:
            load_step(ctx, progress=False)
        ctx.client.close()
    finally:
        mp.undo()
    return ctx, caught.value


def test_unresolved_links_stop_the_run_after_that_phase(stopped):
    ctx, breach = stopped
    message = str(breach)
    assert message.startswith("run stopped by a gate after the load phase: contact: ")
    assert "records naming a linked record moved without their parentcustomerid link" in message
    assert "more than gates.max_unresolved_links.parentcustomerid = 2 allows" in message
    assert message.endswith("the rows are in unresolved_links/contact.csv")
    assert "\n" not in message  # one line: what run.json and the terminal show
    (b,) = breach.breaches
    assert b.count >= 4 and b.of > b.count
    rows = pl.read_csv(ctx.folder.unresolved_links("contact"), infer_schema=False)
    assert rows.height == b.count
    made = rows.filter(pl.col("value") == NOWHERE)
    assert made.height == 4 and set(made["column"]) == {"company_id"}
    assert made["reason"].str.contains(f"'{NOWHERE}' names no account of the export").all()
    assert rows["row"].str.contains(r"^\d+$").all()
    load = json.loads(ctx.folder.load_stats("contact").read_text())
    assert load["links"]["parentcustomerid"]["unresolved"] == b.count
    assert load["links"]["parentcustomerid"]["named"] == b.of
    assert "owner_fallbacks" in load
    # accounts loaded before; opportunities never started
    assert ctx.folder.load_stats("account").exists()
    assert not ctx.folder.load_stats("opportunity").exists()


def test_run_json_and_the_sponsor_report_show_the_stopped_gate(stopped):
    ctx, breach = stopped
    info = json.loads(ctx.folder.run_json.read_text())
    stop = info["gates"]["stopped"]
    assert stop["phase"] == "load"
    (b,) = stop["breaches"]
    assert (b["object"], b["gate"], b["limit"], b["file"]) == (
        "contact", "max_unresolved_links.parentcustomerid", "2",
        "unresolved_links/contact.csv")
    assert b["count"] == breach.breaches[0].count
    assert info["gates"]["limits"]["max_unresolved_links"]["parentcustomerid"] == "2"
    html = write_report(ctx.run_dir).read_text(encoding="utf-8")
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))
    assert "The migration stopped itself after loading Contacts (people)" in text
    assert (f"Contacts (people): {b['count']} of {b['of']} records moved without the Company "
            "Name they name in SmartDesk") in text
    assert "allow at most 2 records" in text and "not ready for sign-off" in text
    assert "parentcustomerid" not in text and "unresolved_links/" not in text


def test_held_back_rows_stop_the_run_after_staging(tmp_path: Path, no_org):
    params = engagement(tmp_path, "held", gates={"max_quarantined_percent": 0})
    contacts_csv = tmp_path / "runs" / "held" / "export" / "contacts.csv"
    contacts = pl.read_csv(contacts_csv, infer_schema=False)
    contacts.with_columns(  # a contact without its SmartDesk id cannot be moved
        pl.when(pl.int_range(pl.len()) == 5).then(None).otherwise(pl.col("contact_id"))
        .alias("contact_id")).write_csv(contacts_csv)
    ctx = start(params, tmp_path, "held")
    profile_step(ctx)
    mapping_step(ctx)
    with pytest.raises(GateBreached, match=r"after the stage phase: contact: \d+ of \d+ rows "
                       r"held back .* gates\.max_quarantined_percent = 0% allows; the rows "
                       r"are in quarantine/contact\.csv"):
        stage_step(ctx)
    stop = json.loads(ctx.folder.run_json.read_text())["gates"]["stopped"]
    assert stop["phase"] == "stage" and "contact" in {b["object"] for b in stop["breaches"]}
    assert not ctx.folder.ledger.exists()  # nothing was loaded
    text = re.sub(r"<[^>]+>", " ", write_report(ctx.run_dir).read_text(encoding="utf-8"))
    assert "before any record was loaded" in text
    ctx.client.close()


# -- the map confirmed through the parameters ----------------------------------------------------
def test_confirm_as_refuses_a_map_leaving_a_required_column_empty(tmp_path: Path, no_org):
    objects = ["account", "contact", "lead"]
    params = demo_parameters(tmp_path, "topic", seed=7, scale=0.2, objects=objects)
    raw = yaml.safe_load(params.read_text())
    raw["mapping"]["decisions"]["choices"] = {
        k: v for k, v in raw["mapping"]["decisions"]["choices"].items()
        if k.partition(".")[0] in objects}
    confirm_as = raw["mapping"].pop("confirm_as")
    params.write_text(yaml.safe_dump(raw))
    ensure_export(params)
    ctx = start(params, tmp_path, "topic")
    profile_step(ctx)
    mapping = mapping_step(ctx)  # proposed, not confirmed
    lead = next(t for t in mapping["tables"] if t["target"] == "lead")
    lead["columns"] = [c for c in lead["columns"] if c["target"] != "subject"]
    save_mapping(mapping, ctx.params.mapping_path)  # a person took the lead's Topic out
    raw["mapping"]["confirm_as"] = confirm_as
    params.write_text(yaml.safe_dump(raw))
    ctx = RunContext.open(params, ctx.run_dir)
    with pytest.raises(MappingError, match=r"topic\.yml: mapping\.confirm_as cannot confirm "
                       r"the map: nothing is mapped to the required column\(s\) "
                       r"lead\.subject \('Topic'\)"):
        mapping_step(ctx)
    assert load_mapping(ctx.params.mapping_path)["status"] != "confirmed"
    # filled in the parameters, it confirms, with the lead's Topic set by the map
    raw["mapping"]["decisions"]["columns"] = {"lead.subject": {"value": "From SmartDesk"}}
    params.write_text(yaml.safe_dump(raw))
    ctx = RunContext.open(params, ctx.run_dir)
    mapping = mapping_step(ctx)
    assert mapping["status"] == "confirmed"
    lead = next(t for t in mapping["tables"] if t["target"] == "lead")
    assert {"target": "subject", "source": None, "transform": "constant",
            "value": "From SmartDesk"}.items() <= next(
        c for c in lead["columns"] if c["target"] == "subject").items()
    ctx.client.close()


def test_an_interactive_run_stopped_by_a_gate_still_gets_its_report(tmp_path: Path, no_org):
    """Notebooks opened in JupyterLab have no runner to write the report when 04 stops."""
    params = demo_parameters(tmp_path, "lab", objects=["account"], seed=None)
    folder = tmp_path / "runs" / "lab" / "interactive-20261130T101500000000Z"
    ctx = RunContext.open(params, folder)
    breach = Breach("load", "account", "max_failed_percent", "records could not be loaded",
                    9, 30, "5%", "failed/account.csv")
    with pytest.raises(GateBreached):
        gates.stop(ctx, "load", [breach])
    info = json.loads(ctx.folder.run_json.read_text())
    assert (info["status"], info["failed_notebook"]) == ("failed", "04_load.ipynb")
    assert info["started_at"].startswith("2026-11-30T10:15:00")
    assert "gates.max_failed_percent = 5% allows" in info["error"]
    assert info["report"]["sha256"] == sha256_of(ctx.folder.report)
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", ctx.folder.report.read_text()))
    assert "Accounts (companies): 9 of 30 records could not be loaded (30.0%)" in text


def test_a_user_link_is_gated_as_owners_are_unless_its_own_limit_is_named(tmp_path: Path):
    """Users the org lacks (not provisioned yet in a trial) leave a preferred user empty as
    they give records the fallback owner: by default no gate; the owners' limit, or the
    link's own, stops the run."""
    folder = RunFolder(tmp_path)
    counts = {"source": 4, "loaded": 4, "failed": 0, "closed": 0, "close_failed": 0,
              "owner_fallbacks": 0,
              "links": {"preferredsystemuserid": {"named": 4, "unresolved": 4, "users": True}}}
    assert load_breaches(read_gates(None), "account", counts, folder) == []
    [owners] = load_breaches(read_gates({"max_owner_fallback_percent": 10}), "account",
                             counts, folder)
    assert (owners.gate, owners.count, owners.of, owners.column) == (
        "max_owner_fallback_percent", 4, 4, "preferredsystemuserid")
    [own] = load_breaches(read_gates({"max_unresolved_links": {"preferredsystemuserid": 0}}),
                          "account", counts, folder)
    assert own.gate == "max_unresolved_links.preferredsystemuserid"
    # any other link: the default 25% of the records naming one
    counts["links"] = {"parentaccountid": {"named": 4, "unresolved": 4}}
    [link] = load_breaches(read_gates(None), "account", counts, folder)
    assert link.gate == "max_unresolved_links.default"
