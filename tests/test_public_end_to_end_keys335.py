"""keys335's public exports run end to end from their parameters files, decisions only
(issue 13): Gitea (go-gitea/gitea at f52b6f33, MIT; the self-hosted Git service with an
issue tracker), the fixed records of its unit-test fixtures (models/fixtures: 29 users, 13
organisations, 12 issues) as its admin user and organisation lists and its issue list show
them, headed by its own labels in English, German, French and Spanish
(tests/data/exports/gitea-export-en, -de, -fr, -es; SOURCE.md), on the branch-point engine
d68e969e (session 49, round W). Same harness as tests/test_public_end_to_end.py (the shared
runner ``runs_once``, through conftest's ``runs``).

One parametrized test over the four languages (``LANGS``: per language, the headers each map
entry reads, the key's and the owner's header). In every language the 13 organisations load
as accounts, the 12 issues as cases, each with the contact made (by decision) from the user
name of the user who opened it (four authors: user1, user2, Gitea's 'Ghost' for a deleted
account, user15) as its customer and primary contact; nothing is held back and verification
finds no column differing; the 2 closed issues are closed as Resolved. The users file (named
'user') is not moved. The parameters decide the authors as contacts and the links to them, an
issue's identity (its repository and its number: two issues are #1 of two repositories), the
Open / Closed states, the fallback owner for contacts and accounts (the engine read the
organisations' member count as the owner: the measured miss), in German and French the
opened date (headed by the admin lists' 'Created' label, 'Registriert am' / 'Créés': the
measured miss), and in German, French and Spanish the assignee as the issue's owner (Gitea
usernames, no user of the org: all go to the fallback, three listed in the owner queue). In
English the assignee cannot be decided as the owner: once the primary contact is decided,
engine d68e969e no longer lists 'Assignees' among the issue file's columns (so English
issues take the fallback owner, with no owner queue).

What the run reads, in every language: the organisation's name (its name and full name), the
issue's title, state, due date (one set) and opened date; in English and Spanish also the
organisation's created date ('-' in every row: cleared).

What is NOT read (left unmapped by the engine), in every language:
- organisations: teams, members (by decision, no owner), repositories; in German and French
  the created date ('-' in every row);
- issues: the repository and number (the key only), labels, milestone; in English the
  assignees;
- the users file: named user, not moved (the people who sign in: matched, not created).
"""

from __future__ import annotations

from collections import Counter
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

#: the issues' authors made contacts, in the issue file's order
AUTHORS = ["user1", "user2", "Ghost", "user15"]
#: each issue's author, in the issue file's order
ISSUE_AUTHORS = ["user1", "user2", "user2", "user1", "user2", "Ghost", "user2", "user2",
                 "user2", "user2", "user15", "user2"]
INCIDENT_STATUS = {1: 10, 5: 2}     # In Progress (Open), Problem Solved (Closed)
#: the owner queue where the assignee owns an issue: each assignee cell and its records
QUEUE = [("user1", 1), ("user1, user2, user10", 1), ("user2", 1)]
KINDS = {"issues": ("ticket", {"incident": 12}), "organizations": ("account", {"account": 13}),
         "users": ("user", {})}

# per language: the headers each map entry reads (target: header), the key's columns, the
# author's and the owner's header (None: the fallback, no owner column)
LANGS: dict[str, dict[str, Any]] = {
    "gitea-export-en": {
        "account": {"name": "Name", "overriddencreatedon": "Created"},
        "incident": {"title": "Title", "statuscode": "Status", "resolveby": "Due Date",
                     "overriddencreatedon": "Created"},
        "key": "key(Repository+#)", "author": "Author", "owner": None},
    "gitea-export-de": {
        "account": {"name": "Name"},
        "incident": {"title": "Titel", "statuscode": "Status", "resolveby": "Fällig am",
                     "overriddencreatedon": "Registriert am"},
        "key": "key(Repository+#)", "author": "Autor", "owner": "Zuständig"},
    "gitea-export-fr": {
        "account": {"name": "Nom"},
        "incident": {"title": "Titre", "statuscode": "Statut", "resolveby": "Échéance",
                     "overriddencreatedon": "Créés"},
        "key": "key(Dépôt+#)", "author": "Auteur", "owner": "Assignés"},
    "gitea-export-es": {
        "account": {"name": "Nombre", "overriddencreatedon": "Creado"},
        "incident": {"title": "Título", "statuscode": "Estado",
                     "resolveby": "Fecha de vencimiento", "overriddencreatedon": "Creado"},
        "key": "key(Repositorio+#)", "author": "Autor", "owner": "Asignados"},
}


@pytest.mark.parametrize("name", list(LANGS))
def test_gitea_organisations_and_issues_load_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The organisations load as accounts, the issues as cases of the contacts made from
    their authors, as counted, nothing held back; the closed issues closed; the users not
    moved; verification finds no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "account": ("organizations", 13, 13, 0, 0, 0, 0),
        "contact": ("reporters", 4, 4, 0, 0, 0, 0),
        "incident": ("issues", 12, 12, 0, 0, 0, 0)}
    assert (out["incident"]["closed"], out["incident"]["closed_as"]) == (2, {"Resolved": 2})
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t.get("name") or t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "contact", "incident"}
    assert {c["target"]: c["source"] for c in tables["contact"]["columns"]} == {
        "lastname": lang["author"]}
    assert tables["contact"]["source_key"] == lang["author"]
    for entry in ("account", "incident"):
        assert {c["target"]: c["source"]
                for c in tables[entry].get("columns", [])} == lang[entry]
        assert not tables[entry].get("unresolved_lookups")
    assert tables["account"]["source_key"] == "ID"
    assert tables["incident"]["source_key"] == lang["key"]
    assert not tables["contact"].get("owner") and not tables["account"].get("owner")
    assert (tables["incident"].get("owner") or {}).get("source") == lang["owner"]
    assert not tables["account"].get("lookups")
    assert {lk["target"]: (lk["table"], lk["source"])
            for lk in tables["incident"]["lookups"]} == {
        "customerid": ("contact", lang["author"]),
        "primarycontactid": ("contact", lang["author"])}
    assert [(u["source"], u["kind"]) for u in mapping["unmatched_sources"]] == [
        ("users", "user")]

    staged = run_dir / "staged"
    contacts = pl.read_parquet(staged / "contact.parquet").sort("__source_row")
    assert contacts["lastname"].to_list() == AUTHORS
    accounts = pl.read_parquet(staged / "account.parquet").sort("__source_row")
    assert accounts["__source_id"].to_list() == [
        "3", "6", "7", "17", "19", "22", "23", "25", "26", "35", "36", "41", "42"]
    assert accounts["name"][1] == "org6 (Org Six)"
    if "overriddencreatedon" in accounts.columns:   # '-' in every row: nothing to set
        assert accounts["overriddencreatedon"].is_null().all()
    cases = pl.read_parquet(staged / "incident.parquet").sort("__source_row")
    assert dict(Counter(cases["statuscode"].to_list())) == INCIDENT_STATUS
    assert cases["__ref__customerid_contact"].to_list() == ISSUE_AUTHORS
    assert cases["__ref__primarycontactid"].to_list() == ISSUE_AUTHORS
    assert cases["resolveby"].to_list() == [None] * 5 + ["2002-04-20T00:00:00Z"] + [None] * 6
    assert cases["overriddencreatedon"].to_list()[:2] == ["2000-01-01T00:00:00Z"] * 2
    assert cases["overriddencreatedon"].is_not_null().all()
    assert cases["__source_id"].n_unique() == 12   # repository and number: no two alike

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).to_dicts()
    assert [(q["email"], q["status"], int(q["records"])) for q in queue] == (
        [(who, "unmatched", n) for who, n in QUEUE] if lang["owner"] else [])
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == {"lastname"}
    assert set(verified["account"]) == set(lang["account"])
    assert set(verified["incident"]) == set(lang["incident"]) | {
        "customerid", "primarycontactid"} | ({"ownerid"} if lang["owner"] else set())
    assert not any(n for cols in verified.values() for n in cols.values())
