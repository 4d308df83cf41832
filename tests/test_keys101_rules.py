"""Words added after measuring keys101's held-out exports (issue 13: Dolibarr's export
module, headers in Portuguese, Dutch and Polish), on made-up data so they run where the
public data is absent: a contacts file headed in European Portuguese ('Apelidos', 'Razão
social') or Polish ('Nazwisko', 'Imię', 'Nazwa firmy') under a companies file name is
contacts; the Portuguese, Dutch and Polish words of a job, a city, a name, a reference and a
unit price before tax."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.content_words import HEADER_WORDS
from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export
from d365migrate.mapping.suggest import suggest_columns
from tuning_support import DEFS
from tuning_support import top as _top


def _kind(name: str, df: pl.DataFrame) -> str:
    return {o.source: o.name for o in discover(Export(Path("."), {name: df})).objects}[name]


def test_header_words_of_a_person_and_a_place() -> None:
    """Discovery reads Polish and European Portuguese header words of a person and a place."""
    assert {w: HEADER_WORDS[w] for w in ("imie", "nazwisko", "apelidos", "stanowisko",
                                         "nazwafirmy", "razaosocial", "miasto", "concelho",
                                         "ulica")} == {
        "imie": "firstname", "nazwisko": "lastname", "apelidos": "lastname",
        "stanowisko": "jobtitle", "nazwafirmy": "company", "razaosocial": "company",
        "miasto": "city", "concelho": "city", "ulica": "street"}


def test_people_at_companies_in_portuguese_and_polish_are_contacts() -> None:
    """People with a surname, a given name and their company's id and name, under a file
    name naming companies: contacts, in Portuguese and in Polish."""
    pt = pl.DataFrame({"Id Contacto": ["1", "2", "3"], "Apelidos": ["Silva", "Costa", "Sousa"],
                       "Primeiro Nome": ["Ana", "Rui", "Eva"],
                       "Telefone": ["21 000 0000"] * 3, "Id Empresa": ["7", "8", "7"],
                       "Razão social": ["Alfa Lda", "Beta SA", "Alfa Lda"]})
    assert _kind("export_empresas_2", pt) == "contact"
    polish = pl.DataFrame({"ID Kontaktu": ["1", "2", "3"],
                           "Nazwisko": ["Nowak", "Kowalski", "Wójcik"],
                           "Imię": ["Anna", "Jan", "Ewa"], "Telefon": ["22 000 00 00"] * 3,
                           "ID Firmy": ["7", "8", "7"],
                           "Nazwa firmy": ["Alfa sp. z o.o.", "Beta SA", "Alfa sp. z o.o."]})
    assert _kind("export_societe_2", polish) == "contact"


def test_job_city_name_ref_and_unit_price_words() -> None:
    """'Posto/Função', 'Post/Functie', 'Stanowisko / Funkcja' are the job title; 'Concelho'
    the city; Polish 'Nazwa' a product's name; 'Referentie', 'Nr ref.' its number; 'Preço
    Base', 'Eenheidsprijs (netto)', 'Cena jednostkowa (netto)' its unit price."""
    for job, rest in (("Posto/Função", {"Apelidos": ["Silva"], "Primeiro Nome": ["Ana"],
                                        "Telefone": ["21 000 0000"]}),
                      ("Post/Functie", {"Achternaam": ["Jansen"], "Voornaam": ["Eva"],
                                        "Telefoon": ["020 000 0000"]}),
                      ("Stanowisko / Funkcja", {"Nazwisko": ["Nowak"], "Imię": ["Anna"],
                                                "Telefon": ["22 000 00 00"]})):
        df = pl.DataFrame({**rest, job: ["Directora"]})
        assert _top(suggest_columns(df, DEFS["contact"]), job) == "jobtitle", job
    pt = pl.DataFrame({"Nome": ["Alfa Lda"], "Morada": ["Rua A 1"], "Concelho": ["Sintra"],
                       "Código postal": ["2710-000"], "Telefone": ["21 000 0000"]})
    assert _top(suggest_columns(pt, DEFS["account"]), "Concelho") == "address1_city"
    for ref, label, price, rest in (
            ("Referentie", "Naam", "Eenheidsprijs (netto)", {"Omschrijving": ["Kabel"]}),
            ("Nr ref.", "Nazwa", "Cena jednostkowa (netto)", {"Opis": ["Kabel"]}),
            ("Ref.", "Etiqueta", "Preço Base", {"Descrição": ["Cabo"]})):
        df = pl.DataFrame({ref: ["P-001"], label: ["Kabel RJ45"], price: ["10"], **rest})
        sugg = suggest_columns(df, DEFS["product"])
        assert (_top(sugg, ref), _top(sugg, label), _top(sugg, price)) == (
            "productnumber", "name", "price"), ref
