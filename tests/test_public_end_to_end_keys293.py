"""keys293's public exports run end to end from their parameters files, decisions only
(issue 13): Laravel CRM (venturedrake/laravel-crm at fee88f9f, MIT; a CRM package for
Laravel apps), its sample data seeder's records as its list views show organisations,
people, leads, deals and tasks, headed in English, Spanish (Colombia) and Persian (the last
two from contributors' unmerged pull requests: Laravel CRM ships English only)
(tests/data/exports/laravel-crm-export-en, -es-co, -fa; SOURCE.md), on the branch-point
engine 7c17aa14 (session 43, round Q). Same harness as tests/test_public_end_to_end.py.

One parametrized test over the three languages (``LANGS``: per language, the files' names
and the headers the run reads from), then the owners. In each: the 28 organisations, 80
people, 400 leads, 146 deals and 104 tasks load, nothing held back; the deals link to their
organisation (an account, as the deal's customer) and to their person by name, six deals
loading without their person because two names are each shared by two people (counted
unresolved); the deal pipeline's stages arrive as sales stages with the deals' open / won /
lost state, the lead pipeline's as the leads' status (Closed Won a qualified lead, Closed
Lost a lost one); records field by field; verification finds no column differing. The
parameters decide the leads and deals files' kinds, the task's name as its subject (since
the engine's session-43 rules it reads en's 'Task' and es-co's 'Tarea' itself), the lead's
title as its topic (the map reads it as a job title), the stage, source and status
options, the tasks' key (every column but the assignee: the list writes no id), in es-co and
fa the leads', deals' and organisations' keys (their numbers, names), in fa the people's
(their e-mail) and the lead's value (the map leaves it unread).

What is not read (left unmapped by the engine, or left out), in every language:
- the labels (Hot / Cold / Warm), the organisations' and people's deal counts and their
  empty next activity, the organisation's type (empty);
- every time: the records' creation and the tasks' due time are Carbon's relative words
  ("3 months ago", "hace 3 meses", "3 ماه پیش"), which nothing reads; a lead's and a
  deal's number only as its source id;
- the lead's person and organisation are the lead's own name (its last name: the whole
  name) and company name, not links to the contact and account files;
- the tasks' "Created by" (the owning user under the program's label), and in fa the
  tasks' assignee; every owner is a sample user, no user of the org: the fallback owner.
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
    verified_columns,
)

READ = {"account": {"name", "customertypecode"},
        "contact": {"lastname", "emailaddress1", "telephone1"},
        "lead": {"subject", "estimatedamount", "lastname", "companyname", "statuscode",
                 "leadsourcecode"},
        "opportunity": {"name", "estimatedvalue", "estimatedclosedate", "salesstage",
                        "stepname", "closeprobability", "statecode", "statuscode"},
        "task": {"subject", "description", "statuscode"}}
ANNA = {"lastname": "Anna Gonzalez", "emailaddress1": "anna.gonzalez@greenfieldagriculture.com",
        "telephone1": "+13114958486"}
LEAD = {"subject": "Custom Development evaluation", "estimatedamount": 48201.96,
        "lastname": "Anna Gonzalez", "companyname": "Greenfield Agriculture", "statuscode": 3,
        "leadsourcecode": 10}
DEALS = {  # a deal of each state, by its row: field by field, its customer and its person
    1: ({"name": "Custom Development evaluation", "estimatedvalue": 48201.96,
         "estimatedclosedate": "2026-03-28T00:00:00Z", "salesstage": 2,
         "stepname": "Proposal Sent", "statecode": 0, "statuscode": None},
        "Greenfield Agriculture", "Anna Gonzalez"),
    4: ({"name": "API Integration requirements review", "estimatedvalue": 27554.6,
         "estimatedclosedate": "2024-10-09T00:00:00Z", "salesstage": 3,
         "stepname": "Closed Lost", "statecode": 2, "statuscode": 4},
        "Falcon Aerospace", "Angela Torres"),
    12: ({"name": "Data Migration upgrade request", "salesstage": 3,
          "stepname": "Closed Won", "statecode": 1, "statuscode": 3}, None, None),
}
USERS = {"alice chambers", "ben hartley", "clara moss", "david okonkwo", "eva steinberg",
         "test user"}

# per language: the files (account, contact, lead, deal, task) and the tasks' owner column
LANGS: dict[str, dict[str, Any]] = {
    "laravel-crm-export-en": {
        "files": ("Organizations", "People", "Leads", "Deals", "Tasks"),
        "task_owner": "Assigned to"},
    "laravel-crm-export-es-co": {
        "files": ("Organizaciones", "Personas", "Prospectos", "Acuerdos", "Tareas"),
        "task_owner": "Asignado a"},
    "laravel-crm-export-fa": {
        "files": ("سازمان\u200cها", "افراد", "مشتریان احتمالی", "معاملات", "کارها"),
        "task_owner": None},
}


def _one(frame: pl.DataFrame, column: str, value: Any) -> dict:
    rows = frame.filter(pl.col(column) == value).to_dicts()
    assert len(rows) == 1, (column, value, len(rows))
    return rows[0]


def _counts(frame: pl.DataFrame, column: str) -> dict[Any, int]:
    return dict(frame[column].value_counts().iter_rows())


@pytest.mark.parametrize("name", list(LANGS))
def test_laravel_crm_export_loads_in_three_languages(name: str,
                                                     runs: Callable[[str], Path]) -> None:
    """Organisations, people, leads, deals and tasks load as counted, nothing held back;
    records field by field; the deals' links to their organisation and person (six left
    for a shared name); stages and statuses as decided; verification finds no column
    differing."""
    run_dir = runs(name)
    orgs, people, leads, deals, tasks = LANGS[name]["files"]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "account": (orgs, 28, 28, 0, 0, 0, 0), "contact": (people, 80, 80, 0, 0, 0, 0),
        "lead": (leads, 400, 400, 0, 0, 0, 0), "opportunity": (deals, 146, 146, 0, 0, 0, 6),
        "task": (tasks, 104, 104, 0, 0, 0, 0)}
    staged = run_dir / "staged"
    frames = {t: pl.read_parquet(staged / f"{t}.parquet") for t in READ}
    for table, columns in READ.items():
        assert {c for c in frames[table].columns if not c.startswith("__")} == columns, table

    accounts, contacts = frames["account"], frames["contact"]
    assert _one(accounts, "name", "Acme Corporation")["customertypecode"] is None
    anna = _one(contacts, "emailaddress1", ANNA["emailaddress1"])
    assert {k: anna[k] for k in ANNA} == ANNA

    lead = _one(frames["lead"], "__source_row", 2)   # number 1001
    assert {k: lead[k] for k in LEAD} == LEAD
    # New 1, the open stages Contacted 2, Closed Won Qualified 3 (one per deal), Closed Lost 4
    assert _counts(frames["lead"], "statuscode") == {1: 19, 2: 135, 3: 146, 4: 100}
    # Web 8, External Referral 3, Partner 4, Trade Show 7, the rest Other 10
    assert _counts(frames["lead"], "leadsourcecode") == {3: 43, 4: 38, 7: 55, 8: 99, 10: 165}

    opps = frames["opportunity"]
    assert _counts(opps, "statecode") == {0: 45, 1: 51, 2: 50}
    by_id = {"account": dict(accounts.select("__source_id", "name").iter_rows()),
             "contact": dict(contacts.select("__source_id", "lastname").iter_rows())}
    for row, (fields, account, person) in DEALS.items():
        deal = _one(opps, "__source_row", row)
        assert {k: deal[k] for k in fields} == fields, row
        if account:
            assert by_id["account"][deal["__ref__customerid_account"]] == account
            assert by_id["contact"][deal["__ref__parentcontactid"]] == person
    assert opps["__ref__customerid_account"].null_count() == 0
    assert opps["__ref__parentcontactid"].null_count() == 6
    unresolved = pl.read_csv(run_dir / "unresolved_links" / "opportunity.csv",
                             infer_schema=False)
    assert _counts(unresolved, "value") == {"Benjamin Turner": 5, "Stephanie Green": 1}
    assert all("2 contact records of the export share this name" in r
               for r in unresolved["reason"])

    task = frames["task"]
    assert _counts(task, "statuscode") == {5: 77, 2: 27}   # Completed / Pending
    first = task.sort("__source_row").row(0, named=True)
    assert (first["subject"], first["statuscode"]) == ("License activation", 5)
    assert first["description"] == "Please complete this task at your earliest convenience."

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    task_map = next(t for t in mapping["tables"] if t["target"] == "task")
    assert (task_map.get("owner") or {}).get("source") == LANGS[name]["task_owner"]
    files = inventory_files(run_dir)
    assert {f: files[f]["kind"] for f in files} == {
        orgs: "account", people: "contact", leads: "lead", deals: "deal", tasks: "task"}
    verified = verified_columns(run_dir)
    assert set(verified) == set(READ)
    assert not any(n for cols in verified.values() for n in cols.values())


def test_laravel_crm_export_en_owners_fall_back(runs: Callable[[str], Path]) -> None:
    """The owner columns name the seeder's five sample users and its primary user (Test
    User), none a user of the org: every record they own goes to the fallback owner."""
    queue = pl.read_csv(runs("laravel-crm-export-en") / "owner_queue.csv", infer_schema=False)
    assert set(queue["email"]) == USERS
    assert set(queue["status"]) == {"unmatched"}
    assert all(r.startswith("assigned to fallback owner") for r in queue["resolution"])
    # organisations, people, leads and deals by their owner, tasks by their assignee
    assert sum(int(n) for n in queue["records"]) == 28 + 80 + 400 + 146 + 104
