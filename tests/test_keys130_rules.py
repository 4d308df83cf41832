"""keys130's general rules (Invoice Ninja's v4 export in Polish, Czech, Russian, Swedish and
Danish): Danish 'Navn' is a plain name (the record's name beside both parts of a person's,
the surname beside a given name); the languages' words for an address's billing and
shipping side, its parts, a quote's number, a discount, a currency and a product."""

from __future__ import annotations

from d365migrate.mapping.foreign_names import foreign_readings


def _read(name: str, headers: list[str]) -> tuple[str, ...]:
    return foreign_readings(name, headers)[0][0]


def test_danish_plain_name() -> None:
    both = ["Navn", "Faktureringsland", "Hjemmeside", "Fornavn", "Efternavn", "E-mail"]
    assert _read("Navn", both) == ("name",)
    assert _read("Navn", ["Fornavn", "Navn", "Telefon", "By"]) == ("last", "name")


def test_address_sides_in_polish_czech_swedish_and_danish() -> None:
    pl = ["Nazwa", "Ulica dostawy", "Miasto dostawy", "Państwo dostawy", "Waluta"]
    assert _read("Ulica dostawy", pl) == ("shipping", "street")
    assert _read("Państwo dostawy", pl) == ("shipping", "country")
    cs = ["Název", "Fakturační ulice", "Doručovací číslo patra/bytu", "Doručovací město"]
    assert _read("Fakturační ulice", cs) == ("billing", "street")
    assert _read("Doručovací číslo patra/bytu", cs) == ("shipping", "street", "2")
    sv = ["Namn", "Faktureringsadress 1", "Faktureringsadress 2", "Leverans län",
          "Leverans postnummer", "Valuta"]
    assert _read("Faktureringsadress 2", sv) == ("billing", "street", "2")
    assert _read("Leverans län", sv) == ("shipping", "state")
    da = ["Navn", "Faktureringspostnummer", "Skibsgade", "Forsendelsesby",
          "Forsendelsesstat/provins", "betalingsmiddel", "Fornavn", "Efternavn"]
    assert _read("Faktureringspostnummer", da) == ("billing", "postal", "code")
    assert _read("Skibsgade", da) == ("shipping", "street")
    assert _read("Forsendelsesstat/provins", da) == ("shipping", "state")
    assert _read("betalingsmiddel", da) == ("currency",)


def test_quote_and_product_words() -> None:
    pl = ["Klient", "Numer oferty", "Kwota", "Status", "Data oferty", "Rabat"]
    assert _read("Numer oferty", pl) == ("quote", "number")
    assert _read("Rabat", pl) == ("discount",)
    cs = ["Klient", "Číslo nabídky", "Částka", "Datum nabídky", "Sleva"]
    assert _read("Číslo nabídky", cs) == ("quote", "number")
    assert _read("Sleva", cs) == ("discount",)
    ru = ["Клиент", "Номер котировки", "Всего", "Статус", "Скидка"]
    assert _read("Номер котировки", ru) == ("quote", "number")
    assert _read("Скидка", ru) == ("discount",)
    assert _read("Товар/услуга", ["Пользователь", "Товар/услуга", "Заметки"]) == ("product",)
    sv = ["Användare", "Produkt", "Notis", "Kostnad"]
    assert _read("Notis", sv) == ("notes",)
    assert _read("Kostnad", sv) == ("cost",)
    da = ["Kunde", "Tilbuds nummer", "Beløb", "Status", "Rabat"]
    assert _read("Tilbuds nummer", da) == ("quote", "number")
