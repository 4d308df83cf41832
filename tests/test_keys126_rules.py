"""keys126's general rules (iTop's exports in Czech, Polish, Russian, Turkish and Hungarian):
the organisation, person, link, team and location words of those languages' file names;
Turkish's dotted capital I no break in a word; a person's plain 'name' beside a last name
and no first name is the given name."""

from __future__ import annotations

from d365migrate.intake.kinds import name_kinds, name_words
from d365migrate.intake.not_sales import not_sales_word
from d365migrate.intake.role_links import role_link
from d365migrate.mapping.given_names import given_name_candidates


class _Attr:
    def describe(self) -> str:
        return "firstname ('First Name')"


def test_foreign_file_names_name_their_kind() -> None:
    assert name_kinds("Organizace_export") == ["account"]
    assert name_kinds("Organizacja Eksport") == ["account"]
    assert name_kinds("Организация Export") == ["account"]
    assert name_kinds("Kurum dışarı çıkartıldı") == ["account"]
    assert name_kinds("Osoba_export") == ["contact"]
    assert name_kinds("Kişi dışarı çıkartıldı") == ["contact"]
    assert name_kinds("Kapcsolattartó exportálás") == ["contact"]


def test_a_download_word_says_nothing_and_the_dotted_capital_i_splits_no_word() -> None:
    assert name_words("Kişi dışarı çıkartıldı") == ["kisi"]
    assert name_words("Osoba Eksport") == ["osoba"]
    assert name_words("İletişim Tipi") == ["iletisim", "tipi"]


def test_teams_and_locations_name_no_sales_records() -> None:
    for name in ("Tým_export", "Zespół Eksport", "Команда Export", "Ekip", "Csapat"):
        assert "teams" in not_sales_word(name)[1], name
    for name in ("Umístění_export", "Lokalizacja", "Расположение", "Yerleşke", "Helyszín"):
        assert "locations" in not_sales_word(name)[1], name


def test_a_link_word_first_makes_a_link_file() -> None:
    cols = ["id", "Model poskytování služeb->Název", "Kontakt->Popisný název"]
    assert role_link("Spojení (Model poskytování služeb _ Kontakt)_export", cols, False)
    cols = ["id", "Модель->Название", "Контакт->Полное название"]
    assert role_link("Связь Модель_Контакт Export", cols, False)


def test_a_name_beside_a_last_name_is_the_given_name() -> None:
    names = {"firstname": _Attr()}
    cols = ["Soyad", "Adı", "E-posta", "Telefon"]
    got = given_name_candidates("adı", "text", cols, names, [(0.92, "lastname", "")],
                                column="Adı")
    assert got[-1][1] == "firstname" and all(c[1] != "lastname" for c in got)
    # beside a first name too, or a whole name: left as it was
    before = [(0.92, "lastname", "")]
    assert given_name_candidates("name", "text", ["Name", "First Name", "Last Name"], names,
                                 before, column="Name") == before
    assert given_name_candidates("name", "text", ["Name", "Full Name", "Surname"], names,
                                 before, column="Name") == before
    assert given_name_candidates("name", "text", ["Name", "Email"], names, before,
                                 column="Name") == before
