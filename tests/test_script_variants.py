"""Headers in a script or language the hand-written lists do not hold as written: Traditional
Chinese, Persian digits, and a language only the harvested vocabulary knows (Vietnamese)."""

from __future__ import annotations

from d365migrate.intake.cjk_kinds import cjk_kind
from d365migrate.mapping.cjk_names import cjk_readings
from d365migrate.mapping.foreign_names import foreign_readings, language_of


def test_traditional_chinese_reads_through_the_simplified_list() -> None:
    # Odoo's zh_TW labels: the list holds 联系人姓名 and 国家 (Simplified) only
    assert cjk_readings("聯繫人姓名")[0][0] == cjk_readings("联系人姓名")[0][0] == (
        "contact", "name")
    assert cjk_readings("國家")[0][0] == ("country",)
    assert cjk_kind("聯繫人") == "contact"


def test_japanese_kanji_stay_as_written() -> None:
    # 会社電話 (a business phone) reads as written; no Simplified spelling is tried
    assert cjk_readings("会社電話")[0][0] == ("business", "phone")


def test_persian_digits_read_as_ascii_ones() -> None:
    assert cjk_readings("آدرس۲") == cjk_readings("آدرس2")
    assert cjk_readings("آدرس۲")[0][0] == ("street", "2")


def test_a_language_only_the_harvest_knows_is_told_by_two_of_its_words() -> None:
    heads = ["Chủ đề", "Công ty", "Di động", "Xyzzy"]
    assert language_of(heads) == "vi"
    assert foreign_readings("Công ty", heads)[0][0] == ("company",)
    # one harvested word alone says no language: nothing read
    assert language_of(["Công ty", "Xyzzy"]) is None
    assert foreign_readings("Công ty", ["Công ty", "Xyzzy"]) == []
