"""An accounts file's name column in the export's language ('Nom compte', 'Nome Azienda',
'Accountnaam') is where a contact's company, written by name, is looked up; a contact's
column headed so is that company (coreBOS's labelled exports, session 27). Made-up data."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.account_names import is_account_name
from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export


def test_the_name_word_beside_the_account_noun() -> None:
    for header in ("Nom compte", "Nombre de la Cuenta", "Nome Azienda", "Nome de conta",
                   "Accountnaam", "Firmenname", "Account Name"):
        assert is_account_name(header), header
    for header in ("Nom", "Compte", "Contact name", "Nom du contact", "Nome", "Azienda n."):
        assert not is_account_name(header), header


def test_a_contact_links_to_its_account_by_the_name_column_of_its_language() -> None:
    accounts = pl.DataFrame({
        "Compte n°": ["ACC1", "ACC2", "ACC3", "ACC4"],
        "Nom compte": ["Chemex Inc", "Acme SA", "Acme SA", "Globex"],   # one name twice
        "Ville": ["Paris", "Lyon", "Nice", "Lille"]})
    contacts = pl.DataFrame({
        "Contact n°": ["CON1", "CON2", "CON3"], "Prénom": ["Ann", "Bob", "Cyd"],
        "Nom": ["Lee", "Roy", "Sim"], "Nom Compte": ["Chemex Inc", "Acme SA", "Globex"]})
    found = discover(Export(Path("."), {"Comptes": accounts, "Contacts": contacts}))
    rels = [(r.from_, r.to, r.kind) for r in found.relationships]
    assert ("Contacts.Nom Compte", "Comptes.Nom compte", "name") in rels, rels
    # without the account's name column in its language, nothing to look the name up in
    found = discover(Export(Path("."), {"Comptes": accounts.rename({"Nom compte": "Libellé"}),
                                        "Contacts": contacts}))
    assert not [r for r in found.relationships if r.from_ == "Contacts.Nom Compte"
                and r.kind == "name"]
