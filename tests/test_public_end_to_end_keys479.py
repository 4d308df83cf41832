"""keys479's public export runs end to end from its parameters file, decisions only
(issue 13): amoCRM (Kommo), its own records -- the fixed records amoCRM's MIT-licensed PHP
API client ships (amocrm/amocrm-api-php at 1354d8a7): the API arrays its PHPUnit tests build
models from (lead 111 'Test lead name', lead 222, a call note) and the literal records its
examples/ scripts send to the API (the leads 'Lead name', 'Lead 2 name', 'Название сделки',
'Example'; the contacts 'Example contact', 'Example 1', 'Example 2', Ivan Zinoviev, Masha
Petrova; the companies 'Example', 'Qwerty LLC', 'Asdfg LLC'; the task 'Новая задач'; a
service message and an SMS) -- headed by amoCRM's API field names ('name', 'price',
'responsible_user_id', 'status_id', 'pipeline_id', 'company.name',
'custom_fields_values.PHONE'), in English (tests/data/exports/amocrm-export-en; SOURCE.md),
on the branch-point engine c207a92e (session 59, round Z25). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``, through conftest's
``runs``).

The three companies load as accounts keyed by name (the examples' companies have no amoCRM
id yet). Four contacts load keyed by id and names, their one-field 'name' as the last name;
'Example contact' (id 3) with its e-mail; the first 'Example contact''s phone '+79123' is
too short for a phone number: the field is cleared and counted, the contact moves. Ivan
Zinoviev and Masha Petrova have no one-field name: held back, 'last name is required'. Five
leads load as opportunities with their budget (price), lead 111 with its creation time (Unix
1776123673 -> 2026-04-13T23:41:13Z) and status 222222 as the stage name; 'Lead name' and
'Lead 2 name' link to 'Qwerty LLC' and 'Asdfg LLC' (company.name); 'Название сделки' names
its company by an id no record answers and loads without one. Lead 222 (a budget only) has
no name: held back, 'topic (name) is required'. No owner is named: none queued.

The parameters decide: the companies are accounts (discovery named them unrecognised: the
measured file miss) and the leads deals (named lead files: amoCRM calls its deals leads);
the task and the notes are not loaded (on leads the export does not hold); the keys; no
owner column (amoCRM user ids); 'account_id' (the tenant) not the contact's company (the
measured miss); 'price' as the budget (suggest's miss); the customer link by company.name;
status 222222 and deals without a status as open, at the first step; the gate at 34% (2 of
6 contacts held back).

What is NOT read (left unmapped): the ids (keys only), responsible_user_id, group_id,
created_by, updated_by, updated_at, closest_task_at, account_id, tags; a contact's
last_name (the one-field name took the last name) and is_unsorted; a lead's
price_with_minor_units, pipeline_id, status_id (read as the stage), loss_reason_id,
source_id, is_deleted, score, company.id and the custom field 269303; tasks.csv and
notes.csv whole.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl
import yaml

from d365migrate.staging.keys import surrogate_key
from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    verified_columns,
)

NAME = "amocrm-export-en"
ACCOUNT = {"name": "name", "overriddencreatedon": "created_at"}
CONTACT = {"lastname": "name", "firstname": "first_name", "overriddencreatedon": "created_at",
           "telephone1": "custom_fields_values.PHONE",
           "emailaddress1": "custom_fields_values.EMAIL"}
OPPORTUNITY = {"name": "name", "overriddencreatedon": "created_at",
               "actualclosedate": "closed_at", "estimatedvalue": "price",
               "salesstage": "__stage_salesstage", "stepname": "__stage_stepname",
               "closeprobability": "__stage_closeprobability", "statecode": "__stage_state"}
COMMON = {"group_id", "created_by", "updated_by", "updated_at", "closest_task_at",
          "account_id", "id", "responsible_user_id"}


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


def _held(run_dir: Path, table: str) -> list[tuple[str, str, str]]:
    frame = pl.read_csv(run_dir / "quarantine" / f"{table}.csv", infer_schema=False)
    return [(r["row"], r["column"], r["reason"]) for r in frame.to_dicts()]


def test_amocrm_companies_contacts_and_deals_load(runs: Callable[[str], Path]) -> None:
    """3 companies load as accounts, 4 of 6 contacts as contacts (2 held back without a
    name), 5 of 6 leads as opportunities (1 held back without a name), two of them linked to
    their company; the task and the notes stay in amoCRM; nothing fails or differs."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "account": ("companies", 3, 3, 0, 0, 0, 0, 0),
        "contact": ("contacts", 6, 4, 2, 0, 0, 0, 1),
        "opportunity": ("leads", 6, 5, 1, 0, 0, 0, 0)}
    assert out["contact"]["cleared_fields"] == {"telephone1": 1}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "companies": ("account", {"account": 3}, True),
        "contacts": ("contact", {"contact": 6}, True),
        "leads": ("deal", {"opportunity": 6}, True),
        "tasks": ("unknown", {}, False),
        "notes": ("unknown", {}, False)}
    assert "set to unknown in the parameters file" in files["tasks"]["reason"]
    assert "set to unknown in the parameters file" in files["notes"]["reason"]

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "contact", "opportunity"}
    account, contact, deal = tables["account"], tables["contact"], tables["opportunity"]
    assert (account["source"], account["source_key"]) == ("companies", "key(name)")
    assert (contact["source"], contact["source_key"]) == (
        "contacts", "key(id+name+first_name+last_name)")
    assert (deal["source"], deal["source_key"]) == ("leads", "key(id+name)")
    assert {c["target"]: c["source"] for c in account["columns"]} == ACCOUNT
    assert {c["target"]: c["source"] for c in contact["columns"]} == CONTACT
    assert {c["target"]: c["source"] for c in deal["columns"]} == OPPORTUNITY
    assert set(account["unmapped"]) == COMMON
    assert set(contact["unmapped"]) == COMMON | {"last_name", "is_unsorted", "tags"}
    assert set(deal["unmapped"]) == COMMON | {
        "price_with_minor_units", "pipeline_id", "status_id", "loss_reason_id", "source_id",
        "is_deleted", "score", "tags", "company.id", "custom_fields_values.269303"}
    assert [(u["target"], u["source"], u["references"]) for u in deal["lookups"]] == [
        ("customerid", "company.name", "companies.key(name)")]
    assert not any(t.get("owner") for t in tables.values())
    assert {u["source"]: u["kind"] for u in mapping["unmatched_sources"]} == {
        "tasks": "unknown", "notes": "unknown"}

    assert _held(run_dir, "contact") == [
        ("5", "lastname", "last name is required by Dataverse "
                          "(expect_column_values_to_not_be_null)"),
        ("6", "lastname", "last name is required by Dataverse "
                          "(expect_column_values_to_not_be_null)")]
    assert _held(run_dir, "opportunity") == [
        ("2", "name", "topic (name) is required by Dataverse "
                      "(expect_column_values_to_not_be_null)")]
    assert _held(run_dir, "account") == []
    cleared = pl.read_csv(run_dir / "cleared" / "contact.csv", infer_schema=False).to_dicts()
    assert [(c["row"], c["target"], c["value"]) for c in cleared] == [
        ("1", "telephone1", "+79123")]
    for table in ("account", "contact", "opportunity"):
        for kind in ("skipped", "failed", "unresolved_links"):
            assert pl.read_csv(run_dir / kind / f"{table}.csv",
                               infer_schema=False).height == 0, (table, kind)

    accounts = _staged(run_dir, "account")
    assert accounts["name"].to_list() == ["Example", "Qwerty LLC", "Asdfg LLC"]
    assert accounts["__source_id"].to_list() == [
        surrogate_key([n]) for n in ("Example", "Qwerty LLC", "Asdfg LLC")]

    contacts = _staged(run_dir, "contact")
    assert contacts.select("lastname", "firstname", "telephone1", "emailaddress1").rows() == [
        ("Example contact", None, None, None), ("Example 1", None, None, None),
        ("Example 2", None, None, None), ("Example contact", None, None, "example@test.com")]
    assert "parentcustomerid" not in contacts.columns

    deals = _staged(run_dir, "opportunity")
    assert deals.select("__source_row", "name", "overriddencreatedon", "estimatedvalue",
                        "salesstage", "stepname", "statecode").rows() == [
        (1, "Test lead name", "2026-04-13T23:41:13Z", 10000.0, 0, "222222", 0),
        (3, "Lead name", None, 54321.0, 0, None, 0),
        (4, "Lead 2 name", None, 99212.0, 0, None, 0),
        (5, "Название сделки", None, 54321.0, 0, None, 0),
        (6, "Example", None, None, 0, None, 0)]
    by_name = dict(zip(accounts["name"], accounts["__source_id"], strict=True))
    assert deals["__ref__customerid_account"].to_list() == [
        None, by_name["Qwerty LLC"], by_name["Asdfg LLC"], None, None]

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified) == {"account", "contact", "opportunity"}
    assert set(verified["account"]) == set(ACCOUNT)
    assert set(verified["contact"]) == set(CONTACT)
    assert set(verified["opportunity"]) == set(OPPORTUNITY) | {"customerid"}
    assert not any(v for table in verified.values() for v in table.values())
