"""keys444's public export runs end to end from its parameters file, decisions only
(issue 13): Midday (midday-ai/midday at 47d252aa, AGPL-3.0; the business OS for
freelancers), its own fixed records (the DB test seed's USD team: 46 transactions with fixed
dates, 7 invoices, the tracker project 'Billable Client Work'; the API tests' customer
factory: 'Acme Corporation') as its "export all data" zip writes them, in English
(tests/data/exports/midday-export-en; SOURCE.md), on the branch-point engine b331e8c1
(session 56, round Z13). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``, through conftest's ``runs``).

The one customer loads as an account, keyed by Midday's id: name, e-mail, phone, website,
the address (street, city, state, ZIP, country) and the creation date, its status 'active'
as the Active status reason; the empty billing e-mail, second street line, note, industry
and employee count are mapped and stay empty. Nothing held back, skipped or cleared; no one
queued as owner; verification finds no column differing. The invoices, transactions and
tracker projects are not loaded: each is reported unmatched (no Dataverse table).

The parameters decide: the key (Midday's uuid 'id'); that the export names no owner
('teamId' is the workspace every record lives in); that 'companyType' (the business model,
B2B or SaaS) is not the relationship type (the measured miss in both modes, left unread);
and the creation date's format: Midday writes Postgres's UTC timestamptz text,
'2024-05-01 00:00:00+00', whose hour-only offset the engine does not read (without the
decision the date is cleared and reported).

What is NOT read (left unmapped): the customer's key-less columns with no account column
(teamId, vatNumber, token, the AI enrichment's and the portal's fields, the computed counts,
sums and tags, all empty or defaults here), 'contact' (empty: the primary contact link is
left, none missing), and the files invoices.csv, transactions.csv and tracker-projects.csv
whole.
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

NAME = "midday-export-en"
KINDS = {"customers": ("account", {"account": 1}), "invoices": ("unknown", {}),
         "transactions": ("unknown", {}), "tracker-projects": ("unknown", {})}
ACCOUNT = {"name": "name", "emailaddress1": "email", "emailaddress2": "billingEmail",
           "telephone1": "phone", "websiteurl": "website",
           "overriddencreatedon": "createdAt", "address1_country": "country",
           "address1_line1": "addressLine1", "address1_line2": "addressLine2",
           "address1_city": "city", "address1_stateorprovince": "state",
           "address1_postalcode": "zip", "description": "note", "statuscode": "status",
           "industrycode": "industry", "numberofemployees": "employeeCount"}


def test_midday_customer_loads_as_account(runs: Callable[[str], Path]) -> None:
    """The customer loads as an account keyed by its id, its creation date read as UTC;
    the invoices, transactions and tracker projects stay in Midday; verification finds no
    column differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "closed", "cleared") == {
        "account": ("customers", 1, 1, 0, 0, 0, 0, 0, 0)}
    assert out["account"]["links_left"] == {"primarycontactid": 0}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    (table,) = mapping["tables"]
    assert table["target"] == "account"
    columns = {c["target"]: c["source"] for c in table.get("columns", [])}
    assert columns == ACCOUNT
    assert "customertypecode" not in columns          # 'companyType' left unread
    assert table["source_key"] == "key(id)"
    assert not table.get("owner")                     # 'teamId' is no owner
    assert {u["source"]: u["kind"] for u in mapping["unmatched_sources"]} == {
        "invoices": "unknown", "transactions": "unknown", "tracker-projects": "unknown"}

    for kind in ("quarantine", "skipped", "cleared", "flags"):
        issues = pl.read_csv(run_dir / kind / "account.csv", infer_schema=False)
        assert issues.height == 0, kind

    staged = pl.read_parquet(run_dir / "staged" / "account.parquet")
    assert staged.select(list(ACCOUNT)).rows() == [
        ("Acme Corporation", "billing@acme.com", None, "+1234567890", "https://acme.com",
         "2024-05-01T00:00:00Z", "US", "123 Main Street", None, "San Francisco", "CA",
         "94102", None, 1, None, None)]               # status 'active': Active (1)

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified) == {"account"}
    assert set(verified["account"]) == set(ACCOUNT)
    assert not any(verified["account"].values())
