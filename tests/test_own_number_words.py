"""The record's own number under its noun with a word for "number" or in another language
(keys119, Kimai's labelled exports): 'Kundennummer', 'Customer No', 'Número de cliente',
Kimai's Dutch 'Rekening' in a customer list are the account number when they hold codes."""

from __future__ import annotations

import pytest

from d365migrate.mapping.own_numbers import own_number_column

CODES = ["C-63671629", "C-81069873"]
DUTCH = ["ID", "Naam", "Bedrijfsnaam", "Rekening", "Adres", "Land", "Valuta", "Opmerking"]


@pytest.mark.parametrize("column", ["Kundennummer", "Customer No", "Customer Number",
                                    "Número de cliente", "Klantnr", "Numéro de compte"])
def test_the_noun_with_a_number_word_is_the_records_number(column: str) -> None:
    assert own_number_column("account", column, CODES) == "accountnumber"


def test_a_foreign_word_for_the_noun_in_its_language() -> None:
    assert own_number_column("account", "Rekening", CODES, headers=DUTCH) == "accountnumber"


@pytest.mark.parametrize("column", ["Bestellnummer", "Nummer", "Account Name",
                                    "Parent Account", "Kontonummer", "Phone"])
def test_other_numbers_and_names_are_not(column: str) -> None:
    assert own_number_column("account", column, CODES) is None


def test_names_are_no_numbers() -> None:
    assert own_number_column("account", "Kundennummer", ["Acme Inc", "Hooli"]) is None
    assert own_number_column("contact", "Kundennummer", CODES) is None


RUSSIAN = ["ID", "Имя", "Название компании", "Клиентский номер", "Адрес", "Страна", "Валюта"]


def test_a_foreign_noun_with_its_number_word() -> None:
    """Kimai's Russian 'Клиентский номер' (customer number, keys127): the noun read in the
    file's language, then the word for "number" beside it, as 'Customer No'."""
    assert own_number_column("account", "Клиентский номер", CODES,
                             headers=RUSSIAN) == "accountnumber"
    assert own_number_column("account", "Название компании", CODES, headers=RUSSIAN) is None
    assert own_number_column("contact", "Клиентский номер", CODES, headers=RUSSIAN) is None
