"""tune148's rules: a Hebrew or Arabic name's vowel points, and a phrase's full stop."""

from __future__ import annotations

from d365migrate.mapping.cjk_names import cjk_readings


def test_hebrew_vowel_points_are_dropped_before_a_name_is_read() -> None:
    """'קְדִימוּת' (priority, pointed) reads as its unpointed word; the marks split it before."""
    assert cjk_readings("קְדִימוּת") == cjk_readings("קדימות")
    assert cjk_readings("קְדִימוּת")[0][0] == ("priority",)


def test_arabic_short_vowels_are_dropped_before_a_name_is_read() -> None:
    """'المَدِينَة' with its harakat is the listed 'المدينة' (the city)."""
    assert cjk_readings("المَدِينَة")[0][0] == ("city",)


def test_a_listed_phrase_is_read_whole_despite_an_abbreviations_full_stop() -> None:
    """'رقم الجوال.' (Frappe's 'Mobile No.' in Arabic) is the listed phrase, the mobile,
    not 'number' + 'mobile phone' read word by word."""
    assert cjk_readings("رقم الجوال.")[0][0] == ("mobile", "phone")
    assert cjk_readings("رقم الجوال")[0][0] == ("mobile", "phone")


def test_a_name_with_an_unlisted_word_still_gets_no_reading() -> None:
    """Half a name read would mislead: an unlisted word leaves the whole name unread."""
    assert cjk_readings("الفرصة زرقاء") == []
