"""keys492's public export runs end to end from its parameters file, decisions only
(issue 13): Zoho Books (madisonrickert/zoho-books-cli at ff39b6b1, MIT; a Zoho Books
command-line client), the fixed Zoho Books v3 contacts list response it keeps as a fixture
(5 contacts: 3 customers, 2 vendors, fake data) headed by Zoho Books' API field names, in
English (tests/data/exports/zoho-books-export-en; SOURCE.md), on the branch-point engine
83dd4dd3 (session 60, round Z29). Same harness as tests/test_public_end_to_end.py (the shared
runner ``runs_once``, through conftest's ``runs``).

The five contacts load as accounts keyed by Zoho's contact id: the display name, web site,
relationship type (customer: Customer 3, vendor: Vendor 11), status 'active' as Active, the
primary contact person's e-mail and the phone, and the creation time (Zoho's
'2024-01-15T10:00:00-0700' staged as 2024-01-15T17:00:00Z, UTC). Nothing held back, skipped
or cleared; no one queued as owner; verification finds no column differing.

The parameters decide: the contacts file as accounts (discovery named it contact: the
measured file miss); the key (Zoho's contact id); no owner column; the payment terms not read
(Zoho's 'Net 15' and 'Due on Receipt' have no Dynamics option; suggest left
'payment_terms_label' unread: the measured miss); the relationship types and the status.

What is NOT read (left unmapped): the duplicated display names (customer_name, vendor_name) and
the company name; the currency's Zoho id (currency_id: its code, currency_code, USD, binds each
account to the org's base currency); the payment terms; the language; the source; the primary
contact person's first and last name (a contact's, and no contact file is loaded); the balances
(receivables, payables, unused credits); the portal, 1099, ACH and attachment flags; the
formatted dates and the last modified time.
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

NAME = "zoho-books-export-en"
ACCOUNT = {"name": "contact_name", "websiteurl": "website", "customertypecode": "contact_type",
           "statuscode": "status", "emailaddress1": "email", "telephone1": "phone",
           "overriddencreatedon": "created_time"}


def test_zoho_books_contacts_load_as_accounts(runs: Callable[[str], Path]) -> None:
    """The five contacts load as accounts by Zoho's contact id, customers and vendors told
    apart by the relationship type; verification finds no column differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "closed") == {
        "account": ("contacts", 5, 5, 0, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "contacts": ("account", {"account": 5})}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account"}
    table = tables["account"]
    assert {c["target"]: c["source"] for c in table.get("columns", [])} == ACCOUNT
    assert table["source_key"] == "key(contact_id)"
    assert not table.get("owner")                        # no contact names a Dynamics user
    assert [(lk["target"], lk["source"], lk["existing"]) for lk in table["lookups"]] == [
        ("transactioncurrencyid", "currency_code",
         {"table": "transactioncurrency", "by": "isocurrencycode"})]
    assert not mapping["unmatched_sources"]

    account = pl.read_parquet(run_dir / "staged" / "account.parquet")
    assert account.select(list(ACCOUNT)).rows() == [
        ("Acme Corp", None, 3, 1, "pat@example.com", None, "2024-01-15T17:00:00Z"),
        ("Beta Brewing", "https://example.org", 3, 1, "sam@example.org", "+1 555 000 1111",
         "2024-02-20T17:00:00Z"),
        ("Cedar Goods", None, 11, 1, None, None, "2023-08-10T17:00:00Z"),
        ("Delta Dairy", None, 11, 1, "orders@example.com", None, "2023-11-22T17:00:00Z"),
        ("Northwind Foods", "https://example.com", 3, 1, "jamie@example.com",
         "+1 555 000 2222", "2022-05-05T17:00:00Z")]   # '-0700' offsets read as UTC
    for kind in ("quarantine", "skipped", "cleared", "flags"):
        issues = pl.read_csv(run_dir / kind / "account.csv", infer_schema=False)
        assert issues.height == 0, kind

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified) == {"account"}
    assert set(verified["account"]) == set(ACCOUNT) | {"transactioncurrencyid"}
    assert not any(verified["account"].values())
