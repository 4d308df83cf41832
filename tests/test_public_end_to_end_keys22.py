"""keys22's public exports run end to end from their parameters files, decisions only
(issue 13): a grant maker's grantees (Salesforce.org's Outbound Funds Module). Same harness as
tests/test_public_end_to_end.py (that module is long already)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import polars as pl

from test_public_end_to_end import _export_dir, assert_true_counts, run_public

#: The export's contact fields that hold values and the contact columns they load into.
_CONTACT = {"Salutation": "salutation", "FirstName": "firstname", "LastName": "lastname",
            "Title": "jobtitle", "Email": "emailaddress1", "Phone": "telephone1",
            "MailingStreet": "address1_line1", "MailingCity": "address1_city",
            "MailingState": "address1_stateorprovince",
            "MailingPostalCode": "address1_postalcode", "MailingCountry": "address1_country"}


def _org_records(root: Path, entity: str) -> list[dict]:
    """What reached the org (the emulator's store), read back."""
    [store] = list((root / "runs").glob("*/org.sqlite"))
    with sqlite3.connect(store) as db:
        rows = db.execute("SELECT data FROM records WHERE entity = ?", (entity,)).fetchall()
    return [json.loads(r[0]) for r in rows]


def test_outbound_funds_grantees_load_with_their_people_linked(tmp_path: Path) -> None:
    run_dir = run_public("salesforce-outbound-funds", tmp_path)
    out = assert_true_counts(run_dir)
    assert {k: (o["source"], o["loaded"], o["quarantined"], o["skipped"], o["failed"])
            for k, o in out.items()} == {"account": (6, 6, 0, 0, 0),
                                         "contact": (7, 7, 0, 0, 0)}
    folder = _export_dir("salesforce-outbound-funds")
    assert folder is not None
    source = {r["Id"]: r for r in pl.read_csv(folder / "Contact.csv",
                                              infer_schema=False).to_dicts()}
    accounts = {a["new_smartdeskid"]: a for a in _org_records(tmp_path, "account")}
    assert accounts["2"]["name"] == "Grantwood City Council"
    # the team's decisions: every grantee's industry Social Services, its type Customer
    assert {(a["industrycode"], a["customertypecode"]) for k, a in accounts.items()
            if k in ("2", "3", "5", "6")} == {(27, 3)}
    contacts = _org_records(tmp_path, "contact")
    assert len(contacts) == len(source) == 7
    by_guid = {a["accountid"]: k for k, a in accounts.items()}
    for row in contacts:
        src = source[row["new_smartdeskid"]]
        assert {t: row.get(t) for t in _CONTACT.values()} == {
            t: src[s] for s, t in _CONTACT.items()}, row["new_smartdeskid"]
        # each person's organization, by the data set's record number, in the org
        assert by_guid[row["_parentcustomerid_value"]] == src["AccountId"]
    # the module's own objects are listed with their reasons, none taken
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    assert files["Account"]["taken"] == {"account": 6}
    assert files["Contact"]["taken"] == {"contact": 7}
    for name in ("Funding_Program__c", "Funding_Request__c", "Funding_Request_Role__c",
                 "Disbursement__c", "Requirement__c", "Review__c"):
        assert not files[name]["taken"], name
        assert files[name]["reason"].startswith("not migrated"), name


def test_npsp_donations_load_closed_won_with_their_household_and_primary_donor(
        tmp_path: Path) -> None:
    run_dir = run_public("salesforce-npsp-qa", tmp_path)
    out = assert_true_counts(run_dir)
    assert {k: (o["source"], o["loaded"], o["quarantined"], o["skipped"], o["failed"])
            for k, o in out.items()} == {"account": (166, 166, 0, 0, 0),
                                         "contact": (100, 100, 0, 0, 0),
                                         "opportunity": (222, 222, 0, 0, 0),
                                         "campaign": (13, 13, 0, 0, 0)}
    assert out["opportunity"]["closed"] == 222            # every donation is Closed Won
    folder = _export_dir("salesforce-npsp-qa")
    assert folder is not None
    read = {n: {r["Id"]: r for r in pl.read_csv(folder / f"{n}.csv",
                                                infer_schema=False).to_dicts()}
            for n in ("Contact", "Opportunity")}
    account_of = {a["accountid"]: a["new_smartdeskid"]
                  for a in _org_records(tmp_path, "account")}
    contact_of = {c["contactid"]: c["new_smartdeskid"]
                  for c in _org_records(tmp_path, "contact")}
    for c in _org_records(tmp_path, "contact"):   # each donor's household
        assert account_of[c["_parentcustomerid_value"]] == read["Contact"][
            c["new_smartdeskid"]]["AccountId"]
    gifts = _org_records(tmp_path, "opportunity")
    assert len(gifts) == 222
    for g in gifts:
        src = read["Opportunity"][g["new_smartdeskid"]]
        assert (g["statecode"], g["statuscode"]) == (1, 3)   # Won
        assert g["actualvalue"] == float(src["Amount"])
        assert account_of[g["_customerid_value"]] == src["AccountId"]
        # the contact role IsPrimary marks is the donation's contact: NPSP's own primary
        # contact on every donation, none on the organizations' gifts (influencers only)
        assert contact_of.get(g.get("_parentcontactid_value")) == (
            src["Primary_Contact__c"] or None), g["new_smartdeskid"]
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    roles = files["OpportunityContactRole"]
    assert not roles["taken"]
    assert "202 row(s) link each opportunity to its contact" in roles["reason"]
    assert "20 row(s) not used: no row for its opportunity is marked IsPrimary" in \
        roles["reason"]
    for name in ("npe01__OppPayment__c", "npe03__Recurring_Donation__c", "Allocation__c",
                 "General_Accounting_Unit__c", "Partial_Soft_Credit__c",
                 "npe4__Relationship__c", "Address__c", "CampaignMember"):
        assert not files[name]["taken"], name
        assert files[name]["reason"].startswith("not migrated"), name
