"""Cyrillic, Greek, Hebrew, Arabic and Thai CSVs in their Windows code pages are read as
written, and no Western or Central European file is taken for one."""

from __future__ import annotations

from pathlib import Path

import pytest

from d365migrate.intake.encoding import detect_encoding
from d365migrate.intake.read import read_export
from d365migrate.intake.script_code_pages import script_code_page

TEXTS = {
    "ru": "Тема,Описание,Статус,Приоритет,Назначена\n"
          "Не печатаются рецепты,Невозможно распечатать рецепты,Новая,Низкий,Иван Петров\n",
    "bg": "Тема,Описание,Статус,Приоритет,Възложена на\n"
          "Не се отпечатват рецепти,Невъзможно е да се отпечатат,Нова,Нисък,Иван Петров\n",
    "el": "Θέμα,Περιγραφή,Κατάσταση,Προτεραιότητα,Ανατέθηκε σε\n"
          "Δεν τυπώνονται συνταγές,Αδύνατη η εκτύπωση,Νέο,Χαμηλή,Γιάννης Παππάς\n",
    "he": "נושא,תיאור,מצב,עדיפות,משויך אל\n"
          "לא ניתן להדפיס מתכונים,אי אפשר להדפיס,חדש,נמוכה,משה כהן\n",
    "ar": "الموضوع,الوصف,الحالة,الأولوية,المحال اليه\n"
          "لا يمكن طباعة الوصفات,تعذر الطباعة,جديد,منخفضة,محمد علي\n",
    "th": "เรื่อง,รายละเอียด,สถานะ,ความสำคัญ,มอบหมายให้\n"
          "พิมพ์สูตรอาหารไม่ได้,ไม่สามารถพิมพ์ได้,ใหม่,ต่ำ,สมชาย ใจดี\n",
}
PAGES = {"ru": "cp1251", "bg": "cp1251", "el": "cp1253", "he": "cp1255", "ar": "cp1256",
         "th": "cp874"}


@pytest.mark.parametrize("lang", list(TEXTS))
def test_each_script_is_read_in_its_code_page(lang: str, tmp_path: Path) -> None:
    data = TEXTS[lang].encode(PAGES[lang])
    assert detect_encoding(data) == (PAGES[lang], False, "script-code-page")
    (tmp_path / "issues.csv").write_bytes(data)
    table = read_export(tmp_path).tables["issues"]
    assert list(table.columns) == TEXTS[lang].splitlines()[0].split(",")


def test_latin_letters_here_and_there_are_no_other_script() -> None:
    western = "Société;Prénom;Téléphone;Créé le\nÉlodie;Müller;café;naïve Straße Ærø\n" * 3
    central = "Název;Příjmení;Město\nŽluťoučký kůň;Łódź;Škoda;Dvořák;Černá\n" * 3
    assert script_code_page(western.encode("cp1252")) is None
    assert script_code_page(central.encode("cp1250")) is None
