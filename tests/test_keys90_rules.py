"""Rules added after measuring keys90's held-out exports (issue 13: Dolibarr's export
module, headers in German, Spanish, Italian), on made-up data so they run where the public
data is absent: a file scored as companies whose rows are people at companies (a family and
a given name beside the company's name, none of a company's own columns) is contacts; the
German, Spanish and Italian words of a job, a label and a unit price before tax."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export
from d365migrate.mapping.suggest import suggest_columns
from tuning_support import DEFS
from tuning_support import top as _top


def _kinds(tables: dict[str, pl.DataFrame]) -> dict[str, str]:
    return {o.source: o.name for o in discover(Export(Path("."), tables)).objects}


def _people(n: int = 6) -> dict[str, list[str]]:
    return {"Id contatto": [str(i) for i in range(n)],
            "Cognome": ["Rossi", "Bianchi", "Verdi", "Russo", "Ferrari", "Esposito"][:n],
            "Nome": ["Marco", "Giulia", "Luca", "Sara", "Paolo", "Anna"][:n],
            "Telefono": ["06 1234567"] * n,
            "EMail": [f"p{i}@ditta.example" for i in range(n)],
            "Id società": [str(i % 3) for i in range(n)],
            "Ragione Sociale": ["Alfa Srl", "Beta SpA", "Gamma Snc"] * (n // 3)}


def test_people_at_companies_under_a_companies_name_are_contacts() -> None:
    """Italian: 'Ragione Sociale' and the company's id beside 'Cognome' and 'Nome', under
    a file name naming companies (Dolibarr's 'export_societe_2'): contacts."""
    kinds = _kinds({"export_societe_2": pl.DataFrame(_people())})
    assert kinds["export_societe_2"] == "contact"


def test_companies_with_a_contact_persons_name_stay_accounts() -> None:
    """A companies file carrying its contact person's names and a web site (a company's own
    column) stays accounts."""
    df = pl.DataFrame({**_people(), "Sito web": ["www.alfa.example"] * 6})
    assert _kinds({"export_societe_1": df})["export_societe_1"] == "account"


def test_job_label_and_unit_price_words() -> None:
    """'Puesto/función' and 'Posizione/funzione' are the job title; 'Etiqueta' and
    'Etichetta' a product's name; 'Precio base', 'Prezzo unitario (netto)' and 'Stückpreis
    (netto)' its unit price."""
    es = pl.DataFrame({"Apellidos": ["García"], "Nombre": ["Ana"],
                       "Puesto/función": ["Directora"], "Teléfono": ["91 555 0000"]})
    assert _top(suggest_columns(es, DEFS["contact"]), "Puesto/función") == "jobtitle"
    it = pl.DataFrame({"Cognome": ["Rossi"], "Nome": ["Marco"],
                       "Posizione/funzione": ["Direttore"], "Telefono": ["06 1234567"]})
    assert _top(suggest_columns(it, DEFS["contact"]), "Posizione/funzione") == "jobtitle"
    for label, price, rest in (("Etiqueta", "Precio base", {"Descripción": ["Cable"]}),
                               ("Etichetta", "Prezzo unitario (netto)",
                                {"Descrizione": ["Cavo"]}),
                               ("Bezeichnung", "Stückpreis (netto)",
                                {"Beschreibung": ["Kabel"]})):
        df = pl.DataFrame({label: ["Cavo RJ45"], price: ["10"], **rest})
        sugg = suggest_columns(df, DEFS["product"])
        assert (_top(sugg, label), _top(sugg, price)) == ("name", "price"), label
