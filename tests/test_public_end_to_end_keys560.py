"""keys560's public export runs end to end from its parameters file, decisions only
(issue 13): Rocket.Chat, its own Omnichannel records -- the example results of Rocket.Chat's
Livechat REST API reference, which RocketChat/docs-old (Rocket.Chat's documentation, MIT)
keeps at fd1bc8a3: 4 visitors (the Omnichannel contacts), 3 livechat rooms (conversations),
4 inquiries, 2 departments, 3 agents, 3 department places -- headed by the API's field names,
nested objects joined by '.' ('v.token', 'servedBy._id', 'visitorEmails.address'), in
English (tests/data/exports/rocketchat-export-en; SOURCE.md), on the branch-point engine
4aaf9d07 (session 66, round Z43). Same harness as tests/test_public_end_to_end.py (the
shared runner ``runs_once``), with what the org's admin set up made first: the account
'Rocket.Chat livechat customers' for the livechat's customers.

The visitors load as contacts keyed by Rocket.Chat's _id (4 of 4): the one-cell name as the
last name (the two nameless visitors by their handle 'guest-4'), e-mail, phone and the
custom field 'address' as the street. The rooms load as cases keyed by their _id (3 of 3):
the room's name (its visitor's) as the title, open as In Progress, the livechat type 'l' as
the Web origin, the last message as the description, when it began as the created-on date;
each on the org's livechat-customers account, and with the visitor as the case's contact
where the room's widget token names a visitor of the export (2 of 3; the third token names
none: one unresolved link, counted, the case moved without it). Nothing held back, skipped,
failed or cleared; no owner queued; verification finds no column differing.

The parameters decide: the visitors' and rooms' kinds (discovery called both unknown: the
measured file misses) and the inquiries' (discovery read them as leads: a room's place in
the routing queue, not loaded), the keys, no owner columns (the agents' @rocket.chat logins
name no user of the rehearsal org: the fallback owner), the visitor's columns (the measured
propose misses: name, e-mail, phone, address), the last name's fallback to the handle
(Dynamics requires one), the case's title, description, created-on date, its state from
'open' (a measured miss in both modes; the visitor's online 'v.status' is not the case's),
its channel from 't', its customer (the org's account) and its contact (by the visitor's
widget token), and a quarantine gate of 0%.

What is NOT read (left unmapped): the visitors' handles as such (read only where a visitor
has no name), tokens and update times; the rooms' visitor ids and handles (the ids name
visitor records the reference did not print), the serving agent (no owner column decided),
message counts, times of the last message, department, tags, the custom field 'docId' and
the video-call expiry; agents.csv (the staff, matched to Dynamics users, not created),
inquiries.csv, departments.csv and department_agents.csv (routing set-up, no table).

Engine defect seen, mended in session 66: the contact map listed 'username' among the
columns it does not move ("no column of contact fits") although the last name's decided
fallback reads it, and two contacts' last names come from it.
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

NAME = "rocketchat-export-en"
CONTACT = {"lastname": "name", "emailaddress1": "visitorEmails.address",
           "telephone1": "phone.phoneNumber", "address1_line1": "livechatData.address"}
INCIDENT = {"title": "fname", "statuscode": "open", "caseorigincode": "t",
            "description": "lastMessage.msg", "overriddencreatedon": "ts"}
CUSTOMERS = "Rocket.Chat livechat customers"


def _org(client: Any) -> None:
    """What the org's admin set up: the account for the livechat's customers."""
    client.create("accounts", {"name": CUSTOMERS})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone), the org's set-up made first."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


def _issues(run_dir: Path, kind: str, table: str) -> list[dict]:
    path = run_dir / kind / f"{table}.csv"
    if not path.exists():
        return []
    return pl.read_csv(path, infer_schema=False).to_dicts()


def test_rocketchat_visitors_and_rooms_load(runs: Callable[[str], Path]) -> None:
    """The visitors load as contacts and the rooms as cases on the org's account, with the
    visitor as contact where the token names one; the rest stays out; nothing differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "contact": ("visitors", 4, 4, 0, 0, 0, 0, 0),
        "incident": ("rooms", 3, 3, 0, 0, 0, 1, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "visitors": ("contact", {"contact": 4}, True),
        "rooms": ("ticket", {"incident": 3}, True),
        "agents": ("user", {}, False),
        "inquiries": ("unknown", {}, False),
        "departments": ("unknown", {}, False),
        "department_agents": ("unknown", {}, False)}
    assert files["agents"]["reason"].startswith("matched to Dynamics 365 users")

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "incident"}
    person, case = tables["contact"], tables["incident"]
    assert (person["source"], person["source_key"]) == ("visitors", "key(_id)")
    assert (case["source"], case["source_key"]) == ("rooms", "key(_id)")
    assert {c["target"]: c["source"] for c in person["columns"]} == CONTACT
    lastname = next(c for c in person["columns"] if c["target"] == "lastname")
    assert lastname["else"] == ["username"]
    # the fallback's column is read, so not listed as not moved (the defect this round
    # found, mended in session 66)
    assert set(person["unmapped"]) == {"_id", "_updatedAt", "token"}
    assert {c["target"]: c["source"] for c in case["columns"]} == INCIDENT
    assert {c["target"]: c.get("values") for c in case["columns"]
            if c["target"] in ("statuscode", "caseorigincode")} == {
        "statuscode": {"true": 1, "false": 5}, "caseorigincode": {"l": 3}}
    assert set(case["unmapped"]) == {
        "msgs", "usersCount", "lm", "v._id", "v.username", "v.status", "servedBy._id",
        "servedBy.username", "servedBy.ts", "cl", "waitingResponse", "departmentId",
        "_updatedAt", "metrics.v.lq", "livechatData.docId", "tags", "name",
        "lastMessage.ts", "jitsiTimeout"}
    assert [(lk["target"], lk["source"], lk["table"]) for lk in case["lookups"]] == [
        ("customerid", None, "account"), ("primarycontactid", "v.token", "contact")]
    assert not person.get("owner") and not case.get("owner")
    unmatched = {u["source"]: u["kind"] for u in mapping["unmatched_sources"]}
    assert unmatched == {"agents": "user", "inquiries": "unknown", "departments": "unknown",
                         "department_agents": "unknown"}

    for kind in ("quarantine", "skipped", "failed", "cleared", "refused_links"):
        for table in ("contact", "incident"):
            assert not _issues(run_dir, kind, table), (kind, table)
    assert not _issues(run_dir, "unresolved_links", "contact")
    left = _issues(run_dir, "unresolved_links", "incident")
    assert [(r["file"], r["row"], r["column"], r["value"]) for r in left] == [
        ("rooms.csv", "1", "v.token", "xn5hdkyptei11m07f3me")]

    people = pl.read_parquet(run_dir / "staged" / "contact.parquet").sort("__source_row")
    assert people.select(["lastname", "emailaddress1", "telephone1",
                          "address1_line1"]).rows() == [
        ("Livechat Visitor", "visitor@rocket.chat", "55 51 5555-5555", "Rocket.Chat street"),
        ("guest-4", None, None, None),
        ("joey", "guest-1@company.com", "912235665456", None),
        ("guest-4", "example@rocket.chat", "9999999999", None)]

    cases = pl.read_parquet(run_dir / "staged" / "incident.parquet").sort("__source_row")
    assert cases.select(["statuscode", "caseorigincode", "description",
                         "overriddencreatedon"]).rows() == [
        (1, 3, "Hello", "2019-08-09T20:18:02Z"),
        (1, 3, None, "2019-12-09T20:30:32Z"),
        (1, 3, None, "2018-09-14T17:36:48Z")]
    titles = cases["title"].to_list()
    # the first room is named after a test visitor with a person's name: checked by shape
    assert titles[1:] == ["Visitor 1575554334960", "Livechat Visitor"]
    assert titles[0] and titles[0] not in titles[1:] and " " in titles[0]
    # every case on the account the org's admin set up for the livechat's customers
    assert cases["__via__customerid_account"].to_list() == ["existing"] * 3
    assert all(CUSTOMERS in r for r in cases["__ref__customerid_account"].to_list())
    # the visitor as the case's contact: both rooms with the token iNKE8a6k6cjbqWhWd name
    # the visitor 'Livechat Visitor' (row 1); the first room's token names none
    visitor = people["__source_id"][0]
    assert cases["__ref__primarycontactid"].to_list() == [None, visitor, visitor]

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified) == {"contact", "incident"}
    assert set(verified["contact"]) == set(CONTACT)
    assert set(verified["incident"]) == set(INCIDENT) | {"customerid", "primarycontactid"}
    assert not any(v for table in verified.values() for v in table.values())
