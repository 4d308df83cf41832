"""keys493's public export runs end to end from its parameters file, decisions only
(issue 13): Twinfield (php-twinfield/twinfield at 0e963187, GPL; Wolters Kluwer's Dutch
online accounting), the records the PHP client's PHPUnit tests replay as recorded Twinfield
web service responses (customers 'Customer 0' (1097) and the Belgian D1001 in full, two more
from a customer list; four suppliers; sales invoice 5 with its one line), headed by
Twinfield's XML element names joined by '.', in English (tests/data/exports/
twinfield-export-en; SOURCE.md), on the branch-point engine 83dd4dd3 (session 60, round
Z29). Same harness as tests/test_public_end_to_end.py (the shared runner ``runs_once``,
through conftest's ``runs``).

The four customers load as accounts, keyed by their code (1097, D1001, D1000, D1002, also
their account number): name, website, the invoice address (country, city, postal code,
phone, fax, the name printed on it, the street lines from the free fields 2 and 3), e-mail,
credit limit and the relationship type Customer for the two full records of type DEB;
nothing held back, skipped, failed or cleared; no one queued as owner; verification finds
no column differing. The suppliers, the sales invoice and its line are not loaded: each is
reported unmatched (no Dataverse table).

The parameters decide: the key (the code); the street lines ('address.field2', '.field3':
measured misses in both modes); the address's name as its name, not a street line (the
measured miss); the e-mail and the credit limit (measured misses); the dimension type DEB as
the relationship type Customer (3); the gate (0%).

What is NOT read (left unmapped): the office, the financial settings (due days, payment
means and code, ledger accounts, VAT code, direct debit mandate), the attention line
(field1), the VAT and chamber of commerce numbers (field4, field5), the bank account, the
system fields (uid, inuse, behaviour, touched, periods), reminders and the blocked flag; the
files suppliers.csv, sales_invoices.csv and sales_invoice_lines.csv whole.
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

NAME = "twinfield-export-en"
ACCOUNT = {"customertypecode": "type", "name": "name", "websiteurl": "website",
           "address1_country": "address.country", "address1_city": "address.city",
           "address1_postalcode": "address.postcode", "address1_telephone1": "address.telephone",
           "address1_fax": "address.telefax", "accountnumber": "code",
           "address1_line1": "address.field2", "address1_line2": "address.field3",
           "address1_name": "address.name", "creditlimit": "creditmanagement.basecreditlimit",
           "emailaddress1": "address.email"}
KUPPERS = "Hr E G H Küppers en/of MW M.J. Küppers-Veeneman"
# what the run stages, customer by customer as the export writes them
CUSTOMERS = [
    ("1097", "Customer 0", 3, "http://www.example.com", "NL", "Place", "1000", "010-123452000",
     "010-12342000", "Streetname part 1 - 1", "Streetname part 1 - 2", "Customer 0", 0.0,
     "info@example.com"),
    ("D1001", KUPPERS, 3, None, "BE", None, None, None, None, None, None, None, 0.0, None),
    ("D1000", "John Doe", None, None, None, None, None, None, None, None, None, None, None, None),
    ("D1002", KUPPERS, None, None, None, None, None, None, None, None, None, None, None, None)]
STAGED = ["accountnumber", "name", "customertypecode", "websiteurl", "address1_country",
          "address1_city", "address1_postalcode", "address1_telephone1", "address1_fax",
          "address1_line1", "address1_line2", "address1_name", "creditlimit", "emailaddress1"]


def test_twinfield_customers_load_as_accounts(runs: Callable[[str], Path]) -> None:
    """The four customers load as accounts keyed by their code, the street lines from the
    address's free fields and the type DEB as Customer; the suppliers and the sales invoice
    stay in Twinfield; verification finds no column differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "account": ("customers", 4, 4, 0, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "customers": ("account", {"account": 4}, True),
        "suppliers": ("unknown", {}, False),
        "sales_invoices": ("unknown", {}, False),
        "sales_invoice_lines": ("unknown", {}, False)}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    (table,) = mapping["tables"]
    assert (table["target"], table["source"], table["source_key"]) == (
        "account", "customers", "key(code)")
    assert {c["target"]: c["source"] for c in table.get("columns", [])} == ACCOUNT
    assert not table.get("owner")                        # the export names no owner
    assert not table.get("lookups")
    assert {"office", "address.field1", "address.field4", "address.field5", "bank.iban",
            "financials.duedays", "creditmanagement.blocked", "uid"} <= set(table["unmapped"])
    assert {u["source"]: u["kind"] for u in mapping["unmatched_sources"]} == {
        "suppliers": "unknown", "sales_invoices": "unknown", "sales_invoice_lines": "unknown"}

    for kind in ("quarantine", "skipped", "failed", "cleared", "flags"):
        issues = pl.read_csv(run_dir / kind / "account.csv", infer_schema=False)
        assert issues.height == 0, kind
    staged = pl.read_parquet(run_dir / "staged" / "account.parquet").sort("__source_row")
    assert staged.select(STAGED).rows() == CUSTOMERS
    assert staged["__source_id"].n_unique() == 4

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified) == {"account"}
    assert set(verified["account"]) == set(ACCOUNT)
    assert not any(verified["account"].values())
