"""keys438's public export runs end to end from its parameters file, decisions only
(issue 13): Highrise (37signals' hosted CRM) as an open-licence client of its API records it
(guillermoandrae/php-highrise-api at 6c75fc7b, MIT; tests/data/*.xml, Highrise's XML
responses: the person John Doe with his company 'Doe Inc.', one task, one case, one e-mail)
as Highrise's contacts CSV export (people and companies apart) and its task, case and e-mail
lists write them, in English (tests/data/exports/highrise-export-en; SOURCE.md), on the
branch-point engine f033d9dc (session 55, round Z11). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``, through conftest's
``runs``).

The company loads as an account and the person as a contact linked to it by the company's
name (Highrise's CSV has no record id: both keyed by name); his work and home phones, work
e-mail, title and background as written. The task loads as a task (its text as subject;
no due time in the record). The e-mail loads as an e-mail activity regarding the person (by
name), subject, body and recording time, closed. Nothing held back, skipped or cleared; no
one queued as owner; verification finds no column differing. The case is reported
unmatched: a Highrise case is a matter with no customer, which Dynamics requires of a case.

The parameters decide: the e-mail list as activities (discovery named it e-mail templates:
the measured file miss); the keys (the names); no owner columns ('Account Manager' is a
custom field the map read as the owner; the task's 'Author' is no user of the org); the
'<Kind> - <Location>' contact data beyond the first of each kind (home and mobile phones,
fax, home e-mail, web address: measured misses); the task's due time from 'Due at', not the
relative 'Due'; the e-mail's subject and body; the links (the person's company, the
e-mail's person).

What is NOT read (left unmapped): the people's 'Name' (first and last name joined), LinkedIn
URL, Twitter account, tags and custom fields ('Sales Region', 'Account Manager'); the
companies' tags; the task's 'Due' frame ('Today'), 'About' (empty), 'Author', 'Public' and
'Updated'; the e-mail's attachments' names and 'Updated'; the file cases.csv whole.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    discovered_without_intake,
    inventory_files,
    outcomes,
    verified_columns,
)

NAME = "highrise-export-en"
INTAKE = {"emails.csv": {"object": "activity"}}
KINDS = {"people": ("contact", {"contact": 1}), "companies": ("account", {"account": 1}),
         "tasks": ("task", {"task": 1}), "emails": ("activity", {"email": 1}),
         "cases": ("ticket", {})}
CONTACT = {"firstname": "First name", "lastname": "Last name", "jobtitle": "Title",
           "description": "Background", "address1_line1": "Address - Work Street",
           "address1_city": "Address - Work City",
           "address1_stateorprovince": "Address - Work State",
           "address1_postalcode": "Address - Work Zip",
           "address1_country": "Address - Work Country",
           "telephone1": "Phone number - Work", "telephone2": "Phone number - Home",
           "mobilephone": "Phone number - Mobile", "fax": "Phone number - Fax",
           "emailaddress1": "Email address - Work", "emailaddress2": "Email address - Home",
           "websiteurl": "Web address - Work"}


def test_highrise_discovery_alone_reads_emails_as_templates(tmp_path: Path) -> None:
    """Without the intake line, discovery names the e-mail list e-mail templates (the
    held-out file miss) and the four other files as the key has them: what the parameters
    decide."""
    kinds = {o["source"]: o["name"] for o in discovered_without_intake(NAME, tmp_path, INTAKE)}
    assert kinds == {"people": "contact", "companies": "account", "tasks": "task",
                     "cases": "ticket", "emails": "email_template"}


def test_highrise_company_person_task_and_email_load(runs: Callable[[str], Path]) -> None:
    """The company loads as an account, the person as its contact, the task as a task, the
    e-mail as a closed e-mail activity regarding the person; the case stays in Highrise;
    verification finds no column differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "closed") == {
        "account": ("companies", 1, 1, 0, 0, 0, 0, 0),
        "contact": ("people", 1, 1, 0, 0, 0, 0, 0),
        "task": ("tasks", 1, 1, 0, 0, 0, 0, 0),
        "email": ("emails", 1, 1, 0, 0, 0, 0, 1)}           # a recorded e-mail: closed
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "contact", "task", "email"}
    assert {c["target"]: c["source"] for c in tables["contact"]["columns"]} == CONTACT
    assert tables["account"]["source_key"] == tables["contact"]["source_key"] == "key(Name)"
    assert {c["target"]: c["source"] for c in tables["task"]["columns"]} == {
        "subject": "Task", "category": "Category", "overriddencreatedon": "Created",
        "scheduledend": "Due at"}                           # not the frame 'Due'
    email_columns = {c["target"]: c["source"] for c in tables["email"]["columns"]}
    assert {k: email_columns[k] for k in ("subject", "description", "overriddencreatedon")
            } == {"subject": "Subject", "description": "Body", "overriddencreatedon": "Created"}
    assert not any(t.get("owner") for t in tables.values())
    ((link,),) = [tables["contact"]["lookups"]]
    assert (link["target"], link["table"], link["source"]) == (
        "parentcustomerid", "account", "Company")
    ((link,),) = [tables["email"]["lookups"]]
    assert (link["target"], link["table"], link["source"]) == (
        "regardingobjectid", "contact", "About")
    assert [(u["source"], u["kind"]) for u in mapping["unmatched_sources"]] == [
        ("cases", "ticket")]

    for table in tables:
        for kind in ("quarantine", "skipped", "cleared", "flags"):
            issues = pl.read_csv(run_dir / kind / f"{table}.csv", infer_schema=False)
            assert issues.height == 0, (table, kind)

    staged = {t: pl.read_parquet(run_dir / "staged" / f"{t}.parquet").to_dicts()[0]
              for t in tables}
    account, contact = staged["account"], staged["contact"]
    assert account["name"] == "Doe Inc."
    assert {k: contact[k] for k in ("firstname", "lastname", "jobtitle", "telephone1",
                                    "telephone2", "emailaddress1", "mobilephone")} == {
        "firstname": "John", "lastname": "Doe", "jobtitle": "Stand-in",
        "telephone1": "555-555-5555", "telephone2": "555-666-6666",
        "emailaddress1": "john.doe@example.com", "mobilephone": None}
    assert contact["__ref__parentcustomerid_account"] == account["__source_id"]
    assert staged["task"]["subject"] == "A task for today"
    assert staged["task"]["scheduledend"] is None          # 'Today' is no date
    email = staged["email"]
    assert (email["subject"], email["description"], email["overriddencreatedon"]) == (
        "Regarding the purchase", "It's very important", "2006-05-16T17:26:00Z")
    assert email["__ref__regardingobjectid_contact_email"] == contact["__source_id"]

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified) == set(tables)
    assert set(verified["contact"]) == set(CONTACT) | {"parentcustomerid"}
    assert set(verified["email"]) >= {"subject", "description", "regardingobjectid"}
    assert not any(v for cols in verified.values() for v in cols.values())
