"""keys351's public exports run end to end from their parameters files, decisions only
(issue 13): Sendportal (mettle/sendportal-core at 6e6ce11e18, MIT; the open-source,
self-hosted e-mail marketing application), the fixed subscribers and tags its own feature
tests create, as its subscriber export and its tags list view give them, headed by its own
labels in English, German and Latvian (tests/data/exports/sendportal-export-en, -de, -lv;
SOURCE.md), on the branch-point engine d7bd4b3a (session 50, round X). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``, through conftest's
``runs``).

One parametrized test over the three languages (``LANGS``: per language, the headers the
contact map entry reads). In every language the two subscribers load as contacts, keyed by
Sendportal's id, nothing held back, and verification finds no column differing; the e-mail
address is written in lower case (newEmail@example.com as newemail@example.com). No column
names an owner: both go to the fallback owner. The tags file is named unknown by discovery
(marketing lists: no table in the org) and stays in Sendportal. The parameters decide
nothing beyond the objects (contacts only).

What the run reads, in every language: the subscriber's e-mail, first name and last name.

What is NOT read: the subscriber's id as a column (it is the source key); the tags file
(name, subscriber count): named unknown, not moved.
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

#: the subscribers as staged, in the export's order (id, e-mail, first name, last name)
SUBSCRIBERS = [("1", "test@email.com", "Test Name", "Test Surname"),
               ("2", "newemail@example.com", "newFirstName", "newLastName")]
KINDS = {"subscribers": ("contact", {"contact": 2}), "tags": ("unknown", {})}

#: per language: the headers the contact entry reads (target: header)
LANGS: dict[str, dict[str, str]] = {
    "sendportal-export-en": {"emailaddress1": "Email", "firstname": "First Name",
                             "lastname": "Last Name"},
    "sendportal-export-de": {"emailaddress1": "Email", "firstname": "Vorname",
                             "lastname": "Nachname"},
    "sendportal-export-lv": {"emailaddress1": "E-pasts", "firstname": "Vārds",
                             "lastname": "Uzvārds"},
}


@pytest.mark.parametrize("name", list(LANGS))
def test_sendportal_subscribers_load_as_contacts_in_three_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The two subscribers load as contacts, as counted, nothing held back; the tags are not
    moved; verification finds no column differing."""
    run_dir = runs(name)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("subscribers", 2, 2, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t.get("name") or t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact"}
    contact = tables["contact"]
    assert {c["target"]: c["source"] for c in contact["columns"]} == LANGS[name]
    assert contact["source_key"] == "id"
    assert not contact.get("owner")
    assert not contact.get("lookups")
    assert [(u["source"], u["kind"]) for u in mapping["unmatched_sources"]] == [
        ("tags", "unknown")]

    staged = pl.read_parquet(run_dir / "staged" / "contact.parquet").sort("__source_row")
    assert list(zip(staged["__source_id"], staged["emailaddress1"], staged["firstname"],
                    staged["lastname"], strict=True)) == SUBSCRIBERS

    verified = verified_columns(run_dir)
    assert set(verified) == {"contact"}
    assert set(verified["contact"]) == set(LANGS[name])
    assert not any(n for cols in verified.values() for n in cols.values())
