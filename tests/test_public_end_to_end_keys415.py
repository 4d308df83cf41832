"""keys415's public exports run end to end from their parameters files, decisions only
(issue 13): Consul Democracy (consul/consul, now consuldemocracy/consuldemocracy, at
f4bd8e9e, AGPL-3.0; open-source citizen participation), the records its admin system specs
create with literal values (four organisations, two users, two budget investments) as its
admin lists of organisations and users and its budget investments CSV show them, headed by
its own labels in English, Spanish, French and German (tests/data/exports/consul-export-en,
-es, -fr, -de; SOURCE.md), on the branch-point engine ccc46fcf (session 53, round Z7). Same
harness as tests/test_public_end_to_end.py (the shared runner ``runs_once``, through
conftest's ``runs``).

One parametrized test over the four languages (``LANGS``: per language, the headers each map
entry reads). In every language the 4 organisations load as accounts (their name the key)
and the 2 users as contacts (their login e-mail the key; by decision: discovery names the
file 'users' the org's users), nothing held back, verification finds no column differing;
the budget investments stay unmoved (unknown, by decision as discovery says). The
parameters decide the users' kind, both keys, the username as the contact's last name and
the e-mail as its e-mail, the owner columns left out (in es/fr/de the map read the
translated 'Responsible' as the owner: the measured miss) and the organisation's status
left unread.

What the run reads, in every language: an organisation's name, e-mail and phone; a user's
name (as the last name) and e-mail.

What is NOT read (left unmapped by the engine or by decision), in every language:
- organisations: the person responsible (a name in text; no owner, by decision) and the
  status (pending / verified / rejected, by decision);
- users: the document number (empty), the roles and the verification level;
- the budget investments file: unknown (by decision), not moved.
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

ORGS = ["Pending Organization", "Rejected Organization", "Verified Organization",
        "Get up, Stand up"]
ORG_EMAILS = ["manuela2@consul.dev", "manuela3@consul.dev", "manuela4@consul.dev",
              "marley@humanrights.com"]
USERS = ["Jose Luis Balbin", "Manuela1"]
USER_EMAILS = ["manuela1@consul.dev", "manuela2@consul.dev"]
KINDS = {"budget_investments": ("unknown", {}), "organizations": ("account", {"account": 4}),
         "users": ("contact", {"contact": 2})}

# per language: the headers each map entry reads (target: header)
LANGS: dict[str, dict[str, dict[str, str]]] = {
    "consul-export-en": {
        "account": {"name": "Name", "emailaddress1": "Email", "telephone1": "Phone"},
        "contact": {"lastname": "Name", "emailaddress1": "Email"}},
    "consul-export-es": {
        "account": {"name": "Nombre", "emailaddress1": "Email", "telephone1": "Teléfono"},
        "contact": {"lastname": "Nombre", "emailaddress1": "Email"}},
    "consul-export-fr": {
        "account": {"name": "Nom", "emailaddress1": "Email", "telephone1": "Téléphone"},
        "contact": {"lastname": "Nom", "emailaddress1": "Email"}},
    "consul-export-de": {
        "account": {"name": "Name", "emailaddress1": "E-Mail", "telephone1": "Telefon"},
        "contact": {"lastname": "Name", "emailaddress1": "E-Mail"}},
}


@pytest.mark.parametrize("name", list(LANGS))
def test_consul_organisations_and_users_load_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The organisations load as accounts, the users as contacts, as counted, nothing held
    back; the investments not moved; verification finds no column differing."""
    run_dir = runs(name)
    lang: dict[str, Any] = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "account": ("organizations", 4, 4, 0, 0, 0, 0),
        "contact": ("users", 2, 2, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t.get("name") or t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "contact"}
    for entry in ("account", "contact"):
        table = tables[entry]
        assert {c["target"]: c["source"] for c in table["columns"]} == lang[entry]
        assert not table.get("owner")
        assert not table.get("lookups") and not table.get("unresolved_lookups")
    assert tables["account"]["source_key"] == f"key({lang['account']['name']})"
    assert tables["contact"]["source_key"] == f"key({lang['contact']['emailaddress1']})"
    assert [(u["source"], u["kind"]) for u in mapping["unmatched_sources"]] == [
        ("budget_investments", "unknown")]

    staged = run_dir / "staged"
    accounts = pl.read_parquet(staged / "account.parquet").sort("__source_row")
    assert accounts["name"].to_list() == ORGS
    assert accounts["emailaddress1"].to_list() == ORG_EMAILS
    assert accounts["telephone1"].to_list() == [None, None, None, "6764440002"]
    contacts = pl.read_parquet(staged / "contact.parquet").sort("__source_row")
    assert contacts["lastname"].to_list() == USERS
    assert contacts["emailaddress1"].to_list() == USER_EMAILS

    verified = verified_columns(run_dir)
    assert set(verified["account"]) == set(lang["account"])
    assert set(verified["contact"]) == set(lang["contact"])
    assert not any(n for cols in verified.values() for n in cols.values())
