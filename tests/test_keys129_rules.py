"""keys129's general rules (Fat Free CRM's Excel lists in Polish, Czech, Russian, Japanese and
Swedish): a lead's header read as 'name' beside the company is its person's whole name; a
Japanese '名前' beside both a given name and a surname is the whole name; a listed Japanese
word may begin with a Latin letter ('Eメール'); Polish 'stan' and Czech 'Stát' between an
address's city and its postal code are its state."""

from __future__ import annotations

from d365migrate.mapping.address_states import address_state_first
from d365migrate.mapping.cjk_names import cjk_readings
from d365migrate.mapping.lead_names import lead_name_candidates


class _Attr:
    def describe(self) -> str:
        return "Last Name"


def test_a_lead_name_read_from_another_language_is_its_person() -> None:
    cols = ["Id", "Kampania", "Stanowisko", "Nazwa", "Email", "Telefon", "Firma", "Status"]
    names = {"lastname": _Attr(), "subject": _Attr(), "fullname": _Attr()}
    cands = lead_name_candidates("nazwa", "text", cols, names, [], ("Lisha Senger",),
                                 column="Nazwa")
    assert cands and cands[0][1] == "lastname"
    # a phrase about a sale stays no person
    sale = ("Studio for a young professional couple",)
    assert lead_name_candidates("nazwa", "text", cols, names, [], sale, column="Nazwa") == []


def test_japanese_name_beside_given_name_and_surname_is_whole() -> None:
    assert cjk_readings("名前", ["ID", "名前", "名", "姓", "電話"])[0][0] == ("name",)
    assert cjk_readings("名前", ["ID", "名前", "姓", "電話"])[0][0] == ("first", "name")
    assert cjk_readings("名前", ["ID", "名前", "電話"])[0][0] == ("name",)


def test_japanese_word_led_by_a_latin_letter() -> None:
    assert cjk_readings("Eメール")[0][0] == ("email",)
    assert cjk_readings("その他のEメール")[0][0] == ("other", "email")


def test_polish_and_czech_state_between_city_and_postal_code() -> None:
    for city, state, code in (("Miasto", "stan", "Kod pocztowy"), ("Obec", "Stát", "PSČ")):
        cols = ["Id", city, state, code]
        scored = {city: [(0.9, "address1_city", "")], state: [(0.9, "address1_country", "")],
                  code: [(0.9, "address1_postalcode", "")]}
        address_state_first(cols, {"address1_stateorprovince": _Attr()}, scored)
        assert scored[state][0][1] == "address1_stateorprovince"
