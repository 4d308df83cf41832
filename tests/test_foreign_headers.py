"""Column names in the common European languages read as the English the vocabulary knows
(mapping/foreign_names.py): issue 13 asks for "headers in the common European languages".
Before the word list, 72 of the 294 made-up headers below were suggested right (24.5%)."""

from __future__ import annotations

import polars as pl
import pytest

from d365migrate.intake.discover import classify_table
from d365migrate.intake.kinds import col_norm, name_kinds
from d365migrate.mapping.foreign_names import foreign_readings, language_of
from d365migrate.mapping.suggest import suggest_columns
from foreign_header_cases import CASES, V
from tuning_support import DEFS, top


@pytest.mark.parametrize(("lang", "table"), sorted(CASES))
def test_each_language_header_reaches_its_column(lang: str, table: str) -> None:
    cols = CASES[(lang, table)]
    df = pl.DataFrame({h: V[k] for h, k, _ in cols})
    sugg = suggest_columns(df, DEFS[table], source_object=f"{table}s")
    wrong = {h: (want, top(sugg, h)) for h, _, want in cols if top(sugg, h) != want}
    assert not wrong


def test_a_file_language_is_the_one_most_headers_are_written_in() -> None:
    assert language_of(["Vorname", "Nachname", "Firma"]) == "de"
    assert language_of(["Nombre", "Apellidos", "Empresa"]) == "es"
    assert language_of(["Nome", "Telefone comercial", "CEP"]) == "pt"
    # English names are no evidence of any language, whatever a word list says of them
    assert language_of(["Company Name", "Fax", "Website", "Region", "Account Manager"]) is None


def test_one_word_is_read_in_the_file_language() -> None:
    # Spanish 'comercial' is the sales rep; Portuguese 'Telefone comercial' the business phone
    es = ["Nombre", "Apellidos", "Comercial", "Provincia"]
    pt = ["Nome", "Sobrenome", "Telefone comercial", "Cidade"]
    assert foreign_readings("Comercial", es) == [(("owner",), 0.98)]
    assert foreign_readings("Telefone comercial", pt)[0][0] == ("business", "phone")


def test_a_plain_name_beside_a_given_or_family_name() -> None:
    assert foreign_readings("Nom", ["Prénom", "Nom"])[0][0] == ("last", "name")
    assert foreign_readings("Nombre", ["Nombre", "Apellidos"])[0][0] == ("first", "name")
    assert foreign_readings("Naam", ["Naam", "Adres"])[0][0] == ("name",)   # alone: a name


def test_outlook_english_address_sides() -> None:
    df = pl.DataFrame({"First Name": ["Ann"], "Business Street": ["1 Main St"],
                       "Business City": ["Leeds"], "Home Postal Code": ["LS1 4AP"],
                       "Web Page": ["https://ann.example"]})
    sugg = suggest_columns(df, DEFS["contact"], source_object="contacts")
    assert top(sugg, "Business Street") == "address1_line1"
    assert top(sugg, "Business City") == "address1_city"
    assert top(sugg, "Home Postal Code") == "address2_postalcode"
    assert top(sugg, "Web Page") == "websiteurl"


FILE_NAMES = {
    "account": ["Firmen", "Kunden", "Sociétés", "Comptes", "Cuentas", "Clientes", "Aziende",
                "Bedrijven", "Organisaties", "Klanten", "Contas"],
    "contact": ["Kontakte", "Personen", "Ansprechpartner", "Personnes", "Contactos", "Contatti",
                "Contactpersonen", "Contatos", "Pessoas"],
    "lead": ["Interessenten", "Pistes", "Prospectos"],
    "deal": ["Verkaufschancen", "Opportunités", "Oportunidades", "Negócios", "Trattative",
             "Verkoopkansen"],
    "task": ["Aufgaben", "Tâches", "Tareas", "Taken", "Tarefas"],
    "activity": ["Termine", "Anrufe", "Rendez-vous", "Llamadas", "Appuntamenti", "Afspraken"],
    "note": ["Notizen", "Notities"],
    "user": ["Mitarbeiter", "Utenti", "Gebruikers", "Usuários", "Utilizadores"],
    "ticket": ["Anfragen", "Incidencias", "Meldingen", "Chamados"],
    "quote": ["Angebote", "Devis", "Preventivi", "Orçamentos"],
    "order": ["Aufträge", "Commandes", "Pedidos", "Bestellingen"],
    "campaign": ["Kampagnen", "Campañas", "Campanhas"],
}


@pytest.mark.parametrize("kind", sorted(FILE_NAMES))
def test_a_file_named_in_another_language(kind: str) -> None:
    # Before the word list, 25 of 123 such names were read as their kind (20%); accents
    # were dropped with their letter ('Sociétés' -> 'socit')
    wrong = {n: name_kinds(n) for n in FILE_NAMES[kind] if name_kinds(n)[:1] != [kind]}
    assert not wrong


def test_a_german_contacts_file_is_recognised() -> None:
    cols = ["Anrede", "Vorname", "Nachname", "Firma", "E-Mail-Adresse", "Telefon geschäftlich"]
    kind, *_ = classify_table("Kontakte", cols)
    assert kind == "contact"
    assert col_norm("Straße") == "strasse"
    assert col_norm("Sociétés") == "societes"
