"""keys116's rule: words in brackets that say which side of a record a column is of are a
qualifier, part of the name, not a remark to drop (Tine 2.0's Polish 'Kraj (adres
prywatny)': the private address's country)."""

from __future__ import annotations

from d365migrate.mapping.foreign_names import foreign_readings

POLISH = ["Imię", "Nazwisko", "Kraj", "Miasto", "Kraj (adres prywatny)",
          "Miasto (adres prywatny)", "Telefon (prywatny)"]


def test_a_side_in_brackets_is_a_qualifier_even_in_two_words() -> None:
    (words, _), = foreign_readings("Kraj (adres prywatny)", POLISH)
    assert "home" in words and "country" in words
    (words, _), = foreign_readings("Miasto (adres prywatny)", POLISH)
    assert "home" in words and "city" in words


def test_a_remark_in_brackets_is_still_dropped() -> None:
    spanish = ["Nombre", "Apellidos", "Ciudad",
               "No enviar correos electrónicos masivos (el usuario no lo desea)"]
    (words, _), = foreign_readings(spanish[-1], spanish)
    assert "home" not in words and "usuario" not in words
