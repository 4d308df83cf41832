"""keys83's general rules (session 24), on made-up data: a number glued to a file's noun, a
record's own noun heading its codes, academic titles as forms of address, and a people
file's key (its own '...nummer', not the firm its people share nor a tax number)."""

from __future__ import annotations

import polars as pl

from d365migrate.intake.discover import discover, primary_key
from d365migrate.intake.kinds import name_kind, name_words
from d365migrate.intake.read import Export
from d365migrate.mapping.own_numbers import own_number_column
from d365migrate.mapping.suggest import suggest_columns
from d365migrate.mapping.value_signs import honorifics
from tuning_support import DEFS


def _top(df: pl.DataFrame, table: str) -> dict[str, str | None]:
    return {c: (v[0].target if v else None)
            for c, v in suggest_columns(df, DEFS[table], source_object=table).items()}


def test_a_number_glued_to_a_files_noun_says_nothing() -> None:
    # 'projects2', 'customers2': a copy's number; SAP's KNA1 / LFA1 keep their digits
    assert name_words("projects2") == ["project"]
    assert name_kind("customers2") == ("account", "exact")
    assert name_words("sap_kna1_data") == ["sap", "kna1"]
    projects = pl.DataFrame({"ID": ["7", "8", "9"], "Name": ["Web site", "Audit", "Move"],
                             "Customer": ["Acme", "Acme", "Initech"],
                             "Order number": ["P-1", "P-2", "P-3"],
                             "Order date": [None, None, None]})
    found = discover(Export(None, {"projects2": projects}))   # type: ignore[arg-type]
    assert [o.name for o in found.objects] == ["unknown"]   # projects: no Sales table


def test_a_records_own_noun_heading_codes_is_its_number() -> None:
    accounts = pl.DataFrame({"ID": ["1", "2", "3"], "Name": ["Acme", "Initech", "Hooli"],
                             "Account": ["C-100", "C-200", "C-300"]})
    assert _top(accounts, "account")["Account"] == "accountnumber"
    # names are no codes; a code two rows share is no record's own; a GUID is the key's
    assert own_number_column("account", "Account", ["Acme Inc", "Hooli"]) is None
    assert own_number_column("account", "Account", ["C-1", "C-2"], unique=False) is None
    assert own_number_column("account", "Account",
                             ["0f8fad5b-d9cb-469f-a165-70867728950e"]) is None
    # another table's noun, or a second word ('Parent Account'), says something else
    assert own_number_column("contact", "Account", ["C-1", "C-2"]) is None
    assert own_number_column("account", "Parent Account", ["C-1", "C-2"]) is None
    assert own_number_column("product", "Product", ["SKU-1", "SKU-2"]) == "productnumber"


def test_academic_titles_are_forms_of_address() -> None:
    assert honorifics(("Bc",), titled=True)
    assert honorifics(("Mag.", "Dipl.-Ing."))
    assert honorifics(("Dr. med.", "Prof."))
    assert not honorifics(("Sales manager", "Bc"), titled=True)
    people = pl.DataFrame({"Vorname": ["Eva", "Jan"], "Nachname": ["Novak", "Berg"],
                           "Titel": ["Mag.", "Ing."]})
    assert _top(people, "contact")["Titel"] == "salutation"
    jobs = pl.DataFrame({"Vorname": ["Eva", "Jan"], "Nachname": ["Novak", "Berg"],
                         "Titel": ["Einkaufsleiterin", "Vertrieb"]})
    assert _top(jobs, "contact")["Titel"] == "jobtitle"


def test_a_people_files_key_is_its_number_not_their_firm_nor_its_tax_number() -> None:
    people = pl.DataFrame({"Firma": ["Acme", "Initech"], "Vorname": ["Eva", "Jan"],
                           "Nachname": ["Novak", "Berg"],
                           "Kundennummer": ["00001", "1"],
                           "Umsatzsteuer-ID": ["DE1", "DE2"]})
    assert primary_key("kunden", people) == "Kundennummer"
    # no number: the tax id still keys the file, when nothing else does
    assert primary_key("kunden", people.drop("Kundennummer")) == "Umsatzsteuer-ID"
    # a firm's file keeps its name first as its key: no people's names beside it
    firms = pl.DataFrame({"Firma": ["Acme", "Initech"], "Ort": ["Wien", "Graz"]})
    assert primary_key("firmen", firms) == "Firma"
    # a phone's number is no record's
    phones = pl.DataFrame({"Name": ["Eva", "Jan"], "Telefonnummer": ["0664 1", "0664 2"]})
    assert primary_key("leute", phones) != "Telefonnummer"
