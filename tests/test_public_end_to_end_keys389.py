"""keys389's public exports run end to end from their parameters files, decisions only
(issue 13): Fedena (projectfedena/fedena at 68a84ac4, Apache-2.0; the open-source school
management system), the eleven students of its test fixtures and the one employee its seeds
create, one row each as its profile reports print them, headed by its own labels in English,
German, French and Spanish (tests/data/exports/fedena-export-en, -de, -fr, -es; SOURCE.md),
on the branch-point engine 56e42778 (session 52, round Z4). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``, through conftest's
``runs``).

One parametrized test over the four languages (``LANGS``: per language, the headers the
contact reads and the key). In every language the eleven students load as contacts keyed by
Fedena's admission number, nothing held back, verification finding no column differing; the
employees file (the school's staff, who sign in) is matched as users and not moved; no owner
column: the fallback owns every student (the owner queue stays empty). The parameters decide
the key, the nationality kept off the second address's country, the postal code ('PIN code',
'PLZ', 'Code postal', 'Código PIN'), no owner column (the map took the admission date as
the owner), the gender's options in de, fr, es (Männlich/Weiblich, Masculin/Feminin,
Hombre/Mujer), in English the birth date's format ('July 20, 2011'), in Spanish 'Estado' as
the state and no status (the map read 'Religión' as the state and 'Estado' as the status).

What the run reads: the name (one cell, as the last name), gender, address, city, state,
postal code, country, phone, mobile and e-mail, in every language; the birth date in every
language (Fedena prints it month first in words, 'Juli 20, 2011': read in English only at
the branch point, in every language since session 53).

What is NOT read (left unmapped), in every language: the admission date, batch, course,
blood group, nationality (by decision), language, category, religion and immediate contact;
the employees file, matched as users.
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

KINDS = {"students": ("contact", {"contact": 11}), "employees": ("user", {})}
TARGETS = ("lastname", "gendercode", "address1_line1", "address1_city",
           "address1_stateorprovince", "address1_postalcode", "address1_country",
           "telephone1", "mobilephone", "emailaddress1")
#: the fixtures' students, by admission number 1-11
STUDENTS = ["John Doe", "Samantha Fowler", "Steve Connelly", "Laura Fuller", "David Fletcher",
            "Kathryn Howard", "Jeff Hardy", "Camilla Leonard", "Roy Marscher", "Emily Malcolm",
            "Benjamin Murphy"]

# per language: the headers the contact reads (in TARGETS' order, then the birth date where
# it is read) and the key
LANGS: dict[str, dict[str, Any]] = {
    "fedena-export-en": {
        "contact": ("Name", "Gender", "Address", "City", "State", "PIN code", "Country",
                    "Phone", "Mobile", "Email"),
        "birthdate": "Date of Birth", "key": "Admission number"},
    "fedena-export-de": {
        "contact": ("Name", "Geschlecht", "Addresse", "Stadt", "Bundesland", "PLZ", "Land",
                    "Telefon", "Mobil", "E-Mail"),
        "birthdate": "Geburtsdatum", "key": "Aufahmenummer"},
    "fedena-export-fr": {
        "contact": ("Nom", "Sexe", "Adresse", "Ville", "Etat", "Code postal", "Pays", "Phone",
                    "Téléphone mobile", "Email"),
        "birthdate": "Date de naissance", "key": "Numero d’Admission"},
    "fedena-export-es": {
        "contact": ("Nombre", "Sexo", "Dirección", "Ciudad", "Estado", "Código PIN", "País",
                    "Teléfono", "Móvil", "Email"),
        "birthdate": "Fecha de nacimiento", "key": "Número de Admisión"},
}


@pytest.mark.parametrize("name", list(LANGS))
def test_fedena_students_load_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The eleven students load as contacts, nothing held back; the employees are matched as
    users and not moved; verification finds no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("students", 11, 11, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    targets = TARGETS + (("birthdate",) if lang["birthdate"] else ())
    headers = lang["contact"] + ((lang["birthdate"],) if lang["birthdate"] else ())
    sources = {t["target"]: {c["target"]: c["source"] for c in t.get("columns", [])}
               for t in mapping["tables"]}
    assert sources == {"contact": dict(zip(targets, headers, strict=True))}
    (table,) = mapping["tables"]
    assert table["source_key"] == f"key({lang['key']})"
    assert not table.get("owner") and not table.get("lookups")
    assert [(u["source"], u["kind"]) for u in mapping["unmatched_sources"]] == [
        ("employees", "user")]

    contacts = pl.read_parquet(run_dir / "staged" / "contact.parquet").sort("__source_row")
    assert contacts.height == 11
    assert contacts["__source_id"].n_unique() == 11   # Fedena's admission numbers, as keyed
    rows = {n: r for n, r in enumerate(contacts.to_dicts(), start=1)}   # admission 1-11
    assert [rows[n]["lastname"] for n in range(1, 12)] == STUDENTS
    # t('male') / t('female') in the language: Dataverse 1 Male, 2 Female
    assert Counter(r["gendercode"] for r in rows.values()) == {1: 6, 2: 5}
    assert rows[2]["gendercode"] == 2                           # Samantha Fowler
    assert {r["address1_country"] for r in rows.values()} == {"India"}
    assert all(r[c] is None for r in rows.values()
               for c in ("address1_line1", "address1_city", "address1_stateorprovince",
                         "address1_postalcode", "telephone1", "mobilephone",
                         "emailaddress1"))
    # 'July 20, 2011' ('Juli 20, 2011', 'juillet 20, 2011': month first in every language,
    # read since session 53): five years before the day
    if lang["birthdate"]:
        assert str(rows[1]["birthdate"])[:10] == "2011-07-20"
        assert str(rows[5]["birthdate"])[:10] == "2007-07-20"
        assert all(r["birthdate"] is not None for r in rows.values())
    else:
        assert "birthdate" not in contacts.columns

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert {t: set(cols) for t, cols in verified.items()} == {"contact": set(targets)}
    assert not any(n for cols in verified.values() for n in cols.values())
