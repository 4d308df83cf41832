"""keys238's public export runs end to end from its parameters file, decisions only
(issue 13): vtiger CRM 7.1.0's own list view Export of vtiger's demo data, in English
(tests/data/exports/vtiger-export-en). Same harness as tests/test_public_end_to_end.py."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    issues,
    outcomes,
    run_public,
    verified_columns,
)


def test_vtiger_export_loads_organizations_contacts_leads(tmp_path: Path) -> None:
    """vtiger 7's export of its demo data: the 10 organisations load as accounts, the 10
    contacts as contacts, the 10 leads as leads and the 10 opportunities as opportunities,
    read back whole. Every reference is written `Accounts::::<name>` (vtiger's module, four
    colons, the record's name): intake reads the name it holds, so each opportunity's
    customer and each contact's organisation link to the account of that name. The header,
    joined by '", "', is read without its quotes. vtiger's dates are dd-mm-yyyy (the admin's
    format): the created time 04-01-2018 is 4 January, as the expected close dates
    ('26-08-2006') show."""
    run_dir = run_public("vtiger-export-en", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"account": ("Organizations", 10, 10, 0, 0, 0),
                             "contact": ("Contacts", 10, 10, 0, 0, 0),
                             "lead": ("Leads", 10, 10, 0, 0, 0),
                             "opportunity": ("Opportunities", 10, 10, 0, 0, 0)}
    assert not out["contact"].get("links_left")
    assert out["contact"]["unresolved_lookups"] == out["opportunity"]["unresolved_lookups"] == 0
    assert not issues(run_dir, "quarantine", "opportunity")
    staged = run_dir / "staged"
    accounts = pl.read_parquet(staged / "account.parquet")
    acc = accounts.filter(pl.col("name") == "t3M Invest A/S").to_dicts()[0]
    assert (acc["accountnumber"], acc["websiteurl"], acc["telephone1"], acc["address1_line1"],
            acc["address1_city"], acc["address1_postalcode"], acc["address2_city"],
            acc["address1_country"], acc["donotemail"]) \
        == ("ACC2", "www.t3minvestas.com", "(846) 482-1447", "123 Anywhere Street",
            "San Mateo", "98762", "San Mateo", "USA", False)
    assert acc["overriddencreatedon"] == "2018-01-04T10:17:31Z"   # 04-01-2018, day first
    contacts = pl.read_parquet(staged / "contact.parquet")
    mary = contacts.filter(pl.col("firstname") == "Mary").to_dicts()[0]
    assert (mary["lastname"], mary["emailaddress1"], mary["telephone1"], mary["mobilephone"],
            mary["telephone2"], mary["jobtitle"], mary["address1_line1"],
            mary["address1_postalcode"]) \
        == ("Smith", "mary_smith@company.com", "(319) 370-9457", "(866) 394-1607",
            "(068) 825-7529", "Director Operations", "999 Baker Way", "99999")
    leads = pl.read_parquet(staged / "lead.parquet")
    lead = leads.filter(pl.col("companyname") == "T3m invest a/s").to_dicts()[0]
    assert (lead["firstname"], lead["lastname"], lead["websiteurl"], lead["jobtitle"],
            lead["statuscode"], lead["address1_city"]) \
        == ("Patricia", "Johnson", "www.t3minvestas.com", "Director Operations", 2,
            "Sunnyvale")
    for decided in ("industrycode", "leadsourcecode", "leadqualitycode"):   # not moved
        assert decided not in contacts.columns or contacts[decided].null_count() == 10
    verified = verified_columns(run_dir)
    assert set(verified["account"]) >= {"name", "websiteurl", "address1_postalcode"}
    assert not any(n for cols in verified.values() for n in cols.values())
    files = inventory_files(run_dir)
    assert set(files) == {"Organizations", "Contacts", "Leads", "Opportunities"}
