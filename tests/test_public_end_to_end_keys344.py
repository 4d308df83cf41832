"""keys344's public export run end to end from its parameters file, decisions only (issue 13):
Jetpack CRM (formerly Zero BS CRM; Automattic's CRM plugin for WordPress, GPL-2.0), the fixed
records of its PHPUnit test tool Automation_Faker (Automattic/jetpack at addd0ee3: one
contact, company, quote, invoice and transaction) as its Export Tools write them, headed in
English (tests/data/exports/jetpackcrm-export-en; SOURCE.md), on the branch-point engine
d68e969e (session 49, round W). Same harness as tests/test_public_end_to_end.py (the shared
runner ``runs_once``, through conftest's ``runs``).

The company (Dummy Company) loads as an account, the contact (John Doe) as a contact; nothing
is held back and verification finds no column differing. The parameters decide: Jetpack
CRM's own "ID" the source id of both; the status (Lead / Customer / Refused / Blacklisted, the
relationship) the company's relationship type ('lead' a Prospect) and the contact's not read
(its relationship types hold only 'Default Value'); the six '(Second Address)' columns the
second address of both (the measured misses: the map left them unread); the contact's
company by the linked company's "Company ID" (empty here: no link is made); the quote, the
invoice and the transaction not moved (the quote names no customer and a Dataverse quote
needs one and a price list; bills and payments have no Sales table). No record has an owner
(the export's 'Owner' is empty): both go to the fallback owner, the owner queue is empty.

What the run reads: the account's name, main address, telephones, main e-mail, created date,
status (as the relationship type) and second address; the contact's e-mail, prefix, first
and last name, main address ('County' as the county line), home / work / mobile telephones,
created date ('August 4, 2023' read as 2023-08-04), second address and company link.

What is NOT read (left unmapped): both files' "ID" (the source id, not a column), 'Owner
Username', 'WordPress ID', 'Avatar', 'Twitter Handle', 'LinkedIn', 'Facebook Page', 'Last
Updated Date', 'Last Contacted Date'; the contact's 'Company Name', 'Company Email' and
'Status' (by decision); the quotes, invoices and transactions files (by decision, unknown).
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

NAME = "jetpackcrm-export-en"
SECOND = {"address2_line1": "Address Line 1 (Second Address)",
          "address2_line2": "Address Line 2 (Second Address)",
          "address2_city": "City (Second Address)",
          "address2_county": "County (Second Address)",
          "address2_postalcode": "Post Code (Second Address)",
          "address2_country": "Country (Second Address)"}
MAIN = {"address1_line1": "Address Line 1 (Main Address)",
        "address1_line2": "Address Line 2 (Main Address)",
        "address1_city": "City (Main Address)", "address1_county": "County (Main Address)",
        "address1_postalcode": "Post Code (Main Address)",
        "address1_country": "Country (Main Address)"}
ACCOUNT = {"name": "Name", "telephone1": "Main Telephone", "telephone2": "Secondary Telephone",
           "emailaddress1": "Main Email Address", "overriddencreatedon": "Created Date",
           "customertypecode": "Status", **MAIN, **SECOND}
CONTACT = {"emailaddress1": "Email", "salutation": "Prefix", "firstname": "First Name",
           "lastname": "Last Name", "telephone2": "Home Telephone",
           "telephone1": "Work Telephone", "mobilephone": "Mobile Telephone",
           "overriddencreatedon": "Created Date", **MAIN, **SECOND}
UNREAD = ["ID", "Owner Username", "WordPress ID", "Avatar", "Twitter Handle", "LinkedIn",
          "Facebook Page", "Last Updated Date", "Last Contacted Date"]


def test_jetpackcrm_company_and_contact_load_the_rest_stays(
        runs: Callable[[str], Path]) -> None:
    """The company loads as an account, the contact as a contact, as counted, nothing held
    back; the decided columns read; quotes, invoices and transactions not moved;
    verification finds no column differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "account": ("companies", 1, 1, 0, 0, 0, 0), "contact": ("contacts", 1, 1, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "companies": ("account", {"account": 1}), "contacts": ("contact", {"contact": 1}),
        "quotes": ("unknown", {}), "invoices": ("unknown", {}), "transactions": ("unknown", {})}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t.get("name") or t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "contact"}
    assert {c["target"]: c["source"] for c in tables["account"]["columns"]} == ACCOUNT
    assert {c["target"]: c["source"] for c in tables["contact"]["columns"]} == CONTACT
    for entry in ("account", "contact"):
        assert tables[entry]["source_key"] == "key(ID)"
        assert tables[entry]["owner"]["source"] == "Owner"
        assert not tables[entry].get("unresolved_lookups")
    assert tables["account"]["unmapped"] == UNREAD
    assert tables["contact"]["unmapped"] == UNREAD + ["Company Name", "Company Email", "Status"]
    assert not tables["account"].get("lookups")
    assert {lk["target"]: (lk["table"], lk["source"])
            for lk in tables["contact"]["lookups"]} == {
        "parentcustomerid": ("account", "Company ID")}
    assert sorted((u["source"], u["kind"]) for u in mapping["unmatched_sources"]) == [
        ("invoices", "unknown"), ("quotes", "unknown"), ("transactions", "unknown")]

    staged = run_dir / "staged"
    account = pl.read_parquet(staged / "account.parquet").to_dicts()
    assert len(account) == 1
    assert {k: account[0][k] for k in ("name", "address1_line1", "emailaddress1",
                                       "customertypecode")} == {
        "name": "Dummy Company", "address1_line1": "Address 1",
        "emailaddress1": "johndoe@dummycompany.com", "customertypecode": 8}   # a Prospect
    contact = pl.read_parquet(staged / "contact.parquet").to_dicts()
    assert len(contact) == 1
    assert {k: contact[0][k] for k in ("salutation", "firstname", "lastname", "emailaddress1",
                                       "address1_line1", "address1_city", "address1_county",
                                       "address1_postalcode", "address1_country",
                                       "mobilephone", "overriddencreatedon",
                                       "__ref__parentcustomerid_account")} == {
        "salutation": "Mr", "firstname": "John", "lastname": "Doe",
        "emailaddress1": "johndoe@example.com", "address1_line1": "My Street 1",
        "address1_city": "San Francisco", "address1_county": "CA",
        "address1_postalcode": "94110", "address1_country": "US",
        "mobilephone": "(877) 273-3049", "overriddencreatedon": "2023-08-04T00:00:00Z",
        "__ref__parentcustomerid_account": None}
    for row in (account[0], contact[0]):   # no second address in the records
        assert all(row[c] is None for c in SECOND)

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0                 # no owner named: the fallback owns both
    verified = verified_columns(run_dir)
    assert set(verified["account"]) == set(ACCOUNT) | {"ownerid"}
    assert set(verified["contact"]) == set(CONTACT) | {"ownerid", "parentcustomerid"}
    assert not any(n for cols in verified.values() for n in cols.values())
