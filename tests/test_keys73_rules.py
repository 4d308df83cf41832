"""Rules added after measuring keys73's held-out exports (issue 13), on made-up data so they
run where the public data is absent: Cyrillic headers read in Latin letters (intake/kinds.py
ascii_folded: before, folding dropped every Cyrillic letter and such a header read as
nothing), and Estonian, Turkish and Ukrainian column words (mapping/data/foreign_words.yml),
each list evidence of its own language only where no other language shares the word."""

from __future__ import annotations

import polars as pl

from d365migrate.intake.kinds import ascii_folded, col_norm
from d365migrate.mapping.foreign_names import foreign_readings, language_of
from d365migrate.mapping.suggest import suggest_columns
from tuning_support import DEFS
from tuning_support import top as _top

_ET = ["Eesnimi", "Perekonnanimi", "Ettevõtte nimi", "Tänav", "Postiindeks", "Linn", "Riik",
       "Müügiesindaja", "Eeldatav tulu", "Eeldatav sulgemine", "Loodud"]
_TR = ["Soyadı", "Şirket Adı", "İş Pozisyonu", "Sokak/Cadde", "Posta Kodu", "Semt/İlçe",
       "Ülke", "Satış Temsilcisi", "Beklenen Gelir", "Beklenen Kapanış", "Oluşturulma"]
_UK = ["Ім'я", "Прізвище", "Назва компанії", "Вулиця", "Індекс", "Місто", "Країна",
       "Продавець", "Очікуваний дохід", "Очікуване закриття", "Створено"]


def _read(headers: list[str]) -> dict[str, tuple[str, ...]]:
    return {h: foreign_readings(h, headers)[0][0] for h in headers
            if foreign_readings(h, headers)}


def test_cyrillic_is_read_in_latin_letters() -> None:
    assert ascii_folded("Місто") == "Misto" and col_norm("Назва контакту") == "nazvakontaktu"
    assert col_norm("Щука Ёж") == "shchukaezh"
    assert ascii_folded("Straße") == "Strasse" and ascii_folded("Źródło") == "Zrodlo"
    assert col_norm("会社") == ""   # other scripts that are not Latin: dropped as before


def test_estonian_column_words() -> None:
    assert language_of(_ET) == "et"
    read = _read(_ET)
    assert read["Linn"] == ("city",) and read["Riik"] == ("country",)
    assert read["Müügiesindaja"] == ("salesperson",)
    assert read["Eeldatav sulgemine"] == ("expected", "close", "date")
    # Finnish's words stay theirs (Estonian is its neighbour)
    assert language_of(["Etunimi", "Sukunimi", "Kaupunki", "Maa", "Myyjä"]) == "fi"


def test_turkish_column_words() -> None:
    assert language_of(_TR) == "tr"
    read = _read(_TR)
    assert read["Semt/İlçe"] == ("city",) and read["Ülke"] == ("country",)
    assert read["İş Pozisyonu"] == ("job", "title")
    assert read["Beklenen Kapanış"] == ("expected", "close", "date")


def test_ukrainian_column_words() -> None:
    assert language_of(_UK) == "uk"
    read = _read(_UK)
    assert read["Місто"] == ("city",) and read["Країна"] == ("country",)
    assert read["Продавець"] == ("salesperson",)
    assert read["Очікуване закриття"] == ("expected", "close", "date")
    # Polish's words stay Polish ('Priorytet' is the same word in both: no Ukrainian evidence)
    assert language_of(["Imię", "Nazwisko", "Priorytet", "Miasto"]) == "pl"


def test_a_ukrainian_contact_file_suggests_its_columns() -> None:
    df = pl.DataFrame({"Ім'я": ["Олена", "Петро"], "Прізвище": ["Коваль", "Шевченко"],
                       "Назва компанії": ["Ромашка ТОВ", "Світанок"],
                       "Місто": ["Київ", "Львів"], "Посада": ["Бухгалтер", "Директор"]})
    sugg = suggest_columns(df, DEFS["contact"], source_object="Контакти")
    assert _top(sugg, "Ім'я") == "firstname" and _top(sugg, "Прізвище") == "lastname"
    assert _top(sugg, "Місто") == "address1_city" and _top(sugg, "Посада") == "jobtitle"
