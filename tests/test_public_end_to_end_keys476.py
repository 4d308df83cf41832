"""keys476's public export runs end to end from its parameters file, decisions only
(issue 13): Bitrix24, its own records -- the CRM records of the API examples in Bitrix24's
own PHP SDK (bitrix24/b24phpsdk at 32027b28, MIT; docs/api/examples/*/*.php): the contact
John Doe, the lead 'New Lead Title', the deal 'New Deal' and its product row 'Product 1',
the activity 'Meeting', the product 'Sample Product', the user John Doe -- headed by
Bitrix24's REST field codes ('NAME', 'LAST_NAME', 'TITLE', 'COMPANY_TITLE', 'OPPORTUNITY',
'START_TIME'), in English (tests/data/exports/bitrix24-export-en; SOURCE.md), on the
branch-point engine 4c7a5ec4 (session 59, round Z24). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``, through conftest's
``runs``; the org's unit group and unit made first, as tests/test_public_end_to_end_keys475.py
does for Flutterwave's products).

The contact loads keyed by Bitrix24's id: first and last name, birth date, phone, e-mail,
street, city, country. The lead loads with its topic ('TITLE'), the prospect's name and
company ('COMPANY_TITLE'), status NEW as New (1), source WEB as Web (8), the expected amount
('OPPORTUNITY'), phone, e-mail, address and comments. The activity loads as a task: subject,
start, deadline, description, priority 1 as Low (0), 'completed' as Completed (5). The
product loads on the org's default unit: name, price, its code as the product number,
creation time, description. No owner is named: none queued; nothing held back, cleared,
skipped, failed or left unlinked; verification finds no column differing.

The parameters decide: the activities a task list (discovery named the file a generic
activity, which the run routes nowhere: the measured propose misses); the keys (Bitrix24's
'ID'); the lead's topic, company, amount and source (propose read 'TITLE' as a job title
and mapped the others to nothing: the measured misses); each task column; the product's
code as its number, a single product counted in whole units; the unit group and unit.

What is NOT read (left unmapped): the ids (keys only); 'ASSIGNED_BY_ID' / 'RESPONSIBLE_ID'
(user 1, whom no file holds), the contact's 'COMPANY_ID' (company 2, no companies file), the
task's 'OWNER_ID' / 'OWNER_TYPE_ID' (deal 1, no such deal) and 'TYPE_ID'; the lead's
'BIRTHDATE'; the product's VAT, catalogue, section, sort, 'XML_ID', pictures, VAT-included
flag and system stamps (its 'ACTIVE', Y, is its state since session 64) (the lead's and
product's 'CURRENCY_ID' binds each to the org's currency); deals.csv (the deal names no
customer, which an opportunity requires), users.csv (users are matched, not created) and
deal_product_rows.csv whole. Seen on the branch-point engine (MEASUREMENTS.md) and fixed in
session 59: the contact's birth date '1990-01-01T00:00:00+06:00' was staged as the instant
'1989-12-31T18:00:00Z', a day early in Dataverse's date-only birthdate; a date-only column
now keeps the date as written (1 January).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl
import pytest
import yaml

from d365migrate.staging.keys import surrogate_key
from test_public_end_to_end import (
    assert_true_counts,
    default_units,
    inventory_files,
    outcomes,
    run_public,
    runs_once,
    verified_columns,
)

NAME = "bitrix24-export-en"
CONTACT = {"firstname": "NAME", "lastname": "LAST_NAME", "birthdate": "BIRTHDATE",
           "telephone1": "PHONE", "emailaddress1": "EMAIL", "address1_line1": "ADDRESS",
           "address1_city": "ADDRESS_CITY", "address1_country": "ADDRESS_COUNTRY"}
LEAD = {"subject": "TITLE", "firstname": "NAME", "lastname": "LAST_NAME",
        "companyname": "COMPANY_TITLE", "leadsourcecode": "SOURCE_ID", "statuscode": "STATUS_ID",
        "telephone1": "PHONE", "emailaddress1": "EMAIL", "address1_line1": "ADDRESS",
        "address1_city": "ADDRESS_CITY", "address1_country": "ADDRESS_COUNTRY",
        "estimatedamount": "OPPORTUNITY", "description": "COMMENTS"}
TASK = {"subject": "SUBJECT", "scheduledstart": "START_TIME", "scheduledend": "END_TIME",
        "description": "DESCRIPTION", "prioritycode": "PRIORITY", "statuscode": "STATUS"}
PRODUCT = {"name": "NAME", "price": "PRICE", "overriddencreatedon": "DATE_CREATE",
           "description": "DESCRIPTION", "productnumber": "CODE", "productstructure": None,
           "quantitydecimal": None, "statecode": "ACTIVE"}   # since session 64: its state
UNREAD = {"deals": "deal", "users": "user", "deal_product_rows": "unknown"}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone) for the test below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, default_units))


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


def test_bitrix24_contact_lead_task_and_product_load(runs: Callable[[str], Path]) -> None:
    """The contact, the lead, the activity (as a task) and the product load, each keyed by
    Bitrix24's id, with the decided columns; the deal, the user and the product rows stay
    in Bitrix24; nothing is held back or differs."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "contact": ("contacts", 1, 1, 0, 0, 0, 0, 0),
        "lead": ("leads", 1, 1, 0, 0, 0, 0, 0),
        "task": ("activities", 1, 1, 0, 0, 0, 0, 0),
        "product": ("products", 1, 1, 0, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "contacts": ("contact", {"contact": 1}, True),
        "leads": ("lead", {"lead": 1}, True),
        "activities": ("task", {"task": 1}, True),
        "products": ("product", {"product": 1}, True),
        **{f: (k, {}, False) for f, k in UNREAD.items()}}
    assert "the parameters' objects" in files["deals"]["reason"]
    assert "users are not created" in files["users"]["reason"]

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "lead", "task", "product"}
    for table, source, columns, unmapped in (
            ("contact", "contacts", CONTACT, {"ID", "ASSIGNED_BY_ID", "COMPANY_ID"}),
            ("lead", "leads", LEAD, {"ID", "BIRTHDATE", "ASSIGNED_BY_ID"}),
            ("task", "activities", TASK, {"OWNER_ID", "OWNER_TYPE_ID", "TYPE_ID",
                                          "RESPONSIBLE_ID"}),
            ("product", "products", PRODUCT, {
                "ID", "TIMESTAMP_X", "CREATED_BY", "MODIFIED_BY",
                "CATALOG_ID", "VAT_ID", "VAT_INCLUDED", "MEASURE", "SECTION_ID", "SORT",
                "XML_ID", "DESCRIPTION_TYPE", "PREVIEW_PICTURE", "DETAIL_PICTURE"})):
        t = tables[table]
        assert (t["source"], t["source_key"]) == (source, "key(ID)"), table
        assert {c["target"]: c["source"] for c in t["columns"]} == columns, table
        assert set(t["unmapped"]) == unmapped, table
    assert not any(t.get("owner") for t in tables.values())
    assert {lk["target"]: lk["existing"].get("match", {}).get("name")
            for lk in tables["product"]["lookups"]} == {
        "defaultuomid": "Primary Unit", "defaultuomscheduleid": "Default Unit",
        "transactioncurrencyid": None}
    # the lead's and the product's 'CURRENCY_ID' (USD, the org's base): the org's currency
    for table in ("lead", "product"):
        assert [(lk["source"], lk["existing"].get("by")) for lk in tables[table]["lookups"]
                if lk["target"] == "transactioncurrencyid"] == [
            ("CURRENCY_ID", "isocurrencycode")], table
    assert not any(tables[t].get("lookups") for t in ("contact", "task"))
    assert {u["source"]: u["kind"] for u in mapping["unmatched_sources"]} == UNREAD

    for table in tables:
        for kind in ("quarantine", "cleared", "skipped", "failed", "unresolved_links"):
            assert pl.read_csv(run_dir / kind / f"{table}.csv",
                               infer_schema=False).height == 0, (table, kind)

    key = surrogate_key(["123"])
    contact = _staged(run_dir, "contact")
    assert contact["__source_id"].to_list() == [key]
    # the birth date 1990-01-01 at midnight +06:00 is the date as written: a date-only
    # column is never shifted by the value's offset (a day early before session 59)
    assert contact.select(list(CONTACT)).rows() == [
        ("John", "Doe", "1990-01-01T00:00:00Z", "+1234567890", "john.doe@example.com",
         "123 Main St", "Anytown", "USA")]
    lead = _staged(run_dir, "lead")
    assert lead["__source_id"].to_list() == [key]
    assert lead.select(list(LEAD)).rows() == [
        ("New Lead Title", "John", "Doe", "Example Company", 8, 1, "+1234567890",
         "john.doe@example.com", "123 Main St", "Anytown", "USA", 1000.0,
         "Updated comments for the lead.")]
    task = _staged(run_dir, "task")
    assert task["__source_id"].to_list() == [key]
    assert task.select(list(TASK)).rows() == [
        ("Meeting", "2025-12-09T20:02:08Z", "2025-12-09T21:02:08Z", "Discuss project updates",
         0, 5)]
    product = _staged(run_dir, "product")
    assert product["__source_id"].to_list() == [key]
    assert product.select(list(PRODUCT)).rows() == [
        ("Sample Product", 100.0, "2025-12-09T20:02:08Z", "This is a sample product.",
         "sample_product", 1, 0, 0)]    # 'ACTIVE' Y: Active

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified) == {"contact", "lead", "task", "product"}
    assert set(verified["contact"]) == set(CONTACT)
    assert set(verified["lead"]) == set(LEAD) | {"transactioncurrencyid"}
    assert set(verified["task"]) == set(TASK)
    assert set(verified["product"]) == {*PRODUCT, "defaultuomid", "defaultuomscheduleid",
                                        "transactioncurrencyid"}
    assert not any(v for table in verified.values() for v in table.values())
