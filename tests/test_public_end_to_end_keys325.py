"""keys325's public exports run end to end from their parameters files, decisions only
(issue 13): OpenSupports (opensupports/opensupports at 20720ca4, GPL-3.0; an open-source
helpdesk), the fixed records of its client fixtures (7 tickets, 10 users, 5 staff members)
as its staff panel lists them, headed by its own labels in English, German, French and
Spanish (tests/data/exports/opensupports-export-en, -de, -fr, -es; SOURCE.md), written on
the branch-point engine 54005a21 (session 48, round V). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``).

One parametrized test over the four languages (``LANGS``: per language, the headers the map
reads for each table, the keys). In every language the users load as contacts (the
parameters' intake line; e-mail, and the one-cell name as the last name: the parameters'
column decision, the run's map leaves it unread), the five users the fixture lists twice
held back as duplicates of their e-mail (skipped, 'row N kept'); the seven tickets load as
cases (number, title, status 'open' In Progress: the parameters' values), each case's
customer the contact who raised it (the parameters' link: the author to the users' name;
every ticket is Haskell Curry's), the owner the fallback (the parameters leave no owner
column); nothing quarantined or failed, verification finds no column differing; the staff
file (a user file) is not moved. The parameters decide the keys (a user's e-mail; a
ticket's number with its date, the fixtures repeat #445441 five times), and, in English,
the author in the ticket key too: the English map reads 'Author' as the owner, and a link
decision cannot take the owner's column (decisions apply links before owner_columns), only
a key's; in French the number ('Nombre', OpenSupports' own translation: a count), the
subject ('Objet') and the status ('Statut'), which the map reads as the title, leaves
unread, and takes from the department.

Since session 48 the tickets' date and the users' sign-up date (the list's 'D MMM YYYY,
HH:mm', its month in the user's language: 'Apr.', 'avr.', 'Dezember') are read as each
record's creation (overriddencreatedon), as the keys expect; held out they were unread.

What is NOT read (left unmapped), in every language:
- the tickets' department (a queue: no column, as the keys say);
- the users' ticket count (as the keys say);
- the staff file: named a user file, matched for owners, not moved.
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

#: the users as staged (their first five rows; rows 6-10 repeat them), in the file's order
USERS = [("haskell@currycurrylady.com", "Haskell Curry"),
         ("turing@currycurrylady.com", "Alan Turing"),
         ("hilbert@currycurrylady.com", "David Hilbert"),
         ("kurt@currycurrylady.com", "Kurt Gödel"),
         ("presburger@currycurrylady.com", "Mojzesz Presburger")]
#: the tickets as staged (number with its '#', title), in the file's order
TICKETS = [("#445441", "Problem with installation"), ("#878552", "Lorem ipsum door"),
           ("#118551", "Lorem ipsum door"), ("#445441", "Inscription ACM ICPC"),
           ("#445441", "Inscription ACM ICPC"), ("#445441", "Inscription ACM ICPC"),
           ("#445441", "Code jam is awesome")]
KINDS = {"tickets": ("ticket", {"incident": 7}), "users": ("contact", {"contact": 10}),
         "staff": ("user", {})}

# per language: the columns each table's map reads (target: header), the keys, the link
LANGS: dict[str, dict[str, Any]] = {
    "opensupports-export-en": {
        "contact": {"emailaddress1": "Email", "lastname": "Name",
                    "overriddencreatedon": "Sign up date"},
        "incident": {"ticketnumber": "Number", "title": "Title", "statuscode": "Status",
                     "overriddencreatedon": "Date"},
        "contact_key": "key(Email)", "incident_key": "key(Number+Date+Author)",
        "author": "Author"},
    "opensupports-export-de": {
        "contact": {"emailaddress1": "E-Mail", "lastname": "Name",
                    "overriddencreatedon": "Anmeldedatum"},
        "incident": {"ticketnumber": "Nummer", "title": "Betreff", "statuscode": "Status",
                     "overriddencreatedon": "Datum"},
        "contact_key": "key(E-Mail)", "incident_key": "key(Nummer+Datum)",
        "author": "Autor"},
    "opensupports-export-fr": {
        "contact": {"emailaddress1": "Email", "lastname": "Nom",
                    "overriddencreatedon": "Date d'inscription"},
        "incident": {"ticketnumber": "Nombre", "title": "Objet", "statuscode": "Statut",
                     "overriddencreatedon": "Date"},
        "contact_key": "key(Email)", "incident_key": "key(Nombre+Date)",
        "author": "Auteur"},
    "opensupports-export-es": {
        "contact": {"emailaddress1": "Email", "lastname": "Nombre",
                    "overriddencreatedon": "Fecha de registro"},
        "incident": {"ticketnumber": "Número", "title": "Título", "statuscode": "Estado",
                     "overriddencreatedon": "Fecha"},
        "contact_key": "key(Email)", "incident_key": "key(Número+Fecha)",
        "author": "Autor"},
}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Each language run once (from its parameters file alone) for the tests below."""
    return runs_once(tmp_path_factory, run_public)


@pytest.mark.parametrize("name", list(LANGS))
def test_opensupports_users_and_tickets_load_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The users load as contacts (their repeats held back) and the tickets as cases of the
    user who raised them, as counted; records field by field; the staff not moved;
    verification finds no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("users", 10, 5, 0, 5, 0, 0), "incident": ("tickets", 7, 7, 0, 0, 0, 0)}
    assert issues(run_dir, "skipped", "contact") == [
        f"duplicate source id; row {n} kept" for n in range(1, 6)]
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "incident"}
    for target, table in tables.items():
        assert {c["target"]: c["source"] for c in table.get("columns", [])} == lang[target]
        assert table["source_key"] == lang[f"{target}_key"]
        assert not table.get("owner")                    # no owner column read
        assert not table.get("unresolved_lookups")
    assert not tables["contact"].get("lookups")
    assert [(lk["target"], lk["table"], lk["source"], lk["by"])
            for lk in tables["incident"]["lookups"]] == [
        ("customerid", "contact", lang["author"], lang["contact"]["lastname"])]
    status = next(c for c in tables["incident"]["columns"] if c["target"] == "statuscode")
    assert status["values"] == {"open": 1}

    staged = run_dir / "staged"
    contacts = pl.read_parquet(staged / "contact.parquet").sort("__source_row").to_dicts()
    assert [(r["emailaddress1"], r["lastname"]) for r in contacts] == USERS
    cases = pl.read_parquet(staged / "incident.parquet").sort("__source_row").to_dicts()
    assert [(r["ticketnumber"], r["title"], r["statuscode"]) for r in cases] == [
        (n, t, 1) for n, t in TICKETS]
    # every ticket is Haskell Curry's: bound to his contact, by name
    assert {r["__ref__customerid_contact"] for r in cases} == {contacts[0]["__source_id"]}

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(lang["contact"])
    assert set(verified["incident"]) == set(lang["incident"]) | {"customerid"}
    assert not any(n for cols in verified.values() for n in cols.values())
