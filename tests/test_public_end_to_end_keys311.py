"""keys311's public exports run end to end from their parameters files, decisions only
(issue 13): Shuup (shuup/shuup at 25f78cfe37, OSL-3.0; open-source e-commerce on Django),
the fixed sample contacts of its contact importer's example files (two persons, two
companies) as its contact list's CSV export writes them (';'-separated, persons and
companies selected in turn), plus each contact's address as its address form gives it,
headed by its own labels in English, German, Spanish and Canadian French
(tests/data/exports/shuup-export-en, -de, -es, -fr-ca; SOURCE.md), on the branch-point
engine e47e9bef (session 45, round T), brought up to the engine's session-45 rules (the
contact type Person / Company on every row names the person file contacts and the company
file accounts without the intake lines). Same harness as tests/test_public_end_to_end.py
(the shared runner ``runs``, ``runs_once``).

One parametrized test over the four languages (``LANGS``: per language, the headers the
run reads from and what it keys the records by), then one over what discovery names the
two contact files without the intake lines. The parameters decide only that the person
file is contacts and the company file accounts (Shuup writes both with the same nine
columns; since the session-45 rules discovery alone names them so too in every language, by
the type column: on e47e9bef it named them otherwise) and that the contact's type (Person /
Company: the split itself) is no relationship type (since the session-45 rules the map
alone leaves it too). In every language the 2
persons load as contacts and the 2 companies as accounts, nothing held back, read back with
no column differing: the name (a person's whole 'first last' as the contact's last name),
the e-mail and the phone. The records are keyed by their e-mail in en, de and es and by
their name in fr-ca.

What is not read (left unmapped by the engine, or left out), in every language:
- the contact files' type (no relationship type), active flag (Django's yes / no word), order
  count (empty), groups ('No group'), shops ('No shops') and registration shop ("Default
  Shop");
- the addresses file: the run names it unknown (further addresses, no Sales table holds
  them) and does not move it, though its rows are each contact's name, name extension,
  phone, e-mail and postal address;
- no owner column (the fallback owner, no one queued).
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
    discovered_without_intake,
    inventory_files,
    outcomes,
    verified_columns,
)

#: the persons and the companies in the list's order (newest first): name, e-mail, phone
PERSONS = [("Person Name 2 Last Name 2", "my-sample@example.com", "1235678900"),
           ("Person Name 1 Last Name 1", "test@example.com", "1123555111")]
COMPANIES = [("Test Company 2", "test-company@example.com", "1235678900"),
             ("Test Company 1", "test@example.com", "1123555111")]
KINDS = {"person_contacts": "contact", "company_contacts": "account", "addresses": "unknown"}
INTAKE = {"person_contacts.csv": {"object": "contact"},
          "company_contacts.csv": {"object": "account"}}

#: per language: the contacts' and companies' active flag, read as their state since
#: session 52 (every one active)
ACTIVE = {"shuup-export-en": "Active", "shuup-export-de": "Aktiv", "shuup-export-es": "Activo",
          "shuup-export-fr-ca": "actif"}
# per language: the headers of the name, e-mail and phone; the records' source id (the
# e-mail, or in fr-ca the name); what discovery names the two contact files without intake
# (since the session-45 rules as the analyst does in every language; on e47e9bef en named
# both accounts, es both contacts, de and fr-ca both unknown)
LANGS: dict[str, dict[str, Any]] = {
    "shuup-export-en": {"heads": ("Name", "Email", "Phone"), "id": 1,
                        "discovered": {"person_contacts": "contact",
                                       "company_contacts": "account"}},
    "shuup-export-de": {"heads": ("Name", "E-Mail", "Telefon"), "id": 1,
                        "discovered": {"person_contacts": "contact",
                                       "company_contacts": "account"}},
    "shuup-export-es": {"heads": ("Nombre", "Correo Electrónico", "Telefono"), "id": 1,
                        "discovered": {"person_contacts": "contact",
                                       "company_contacts": "account"}},
    "shuup-export-fr-ca": {"heads": ("Nom", "Email", "Téléphone"), "id": 0,
                           "discovered": {"person_contacts": "contact",
                                          "company_contacts": "account"}},
}


@pytest.mark.parametrize("name", list(LANGS))
def test_shuup_export_loads_in_four_languages(name: str,
                                              runs: Callable[[str], Path]) -> None:
    """Persons load as contacts and companies as accounts as counted, nothing held back;
    records field by field; the addresses not moved; verification finds no column
    differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    head_name, head_email, head_phone = lang["heads"]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("person_contacts", 2, 2, 0, 0, 0, 0),
        "account": ("company_contacts", 2, 2, 0, 0, 0, 0)}

    contacts = pl.read_parquet(run_dir / "staged" / "contact.parquet").sort("__source_row")
    assert [(r["lastname"], r["emailaddress1"], r["telephone1"])
            for r in contacts.to_dicts()] == PERSONS
    assert contacts["__source_id"].to_list() == [p[lang["id"]] for p in PERSONS]
    accounts = pl.read_parquet(run_dir / "staged" / "account.parquet").sort("__source_row")
    assert [(r["name"], r["emailaddress1"], r["telephone1"])
            for r in accounts.to_dicts()] == COMPANIES
    assert accounts["__source_id"].to_list() == [c[lang["id"]] for c in COMPANIES]

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    sources = {t["target"]: {c["target"]: c["source"] for c in t.get("columns", [])}
               for t in mapping["tables"]}
    active = ACTIVE[name]   # both files' active flag: the record's state (session 52)
    assert sources == {
        "contact": {"lastname": head_name, "emailaddress1": head_email,
                    "telephone1": head_phone, "statecode": active},
        "account": {"name": head_name, "emailaddress1": head_email,
                    "telephone1": head_phone, "statecode": active}}
    assert not any(t.get("owner") for t in mapping["tables"])   # no owner column read
    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    files = inventory_files(run_dir)
    assert {f: files[f]["kind"] for f in files} == KINDS
    verified = verified_columns(run_dir)
    assert set(verified) == {"contact", "account"}
    assert not any(n for cols in verified.values() for n in cols.values())


@pytest.mark.parametrize("name", list(LANGS))
def test_shuup_contact_files_without_intake(name: str, tmp_path: Path) -> None:
    """Without the intake lines discovery names both contact files as the analyst does (the
    type column, Person / Company on every row): the persons contacts, the companies
    accounts; the addresses unknown."""
    objs = discovered_without_intake(name, tmp_path, INTAKE)
    assert {o["source"]: o["name"] for o in objs} == {
        **LANGS[name]["discovered"], "addresses": "unknown"}
