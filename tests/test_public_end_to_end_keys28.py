"""keys28's public exports run end to end from their parameters files, decisions only
(issue 13): Twilio's calls (the Fivetran connector's seeds), each call's own status saying
whether it happened. Same harness as tests/test_public_end_to_end.py (that module is long
already)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from test_public_end_to_end import assert_true_counts, run_public


def test_twilio_calls_load_made_received_or_canceled(tmp_path: Path) -> None:
    run_dir = run_public("twilio-fivetran", tmp_path)
    out = assert_true_counts(run_dir)
    assert {k: (o["source"], o["loaded"], o["quarantined"], o["skipped"])
            for k, o in out.items()} == {"phonecall": (9, 9, 0, 0)}
    call = out["phonecall"]
    assert call["source_object"] == "twilio_call_data"
    assert call["closed"] == 9 and call["close_failed"] == 0
    staged = {c["__source_id"][:8]: c for c in
              pl.read_parquet(run_dir / "staged" / "phonecall.parquet").to_dicts()}
    # the two canceled calls are Canceled (state 2, status Canceled 3), not made because
    # the map's direction says so; the seven completed inbound calls are Received (1, 4)
    states = {k: (c["statecode"], c["statuscode"], c["directioncode"])
              for k, c in staged.items()}
    assert sorted(k for k, s in states.items() if s == (2, 3, False)) == ["CA25fbfe",
                                                                         "CAc352ca"]
    assert sum(s == (1, 4, False) for s in states.values()) == 7
    assert {c["subject"] for c in staged.values()} == {"Twilio call"}   # the team's decision
    assert {c["phonenumber"] for c in staged.values()} == {"(555) 555-5555"}
    # read back from the org: every mapped field of every call, states and statuses too
    assert call["verified"] == 9 and call["mismatched"] == 0
    # the publisher's 30 February: the call loads, its impossible dates cleared and listed
    assert staged["CAbaf3bc"]["overriddencreatedon"] is None
    cleared = pl.read_csv(run_dir / "cleared" / "phonecall.csv", infer_schema=False)
    assert set(cleared["source_id"].str.slice(0, 8)) == {"CAbaf3bc"}
    assert call["cleared"] == 1
    # the other files (the Twilio account, its numbers, SMS, usage) listed with reasons
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    assert set(files) - {"twilio_call_data"} == {
        f"twilio_{n}_data" for n in ("account_history", "address", "incoming_phone_number",
                                     "message", "messaging_service", "outgoing_caller_id",
                                     "usage_record")}
    for name, f in files.items():
        if name != "twilio_call_data":
            assert not f["taken"] and f["reason"], name
