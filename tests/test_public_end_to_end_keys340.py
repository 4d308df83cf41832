"""keys340's public exports run end to end from their parameters files, decisions only
(issue 13): Peppermint (Peppermint-Lab/peppermint at ba6e2179, AGPL-3.0; an open-source
helpdesk), its own Prisma seed records (the client 'internal', the admin user; the program
has no tickets, tests or fixtures) as its admin lists show them, headed by its own labels in
English, German, French and Spanish (tests/data/exports/peppermint-export-en, -de, -fr, -es;
SOURCE.md), on the branch-point engine d68e969e (session 49, round W). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``, through conftest's
``runs``).

One parametrized test over the four languages (``LANGS``: per language, the e-mail's
header). In every language the one client loads as an account (name, e-mail), its primary
contact ('admin', named on it as free text under 'Contact Name') made a contact (by
decision: the parameters' records_from_values, its name the last name) and linked as the
account's primary contact; nothing is held back, no link is left unresolved, and
verification finds no column differing. The clients list names no owner: both records go to
the fallback owner, the owner queue is empty. The users file (Peppermint's internal agents)
is named a user file, matched for owners, not moved.

What the run reads, in every language: the client's name (also its source key: the list has
no id), contact name (the link, and the contact's last name) and e-mail.

What is NOT read: the users file (name, e-mail, language): a user file, not moved.
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

#: per export, the header of the client's e-mail (the locale's `email` label); 'Client Name'
#: and 'Contact Name' are English in every language (the list page does not translate them)
LANGS = {"peppermint-export-en": "Email", "peppermint-export-de": "E-mail",
         "peppermint-export-fr": "Email", "peppermint-export-es": "Correo Electrónico"}


@pytest.mark.parametrize("name", list(LANGS))
def test_peppermint_client_and_its_contact_load_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The client loads as an account, its primary contact made a contact and linked; the
    users file is not moved; verification finds no column differing."""
    run_dir = runs(name)
    email = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "account": ("clients", 1, 1, 0, 0, 0, 0),
        "contact": ("client_contacts", 1, 1, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "clients": ("account", {"account": 1}), "users": ("user", {})}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t.get("name") or t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "contact"}
    assert {c["target"]: c["source"] for c in tables["account"]["columns"]} == {
        "name": "Client Name", "emailaddress1": email}
    assert tables["account"]["source_key"] == "Client Name"
    assert {lk["target"]: (lk["table"], lk["source"])
            for lk in tables["account"]["lookups"]} == {
        "primarycontactid": ("contact", "Contact Name")}
    assert {c["target"]: c["source"] for c in tables["contact"]["columns"]} == {
        "lastname": "Contact Name"}
    for table in tables.values():
        assert not table.get("owner") and not table.get("unresolved_lookups")
    assert [(u["source"], u["kind"]) for u in mapping["unmatched_sources"]] == [
        ("users", "user")]

    staged = run_dir / "staged"
    accounts = pl.read_parquet(staged / "account.parquet")
    assert accounts.select("__source_id", "name", "emailaddress1",
                           "__ref__primarycontactid").rows() == [
        ("internal", "internal", "internal@admin.com", "admin")]
    contacts = pl.read_parquet(staged / "contact.parquet")
    assert contacts.select("__source_id", "lastname").rows() == [("admin", "admin")]

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert verified == {"account": {"name": 0, "emailaddress1": 0, "primarycontactid": 0},
                        "contact": {"lastname": 0}}
