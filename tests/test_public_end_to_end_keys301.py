"""keys301's public exports run end to end from their parameters files, decisions only
(issue 13): OrangeHRM (orangehrm/orangehrm at 194a751e23, GPL-3.0; open-source HR
management, the fallback of xTuple), the records of two of its test fixtures as its list
views show employees, customers, projects, vacancies and candidates, headed by its own
labels in English, German, French and Spanish (tests/data/exports/orangehrm-export-en, -de,
-fr, -es; SOURCE.md), on the branch-point engine 1fcf865d (session 44, round R). Same
harness as tests/test_public_end_to_end.py (the shared runner ``runs_once``).

One parametrized test over the four languages (``LANGS``: per language, the headers the run
reads from and how a customer's source id is made), then what discovery and the map say of
the candidates without the parameters' intake line and column decisions. In every language
the 8 customers load as accounts (name, description) and the 11 candidates as contacts
(whole name, e-mail, phone), nothing held back, read back with no column differing;
employees (users: matched, not created), projects and vacancies (no Sales table) are not
moved. The parameters decide the
candidates' file is contacts, their key (the whole name with the phone: the list writes no
id, two names are each shared by two candidates), their status left unread (a job
application's stage, no contact status: the map alone reads it as the status reason), their
whole name as the last name, and in es the customers' key (their name: the run finds none
there). Since the engine's session-44 rules (candidates are contacts; the word candidate)
discovery names the candidates contacts and the map reads their whole name as the last name
by itself, as the keys say: those two decisions are redundant now (on 1fcf865d discovery
named the file unknown and the map copied the e-mail into the required last name).

What is not read (left unmapped by the engine, or left out), in every language:
- the candidates' vacancy, the vacancy's hiring manager (no owner column is read: the
  fallback owner, no one queued), the date of application, the keywords and the method of
  application (Manual / Online), as the keys allow; the status by the parameters' decision;
- the whole name is not split: 'first middle last' lands whole in the last name, an empty
  middle name's two spaces kept ("Chanaka  Bandara"), the fixture's stray outer spaces
  trimmed (" John   Denis   Connor " is "John   Denis   Connor");
- the employees, projects and vacancies files (not moved); nothing links the candidates or
  the customers to them (the lists name people and customers, no link is mapped).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl
import pytest
import yaml

from d365migrate.run import steps
from d365migrate.run.context import RunContext
from test_public_end_to_end import (
    PUBLIC,
    _export_dir,
    assert_true_counts,
    discovered_without_intake,
    inventory_files,
    outcomes,
    verified_columns,
)

READ = {"account": {"name", "description"},
        "contact": {"lastname", "emailaddress1", "telephone1"}}
#: the candidates in the list's order (latest application first), as staged in every language
CANDIDATES = [
    ("Chanaka  Bandara", "ren@gmail.com", "0352243224"),
    ("Chinthaka  Welagedara", "ren@gmail.com", "0352657224"),
    ("Yasitha  Pandi", "namal@gmail.com", "0372243567"),
    ("Chanaka  Gunara", "ren@gmail.com", "035223224"),
    ("Chinthaka Malith Suneth", "chinthaka@mymail.com", "0777-754075"),
    ("Kamal S Karunarathne", "chinthaka@mymail.com", "0777-754075"),
    ("Kamal S Karunarathne", "chinthaka@mymail.com", "0777-555555"),
    ("Kamal  Karunarathne", "chinthaka@mymail.com", "0777-754075"),
    ("Kamal  Karunarathne", "chinthaka@mymail.com", "0777-555555"),
    ("Namal  Karunarathne", "chinthaka@mymail.com", "0777-555666"),
    ("John   Denis   Connor", "john_connor@mymail.com", "0777-555666"),
]
#: the customers listed (the deleted Ball Corporation is not), by name; two have no description
CUSTOMERS = {
    "ACME Ltd": "Leading apparel manufacturing chain.",
    "Apache Software Foundation": "non-profit corporation to support Apache software projects",
    "Fresh Books Software Ltd": None,
    "Internal": None,
    "The Coca-Cola Company": "Multinational beverage corporation and manufacturer",
}
#: the candidates' application status header, which the map alone reads as the status reason
STATUS = {"orangehrm-export-en": "Status", "orangehrm-export-de": "Status",
          "orangehrm-export-fr": "Statut", "orangehrm-export-es": "Estatus"}
KINDS = {"candidates": "contact", "customers": "account", "employees": "user",
         "projects": "unknown", "vacancies": "unknown"}

# per language: the customers' name and description, the candidates' name, e-mail and phone
# headers the map reads, whether the customer's source id is its name (else a hash of the
# parameters' key, es)
LANGS: dict[str, dict[str, Any]] = {
    "orangehrm-export-en": {
        "account": {"name": "Name", "description": "Description"},
        "contact": {"lastname": "Candidate", "emailaddress1": "Email",
                    "telephone1": "Contact Number"},
        "account_id_is_name": True},
    "orangehrm-export-de": {
        "account": {"name": "Name", "description": "Beschreibung"},
        "contact": {"lastname": "Bewerber", "emailaddress1": "Email",
                    "telephone1": "Contact Number"},
        "account_id_is_name": True},
    "orangehrm-export-fr": {
        "account": {"name": "Nom", "description": "Description"},
        "contact": {"lastname": "Candidat", "emailaddress1": "Email",
                    "telephone1": "Contact Number"},
        "account_id_is_name": True},
    "orangehrm-export-es": {
        "account": {"name": "Nombre", "description": "Descripción"},
        "contact": {"lastname": "Postulante", "emailaddress1": "Correo eléctronico",
                    "telephone1": "Contact Number"},
        "account_id_is_name": False},
}


@pytest.mark.parametrize("name", list(LANGS))
def test_orangehrm_export_loads_in_four_languages(name: str,
                                                  runs: Callable[[str], Path]) -> None:
    """Customers and candidates load as counted, nothing held back; records field by
    field; the other files not moved; verification finds no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "account": ("customers", 8, 8, 0, 0, 0, 0), "contact": ("candidates", 11, 11, 0, 0, 0, 0)}
    staged = run_dir / "staged"
    frames = {t: pl.read_parquet(staged / f"{t}.parquet") for t in READ}
    for table, columns in READ.items():
        assert {c for c in frames[table].columns if not c.startswith("__")} == columns, table

    accounts = frames["account"].sort("__source_row")
    assert accounts["name"].to_list() == sorted(accounts["name"].to_list())  # the list's order
    by_name = {r["name"]: r for r in accounts.to_dicts()}
    assert len(by_name) == 8 and "Ball Corporation" not in by_name
    for customer, description in CUSTOMERS.items():
        assert by_name[customer]["description"] == description, customer
    if lang["account_id_is_name"]:
        assert all(r["__source_id"] == r["name"] for r in by_name.values())
    else:
        assert not any(r["__source_id"] == r["name"] for r in by_name.values())

    contacts = frames["contact"].sort("__source_row")
    assert [(r["lastname"], r["emailaddress1"], r["telephone1"])
            for r in contacts.to_dicts()] == CANDIDATES
    assert contacts["__source_id"].n_unique() == 11   # name + phone tell them apart

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    sources = {t["target"]: {c["target"]: c["source"] for c in t.get("columns", [])}
               for t in mapping["tables"]}
    assert sources == {"account": lang["account"], "contact": lang["contact"]}
    assert not any(t.get("owner") for t in mapping["tables"])   # no owner column read
    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    files = inventory_files(run_dir)
    assert {f: files[f]["kind"] for f in files} == KINDS
    verified = verified_columns(run_dir)
    assert set(verified) == set(READ)
    assert not any(n for cols in verified.values() for n in cols.values())


@pytest.mark.parametrize("name", list(LANGS))
def test_orangehrm_candidates_read_without_the_decisions(name: str, tmp_path: Path) -> None:
    """Without the parameters' intake line discovery names the candidates' file contacts
    itself (people who applied for a job; session 44's rule: candidates are contacts), the
    other four files as the run names them; without the column decisions the map reads the
    whole name as the last name itself, and the application's status as the status reason
    (which the parameters' decision leaves unread)."""
    (tmp_path / "discovery").mkdir()
    objs = discovered_without_intake(name, tmp_path / "discovery",
                                     {"candidates.csv": {"object": "contact"}})
    assert {o["source"]: o["name"] for o in objs} == KINDS
    params = yaml.safe_load((PUBLIC / name / "parameters.yml").read_text(encoding="utf-8"))
    decided = params["mapping"]["decisions"].pop("columns")
    assert decided["contact.lastname"] == {"source": LANGS[name]["contact"]["lastname"]}
    params.update(export=str(_export_dir(name)), runs_dir=str(tmp_path / "runs"))
    path = tmp_path / f"{name}.yml"
    path.write_text(yaml.safe_dump(params), encoding="utf-8")
    ctx = RunContext.open(path, tmp_path / "run")
    steps.profile_step(ctx)
    steps.mapping_step(ctx)
    mapping = yaml.safe_load((ctx.run_dir / "mapping.yml").read_text(encoding="utf-8"))
    contact = next(t for t in mapping["tables"] if t["target"] == "contact")
    targets = {c["target"]: c["source"] for c in contact["columns"]}
    assert targets == {**LANGS[name]["contact"], "statuscode": STATUS[name]}
