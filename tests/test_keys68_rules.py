"""Rules added after measuring keys68's held-out exports (issue 13), on made-up data so they
run where the public data is absent: Romanian, Danish and Hungarian column words
(mapping/data/foreign_words.yml), each list evidence of its own language only where no
other language shares the word."""

from __future__ import annotations

import polars as pl

from d365migrate.mapping.foreign_names import foreign_readings, language_of
from d365migrate.mapping.suggest import suggest_columns
from tuning_support import DEFS
from tuning_support import top as _top

_RO = ["Prenume", "Numele companiei", "Stradă", "Cod postal", "Localitate", "Țară",
       "Agent de vânzări", "Venit estimat", "Închidere estimată", "Creat în"]
_DA = ["Fornavn", "Efternavn", "Virksomhedsnavn", "Vej", "Postnummer", "By", "Land",
       "Sælger", "Forventet omsætning", "Forventet lukning", "Oprettet den"]
_HU = ["Keresztnév", "Vezetéknév", "Vállalat neve", "Utca, házszám", "Irsz.", "Város",
       "Ország", "Értékesítő", "Várható árbevétel", "Várható lezárás", "Létrehozva"]


def _read(headers: list[str]) -> dict[str, tuple[str, ...]]:
    return {h: foreign_readings(h, headers)[0][0] for h in headers
            if foreign_readings(h, headers)}


def test_romanian_column_words() -> None:
    assert language_of(_RO) == "ro"
    read = _read(_RO)
    assert read["Țară"] == ("country",) and read["Localitate"] == ("city",)
    assert read["Agent de vânzări"] == ("salesperson",)
    assert read["Închidere estimată"] == ("expected", "close", "date")
    assert read["Creat în"] == ("created", "on")


def test_danish_column_words() -> None:
    assert language_of(_DA) == "da"
    read = _read(_DA)
    assert read["By"] == ("city",) and read["Vej"] == ("street",)
    assert read["Sælger"] == ("salesperson",)
    assert read["Forventet omsætning"] == ("expected", "revenue")
    # German's and Swedish's words stay theirs ('Kunde', 'Prioritet' are no Danish evidence)
    assert language_of(["Vorname", "Nachname", "Kunde", "Telefon", "Firma"]) == "de"
    assert language_of(["Förnamn", "Efternamn", "Prioritet", "Kund"]) == "sv"


def test_hungarian_column_words() -> None:
    assert language_of(_HU) == "hu"
    read = _read(_HU)
    assert read["Irsz."] == ("postal", "code") and read["Ország"] == ("country",)
    assert read["Értékesítő"] == ("salesperson",)
    assert read["Várható lezárás"] == ("expected", "close", "date")


def test_a_danish_city_is_no_englishmans_by() -> None:
    """Danish 'By' is the city; an English 'Created By' beside it stays the creator."""
    df = pl.DataFrame({"By": ["København", "Aarhus"], "Created By": ["ann", "bob"],
                       "Fornavn": ["Ann", "Bo"], "Efternavn": ["Berg", "Holm"],
                       "Virksomhedsnavn": ["Nordlys ApS", "Havn A/S"]})
    sugg = suggest_columns(df, DEFS["contact"], source_object="Kontakter")
    assert _top(sugg, "By") == "address1_city"
    assert _top(sugg, "Created By") != "address1_city"
    assert _top(sugg, "Virksomhedsnavn") in {"companyname", "parentcustomerid"}


def test_a_leads_stage_of_several_names_is_no_one_option_sales_stage() -> None:
    """Dynamics 365 gives a lead one sales stage ('Qualify'): a lead's stage column of
    several names matching none of it ('Nou', 'Calificat', 'Câștigat') is its status, as
    it already was when the names were English; a 'Default Value' placeholder choice is
    still filled by the source's values."""
    from pathlib import Path

    from d365migrate.mapping.accuracy import load_table_defs
    real = load_table_defs(Path(__file__).parent / "data" / "tables")
    df = pl.DataFrame({"Etapă": ["Nou", "Calificat", "Propunere", "Câștigat"] * 3,
                       "Numele Contactului": ["Ana Pop", "Ion Rus", "Eva Ene"] * 4})
    sugg = suggest_columns(df, real["lead"], source_object="Leads")
    assert _top(sugg, "Etapă") == "statuscode"
