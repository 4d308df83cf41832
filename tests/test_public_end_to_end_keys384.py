"""keys384's public exports run end to end from their parameters files, decisions only
(issue 13): Friendica (friendica/friendica at a0a8aeb3, AGPL-3.0-or-later; a decentralised
social network server), the records of its API test fixture (tests/datasets/api.fixture.php:
the test user and its two contacts) as its "Export Contacts to CSV" download, its Contacts
page list and its Moderation > Users list show them, headed by its own labels in English,
German, French and Spanish (tests/data/exports/friendica-export-en, -de, -fr, -es;
SOURCE.md), on the branch-point engine 56e42778 (session 52, round Z4). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``, through conftest's
``runs``).

One parametrized test over the four languages (``LANGS``: per language, the Contacts list's
name, nickname and profile URL headers). In every language the 2 contacts load, known by
their profile URL, the display name as the last name, the nickname and the profile URL as
the website; nothing is held back, skipped or fails and verification finds no column
differing; no file names an owner (the owner queue is empty). The parameters decide the
CSV export's kind (unknown: the same followed accounts the Contacts list holds, with less),
the key, the last name, nickname and website, no first name, and the location left unread
(the fixture's 'DFRN' is a protocol, not a place).

What the run reads, in every language: the contacts' name (as the last name), nickname and
profile URL (as the website, and the key).

What is NOT read, in every language:
- the contacts' location (by decision), network and relation (you follow / mutual);
- the CSV export `selfcontact-contacts` (account address, show boosts): unknown by decision,
  not moved;
- the users file (name, e-mail, dates, account type): named user, not moved.
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
    outcomes,
    verified_columns,
)

#: the contacts, in the Contacts list's order (by name)
CONTACTS = [("Friend contact", "friendcontact", "https://friendica.local/profile/friendcontact", 1),
            ("Mutual contact", "mutualcontact", "https://friendica.local/profile/mutualcontact", 2)]
KINDS = {"contacts": ("contact", {"contact": 2}), "selfcontact-contacts": ("unknown", {}),
         "users": ("user", {})}

# per language: the Contacts list's name, nickname and profile URL headers
LANGS: dict[str, dict[str, Any]] = {
    "friendica-export-en": {"name": "Name", "nick": "Nickname", "url": "Profile URL"},
    "friendica-export-de": {"name": "Name", "nick": "Spitzname", "url": "Profil URL"},
    "friendica-export-fr": {"name": "Nom", "nick": "Pseudo", "url": "URL du Profil"},
    "friendica-export-es": {"name": "Nombre", "nick": "Apodo", "url": "URL del Perfil"},
}


@pytest.mark.parametrize("name", list(LANGS))
def test_friendica_contacts_load_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The two contacts load, known by their profile URL, nothing held back; the CSV export
    and the users not moved; verification finds no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"contact": ("contacts", 2, 2, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t.get("name") or t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact"}
    contact = tables["contact"]
    assert {c["target"]: c["source"] for c in contact["columns"]} == {
        "lastname": lang["name"], "nickname": lang["nick"], "websiteurl": lang["url"]}
    assert contact["source_key"] == f"key({lang['url']})"
    assert not contact.get("owner") and not contact.get("lookups")
    assert [(u["source"], u["kind"]) for u in mapping["unmatched_sources"]] == [
        ("selfcontact-contacts", "unknown"), ("users", "user")]

    staged = pl.read_parquet(run_dir / "staged" / "contact.parquet").sort("__source_row")
    assert list(zip(staged["lastname"].to_list(), staged["nickname"].to_list(),
                    staged["websiteurl"].to_list(), staged["__source_row"].to_list(),
                    strict=True)) == CONTACTS

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified) == {"contact"}
    assert set(verified["contact"]) == {"lastname", "nickname", "websiteurl"}
    assert not any(n for cols in verified.values() for n in cols.values())
