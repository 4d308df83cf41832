"""keys121's rules (Hubleto's exports in sk, cs, pl, es, de): a legacy 8-bit file whose
letters both Windows code pages read is in the one whose letters one language writes
together; an export's 8-bit files share one code page; 'č.'/'nr' before a line's number
is dropped ('Ulica, riadok č. 1' is street line 1); a values file links to its records by a
column named in another language ('Kontakt', 'Contacto') and names its value 'Hodnota',
'Wartość' or 'Valor', its type 'Tipo'."""

from __future__ import annotations

from pathlib import Path

from d365migrate.intake.encoding import detect_encoding
from d365migrate.intake.read import read_export
from d365migrate.mapping.foreign_names import foreign_readings

CZECH = "ID;Jméno;Příjmení\n\"1\";\"Jan\";\"Dvořák\"\n\"2\";\"Petr\";\"Černý\"\n"


def test_czech_letters_both_code_pages_call_letters_are_read_as_cp1250() -> None:
    # 0xF8 'ř'/'ø', 0xC8 'Č'/'È': letters in both; only cp1250's are one language's
    assert detect_encoding(CZECH.encode("cp1250"))[0] == "cp1250"
    # Western text keeps cp1252 (French 'è', 'ê', 'ç'; Danish 'ø', 'å')
    assert detect_encoding("nom;prénom\nLefèvre;Françoise\nTête;Hélène\n".encode(
        "cp1252"))[0] == "cp1252"
    assert detect_encoding("navn;by\nSøren;Århus\nJørgen;Køge\n".encode("cp1252"))[0] \
        == "cp1252"


def test_an_export_undecided_file_takes_the_code_page_of_its_others(tmp_path: Path) -> None:
    # 'Imię' alone: 'ę' (Polish, cp1250) or 'ê' (French, cp1252), a tie; the export's
    # other file ('Dvořák', 'Łódź') says cp1250
    (tmp_path / "contacts.csv").write_bytes("ID;Imię;Nazwisko\n1;Jan;Kowalski\n".encode(
        "cp1250"))
    (tmp_path / "customers.csv").write_bytes(
        "ID;Nazwa;Miasto\n1;Dvořák s.r.o.;Łódź\n2;Černý a.s.;Brno\n".encode("cp1250"))
    exp = read_export(tmp_path)
    assert exp.guesses["contacts"].encoding == "cp1250"
    assert "Imię" in exp.tables["contacts"].columns
    assert "encoding" not in exp.guesses["contacts"].overridden


def test_a_number_sign_before_a_lines_number_is_dropped() -> None:
    slovak = ["Názov", "Ulica, riadok č. 1", "Ulica, riadok č. 2", "Mesto", "PSČ", "Štát"]
    assert foreign_readings("Ulica, riadok č. 1", slovak)[0][0] == ("street", "line", "1")
    polish = ["Nazwa", "Ulica, wiersz nr 1", "Miasto", "Kod pocztowy", "Kraj"]
    assert foreign_readings("Ulica, wiersz nr 1", polish)[0][0] == ("street", "line", "1")
    spanish = ["Nombre", "Calle, línea 2", "Ciudad", "Código postal", "País"]
    assert foreign_readings("Calle, línea 2", spanish)[0][0] == ("street", "line", "2")
    assert foreign_readings("Názov", slovak)[0][0] == ("name",)


def test_a_values_file_headed_in_another_language_is_read_as_its_records_columns(
        tmp_path: Path) -> None:
    (tmp_path / "contacts.csv").write_text("ID;Meno;Priezvisko\n1;Jan;Novák\n2;Eva;Malá\n",
                                           encoding="utf-8")
    (tmp_path / "contact_values.csv").write_text(
        "ID;Kontakt;Typ;Hodnota\n1;1;email;jan@example.com\n2;1;url;https://example.com\n"
        "3;2;email;eva@example.com\n", encoding="utf-8")
    exp = read_export(tmp_path)
    assert exp.guesses["contact_values"].folded["into"] == "contacts"
    assert exp.tables["contacts"]["email (contact_values)"].to_list() == [
        "jan@example.com", "eva@example.com"]
