"""keys87's rules: Icelandic's eth and thorn folded as they are transliterated, and a word's
feminine ending glued on in brackets read as the word (Bosnian 'Prodavač(ica)'); the four
a-priori lists (sq, bs, is, eu) make no existing language's file tie or turn."""

from __future__ import annotations

from d365migrate.intake.kinds import ascii_folded, col_norm
from d365migrate.mapping.foreign_names import foreign_readings, language_of


def test_eth_and_thorn_fold_as_transliterated() -> None:
    assert ascii_folded("Stofnað þann") == "Stofnad thann"
    assert col_norm("Þjónusta") == "thjonusta"
    assert ascii_folded("Staður") == "Stadur"


def test_icelandic_headers_read_with_eth_and_thorn() -> None:
    heads = ["Stofnað þann", "Nafn tengiliðar", "Nafn fyrirtækis", "Staður", "Sími"]
    assert language_of(heads) == "is"
    assert foreign_readings("Stofnað þann", heads)[0][0] == ("created", "on")
    assert foreign_readings("Nafn tengiliðar", heads)[0][0] == ("contact", "name")


def test_feminine_ending_in_brackets_reads_as_the_word() -> None:
    heads = ["Kreirano", "Prilika", "Ime kontakta", "Radno mjesto", "Kupac", "Oznake",
             "Prodavač(ica)"]
    assert foreign_readings("Prodavač(ica)", heads)[0][0] == ("salesperson",)
    # a code in brackets is no ending: a currency's is a remark on the amount (session 52)
    assert foreign_readings("Iznos(EUR)", heads)[0][0] == ("amount",)


def test_new_lists_leave_existing_languages_alone() -> None:
    assert language_of(["Vorname", "Nachname", "Firma"]) == "de"
    assert language_of(["ID", "Název fáze", "Je to vyhraná fáze?"]) != "sq"
    assert language_of(["Ime", "Prezime", "Tvrtka", "Grad", "Država", "Naziv faze"]) == "hr"
