"""keys12's public exports run end to end from their parameters files, decisions only
(issue 13): Chatwoot's seeded support account. Same harness as
tests/test_public_end_to_end.py (that module is long already)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from test_public_end_to_end import assert_true_counts, run_public


def test_chatwoot_conversations_are_cases_of_their_contacts(tmp_path: Path) -> None:
    run_dir = run_public("chatwoot-seeds", tmp_path)
    out = assert_true_counts(run_dir)
    assert {k: (o["source"], o["loaded"]) for k, o in out.items()} == {
        "contact": (20, 20), "incident": (20, 20)}
    # every conversation's customer is its contact (contact_id); the channel's address
    # (source_id: a phone number, an e-mail) is bound to no record, so no link is left
    assert out["incident"]["unresolved_lookups"] == 0
    assert out["incident"]["links_left"] == {}
    staged = pl.read_parquet(run_dir / "staged" / "incident.parquet")
    assert staged["__ref__customerid_contact"].drop_nulls().len() == 20
    # priorities: urgent and high are High, medium Normal, low Low; none is left blank
    # where the seed gave one (7 of 20 conversations have a priority)
    assert sorted(staged["prioritycode"].drop_nulls().to_list()) == [1, 1, 1, 1, 1, 2, 3]
    assert staged["title"].unique().to_list() == ["Chatwoot conversation"]
    # each case's origin is the inbox's channel, as decided (e-mail, web widget, phone)
    assert set(staged["caseorigincode"].drop_nulls().to_list()) <= {1, 2, 3, 2483, 3986}
    assert staged["caseorigincode"].null_count() == 0
    # the messages, the agents' teams and the labels are listed, not taken, with a reason;
    # the agents are matched to the org's users, not created
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    assert all(not files[n]["taken"] and files[n]["reason"]
               for n in ("messages", "teams", "labels", "users"))
