"""keys504's public export runs end to end from its parameters file, decisions only
(issue 13): Agendor, its own records -- the Agendor API v1 responses that RD's MIT Ruby
client for Agendor (ResultadosDigitais/agendor-ruby at bb6a8427) recorded as its specs' VCR
cassettes: 3 users ('vikings', 'Ana Carolina Alves Rodrigues', 'Bruno'), 4 organizations
('Xunda Comp' and three more Xunda companies), 4 people ('Xunderson Jr da silva',
'Xunderson' twice, 'johna') and 9 deals ('Whatever Deal' seven times, 'Whatever xunda Deal',
'Another Whatever Deal' in the stage 'Contato'), all in progress ('Em andamento') -- headed
by the API's field names ('nickname', 'role', 'dealStage.name', 'dealStatus.dealStatusId'),
in English (tests/data/exports/agendor-export-en; SOURCE.md), on the branch-point engine
095c0f75 (session 61, round Z33). Same harness as tests/test_public_end_to_end.py (the shared
runner ``runs_once``), with what the org's admin set up made first: the account 'Agendor
unassigned' for deals that name no customer.

The organizations load as accounts keyed by Agendor's organizationId: the trade name
(nickname) as the name, country, description, website, creation date. The people load as
contacts keyed by personId: the whole name (as last name), e-mail, job title (role),
description, creation date. The deals load as opportunities keyed by dealId: title as the
name, description, value as the estimated revenue, creation date, the stage by its name
('Contato' and the deals with none: qualifying) and the deal's own status (dealStatusId 1,
in progress: open); each on the org's unassigned account. Nothing held back, skipped,
failed or cleared; no owner queued; verification finds no column differing.

The parameters decide: people.csv as contacts (the measured file miss: read as users by its
columns), the keys (the Agendor ids), no owner column ('user' is the record's creator, not
its owner: the measured user.userId -> ownerid miss; the fallback owner), the account's
creation date from createTime (the measured miss: its copy customer.createTime took it), the
status read as the deal's state by its id (the measured dealStatus.dealStatusId miss) and no
status reason by its Portuguese name, the stage column (dealStage.name) and its stages, the
customer (the org's unassigned account), and a quarantine gate of 0%.

What is NOT read (left unmapped): the creators (user.userId, user.name), a record's copies on
Agendor's customer record (customer.createTime, customer.emails), the 0-5 star rankings, a
deal's start date, stage id and order, its status columns as such (read as its state), the
users allowed to see it (allowedUsers.*); users.csv (Agendor's users, matched to Dynamics
users, not created).
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

NAME = "agendor-export-en"
ACCOUNT = {"name": "nickname", "address1_country": "address.country",
           "description": "description", "websiteurl": "website",
           "overriddencreatedon": "createTime"}
CONTACT = {"lastname": "name", "emailaddress1": "emails", "jobtitle": "role",
           "description": "description", "overriddencreatedon": "createTime"}
OPPORTUNITY = {"name": "title", "description": "description", "estimatedvalue": "value",
               "overriddencreatedon": "createTime", "salesstage": "__stage_salesstage",
               "stepname": "__stage_stepname", "closeprobability": "__stage_closeprobability",
               "statecode": "__stage_state"}
UNASSIGNED = "Agendor unassigned"


def _org(client: Any) -> None:
    """What the org's admin set up: the account for deals that name no customer."""
    client.create("accounts", {"name": UNASSIGNED})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone), the org's set-up made first."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


def _issues(run_dir: Path, kind: str, table: str) -> list[dict]:
    return pl.read_csv(run_dir / kind / f"{table}.csv", infer_schema=False).to_dicts()


def test_agendor_organizations_people_and_deals_load(runs: Callable[[str], Path]) -> None:
    """The organizations load as accounts, the people as contacts, the deals as open
    opportunities in their stage on the org's unassigned account; the users stay out;
    nothing held back or differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "account": ("organizations", 4, 4, 0, 0, 0, 0, 0),
        "contact": ("people", 4, 4, 0, 0, 0, 0, 0),
        "opportunity": ("deals", 9, 9, 0, 0, 0, 0, 0)}
    assert (out["opportunity"]["closed"], out["opportunity"]["closed_as"]) == (0, {})
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "organizations": ("account", {"account": 4}, True),
        "people": ("contact", {"contact": 4}, True),
        "deals": ("deal", {"opportunity": 9}, True),
        "users": ("user", {}, False)}
    assert files["users"]["reason"].startswith("matched to Dynamics 365 users")

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "contact", "opportunity"}
    account, contact, opp = tables["account"], tables["contact"], tables["opportunity"]
    assert (account["source"], account["source_key"]) == ("organizations",
                                                          "key(organizationId)")
    assert {c["target"]: c["source"] for c in account["columns"]} == ACCOUNT
    assert {"ranking", "customer.createTime", "user.userId"} <= set(account["unmapped"])
    assert (contact["source"], contact["source_key"]) == ("people", "key(personId)")
    assert {c["target"]: c["source"] for c in contact["columns"]} == CONTACT
    assert {"customer.emails", "user.userId", "user.name"} <= set(contact["unmapped"])
    assert (opp["source"], opp["source_key"]) == ("deals", "key(dealId)")
    assert {c["target"]: c["source"] for c in opp["columns"]} == OPPORTUNITY
    assert {"user.userId", "user.name", "dealStatus.dealStatusId", "dealStatus.name",
            "dealStage.name", "dealStage.dealStageId", "dealStage.order", "startTime",
            "ranking", "allowedUsers.userId", "allowedUsers.name"} <= set(opp["unmapped"])
    assert [(lk["target"], lk["source"], lk["table"]) for lk in opp["lookups"]] == [
        ("customerid", None, "account")]
    assert not account["lookups"] and not contact["lookups"]
    assert not any(t.get("owner") for t in tables.values())
    assert [(u["source"], u["kind"]) for u in mapping["unmatched_sources"]] == [
        ("users", "user")]

    for table in ("account", "contact", "opportunity"):
        for kind in ("quarantine", "skipped", "failed", "cleared"):
            assert not _issues(run_dir, kind, table), (table, kind)

    accounts = _staged(run_dir, "account")
    assert accounts.select(list(ACCOUNT)).rows() == [
        ("Xunda Company xundaCO.3", "Brasil", "Whatever company xunda comes 2...",
         "www.whateverxundinha2.com", "2016-06-07T18:15:58Z"),
        ("Xunda Company Co.5", "Brasil", "Whatever xunda company comes...",
         "www.whateverxunda.com", "2016-06-07T18:15:58Z"),
        ("Final Xundax", "Brasil", "A Xunda company", "www.thelast.org",
         "2016-06-07T18:18:06Z"),
        # found by a search, then updated: the latest recorded description
        ("Xunda Comp", "Brasil", "Eita Organization!", "www.xundacomp.org",
         "2016-06-03T23:27:10Z")]
    contacts = _staged(run_dir, "contact")
    assert contacts.select(list(CONTACT)).rows() == [
        ("Xunderson Jr da silva", None, "RDoer", "No more Mr. Nice guy",
         "2016-06-07T18:10:02Z"),
        ("Xunderson", None, "Singer", "Nice guy", "2016-06-07T18:10:03Z"),
        ("Xunderson", None, "Singer", "Nice guy\nTelefone: 48 9999-9999",
         "2017-07-11T19:10:27Z"),
        ("johna", "johnybegud@example.org", "johnybegud",
         "Histórico do Lead no RD Station: "
         "http://rdstation.com.br/leads/public/e687ff14-6a44-41d5-9fb4-841985e76328",
         "2016-06-04T00:44:55Z")]
    opps = _staged(run_dir, "opportunity")
    assert opps.select(["name", "description", "estimatedvalue", "overriddencreatedon",
                        "salesstage", "stepname", "statecode"]).rows() == [
        ("Whatever xunda Deal", None, 50000.0, "2016-06-07T18:10:01Z", 0, None, 0),
        ("Whatever Deal", None, 50000.0, "2016-06-07T18:10:03Z", 0, None, 0),
        ("Another Whatever Deal", None, 50000.0, "2018-01-23T15:53:51Z", 0, "Contato", 0),
        ("Whatever Deal", "Eita DEAL!", 50000.0, "2016-06-03T21:06:41Z", 0, None, 0),
        ("Whatever Deal", None, 50000.0, "2016-06-03T21:06:44Z", 0, None, 0),
        ("Whatever Deal", None, 50000.0, "2016-06-03T21:47:26Z", 0, None, 0),
        ("Whatever Deal", None, 50000.0, "2016-06-03T22:01:36Z", 0, None, 0),
        ("Whatever Deal", None, 50000.0, "2016-06-03T23:00:11Z", 0, None, 0),
        ("Whatever Deal", None, 50000.0, "2016-06-03T23:00:24Z", 0, None, 0)]
    assert opps["closeprobability"].to_list() == [None] * 9
    # every deal on the account the org's admin set up for deals without a customer
    assert opps["__via__customerid_account"].to_list() == ["existing"] * 9
    assert all(UNASSIGNED in r for r in opps["__ref__customerid_account"].to_list())

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["account"]) == set(ACCOUNT)
    assert set(verified["contact"]) == set(CONTACT)
    assert set(verified["opportunity"]) == set(OPPORTUNITY) | {"customerid"}
    assert not any(v for table in verified.values() for v in table.values())
