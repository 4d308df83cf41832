"""keys10's public exports end to end from their parameters files, decisions only (issue 13).

As tests/test_public_end_to_end.py runs the others (kept apart so that rounds of public
exports added in parallel do not edit one file): Twenty CRM's seeds, Fat Free CRM's demo as
its list views export it and Dolibarr's French demo tables (SOURCE.md beside each).
"""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import yaml

from test_public_end_to_end import assert_true_counts, run_public
from test_public_exports import _export_dir


def _columns(run_dir: Path, target: str) -> set[tuple[str, str]]:
    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text())
    table = next(t for t in mapping["tables"] if t["target"] == target)
    return {(c["source"], c["target"]) for c in table["columns"]} | {
        (lk["source"], lk["target"]) for lk in table.get("lookups", [])}


def _owner(run_dir: Path, target: str) -> set[tuple[str, str]]:
    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text())
    table = next(t for t in mapping["tables"] if t["target"] == target)
    return {(table["owner"]["source"], "ownerid")} if table.get("owner") else set()


def test_twenty_companies_people_and_their_opportunities(tmp_path: Path) -> None:
    run_dir = run_public("twenty-crm-seeds", tmp_path)
    out = assert_true_counts(run_dir)
    assert {k: (o["source"], o["loaded"]) for k, o in out.items()} == {
        "account": (13, 13), "contact": (15, 15), "opportunity": (4, 4)}
    # each person with its company, each deal with its company and its point of contact,
    # by Twenty's UUIDs; read back and compared in the org
    assert ("companyId", "parentcustomerid") in _columns(run_dir, "contact")
    assert {("companyId", "customerid"), ("pointOfContactId", "parentcontactid")} <= \
        _columns(run_dir, "opportunity")
    verification = json.loads((run_dir / "verification.json").read_text())
    for table, column in (("contact", "parentcustomerid"), ("opportunity", "customerid"),
                          ("opportunity", "parentcontactid")):
        assert verification["tables"][table]["columns"][column] == 0, (table, column)
    staged = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert staged["__ref__parentcustomerid_account"].drop_nulls().len() == 15
    # the flattened address lines, decided, moved as they are
    assert ("addressAddressStreet1", "address1_line1") in _columns(run_dir, "account")
    assert all(o["cleared"] == 0 for o in out.values())
    # each amount in the currency's units: Twenty writes millionths (2000000 is 2.00 USD),
    # divided as decided, read back and compared; never a million times too large
    folder = _export_dir("twenty-crm-seeds")
    assert folder is not None
    deals = pl.read_csv(folder / "opportunity.csv", infer_schema=False)
    want = {d: int(a) / 1_000_000 for d, a in zip(deals["id"], deals["amountAmountMicros"],
                                                  strict=True)}
    staged = pl.read_parquet(run_dir / "staged" / "opportunity.parquet")
    assert dict(zip(staged["__source_id"], staged["estimatedvalue"], strict=True)) == want
    assert verification["tables"]["opportunity"]["columns"]["estimatedvalue"] == 0
    assert verification["tables"]["opportunity"]["matched"] == 4


def test_fatfreecrm_display_name_headers_and_lead_campaigns(tmp_path: Path) -> None:
    run_dir = run_public("fatfreecrm-demo", tmp_path)
    out = assert_true_counts(run_dir)
    assert {k: (o["source"], o["loaded"]) for k, o in out.items()} == {
        "account": (101, 101), "contact": (101, 101), "lead": (101, 101),
        "campaign": (86, 86)}
    folder = _export_dir("fatfreecrm-demo")
    assert folder is not None
    leads = pl.read_csv(folder / "leads.csv", infer_schema=False)
    closing = int(leads["Status"].is_in(["converted", "rejected"]).sum())
    assert out["lead"]["closed"] == closing == 50          # qualified or disqualified
    # Rails' display names read as the columns they name
    assert {("Background info", "description"), ("Created at", "overriddencreatedon"),
            ("Assigned to", "ownerid")} <= _columns(run_dir, "account") | _owner(run_dir, "account")
    assert {("Alt email", "emailaddress2"), ("Do not call", "donotphone")} <= \
        _columns(run_dir, "contact")
    # every lead with its campaign ('Campaign' holds the campaign's Id), verified
    staged = pl.read_parquet(run_dir / "staged" / "lead.parquet")
    assert staged["__ref__campaignid"].drop_nulls().len() == 101
    verification = json.loads((run_dir / "verification.json").read_text())
    assert verification["tables"]["lead"]["columns"]["campaignid"] == 0
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["file"]: f for f in inventory["files"]}
    assert not files["opportunities.csv"]["taken"] and files["opportunities.csv"]["reason"]


def test_dolibarr_french_third_parties_and_their_contacts(tmp_path: Path) -> None:
    run_dir = run_public("dolibarr-initdemo-fr", tmp_path)
    out = assert_true_counts(run_dir)
    assert {k: (o["source"], o["loaded"], o["quarantined"]) for k, o in out.items()} == {
        "account": (26, 26, 0), "contact": (16, 15, 1)}
    # the contact with no surname (Joséphine) is held back, saying why
    rows = pl.read_csv(run_dir / "quarantine" / "contact.csv", infer_schema=False)
    assert rows["column"].to_list() == ["lastname"] and rows["source_id"].to_list() == ["21"]
    # Dolibarr's French column names read as the fields they are
    assert {("nom", "name"), ("cp", "address1_postalcode"), ("ville", "address1_city")} <= \
        _columns(run_dir, "account")
    assert {("poste", "jobtitle"), ("fk_soc", "parentcustomerid")} <= \
        _columns(run_dir, "contact")
    staged = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert staged["__ref__parentcustomerid_account"].drop_nulls().len() == 15
    verification = json.loads((run_dir / "verification.json").read_text())
    assert verification["tables"]["contact"]["columns"]["parentcustomerid"] == 0
