"""keys551's public export runs end to end from its parameters file, decisions only
(issue 13): Aircall, its own records -- the Aircall API v1 pages that Toucan Toco's data
connectors (ToucanToco/toucan-connectors at fb54d854, BSD-3-Clause) answered their Aircall
connector's tests with: 13 users (the account's agents), 2 teams, 3 tags, 7 numbers (the
company's own lines the calls went through) and 11 calls (10 by the agents 'User 1' and
'User 2', one with no agent) -- headed by the API's field names ('raw_digits', 'started_at',
'user.id', 'number.digits'), in English (tests/data/exports/aircall-export-en; SOURCE.md),
on the branch-point engine 3f406da4 (session 66, round Z42). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``); the org needs no set-up.

The calls load as phone calls keyed by Aircall's id (11 of 11): the subject the team gives
them all ('Aircall call'), outgoing, made and completed (Aircall's 'done'), their start and
end (UNIX seconds read as UTC times), their length in whole minutes (Aircall counts
seconds: 20 s is 0 minutes, 37 s is 1), the number dialled (raw_digits). The agent who made
each (user.id) is its owner: neither agent's e-mail names a user of the rehearsal org, so
both are queued, their calls on the fallback owner, as is the call with no agent. Nothing
held back, skipped, failed or cleared; verification finds no column differing.

The parameters decide: the key (id), the owner column (user.id), the subject (a value:
Aircall's calls have none), the length's unit (seconds), the end (ended_at, a measured miss
in both modes) and no creation date (number.created_at is the line's, a measured miss in
both modes).

What is NOT read (left unmapped): a call's API links, when it was answered, its recording
links, the agent's other fields (user.name, user.email: the owner is read by user.id), its
archived flag, cost, and every field of the company's line (number.*); users.csv (the
agents, matched to Dynamics users, not created), teams.csv, tags.csv and numbers.csv (the
phone system's set-up: no Sales table).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

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

NAME = "aircall-export-en"
PHONECALL = {"subject": None, "actualstart": "started_at", "actualend": "ended_at",
             "actualdurationminutes": "duration", "phonenumber": "raw_digits",
             "directioncode": "direction", "statuscode": "direction", "statecode": "status"}
ENDS = ["2019-11-01T14:30:39Z", "2019-11-01T14:33:04Z", "2019-11-01T14:33:33Z",
        "2019-11-01T14:38:12Z", "2019-11-01T14:41:56Z", "2019-11-01T15:30:27Z",
        "2019-11-01T18:08:43Z", "2019-11-01T18:09:24Z", "2019-11-01T18:09:48Z",
        "2019-11-01T18:18:55Z", "2019-11-01T18:18:55Z"]


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once, from its parameters file alone."""
    return runs_once(tmp_path_factory, run_public)


def _issues(run_dir: Path, kind: str) -> list[dict]:
    return pl.read_csv(run_dir / kind / "phonecall.csv", infer_schema=False).to_dicts()


def test_aircall_calls_load_as_completed_outgoing_phone_calls(
        runs: Callable[[str], Path]) -> None:
    """The 11 calls load as outgoing phone calls, made and completed, with their start, end,
    length in minutes (from seconds) and number dialled; the agents are queued owners (on
    the fallback); the users, teams, tags and numbers stay out; nothing held back or
    differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "phonecall": ("calls", 11, 11, 0, 0, 0, 0, 0)}
    assert (out["phonecall"]["closed"], out["phonecall"]["closed_as"]) == (
        11, {"Completed": 11})
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "calls": ("activity", {"phonecall": 11}, True),
        "users": ("user", {}, False),
        "teams": ("unknown", {}, False),
        "tags": ("unknown", {}, False),
        "numbers": ("unknown", {}, False)}
    assert files["users"]["reason"].startswith("matched to Dynamics 365 users")

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    (call,) = mapping["tables"]
    assert (call["target"], call["source"], call["source_key"]) == (
        "phonecall", "calls", "key(id)")
    assert {c["target"]: c["source"] for c in call["columns"]} == PHONECALL
    durations = next(c for c in call["columns"] if c["target"] == "actualdurationminutes")
    assert durations.get("clock") == "seconds"
    assert (call["owner"]["source"], call["owner"]["match"]) == ("user.id", "email")
    assert not call.get("lookups")
    assert {"answered_at", "recording", "asset", "user.name", "user.email", "archived",
            "cost", "number.digits", "number.availability_status",
            "number.created_at"} <= set(call["unmapped"])
    assert sorted((u["source"], u["kind"]) for u in mapping["unmatched_sources"]) == [
        ("numbers", "unknown"), ("tags", "unknown"), ("teams", "unknown"), ("users", "user")]

    for kind in ("quarantine", "skipped", "failed", "cleared"):
        assert not _issues(run_dir, kind), kind

    calls = pl.read_parquet(run_dir / "staged" / "phonecall.parquet").sort("__source_row")
    assert calls["subject"].to_list() == ["Aircall call"] * 11
    assert calls["actualstart"].to_list() == ["2019-11-01T14:30:19Z"] * 11
    assert calls["actualend"].to_list() == ENDS
    # Aircall's seconds (20, 37, 10, 12, 23, 47, 24, 25, 15, 18, 18) in whole minutes
    assert calls["actualdurationminutes"].to_list() == [0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0]
    assert calls["phonenumber"].to_list() == [
        "+1 111-111-1111", "+1 111-111-1111", "+1 111-111-1112", "+1 111-111-1113",
        "+1 111-111-1111", "+1 111-111-1114", "+1 111-111-1115", "+1 111-111-1116",
        "+1 111-111-1117", "+1 111-111-1117", "+1 111-111-1117"]
    # outgoing, made (statuscode 2), completed (statecode 1)
    assert calls.select("directioncode", "statuscode", "statecode").unique().rows() == [
        (True, 2, 1)]

    # the two agents name no user of the org: queued, their calls on the fallback owner
    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.select("email", "status", "records").sort("email").rows() == [
        ("100", "unmatched", "6"), ("200", "unmatched", "4")]
    assert all("@" in p for p in queue["person"].to_list())
    assert all(r.startswith("assigned to fallback owner") for r in queue["resolution"])

    verified = verified_columns(run_dir)
    assert set(verified["phonecall"]) == set(PHONECALL) | {"ownerid"}
    assert not any(v for table in verified.values() for v in table.values())
