"""keys44's public exports run end to end from their parameters files, decisions only
(issue 13): Microsoft's industry accelerators' sample data for Dataverse (Nonprofit,
Financial Services banking, Higher Education), one CSV per table headed with Dataverse's
own labels, ids and links as GUIDs, choices as option numbers. Same harness as
tests/test_public_end_to_end.py."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from test_public_end_to_end import assert_true_counts, inventory_files, outcomes, run_public


def _refs(run_dir: Path, table: str) -> dict[str, int]:
    staged = pl.read_parquet(run_dir / "staged" / f"{table}.parquet")
    return {c.removeprefix("__ref__"): staged[c].drop_nulls().len() for c in staged.columns
            if c.startswith("__ref__")}


def _verified(run_dir: Path) -> dict[str, dict[str, int]]:
    return {t: v["columns"] for t, v in
            json.loads((run_dir / "verification.json").read_text())["tables"].items()}


def _bound_later(run_dir: Path) -> dict[str, dict[str, int]]:
    """Per object, the links bound once the table they name had loaded (load/<object>.json)."""
    return {p.stem: b for p in sorted((run_dir / "load").glob("*.json"))
            if (b := json.loads(p.read_text()).get("bound_later"))}


def _in_org(tmp_path: Path, name: str, entity_set: str, *lookups: str) -> dict[str, int]:
    """Per lookup, how many of the org's records hold a value, read back from the org."""
    from d365migrate.run.context import RunContext

    ctx = RunContext.open(tmp_path / "parameters" / f"{name}.yml", tmp_path / "run")
    try:
        rows = list(ctx.client.query(entity_set, select=[f"_{lk}_value" for lk in lookups]))
    finally:
        ctx.client.close()
    return {lk: sum(1 for r in rows if r.get(f"_{lk}_value")) for lk in lookups}


def test_nonprofit_accounts_constituents_leads_opportunities_and_appeals(
        tmp_path: Path) -> None:
    """The Nonprofit Accelerator's 36 accounts (organisations and households), 83 contacts,
    4 leads, 3 opportunities and 9 appeals load, every record read back: each contact
    under the account its Company Name's GUID names (79), each opportunity with its
    account, contact and potential customer; Status and Status Reason written as the
    option numbers the export holds (all active, open). The accounts' Primary Contact (28)
    is bound once the contacts have loaded (they load after the accounts), read back from
    the org. Pledges, gifts, memberships, designations, connections and extra addresses stay
    in the source with their reasons."""
    run_dir = run_public("d365-nonprofit-accelerator", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"account": ("Account", 36, 36, 0, 0, 0),
                             "contact": ("Contact", 83, 83, 0, 0, 0),
                             "campaign": ("Campaign", 9, 9, 0, 0, 0),
                             "lead": ("Lead", 4, 4, 0, 0, 0),
                             "opportunity": ("Opportunity", 3, 3, 0, 0, 0)}
    assert all(o["unresolved_lookups"] == 0 for o in out.values())
    assert _refs(run_dir, "contact") == {"parentcustomerid_account": 79}
    assert _refs(run_dir, "opportunity") == {"parentaccountid": 3, "parentcontactid": 3,
                                             "customerid_account": 3}
    verified = _verified(run_dir)
    assert verified["contact"]["parentcustomerid"] == 0
    assert verified["opportunity"]["customerid"] == 0
    leads = pl.read_parquet(run_dir / "staged" / "lead.parquet")
    assert sorted(leads["subject"].to_list()) == ["Lead Test", "New Gaslines", "New Loans",
                                                  "Supply Deal"]   # 'Topic'
    accounts = pl.read_parquet(run_dir / "staged" / "account.parquet")
    assert set(accounts["statecode"]) == {0} and set(accounts["statuscode"]) == {1}
    # the Primary Contact, bound once the contacts loaded: every one, none waiting
    assert _refs(run_dir, "account") == {"primarycontactid": 28}
    assert _bound_later(run_dir) == {"account": {"primarycontactid": 28}}
    assert verified["account"]["primarycontactid"] == 0
    assert _in_org(tmp_path, "d365-nonprofit-accelerator", "accounts",
                   "primarycontactid") == {"primarycontactid": 28}
    assert pl.read_csv(run_dir / "unresolved_links" / "account.csv").height == 0
    deals = pl.read_parquet(run_dir / "staged" / "opportunity.parquet")
    assert sorted(deals["estimatedvalue"].to_list()) == [350000.0, 500000.0, 850000.0]
    assert set(deals["stepname"]) == {"1-Qualify"} and set(deals["statecode"]) == {0}
    files = inventory_files(run_dir)
    for name in ("Address", "Connection", "Donor Commitment", "Transaction", "Membership",
                 "Designation"):
        assert not files[name]["migrated"] and files[name]["reason"], name


def test_fsi_companies_persons_prospects_and_opportunities_of_either(tmp_path: Path) -> None:
    """The banking sample's renamed tables load where they belong: 5 companies as accounts
    (one inactive, closed), 30 persons as contacts, 19 prospects as leads (3 qualified or
    disqualified, closed) and 23 opportunities, every record read back. An opportunity's
    Potential Customer is a company or a person by its GUID: 11 bound to accounts and 11 to
    contacts (one names none). A person's company and a prospect's account are bound where
    the export names them (6 each), not guessed from e-mail domains (decision). Links into
    records that load later are bound once those have loaded, read back from the org: a
    company's primary contact (4) and originating lead (3), a person's originating lead (1).
    The KYC checks, holdings, facilities, limits, the bank and its branches stay in the
    source with their reasons."""
    run_dir = run_public("d365-fsi-banking-sample", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "closed") == {"account": ("Company", 5, 5, 0, 0, 0, 1),
                                       "contact": ("Person", 30, 30, 0, 0, 0, 0),
                                       "lead": ("Prospect", 19, 19, 0, 0, 0, 3),
                                       "opportunity": ("Opportunity", 23, 23, 0, 0, 0, 0)}
    assert all(o["unresolved_lookups"] == 0 for o in out.values())
    refs = _refs(run_dir, "opportunity")
    assert (refs["customerid_account"], refs["customerid_contact"]) == (11, 11)
    # a person's company only where the export names one (by decision: no guess from the
    # e-mail domain, which every demo person shares with Contoso)
    assert _refs(run_dir, "contact") == {"parentcustomerid_account": 6, "originatingleadid": 1}
    assert _refs(run_dir, "lead")["customerid_account"] == 6
    verified = _verified(run_dir)
    assert verified["opportunity"]["customerid"] == 0
    # links into the persons and prospects, which load after the companies (and prospects
    # after persons): bound once they have loaded, every one read back
    assert _refs(run_dir, "account") == {"primarycontactid": 4, "originatingleadid": 3,
                                         "parentaccountid": 1}
    assert _bound_later(run_dir) == {"account": {"primarycontactid": 4, "originatingleadid": 3},
                                     "contact": {"originatingleadid": 1}}
    assert verified["account"]["primarycontactid"] == verified["account"][
        "originatingleadid"] == verified["contact"]["originatingleadid"] == 0
    name = "d365-fsi-banking-sample"
    assert _in_org(tmp_path, name, "accounts", "primarycontactid", "originatingleadid") == \
        {"primarycontactid": 4, "originatingleadid": 3}
    assert _in_org(tmp_path, name, "contacts", "originatingleadid") == {"originatingleadid": 1}
    accounts = pl.read_parquet(run_dir / "staged" / "account.parquet")
    assert dict(accounts.select("name", "statecode").rows()) == {
        "Contoso": 0, "AdventureWorks": 0, "Sports Performance Center": 0, "Coffee Inc": 0,
        "coffee": 1}
    files = inventory_files(run_dir)
    for name in ("KYC", "Financial Product", "Requested Facility", "Limit", "Bank", "Branch"):
        assert not files[name]["migrated"] and files[name]["reason"], name


def test_higher_education_accounts_people_and_their_advising_activities(
        tmp_path: Path) -> None:
    """The Higher Education sample's 21 accounts (schools, buildings, partners; six under a
    parent account), 25 contacts, 7 appointments and 4 tasks load, every record read back;
    each activity regarding its student by GUID. The appointments stay open as the export
    says (Status 0), not closed as meetings that took place; the one completed task is
    closed. The applications (not people, by decision), student records, connections and
    extra addresses stay in the source with their reasons."""
    run_dir = run_public("d365-higher-education-sample", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "closed") == {"account": ("Account", 21, 21, 0, 0, 0, 0),
                                       "contact": ("Contact", 25, 25, 0, 0, 0, 0),
                                       "task": ("Task", 4, 4, 0, 0, 0, 1),
                                       "appointment": ("Appointment", 7, 7, 0, 0, 0, 0)}
    assert all(o["unresolved_lookups"] == 0 for o in out.values())
    assert _refs(run_dir, "account") == {"parentaccountid": 6}
    assert _refs(run_dir, "contact") == {"parentcustomerid_account": 4}   # by GUID
    assert _refs(run_dir, "appointment") == {"regardingobjectid_contact_appointment": 7}
    assert _refs(run_dir, "task") == {"regardingobjectid_contact_task": 4}
    meetings = pl.read_parquet(run_dir / "staged" / "appointment.parquet")
    assert set(meetings["statecode"]) == {0}
    files = inventory_files(run_dir)
    for name in ("Address", "Connection", "Previous Education", "Test Score",
                 "Internship Applicant", "Scholarship Applicant"):
        assert not files[name]["migrated"] and files[name]["reason"], name
