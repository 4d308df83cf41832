"""Goals (issue 13: "goals" among the files recognised and the Sales tables the emulator
knows): a quotas file is recognised, mapped to Dynamics 365's goal table (title, target,
period, parent goal), its owner column owning each goal and naming its Goal Owner, its
metric the org's own by decision; moved balanced and verified, a goal of a person the org
lacks kept out of Goal Owner and counted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from d365migrate.load.order import LOAD_ORDER
from d365migrate.mapping.mapfile import MappingError
from d365migrate.staging.rules import suite_not_null
from engagements import made_up_parameters, run_steps

EXPORT = {
    "users.csv": "user_id,name,email,active\n"
                 "U1,Avery Admin,avery.admin@contoso.example,true\n"
                 "U2,Sam Seller,sam.seller@contoso.example,true\n",
    "sales_quotas.csv": "goal_id,goal_name,owner_email,target,start_date,end_date,"
                        "parent_goal_id\n"
                        "G1,Team revenue 2024,avery.admin@contoso.example,500000,2024-01-01,"
                        "2024-12-31,\n"
                        "G2,Sam Q1 2024,sam.seller@contoso.example,60000,2024-01-01,"
                        "2024-03-31,G1\n"
                        "G3,Kim Q1 2024,kim.gone@contoso.example,40000,2024-01-01,2024-03-31,"
                        "G1\n",
}
METRIC = {"goal.metricid": {"existing": {"table": "metric", "match": {"name": "Revenue"}}}}


def _params(root: Path, decisions: dict | None) -> Path:
    export = root / "export"
    export.mkdir(exist_ok=True)
    for name, text in EXPORT.items():
        (export / name).write_text(text, encoding="utf-8")
    return made_up_parameters(root, export, ["goal"], "goals", "Made-up CRM",
                              destination={"url": None, "seed_users_from_export": True},
                              mapping={"confirm_as": "analyst",
                                       **({"decisions": decisions} if decisions else {})})


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from d365migrate.run.context import RunContext

    root = tmp_path_factory.mktemp("goals")
    params = _params(root, {"links": METRIC})
    run_dir = root / "runs" / "goals" / "r1"
    ctx = RunContext.open(params, run_dir)
    try:  # the org's goal metric, as its admin set it up
        ctx.client.create("metrics", {"name": "Revenue", "isamount": True, "amountdatatype": 0})
    finally:
        ctx.client.close()
    return run_steps(params, run_dir)


def test_goals_load_after_the_users_and_their_suite_requires_a_name():
    assert "goal" in LOAD_ORDER and suite_not_null("goal") == {"title"}


def test_the_quotas_file_is_mapped_to_goals(run: Path) -> None:
    mapping = yaml.safe_load((run / "mapping.yml").read_text())
    [goal] = [t for t in mapping["tables"] if t["target"] == "goal"]
    assert goal["source"] == "sales_quotas"
    assert {c["source"]: c["target"] for c in goal["columns"]} == {
        "goal_name": "title", "target": "targetmoney", "start_date": "goalstartdate",
        "end_date": "goalenddate"}
    assert goal["owner"]["source"] == "owner_email"
    assert sorted((lk["target"], lk.get("source"), lk["table"]) for lk in goal["lookups"]) == [
        ("goalownerid", "owner_email", "systemuser"), ("metricid", None, "metric"),
        ("parentgoalid", "parent_goal_id", "goal")]


def test_each_goal_arrives_with_its_metric_owner_and_parent(run: Path) -> None:
    from d365migrate.run.context import RunContext

    recon = json.loads((run / "reconciliation.json").read_text())["objects"]["goal"]
    assert (recon["source"], recon["loaded"], recon["verified"], recon["balanced"]) == (
        3, 3, 3, True)
    assert recon["unresolved_lookups"] == 1  # Kim: no user of the org, no Goal Owner
    ctx = RunContext.open(run.parents[2] / "parameters.yml", run)
    try:
        users = {u["internalemailaddress"]: u["systemuserid"] for u in ctx.client.query(
            "systemusers", select=["systemuserid", "internalemailaddress"])}
        [metric] = [m["metricid"] for m in ctx.client.query("metrics", select=["metricid"])]
        goals = {g["title"]: g for g in ctx.client.query("goals", select=[
            "title", "goalid", "_metricid_value", "_goalownerid_value", "_ownerid_value",
            "_parentgoalid_value", "targetmoney"])}
    finally:
        ctx.client.close()
    avery, sam = users["avery.admin@contoso.example"], users["sam.seller@contoso.example"]
    team = goals["Team revenue 2024"]["goalid"]
    assert {t: (g["_metricid_value"], g["_goalownerid_value"], g["_ownerid_value"],
                g["_parentgoalid_value"], g["targetmoney"]) for t, g in goals.items()} == {
        "Team revenue 2024": (metric, avery, avery, None, 500000),
        "Sam Q1 2024": (metric, sam, sam, team, 60000),
        # the record goes to the fallback owner (listed in the owner queue); the goal is
        # nobody's rather than the administrator's
        "Kim Q1 2024": (metric, None, avery, team, 40000)}


def test_without_a_metric_the_map_is_not_confirmed_and_says_how(tmp_path: Path) -> None:
    params = _params(tmp_path, None)
    with pytest.raises(MappingError, match=r"goal\.metricid \('Goal Metric'\).*mapping\."
                       r"decisions\.links: \{goal\.metricid: \{existing: \{table: metric"):
        run_steps(params, tmp_path / "runs" / "goals" / "r1")


def test_the_report_says_which_goal_moved_without_its_owner(run: Path) -> None:
    """The sponsor report must not claim every value moved: Kim's goal arrived without the
    Goal Owner its export row names, listed with the row and why."""
    import re

    from d365migrate.run.context import RunContext
    from d365migrate.run.runner import write_sponsor_report

    ctx = RunContext.open(run.parents[2] / "parameters.yml", run)
    try:
        write_sponsor_report(ctx.folder, ctx.params, ctx.destination)
    finally:
        ctx.client.close()
    text = re.sub(r"<[^>]+>", "|", (run / "report.html").read_text(encoding="utf-8"))
    left = text[text.index("Values left empty"):text.index("What needs a decision")]
    assert re.search(r"Goals\|+Goal Owner\|+Moved without the record it names\|+[^|]*names no "
                     r"enabled user[^|]*\|+1\|+sales_quotas\.csv, row 3", left), left
    assert "moved as it is in the export" not in text
    assert "1 record moved with a value left empty" in text
