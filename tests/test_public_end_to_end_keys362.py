"""keys362's public export run end to end from its parameters file, decisions only (issue
13): Corteza (cortezaproject/corteza-ext at 4116d67f, Apache-2.0; the CRM namespace of the
Corteza low-code platform), the input records its own CRM script tests build (one lead,
three accounts, two contacts, two cases) as its record export writes them (leads.csv,
accounts.csv, contacts.csv, cases.csv, headed by the modules' field names; English, the one
language: field names are not translated) (tests/data/exports/corteza-export-en;
SOURCE.md), written on the branch-point engine 99edcc1e (session 51, round Z). Same harness
as tests/test_public_end_to_end.py (the shared runner ``runs_once``, through conftest's
``runs``).

The lead loads (its placeholder values: the texts as they are, the ten a column cannot take
cleared with their reasons); of the three accounts the one with a name loads and the two
without (a billing address alone, a phone alone) are held back, Dynamics requiring an
account's name; of the two contacts John Doe loads and the one without a last name is held
back. Verification finds no column differing. The parameters decide: the cases file stays
in Corteza (unknown: the test cases name no customer, which Dynamics requires; discovery
names it a ticket list), the keys (the export writes no record id: the columns that tell
the records apart), the lead's Industry, LeadSource and Rating left unread (placeholders,
no option of the org), the quarantine gate lifted (two of three accounts held back).

What the run reads: the account's name, billing street, city, state, postal code, country
and phone; the contact's e-mail, fax, first and last name and phone; the lead's street,
city, state, postal code, country, annual revenue, company (also as the topic), description,
do-not-call, e-mail, e-mail opt-out, fax, fax opt-out (do not fax: session 56, the emulator
serves the lead's documented donotfax), mobile, salutation, first and last name, employees,
phone, title and website. OwnerId of each file is the owner: Corteza user ids, no user of the
org (the fallback owner; '2' and the placeholder 'ownerid' queued).

What is NOT read (left unmapped by the engine, or by decision):
- leads: Twitter, Facebook, LinkedIn; Industry, LeadSource, Rating (by decision);
- contacts: AccountId (a Corteza record id of an account; the export carries no account
  ids: an unresolved link, left), IsPrimary;
- cases: the whole file (by decision).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    verified_columns,
)

NAME = "corteza-export-en"
ACCOUNT = {"name": "AccountName", "address1_line1": "BillingStreet",
           "address1_city": "BillingCity", "address1_stateorprovince": "BillingState",
           "address1_postalcode": "BillingPostalCode", "address1_country": "BillingCountry",
           "telephone1": "Phone"}
CONTACT = {"emailaddress1": "Email", "fax": "Fax", "firstname": "FirstName",
           "lastname": "LastName", "telephone1": "Phone"}
LEAD = {"address1_line1": "Street", "address1_city": "City",
        "address1_stateorprovince": "State", "address1_postalcode": "PostalCode",
        "address1_country": "Country", "revenue": "AnnualRevenue", "companyname": "Company",
        "description": "Description", "donotphone": "DoNotCall", "emailaddress1": "Email",
        "donotemail": "HasOptedOutOfEmail", "fax": "Fax", "mobilephone": "MobilePhone",
        "salutation": "Salutation", "firstname": "FirstName", "lastname": "LastName",
        "numberofemployees": "NumberOfEmployees", "telephone1": "Phone", "jobtitle": "Title",
        "websiteurl": "Website", "subject": "Company",
        # session 56: the emulator serves the lead's documented donotfax; Salesforce's
        # HasOptedOutOfFax (Corteza's CRM copies its fields) is exactly that flag
        "donotfax": "HasOptedOutOfFax"}
#: the lead's placeholder values a column cannot take: cleared, each with its reason
#: (session 56: 'HasOptedOutOfFax', the header repeated, is no yes/no for donotfax either)
LEAD_CLEARED = ["AnnualRevenue", "DoNotCall", "HasOptedOutOfEmail", "Fax", "HasOptedOutOfFax",
                "MobilePhone", "NumberOfEmployees", "Phone", "Email", "Website"]
KINDS = {"accounts": ("account", {"account": 3}), "contacts": ("contact", {"contact": 2}),
         "leads": ("lead", {"lead": 1}), "cases": ("unknown", {})}


def test_corteza_leads_accounts_and_contacts_load(runs: Callable[[str], Path]) -> None:
    """The lead, one account and one contact load; the nameless accounts and the contact
    without a last name are held back with their reasons; the cases stay; nothing differs."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "account": ("accounts", 3, 1, 2, 0, 0, 0), "contact": ("contacts", 2, 1, 1, 0, 0, 0),
        "lead": ("leads", 1, 1, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t.get("name") or t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "contact", "lead"}
    for entry, columns in (("account", ACCOUNT), ("contact", CONTACT), ("lead", LEAD)):
        table = tables[entry]
        assert {c["target"]: c["source"] for c in table["columns"]} == columns
        assert table["owner"]["source"] == "OwnerId"
        assert not table.get("lookups")
    assert [k["source"] for k in tables["contact"]["unresolved_lookups"]] == ["AccountId"]
    assert set(tables["contact"]["unmapped"]) == {"AccountId", "IsPrimary"}
    assert set(tables["lead"]["unmapped"]) == {
        "Twitter", "Facebook", "LinkedIn", "Industry", "LeadSource",
        "Rating"}
    assert [(u["source"], u["kind"]) for u in mapping["unmatched_sources"]] == [
        ("cases", "unknown")]

    held = {t: pl.read_csv(run_dir / "quarantine" / f"{t}.csv", infer_schema=False)
            for t in ("account", "contact", "lead")}
    assert [(r["row"], r["column"]) for r in held["account"].to_dicts()] == [
        ("1", "name"), ("2", "name")]
    assert [(r["row"], r["column"]) for r in held["contact"].to_dicts()] == [
        ("2", "lastname")]
    assert held["lead"].height == 0
    cleared = pl.read_csv(run_dir / "cleared" / "lead.csv", infer_schema=False)
    assert cleared["column"].to_list() == LEAD_CLEARED

    staged = run_dir / "staged"
    accounts = pl.read_parquet(staged / "account.parquet")
    assert accounts["name"].to_list() == ["AccountName,"]
    contacts = pl.read_parquet(staged / "contact.parquet")
    assert contacts.select("firstname", "lastname", "emailaddress1").rows() == [
        ("John", "Doe", "john.doe@mail.com")]
    leads = pl.read_parquet(staged / "lead.parquet")
    assert leads.select("companyname", "lastname", "address1_city").rows() == [
        ("Company", "LastName", "City")]
    assert leads["emailaddress1"].is_null().all() and leads["revenue"].is_null().all()

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).to_dicts()
    assert [(q["email"], q["status"], int(q["records"])) for q in queue] == [
        ("2", "unmatched", 1), ("ownerid", "unmatched", 1)]
    verified = verified_columns(run_dir)
    assert set(verified["account"]) == set(ACCOUNT) | {"ownerid"}
    assert set(verified["contact"]) == set(CONTACT) | {"ownerid"}
    assert set(verified["lead"]) == set(LEAD) | {"ownerid"}
    assert not any(n for cols in verified.values() for n in cols.values())
