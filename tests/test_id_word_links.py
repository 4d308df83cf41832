"""A company's id written with the id word first or hyphenated ('Id empresa', 'Id società',
'Firmen-ID') links a contact to its company, and that link takes the contact's company
before the company's name beside it (intake/links.py, mapping/suggest.ids_over_names), on
made-up data."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export
from d365migrate.mapping.suggest import suggest_columns
from tuning_support import DEFS

FIRMS = pl.DataFrame({"Id": ["1", "2", "3"], "Nombre": ["Alfa SL", "Beta SA", "Gamma SL"],
                      "Población": ["Madrid", "Sevilla", "Bilbao"]})


def _people(company_id: str, company_name: str) -> pl.DataFrame:
    return pl.DataFrame({"Id contacto": [str(i) for i in range(6)],
                         "Apellidos": ["García", "López", "Martín", "Ruiz", "Díaz", "Gómez"],
                         "Nombre": ["Ana", "Luis", "Eva", "Juan", "Sara", "Pablo"],
                         "EMail": [f"p{i}@x.example" for i in range(6)],
                         company_id: ["1", "2", "3", "1", "2", "3"],
                         company_name: ["Alfa SL", "Beta SA", "Gamma SL"] * 2})


@pytest.mark.parametrize("company_id,company_name", [
    ("Id empresa", "Razón social"), ("Id società", "Ragione Sociale"),
    ("Firmen-ID", "Firmenname")])
def test_the_company_id_links_the_contact_to_its_company(company_id: str,
                                                         company_name: str) -> None:
    found = discover(Export(Path("."), {"empresas": FIRMS,
                                        "contacts": _people(company_id, company_name)}))
    links = {r.from_: r.to for r in found.relationships}
    assert links[f"contacts.{company_id}"] == "empresas.Id"


def test_an_id_linked_column_takes_the_lookup_from_the_names_beside_it() -> None:
    people = _people("Firmen-ID", "Firmenname")
    linked = suggest_columns(people, DEFS["contact"], source_object="contacts",
                             relationships={"Firmen-ID": "account"})
    assert linked["Firmen-ID"][0].target == "parentcustomerid"
    assert all(c.target != "parentcustomerid" for c in linked["Firmenname"])
    # without the id's link, the names keep it
    alone = suggest_columns(people.drop("Firmen-ID"), DEFS["contact"],
                            source_object="contacts", relationships={})
    assert alone["Firmenname"][0].target == "parentcustomerid"
