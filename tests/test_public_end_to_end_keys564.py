"""keys564's public export runs end to end from its parameters file, decisions only
(issue 13): RingCentral, its own records -- the recorded REST API responses that
RingCentral's own widget libraries (ringcentral/ringcentral-js-widgets at 242f7329, MIT)
keep for their tests: the company directory's 5 extensions (3 users 'RCV ...', 2
departments), 3 SMS call queues, 2 call-log records, 20 Business SMS threads, their 62 text
messages and the user's address book (3 contacts 'User F', 'User E3', 'user D') -- headed by
the API's field names ('startTime', 'to.phoneNumber', 'guestParty.phoneNumber'), in English
(tests/data/exports/ringcentral-export-en; SOURCE.md), on the branch-point engine df5dbcc6
(session 66, round Z44). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``), with what the org's admin set up made first: the account 'RingCentral SMS
customers' for the threads' customers (named by phone number only).

The address book loads as contacts keyed by RingCentral's id: first and last name, the home
phone. The call log loads as phone calls keyed by id: the subject the team gave them, the
start (as the scheduled and actual start), the number called, outgoing or incoming (its
status Made or Received), both Completed, the length (RingCentral's seconds as minutes: 59
and 80 s both 1) and the end the engine derives from start and length. The SMS threads load
as cases keyed by id: their label (the last text) as the title, In Progress (all Open), when
each began, each on the org's account for SMS customers. Nothing held back, skipped, cleared
or failed; no owner queued (the fallback owner); verification finds no column differing.

The parameters decide: the intake of three files discovery misnamed (extensions: users, not
contacts; the call log: activities, not unknown; the threads: cases, not notes), the keys
(id), no owner column (the threads' owners are SMS queues; the calls name no user of the
org), the calls' subject, start, direction (Inbound / Outbound as incoming / outgoing) and
length in seconds, the calls' result as Completed (answered or not, the call took place),
the threads' title (label), creation date and status (Open as In Progress, not
statusReason), the threads' customer (the org's account), and a quarantine gate of 0%.

What is NOT read (left unmapped): a contact's uri and availability; a call's uri, session id,
type (Voice), action (VoIP Call), the parties' names, the caller's number and extension; a
thread's availability, both parties' numbers (the business's SMS number, the customer's),
its owner queue, statusReason and last change; extensions.csv (the directory's users,
matched to Dynamics users, not created), call_queues.csv (set-up) and thread_messages.csv
(text messages, no Sales table).

Seen on df5dbcc6 and mended in session 66: a call's end was its start plus its length in
whole minutes (the rounded count), not its seconds (the 80-second call ended 20 s early); it
is now the start plus the length in seconds.
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

NAME = "ringcentral-export-en"
CONTACT = {"firstname": "firstName", "lastname": "lastName", "telephone2": "homePhone"}
PHONECALL = {"subject": None, "scheduledstart": "startTime", "actualstart": "startTime",
             "actualend": "startTime", "phonenumber": "to.phoneNumber",
             "directioncode": "direction", "statuscode": "direction", "statecode": "result",
             "actualdurationminutes": "duration"}
INCIDENT = {"title": "label", "overriddencreatedon": "creationTime", "statuscode": "status"}
CUSTOMERS = "RingCentral SMS customers"


def _org(client: Any) -> None:
    """What the org's admin set up: the account for SMS customers named by number only."""
    client.create("accounts", {"name": CUSTOMERS})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone), the org's set-up made first."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


def _issues(run_dir: Path, kind: str, table: str) -> list[dict]:
    return pl.read_csv(run_dir / kind / f"{table}.csv", infer_schema=False).to_dicts()


def test_ringcentral_contacts_calls_and_sms_threads_load(runs: Callable[[str], Path]) -> None:
    """The address book loads as contacts, the call log as completed phone calls, the SMS
    threads as open cases on the org's account; the directory, queues and messages stay out;
    nothing held back or differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "contact": ("contacts", 3, 3, 0, 0, 0, 0, 0),
        "phonecall": ("call_log", 2, 2, 0, 0, 0, 0, 0),
        "incident": ("message_threads", 20, 20, 0, 0, 0, 0, 0)}
    assert (out["phonecall"]["closed"], out["phonecall"]["closed_as"]) == (2, {"Completed": 2})
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "contacts": ("contact", {"contact": 3}, True),
        "call_log": ("activity", {"phonecall": 2}, True),
        "message_threads": ("ticket", {"incident": 20}, True),
        "extensions": ("user", {}, False),
        "call_queues": ("unknown", {}, False),
        "thread_messages": ("ticket_message", {}, False)}
    assert files["extensions"]["reason"].startswith("matched to Dynamics 365 users")

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "phonecall", "incident"}
    contact, call, case = tables["contact"], tables["phonecall"], tables["incident"]
    assert (contact["source"], contact["source_key"]) == ("contacts", "key(id)")
    assert {c["target"]: c["source"] for c in contact["columns"]} == CONTACT
    assert (call["source"], call["source_key"]) == ("call_log", "key(id)")
    assert {c["target"]: c["source"] for c in call["columns"]} == PHONECALL
    assert {"uri", "sessionId", "type", "action", "to.name", "from.phoneNumber", "from.name",
            "from.extensionNumber"} == set(call["unmapped"])
    assert (case["source"], case["source_key"]) == ("message_threads", "key(id)")
    assert {c["target"]: c["source"] for c in case["columns"]} == INCIDENT
    assert {"statusReason", "guestParty.phoneNumber", "ownerParty.phoneNumber", "owner.name",
            "owner.extensionId"} <= set(case["unmapped"])
    assert [(lk["target"], lk["source"], lk["table"]) for lk in case["lookups"]] == [
        ("customerid", None, "account")]
    assert not any(t.get("owner") for t in tables.values())
    assert sorted((u["source"], u["kind"]) for u in mapping["unmatched_sources"]) == [
        ("call_queues", "unknown"), ("extensions", "user"), ("thread_messages", "ticket_message")]

    for table in ("contact", "phonecall", "incident"):
        for kind in ("quarantine", "skipped", "failed", "cleared"):
            assert not _issues(run_dir, kind, table), (table, kind)

    assert _staged(run_dir, "contact").select(list(CONTACT)).rows() == [
        ("User", "F", "+123411678978"), ("User", "E3", "+123411678978"),
        ("user", "D", "+142424441162")]
    calls = _staged(run_dir, "phonecall")
    assert calls.select(["subject", "actualstart", "scheduledstart", "actualend",
                         "phonenumber", "directioncode", "statuscode", "statecode",
                         "actualdurationminutes"]).rows() == [
        ("RingCentral call", "2018-07-27T09:29:26Z", "2018-07-27T09:29:26Z",
         "2018-07-27T09:30:25Z", "+1812345678", True, 2, 1, 1),     # outgoing, Made: 59 s
        ("RingCentral call", "2018-07-27T09:07:09Z", "2018-07-27T09:07:09Z",
         "2018-07-27T09:08:29Z", "+123456778", False, 4, 1, 1)]     # incoming, Received: 80 s
    cases = _staged(run_dir, "incident")
    assert cases.height == 20
    assert set(cases["statuscode"].to_list()) == {1}
    assert cases["title"].head(2).to_list() == ["test", "test"]
    assert cases["title"].null_count() == 0
    assert cases["overriddencreatedon"].head(1).to_list() == ["2025-11-18T10:01:25Z"]
    # every thread on the account the org's admin set up for SMS customers
    assert cases["__via__customerid_account"].to_list() == ["existing"] * 20
    assert all(CUSTOMERS in r for r in cases["__ref__customerid_account"].to_list())

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(CONTACT)
    assert set(verified["phonecall"]) == set(PHONECALL)
    assert set(verified["incident"]) == set(INCIDENT) | {"customerid"}
    assert not any(v for table in verified.values() for v in table.values())
