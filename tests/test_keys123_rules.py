"""keys123's general rules (X2CRM's labelled exports in Polish, Russian, Greek and
Japanese): a plain name in Russian, Greek and Japanese is a given name beside a surname and
the record's name alone; the assigned user, subject, description, priority and status as
header words in those languages (Japanese read whole, as it folds to no letters); the
languages' words for the created date, a case and its parts."""

from __future__ import annotations

from d365migrate.intake.content_words import content_columns
from d365migrate.mapping.cjk_names import cjk_readings
from d365migrate.mapping.foreign_names import foreign_readings


def _read(name: str, headers: list[str]) -> tuple[str, ...]:
    return foreign_readings(name, headers)[0][0]


def test_a_plain_name_is_the_given_name_beside_a_surname_and_the_name_alone() -> None:
    ru = ["Имя", "Фамилия", "Город", "Страна", "Телефон"]
    assert _read("Имя", ru) == ("first", "name")
    assert _read("Имя", ["Имя", "Город", "Страна", "Доход"]) == ("name",)
    el = ["Όνομα", "Επώνυμο", "Πόλη", "Χώρα"]
    assert _read("Όνομα", el) == ("first", "name")
    assert _read("Όνομα", ["Όνομα", "Πόλη", "Χώρα", "Έσοδα"]) == ("name",)
    assert cjk_readings("名前", ["名前", "姓", "国"])[0][0] == ("first", "name")
    assert cjk_readings("名前", ["名前", "収益", "国"])[0][0] == ("name",)


def test_header_words_of_polish_russian_greek_and_japanese() -> None:
    for header in ("Przypisany do", "Назначено на", "Διευθετείται από", "Ανατέθηκε σε",
                   "割り当て"):
        assert "assignedto" in content_columns([header]), header
    assert content_columns(["Przedmiot", "Opis", "Priorytet"]) == {
        "subject", "description", "priority"}
    assert content_columns(["Описание", "Приоритет"]) == {"description", "priority"}
    assert content_columns(["Περιγραφή", "Κατάσταση", "Θέμα"]) == {
        "description", "status", "subject"}
    assert content_columns(["説明", "状態", "期日", "完了"]) == {
        "description", "status", "duedate", "completed"}


def test_dates_and_a_case_in_russian_greek_and_japanese() -> None:
    el = ["Όνομα", "Πόλη", "Χώρα", "Ημ/νία Καταχώρησης", "Περιγραφή"]
    assert _read("Ημ/νία Καταχώρησης", el) == ("created", "on")
    assert cjk_readings("作成日")[0][0] == ("created", "on")
    ru = ["Кейс", "Описание", "Назначено на", "Влияние", "Происхождение обращения"]
    assert _read("Происхождение обращения", ru) == ("case", "origin")
    assert cjk_readings("ケースの起源")[0][0] == ("case", "origin")
    assert cjk_readings("親ケース")[0][0] == ("parent", "case")
