"""keys328's public exports run end to end from their parameters files, decisions only
(issue 13): Trudesk (polonel/trudesk at 37d6cf57, Apache-2.0; an open-source help desk), the
fixed records its mocha test suite writes (four accounts, three customer groups, ticket 1000)
as its ticket report CSV, its CSV account import format and its group list write tickets,
accounts and groups, headed by its own labels in English, French and Brazilian Portuguese
(tests/data/exports/trudesk-export-en, -fr, -pt-br; SOURCE.md), written on the branch-point
engine 54005a21 (session 48, round V). Same harness as tests/test_public_end_to_end.py (the
shared runner ``runs_once``).

One parametrized test over the three languages (``LANGS``: per language, the headers the map
reads for each table, the keys' and links' headers). In every language the groups load as
accounts (by name), the accounts as contacts (e-mail, title, the whole name as the last name)
and the ticket as a case (number, subject, type, priority, status, creation date) of its
group's account; nothing is quarantined or fails and verification finds no column differing.
The parameters decide the files' objects (the account list is people: the engine reads it as
companies; the one-column group list is left out without it), the keys (Trudesk's ticket
number, the account's login name, the group's name), the case's customer (its group, by
name: Dynamics requires one; the engine finds it itself in English only), the type, priority
and status values (Issue Problem, Critical High, Open In Progress) and, in Portuguese, that
the login name owns nothing (the engine reads 'Usuário' as the contact's owner).

What is NOT read (left unmapped by the engine), in every language:
- the group 'Test' (the third row): the engine's keys ignore case, so it is a duplicate of
  'TEST' (the first), skipped; the ticket's group 'Test' links to 'TEST';
- the accounts' role (admin / support / user) and their login name (the key only);
- the ticket's requester (empty; read as the primary contact, a link left with no value:
  in English held out, in French 'Demandeur' and Brazilian 'Solicitante' since session 48)
  and its tags (empty); its assignee (empty) is read as the owner: the fallback owner, no
  one queued.
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
    issues,
    outcomes,
    run_public,
    runs_once,
    verified_columns,
)

#: the groups loaded as accounts ('Test', the third, is skipped as a duplicate of 'TEST')
GROUPS = ["TEST", "Test Group"]
#: the accounts as contacts: (last name, e-mail, title)
PEOPLE = [("Trudesk", "trudesk@trudesk.io", None),
          ("Fake user", "fake.user@trudesk.io", None),
          ("Deleted User", "deleted.user@trudesk.io", None),
          ("New User", "new.user.1@trudesk.io", "My New Title")]
#: the ticket as a case: Issue Problem (2), Critical High (1), Open In Progress (1)
CASE = {"ticketnumber": "1000", "title": "Dummy Test Subject", "casetypecode": 2,
        "prioritycode": 1, "statuscode": 1, "overriddencreatedon": None}
KINDS = {"accounts": ("contact", {"contact": 4}), "groups": ("account", {"account": 3}),
         "tickets": ("ticket", {"incident": 1})}

# per language: the columns each table's map reads (target: header), each table's key, the
# case's group (its customer) and assignee (its owner) headers
LANGS: dict[str, dict[str, Any]] = {
    "trudesk-export-en": {
        "account": {"name": "Name"},
        "contact": {"lastname": "Name", "emailaddress1": "Email", "jobtitle": "Title"},
        "incident": {"ticketnumber": "Ticket", "casetypecode": "Type",
                     "prioritycode": "Priority", "statuscode": "Status",
                     "overriddencreatedon": "Created", "title": "Subject"},
        "keys": {"account": "Name", "contact": "Username", "incident": "Ticket"},
        "group": "Group", "assignee": "Assignee", "requester": "Requester"},
    "trudesk-export-fr": {
        "account": {"name": "Nom"},
        "contact": {"lastname": "Nom", "emailaddress1": "Adresse email", "jobtitle": "Titre"},
        "incident": {"ticketnumber": "Ticket", "casetypecode": "Type",
                     "prioritycode": "Priorité", "statuscode": "Statut",
                     "overriddencreatedon": "Créé", "title": "Sujet"},
        "keys": {"account": "Nom", "contact": "Nom d'utilisateur", "incident": "Ticket"},
        "group": "Groupe", "assignee": "Assigné à", "requester": "Demandeur"},
    "trudesk-export-pt-br": {
        "account": {"name": "Nome"},
        "contact": {"lastname": "Nome", "emailaddress1": "Email", "jobtitle": "Título"},
        "incident": {"ticketnumber": "Ticket", "casetypecode": "Tipo",
                     "prioritycode": "Prioridade", "statuscode": "Status",
                     "overriddencreatedon": "Criado", "title": "Assunto"},
        "keys": {"account": "Nome", "contact": "Usuário", "incident": "Ticket"},
        "group": "Grupo", "assignee": "Atribuído para", "requester": "Solicitante"},
}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Each language run once (from its parameters file alone) for the tests below."""
    return runs_once(tmp_path_factory, run_public)


@pytest.mark.parametrize("name", list(LANGS))
def test_trudesk_groups_accounts_and_ticket_load_in_three_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The groups load as accounts, the accounts as contacts and the ticket as a case of its
    group's account, as counted; records field by field; the duplicate group skipped; the
    fallback owner; verification finds no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"account": ("groups", 3, 2, 0, 1, 0),
                             "contact": ("accounts", 4, 4, 0, 0, 0),
                             "incident": ("tickets", 1, 1, 0, 0, 0)}
    assert [r.startswith("duplicate source id") for r in issues(run_dir, "skipped", "account")
            ] == [True]
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "contact", "incident"}
    for target, table in tables.items():
        assert {c["target"]: c["source"] for c in table.get("columns", [])} == lang[target]
        assert table["source_key"] == f"key({lang['keys'][target]})"
    assert not tables["account"].get("owner") and not tables["contact"].get("owner")
    assert tables["incident"]["owner"]["source"] == lang["assignee"]
    assert [(lk["target"], lk["table"], lk["source"], lk.get("by"))
            for lk in tables["incident"]["lookups"]] == [
        ("customerid", "account", lang["group"], lang["keys"]["account"])]
    left = [(u["target"], u["source"]) for u in tables["incident"].get("unresolved_lookups") or []]
    assert left == ([("primarycontactid", lang["requester"])] if lang["requester"] else [])
    values = {c["target"]: c.get("values") for c in tables["incident"]["columns"]}
    assert values["casetypecode"] == {"Issue": 2, "Task": 3}
    assert values["statuscode"] == {"New": 1, "Open": 1, "Pending": 2}

    staged = run_dir / "staged"
    accounts = pl.read_parquet(staged / "account.parquet").sort("__source_row").to_dicts()
    assert [a["name"] for a in accounts] == GROUPS
    contacts = pl.read_parquet(staged / "contact.parquet").sort("__source_row").to_dicts()
    assert [(c["lastname"], c["emailaddress1"], c["jobtitle"]) for c in contacts] == PEOPLE
    (case,) = pl.read_parquet(staged / "incident.parquet").to_dicts()
    assert {c: case[c] for c in CASE} == CASE
    # the ticket's group 'Test' links to the first group, 'TEST' (names compared without case)
    assert case["__ref__customerid_account"] == accounts[0]["__source_id"]
    assert case["__owner_email"] is None                 # no assignee: the fallback owner

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified["account"]) == set(lang["account"])
    assert set(verified["contact"]) == set(lang["contact"])
    assert set(verified["incident"]) == set(lang["incident"]) | {"customerid", "ownerid"}
    assert not any(n for cols in verified.values() for n in cols.values())
