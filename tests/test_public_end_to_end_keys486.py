"""keys486's public export runs end to end from its parameters file, decisions only
(issue 13): EngageBay (ensilog/engagebay at da3f344a, MIT: a .NET client of EngageBay's
REST API, whose unit tests build EngageBay's fixed records: five contacts, two companies, a
deal and a ticket) headed by EngageBay's API property names, in English
(tests/data/exports/engagebay-export-en; SOURCE.md), on the branch-point engine 2bd4a745
(session 60, round Z27). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``, through the module's ``runs``), the org's account for EngageBay records
without a customer made first as its admin would (as tests/test_public_end_to_end_keys429.py).

John Doe and 'Test First Name' 'Test Last Name' load as contacts keyed by their e-mail
address: EngageBay's 'name' as the first name, 'last_name', 'role' as the job title, the
work phone, the web site and the address's five parts. The other three contacts
(test@domain.com, test2@domain.com, samson@walt.ltd) carry an e-mail address only: held back,
each with Dynamics' missing last name as its reason (3 of 5; the gate raised to 60%). The
companies 'Test Name' and 'www.engagebay.com' load as accounts keyed by name, 'website' as
the web site (the measured miss), the address's parts. The deal 'Test Deal' loads as an
opportunity keyed by its unique id: description, amount 100.5 as the estimated revenue,
open at the first step (the '(no stage)' decision: the row gives no stage at all). The
ticket 'Test Subject' loads as a case keyed by its subject, its HTML body as the description.
The deal and the case sit under the admin's account (neither names a customer). Nothing
skipped, failed or cleared; no link unresolved; no one queued as owner; verification finds
no column differing.

The parameters decide: the keys (the e-mail, the company's name, the deal's unique id, the
ticket's subject: EngageBay's own ids are set on two records only); no owner column
(EngageBay user ids '1'); the measured miss 'website' as the account's web site ('url' then
unread); the contacts' 'company_ids' not read (companies the export does not hold); the
ticket's type, priority and status ids not read (EngageBay's own lists, unnamed); the deals
without a stage ('(no stage)') open at the first step; the customer of the deal and
of the case; the quarantine gate.

What is NOT read (left unmapped): ids (a contact's, a company's), tags, a contact's score and
company ids, a company's 'url', every custom property ('custom_property', 'Test field 1'), a
deal's track, currency (the emulator's opportunity holds no currency
column: the other measured miss) and owner, a ticket's type, priority, status, group and
assignee.
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

NAME = "engagebay-export-en"
ACCOUNT = "EngageBay unassigned"
CONTACT = {"firstname": "name", "lastname": "last_name", "emailaddress1": "email",
           "telephone1": "phone", "jobtitle": "role", "websiteurl": "website",
           "address1_line1": "address", "address1_city": "city",
           "address1_stateorprovince": "state", "address1_postalcode": "zip",
           "address1_country": "country"}
ACCOUNT_COLUMNS = {"name": "name", "emailaddress1": "email", "telephone1": "phone",
                   "websiteurl": "website", "address1_line1": "address",
                   "address1_city": "city", "address1_stateorprovince": "state",
                   "address1_postalcode": "zip", "address1_country": "country"}
DEAL = {"name": "name", "description": "description", "estimatedvalue": "amount",
        "actualclosedate": "closed_date"}


def _org(client: Any) -> None:
    """What the org's admin set up: the account for EngageBay records that name no customer
    (an opportunity and a case need one; the deal and the ticket name none)."""
    client.create("accounts", {"name": ACCOUNT})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone) for the test below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


def test_engagebay_contacts_companies_deal_and_ticket_load(
        runs: Callable[[str], Path]) -> None:
    """Two contacts load, three without a last name are held back with that reason; two
    accounts, the deal and the ticket load under the admin's account; nothing differs."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "account": ("companies", 2, 2, 0, 0, 0, 0, 0),
        "contact": ("contacts", 5, 2, 3, 0, 0, 0, 0),
        "opportunity": ("deals", 1, 1, 0, 0, 0, 0, 0),
        "incident": ("tickets", 1, 1, 0, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "contacts": ("contact", {"contact": 5}), "companies": ("account", {"account": 2}),
        "deals": ("deal", {"opportunity": 1}), "tickets": ("ticket", {"incident": 1})}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "contact", "opportunity", "incident"}
    contact, account = tables["contact"], tables["account"]
    deal, case = tables["opportunity"], tables["incident"]
    assert (contact["source"], contact["source_key"]) == ("contacts", "key(email)")
    assert {c["target"]: c["source"] for c in contact["columns"]} == CONTACT
    assert {"id", "company_ids", "tags", "score", "Test field 1",
            "custom_property"} <= set(contact["unmapped"])
    assert not contact.get("lookups")
    assert (account["source"], account["source_key"]) == ("companies", "key(name)")
    assert {c["target"]: c["source"] for c in account["columns"]} == ACCOUNT_COLUMNS
    assert {"id", "url", "tags", "custom_property"} <= set(account["unmapped"])
    assert (deal["source"], deal["source_key"]) == ("deals", "key(unique_id)")
    assert {c["target"]: c["source"] for c in deal["columns"]
            if not c["source"].startswith("__stage_")} == DEAL
    assert {c["target"] for c in deal["columns"] if c["source"].startswith("__stage_")} == {
        "salesstage", "stepname", "closeprobability", "statecode"}
    assert {"track_id", "currency_type", "owner_id", "custom_property"} <= set(
        deal["unmapped"])
    assert (case["source"], case["source_key"]) == ("tickets", "key(subject)")
    assert {c["target"]: c["source"] for c in case["columns"]} == {
        "title": "subject", "description": "html_body"}
    assert {"type", "priority", "status", "group_id", "assignee_id",
            "custom_property"} <= set(case["unmapped"])
    for table in (deal, case):
        assert {lk["target"]: lk["existing"]["match"]["name"] for lk in table["lookups"]} == {
            "customerid": ACCOUNT}
    assert not any(t.get("owner") for t in tables.values())
    assert not mapping.get("unmatched_sources")

    held = pl.read_csv(run_dir / "quarantine" / "contact.csv", infer_schema=False)
    assert held.select("row", "column", "value").rows() == [
        ("3", "lastname", ""), ("4", "lastname", ""), ("5", "lastname", "")]
    assert all(r.startswith("last name is required by Dataverse") for r in held["reason"])
    for table in ("account", "contact", "opportunity", "incident"):
        kinds = ("skipped", "cleared", "failed", "unresolved_links") + (
            () if table == "contact" else ("quarantine",))
        for kind in kinds:
            assert pl.read_csv(run_dir / kind / f"{table}.csv",
                               infer_schema=False).height == 0, (table, kind)

    contacts = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert contacts.select(list(CONTACT)).rows() == [
        ("John", "Doe", "some-email@domain.com", "0000000000", "CEO", "www.domain.com",
         "13 nowhere street", "Paris", "Seine", "75000", "France"),
        ("Test First Name", "Test Last Name", "test@example.com", "1234567890", "Test Role",
         "https://website.com", "Test AddressLine", "Test City", "Test State", "12345",
         "Test Country")]
    accounts = pl.read_parquet(run_dir / "staged" / "account.parquet")
    assert accounts.select(list(ACCOUNT_COLUMNS)).rows() == [
        ("Test Name", "test@example.com", "1234567890", "https://website.com",
         "12 rue du test", "Testiland", None, "75000", "France"),
        ("www.engagebay.com", None, None, None, None, None, None, None, None)]
    deals = pl.read_parquet(run_dir / "staged" / "opportunity.parquet")
    assert deals.select(*DEAL, "salesstage", "statecode").rows() == [
        ("Test Deal", "Test Description", 100.5, None, 0, 0)]
    cases = pl.read_parquet(run_dir / "staged" / "incident.parquet")
    assert cases.select("title", "description").rows() == [
        ("Test Subject", "<p>Test Html Body</p>")]
    for frame in (deals, cases):
        assert frame["__via__customerid_account"].to_list() == ["existing"]

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified) == {"account", "contact", "opportunity", "incident"}
    assert set(CONTACT) <= set(verified["contact"])
    assert set(ACCOUNT_COLUMNS) <= set(verified["account"])
    assert {"name", "estimatedvalue", "customerid"} <= set(verified["opportunity"])
    assert {"title", "description", "customerid"} <= set(verified["incident"])
    assert not any(v for t in verified.values() for v in t.values())
