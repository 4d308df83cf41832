"""keys65's public exports run end to end from their parameters files, decisions only
(issue 13): ToolJet's Lead Management System and Customer Support templates (the tables
as ToolJet Database holds them) and Directus's AgencyOS CRM collections (as Directus's CSV
export writes them). Same harness as tests/test_public_end_to_end.py."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    run_public,
    verified_columns,
)


def test_tooljet_lead_management_rows_are_leads(tmp_path: Path) -> None:
    """The table 'lead_management_system' names leads (the tool's words after the noun
    say nothing): its 20 rows load as leads, the whole name as the last name, the company
    typed in, the deal amount as the lead's estimate, the status decided (6 new, 11
    qualified: an opportunity or a customer, 3 lost). Every record read back alike."""
    run_dir = run_public("tooljet-lead-management", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"lead": ("lead_management_system", 20, 20, 0, 0, 0)}
    leads = pl.read_parquet(run_dir / "staged" / "lead.parquet")
    sarah = leads.filter(pl.col("emailaddress1") == "sjohnson@innovatech.com").to_dicts()[0]
    assert (sarah["lastname"], sarah["companyname"], sarah["estimatedamount"]) == (
        "Sarah Johnson", "InnovaTech Solutions", 75000.0)
    assert leads.group_by("statuscode").len().sort("statuscode").rows() == [
        (1, 6), (3, 11), (4, 3)]
    assert not any(n for cols in verified_columns(run_dir).values() for n in cols.values())
    assert inventory_files(run_dir)["lead_management_system"]["migrated"]


def test_tooljet_customer_support_customers_and_their_cases(tmp_path: Path) -> None:
    """ToolJet's 4 customers load as accounts and the 8 tickets as cases, each of its
    customer by the customer's name (no id names it), with its reference as the case
    number, its priority and status decided (Waiting on customer: waiting for details;
    Resolved: problem solved), its agent the owner. The customers' contact person is a
    name with no contacts file behind it: 4 links left, said."""
    run_dir = run_public("tooljet-customer-support", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"account": ("tpl_s10_customers", 4, 4, 0, 0, 0),
                             "incident": ("tpl_s10_tickets", 8, 8, 0, 0, 0)}
    assert out["account"]["links_left"] == {"primarycontactid": 4}
    cases = pl.read_parquet(run_dir / "staged" / "incident.parquet")
    assert cases["__ref__customerid_account"].drop_nulls().len() == 8
    assert cases.select("ticketnumber", "statuscode", "prioritycode").sort(
        "ticketnumber").rows()[:3] == [("SUP-1201", 1, 1), ("SUP-1202", 1, 2),
                                       ("SUP-1203", 3, 1)]
    assert sorted(cases.filter(pl.col("statuscode") == 5)["ticketnumber"]) == [
        "SUP-1206", "SUP-1208"]
    assert verified_columns(run_dir)["incident"]["customerid"] == 0
    assert not any(n for cols in verified_columns(run_dir).values() for n in cols.values())
    assert all(f["migrated"] for f in inventory_files(run_dir).values())


def test_directus_agencyos_organizations_contacts_deal_and_call(tmp_path: Path) -> None:
    """Directus's 2 organizations load as accounts (the owner by e-mail), 2 contacts as
    contacts, the deal as an opportunity of its organization (by 'organization.name') at
    its stage (Proposal, open), the call as a phone call, completed. Left, counted and
    said: the many-to-many cells (a contact's organizations, an organization's contacts,
    the deal's contacts: a JSON list of names in one cell) match no record, and the call's
    organization (one row) matched none either; the deal beside it is a copy of the same
    claim (regardingobjectid went to the organization)."""
    run_dir = run_public("directus-agencyos", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"account": ("organizations", 2, 2, 0, 0, 0),
                             "contact": ("contacts", 2, 2, 0, 0, 0),
                             "opportunity": ("os_deals", 1, 1, 0, 0, 0),
                             "phonecall": ("os_activities", 1, 1, 0, 0, 0)}
    assert (out["account"]["links_left"], out["contact"]["links_left"],
            out["opportunity"]["links_left"], out["phonecall"]["links_left"]) == (
        {"primarycontactid": 2}, {"parentcustomerid": 2}, {"parentcontactid": 1},
        {"regardingobjectid": 1})
    deal = pl.read_parquet(run_dir / "staged" / "opportunity.parquet").to_dicts()[0]
    assert (deal["name"], deal["estimatedvalue"], deal["stepname"], deal["statecode"]) == (
        "Directus Website Deal", 5000.0, "Proposal", 0)
    assert deal["__ref__customerid_account"] is not None
    call = pl.read_parquet(run_dir / "staged" / "phonecall.parquet").to_dicts()[0]
    assert (call["subject"], call["statecode"]) == ("Followup call", 1)
    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    people = next(t for t in mapping["tables"] if t["target"] == "contact")
    assert "would be the lookup parentcustomerid" in people["unmapped_reasons"]["organizations"]
    for t in mapping["tables"]:   # Directus's own stamps: no e-mail of the record's
        assert "user_updated.email" in t["unmapped"], t["target"]
    assert not any(n for cols in verified_columns(run_dir).values() for n in cols.values())
    assert all(f["migrated"] for f in inventory_files(run_dir).values())
