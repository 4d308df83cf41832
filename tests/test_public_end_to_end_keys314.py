"""keys314's public exports run end to end from their parameters files, decisions only
(issue 13): DaybydayCRM (Bottelet/DaybydayCRM at a1f39d58, GPL-3.0 from 2.0.0; a
self-hosted Laravel CRM), the records its own demo seeder makes (DemoTableSeeder through its
Faker factories, seeded, replayed by convert.py) as its list views and Create forms show
clients, leads, tasks, projects and users, headed by its own labels in English, Danish and
Spanish (tests/data/exports/daybydaycrm-export-en, -dk, -es; SOURCE.md), written on the
branch-point engine 1eff826f (session 47, round U) after the held-out measure. Same harness
as tests/test_public_end_to_end.py (the shared runner ``runs_once``).

One parametrized test over the three languages (``LANGS``: per language, the headers the
map reads for each table, the key, owner and link headers). In every language the 18
clients load as accounts (name, address, postcode, city, e-mail, industry, both phones),
the 86 leads as leads on their client (topic, follow-up date as the close date, description,
the client's name as company and last name, status) and the 154 tasks as tasks regarding
their client (subject, due date, created date, description, status); every lead and task
is bound to its client; 33 leads close (19 qualified, 14 canceled) and 57 tasks (40
completed, 17 canceled); nothing is held back and verification finds no column differing.
The parameters decide the keys (the company name, the lead's and task's title: the lists
write no id), the owner columns, the phones, the Danish city, the lead's topic (not a job
title), its last name and company (the client's name: the lead names no person), the lead
and task statuses, the industries among Dynamics' own, and the two links by the company
name; the company type ('ApS', a legal form) is not read as a relationship type.

What is NOT read (left unmapped by the engine), in every language:
- the clients' VAT number, the primary contact person's name (no contacts file) and the
  company type;
- the leads' age ('3 months ago', relative) and the deadline's time of day;
- the tasks' project (projects are not moved);
- the projects file (unknown: no Sales table) and the users file (the staff): not moved;
- owners: the six assigned users are no users of the org: every record takes the fallback
  owner, the owner queue lists the six (258 records).
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
    runs_once,
    verified_columns,
)

#: the first client as staged, every language
CLIENT = {"name": "Feest, Gutkowski and Murray", "address1_line1": "Suite 677",
          "emailaddress1": "garrison94@ondricka.biz", "address1_postalcode": "83228",
          "industrycode": 14, "address1_city": "South Beatrice", "telephone1": "32381002",
          "telephone2": "22161202"}
#: staged status counts: leads New 15, Contacted 38, Qualified 19, Canceled 14; tasks Not
#: Started 20, In Progress 19, Waiting 36, Completed 40, Canceled 17, Deferred 22
LEAD_STATUS = [(1, 15), (2, 38), (3, 19), (7, 14)]
TASK_STATUS = [(2, 20), (3, 19), (4, 36), (5, 40), (6, 17), (7, 22)]
#: the owner queue: each assigned user's name and its records (clients, leads and tasks)
QUEUE = [("admin", 69), ("chanelle balistreri", 26), ("daybydaycrm", 47),
         ("dr. robin o'hara", 40), ("dr. stefan anderson", 60), ("magdalena bradtke", 16)]
KINDS = {"clients": ("account", {"account": 18}), "leads": ("lead", {"lead": 86}),
         "tasks": ("task", {"task": 154}), "projects": ("unknown", {}),
         "users": ("user", {})}


def _lang(company: str, address: str, email: str, zipcode: str, industry: str, city: str,
          p1: str, p2: str, cuser: str, title: str, deadline: str, ldesc: str, lclient: str,
          lstatus: str, luser: str, ttitle: str, tclient: str, tdeadline: str,
          tcreated: str, tstatus: str, tdesc: str, tuser: str) -> dict[str, Any]:
    return {
        "account": {"name": company, "address1_line1": address, "emailaddress1": email,
                    "address1_postalcode": zipcode, "industrycode": industry,
                    "address1_city": city, "telephone1": p1, "telephone2": p2},
        "lead": {"subject": title, "estimatedclosedate": deadline, "description": ldesc,
                 "companyname": lclient, "lastname": lclient, "statuscode": lstatus},
        "task": {"subject": ttitle, "scheduledend": tdeadline, "overriddencreatedon": tcreated,
                 "statuscode": tstatus, "description": tdesc},
        "key": {"account": company, "lead": title, "task": ttitle},
        "owner": {"account": cuser, "lead": luser, "task": tuser},
        "links": {"lead": ("parentaccountid", lclient), "task": ("regardingobjectid", tclient)},
        "company": company}


LANGS: dict[str, dict[str, Any]] = {
    "daybydaycrm-export-en": _lang(
        "Company", "Address", "Email", "Zipcode", "Industry", "City", "Primary number",
        "Secondary number", "Assign user", "title", "deadline", "Description",
        "Assign client", "Status", "assigned", "Title", "Client", "Deadline", "Created at",
        "Status", "Description", "Assigned"),
    "daybydaycrm-export-dk": _lang(
        "Firma", "Adresse", "Email", "Post nr", "Industri", "Bynavn", "Primær nummer",
        "Sekundær nummer", "Tildel bruger", "titel", "deadline", "Beskrivelse",
        "Tildel klient", "Status", "tildelt", "Titel", "Klient", "Deadline", "Oprettede",
        "Status", "Beskrivelse", "Tildelt"),
    "daybydaycrm-export-es": _lang(
        "Empresa", "Dirección", "Correo Electrónico", "Código Postal", "Industria", "Ciudad",
        "Número Principal", "Número Secundario", "Asignar usuario", "título", "deadline",
        "Descripción", "Asignar cliente", "Estado", "asignado", "Título", "Cliente",
        "Fecha Límite", "Fecha de creación", "Estado", "Descripción", "Asignado"),
}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Each language run once (from its parameters file alone) for the tests below."""
    return runs_once(tmp_path_factory)


@pytest.mark.parametrize("name", list(LANGS))
def test_daybydaycrm_clients_leads_and_tasks_load_in_three_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """Clients load as accounts, leads as leads on their client and tasks as tasks
    regarding their client, as counted, nothing held back; closed leads and tasks closed
    as decided; projects and users not moved; owners the fallback, queued; verification
    finds no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "account": ("clients", 18, 18, 0, 0, 0, 0), "lead": ("leads", 86, 86, 0, 0, 0, 0),
        "task": ("tasks", 154, 154, 0, 0, 0, 0)}
    assert (out["lead"]["closed"], out["lead"]["closed_as"]) == (
        33, {"Qualified": 19, "Disqualified": 14})
    assert (out["task"]["closed"], out["task"]["closed_as"]) == (
        57, {"Completed": 40, "Canceled": 17})
    assert not any(out[t]["links_left"] for t in out)
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "lead", "task"}
    for target, table in tables.items():
        assert {c["target"]: c["source"] for c in table.get("columns", [])} == lang[target]
        assert table["source_key"] == f"key({lang['key'][target]})"
        assert table["owner"]["source"] == lang["owner"][target]
        assert not table.get("unresolved_lookups")
    assert not tables["account"].get("lookups")
    for target in ("lead", "task"):
        (lookup,) = tables[target]["lookups"]
        assert (lookup["target"], lookup["table"], lookup["source"], lookup["by"]) == (
            lang["links"][target][0], "account", lang["links"][target][1], lang["company"])

    staged = run_dir / "staged"
    accounts = pl.read_parquet(staged / "account.parquet").sort("__source_row")
    assert accounts.height == 18
    assert {c: accounts.row(0, named=True)[c] for c in CLIENT} == CLIENT
    leads = pl.read_parquet(staged / "lead.parquet")
    tasks = pl.read_parquet(staged / "task.parquet")
    assert leads["statuscode"].value_counts().sort("statuscode").rows() == LEAD_STATUS
    assert tasks["statuscode"].value_counts().sort("statuscode").rows() == TASK_STATUS
    # every lead and task bound to its client, by the company name
    assert leads["__ref__parentaccountid"].null_count() == 0
    assert tasks["__ref__regardingobjectid_account_task"].null_count() == 0
    assert set(leads["__ref__parentaccountid"]) <= set(accounts["__source_id"])
    # the dates read day-first in Danish and Spanish as month-first in English
    first = leads.sort("__source_row").row(0, named=True)
    assert str(first["estimatedclosedate"]).startswith("2026-02-09")

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert [(r["email"], int(r["records"])) for r in queue.iter_rows(named=True)] == QUEUE
    assert set(queue["status"]) == {"unmatched"}
    verified = verified_columns(run_dir)
    for target in ("account", "lead", "task"):
        assert set(lang[target]) <= set(verified[target])
        assert "ownerid" in verified[target]
    assert set(verified["lead"]) - set(lang["lead"]) == {"parentaccountid", "ownerid"}
    assert set(verified["task"]) - set(lang["task"]) == {"regardingobjectid", "ownerid"}
    assert not any(n for cols in verified.values() for n in cols.values())
