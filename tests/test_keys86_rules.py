"""keys86's a-priori column words (issue 13), on made-up data so they run where the public
data is absent: Russian, Macedonian and Serbian in Cyrillic (mapping/data/foreign_words.yml),
each read as its own language beside Bulgarian and Ukrainian; and Serbian's and
Macedonian's own Cyrillic letters folded as their Latin spelling (they were dropped)."""

from __future__ import annotations

from d365migrate.intake.kinds import ascii_folded
from d365migrate.mapping.foreign_names import foreign_readings, language_of

_RU = ["Имя", "Фамилия", "Название компании", "Должность", "Город", "Страна", "Продавец",
       "Ожидаемый доход", "Ожидаемое закрытие", "Дата создания", "Теги"]
_MK = ["Име", "Презиме", "Назив на компанија", "Работна позиција", "Град", "Земја",
       "Продавач", "Очекуван приход", "Очекувано затворање", "Создадено", "Ознаки"]
_SR = ["Име", "Презиме", "Назив компаније", "Радно место", "Град", "Земља", "Продавац",
       "Очекивани приход", "Очекивано затварање", "Креирано", "Ознаке"]
_BG = ["Име", "Фамилия", "Име на фирмата", "Улица", "Пощенски код", "Град", "Държава",
       "Търговец", "Очакван приход", "Очаквано приключване", "Създадено на"]
_UK = ["Ім'я", "Прізвище", "Назва компанії", "Посада", "Місто", "Країна", "Продавець",
       "Очікуваний дохід", "Створено"]


def _read(headers: list[str]) -> dict[str, tuple[str, ...]]:
    return {h: foreign_readings(h, headers)[0][0] for h in headers
            if foreign_readings(h, headers)}


def test_serbian_and_macedonian_letters_fold_as_their_latin_spelling() -> None:
    assert ascii_folded("Вероватноћа") == ascii_folded("Verovatnoća").replace("i", "y")
    assert ascii_folded("Ђорђе") == "Dorde" and ascii_folded("Љубљана") == "Ljubljana"
    assert ascii_folded("Џеп") == "Dzep" and ascii_folded("Ѓорѓи") == "Gorgy"
    assert ascii_folded("Ќерка") == "Kerka" and ascii_folded("Ѕвезда") == "Dzvezda"


def test_russian_column_words() -> None:
    assert language_of(_RU) == "ru"
    read = _read(_RU)
    assert read["Название компании"] == ("company", "name")
    assert read["Ожидаемый доход"] == ("expected", "revenue")
    assert read["Ожидаемое закрытие"] == ("expected", "close", "date")
    assert read["Фамилия"] == ("last", "name")   # Bulgarian's word, read alike


def test_macedonian_and_serbian_cyrillic_column_words() -> None:
    assert language_of(_MK) == "mk" and language_of(_SR) == "sr"
    mk, sr = _read(_MK), _read(_SR)
    assert mk["Назив на компанија"] == sr["Назив компаније"] == ("company", "name")
    assert mk["Продавач"] == sr["Продавац"] == ("salesperson",)
    assert mk["Очекувано затворање"] == sr["Очекивано затварање"] == (
        "expected", "close", "date")
    assert sr["Земља"] == ("country",)   # folds as Serbian's Latin 'zemlja'


def test_bulgarian_and_ukrainian_stay_theirs() -> None:
    assert language_of(_BG) == "bg" and language_of(_UK) == "uk"
