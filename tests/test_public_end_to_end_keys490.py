"""keys490's public export runs end to end from its parameters file, decisions only
(issue 13): Streak, its own records -- the Streak API responses recorded as VCR cassettes
(real calls in 2018) for the RSpec tests of the MIT Ruby client KissKissBankBank/streaker at
b4ef4e25: three boxes of one pipeline ('Streak test box name' twice, 'Some Streak test
name') and the one Streak user who created, owns and follows them -- headed by Streak's API
field names ('boxKey', 'stageKey', 'creationTimestamp', 'assignedToSharingEntries'), in
English (tests/data/exports/streak-export-en; SOURCE.md), on the branch-point engine
2bd4a745 (session 60, round Z28). Same harness as tests/test_public_end_to_end.py (the shared
runner ``runs_once``, with the org's account for the boxes made first as
tests/test_public_end_to_end_keys429.py makes Awesome Support's).

The three boxes load as opportunities keyed by Streak's box key: name, creation time (epoch
milliseconds read as UTC), the stage (5001 and 5004, both open at Qualify, the stage key as
the step name), the customer the org's admin set up ('Streak boxes': a box names none). Their
owner is the team member each is assigned to (kissbot@kisskissbankbank.com), no user of the
org: queued once for its three boxes, which go to the fallback owner.

The parameters decide: boxes.csv a deal file (discovery left it unknown: the measured file
miss), users.csv not loaded (logins are matched, not made); the key; the owner column; the
name and creation time (the measured misses); the assignee's e-mail not the opportunity's
e-mail; the customer; the stage source and both stages; the gate (none held back).

What is NOT read (left unmapped): the keys (boxKey, key), pipelineKey, creatorKey and the
creator and followers, the other timestamps (saved, updated, stage changed), the e-mail, task,
call, meeting, comment, thread, file and follower counts, freshness, the custom fields
1001 and 1010; users.csv whole.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl
import pytest
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    run_public,
    runs_once,
    verified_columns,
)

NAME = "streak-export-en"
ACCOUNT = "Streak boxes"
OPPORTUNITY = {"name": "name", "overriddencreatedon": "creationTimestamp",
               "salesstage": "__stage_salesstage", "stepname": "__stage_stepname",
               "closeprobability": "__stage_closeprobability", "statecode": "__stage_state"}
# what the run stages, box by box as the export writes them (creation times in UTC)
BOXES = [
    ("Streak test box name", "2018-08-08T09:37:10Z", 0, "5001", 0),
    ("Some Streak test name", "2018-08-07T13:31:20Z", 0, "5004", 0),
    ("Streak test box name", "2018-08-08T09:57:53Z", 0, "5001", 0)]
OWNER = "kissbot@kisskissbankbank.com"


def _org(client: Any) -> None:
    """What the org's admin set up: the account the Streak boxes go to (an opportunity needs
    a customer; a box names none)."""
    client.create("accounts", {"name": ACCOUNT})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone), the org's account made first."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


def _issues(run_dir: Path, kind: str, table: str) -> list[dict]:
    return pl.read_csv(run_dir / kind / f"{table}.csv", infer_schema=False).to_dicts()


def test_streak_boxes_load_as_opportunities(runs: Callable[[str], Path]) -> None:
    """The three boxes load as opportunities at the org's 'Streak boxes' account, with their
    name, creation time and stage; their assignee, no user of the org, is queued and the
    fallback owner takes them; the users stay in Streak; nothing is held back, fails or
    differs."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "opportunity": ("boxes", 3, 3, 0, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "boxes": ("deal", {"opportunity": 3}, True),
        "users": ("unknown", {}, False)}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"opportunity"}
    table = tables["opportunity"]
    assert (table["source"], table["source_key"]) == ("boxes", "key(boxKey)")
    assert {c["target"]: c["source"] for c in table["columns"]} == OPPORTUNITY
    assert table["owner"]["source"] == "assignedToSharingEntries"
    assert [(lk["target"], lk["table"], lk["existing"]) for lk in table["lookups"]] == [
        ("customerid", "account", {"table": "account", "match": {"name": ACCOUNT}})]
    assert {"boxKey", "key", "pipelineKey", "creatorKey", "creatorSharingEntry",
            "followerSharingEntries", "stageKey", "lastUpdatedTimestamp", "fields.1001",
            "fields.1010"} <= set(table["unmapped"])
    assert {u["source"]: u["kind"] for u in mapping["unmatched_sources"]} == {"users": "unknown"}

    for kind in ("quarantine", "skipped", "failed", "cleared"):
        assert not _issues(run_dir, kind, "opportunity"), kind
    staged = pl.read_parquet(run_dir / "staged" / "opportunity.parquet").sort("__source_row")
    assert staged.select(["name", "overriddencreatedon", "salesstage", "stepname",
                          "statecode"]).rows() == BOXES
    assert staged["__owner_email"].to_list() == [OWNER] * 3
    assert staged["__via__customerid_account"].to_list() == ["existing"] * 3
    assert "emailaddress" not in staged.columns   # the assignee's e-mail is the owner only

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).to_dicts()
    assert [(q["email"], q["status"], q["records"]) for q in queue] == [
        (OWNER, "unmatched", "3")]
    assert "fallback owner" in queue[0]["resolution"]
    verified = verified_columns(run_dir)
    assert set(verified["opportunity"]) == set(OPPORTUNITY) | {"customerid", "ownerid"}
    assert not any(n for cols in verified.values() for n in cols.values())
