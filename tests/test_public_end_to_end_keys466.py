"""keys466's public export runs end to end from its parameters file, decisions only
(issue 13): Braintree (braintree/braintree_python at 80b03f49, MIT; PayPal's card payment
gateway), its own fixed records (the literal request records of its SDK's integration
tests: 32 Vault customers, 18 card sales and credits) as the Braintree Control Panel's
search downloads label them ('Customer ID', 'First Name', 'Website', 'Created Datetime',
'Billing Extended Address', 'Billing City (Locality)', 'Transaction ID', 'Amount
Authorized'), in English (tests/data/exports/braintree-export-en; SOURCE.md), on the
branch-point engine be146a58 (session 57, round Z20). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``, through conftest's
``runs``).

The Vault customers load as contacts keyed by Braintree's customer id: names, e-mail,
phone, fax, website, creation date ('2026-06-16 17:24:32' read as UTC) and the default
card's billing address (street, second line, city, region, postal code, country). Three
customers the tests created with a first name only ('XML Chars <>&'"', 'Joe', 'Waldo') are
held back: Dataverse requires a contact's last name. The transactions are card payments
with no Sales table: not loaded, reported unmatched. Nothing is skipped, failed or
cleared; no link is unresolved; no one is queued as owner; verification finds no column
differing.

The parameters decide: the key (Braintree's customer id); no owner column; the company
('Fake Company', text, no companies file) not linked as the parent customer; the two
measured misses (engine be146a58, both modes): 'Billing Last Name' not the address's own
name, 'Billing Extended Address' the address's second line.

What is NOT read (left unmapped): 'Customer ID' (the key only), 'Company', 'Created
Timezone', the card's 'Payment Method Token', 'Card Type', 'Cardholder Name', 'Last Four of
Credit Card', 'Expiration Date', and the billing address's 'Billing First Name', 'Billing
Last Name' and 'Billing Company'; the file transactions.csv whole.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl
import pytest
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    run_public,
    runs_once,
    verified_columns,
)

NAME = "braintree-export-en"
CONTACT = {"firstname": "First Name", "lastname": "Last Name", "emailaddress1": "Email",
           "telephone1": "Phone", "fax": "Fax", "websiteurl": "Website",
           "overriddencreatedon": "Created Datetime",
           "address1_line1": "Billing Street Address",
           "address1_line2": "Billing Extended Address",
           "address1_city": "Billing City (Locality)",
           "address1_stateorprovince": "Billing State/Province (Region)",
           "address1_postalcode": "Billing Postal Code", "address1_country": "Billing Country"}
UNMAPPED = {"Customer ID", "Company", "Created Timezone", "Payment Method Token", "Card Type",
            "Cardholder Name", "Last Four of Credit Card", "Expiration Date",
            "Billing First Name", "Billing Last Name", "Billing Company"}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone) for the test below."""
    return runs_once(tmp_path_factory, run_public)


def test_braintree_vault_customers_load_as_contacts(runs: Callable[[str], Path]) -> None:
    """29 Vault customers load as contacts with their billing address, three without a last
    name are held back with the reason; the transactions stay in Braintree; nothing
    differs."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "contact": ("customers", 32, 29, 3, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "customers": ("contact", {"contact": 32}), "transactions": ("unknown", {})}
    assert not files["transactions"]["migrated"]

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    (table,) = mapping["tables"]
    assert (table["target"], table["source"], table["source_key"]) == (
        "contact", "customers", "key(Customer ID)")
    assert {c["target"]: c["source"] for c in table["columns"]} == CONTACT
    assert set(table["unmapped"]) == UNMAPPED
    assert not table.get("owner") and not table.get("lookups")
    assert {u["source"]: u["kind"] for u in mapping["unmatched_sources"]} == {
        "transactions": "unknown"}

    held = pl.read_csv(run_dir / "quarantine" / "contact.csv", infer_schema=False)
    assert held.select("row", "column").rows() == [
        ("8", "lastname"), ("21", "lastname"), ("23", "lastname")]
    assert all(r.startswith("last name is required by Dataverse") for r in held["reason"])
    for kind in ("skipped", "cleared", "failed", "unresolved_links"):
        assert pl.read_csv(run_dir / kind / "contact.csv",
                           infer_schema=False).height == 0, kind

    contacts = pl.read_parquet(run_dir / "staged" / "contact.parquet").sort("__source_row")
    assert contacts.height == 29 and contacts["__source_id"].n_unique() == 29
    assert contacts["overriddencreatedon"].null_count() == 0
    assert contacts.select("firstname", "lastname", "emailaddress1", "telephone1", "fax",
                           "websiteurl", "overriddencreatedon").rows()[:2] == [
        ("Joe", "Brown", "joe@email.com", "312.555.1234", "614.555.5678", "www.email.com",
         "2026-06-16T17:24:32Z"),
        ("Kimi", "Räikkönen", "joe@email.com", "312.555.1234", "614.555.5678",
         "www.email.com", "2026-06-16T17:25:32Z")]
    addressed = contacts.filter(pl.col("address1_line1").is_not_null())
    assert addressed.select("firstname", "lastname", "address1_line1", "address1_line2",
                            "address1_city", "address1_stateorprovince",
                            "address1_postalcode", "address1_country").rows() == [
        ("Mike", "Jones", "123 Abc Way", None, "Chicago", "Illinois", "60622",
         "United States of America"),
        ("Timmy", "O'Toole", "1 E Main St", "Suite 3", "Chicago", "Illinois", "60622",
         "United States of America")]
    assert contacts.select("firstname", "lastname", "emailaddress1").rows()[-2:] == [
        ("Tom", "Smith", "smith@example.com"), ("Tom", "Smith", "smith@example.com")]

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified) == {"contact"} and set(verified["contact"]) == set(CONTACT)
    assert not any(verified["contact"].values())
