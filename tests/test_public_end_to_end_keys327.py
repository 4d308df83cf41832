"""keys327's public export run end to end from its parameters file, decisions only (issue
13): Papercups (papercups-io/papercups at 6a6f5adc, MIT; open-source customer messaging),
the fixed records its ExUnit tests make (ten customers, three companies) as its dashboard's
customers CSV export and its companies list write them, in English, the one language
Papercups ships (tests/data/exports/papercups-export-en; SOURCE.md), written on the
branch-point engine 54005a21 (session 48, round V). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``).

The customers load as contacts (e-mail, phone, creation time where the export has it, the
last name from the name or else the e-mail, as Papercups titles a customer), the companies
as accounts (name, description); nine of the ten customers load, the tenth (an anonymous
visitor: no name, no e-mail, the export's id empty) is held back with no source id. The
parameters decide: the customers file is contacts (discovery named it accounts), the
customer's key (e-mail and name: the export's own id is empty in these records), the last
name Dynamics requires (the name, else the e-mail), and that the page the customer was on
(current_url) is no web site of theirs. Verification finds no column differing.

What is NOT read (left unmapped by the engine):
- the customers' id (empty), updated_at, first_seen, last_seen_at, external_id ('cus_123'),
  host, pathname, browser, os, ip, time_zone, and current_url (by decision);
- the companies' website: mapped as websiteurl, every value cleared ('--', the list's
  placeholder for empty, and 'some updated website_url' are no URLs); the description's
  '--' loads as text (the list's placeholder, read as a value);
- no link between customers and companies (the export carries no company column);
- no owner column (the fallback owner, no one queued).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl
import pytest
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    discovered_without_intake,
    inventory_files,
    issues,
    outcomes,
    run_public,
    runs_once,
    verified_columns,
)

NAME = "papercups-export-en"
#: the contacts as staged, in the file's order (the anonymous tenth held back)
CONTACTS = [
    ("user@test.com", "Test User", "+16501235555", None),
    ("customer@test.com", "customer@test.com", None, None),
    ("test-0@test.com", "test-0@test.com", None, "2020-10-12T12:00:00Z"),
    ("test-1@test.com", "test-1@test.com", None, "2020-10-11T12:00:00Z"),
    ("test-2@test.com", "test-2@test.com", None, "2020-10-12T12:00:00Z"),
    ("test-3@test.com", "test-3@test.com", None, "2020-10-12T12:00:00Z"),
    ("jane@jane.com", "Jane", None, None),
    ("bob@bob.com", "bob@bob.com", None, None),
    (None, "Test User", None, None),
]
COMPANIES = [("Test Inc", "--"), ("Test Co", "--"),
             ("some updated name", "some updated description")]
NOT_READ = {"id", "updated_at", "first_seen", "last_seen_at", "external_id", "host",
            "pathname", "current_url", "browser", "os", "ip", "time_zone"}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone) for the tests below."""
    return runs_once(tmp_path_factory, run_public)


def test_papercups_customers_and_companies_load(runs: Callable[[str], Path]) -> None:
    """Nine customers load as contacts (the anonymous one held back), three companies as
    accounts; records field by field; verification finds no column differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"contact": ("customers", 10, 9, 1, 0, 0),
                             "account": ("companies", 3, 3, 0, 0, 0)}
    assert issues(run_dir, "quarantine", "contact") == ["no source id in 'key(email+name)'"]
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "customers": ("contact", {"contact": 10}), "companies": ("account", {"account": 3})}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "account"}
    contact, account = tables["contact"], tables["account"]
    assert {c["target"]: c["source"] for c in contact["columns"]} == {
        "emailaddress1": "email", "overriddencreatedon": "created_at",
        "telephone1": "phone", "lastname": "name"}
    assert contact["source_key"] == "key(email+name)"
    assert set(contact["unmapped"]) == NOT_READ
    assert {c["target"]: c["source"] for c in account["columns"]} == {
        "name": "Name", "description": "Description", "websiteurl": "Website"}
    assert account["source_key"] == "Name"
    for table in tables.values():
        assert not table.get("owner") and not table.get("lookups")
        assert not table.get("unresolved_lookups")

    staged = run_dir / "staged"
    rows = pl.read_parquet(staged / "contact.parquet").sort("__source_row").to_dicts()
    assert [(r["emailaddress1"], r["lastname"], r["telephone1"], r["overriddencreatedon"])
            for r in rows] == CONTACTS
    companies = pl.read_parquet(staged / "account.parquet").sort("__source_row").to_dicts()
    assert [(r["name"], r["description"]) for r in companies] == COMPANIES
    assert {r["websiteurl"] for r in companies} == {None}     # no value is a URL
    assert len(issues(run_dir, "cleared", "account")) == 3

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == {"emailaddress1", "overriddencreatedon", "telephone1",
                                        "lastname"}
    assert set(verified["account"]) == {"name", "description", "websiteurl"}
    assert not any(n for cols in verified.values() for n in cols.values())


def test_papercups_customers_are_contacts_without_the_intake_line(tmp_path: Path) -> None:
    """Where the analyst says nothing, discovery names the customers file contacts (session
    48: customers beside the export's own companies file are people; held out on 54005a21
    it named them accounts by their file name), as the parameters' intake line does."""
    found = discovered_without_intake(NAME, tmp_path, {"customers.csv": {"object": "contact"}})
    assert {o["source"]: o["name"] for o in found} == {"customers": "contact",
                                                       "companies": "account"}
