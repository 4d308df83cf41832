"""keys430's public exports run end to end from their parameters files, decisions only
(issue 13): Saltcorn (saltcorn/saltcorn at 4f37a230, MIT; the no-code database application
builder), the records its own tests write (the test fixture's users admin@foo.com,
staff@foo.com, user@foo.com, patients Kirk and Michael Douglas, publishers AK Press and No
starch, the company 'my_company' with two departments and two employees; the table test's
'Invoice' items; the Playwright test's 'My_Table' of four people from People2.csv) as its
table CSV download writes them, headed by field names in every language (en: commas; de: a
German user with 'Localize CSV downloads' on, semicolons; tests/data/exports/saltcorn-export-en
and -de; SOURCE.md), on the branch-point engine d3222a02 (session 55, round Z9). Same harness
as tests/test_public_end_to_end.py (the shared runner ``runs_once``, through conftest's
``runs``).

The publishers (2) and the company (1) load as accounts, My_Table's people (4), the
employees (2) and the patients (2) as contacts, each keyed by Saltcorn's 'id' (the second and
third entries of a table prefix it with their file's name): names as the account's name and
the contact's last name (the one-field names: 'Kirk Douglas', 'my_employee', 'Adam'), the
people's birth date and address as the map reads them; nothing held back, skipped or
cleared; no one queued as owner; verification finds no column differing. The users are the
app's sign-in accounts, matched, not created; the departments and the invoice's items are
reported unmatched (no Dataverse table).

The parameters decide: the users file as users (discovery named it contacts: the measured
propose misses on its e-mail and role), the employees as contacts (discovery named them
users: the measured miss on their name), the publishers as accounts and My_Table as contacts
(the two measured file misses, which left propose with none of their columns); the five keys;
the employees' department id left out of the contact's Department text.

What is NOT read (left unmapped): the patients' favourite book and parent (ids: discovery
linked the parent to Invoice.id, both holding 1; the map binds no lookup); My_Table's
membership status (Member / Prospect / Lapsed: Saltcorn's own field, custom); the employees'
department id; the files users.csv (matched, never created), department.csv and Invoice.csv
whole.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl
import pytest
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    verified_columns,
)

NAMES = ("saltcorn-export-en", "saltcorn-export-de")
KINDS = {"users": ("user", {}), "patients": ("contact", {"contact_3": 2}),
         "publisher": ("account", {"account": 2}), "company": ("account", {"account_2": 1}),
         "department": ("unknown", {}), "employee": ("contact", {"contact_2": 2}),
         "Invoice": ("unknown", {}), "My_Table": ("contact", {"contact": 4})}
ENTRIES = {   # entry: (file, columns: target -> source, id prefix)
    "account": ("publisher", {"name": "name"}, ""),
    "account_2": ("company", {"name": "name"}, "company:"),
    "contact": ("My_Table", {"lastname": "full_name", "birthdate": "date_of_birth",
                             "address1_line1": "address"}, ""),
    "contact_2": ("employee", {"lastname": "name"}, "employee:"),
    "contact_3": ("patients", {"lastname": "name"}, "patients:"),
}
STAGED = {
    "account": [("AK Press",), ("No starch",)],
    "account_2": [("my_company",)],
    "contact": [(name, "2024-05-28T17:43:00Z", f"{n} east Greater Noida new delhi india")
                for name, n in (("Adam", 132), ("Brandon", 133), ("Cherry", 134),
                                ("Donald", 135))],
    "contact_2": [("manager",), ("my_employee",)],
    "contact_3": [("Kirk Douglas",), ("Michael Douglas",)],
}


@pytest.mark.parametrize("name", NAMES)
def test_saltcorn_people_and_organisations_load(name: str,
                                                runs: Callable[[str], Path]) -> None:
    """Publishers and the company load as accounts, the people, employees and patients as
    contacts; the users are matched, not created; departments and invoice items stay in
    Saltcorn; verification finds no column differing."""
    run_dir = runs(name)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        entry: (source, len(STAGED[entry]), len(STAGED[entry]), 0, 0, 0, 0, 0)
        for entry, (source, _, _) in ENTRIES.items()}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS
    assert (files["users"]["migrated"], files["users"]["not_taken"]) == (False, 3)

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t.get("name", t["target"]): t for t in mapping["tables"]}
    assert set(tables) == set(ENTRIES)
    for entry, (source, columns, prefix) in ENTRIES.items():
        table = tables[entry]
        assert (table["source"], table["source_key"]) == (source, "key(id)")
        assert {c["target"]: c["source"] for c in table.get("columns", [])} == columns
        assert not table.get("lookups") and not table.get("unresolved_lookups")
        assert not table.get("owner")                    # the export names no owner
        assert (table.get("id_prefix") or "") == prefix
    assert {(u["source"], u["kind"]) for u in mapping["unmatched_sources"]} == {
        ("users", "user"), ("department", "unknown"), ("Invoice", "unknown")}

    for entry, (_, columns, prefix) in ENTRIES.items():
        for kind in ("quarantine", "skipped", "cleared", "flags"):
            issues = pl.read_csv(run_dir / kind / f"{entry}.csv", infer_schema=False)
            assert issues.height == 0, (entry, kind)
        staged = pl.read_parquet(run_dir / "staged" / f"{entry}.parquet").sort("__source_row")
        assert staged.select(list(columns)).rows() == STAGED[entry], entry
        assert "department" not in staged.columns        # decided: the id is no text
        assert staged["__source_id"].n_unique() == staged.height
        assert all(s.startswith(prefix) for s in staged["__source_id"])

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert {e: set(cols) for e, cols in verified.items()} == {
        e: set(columns) for e, (_, columns, _) in ENTRIES.items()}
    assert not any(n for cols in verified.values() for n in cols.values())
