"""keys506's public export runs end to end from its parameters file, decisions only
(issue 13): vtenext CE 20.04 (Italian open-source CRM, a vtiger 5 descendant; VTECRM/vtenext
at cfc8ecb2, AGPL-3.0), its installer's demo records (install/PopulateSeedData.php: 10
accounts -- 'vtecrm', 't3M Invest A/S', 'EDFG Group Limited'... -- each with one potential
'<name> - 1000 units', 10 contacts, 10 leads, 10 products, 5 trouble tickets) as vtenext's
list-view export writes them in English (tests/data/exports/vtenext-export-en; SOURCE.md:
every value quoted, ';' between, references 'Accounts::::<name>'), on the branch-point
engine 095c0f75 (session 61, round Z33). Same harness as tests/test_public_end_to_end.py
(the shared runner ``runs_once``); the org needs no set-up.

The accounts load as accounts keyed by 'Account No' (ACC1..: also the account number):
name, website, phone, billing and shipping addresses, 'Lock Automatic Emails' as do-not-
e-mail. The contacts load keyed by 'Contact No' (CON1..), on their account ('Account Name',
'Accounts::::<name>', by name). The leads load keyed by 'Lead No' (LEA1..), their vtenext
statuses as Dynamics' New / Contacted. The potentials load as opportunities keyed by
'Potential No' (POT1..) on the account named in 'Related To', their sales stages decided by
the engine from the stage names (Qualification, Needs Analysis, Id. Decision Makers, Value
Proposition open; 'Closed Won' closed as Won). Nothing held back, skipped, failed or cleared;
no owner queued (the fallback owner); verification finds no column differing.

The parameters decide: the keys (vtenext's record numbers), no owner column ("admin" is no
user of the org: the fallback owner), the lead statuses, 'Lock Automatic Emails' as
donotemail for accounts and contacts (a measured miss), the potential's customer from
'Related To' by account name (a measured miss), 'Effective closing date' left out (empty in
every row; mapped, the won potential's close date that Dynamics sets is reported as
differing from the empty cell), and vtenext's industry, lead source and rating lists left
out (no options in the org).

What is NOT read (left unmapped): 'Assigned To', 'Creator', modified times, 'Receive
newsletter', a record's rating, industry and lead source, an account's 'Member Of' and
Italian fiscal fields (all empty), a contact's 'Reports To', vendor, portal and support
fields, a potential's Type, Next Step and Campaign Source; Products.csv and HelpDesk.csv
(products and trouble tickets: not among the tables this run loads).
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

NAME = "vtenext-export-en"
ADDRESS = {f"address{n}_{c}": f"{side} {label}"
           for n, side in ((1, "Billing"), (2, "Shipping"))
           for c, label in (("line1", "Address"), ("postofficebox", "PO Box"),
                            ("city", "City"), ("stateorprovince", "State"),
                            ("postalcode", "Postal Code"), ("country", "Country"))}
ACCOUNT = {"name": "Account Name", "accountnumber": "Account No", "websiteurl": "Website",
           "telephone1": "Phone", "fax": "Fax", "telephone2": "Phone (other)",
           "numberofemployees": "Employees", "emailaddress1": "Email",
           "emailaddress2": "email (other)", "ownershipcode": "Ownership",
           "customertypecode": "Type", "sic": "SIC Code", "revenue": "Annual Revenue",
           "overriddencreatedon": "Time created", **ADDRESS, "description": "Description",
           "donotemail": "Lock Automatic Emails"}
CONTACT_ADDRESS = {f"address{n}_{c}": f"{side} {label}"
                   for n, side in ((1, "Mailing"), (2, "Other"))
                   for c, label in (("line1", "Street"), ("postofficebox", "PO Box"),
                                    ("city", "City"), ("stateorprovince", "State"),
                                    ("postalcode", "Postal Code"), ("country", "Country"))}
CONTACT = {"firstname": "First Name", "lastname": "Last Name", "telephone1": "Office Phone",
           "mobilephone": "Mobile", "telephone2": "Home Phone", "jobtitle": "Title",
           "telephone3": "Other Phone", "department": "Department", "fax": "Fax",
           "emailaddress1": "Email", "birthdate": "Date of birth",
           "assistantname": "Assistant", "assistantphone": "Assistant Phone",
           "donotphone": "Do Not Call", "overriddencreatedon": "Time created",
           **CONTACT_ADDRESS, "description": "Description",
           "donotemail": "Lock Automatic Emails"}
LEAD = {"firstname": "First Name", "lastname": "Last Name", "telephone1": "Phone",
        "companyname": "Company", "mobilephone": "Mobile", "jobtitle": "Title", "fax": "Fax",
        "emailaddress1": "Email", "industrycode": "Industry", "websiteurl": "Website",
        "revenue": "Annual Revenue", "statuscode": "Lead Status",
        "numberofemployees": "No Of Employees", "overriddencreatedon": "Time created",
        "address1_line1": "Street", "address1_postofficebox": "PO Box",
        "address1_postalcode": "Postal Code", "address1_city": "City",
        "address1_country": "Country", "address1_stateorprovince": "State",
        "description": "Description", "subject": "Company"}
OPPORTUNITY = {"name": "Potential Name", "estimatedvalue": "Amount",
               "estimatedclosedate": "Expected Close Date",
               "overriddencreatedon": "Time created", "description": "Description",
               "salesstage": "__stage_salesstage", "stepname": "__stage_stepname",
               "closeprobability": "__stage_closeprobability", "statecode": "__stage_state",
               "statuscode": "__stage_statuscode"}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once, from its parameters file alone."""
    return runs_once(tmp_path_factory, run_public)


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


def _issues(run_dir: Path, kind: str, table: str) -> list[dict]:
    return pl.read_csv(run_dir / kind / f"{table}.csv", infer_schema=False).to_dicts()


def test_vtenext_accounts_contacts_leads_potentials_load(
        runs: Callable[[str], Path]) -> None:
    """Accounts, contacts, leads and potentials load, keyed by vtenext's numbers, contacts
    and potentials on their accounts, the won potential closed as Won; products and tickets
    stay out; nothing held back or differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "account": ("Accounts", 10, 10, 0, 0, 0, 0, 0),
        "contact": ("Contacts", 10, 10, 0, 0, 0, 0, 0),
        "lead": ("Leads", 10, 10, 0, 0, 0, 0, 0),
        "opportunity": ("Potentials", 10, 10, 0, 0, 0, 0, 0)}
    assert (out["opportunity"]["closed"], out["opportunity"]["closed_as"]) == (1, {"Won": 1})
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "Accounts": ("account", {"account": 10}, True),
        "Contacts": ("contact", {"contact": 10}, True),
        "Leads": ("lead", {"lead": 10}, True),
        "Potentials": ("deal", {"opportunity": 10}, True),
        "Products": ("product", {}, False),
        "HelpDesk": ("ticket", {}, False)}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "contact", "lead", "opportunity"}
    for table, key, want in (("account", "Account No", ACCOUNT),
                             ("contact", "Contact No", CONTACT),
                             ("lead", "Lead No", LEAD),
                             ("opportunity", "Potential No", OPPORTUNITY)):
        t = tables[table]
        assert t["source_key"] == f"key({key})", table
        assert {c["target"]: c["source"] for c in t["columns"]} == want, table
        assert {"Assigned To", "Creator"} <= set(t["unmapped"]), table
    assert {"Effective closing date", "Sales Stage", "Type",
            "Campaign Source"} <= set(tables["opportunity"]["unmapped"])
    assert {"Industry", "Member Of", "Rating"} <= set(tables["account"]["unmapped"])
    assert [(lk["target"], lk["source"], lk["table"])
            for lk in tables["contact"]["lookups"]] == [
        ("parentcustomerid", "Account Name", "account")]
    assert [(lk["target"], lk["source"], lk["table"])
            for lk in tables["opportunity"]["lookups"]] == [
        ("customerid", "Related To", "account")]
    assert not any(t.get("owner") for t in tables.values())
    assert sorted((u["source"], u["kind"]) for u in mapping["unmatched_sources"]) == [
        ("HelpDesk", "ticket"), ("Products", "product")]

    for table in tables:
        for kind in ("quarantine", "skipped", "failed", "cleared", "unresolved_links"):
            assert not _issues(run_dir, kind, table), (table, kind)

    accounts = _staged(run_dir, "account")
    assert accounts.select(["name", "accountnumber", "websiteurl", "donotemail"]).rows()[:3] == [
        ("vtecrm", "ACC1", "www.vtecrm.com", False),
        ("t3M Invest A/S", "ACC2", "www.t3minvestas.com", False),
        ("EDFG Group Limited", "ACC3", "www.edfggrouplimited.com", False)]
    account_id = dict(zip(accounts["name"], accounts["__source_id"], strict=True))

    contacts = _staged(run_dir, "contact")
    assert contacts.select(["firstname", "lastname", "emailaddress1", "jobtitle"]).rows()[:2] == [
        ("Mary", "Smith", "mary_smith@company.com", "VP Operations"),
        ("Patricia", "Johnson", "patricia_johnson@company.com", "Director Operations")]
    # Mary Smith's account is 'Accounts::::EDFG Group Limited' (vtenext's reference form)
    assert contacts["__ref__parentcustomerid_account"][0] == account_id["EDFG Group Limited"]
    assert set(contacts["__via__parentcustomerid_account"]) == {"name"}

    leads = _staged(run_dir, "lead")
    assert leads.select(["firstname", "lastname", "companyname", "statuscode"]).rows() == [
        ("Mary", "Smith", "Vtecrm", 1), ("Patricia", "Johnson", "T3m invest a/s", 2),
        ("Linda", "Williams", "Edfg group limited", 2), ("Barbara", "Jones", "Vtecrm inc", 2),
        ("Elizabeth", "Brown", "X-ceed inc 99", 2), ("Jennifer", "Davis", "Vtecrm", 2),
        ("Maria", "Miller", "T3m invest a/s", 1), ("Susan", "Wilson", "Edfg group limited", 1),
        ("Margaret", "Moore", "Vtecrm inc", 1), ("Dorothy", "Taylor", "X-ceed inc 99", 1)]

    opps = _staged(run_dir, "opportunity")
    assert opps.select(["name", "estimatedvalue", "salesstage", "stepname",
                        "statecode"]).rows()[:5] == [
        ("vtecrm - 1000 units", 10000.0, 0, "Qualification", 0),
        ("t3M Invest A/S - 1000 units", 25000.0, 1, "Needs Analysis", 0),
        ("EDFG Group Limited - 1000 units", 50000.0, 3, "Closed Won", 1),
        ("vteCRM Inc - 1000 units", 50000.0, 1, "Id. Decision Makers", 0),
        ("X-CEED INC 99 - 1000 units", 75000.0, 2, "Value Proposition", 0)]
    # each potential on the account it is named for ('Accounts::::<name>', by name)
    assert opps["__ref__customerid_account"].to_list() == [
        account_id[n.removesuffix(" - 1000 units")] for n in opps["name"]]
    assert set(opps["__via__customerid_account"]) == {"name"}

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["account"]) == set(ACCOUNT)
    assert set(verified["contact"]) == set(CONTACT) | {"parentcustomerid"}
    assert set(verified["lead"]) == set(LEAD)
    assert set(verified["opportunity"]) == set(OPPORTUNITY) | {"customerid"}
    assert not any(v for table in verified.values() for v in table.values())
