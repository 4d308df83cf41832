"""keys558's public export runs end to end from its parameters file, decisions only
(issue 13): Dialpad, its own records -- the Dialpad API v2 response examples of the OpenAPI
document that Dialpad's own Python SDK is generated from (dialpad/dialpad-python-sdk at
4beb560f, MIT): 6 users (the company's agents), 1 call, 1 text message, that call's 4
transcript lines and the phone system's set-up (the company, its office, 2 departments, 2
call centres, 2 coaching teams, 3 rooms, 3 numbers) -- headed by the API's field names
('date_started', 'contact.phone', 'target.email'), in English
(tests/data/exports/dialpad-export-en; SOURCE.md), on the branch-point engine 4aaf9d07
(session 66, round Z43). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``); the org needs no set-up.

The call loads as a phone call keyed by Dialpad's call id (1 of 1): the subject the team
gives it ('Dialpad call'), incoming and received (statuscode 4), completed, its start (UNIX
milliseconds read as a UTC time) and its end (no duration: the engine ends a call its
length after its start, so at the start), the caller's number (contact.phone). The Dialpad
user it rang (target.email) is its owner: that e-mail names no user of the rehearsal org, so
it is queued and the call is on the fallback owner. Nothing held back, skipped, failed or
cleared; verification finds no column differing.

The parameters decide: the key (call_id), the owner column (target.email: target.id, a
measured miss in suggest, is Dialpad's user id, no e-mail), the subject (a value: Dialpad's
calls have none) and no creation date (event_timestamp is when Dialpad reported the call's
state, a measured miss in both modes).

What is NOT read (left unmapped): the caller's contact id, name (the number again) and type,
the integration's custom_data, when the call rang and was connected, the first leg's call id
and target (the office), event_timestamp, the other number fields (external_number,
internal_number: the company's own line), the group, the transfer and recording flags, the
user's other fields (target.id, target.name, target.phone, target.type); users.csv (the
agents, matched to Dynamics users, not created), sms.csv, transcript_lines.csv, company.csv
and the set-up files (no Sales table).
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

NAME = "dialpad-export-en"
PHONECALL = {"subject": None, "scheduledstart": "date_started", "actualend": "date_started",
             "phonenumber": "contact.phone", "directioncode": "direction",
             "statuscode": "direction", "statecode": "state"}
SET_UP = ("callcenters", "coaching_teams", "departments", "numbers", "offices", "rooms",
          "sms", "transcript_lines")


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once, from its parameters file alone."""
    return runs_once(tmp_path_factory, run_public)


def _issues(run_dir: Path, kind: str) -> list[dict]:
    path = run_dir / kind / "phonecall.csv"
    return pl.read_csv(path, infer_schema=False).to_dicts() if path.exists() else []


def test_dialpad_call_loads_as_a_received_phone_call(runs: Callable[[str], Path]) -> None:
    """The call loads as an incoming phone call, received and completed, with its start, the
    caller's number and the subject decided; the user it rang is a queued owner (on the
    fallback); the users, text message, transcript, company and set-up stay out; nothing
    held back or differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "phonecall": ("calls", 1, 1, 0, 0, 0, 0, 0)}
    assert (out["phonecall"]["closed"], out["phonecall"]["closed_as"]) == (
        1, {"Completed": 1})
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "calls": ("activity", {"phonecall": 1}, True),
        "users": ("user", {}, False),
        "company": ("account", {}, False),
        **{f: ("unknown", {}, False) for f in SET_UP}}
    assert files["users"]["reason"].startswith("matched to Dynamics 365 users")

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    (call,) = mapping["tables"]
    assert (call["target"], call["source"], call["source_key"]) == (
        "phonecall", "calls", "key(call_id)")
    assert {c["target"]: c["source"] for c in call["columns"]} == PHONECALL
    assert (call["owner"]["source"], call["owner"]["match"]) == ("target.email", "email")
    assert not call.get("lookups")
    assert {"contact.id", "contact.name", "custom_data", "date_connected", "date_rang",
            "event_timestamp", "external_number", "internal_number", "target.id",
            "target.name", "entry_point_target.name", "was_recorded"} <= set(call["unmapped"])
    assert sorted((u["source"], u["kind"]) for u in mapping["unmatched_sources"]) == sorted(
        [("users", "user"), ("company", "account")] + [(f, "unknown") for f in SET_UP])

    for kind in ("quarantine", "skipped", "failed", "cleared"):
        assert not _issues(run_dir, kind), kind

    calls = pl.read_parquet(run_dir / "staged" / "phonecall.parquet")
    assert calls["subject"].to_list() == ["Dialpad call"]
    # 1356998400000 ms after the epoch; no duration, so the end is at the start
    assert calls["scheduledstart"].to_list() == ["2013-01-01T00:00:00Z"]
    assert calls["actualend"].to_list() == ["2013-01-01T00:00:00Z"]
    assert calls["phonenumber"].to_list() == ["+14155557777"]
    assert "overriddencreatedon" not in calls.columns
    # incoming, received (statuscode 4), completed (statecode 1)
    assert calls.select("directioncode", "statuscode", "statecode").rows() == [(False, 4, 1)]

    # the user the call rang names no user of the org: queued, the call on the fallback owner
    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.select("status", "records").rows() == [("unmatched", "1")]
    assert all("@" in e for e in queue["email"].to_list())
    assert all(r.startswith("assigned to fallback owner") for r in queue["resolution"])

    verified = verified_columns(run_dir)
    assert set(verified["phonecall"]) == set(PHONECALL) | {"ownerid"}
    assert not any(v for table in verified.values() for v in table.values())
