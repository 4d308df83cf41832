"""keys45's public exports run end to end from their parameters files, decisions only
(issue 13): Baserow's Venture Capital Investments, Online Freelancer Management and Legal
Case Tracker templates. Same harness as tests/test_public_end_to_end.py."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    run_public,
    verified_columns,
)


def test_baserow_venture_capital_companies_their_people_and_the_partners(
        tmp_path: Path) -> None:
    """The 5 portfolio companies load as accounts, their 12 people as contacts of their
    company (by its name, read back), the funds' 7 partners as contacts too (a second
    contacts file: people, not companies, though 'partner' often names companies). A
    company's list of its people's names is no one primary contact: 5 links left, counted
    and said; the fund commitments and investments stay in Baserow with their reasons."""
    run_dir = run_public("baserow-venture-capital-investments", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"account": ("Companies", 5, 5, 0, 0, 0),
                             "contact": ("Contacts", 12, 12, 0, 0, 0),
                             "contact_2": ("Partners", 7, 7, 0, 0, 0)}
    assert out["account"]["links_left"] == {"primarycontactid": 5}
    people = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert people["__ref__parentcustomerid_account"].drop_nulls().len() == 12
    best = people.filter(pl.col("lastname") == "Clayton I. Best").to_dicts()[0]
    assert (best["jobtitle"], best["address1_postalcode"]) == (
        "Chief executive officer, Founder", "95624")
    partners = pl.read_parquet(run_dir / "staged" / "contact_2.parquet")
    assert "John E. Marshall" in partners["lastname"].to_list()
    companies = pl.read_parquet(run_dir / "staged" / "account.parquet")
    # Product-based / Service-based is no relationship type: not written as one
    assert "customertypecode" not in companies.columns
    assert dict(companies.select("name", "industrycode").rows())["Cybrospace"] == 31
    verified = verified_columns(run_dir)
    assert verified["contact"]["parentcustomerid"] == 0
    assert not any(n for cols in verified.values() for n in cols.values())
    files = inventory_files(run_dir)
    for name in ("Funds", "Investments"):
        assert not files[name]["migrated"] and files[name]["reason"], name
    report = (run_dir / "report.html").read_text(encoding="utf-8")
    assert "5 records moved without it" in report     # the companies' Contacts column


def test_baserow_freelancer_agency_clients_projects_freelancers_and_actions(
        tmp_path: Path) -> None:
    """The agency's 18 clients load as accounts with their contact person's e-mail (its own
    address: no link by e-mail), its 15 projects as opportunities of their client (by name,
    read back), ten of them won (in progress or completed), the 19 freelancers as contacts
    with their country, and the 11 actions as tasks regarding their project. An action's
    author is a freelancer, no user of the org: the fallback owner, said in the report. The
    Region column moved (to the country): the report must not list it as left out."""
    run_dir = run_public("baserow-online-freelancer-management", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "closed") == {
        "account": ("Clients", 18, 18, 0, 0, 0, 0),
        "contact": ("Freelancers", 19, 19, 0, 0, 0, 0),
        "opportunity": ("Projects", 15, 15, 0, 0, 0, 10),
        "task": ("Actions", 11, 11, 0, 0, 0, 0)}
    assert out["account"]["links_left"] == {"primarycontactid": 18}
    clients = pl.read_parquet(run_dir / "staged" / "account.parquet")
    umbra = clients.filter(pl.col("name") == "Live Umbra Inc").to_dicts()[0]
    assert (umbra["emailaddress1"], umbra["telephone1"]) == (
        "jimmy.leib@example.com", "(715) 338-2260")
    deals = pl.read_parquet(run_dir / "staged" / "opportunity.parquet")
    assert deals["__ref__customerid_account"].drop_nulls().len() == 15
    assert deals.group_by("stepname", "statecode").len().sort("stepname").rows() == [
        ("Completed", 1, 4), ("In progress", 1, 6), ("Planning and design", 0, 1),
        ("Proposed", 0, 4)]
    people = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert "address1_stateorprovince" not in people.columns
    assert people.filter(pl.col("lastname") == "Sergio Pfeifer")["address1_country"].to_list() \
        == ["Brazil"]
    tasks = pl.read_parquet(run_dir / "staged" / "task.parquet")
    assert tasks["__ref__regardingobjectid_opportunity_task"].drop_nulls().len() == 11
    verified = verified_columns(run_dir)
    assert verified["opportunity"]["customerid"] == 0
    assert verified["task"]["regardingobjectid"] == 0
    assert verified["contact"]["address1_country"] == 0
    mapping = (run_dir / "mapping.yml").read_text()
    assert "Region: not mapped" not in mapping         # it moved, to the country
    report = (run_dir / "report.html").read_text(encoding="utf-8")
    assert "Not mapped to address1_stateorprovince" not in report
    assert "sergio pfeifer" in report and "no Dynamics 365 user has this email or name" in report
    files = inventory_files(run_dir)
    assert not files["Skills"]["migrated"] and files["Skills"]["reason"]


def test_baserow_legal_cases_with_one_customer_move_the_others_are_held_back(
        tmp_path: Path) -> None:
    """The firm's 15 contacts load; of its 8 matters the 3 whose associated contacts are one
    person (the client) load as cases with that customer (read back), in progress; the 5
    naming several people (client, counsel, judge) name no one customer, which a case
    requires: held back, each with its row and value, and the report says so. The staff
    are matched as users; billing entries and invoices stay in Baserow, listed."""
    run_dir = run_public("baserow-legal-case-tracker", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"contact": ("Contacts", 15, 15, 0, 0, 0),
                             "incident": ("Cases", 8, 3, 5, 0, 0)}
    cases = pl.read_parquet(run_dir / "staged" / "incident.parquet")
    assert sorted(cases["title"]) == ["Dionne Bone vs EmployerCo",
                                      "Elisha Peters vs Carmen Kurtz",
                                      "Xena Olsen vs Maria Pottern"]
    assert set(cases["statuscode"]) == {1}
    assert cases["__ref__customerid_contact"].drop_nulls().len() == 3
    assert cases.filter(pl.col("ticketnumber") == "104958")["overriddencreatedon"].to_list() \
        == ["2021-02-20T00:00:00Z"]
    assert verified_columns(run_dir)["incident"]["customerid"] == 0
    held = pl.read_csv(run_dir / "quarantine" / "incident.csv", infer_schema=False)
    assert held["row"].to_list() == ["2", "3", "5", "7", "8"]
    assert held["value"][0] == "Ava-Mai Espinosa, Mali Bob"
    # the reason says what to fix: several people named, one customer to choose
    assert all("lists several names, and customerid holds one contact" in r
               for r in held["reason"])
    report = (run_dir / "report.html").read_text(encoding="utf-8")
    assert "5 records were held back" in report
    files = inventory_files(run_dir)
    for name in ("Billing entries", "Invoices"):
        assert not files[name]["migrated"] and files[name]["reason"], name
    assert not files["Staff"]["migrated"]                 # matched as the org's users
