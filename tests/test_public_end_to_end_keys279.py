"""keys279's public exports run end to end from their parameters files, decisions only
(issue 13): Monica 4 (monicahq/monica, 4.x line, AGPL-3.0; a personal CRM), its tests'
fixed records one CSV per object (contacts, activities, notes, tasks, reminders, calls),
headed by its own UI labels in English, German, French and Spanish
(tests/data/exports/monica-export-en, -de, -fr, -es; SOURCE.md), run on the branch-point
engine 8594f6a0 (session 42, round P). Same harness as tests/test_public_end_to_end.py.

One parametrized test over the four languages (``LANGS``: per language, the contact columns
the run does NOT read), then what is special to French. In each: of the 4 contacts, John Doe
and Bono Paul David Hewson load, Bono and Johnny (a first name only: Monica needs no more)
are held back because Dataverse requires a last name; the 3 notes, 2 tasks and the call
load; read back with no column differing.

What is not read (left unmapped by the engine, or left out), in every language:
- the link of every note, task and call to its contact: the ``Contact`` column holds the
  contact's complete name ("John Doe"), which no column of the contacts file holds, so
  discovery matches none of its values and the run leaves it (no link, none counted
  unresolved); the records load without their contact;
- the activities (discovery reads them as a second file of tasks: not migrated, with that
  reason) and the reminders (no kind of record: not migrated, listed as unrecognised);
- the contacts' company (``Company``: left as an unmatched account link) and the call's
  "who called" (no phone-call column fits); the call's subject and start are read only by
  the parameters (the form's question-like labels);
- by language, the contact columns in ``LANGS``: the nickname in de, fr, es; French also
  the birthday and the street.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    issues,
    outcomes,
    run_public,
    verified_columns,
)

HEWSON = {"firstname": "Bono", "middlename": "Paul David", "lastname": "Hewson",
          "emailaddress1": "bono@example.com", "gendercode": None}
DOE = {"firstname": "John", "middlename": None, "lastname": "Doe",
       "emailaddress1": "john.doe@example.com", "birthdate": None, "jobtitle": None}
TASKS = [{"subject": "the task", "description": "description", "statecode": 0},
         {"subject": "This is a title", "description": "This is a description", "statecode": 0}]
CALL = {"subject": "the call", "actualstart": "2018-05-01T00:00:00Z", "statuscode": 2}
NOTES = ["Lorem ipsum dolor sit amet", "this is another test", "the body of the note"]
FILES = {"contacts", "notes", "tasks", "calls", "activities", "reminders"}

# per language: the contact columns the run does not read
LANGS: dict[str, dict[str, Any]] = {
    "monica-export-en": {"contact_unread": ()},
    "monica-export-de": {"contact_unread": ("nickname",)},              # 'Spitzname'
    # 'Surnom', 'Date d’anniversaire', 'Rue et numéro'
    "monica-export-fr": {"contact_unread": ("nickname", "birthdate", "address1_line1")},
    "monica-export-es": {"contact_unread": ("nickname",)},              # 'Apodo'
}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Each language run once (from its parameters file alone) for the tests below."""
    done: dict[str, Path] = {}

    def run(name: str) -> Path:
        if name not in done:
            done[name] = run_public(name, tmp_path_factory.mktemp(name))
        return done[name]
    return run


def _one(frame: pl.DataFrame, column: str, value: str) -> dict:
    return frame.filter(pl.col(column) == value).to_dicts()[0]


@pytest.mark.parametrize("name", list(LANGS))
def test_monica_export_loads_in_four_languages(name: str, runs: Callable[[str], Path]) -> None:
    """Contacts, notes, tasks and the call load as counted; two contacts held back for their
    missing last name; records field by field; the contact links left; the activities and
    reminders not migrated, each with its reason; verification finds no column differing."""
    run_dir = runs(name)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("contacts", 4, 2, 2, 0, 0, 0), "note": ("notes", 3, 3, 0, 0, 0, 0),
        "task": ("tasks", 2, 2, 0, 0, 0, 0), "phonecall": ("calls", 1, 1, 0, 0, 0, 0)}
    held = issues(run_dir, "quarantine", "contact")
    assert len(held) == 2 and all("last name is required" in r for r in held)
    staged = run_dir / "staged"

    contacts = pl.read_parquet(staged / "contact.parquet")
    assert sorted(contacts["lastname"].to_list()) == ["Doe", "Hewson"]
    hewson = _one(contacts, "lastname", "Hewson")
    assert {k: hewson.get(k) for k in HEWSON} == HEWSON
    assert {k: _one(contacts, "lastname", "Doe").get(k) for k in DOE if k in contacts.columns} \
        == {k: v for k, v in DOE.items() if k in contacts.columns}
    for unread in LANGS[name]["contact_unread"]:
        assert unread not in contacts.columns, unread
    for read in {"firstname", "middlename", "lastname", "gendercode", "jobtitle",
                 "emailaddress1", "telephone1", "address1_city", "address1_postalcode",
                 "address1_country"} - set(LANGS[name]["contact_unread"]):
        assert read in contacts.columns, read
    if "birthdate" not in LANGS[name]["contact_unread"]:
        assert hewson["birthdate"] == "1960-05-10T00:00:00Z"

    tasks = pl.read_parquet(staged / "task.parquet")
    assert tasks.select("subject", "description", "statecode").to_dicts() == TASKS
    calls = pl.read_parquet(staged / "phonecall.parquet")
    assert calls.select(*CALL).to_dicts() == [CALL]
    assert "directioncode" not in calls.columns             # 'Who called?' not read
    notes = pl.read_parquet(staged / "note.parquet")
    assert notes["notetext"].to_list() == NOTES
    # the contact, by its complete name, links nothing: the run leaves it
    for frame, column in ((tasks, "regardingobjectid"), (calls, "regardingobjectid"),
                          (notes, "objectid")):
        assert column not in frame.columns
        assert frame[f"__via__left__{column}"].to_list() == [True] * frame.height
    assert "company" not in contacts.columns and "parentcustomerid" not in contacts.columns

    files = inventory_files(run_dir)
    assert set(files) == FILES
    assert files["activities"]["kind"] == "activity"
    assert files["activities"]["reason"].startswith("not migrated: its 2 rows are Tasks")
    assert files["reminders"]["kind"] == "unknown"
    assert files["reminders"]["reason"].startswith("not migrated: discovery could not tell")
    verified = verified_columns(run_dir)
    assert {"contact", "note", "task", "phonecall"} == set(verified)
    assert not any(n for cols in verified.values() for n in cols.values())


def test_monica_export_fr_contact_columns(runs: Callable[[str], Path]) -> None:
    """French: the nickname ('Surnom'), the birthday ('Date d’anniversaire') and the street
    ('Rue et numéro') are not read, so Bono Hewson arrives without his birthday; the city,
    postal code and country ('Ville', 'Code postal', 'Pays') are, empty on both loaded
    contacts (the one address belongs to Johnny, held back)."""
    contacts = pl.read_parquet(runs("monica-export-fr") / "staged" / "contact.parquet")
    assert "birthdate" not in contacts.columns
    for column in ("address1_city", "address1_postalcode", "address1_country"):
        assert contacts[column].null_count() == contacts.height
