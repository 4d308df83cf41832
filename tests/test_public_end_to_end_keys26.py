"""keys26's public exports run end to end from their parameters files, decisions only
(issue 13): iTop's sample organisations and people, linked by the organisation's name
('org_id->name'). Same harness as tests/test_public_end_to_end.py."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from test_public_end_to_end import assert_true_counts, run_public


def test_itop_organisations_and_people_load_linked_by_name(tmp_path: Path) -> None:
    run_dir = run_public("itop-sample-data", tmp_path)
    out = assert_true_counts(run_dir)
    assert {k: (o["source"], o["loaded"], o["quarantined"], o["skipped"])
            for k, o in out.items()} == {"account": (2, 2, 0, 0), "contact": (34, 34, 0, 0)}
    accounts = {a["__source_id"]: a for a in
                pl.read_parquet(run_dir / "staged" / "account.parquet").to_dicts()}
    assert {k: (a["name"], a.get("accountnumber")) for k, a in accounts.items()} == {
        "3": ("IT Department", "IT"), "2": ("Demo", None)}
    contacts = {c["__source_id"]: c for c in
                pl.read_parquet(run_dir / "staged" / "contact.parquet").to_dicts()}
    picasso = contacts["2"]
    assert (picasso["firstname"], picasso["lastname"], picasso["emailaddress1"]) == (
        "Pablo", "Picasso", "pablo.picasso@demo.com")
    # 'org_id->name' names the organisation: each person linked to theirs (the account's
    # iTop id: Demo is 2, IT Department 3), none left
    assert picasso["__ref__parentcustomerid_account"] == "2"
    assert contacts["4"]["__ref__parentcustomerid_account"] == "3"
    assert sum(c["__ref__parentcustomerid_account"] == "3" for c in contacts.values()) == 27
    assert not out["contact"].get("links_left")
    # the fifteen other files are listed with their reasons, none taken
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    assert files["Organization"]["taken"] == {"account": 2}
    assert files["Person"]["taken"] == {"contact": 34}
    for name in ("Team", "Location", "ContactType", "CustomerContract", "lnkPersonToTeam"):
        assert not files[name]["taken"], name
        assert files[name]["reason"], name
