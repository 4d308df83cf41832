"""keys290's public exports run end to end from their parameters files, decisions only
(issue 13): Faveo Helpdesk community (ladybirdweb/faveo-helpdesk at 713868c7, OSL-3.0), the
records of its own demo database (DB/dummy-data.sql: 6 tickets, 4 clients, 3 agents, 3
departments, 3 teams), one CSV per object as its screens list them, headed by its UI labels
in English, Italian, French and Russian (tests/data/exports/faveo-export-en, -it, -fr, -ru;
SOURCE.md), written on the branch-point engine 7c17aa14 (session 43, round Q) and brought up
to the engine's session-43 rules (the clients' last login in it, fr and ru is no longer read
as the creation date: left unread, as the keys say). Same harness as
tests/test_public_end_to_end.py.

One parametrized test over the four languages (``LANGS``: per language, the clients' columns
read beyond the name and status), then what is special to each. In all four the 4 clients
(users.csv, which the parameters' intake line makes contacts: discovery names them contacts
too since session 44, a users file beside the agents' file) load as contacts and the 6
tickets as cases, nothing held back, each case's customer the contact who raised it (the
parameters' link by full name: 'From' to the clients' 'Name'; discovery finds it too since
session 44, a file's natural key named by value), read back with no column differing; the
two deleted tickets are closed as Cancelled (the parameters' status values), the channel
'Agent Panel' is Phone (the parameters' decision; 'Web' is Web); the cases' owner is the
fallback (the agents in 'Assigned to' are Faveo's demo staff, and 'Unassigned' in the
language is no one); the agents (matched for owners, not created), the departments and the
teams are not moved.

What is not read (left unmapped by the engine, or read as another column), by language:
- all four: the ticket number (the key: the case's source id, not its ticket number), the
  department, the SLA plan's grace period, the help topic and the last activity of a ticket;
  the clients' role (but -it's); the clients' last login ('Last login', 'Ultimo accesso',
  'Dernière connexion', 'Последний вход': left unmapped, as the keys say); the client's full
  name lands whole in the last name.
- it: the source 'Sorgente' (unread: the parameters map it to the origin); the role 'Ruolo'
  ('user' on every row: a sign-in role) left unread, as the key says (read as the job title
  before session 43's rules).
- ru: the source 'Источник' as -it's 'Sorgente' (mapped by the parameters).
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
    discovered_without_intake,
    inventory_files,
    issues,
    one_row,
    outcomes,
    verified_columns,
)

#: the first client as every language reads it (no e-mail or phone in the demo: NULL)
FIDEL = {"__source_id": "Fidel Martin", "lastname": "Fidel Martin", "emailaddress1": None,
         "telephone1": None, "statuscode": 1}
#: ticket AAAA-0000-0002: Ichae Semos's, open, assigned to the agent Johan Malhotra
TICKET_2 = {"__source_id": "AAAA-0000-0002", "title": "Colour effects", "statuscode": 1,
            "prioritycode": 2, "caseorigincode": 3,
            "overriddencreatedon": "2016-12-13T03:55:55Z",
            "resolveby": "2016-12-14T09:55:55Z", "__owner_email": "johan malhotra",
            "__ref__customerid_contact": "Ichae Semos"}
#: ticket AAAA-0000-0004: Kusti Franti's, deleted (Cancelled), Low, opened on the agent panel
TICKET_4 = {"__source_id": "AAAA-0000-0004", "title": "test ticket", "statuscode": 6,
            "prioritycode": 3, "caseorigincode": 1, "resolveby": "2016-12-13T22:02:48Z",
            "__ref__customerid_contact": "Kusti Franti"}
#: each ticket's client, in the file's order
CLIENTS = ["Fidel Martin", "Joseph Rossignol", "Ichae Semos", "Kusti Franti", "Kusti Franti",
           "Joseph Rossignol"]
INCIDENT_UNREAD = ("ticketnumber", "casetypecode", "description")

# per language: the clients' columns read beyond FIDEL's, the clients' columns not read,
# 'Unassigned' as the tickets' 'Assigned to' writes it (the owner the run reads)
LANGS: dict[str, dict[str, Any]] = {
    "faveo-export-en": {
        "contact": {},
        "contact_unread": ("overriddencreatedon", "jobtitle"),
        "unassigned": "unassigned",
    },
    "faveo-export-it": {
        # 'Ruolo' ('user': a sign-in role, no job) and 'Ultimo accesso' (last login) unread
        "contact": {},
        "contact_unread": ("overriddencreatedon", "jobtitle"),
        "unassigned": "non assegnato",
    },
    "faveo-export-fr": {
        "contact": {},                  # 'Dernière connexion' (last login) left unread
        "contact_unread": ("overriddencreatedon", "jobtitle"),
        "unassigned": "non assigne",
    },
    "faveo-export-ru": {
        "contact": {},                  # 'Последний вход' (last login) left unread
        "contact_unread": ("overriddencreatedon", "jobtitle"),
        "unassigned": "неназначенно",
    },
}


@pytest.mark.parametrize("name", list(LANGS))
def test_faveo_clients_and_tickets_load(name: str, runs: Callable[[str], Path]) -> None:
    """4 contacts and 6 cases load, nothing held back; each case's customer the client who
    raised it (by full name); one client and two tickets arrive field by field as ``LANGS``
    says, the columns not read are absent; the owner the fallback's; the two deleted tickets
    closed; verification finds no column differing; agents, departments, teams not moved."""
    run_dir = runs(name)
    want = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "closed") == {"contact": ("users", 4, 4, 0, 0, 0, 0),
                                       "incident": ("tickets", 6, 6, 0, 0, 0, 2)}
    assert out["incident"]["unresolved_lookups"] == 0
    assert not issues(run_dir, "quarantine", "contact")
    assert not issues(run_dir, "quarantine", "incident")
    staged = run_dir / "staged"
    contacts = pl.read_parquet(staged / "contact.parquet")
    cases = pl.read_parquet(staged / "incident.parquet")
    record = one_row(contacts, "__source_id", "Fidel Martin")
    expected = {**FIDEL, **want["contact"]}
    assert {k: record.get(k) for k in expected} == expected
    for unread in want["contact_unread"]:
        assert unread not in contacts.columns, unread
    for ticket in (TICKET_2, TICKET_4):
        case = one_row(cases, "__source_id", ticket["__source_id"])
        assert {k: case.get(k) for k in ticket} == ticket
    for unread in INCIDENT_UNREAD:
        assert unread not in cases.columns, unread
    # every ticket is its client's, by the full name the parameters link
    assert cases["__ref__customerid_contact"].to_list() == CLIENTS
    assert cases["__via__customerid_contact"].unique().to_list() == ["name"]
    # Open 4 (In Progress), Deleted 2 (Cancelled); Web 4, Agent Panel 2 (Phone)
    assert cases["statuscode"].value_counts(sort=True).rows() == [(1, 4), (6, 2)]
    assert cases["caseorigincode"].value_counts(sort=True).rows() == [(3, 4), (1, 2)]
    # 'Assigned to' read as the owner: Faveo's agents, or 'Unassigned' in the language
    assert set(cases["__owner_email"].to_list()) == {"johan malhotra", "demo admin",
                                                      want["unassigned"]}
    verified = verified_columns(run_dir)
    assert {"title", "statuscode", "customerid", "ownerid", "resolveby"} <= set(
        verified["incident"])
    assert not any(n for cols in verified.values() for n in cols.values())
    files = inventory_files(run_dir)
    assert set(files) == {"tickets", "users", "agents", "departments", "teams"}
    assert files["users"]["taken"] == {"contact": 4}
    assert files["tickets"]["taken"] == {"incident": 6}
    assert not files["agents"]["migrated"] and files["agents"]["kind"] == "user"
    assert "users are not created" in files["agents"]["reason"]
    for setup in ("departments", "teams"):
        assert not files[setup]["migrated"] and files[setup]["kind"] == "unknown"
        assert files[setup]["reason"].startswith("not migrated")


def test_faveo_english_reads_the_source_as_origin_itself(runs: Callable[[str], Path]) -> None:
    """English: the ticket's 'Source' (Web / Agent Panel) is read as the case's origin by the
    map itself (the parameters decide only what Agent Panel is), the due date as Resolve By,
    the created date as the record's creation date; the clients' 'Last login' is left
    unread."""
    run_dir = runs("faveo-export-en")
    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text())
    table = next(t for t in mapping["tables"] if t["target"] == "incident")
    sources = {c["source"]: c["target"] for c in table["columns"]}
    assert {k: sources.get(k) for k in ("Source", "Due date", "Created date")} == {
        "Source": "caseorigincode", "Due date": "resolveby",
        "Created date": "overriddencreatedon"}
    contacts = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert "overriddencreatedon" not in contacts.columns


@pytest.mark.parametrize(("name", "source"), [("faveo-export-it", "Sorgente"),
                                              ("faveo-export-ru", "Источник")])
def test_faveo_source_mapped_by_the_parameters(name: str, source: str,
                                               runs: Callable[[str], Path]) -> None:
    """Italian 'Sorgente' and Russian 'Источник' (the ticket's source) are left unread by
    the map; the parameters' column decision makes them the origin (Web 3, Agent Panel
    Phone 1), on all six cases."""
    run_dir = runs(name)
    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text())
    table = next(t for t in mapping["tables"] if t["target"] == "incident")
    assert next(c for c in table["columns"] if c["target"] == "caseorigincode")[
        "source"] == source
    cases = pl.read_parquet(run_dir / "staged" / "incident.parquet")
    assert cases["caseorigincode"].null_count() == 0


@pytest.mark.parametrize("name", list(LANGS))
def test_faveo_users_discovered_as_clients_without_intake(name: str, tmp_path: Path) -> None:
    """Without the parameters' intake line, discovery names Faveo's users file (its clients:
    Name, Email, Phone, Status, Last login, Role) contacts, as the key says: a file named
    users beside the staff's own file (agents) holds the people who write in (session 44,
    intake/customer_users; it named them users, the staff, before). The other files as in
    the full run."""
    found = discovered_without_intake(name, tmp_path, {"users.csv": {"object": "contact"}})
    kinds = {o["source"]: o["name"] for o in found}
    assert kinds == {"tickets": "ticket", "users": "contact", "agents": "user",
                     "departments": "unknown", "teams": "unknown"}
    users = next(o for o in found if o["source"] == "users")
    assert any("beside the staff's own file 'agents'" in e for e in users["evidence"])
