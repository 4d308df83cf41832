"""Rules added after measuring keys76's held-out exports (issue 13), on made-up data so they
run where the public data is absent: Slovenian, Slovak, Croatian and Bulgarian column words
(mapping/data/foreign_words.yml), each list evidence of its own language only where no other
language shares the word; and a file's language counting each header once (a column's own
name beside its siblings' folded forms had counted twice)."""

from __future__ import annotations

import polars as pl

from d365migrate.mapping.foreign_names import foreign_readings, language_of
from d365migrate.mapping.suggest import suggest_columns
from tuning_support import DEFS
from tuning_support import top as _top

_SL = ["Ime", "Priimek", "Naziv podjetja", "Ulica", "Poštna številka", "Kraj", "Država",
       "Prodajalec", "Pričakovan prihodek", "Pričakovan zaključek", "Ustvarjeno"]
_SK = ["Meno", "Priezvisko", "Názov spoločnosti", "Ulica", "PSČ", "Mesto", "Štát",
       "Obchodník", "Očakávané tržby", "Očakávané zatvorenie", "Vytvorené"]
_HR = ["Ime", "Prezime", "Tvrtka", "Ulica", "Poštanski broj", "Grad", "Država", "Prodavač",
       "Očekivani prihod", "Očekivano zatvaranje", "Kreirano"]
_BG = ["Име", "Фамилия", "Име на фирмата", "Улица", "Пощенски код", "Град", "Държава",
       "Търговец", "Очакван приход", "Очаквано приключване", "Създадено на"]


def _read(headers: list[str]) -> dict[str, tuple[str, ...]]:
    return {h: foreign_readings(h, headers)[0][0] for h in headers
            if foreign_readings(h, headers)}


def test_slovenian_column_words() -> None:
    assert language_of(_SL) == "sl"
    read = _read(_SL)
    assert read["Kraj"] == ("city",) and read["Država"] == ("country",)
    assert read["Poštna številka"] == ("postal", "code")
    assert read["Pričakovan zaključek"] == ("expected", "close", "date")
    # Polish keeps its own 'Kraj' (the country)
    pl_heads = ["Imię", "Nazwisko", "Miasto", "Kraj", "Ulica"]
    assert language_of(pl_heads) == "pl" and _read(pl_heads)["Kraj"] == ("country",)


def test_slovak_column_words_beside_czech() -> None:
    assert language_of(_SK) == "sk"
    read = _read(_SK)
    assert read["Štát"] == ("country",) and read["Meno"] == ("first", "name")
    assert read["PSČ"] == ("postal", "code") and read["Mesto"] == ("city",)   # Czech's words
    assert read["Očakávané zatvorenie"] == ("expected", "close", "date")
    # Czech stays Czech
    assert language_of(["Jméno", "Příjmení", "Název společnosti", "PSČ", "Město", "Země",
                        "Obchodník"]) == "cs"


def test_croatian_column_words() -> None:
    assert language_of(_HR) == "hr"
    read = _read(_HR)
    assert read["Grad"] == ("city",) and read["Tvrtka"] == ("company",)
    assert read["Poštanski broj"] == ("postal", "code") and read["Prodavač"] == ("salesperson",)


def test_bulgarian_column_words() -> None:
    assert language_of(_BG) == "bg"
    read = _read(_BG)
    assert read["Град"] == ("city",) and read["Държава"] == ("country",)
    assert read["Търговец"] == ("salesperson",)
    assert read["Очаквано приключване"] == ("expected", "close", "date")
    # Ukrainian stays Ukrainian
    assert language_of(["Ім'я", "Прізвище", "Місто", "Країна", "Продавець"]) == "uk"


def test_a_header_counts_once_for_its_language() -> None:
    # a column's own name beside its siblings' folded forms ('PSČ', 'psč') is one header:
    # counted twice, Czech tied with Slovak here and the file had no language
    sk = ["meno kontaktu", "stat", "vytvorene", "ocakavane trzby", "psc", "mesto", "zakaznik"]
    assert language_of([*sk, "PSČ"]) == language_of(sk) == "sk"


def test_a_slovak_lead_file_suggests_its_columns() -> None:
    df = pl.DataFrame({"Meno kontaktu": ["Jana Nováková", "Peter Horváth"],
                       "Názov spoločnosti": ["Alfa s.r.o.", "Beta a.s."],
                       "PSČ": ["81101", "04001"], "Mesto": ["Bratislava", "Košice"],
                       "Štát": ["Slovensko", "Slovensko"],
                       "Očakávané tržby": ["1200.0", "800.0"]})
    sugg = suggest_columns(df, DEFS["lead"], source_object="Obchodné príležitosti")
    assert _top(sugg, "Názov spoločnosti") == "companyname"
    assert _top(sugg, "PSČ") == "address1_postalcode" and _top(sugg, "Mesto") == "address1_city"
    assert _top(sugg, "Štát") == "address1_country"
