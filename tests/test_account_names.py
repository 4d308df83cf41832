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


def test_a_column_no_word_names_links_by_its_values() -> None:
    """Romanian 'Cont' (an account; four letters, too short a word to name a kind surely):
    every filled value is an account's name, so it is the contact's account by name, repeated
    names included (resolved or counted at the run). A column of other values is not."""
    accounts = pl.DataFrame({
        "ID": ["a1", "a2", "a3", "a4", "a5"],
        "Nume": ["Chemex SRL", "Acme SA", "Acme SA", "Globex", "Initech"],
        "Oraș": ["Cluj", "Iași", "Arad", "Sibiu", "Brașov"]})
    contacts = pl.DataFrame({
        "ID": ["c1", "c2", "c3", "c4"], "Prenume": ["Ana", "Dan", "Ion", "Eva"],
        "Nume": ["Pop", "Ene", "Rus", "Stan"],
        "Cont": ["Chemex SRL", "Acme SA", "Globex", None],
        "Oraș": ["Cluj", "Iași", "Arad", "Sibiu"]})
    found = discover(Export(Path("."), {"Conturi": accounts, "Contacte": contacts}))
    rels = [(r.from_, r.to, r.kind, r.rows, r.matched) for r in found.relationships]
    assert ("Contacte.Cont", "Conturi.Nume", "name", 3, 3) in rels, rels
    assert not [r for r in rels if r[0] in ("Contacte.Oraș", "Contacte.Nume")], rels
    # two of three names unknown: no link
    other = contacts.with_columns(pl.Series("Cont", ["Chemex SRL", "Hooli", "Umbrella", None]))
    found = discover(Export(Path("."), {"Conturi": accounts, "Contacte": other}))
    assert not [r for r in found.relationships if r.from_ == "Contacte.Cont"]
