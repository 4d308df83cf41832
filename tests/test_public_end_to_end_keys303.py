"""keys303's public exports run end to end from their parameters files, decisions only
(issue 13): the Roundup issue tracker (roundup-tracker/roundup at 3ed0c6de, MIT; the fallback
of Live Helper Chat, which ships no fixed records), the fixed issues and users of its test
suite (test/db_test_base.py) as its classic tracker's issue and user index views show them,
headed in English, German and French (tests/data/exports/roundup-export-en, -de, -fr;
SOURCE.md), on the branch-point engine db4b8118 (session 44, round S). Same harness as
tests/test_public_end_to_end.py.

One parametrized test over the three languages (``LANGS``: per language, the headers the run
reads from and what is special to it). In each: the four users load as contacts (the intake
decision: discovery names the file the program's users), each keyed by its username, named
by the real name where the tracker has one ('Bork, Chef', whole, as the last name), else the
username (the parameters' decision); the four issues load as cases, keyed by their id, under
the org's account 'Roundup' (the parameters' decision: the issue list names no reporter; the
test's org setup makes that account), priority and status by the parameters' choices (bug
Normal, wish Low; every status In Progress); nothing held back; verification finds no column
differing.

What is not read (left unmapped by the engine, or read and not loaded):
- the issue's ID: the key of the cases (a source id: no case column; Dynamics numbers the
  cases itself);
- the username: the contacts' key (a source id), and the name only where the real name is
  empty (the parameters' 'else');
- the organisation: read as the contact's parent customer, empty in every row (no link);
- the assignee ('Assigned To', 'Zugewiesen', 'Affecté à'): read as the case's owner by name,
  where admin and fred are no users of the org: both go to the fallback owner and wait in
  the owner queue (the German header read since session 45's tuning on round S; the branch
  point left it unmapped, every case the fallback owner's).
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
    one_row,
    outcomes,
    run_public,
    runs_once,
    verified_columns,
)

CONTACT = {"lastname", "emailaddress1", "telephone1"}
INCIDENT = {"prioritycode", "title", "statuscode"}
CONTACTS = {  # by username (each row's source id): field by field
    "admin": {"lastname": "admin", "emailaddress1": None, "telephone1": None},
    "fred": {"lastname": "fred", "emailaddress1": "fred@example.com", "telephone1": None},
    "Chef": {"lastname": "Bork, Chef", "emailaddress1": "chef@bork.bork.bork"},
    "mary": {"lastname": "Contrary, Mary", "emailaddress1": "mary@test.test"},
}
CASES = {  # by source row: title, priority (bug 2 Normal, wish 3 Low), status (1 In Progress)
    1: ("issue one", 2, 1), 2: ("issue two", 2, 1), 3: ("issue three", 3, 1),
    4: ("non four", 3, 1),
}

# per language: the contacts' key (username), the real name, the organisation, the issues'
# key (ID), the assignee, and whether the assignee is read as the owner
LANGS: dict[str, tuple[str, str, str, str, str, bool]] = {
    "roundup-export-en": ("Username", "Real name", "Organisation", "ID", "Assigned To", True),
    "roundup-export-de": ("Benutzername", "Name", "Organisation", "ID", "Zugewiesen", True),
    "roundup-export-fr": ("Nom d'utilisateur", "Nom réel", "Organisation", "ID", "Affecté à",
                          True),
}


def _tracker_account(client: Any) -> None:
    """What the org's admin sets up first: the account the tracker's own cases go under."""
    client.create("accounts", {"name": "Roundup"})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Any]:
    return runs_once(tmp_path_factory,
                     lambda name, root: run_public(name, root, _tracker_account))


@pytest.mark.parametrize("name", list(LANGS))
def test_roundup_export_loads_in_three_languages(name: str,
                                                 runs: Callable[[str], Path]) -> None:
    """Four users as contacts, four issues as cases under the tracker's account, nothing
    held back; records field by field; the assignee the owner (the fallback, queued);
    verification finds no column differing."""
    username, realname, organisation, issue_id, assignee, owner_read = LANGS[name]
    run_dir = runs(name)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("users", 4, 4, 0, 0, 0, 0), "incident": ("issues", 4, 4, 0, 0, 0, 0)}
    assert {f: v["kind"] for f, v in inventory_files(run_dir).items()} == {
        "issues": "ticket", "users": "contact"}

    contacts = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert {c for c in contacts.columns if not c.startswith("__")} == CONTACT
    assert set(contacts["__source_id"]) == set(CONTACTS)
    for key, fields in CONTACTS.items():
        row = one_row(contacts, "__source_id", key)
        assert {k: row[k] for k in fields} == fields, key

    cases = pl.read_parquet(run_dir / "staged" / "incident.parquet")
    assert {c for c in cases.columns if not c.startswith("__")} == INCIDENT
    for row_no, (title, priority, status) in CASES.items():
        row = one_row(cases, "__source_row", row_no)
        assert (row["title"], row["prioritycode"], row["statuscode"]) == (
            title, priority, status), row_no
        assert row["__via__customerid_account"] == "existing"
    if owner_read:   # the assignee's name, resolved as an owner
        owners = cases.sort("__source_row")["__owner_email"].to_list()
        assert owners == ["admin", "fred", None, None]
    else:
        assert "__owner_email" not in cases.columns

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "incident"}
    contact, incident = tables["contact"], tables["incident"]
    assert contact["source_key"] == username
    name_col = next(c for c in contact["columns"] if c["target"] == "lastname")
    assert (name_col["source"], name_col.get("else")) == (realname, [username])
    # the username, the name's fallback, is read: no column left out (session 66)
    assert set(contact["unmapped"]) == {organisation}
    assert [u["target"] for u in contact["unresolved_lookups"]] == ["parentcustomerid"]
    assert incident["source_key"] == f"key({issue_id})"
    assert {c["target"] for c in incident["columns"]} == INCIDENT
    if owner_read:
        assert incident["owner"]["source"] == assignee
        assert incident["unmapped"] == []
    else:
        assert incident["owner"] is None
        assert incident["unmapped"] == [assignee]
    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert sorted(queue["email"].to_list()) == (["admin", "fred"] if owner_read else [])

    verified = verified_columns(run_dir)
    assert set(verified) == {"contact", "incident"}
    assert not any(verified["contact"].values())
    assert not any(verified["incident"].values())
