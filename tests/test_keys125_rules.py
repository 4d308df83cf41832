"""keys125's words (issue 13, GLPI's list exports in Polish, Czech, Russian, Turkish and
Romanian): a service desk's requests and users named in those languages, Russian and Turkish
organisations, Turkish and Romanian name parts read beside each other, titles and names."""

from __future__ import annotations

from d365migrate.intake.content_words import HEADER_WORDS
from d365migrate.intake.kinds import kind_of_word
from d365migrate.mapping.foreign_names import foreign_readings

TURKISH = ["Soyad", "Kod", "Ad", "Telefon", "Telefon 2", "Mobil telefon", "Faks", "E-posta",
           "Notlar", "Kuruluş"]
ROMANIAN = ["Nume", "ID", "Prenume", "Telefon", "Telefon 2", "Telefon mobil", "Fax", "Email",
            "Observaţii", "Entitate"]


def test_requests_users_and_organisations_name_their_files() -> None:
    for word in ("Zgłoszenia", "Požadavky", "Požadavků", "Заявки", "Tichete"):
        assert kind_of_word(word) == "ticket", word
    for word in ("Użytkownicy", "Uživatelé", "Uživatelů", "Пользователи", "Kullanıcılar",
                 "Utilizatori"):
        assert kind_of_word(word) == "user", word
    for word in ("Организации", "Kuruluş", "Organizacje", "Organizace"):
        assert kind_of_word(word) == "account", word
    assert kind_of_word("Çağrılar") is None   # calls, as Italian 'Chiamate': no ticket word


def test_turkish_and_romanian_people_headers() -> None:
    assert HEADER_WORDS["soyad"] == "lastname" and HEADER_WORDS["eposta"] == "email"
    assert HEADER_WORDS["prenume"] == "firstname" and HEADER_WORDS["prijmeni"] == "lastname"
    # a plain name beside the other part of a person's name is the part left
    assert foreign_readings("Ad", TURKISH) == [(("first", "name"), 0.98)]
    assert foreign_readings("Nume", ROMANIAN) == [(("last", "name"), 0.98)]
    assert foreign_readings("Nume", ["Nume complet", "ID", "Nume"]) == [(("name",), 0.98)]


def test_titles_names_and_remarks() -> None:
    assert foreign_readings("Titlu", ["ID", "Titlu", "Descriere", "Entitate"]) == [
        (("title",), 0.98)]
    assert foreign_readings("Observaţii", ROMANIAN) == [(("notes",), 0.98)]
    russian = ["ID", "Заголовок", "Описание", "Организация"]
    assert foreign_readings("Заголовок", russian) == [(("title",), 0.98)]
    assert foreign_readings("Наименование", ["Полное название", "ID", "Наименование"]) == [
        (("name",), 0.98)]
    assert foreign_readings("Başlık", ["Kod", "Başlık", "Açıklama", "Kuruluş"]) == [
        (("title",), 0.98)]
