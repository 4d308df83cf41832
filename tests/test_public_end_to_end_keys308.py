"""keys308's public exports run end to end from their parameters files, decisions only
(issue 13): IceHrm (gamonoid/icehrm at ef8c235010, GPL-3.0-or-later; open-source human
resource management), the fixed records its installer's master data and its test fixtures
load, as its admin record forms show employees, the company structure, clients, projects and
the employees' emergency contacts, headed by its own labels in English, German, Spanish and
French (tests/data/exports/icehrm-export-en, -de, -es, -fr; SOURCE.md), on the branch-point
engine e47e9bef (session 45, round T), brought up to the engine's session-45 rules (the
employees' file named users by its name in every language, de's 'Einzelheiten' read as the
client's description). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs``, ``runs_once``).

One parametrized test over the four languages (``LANGS``: per language, the headers the run
reads from and the name discovery gives the employees' file: users in every language, as the
key has it). In every language the 3 clients load as accounts and the 2 emergency contacts
as contacts, nothing held back, no link unresolved, read back with no column differing; no
owner column is read (the fallback owner, no one queued). The parameters decide, in every
language: the keys (a client by its name, an emergency contact by its name: the forms write
no id), and that the emergency contact's employee is no owner (the map alone reads it as the
owner, by name); in en that 'Employee' (whose emergency contact it is) is not the contact's
own employee ID (since session 56 the emulator serves employeeid and the map alone takes
'Employee' for it, by its display name); in de the clients' contact e-mail as their
e-mail, not their owner (the map alone takes it for the owner), and the catalogue's home and
work phone words (Haustelefon, Arbeitshandy) as telephone2 and telephone1 (since the
session-45 rules the map alone reads them so too); in fr the catalogue's 'prénom' (its word
for Name) as the client's name and the emergency contact's last name, not its first name (the
run fails without a last name), and 'Téléphone fixe' as the home phone (since the session-45
rules the map alone reads it so too).

What is not read (left unmapped by the engine, or left out), in every language:
- the emergency contact's employee (whose contact it is) and relationship (Mother, Sister);
  the whole name is not split: 'Emma Owns' lands whole in the last name;
- the employees file (the staff: named users in every language, matched, not created), the
  company structures and the projects (unknown): not moved; nothing links a project to its
  client or a contact to an employee (no link is mapped).
The clients' details (Details, Einzelheiten, Detalles, Détails: empty in every row) are read
as the description in every language (before the session-45 rules de left 'Einzelheiten').
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

#: the clients in the form's order (by id): name, multi-line address, e-mail, web site
CLIENTS = [(f"IceHrm Sample Client {i}", "001, Sample Road,\nSample City, USA",
            "icehrm+client1@web-stalk.com", "http://icehrm.com") for i in (1, 2, 3)]
#: the emergency contacts: whole name, home, work and mobile phone (one number thrice)
CONTACTS = [("Emma Owns", "+874463422"), ("Casey Watson", "231-453-876")]


def _lang(kind: str, account: dict[str, str], contact: dict[str, str]) -> dict[str, Any]:
    return {"employees": kind, "account": account, "contact": contact}


# per language: the name discovery gives the employees' file, the account and contact
# columns the map reads and their headers
LANGS: dict[str, dict[str, Any]] = {
    "icehrm-export-en": _lang("user", {
        "name": "Name", "description": "Details", "address1_line1": "Address",
        "emailaddress1": "Contact Email", "websiteurl": "Company Url", "statuscode": "Status"},
        {"lastname": "Name", "telephone2": "Home Phone", "telephone1": "Work Phone",
         "mobilephone": "Mobile Phone"}),
    "icehrm-export-de": _lang("user", {
        "name": "Name", "description": "Einzelheiten", "address1_line1": "Adresse",
        "emailaddress1": "Kontakt E-Mail", "websiteurl": "Firmen-URL", "statuscode": "Status"},
        {"lastname": "Name", "telephone2": "Haustelefon", "telephone1": "Arbeitshandy",
         "mobilephone": "Handy"}),
    "icehrm-export-es": _lang("user", {
        "name": "Nombre", "description": "Detalles", "address1_line1": "Dirección",
        "emailaddress1": "Email de contacto", "websiteurl": "URL de la compañía",
        "statuscode": "Estado"},
        {"lastname": "Nombre", "telephone2": "Teléfono de casa",
         "telephone1": "Teléfono del trabajo", "mobilephone": "Teléfono móvil"}),
    "icehrm-export-fr": _lang("user", {
        "name": "prénom", "description": "Détails", "address1_line1": "Adresse",
        "emailaddress1": "Email du contact", "websiteurl": "URL de la société",
        "statuscode": "Statut"},
        {"lastname": "prénom", "telephone2": "Téléphone fixe",
         "telephone1": "Téléphone de travail", "mobilephone": "Téléphone portable"}),
}


@pytest.mark.parametrize("name", list(LANGS))
def test_icehrm_export_loads_in_four_languages(name: str,
                                               runs: Callable[[str], Path]) -> None:
    """Clients and emergency contacts load as counted, nothing held back; records field by
    field; the other files not moved; verification finds no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "account": ("clients", 3, 3, 0, 0, 0, 0),
        "contact": ("emergency_contacts", 2, 2, 0, 0, 0, 0)}
    staged = run_dir / "staged"
    accounts = pl.read_parquet(staged / "account.parquet").sort("__source_row")
    contacts = pl.read_parquet(staged / "contact.parquet").sort("__source_row")
    assert {c for c in accounts.columns if not c.startswith("__")} == set(lang["account"])
    assert {c for c in contacts.columns if not c.startswith("__")} == set(lang["contact"])

    rows = accounts.to_dicts()
    assert [(r["name"], r["address1_line1"], r["emailaddress1"], r["websiteurl"])
            for r in rows] == CLIENTS
    assert [r["statuscode"] for r in rows] == [1, 1, 1]   # Active: the active status reason
    assert [r["description"] for r in rows] == [None, None, None]   # empty in the form
    assert accounts["__source_id"].n_unique() == 3         # by the decided key, the name
    people = contacts.to_dicts()
    assert [(r["lastname"], r["telephone2"], r["telephone1"], r["mobilephone"])
            for r in people] == [(n, p, p, p) for n, p in CONTACTS]
    assert contacts["__source_id"].n_unique() == 2

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    sources = {t["target"]: {c["target"]: c["source"] for c in t.get("columns", [])}
               for t in mapping["tables"]}
    assert sources == {"account": lang["account"], "contact": lang["contact"]}
    assert not any(t.get("owner") for t in mapping["tables"])   # no owner column read
    assert not any(t.get("lookups") for t in mapping["tables"])  # no link mapped
    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    files = inventory_files(run_dir)
    assert {f: files[f]["kind"] for f in files} == {
        "clients": "account", "emergency_contacts": "contact", "employees": lang["employees"],
        "company_structures": "unknown", "projects": "unknown"}
    verified = verified_columns(run_dir)
    assert set(verified) == {"account", "contact"}
    assert not any(n for cols in verified.values() for n in cols.values())
