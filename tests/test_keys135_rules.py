"""keys135's general rules (X2CRM's labelled exports in Chinese, Korean, Hebrew and
Persian): headers in scripts that fold to no Latin letters (Hangul, Hebrew, Arabic) are read
by listed words as Japanese is, a listed phrase whole first; Korean '이름' and Persian 'نام'
are a given name beside a surname and the record's name alone; an HTML entity in a header
is read as its character; these languages' header words tell discovery a task or a case."""

from __future__ import annotations

from d365migrate.intake.content_words import content_columns
from d365migrate.mapping.cjk_names import cjk_readings


def _read(name: str, headers: tuple[str, ...] = ()) -> tuple[str, ...]:
    return cjk_readings(name, headers)[0][0]


def test_hangul_hebrew_and_arabic_letters_are_read_by_listed_words() -> None:
    assert _read("에 할당") == ("assigned", "to")
    assert _read("주소 2") == ("street", "2")      # a word, then the digit
    assert _read("משויך אל") == ("assigned", "to")
    assert _read("واگذار شده به") == ("assigned", "to")
    assert _read("潜在客户的来源") == ("lead", "source")   # Chinese cut as Japanese is
    assert cjk_readings("איזו מילה לא ידועה") == []          # an unlisted word: no reading
    assert cjk_readings("Name") == []


def test_a_listed_phrase_is_read_whole_before_its_words() -> None:
    assert _read("שם פרטי") == ("first", "name")   # 'name private', not 'name ...'
    assert _read("שם משפחה") == ("last", "name")


def test_a_plain_korean_or_persian_name_is_given_beside_a_surname() -> None:
    assert _read("이름", ("이름", "성", "도시")) == ("first", "name")
    assert _read("이름", ("이름", "수익", "도시")) == ("name",)
    assert _read("نام", ("نام", "نام خانوادگی", "شهر")) == ("first", "name")
    assert _read("نام", ("نام", "درآمد", "شهر")) == ("name",)


def test_an_html_entity_in_a_header_is_its_character() -> None:
    assert _read("אל תשלחו דוא&quot;ל") == ("do", "not", "email")


def test_header_words_of_chinese_korean_hebrew_and_persian() -> None:
    for cols in (["分配给", "主题", "优先级", "到期日"], ["에 할당", "제목", "우선", "마감일"],
                 ["משויך אל", "נושא", "עדיפות", "תאריך הגשה"],
                 ["واگذار شده به", "موضوع", "اولویت", "کامل"]):
        got = content_columns(cols)
        assert {"assignedto", "subject", "priority"} <= got, cols
