"""keys390's public exports run end to end from their parameters files, decisions only
(issue 13): Apache Unomi (apache/unomi at ef10dfe1, Apache-2.0; a customer data platform),
the 71 profiles its own integration tests create (the profile-import tests' CSV files and
ProfileExportIT's three) as its profile export writes them (profiles.csv: first and last
name, e-mail, gender, age, nationality, city, the LinkedIn, Facebook and Twitter ids and the
tests' own UCI ID, Rank, Alive and Movie Genres), headed by its own property labels in
English and German (tests/data/exports/unomi-export-en, -de; SOURCE.md), on the branch-point
engine 56e42778 (session 52, round Z4). Same harness as tests/test_public_end_to_end.py (the
shared runner ``runs_once``, through conftest's ``runs``).

One parametrized test over the two languages (``LANGS``: per language, the headers the map
reads and the key's). In both languages the 71 profiles load as contacts (discovery names
the file contact too), nothing held back, skipped or failed; one e-mail address
('kev@har.t', an actor's) is cleared as not valid, the rest load lower-cased; the genders
'male' / 'female' read as Male / Female; verification finds no column differing. The
parameters decide the key (the export writes no profile id: the last name with the city,
which marks the import a profile came from; no two profiles share one) and, where the
held-out measure missed, the age left off the postal code and the nationality off the
address's country.

What the run reads, in both languages: first name, last name (the whole name for the
surfers, cyclists and actors, as Unomi stores it), e-mail, gender and city.

What is NOT read (left unmapped), in both languages: the age (no contact column; the map read
it as the postal code: by decision), the nationality (no contact column; the map read it as
the address's country: by decision), the LinkedIn, Facebook and Twitter ids, and the tests'
own UCI ID, Rank, Alive and Movie Genres.
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

#: Dataverse's contact gender options (Male 1, Female 2)
GENDER = {"male": 1, "female": 2}

# per language: the headers the map reads (target: header) and the key's headers
LANGS: dict[str, dict[str, Any]] = {
    "unomi-export-en": {
        "columns": {"firstname": "First name", "lastname": "Last name",
                    "emailaddress1": "E-mail", "gendercode": "Gender",
                    "address1_city": "City"},
        "key": "key(Last name+City)"},
    "unomi-export-de": {
        "columns": {"firstname": "Vorname", "lastname": "Nachname",
                    "emailaddress1": "E-mail", "gendercode": "Geschlecht",
                    "address1_city": "Stadt"},
        "key": "key(Nachname+Stadt)"},
}


@pytest.mark.parametrize("name", list(LANGS))
def test_unomi_profiles_load_as_contacts_in_two_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The 71 profiles load as contacts, nothing held back; one invalid e-mail cleared; the
    genders read; age and nationality left unread by decision; verification finds no column
    differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    cols = lang["columns"]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("profiles", 71, 71, 0, 0, 0, 0)}
    assert out["contact"]["cleared_fields"] == {"emailaddress1": 1}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "profiles": ("contact", {"contact": 71})}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t.get("name") or t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact"}
    contact = tables["contact"]
    assert {c["target"]: c["source"] for c in contact["columns"]} == cols
    assert contact["source_key"] == lang["key"]
    assert not contact.get("owner") and not contact.get("lookups")
    assert not mapping.get("unmatched_sources")

    # the staged contacts are the export's rows, as read: names and city as written, e-mails
    # lower-cased (the one not valid cleared), genders as Dataverse's options
    staged = pl.read_parquet(run_dir / "staged" / "contact.parquet").sort("__source_row")
    assert staged.height == 71
    assert staged["lastname"].null_count() == 0
    assert staged["firstname"].is_not_null().sum() == 6          # the basic and export tests'
    assert staged["emailaddress1"].is_not_null().sum() == 24      # 25 written, one cleared
    assert "kev@har.t" not in staged["emailaddress1"].to_list()
    assert all(e == e.lower() for e in staged["emailaddress1"].drop_nulls())
    assert dict(Counter(staged["gendercode"].drop_nulls().to_list())) == {
        GENDER["male"]: 18, GENDER["female"]: 16}
    assert dict(Counter(staged["address1_city"].to_list())) == {
        "oneShotImportCity": 3, "surfersCity": 34, "rankingCity": 25, "hollywood": 6,
        "exportCity": 3}
    assert {"address1_postalcode", "address1_country"}.isdisjoint(staged.columns)

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0                                     # the export names no owner
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(cols)
    assert not any(n for c in verified.values() for n in c.values())
