"""keys397's public exports run end to end from their parameters files, decisions only
(issue 13): TimeTrex Workforce Management (community edition,
aydancoskun/timetrex-community-edition at a532843d, AGPL-3.0; time and attendance,
scheduling, payroll and HR), the fixed records of its demo data generator (23 employees, 4
branches, 4 legal entities) as its list views' CSV export writes them, headed by its own
labels in English, German, French and Spanish (tests/data/exports/timetrex-export-en, -de,
-fr, -es; SOURCE.md), on the branch-point engine ab22d9b6 (session 52, round Z5). Same
harness as tests/test_public_end_to_end.py (the shared runner ``runs_once``, through
conftest's ``runs``).

One parametrized test over the four languages (``LANGS``: per language, which account entry
each file fills, the headers each entry reads, its key). In every language the 4 branches and
the 4 legal entities load as accounts (two map entries of one table, the second's ids
prefixed), nothing held back, every status an active account, and verification finds no
column differing; the 23 employees are Dynamics users (matched, not created). The parameters
decide the two files' kind (account: discovery names the branches unknown, and in de and fr
the legal entities), each status label's option (the map reads it as the status reason), in
de and es the keys (a branch by its code, a legal entity by its legal name), in de the
branch's code as its account number (the map left 'Kode' unread).

What the run reads, in every language: a branch's status, code (as the account number), name,
two address lines, city, province, country, postal code and work phone; a legal entity's
legal name (as the name), status, the same address and the work phone.

What is NOT read (left unmapped by the engine), in every language:
- the legal entities' trade name and legal form (Type: 'Corporation');
- the employees file: named user (matched to the org's users by e-mail or name, not
  created), so nothing of it is moved.
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

BRANCHES = ["New York", "Seattle", "Toronto", "Vancouver"]
LEGAL = ["ACME USA East Inc.", "ACME USA West Inc.", "ACME Canada East Inc.",
         "ACME Canada West Inc."]


def _address(name: str, city: str, prov: str, country: str, postal: str,
             phone: str) -> dict[str, str]:
    return {"address1_line1": f"{name} 1", "address1_line2": f"{name} 2",
            "address1_city": city, "address1_stateorprovince": prov,
            "address1_country": country, "address1_postalcode": postal, "telephone1": phone}


# per language: the entry each file fills, the headers each entry reads (target: header), its key
LANGS: dict[str, dict[str, Any]] = {
    "timetrex-export-en": {
        "branch": "account", "legal": "account_2",
        "branch_cols": {"statuscode": "Status", "accountnumber": "Code", "name": "Name",
                        **_address("Address", "City", "Province/State", "Country",
                                   "Postal Code", "Work Phone")},
        "legal_cols": {"name": "Legal Name", "statuscode": "Status",
                       **_address("Address", "City", "Province/State", "Country",
                                  "Postal Code", "Work Phone")},
        "branch_key": "Code", "legal_key": "Legal Name"},
    "timetrex-export-de": {
        "branch": "account", "legal": "account_2",
        "branch_cols": {"statuscode": "Status", "accountnumber": "Kode", "name": "Name",
                        **_address("Adresse", "Stadt", "Bundesland", "Land", "Postleitzahl",
                                   "Telefon (geschäftlich)")},
        "legal_cols": {"name": "Legal Name", "statuscode": "Status",
                       **_address("Adresse", "Stadt", "Bundesland", "Land", "Postleitzahl",
                                  "Telefon (geschäftlich)")},
        "branch_key": "key(Kode)", "legal_key": "key(Legal Name)"},
    "timetrex-export-fr": {
        "branch": "account", "legal": "account_2",
        "branch_cols": {"statuscode": "Statut", "accountnumber": "Code", "name": "Nom",
                        **_address("Adresse", "Ville", "Province/état", "Pays", "Code postal",
                                   "Téléphone professionnel")},
        "legal_cols": {"name": "Legal Name", "statuscode": "Statut",
                       **_address("Adresse", "Ville", "Province/état", "Pays", "Code postal",
                                  "Téléphone professionnel")},
        "branch_key": "Code", "legal_key": "Legal Name"},
    "timetrex-export-es": {
        "branch": "account_2", "legal": "account",
        "branch_cols": {"statuscode": "Estado", "accountnumber": "Código", "name": "Nombre",
                        **_address("Dirección", "Ciudad", "Provincia / Estado", "País",
                                   "Apartado Postal", "Teléfono de Oficina")},
        "legal_cols": {"name": "Legal Name", "statuscode": "Estado",
                       **_address("Dirección", "Ciudad", "Provincia / Estado", "País",
                                  "Apartado Postal", "Teléfono de Oficina")},
        "branch_key": "key(Código)", "legal_key": "key(Legal Name)"},
}


@pytest.mark.parametrize("name", list(LANGS))
def test_timetrex_branches_and_legal_entities_load_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The branches and legal entities load as accounts, nothing held back, every status an
    active account; the employees are users, not moved; verification finds no column
    differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    branch, legal = lang["branch"], lang["legal"]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        branch: ("export_branch", 4, 4, 0, 0, 0, 0), legal: ("legal_entity", 4, 4, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "export_branch": ("account", {branch: 4}), "legal_entity": ("account", {legal: 4}),
        "export_employee": ("user", {})}
    assert files["export_employee"]["not_taken"] == 23

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t.get("name") or t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "account_2"}
    assert {c["target"]: c["source"] for c in tables[branch]["columns"]} == lang["branch_cols"]
    assert {c["target"]: c["source"] for c in tables[legal]["columns"]} == lang["legal_cols"]
    assert tables[branch]["source_key"] == lang["branch_key"]
    assert tables[legal]["source_key"] == lang["legal_key"]
    assert not tables[branch].get("unmapped")
    assert len(tables[legal]["unmapped"]) == 2     # trade name and legal form
    assert "Trade Name" in tables[legal]["unmapped"]
    for entry in (branch, legal):
        assert not tables[entry].get("lookups") and not tables[entry].get("owner")
    assert [(u["source"], u["kind"]) for u in mapping["unmatched_sources"]] == [
        ("export_employee", "user")]

    staged = run_dir / "staged"
    branches = pl.read_parquet(staged / f"{branch}.parquet").sort("__source_row")
    legals = pl.read_parquet(staged / f"{legal}.parquet").sort("__source_row")
    assert branches["name"].to_list() == BRANCHES
    assert branches["accountnumber"].to_list() == ["1", "2", "3", "4"]
    assert branches["address1_country"].to_list() == ["US", "US", "CA", "CA"]
    assert branches["address1_postalcode"].to_list() == ["12345", "98105", "M5E 1A1",
                                                         "V6G 1A1"]
    assert legals["name"].to_list() == LEGAL
    assert legals["address1_stateorprovince"].to_list() == ["NY", "WA", "ON", "BC"]
    for frame in (branches, legals):
        assert frame["statuscode"].to_list() == [1, 1, 1, 1]
        assert frame["telephone1"].to_list() == ["555-555-5555"] * 4

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0                      # no list names an owner
    verified = verified_columns(run_dir)
    assert set(verified[branch]) == set(lang["branch_cols"])
    assert set(verified[legal]) == set(lang["legal_cols"])
    assert not any(n for cols in verified.values() for n in cols.values())
