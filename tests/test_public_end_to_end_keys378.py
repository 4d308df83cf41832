"""keys378's public exports run end to end from their parameters files, decisions only
(issue 13): Documenso (documenso/documenso at 75330166 (v2.17.0), AGPL-3.0; open-source
document signing), the records of its development seed (initial-seed.ts: two users, the
sixteen documents they send each other, one signer each) as its documents list, admin
recipient form and admin users list show them, headed by its own labels in English, German,
French and Spanish (tests/data/exports/documenso-export-en, -de, -fr, -es; SOURCE.md), on
the branch-point engine 549b7ff6 (session 51, round Z3). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``, through conftest's
``runs``).

One parametrized test over the four languages (``LANGS``: per language, the recipients'
name and e-mail headers). In every language the 16 recipient rows load as 2 contacts (the
same two people sign again and again: known by their e-mail, by decision, the 14 repeats
skipped as duplicates of the row kept), the whole name as the last name; nothing is held
back or fails and verification finds no column differing; no file names an owner (the owner
queue is empty). The parameters decide the recipients file's kind (contact: discovery names
it a user list, the measured miss), the key, the last name and the e-mail, no first name,
and the signing role left unread (the map reads it as the job title in en, the account role
code in de and es).

What the run reads, in every language: the recipients' name (as the last name) and e-mail.

What is NOT read, in every language:
- the recipients' role (Signer: the part in one document's signing, by decision);
- the documents file (created date, title, sender, recipient, status): discovery names it
  attachment, no table of this map, not moved;
- the users file (id, name, e-mail, roles, documents): named user, not moved.
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

#: the contacts, in the recipients file's order (first row of each e-mail kept)
CONTACTS = [("Admin User", "admin@documenso.com", 1), ("Example User", "example@documenso.com", 5)]
KINDS = {"documents": ("attachment", {}), "recipients": ("contact", {"contact": 16}),
         "users": ("user", {})}

# per language: the recipients' name and e-mail headers
LANGS: dict[str, dict[str, Any]] = {
    "documenso-export-en": {"name": "Name", "email": "Email"},
    "documenso-export-de": {"name": "Name", "email": "E-Mail"},
    "documenso-export-fr": {"name": "Nom", "email": "Email"},
    "documenso-export-es": {"name": "Nombre", "email": "Correo electrónico"},
}


@pytest.mark.parametrize("name", list(LANGS))
def test_documenso_recipients_load_as_contacts_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The recipients load as two contacts known by their e-mail, the repeats skipped,
    nothing held back; the documents and users not moved; verification finds no column
    differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"contact": ("recipients", 16, 2, 0, 14, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t.get("name") or t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact"}
    contact = tables["contact"]
    assert {c["target"]: c["source"] for c in contact["columns"]} == {
        "lastname": lang["name"], "emailaddress1": lang["email"]}
    assert contact["source_key"] == f"key({lang['email']})"
    assert not contact.get("owner") and not contact.get("lookups")
    assert [(u["source"], u["kind"]) for u in mapping["unmatched_sources"]] == [
        ("documents", "attachment"), ("users", "user")]

    skipped = pl.read_csv(run_dir / "skipped" / "contact.csv", infer_schema=False)
    assert skipped.height == 14
    assert set(skipped["reason"].str.starts_with("duplicate source id").to_list()) == {True}

    staged = pl.read_parquet(run_dir / "staged" / "contact.parquet").sort("__source_row")
    assert list(zip(staged["lastname"].to_list(), staged["emailaddress1"].to_list(),
                    staged["__source_row"].to_list(), strict=True)) == CONTACTS

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified) == {"contact"}
    assert set(verified["contact"]) == {"lastname", "emailaddress1"}
    assert not any(n for cols in verified.values() for n in cols.values())
