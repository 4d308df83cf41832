"""keys379's public exports run end to end from their parameters files, decisions only
(issue 13): openSIS (OS4ED/openSIS-Classic at 23c59bf5, GPL-2.0; the free student
information system for schools), its installer's sample data (SqlSampleDataInc.php: fifteen
students, six staff who sign in) as its Advanced Report exports write them (Students >
Advanced Report, Users > Staff Advanced Report), headed by its own labels in English, Spanish
and French (tests/data/exports/opensis-export-en, -es, -fr; SOURCE.md), on the branch-point
engine 549b7ff6 (session 51, round Z3). Same harness as tests/test_public_end_to_end.py (the
shared runner ``runs_once``, through conftest's ``runs``).

One parametrized test over the three languages: the fifteen students load as contacts (keyed
by openSIS's own student number, the parameters' key), nothing held back, and verification
finds no column differing; the staff (administrators, teachers) are the people who sign in:
matched as users, not moved. The parameters decide the key, the held-out misses of the
students file: the birth date, printed by ProperDate as 'Jun/2/1993' (its format, given to
intake), and the e-mail column (empty in the sample data); in Spanish and French the first
and last names under openSIS's machine-translated labels ('primero' / 'Último', 'première' /
'Dernier') and, in French, the middle name ('Milieu'). No owner column: the owner queue is
empty.

What the run reads, in every language: the student's first, last and middle names, suffix,
gender, phone, birth date and e-mail (empty cells where the sample data sets none).

What is NOT read: the student's number (the key only), ethnicity, language, grade, school,
username and alternate id; the whole staff file (users, not moved).
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

KINDS = {"students": ("contact", {"contact": 15}), "staff": ("user", {})}
TARGETS = ("firstname", "lastname", "middlename", "suffix", "gendercode", "telephone1",
           "birthdate", "emailaddress1")

# per language: the headers the contact reads (in TARGETS' order) and the key
LANGS: dict[str, dict[str, Any]] = {
    "opensis-export-en": {
        "contact": ("First", "Last", "Middle", "Suffix", "Gender", "Phone", "DOB", "Email ID"),
        "key": "Student ID"},
    "opensis-export-es": {
        "contact": ("primero", "Último", "Middle", "Sufijo", "Género", "Teléfono",
                    "Fecha de nacimiento", "Identificación de correo"),
        "key": "Identificación del Estudiante"},
    "opensis-export-fr": {
        "contact": ("première", "Dernier", "Milieu", "Suffixe", "Le sexe", "Téléphone",
                    "Date de naissance", "ID Email"),
        "key": "Carte d'étudiant"},
}


@pytest.mark.parametrize("name", list(LANGS))
def test_opensis_students_load_in_three_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The fifteen students load as contacts, nothing held back; the staff are matched as
    users and not moved; verification finds no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("students", 15, 15, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    sources = {t["target"]: {c["target"]: c["source"] for c in t.get("columns", [])}
               for t in mapping["tables"]}
    assert sources == {"contact": dict(zip(TARGETS, lang["contact"], strict=True))}
    (table,) = mapping["tables"]
    assert table["source_key"] == f"key({lang['key']})"
    assert not table.get("owner") and not table.get("lookups")
    assert [(u["source"], u["kind"]) for u in mapping["unmatched_sources"]] == [
        ("staff", "user")]

    contacts = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert contacts.height == 15
    assert contacts["__source_id"].n_unique() == 15   # openSIS's numbers 1-15, as keyed
    rows = {(r["firstname"], r["lastname"]): r for r in contacts.to_dicts()}
    assert len(rows) == 15
    assert str(rows[("Vihaan", "Ahuja")]["birthdate"])[:10] == "1993-06-02"   # 'Jun/2/1993'
    assert str(rows[("Li", "Wei")]["birthdate"])[:10] == "2004-02-11"         # 'Feb/11/2004'
    assert all(r["birthdate"] is not None for r in rows.values())
    # Male / Female (raw, in every language): Dataverse 1 Male, 2 Female
    assert Counter(r["gendercode"] for r in rows.values()) == {1: 8, 2: 7}
    assert rows[("Sophia", "Brown")]["gendercode"] == 2
    assert all(r[c] is None for r in rows.values()
               for c in ("middlename", "suffix", "telephone1", "emailaddress1"))

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert {t: set(cols) for t, cols in verified.items()} == {"contact": set(TARGETS)}
    assert not any(n for cols in verified.values() for n in cols.values())
