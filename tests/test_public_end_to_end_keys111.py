"""keys111's and keys115's public exports run end to end from their parameters files,
decisions only (issue 13): GLPI's test dataset as GLPI's search list exports it to CSV (';',
every value quoted, a trailing ';') for a French, German or Spanish user (keys111) or an
Italian, Dutch or Portuguese one (keys115), headed with GLPI's own translations
(tests/data/exports/glpi-export-<lang>). The Italian tickets' file ('Chiamate', calls) is
named tickets by a decision (its parameters' intake). Same harness as
tests/test_public_end_to_end.py."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import polars as pl
import pytest

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    run_public,
    verified_columns,
)

#: export -> its files: (contacts, tickets, suppliers, users, entities)
EXPORTS = {
    "glpi-export-fr": ("Contacts", "Tickets", "Fournisseurs", "Utilisateurs", "Entités"),
    "glpi-export-de": ("Kontakte", "Tickets", "Lieferant", "Benutzer", "Einheiten"),
    "glpi-export-es": ("Contactos", "Peticiones", "Proveedores", "Usuarios", "Entidades"),
    "glpi-export-it": ("Rubrica", "Chiamate", "Aziende", "Utenti", "Entità"),
    "glpi-export-nl": ("Contactpersonen", "Incident-tickets", "Leveranciers", "Gebruikers",
                       "Instantie's"),
    "glpi-export-pt": ("Contactos", "Tickets", "Fornecedores", "Utilizadores", "Entidades"),
}


def _root_entity_account(client: Any) -> None:
    """The org's account for GLPI's root entity, as its admin sets it up before the cases
    (the parameters bind every case's customer to it)."""
    client.create("accounts", {"name": "_test_root_entity"})


@pytest.mark.parametrize("name", list(EXPORTS))
def test_glpi_list_exports_contact_and_tickets_load(name: str, tmp_path: Path) -> None:
    """The contact loads as a contact with its surname, first name, two phones, mobile and
    e-mail; the 5 tickets as cases under the org's root-entity account (a decision), title
    and description read back. The users, suppliers and entities stay in GLPI, each listed
    with its reason."""
    contacts, tickets, suppliers, users, entities = EXPORTS[name]
    run_dir = run_public(name, tmp_path, _root_entity_account)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"contact": (contacts, 1, 1, 0, 0, 0),
                             "incident": (tickets, 5, 5, 0, 0, 0)}
    people = pl.read_parquet(run_dir / "staged" / "contact.parquet").to_dicts()
    assert [(p["lastname"], p["firstname"], p["telephone1"], p["telephone2"],
             p["mobilephone"], p["emailaddress1"]) for p in people] == [
        ("_contact01_name", "_contact01_firstname", "0123456789", "0123456788", "0623456789",
         "_contact01_firstname._contact01_name@glpi.com")]
    cases = pl.read_parquet(run_dir / "staged" / "incident.parquet")
    assert sorted(cases["title"]) == ["_ticket01", "_ticket02", "_ticket03", "_ticket100",
                                      "_ticket101"]
    assert cases.filter(pl.col("title") == "_ticket03")["description"].to_list() == [
        "Content for ticket _ticket03"]
    assert set(cases["__via__customerid_account"]) == {"existing"}
    verified = verified_columns(run_dir)
    assert not any(n for cols in verified.values() for n in cols.values())
    assert {"title", "description"} <= set(verified["incident"])
    files = inventory_files(run_dir)
    assert files[contacts]["migrated"] and files[tickets]["migrated"]
    for left in (suppliers, users, entities):
        assert not files[left]["migrated"] and files[left]["reason"], left
