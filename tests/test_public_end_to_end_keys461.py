"""keys461's public export runs end to end from its parameters file, decisions only
(issue 13): Maxio Advanced Billing, formerly Chargify (maxio-com/ab-python-sdk at ea0ff777,
MIT; subscription billing for SaaS), its own fixed records (the JSON example responses of its
API reference as the SDK ships them: 13 customers, 7 subscriptions, 14 products, 6 product
families, 7 invoices) as the Chargify app's CSV exports label them ('First Name',
'Organization', 'Address 2', 'Zip', 'Product ID', 'Handle', 'Product Family'), in English
(tests/data/exports/chargify-export-en; SOURCE.md), on the branch-point engine e713e485
(session 57, round Z19). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``, through ``run_public``).

The 13 customers load as contacts keyed by Chargify's customer id: first and last name,
e-mail, street and second line, city, state, zip, country, phone, creation date (Rails'
'2016-11-14 14:48:10 -0500', read by its decided format, stored in UTC). The 14 products
load on the org's default unit group and unit, keyed by Chargify's product id, also their
number: name, description, price, creation date, whole units. The 6 product families load
as product families (a further file of the kind: product_2, product structure 2), keyed and
numbered by their id: name, description, creation date where given. Nothing held back,
cleared, skipped or failed; no one queued as owner; verification finds no column differing.

The parameters decide: the subscriptions as no Sales table (discovery named the file
contact: a measured file miss) and the product families as products (discovery named them
unknown: a measured miss, which left propose with their name, description and creation
date unread); the creation dates' format (read as no date and time, every one cleared, on
this engine); the keys; no owner column; the products' and families' numbers (the map took
the name); no parent customer and no parent product (the organization is text with no
companies file, the family named by a name three families share); the families' name,
description, creation date and structure; whole units and the unit group and unit.

What is NOT read (left unmapped): the customers' CC e-mails, organization, reference,
locale, VAT number, tax exemption, parent id, verification and update time; the products'
handle, family, billing interval and unit, setup fee, trial and expiration terms,
accounting code, card requirement, taxability, archive and update times; the families'
handle, accounting code, archive and update times. The subscriptions and invoices stay in
Chargify, each reported unmatched.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

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

NAME = "chargify-export-en"
CONTACT = {"firstname": "First Name", "lastname": "Last Name", "emailaddress1": "Email",
           "address1_line1": "Address", "address1_line2": "Address 2", "address1_city": "City",
           "address1_stateorprovince": "State", "address1_postalcode": "Zip",
           "address1_country": "Country", "telephone1": "Phone",
           "overriddencreatedon": "Created At"}
PRODUCT = {"name": "Name", "description": "Description", "price": "Price",
           "overriddencreatedon": "Created At", "productnumber": "Product ID",
           "quantitydecimal": None}
FAMILY = {"name": "Name", "description": "Description", "overriddencreatedon": "Created At",
          "productnumber": "ID", "productstructure": None, "quantitydecimal": None}
UNITS = {"defaultuomid", "defaultuomscheduleid"}


def _org(client: Any) -> None:
    """What the org's admin set up: the default unit group and unit the products are
    counted in."""
    group = client.create("uomschedules", {"name": "Default Unit",
                                           "baseuomname": "Primary Unit"})
    client.create("uoms", {"name": "Primary Unit", "quantity": 1,
                           "uomscheduleid@odata.bind": f"/uomschedules({group})"})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone) for the tests below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


def test_chargify_customers_products_and_families_load(runs: Callable[[str], Path]) -> None:
    """Customers as contacts, products and product families as products (families of
    structure 2), each keyed by Chargify's ids, Rails timestamps read in UTC; subscriptions
    and invoices stay in Chargify; nothing held back or cleared; nothing differs."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "contact": ("customers", 13, 13, 0, 0, 0, 0, 0),
        "product": ("products", 14, 14, 0, 0, 0, 0, 0),
        "product_2": ("product_families", 6, 6, 0, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "customers": ("contact", {"contact": 13}), "products": ("product", {"product": 14}),
        "product_families": ("product", {"product_2": 6}),
        "subscriptions": ("unknown", {}), "invoices": ("unknown", {})}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["source"]: t for t in mapping["tables"]}
    for source, columns in (("customers", CONTACT), ("products", PRODUCT),
                            ("product_families", FAMILY)):
        assert {c["target"]: c["source"] for c in tables[source]["columns"]} == columns
        assert not tables[source].get("owner")          # the exports name no one
    assert {t: tables[t]["source_key"] for t in tables} == {
        "customers": "key(ID)", "products": "key(Product ID)", "product_families": "key(ID)"}
    assert not tables["customers"].get("lookups")
    for source in ("products", "product_families"):
        assert {lk["target"] for lk in tables[source]["lookups"]} == UNITS
    assert {"Organization", "Parent ID", "Reference"} <= set(tables["customers"]["unmapped"])
    assert {"Handle", "Product Family"} <= set(tables["products"]["unmapped"])
    assert {u["source"] for u in mapping["unmatched_sources"]} == {"subscriptions", "invoices"}

    for target in ("contact", "product", "product_2"):
        for kind in ("quarantine", "cleared", "failed", "skipped"):
            assert pl.read_csv(run_dir / kind / f"{target}.csv",
                               infer_schema=False).height == 0, (kind, target)

    staged = run_dir / "staged"
    contacts = pl.read_parquet(staged / "contact.parquet").sort("__source_row")
    assert contacts.height == 13 and contacts["__source_id"].n_unique() == 13
    assert contacts.select("firstname", "lastname", "emailaddress1", "address1_line2",
                           "address1_postalcode", "telephone1",
                           "overriddencreatedon").rows()[4:8] == [
        ("Jane", "Doe", "jane@example.com", "Unit 10", "02120", "555-555-1212",
         "2025-05-08T15:39:18Z"),
        ("Martha", "Washington", "martha.washington@example.com", None, None, None,
         "2016-12-05T15:33:07Z"),
        ("Curtis", "Test", "curtis@example.com", None, "80302", None, "2016-11-14T19:48:10Z"),
        ("Catie", "Test", "catie@example.com", "Apartment #10", "90210", "555-555-5555",
         "2017-06-27T18:01:05Z")]
    assert contacts["overriddencreatedon"].null_count() == 0
    products = pl.read_parquet(staged / "product.parquet").sort("__source_row")
    assert products.select("productnumber", "name", "price", "overriddencreatedon",
                           "quantitydecimal").rows()[:4] == [
        ("3792003", "$10 Basic Plan", 10.0, "2016-03-24T17:38:39Z", 0),
        ("4470347", "Zero Dollar Product", 0.0, "2017-03-23T15:54:12Z", 0),
        ("4581816", "Basic", 1000.0, "2017-11-02T20:00:11Z", 0),
        ("8080", "Pro Versions", 6.0, "2019-02-15T17:15:00Z", 0)]
    assert products["productnumber"].n_unique() == 14
    families = pl.read_parquet(staged / "product_2.parquet").sort("__source_row")
    assert families.select("productnumber", "name", "description", "productstructure",
                           "overriddencreatedon").rows() == [
        ("527890", "Acme Projects", None, 2, None),
        ("997233", "Acme Products", None, 2, None),
        ("1025627", "My Product Family", None, 2, None),
        ("37", "Acme Projects", None, 2, "2013-02-20T22:05:51Z"),
        ("933860", "Acme Projects", "Amazing project management tool", 2, None),
        ("155", "Bat Family", "Another family.", 2, "2014-04-16T18:41:13Z")]

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(CONTACT)
    assert set(verified["product"]) == set(PRODUCT) | UNITS
    assert set(verified["product_2"]) == set(FAMILY) | UNITS
    assert not any(n for cols in verified.values() for n in cols.values())
