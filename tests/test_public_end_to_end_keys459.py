"""keys459's public export runs end to end from its parameters file, decisions only
(issue 13): Adyen (Adyen/adyen-openapi at aa014f0c, MIT; the payment platform), its own fixed
records (the response examples of its OpenAPI specifications: twelve merchant accounts,
three stores, two Customer Area users, three individual and four organisation legal
entities, two payment links, two stored cards) as the Customer Area's list exports label
them ('Merchant account', 'Shop web address', 'Legal entity ID', 'Legal name', 'State or
province'), in English (tests/data/exports/adyen-export-en; SOURCE.md), on the branch-point
engine 41f9e323 (session 57, round Z18). Same harness as tests/test_public_end_to_end.py
(the shared runner ``runs_once``, through conftest's ``runs``).

Ten of the twelve merchant accounts load as accounts keyed by the merchant account's code:
name, status ('Active'), city, description. The other two have no name (the
specification's YOUR_MERCHANT_ACCOUNT_3 and the sub-merchant's account of POST /merchants)
and are held back, each with its reason: Dynamics requires an account's name. Their shop
URLs are the specification's placeholders ('YOUR_SHOP_URL_1'): each web site is cleared
with its reason, the account kept. The four organisation legal entities load as accounts
(a further file of the kind) keyed by the legal entity's id: legal name, e-mail, address
lines, city, state (by decision), postal code, country. The three individual legal entities
load as contacts keyed by their id: names, e-mail, phone, birth date, address, state (by
decision). The users are users (matched, not created); stores, payment links and stored
payment methods are unknown, not loaded. No one is queued as owner; verification finds no
column differing.

The parameters decide: the three keys (Adyen's ids); no owner columns; the web site from
'Shop web address' and the state from 'State or province' in both legal-entity files (the
measured misses in both modes); the status choice; the quarantine gate (2 of 12 merchant
accounts held back).

What is NOT read (left unmapped): the merchant accounts' capture delay, shopper
interaction, primary settlement currency (the emulator's account has no currency column),
company account, reference, legal entity and business line; the individuals' phone type and
identity document; the organisations' legal entity type, trading name, entity type,
registration number, tax ids and country of governing law; the files users.csv, stores.csv,
payment_links.csv and stored_payment_methods.csv whole.
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

NAME = "adyen-export-en"
KINDS = {"merchant_accounts": ("account", {"account": 12}),
         "legal_entities_organizations": ("account", {"account_2": 4}),
         "legal_entities_individuals": ("contact", {"contact": 3}),
         "users": ("user", {}), "stores": ("unknown", {}), "payment_links": ("unknown", {}),
         "stored_payment_methods": ("unknown", {})}
ACCOUNT = {"name": "Merchant name", "statuscode": "Status", "address1_city": "City",
           "description": "Description", "websiteurl": "Shop web address"}
ADDRESS = {"address1_line1": "Street", "address1_line2": "Street 2", "address1_city": "City",
           "address1_stateorprovince": "State or province",
           "address1_postalcode": "Postal code", "address1_country": "Country"}
ORGANISATION = {"name": "Legal name", "description": "Description", "emailaddress1": "Email",
                "telephone1": "Phone number", **ADDRESS}
CONTACT = {"firstname": "First name", "lastname": "Last name", "emailaddress1": "Email",
           "telephone1": "Phone number", "birthdate": "Date of birth", **ADDRESS}


def _mapping(run_dir: Path) -> dict[str, dict]:
    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    return {t["source"]: t for t in mapping["tables"]}


def test_adyen_merchants_and_legal_entities_load(runs: Callable[[str], Path]) -> None:
    """Ten merchant accounts, four organisations and three individuals load keyed by
    Adyen's ids; the two nameless merchant accounts are held back with their reason; the
    placeholder shop URLs are cleared; nothing differs."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "account": ("merchant_accounts", 12, 10, 2, 0, 0, 0, 10),
        "account_2": ("legal_entities_organizations", 4, 4, 0, 0, 0, 0, 0),
        "contact": ("legal_entities_individuals", 3, 3, 0, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    tables = _mapping(run_dir)
    assert {c["target"]: c["source"] for c in tables["merchant_accounts"]["columns"]} == ACCOUNT
    assert {c["target"]: c["source"]
            for c in tables["legal_entities_organizations"]["columns"]} == ORGANISATION
    assert {c["target"]: c["source"]
            for c in tables["legal_entities_individuals"]["columns"]} == CONTACT
    assert {t: tables[t]["source_key"] for t in tables} == {
        "merchant_accounts": "key(Merchant account)",
        "legal_entities_organizations": "key(Legal entity ID)",
        "legal_entities_individuals": "key(Legal entity ID)"}
    assert not any(tables[t].get("owner") for t in tables)

    held = pl.read_csv(run_dir / "quarantine" / "account.csv", infer_schema=False)
    assert held.select("file", "row", "column", "reason").rows() == [
        ("merchant_accounts.csv", str(row), "name",
         "account name is required by Dataverse (expect_column_values_to_not_be_null)")
        for row in (3, 12)]
    cleared = pl.read_csv(run_dir / "cleared" / "account.csv", infer_schema=False)
    assert cleared.height == 10
    assert set(cleared["target"]) == {"websiteurl"}
    assert set(cleared["reason"]) == {
        "website is not a URL (expect_column_values_to_match_regex)"}
    for name in ("account_2", "contact"):
        assert pl.read_csv(run_dir / "quarantine" / f"{name}.csv",
                           infer_schema=False).height == 0, name
        assert pl.read_csv(run_dir / "cleared" / f"{name}.csv",
                           infer_schema=False).height == 0, name

    accounts = pl.read_parquet(run_dir / "staged" / "account.parquet")
    assert accounts.height == 10
    assert accounts.select("name", "statuscode", "address1_city", "websiteurl").rows()[:3] == [
        ("YOUR_MERCHANT_NAME_1", 1, "Amsterdam", None),
        ("YOUR_MERCHANT_NAME_2", 1, None, None),
        ("YOUR_MERCHANT_NAME_4", 1, "Sao Paulo", None)]
    organisations = pl.read_parquet(run_dir / "staged" / "account_2.parquet")
    assert organisations.select("name", "emailaddress1", "address1_city",
                                "address1_stateorprovince", "address1_country").rows() == [
        ("Explorer Company based in NL", "organization@example.com", "Amsterdam", None, "NL"),
        ("Explorer Company based in US", None, "New York", "NY", "US"),
        ("Example Trust", None, "Sydney", "NSW", "AU"),
        ("West Family Partnership", None, "Sydney", "NSW", "AU")]
    contacts = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert contacts.select("firstname", "lastname", "emailaddress1", "telephone1",
                           "birthdate", "address1_stateorprovince").rows() == [
        ("Simone", "Hopper", "s.hopper@example.com", "+31858888138", "1990-06-21T00:00:00Z",
         None),
        ("Shelly", "Eller", "s.eller@example.com", "+14153671502", "1990-06-21T00:00:00Z",
         "NY"),
        ("John", "Test", None, None, "1990-01-01T00:00:00Z", None)]

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified["account"]) == set(ACCOUNT)
    assert set(verified["account_2"]) == set(ORGANISATION)
    assert set(verified["contact"]) == set(CONTACT)
    assert not any(n for cols in verified.values() for n in cols.values())
