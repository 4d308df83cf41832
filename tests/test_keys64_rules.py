"""Rules added after measuring keys64's held-out exports (issue 13), on made-up data so they
run where the public data is absent: Swedish, Czech and Finnish column words (each list also
evidence of its language, words other languages share left out), and letters Unicode does
not decompose folded to their base letter ('Źródło' -> 'zrodlo', not 'zrodo')."""

from __future__ import annotations

import polars as pl

from d365migrate.intake.kinds import ascii_folded, col_norm
from d365migrate.mapping.foreign_names import foreign_readings, language_of
from d365migrate.mapping.suggest import suggest_columns
from tuning_support import DEFS
from tuning_support import top as _top

_SV = ["Möjlighet", "Kontaktnamn", "Företagsnamn", "Gata", "Postnummer", "Säljare",
       "Anteckningar", "Kund", "Uppskattad intäkt", "Uppskattat avslut"]
_CS = ["Příležitost", "Kontaktní jméno", "Název společnosti", "Ulice", "PSČ", "Město", "Země",
       "Obchodník", "Poznámky", "Zákazník", "Očekávaný prodej", "Očekávané ukončení"]
_FI = ["Mahdollisuus", "Yhteystiedon nimi", "Yrityksen nimi", "Katuosoite", "Postinumero",
       "Kaupunki", "Maa", "Myyjä", "Muistiinpanot", "Asiakas", "Odotetut tulot",
       "Odotettu päätös"]


def test_swedish_czech_and_finnish_column_words() -> None:
    assert language_of(_SV) == "sv" and language_of(_CS) == "cs" and language_of(_FI) == "fi"
    sv = {h: r[0][0] for h in _SV if (r := foreign_readings(h, _SV))}
    cs = {h: r[0][0] for h in _CS if (r := foreign_readings(h, _CS))}
    fi = {h: r[0][0] for h in _FI if (r := foreign_readings(h, _FI))}
    assert sv["Uppskattat avslut"] == cs["Očekávané ukončení"] == fi["Odotettu päätös"] \
        == ("expected", "close", "date")
    assert sv["Gata"] == cs["Ulice"] == fi["Katuosoite"] == ("street",)
    assert cs["PSČ"] == ("postal", "code") and fi["Maa"] == ("country",)
    # words other languages share are no evidence of these ('Telefon', 'Firma', 'Kontaktperson')
    assert language_of(["Vorname", "Nachname", "Telefon", "Firma", "Kontaktperson"]) == "de"
    # Polish reads 'Kraj' as the country: Czech's region does not take it
    assert language_of(["Nazwa firmy", "Miasto", "Kraj"]) == "pl"


def test_a_lead_in_swedish_czech_and_finnish() -> None:
    for topic, person, company, street in (
            ("Möjlighet", "Kontaktnamn", "Företagsnamn", "Gata"),
            ("Příležitost", "Kontaktní jméno", "Název společnosti", "Ulice"),
            ("Mahdollisuus", "Yhteystiedon nimi", "Yrityksen nimi", "Katuosoite")):
        df = pl.DataFrame({topic: ["Design Software", "Pricing for 25 desks"],
                           person: ["Marc Dufour", "John Miller"],
                           company: ["The Oil Company", "The Kompany"],
                           street: ["Rue Ignasse Blanchoux 214/32", "Rue Léon Dierx 73"]})
        sugg = suggest_columns(df, DEFS["lead"], source_object="Leads")
        assert _top(sugg, topic) == "subject", topic
        assert _top(sugg, person) == "lastname", person
        assert _top(sugg, company) == "companyname", company
        assert _top(sugg, street) == "address1_line1", street


def test_letters_that_do_not_decompose_fold_to_their_base_letter() -> None:
    assert ascii_folded("Źródło") == "Zrodlo" and col_norm("Właściciel") == "wlasciciel"
    assert ascii_folded("Første kontakt") == "Forste kontakt"
    assert ascii_folded("Straße") == "Strasse" and ascii_folded("Sociétés") == "Societes"
    # Polish 'Źródło' (the source) is read, and 'Właściciel' (the owner)
    heads = ["Nazwa firmy", "Miasto", "Źródło", "Właściciel"]
    assert foreign_readings("Źródło", heads)[0][0] == ("lead", "source")
    assert foreign_readings("Właściciel", heads)[0][0] == ("owner",)
