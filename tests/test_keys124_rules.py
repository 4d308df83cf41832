"""keys124's rules (Redmine's CSV export in Polish, Czech, Russian, Turkish and Hungarian): a
Turkish 8-bit file (ISO-8859-9 / cp1254) is read in its code page, not as cp1252's 'þ', 'ý';
Hungarian dates (2026.08.18. and 2026.08.18. 07:32) are dates; an issue tracker's words
(status, assignee, subject, the issue's type) in those languages."""

from __future__ import annotations

from datetime import datetime

import polars as pl

from d365migrate.intake.encoding import detect_encoding
from d365migrate.intake.values import guess_date_formats, parse_dates
from d365migrate.mapping.foreign_names import foreign_readings

TURKISH = ("#,Proje,İş tipi,Durum,Oluşturulma,Kapanış tarihi,Özel,Açıklama\n"
           "1,eCookbook,Bug,New,18.08.2026 07:32,,Hayır,Tarifler yazdırılamıyor\n")


def test_a_turkish_8_bit_file_is_read_as_cp1254() -> None:
    assert detect_encoding(TURKISH.encode("iso-8859-9"))[0] == "cp1254"
    assert detect_encoding(TURKISH.encode("cp1254"))[0] == "cp1254"
    # Western files keep cp1252: French, and Icelandic's own 'þ', 'ð', 'ý' beside 'á', 'æ'
    assert detect_encoding("nom;prénom\nLefèvre;Françoise\nTête;Hélène\n".encode(
        "cp1252"))[0] == "cp1252"
    assert detect_encoding("nafn;heimili\nÞórður Ýmisson;Garðabær\nÁsa;Akureyri\n".encode(
        "cp1252"))[0] == "cp1252"


def test_hungarian_dates_are_dates() -> None:
    s = pl.Series("Létrehozva", ["2026.08.18. 07:32", "2006.07.19. 19:04", ""])
    formats, coverage, _ = guess_date_formats(s)
    assert formats == ["%Y.%m.%d. %H:%M"] and coverage == 1.0
    assert parse_dates(s).values.to_list()[:2] == [datetime(2026, 8, 18, 7, 32),
                                                   datetime(2006, 7, 19, 19, 4)]
    d = pl.Series("Kezdés dátuma", ["2026.08.20.", "2026.08.31."])
    assert guess_date_formats(d)[0] == ["%Y.%m.%d."]


def test_an_issue_trackers_words_in_five_languages() -> None:
    cs = ["#", "Projekt", "Fronta", "Stav", "Priorita", "Předmět", "Přiřazeno", "Popis"]
    assert foreign_readings("Stav", cs)[0][0] == ("status",)
    assert foreign_readings("Předmět", cs)[0][0] == ("subject",)
    assert foreign_readings("Přiřazeno", cs)[0][0] == ("assigned", "to")
    ru = ["#", "Проект", "Трекер", "Статус", "Приоритет", "Тема", "Назначена", "Категория",
          "Создано", "Описание"]
    assert foreign_readings("Статус", ru)[0][0] == ("status",)
    assert foreign_readings("Трекер", ru)[0][0] == ("tracker",)
    assert foreign_readings("Назначена", ru)[0][0] == ("assigned", "to")
    tr = ["#", "Proje", "İş tipi", "Durum", "Öncelik", "Konu", "Atanan", "Açıklama"]
    assert foreign_readings("Durum", tr)[0][0] == ("status",)
    assert foreign_readings("Atanan", tr)[0][0] == ("assigned", "to")
    assert foreign_readings("İş tipi", tr)[0][0] == ("issue", "type")
    hu = ["#", "Projekt", "Típus", "Státusz", "Prioritás", "Tárgy", "Felelős", "Leírás"]
    assert foreign_readings("Státusz", hu)[0][0] == ("status",)
    assert foreign_readings("Tárgy", hu)[0][0] == ("subject",)
    assert foreign_readings("Felelős", hu)[0][0] == ("owner",)
    assert foreign_readings("Típus", hu)[0][0] == ("type",)
    pl_ = ["#", "Projekt", "Typ zagadnienia", "Status", "Priorytet", "Temat", "Opis"]
    assert foreign_readings("Typ zagadnienia", pl_)[0][0] == ("issue", "type")
