"""keys481's public export runs end to end from its parameters file, decisions only
(issue 13): Holded, its own records -- the example responses of Holded's API as Holded's
developer portal publishes them in its OpenAPI specs, carried by an MIT-licensed Holded API
client (energio-es/holded-mcp at 68a1b1b6, holded_api_specs/): the contact 'Custom Tech
Inc.' (trade name 'Mapple', Barcelona) and its contact person Pep, the CRM lead 'Gumersindo',
the funnel 'Marketing funnel', two events, the products 'Brand new shirt', 'Tata shoes' and
'new simple product', the invoice F170001, three payments and a project task -- headed by
Holded's API field names ('id', 'tradeName', 'billAddress.city', 'potential', 'dueDate',
'sku', 'purchasePrice'), in English (tests/data/exports/holded-export-en; SOURCE.md), on the
branch-point engine c207a92e (session 59, round Z25). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``, with the org's default
unit group and unit made first as tests/test_public_end_to_end_session12.py's
``_product_catalogue`` makes them).

The contact loads as an account keyed by Holded's id: name, e-mail, mobile and phone, type
'client' as a customer (3), the billing address, website, the business's own reference as
its account number; its invoicing currency ('defaults.currency': 'eur', which the
parameters give the rehearsal org beside its US dollar base) binds it to the org's euro by
its code. Pep loads as a contact at that account (its 'contactId' names the exported
contact): his one-cell name as the last name, job title, e-mail; his phone '966' is no
phone number and is cleared (reported), the contact still moves. Two products load (name,
description, price, stock, sku as the product ID, cost, purchase price, weight, whole
units, the org's default unit); 'new simple product' has no sku, the product ID Dynamics
requires, and is held back with its reason. The lead reads as an opportunity (name, value,
probability, expected close, creation time, its stage decided open/Qualify) but names a
customer ('Gumersindo supply', 5aaa65e0...) no record of the export answers: held back with
its reason. No owner is named: none queued.

The parameters decide: the contacts file an account list (discovery named it people), the
leads file opportunities (discovery named it Dynamics leads: the measured propose misses),
the products file products (the measured file miss), the events and the project task not
loaded; the keys (Holded's ids, a person's personId); no owner column (a lead's userId is a
Holded user's id); 'customId', not the tax id 'code', as the account number (suggest's
miss); the person's name as the last name and 'job' as the job title; the lead's name,
'value', 'potential', 'dueDate' and 'createdAt' (the misses); the person's company and the
lead's customer by 'contactId'; 'client' as a customer, status 0 as in progress, the lead's
stage open/Qualify; whole product units in the org's default unit.

What is NOT read (left unmapped): the ids (keys only); a contact's tax id 'code', trade
name, bank details, ledger accounts, the address's country code and info, the invoicing
'defaults.*' (the currency aside) and tags; a person's 'sendDocumentsByDefault' and
'linkedin'; a product's kind, type, supplier, tax, total with tax, rates, stock flags,
barcode, tags, category, maker's code and account/warehouse ids; a lead's funnel, contact
name, person, stage id, update time, files and userId; funnels.csv, events.csv,
invoices.csv, payments.csv and tasks.csv whole.
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
from test_public_end_to_end_session12 import _product_catalogue

NAME = "holded-export-en"
ACCOUNT = {"name": "name", "emailaddress1": "email", "telephone3": "mobile",
           "telephone1": "phone", "customertypecode": "type",
           "address1_line1": "billAddress.address", "address1_city": "billAddress.city",
           "address1_postalcode": "billAddress.postalCode",
           "address1_stateorprovince": "billAddress.province",
           "address1_country": "billAddress.country", "websiteurl": "socialNetworks.website",
           "accountnumber": "customId"}
CONTACT = {"telephone1": "phone", "emailaddress1": "email", "jobtitle": "job",
           "lastname": "name"}
PRODUCT = {"name": "name", "description": "desc", "price": "price", "quantityonhand": "stock",
           "productnumber": "sku", "standardcost": "cost", "currentcost": "purchasePrice",
           "stockweight": "weight", "quantitydecimal": None}
OPPORTUNITY = {"name": "name", "estimatedvalue": "value", "closeprobability": "potential",
               "estimatedclosedate": "dueDate", "overriddencreatedon": "createdAt",
               "statuscode": "status"}
UNREAD = {"funnels", "events", "invoices", "payments", "tasks"}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone), the org's units made first."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _product_catalogue))


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


def _issues(run_dir: Path, kind: str, table: str) -> list[dict]:
    return pl.read_csv(run_dir / kind / f"{table}.csv", infer_schema=False).to_dicts()


def test_holded_company_person_products_load_lead_held(runs: Callable[[str], Path]) -> None:
    """The company loads as an account, its person as a contact at it, 2 of 3 products as
    products; the product without a sku and the lead whose customer is not exported are
    held back, each with its reason; the rest stays in Holded; nothing fails or differs."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "account": ("contacts", 1, 1, 0, 0, 0, 0, 0),
        "contact": ("contact_persons", 1, 1, 0, 0, 0, 0, 1),
        "product": ("products", 3, 2, 1, 0, 0, 0, 0),
        "opportunity": ("leads", 1, 0, 1, 0, 0, 0, 0)}
    assert out["contact"]["cleared_fields"] == {"telephone1": 1}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "contacts": ("account", {"account": 1}, True),
        "contact_persons": ("contact", {"contact": 1}, True),
        "leads": ("deal", {"opportunity": 1}, True),
        "products": ("product", {"product": 3}, True),
        **{f: ("unknown", {}, False) for f in UNREAD}}
    assert "set to unknown in the parameters file" in files["events"]["reason"]
    assert "the bills of sales, which no Sales table holds" in files["invoices"]["reason"]

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "contact", "product", "opportunity"}
    account, contact = tables["account"], tables["contact"]
    product, opportunity = tables["product"], tables["opportunity"]
    assert (account["source"], account["source_key"]) == ("contacts", "key(id)")
    assert {c["target"]: c["source"] for c in account["columns"]} == ACCOUNT
    assert {"id", "code", "tradeName", "iban"} <= set(account["unmapped"])
    # the invoicing currency ('eur'): the org's euro, found by its code
    assert [(lk["target"], lk["source"], lk["table"], lk["existing"], lk.get("by"))
            for lk in account["lookups"]] == [
        ("transactioncurrencyid", "defaults.currency", "transactioncurrency",
         {"table": "transactioncurrency", "by": "isocurrencycode"}, None)]
    assert "defaults.currency" not in account["unmapped"]
    assert (contact["source"], contact["source_key"]) == ("contact_persons", "key(personId)")
    assert {c["target"]: c["source"] for c in contact["columns"]} == CONTACT
    assert [(lk["target"], lk["source"], lk["table"]) for lk in contact["lookups"]] == [
        ("parentcustomerid", "contactId", "account")]
    assert (product["source"], product["source_key"]) == ("products", "key(id)")
    assert {c["target"]: c["source"] for c in product["columns"]} == PRODUCT
    assert {"id", "kind", "tax", "total", "barcode", "factoryCode"} <= set(product["unmapped"])
    assert (opportunity["source"], opportunity["source_key"]) == ("leads", "key(id)")
    got = {c["target"]: c["source"] for c in opportunity["columns"]}
    assert {k: got.get(k) for k in OPPORTUNITY} == OPPORTUNITY
    assert [(lk["target"], lk["source"], lk.get("required")) for lk in opportunity["lookups"]
            ] == [("customerid", "contactId", True)]
    assert not any(t.get("owner") for t in tables.values())
    assert {u["source"]: u["kind"] for u in mapping["unmatched_sources"]} == {
        f: "unknown" for f in UNREAD}

    # held back, each with its reason
    assert [(q["file"], q["row"], q["column"], q["reason"])
            for q in _issues(run_dir, "quarantine", "opportunity")] == [
        ("leads.csv", "1", "contactId",
         "no customerid: '5aaa65e05b706400300ad246' is not an account of the export")]
    held = _issues(run_dir, "quarantine", "product")
    assert [(q["file"], q["row"], q["column"]) for q in held] == [
        ("products.csv", "3", "productnumber")]
    assert "product ID (productnumber) is required" in held[0]["reason"]
    assert [(c["column"], c["value"], c["action"]) for c in _issues(
        run_dir, "cleared", "contact")] == [("phone", "966", "field cleared")]
    for table in ("account", "contact", "product", "opportunity"):
        for kind in ("skipped", "failed"):
            assert not _issues(run_dir, kind, table), (table, kind)

    accounts = _staged(run_dir, "account")
    assert accounts.select(list(ACCOUNT)).rows() == [
        ("Custom Tech Inc.", "email@mapple.com", "63738383", "3949494", 3, "Carrer del Mar",
         "Barcelona", "8767", "Barcelona", "Spain", "www.mapple.com", "myReferenceId")]
    assert accounts.select("__ref__transactioncurrencyid",
                           "__via__transactioncurrencyid").rows() == [
        ('existing:{"match": {"isocurrencycode": "EUR"}, "table": "transactioncurrency"}',
         "existing")]
    contacts = _staged(run_dir, "contact")
    assert contacts.select(list(CONTACT)).rows() == [(None, "noway@frog.com", "Ito", "Pep")]
    # Pep's company: the account the run loads from the contact his 'contactId' names
    assert contacts["__ref__parentcustomerid_account"].to_list() == \
        accounts["__source_id"].to_list()
    products = _staged(run_dir, "product")
    assert products.select(list(PRODUCT)).rows() == [
        ("Brand new shirt", "Black shirt", 95.0, 2.0, "23454657", 20.0, 11.5, 0.5, 0),
        ("Tata shoes", "brand new shoes", 100.0, 234.0, "234rwt54", 39.0, 11.0, 0.0, 0)]
    assert products["__via__defaultuomid"].to_list() == ["existing", "existing"]

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["account"]) == set(ACCOUNT) | {"transactioncurrencyid"}
    assert set(verified["contact"]) == set(CONTACT) | {"parentcustomerid"}
    assert set(verified["product"]) == set(PRODUCT) | {"defaultuomid", "defaultuomscheduleid"}
    assert not any(v for table in verified.values() for v in table.values())
