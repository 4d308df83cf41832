"""keys411's public export run end to end from its parameters file, decisions only
(issue 13): Canvas LMS (instructure/canvas-lms, AGPL-3.0; Instructure's learning management
system), the users, sub-accounts and courses the fixture methods of its account-report spec
create (gems/plugins/account_reports/spec_canvas/sis_provisioning_reports_spec.rb at
00b222d7), as its Provisioning report writes them (users.csv 7 rows, accounts.csv 5,
courses.csv 5), English only (tests/data/exports/canvas-export-en; SOURCE.md), on the
branch-point engine ccc46fcf (session 53, round Z7). Same harness as
tests/test_public_end_to_end.py (``run_public``).

The 7 users load as contacts (first and last name, e-mail, the SIS id as the external user
identifier), the 5 sub-accounts as accounts (name, the SIS id as the account number), 'sESL'
under its parent 'English'; the other four name the root account (Canvas id 1, 'New
Account'), which the report does not list: moved without the parent link, each listed in
unresolved_links. 4 of the 5 courses load as products on the org's own default unit group
and unit (the test creates both first, as the org's admin would): the SIS id as the product
number, the long name as the name, single products in whole units; 'self help' has no SIS id,
so no product number, which Dataverse requires: held back in quarantine with that reason.
Verification finds no column differing; no owner column (the fallback owner, no one queued).

The parameters decide: every file's kind (discovery named the users file user, the others
unknown: the measured misses), the keys (each file's Canvas id), every column read (the map
read only the courses' and sub-accounts' 'status' and the users' names, as a user list), the
parent link by the parent's Canvas id, the units, whole-unit single products, and the states
left unread (the map read 'status' as the status reason, with no option for 'suspended' or
'deleted').

What is NOT read (left unmapped, by the engine or by decision):
- users: integration_id, authentication_provider_id, login_id (the e-mail again), full_name
  (Dynamics computes it), sortable_name, short_name, status (by decision), created_by_sis;
- accounts: canvas_parent_id's SIS twin parent_account_id, status (by decision),
  created_by_sis;
- courses: integration_id, short_name (the course code; two courses share 'ENG101'), the
  account and term (Canvas and SIS ids), status (by decision), start_date and end_date (not
  proposed, not decided), course_format, the blueprint columns, created_by_sis.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    issues,
    outcomes,
    run_public,
    verified_columns,
)
from test_public_end_to_end_session12 import _product_catalogue

NAME = "canvas-export-en"
UNITS = {"defaultuomid", "defaultuomscheduleid"}
COLUMNS = {
    "contact": {"firstname": "first_name", "lastname": "last_name", "emailaddress1": "email",
                "externaluseridentifier": "user_id"},
    "account": {"name": "name", "accountnumber": "account_id"},
    "product": {"productnumber": "course_id", "name": "long_name", "productstructure": None,
                "quantitydecimal": None},
}
PEOPLE = [("John", "St. Clair", "john@stclair.com", "user_sis_id_01"),
          ("Michael", "Bolton", "micheal@michaelbolton.com", "user_sis_id_02"),
          ("Rick", "Astley", "rick@roll.com", "user_sis_id_03"),
          ("Jason", "Donovan", "jason@donovan.com", "user_sis_id_04"),
          ("John", "Smith", "john@smith.com", None),
          ("Jony", "Ive", "jony@apple.com", None),
          ("Tim", "Cook", "tim@apple.com", None)]


def test_canvas_users_subaccounts_and_courses_load(tmp_path: Path) -> None:
    run_dir = run_public(NAME, tmp_path, _product_catalogue)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("users", 7, 7, 0, 0, 0, 0),
        "account": ("accounts", 5, 5, 0, 0, 0, 4),
        "product": ("courses", 5, 4, 1, 0, 0, 0)}
    for o in out.values():
        assert o["closed"] == 0 and not o["cleared_fields"] and o["mismatched"] == 0
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "users": ("contact", {"contact": 7}), "accounts": ("account", {"account": 5}),
        "courses": ("product", {"product": 5})}
    assert all(files[f]["migrated"] for f in files)

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "account", "product"}
    for target, table in tables.items():
        assert {c["target"]: c["source"] for c in table.get("columns", [])} == COLUMNS[target]
        assert not table.get("owner")
        assert not table.get("unresolved_lookups")
    assert tables["contact"]["source_key"] == "key(canvas_user_id)"
    assert tables["account"]["source_key"] == "key(canvas_account_id)"
    assert tables["product"]["source_key"] == "key(canvas_course_id)"
    assert not tables["contact"].get("lookups")
    assert [(lk["target"], lk["source"]) for lk in tables["account"]["lookups"]] == [
        ("parentaccountid", "canvas_parent_id")]
    assert {lk["target"] for lk in tables["product"]["lookups"]} == UNITS
    assert not mapping["unmatched_sources"]

    staged = run_dir / "staged"
    contacts = pl.read_parquet(staged / "contact.parquet").sort("__source_row")
    assert list(zip(contacts["firstname"], contacts["lastname"], contacts["emailaddress1"],
                    contacts["externaluseridentifier"], strict=True)) == PEOPLE
    accounts = pl.read_parquet(staged / "account.parquet").sort("__source_row")
    assert list(zip(accounts["name"], accounts["accountnumber"], strict=True)) == [
        ("English", "sub1"), ("sESL", "subsub1"), ("math", "sub3"),
        ("deleted sis account", "sub4"), ("other", None)]
    # only sESL's parent (English) is in the report
    parents = accounts["__ref__parentaccountid"].to_list()
    assert [p is not None for p in parents] == [False, True, False, False, False]
    assert parents[1] == accounts["__source_id"][0]
    assert len(issues(run_dir, "unresolved_links", "account")) == 4
    products = pl.read_parquet(staged / "product.parquet").sort("__source_row")
    assert list(zip(products["productnumber"], products["name"], strict=True)) == [
        ("SIS_COURSE_ID_1", "English 101"), ("SIS_COURSE_ID_2", "Math 101"),
        ("SIS_COURSE_ID_3", "Science 101"), ("SIS_COURSE_ID_5", "Sd Math 100")]
    assert products["productstructure"].to_list() == [1] * 4
    assert issues(run_dir, "quarantine", "product") == [
        "product ID (productnumber) is required by Dataverse "
        "(expect_column_values_to_not_be_null)"]  # 'self help': no SIS id

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(COLUMNS["contact"])
    assert set(verified["account"]) == set(COLUMNS["account"]) | {"parentaccountid"}
    assert set(verified["product"]) == set(COLUMNS["product"]) | UNITS
    assert not any(n for cols in verified.values() for n in cols.values())
