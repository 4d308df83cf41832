"""keys525's public export runs end to end from its parameters file, decisions only
(issue 13): Upsales, its own recorded records -- the Upsales API v2 responses that the MIT
Upsales SDK AxelOhlander/upsales-python-sdk (at 28ae748e) replays in its integration tests,
recorded from Upsales' demo account: 5 users (demo sellers), 10 accounts (Swedish companies
from Upsales' prospecting data), 5 contacts, 5 products, 5 opportunities ('Bra affär
kanske', 'inkl utbildning', 'Kör på', 'Sälj', 'Annons'), 5 orders, 5 appointments and 5
activities -- headed by the API's field names ('client.id', 'mailAddress.zipcode',
'stage.name'), in English (tests/data/exports/upsales-export-en; SOURCE.md), on the
branch-point engine a9704f9a (session 63, round Z37). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``); the org needs no set-up
(SEK is the base currency the parameters name).

The accounts load as accounts keyed by Upsales' id: name, org number as account number,
phone, fax, web site, the mail address, turnover, employees, what the company does, the
creation date, the currency SEK. The contacts load as contacts keyed by id: both halves of
the name, job title, phone, e-mail, status, creation date; none of their three companies is
among the ten recorded accounts, so each loads without its company (5 unresolved links,
counted). The opportunities load as opportunities keyed by id: the title as the name, the
value, the expected and actual close dates, the creation date, the stage by its name with the
stage's probability ('Verbal Agreement' and 'Fallback' open, 'Closed Deal' closed as Won,
'Lost Deal' as Lost), the currency SEK; 'inkl utbildning' on its customer Axstores AB (a
recorded account), the other four without theirs (4 unresolved, counted). Nothing held back,
skipped, failed or cleared; no owner queued (the fallback owner); verification finds no
column differing.

The parameters decide: the keys (id), no owner column (the sellers' demo e-mails name no
user of the rehearsal org), regDate as the creation date, about as the account's description,
an opportunity's description as its name, date and closeDate as its expected and actual close
dates and the seller's e-mail as none of the deal's (the measured misses), the stage column
and its four stages, the two company links with what is missing counted, a quarantine gate
of 0%, and SEK as the base currency.

What is NOT read (left unmapped): a record's modDate, an account's active flag, account
managers (users.name), D-U-N-S number, journey step, profit, SNI code, legal form, credit
rating, Twitter and LinkedIn pages, creator; a contact's whole name (its halves are read),
company name and journey step; an opportunity's seller (user.name, user.email: no owner
column decided), customer and contact by name, weighted value; users.csv (the sellers,
matched, not created), products, orders, appointments and activities (a later wave).
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

NAME = "upsales-export-en"
ACCOUNT = {"statecode": "active",  # session 64: the account's active flag, its state
           "name": "name", "accountnumber": "orgNo", "telephone1": "phone", "fax": "fax",
           "websiteurl": "webpage", "address1_line1": "mailAddress.address",
           "address1_postalcode": "mailAddress.zipcode", "address1_city": "mailAddress.city",
           "address1_stateorprovince": "mailAddress.state",
           "address1_country": "mailAddress.country", "revenue": "turnover",
           "numberofemployees": "noEmployees", "description": "about",
           "overriddencreatedon": "regDate"}
CONTACT = {"firstname": "firstName", "lastname": "lastName", "jobtitle": "title",
           "telephone1": "phone", "emailaddress1": "email", "statecode": "active",
           "overriddencreatedon": "regDate"}
OPPORTUNITY = {"name": "description", "estimatedvalue": "value",
               "estimatedclosedate": "date", "actualclosedate": "closeDate",
               "overriddencreatedon": "regDate", "salesstage": "__stage_salesstage",
               "stepname": "__stage_stepname", "closeprobability": "__stage_closeprobability",
               "statecode": "__stage_state"}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone)."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d))


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


def _issues(run_dir: Path, kind: str, table: str) -> list[dict]:
    return pl.read_csv(run_dir / kind / f"{table}.csv", infer_schema=False).to_dicts()


def test_upsales_accounts_contacts_and_opportunities_load(runs: Callable[[str], Path]) -> None:
    """The accounts, contacts and opportunities load, the opportunities in their stages (one
    Won, one Lost); the links to companies outside the recording are counted unresolved;
    the users, products, orders, appointments and activities stay out; nothing held back or
    differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "account": ("accounts", 10, 10, 0, 0, 0, 0, 0),
        "contact": ("contacts", 5, 5, 0, 0, 0, 5, 0),
        "opportunity": ("opportunities", 5, 5, 0, 0, 0, 4, 0)}
    assert (out["opportunity"]["closed"], out["opportunity"]["closed_as"]) == (
        2, {"Won": 1, "Lost": 1})
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "accounts": ("account", {"account": 10}, True),
        "contacts": ("contact", {"contact": 5}, True),
        "opportunities": ("deal", {"opportunity": 5}, True),
        "users": ("user", {}, False),
        "products": ("product", {}, False),
        "orders": ("deal", {}, False),
        "appointments": ("activity", {}, False),
        "activities": ("activity", {}, False)}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "contact", "opportunity"}
    account, contact, opp = tables["account"], tables["contact"], tables["opportunity"]
    assert (account["source"], account["source_key"]) == ("accounts", "key(id)")
    assert {c["target"]: c["source"] for c in account["columns"]} == ACCOUNT
    assert [(lk["target"], lk["source"], lk["table"]) for lk in account["lookups"]] == [
        ("transactioncurrencyid", "currency", "transactioncurrency")]
    assert {"users.name", "modDate", "dunsNo", "journeyStep", "profit", "sniCode",
            "companyForm", "creditRating", "twitter", "linkedin",
            "regBy.name"} <= set(account["unmapped"])
    assert (contact["source"], contact["source_key"]) == ("contacts", "key(id)")
    assert {c["target"]: c["source"] for c in contact["columns"]} == CONTACT
    assert [(lk["target"], lk["source"], lk["table"]) for lk in contact["lookups"]] == [
        ("parentcustomerid", "client.id", "account")]
    assert (opp["source"], opp["source_key"]) == ("opportunities", "key(id)")
    assert {c["target"]: c["source"] for c in opp["columns"]} == OPPORTUNITY
    assert [(lk["target"], lk["source"], lk["table"]) for lk in opp["lookups"]] == [
        ("transactioncurrencyid", "currency", "transactioncurrency"),
        ("customerid", "client.id", "account")]
    assert {"user.name", "user.email", "client.name", "contact.name", "weightedValue",
            "modDate", "stage.name"} <= set(opp["unmapped"])
    assert not any(t.get("owner") for t in tables.values())
    assert sorted((u["source"], u["kind"]) for u in mapping["unmatched_sources"]) == [
        ("activities", "activity"), ("appointments", "activity"), ("orders", "deal"),
        ("products", "product"), ("users", "user")]

    for table in ("account", "contact", "opportunity"):
        for kind in ("quarantine", "skipped", "failed", "cleared"):
            assert not _issues(run_dir, kind, table), (table, kind)
    # the companies the five-record pages name outside the ten recorded accounts
    assert sorted((r["column"], r["value"]) for r in _issues(
        run_dir, "unresolved_links", "contact")) == [
        ("client.id", "1"), ("client.id", "20"), ("client.id", "20"), ("client.id", "4"),
        ("client.id", "4")]
    assert sorted(r["value"] for r in _issues(run_dir, "unresolved_links", "opportunity")) == [
        "102", "112", "128", "129"]

    accounts = _staged(run_dir, "account")
    assert accounts.height == 10
    assert accounts["accountnumber"].to_list()[:2] == ["5560018748", "5560032921"]
    assert accounts["address1_postalcode"].to_list()[0] == "77422"
    assert accounts["address1_country"].to_list() == ["SE"] * 10
    assert accounts["revenue"].to_list()[:2] == [13471000000.0, 3785229000.0]
    assert accounts["numberofemployees"].to_list()[:2] == [1501, 921]
    assert accounts["overriddencreatedon"].to_list()[0] == "2009-03-16T23:20:22Z"
    assert all(d for d in accounts["description"].to_list())
    assert accounts["__via__transactioncurrencyid"].to_list() == ["existing"] * 10
    assert all('"SEK"' in r for r in accounts["__ref__transactioncurrencyid"].to_list())

    contacts = _staged(run_dir, "contact")
    assert contacts.select(["jobtitle", "statecode", "overriddencreatedon"]).rows() == [
        ("Support", 0, None), ("VD", 0, "2025-03-10T08:42:20Z"),
        ("VD", 0, "2025-03-10T08:47:15Z"), ("VD", 0, "2025-05-16T00:02:48Z"),
        ("Vice VD", 0, "2025-05-16T00:02:48Z")]
    # names and e-mails checked by shape only (the contacts may be real people)
    assert all(n for n in contacts["firstname"].to_list() + contacts["lastname"].to_list())
    assert ["@" in (e or "@") for e in contacts["emailaddress1"].to_list()] == [True] * 5
    assert contacts["__via__parentcustomerid_account"].to_list() == [None] * 5

    opps = _staged(run_dir, "opportunity")
    assert opps.select(["name", "estimatedvalue", "salesstage", "stepname", "closeprobability",
                        "statecode", "estimatedclosedate", "actualclosedate"]).rows() == [
        ("Bra affär kanske", 251200.0, 3, "Verbal Agreement", 90, 0, "2025-10-11T00:00:00Z",
         None),
        ("inkl utbildning", 60000.0, 3, "Closed Deal", 100, 1, "2013-06-02T00:00:00Z",
         "2009-03-18T00:00:00Z"),
        ("Kör på", 300000.0, 3, "Verbal Agreement", 90, 0, "2025-11-17T00:00:00Z", None),
        ("Sälj", 17000.0, 0, "Fallback", 5, 0, "2025-12-15T00:00:00Z", None),
        ("Annons", 10000.0, 3, "Lost Deal", 0, 2, "2013-06-02T00:00:00Z",
         "2009-03-18T00:00:00Z")]
    # only Axstores AB (account 96) is among the recorded accounts: its deal is on it
    assert opps["__via__customerid_account"].to_list() == [None, "id", None, None, None]
    axstores = accounts.filter(pl.col("name") == "Axstores AB")["__source_id"].to_list()
    assert opps["__ref__customerid_account"].to_list()[1] == axstores[0]
    assert all('"SEK"' in r for r in opps["__ref__transactioncurrencyid"].to_list())

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["account"]) == set(ACCOUNT) | {"transactioncurrencyid"}
    assert set(verified["contact"]) == set(CONTACT) | {"parentcustomerid"}
    assert set(verified["opportunity"]) == set(OPPORTUNITY) | {"customerid",
                                                             "transactioncurrencyid"}
    assert not any(v for table in verified.values() for v in table.values())
