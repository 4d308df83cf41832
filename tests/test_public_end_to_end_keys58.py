"""keys58's public export runs end to end from its parameters file, decisions only (issue
13): Salesforce's Agent Script Recipes sample data. Same harness as
tests/test_public_end_to_end.py."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from test_public_end_to_end import assert_true_counts, issues, run_public


def test_salesforce_agent_script_recipes(tmp_path: Path) -> None:
    run_dir = run_public("salesforce-agent-script-recipes", tmp_path)
    out = assert_true_counts(run_dir)
    assert {k: (o["source_object"], o["source"], o["loaded"], o["quarantined"], o["failed"])
            for k, o in out.items()} == {
        "account": ("Account", 5, 5, 0, 0), "contact": ("Contact", 6, 6, 0, 0),
        "incident": ("Case", 8, 2, 6, 0)}
    assert all(o["unresolved_lookups"] == 0 for o in out.values())
    verification = json.loads((run_dir / "verification.json").read_text())["tables"]
    assert all(v["mismatched"] == 0 for v in verification.values())
    # the industries decided (Media, Technology), read back
    accounts = pl.read_parquet(run_dir / "staged" / "account.parquet")
    assert dict(zip(accounts["name"], accounts["industrycode"], strict=True)) == {
        "Global Media": 3, "Acme Corp": 6, "Commerce Account": None,
        "Enterprise Account": None, "Pinnacle Solutions Inc": None}
    # a contact nested under its account in the tree names it (AccountId): three do, the
    # cruise guests have no account
    contacts = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert dict(zip(contacts["__source_id"], contacts["__ref__parentcustomerid_account"],
                    strict=True)) == {
        "con1": "acc1", "con2": "acc2", "ContactRef1": None, "ContactRef2": None,
        "ContactRef3": None, "con_adv_reasoning": "acc_adv_reasoning"}
    assert verification["contact"]["columns"]["parentcustomerid"] == 0
    # the two cases naming a contact load with it as their customer, the closed one solved;
    # the six naming no one are held back, each with its reason
    cases = pl.read_parquet(run_dir / "staged" / "incident.parquet")
    assert dict(zip(cases["__source_id"], cases["statuscode"], strict=True)) == {
        "case_adv1": 1, "case_adv2": 5}
    assert set(cases["__ref__customerid_contact"]) == {"con_adv_reasoning"}
    assert verification["incident"]["columns"]["customerid"] == 0
    held = pl.read_csv(run_dir / "quarantine" / "incident.csv", infer_schema=False)
    assert sorted(held["source_id"]) == [f"case{i}" for i in range(1, 7)]
    assert all("no customerid" in r for r in held["reason"])
    assert issues(run_dir, "quarantine", "incident")
    # not loaded, each with its reason: the orders and products (tables this run does not
    # load) and the recipes' custom objects
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    assert len(files) == 17
    assert (files["Order"]["kind"], files["ASR_Product__c"]["kind"]) == ("order", "product")
    for name, f in files.items():
        if name not in ("Account", "Contact", "Case"):
            assert not f["taken"] and f["reason"], name
            if name.startswith("ASR_") and name != "ASR_Product__c":
                assert f["kind"] == "unknown", name
