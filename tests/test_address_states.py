"""A state/status word between an address's city and its code is the address's state."""

from __future__ import annotations

from d365migrate.mapping.address_states import address_state_first


class _Attr:
    def describe(self) -> str:
        return "State/Province"


NAMES = {"address1_stateorprovince": _Attr(), "statuscode": _Attr()}


def _scored() -> dict[str, list[tuple[float, str, str]]]:
    return {"Stato": [(0.9, "statuscode", "status")],
            "Citta'": [(0.9, "address1_city", "city")],
            "Stato_2": [],
            "CAP": [(0.9, "address1_postalcode", "postal code")]}


def test_between_city_and_postal_code_the_word_is_the_state() -> None:
    scored = _scored()
    address_state_first(["Stato", "Citta'", "Stato_2", "CAP"], NAMES, scored)
    assert scored["Stato_2"][0][1] == "address1_stateorprovince"
    assert scored["Stato"] == [(0.9, "statuscode", "status")]   # outside the block: status


def test_elsewhere_the_word_keeps_its_reading() -> None:
    scored = _scored()
    address_state_first(["Citta'", "CAP", "Stato", "Stato_2"], NAMES, scored)
    assert scored["Stato"][0][1] == "statuscode" and scored["Stato_2"] == []


def test_a_word_that_is_only_a_status_is_left() -> None:
    scored = {"Citta'": [(0.9, "address1_city", "")], "Status": [(0.9, "statuscode", "")],
              "CAP": [(0.9, "address1_postalcode", "")]}
    address_state_first(["Citta'", "Status", "CAP"], NAMES, scored)
    assert scored["Status"][0][1] == "statuscode"


def test_a_status_reading_between_city_and_code_is_the_state() -> None:
    """Fat Free CRM's Finnish 'Tila' (status, where the English says State) between the
    city and the postal code: the address's state; outside the block it stays a status."""
    scored = {"Kaupunki": [(0.9, "address1_city", "")], "Tila": [(0.75, "statuscode", "")],
              "Postinumero": [(0.9, "address1_postalcode", "")],
              "Tila_2": [(0.75, "statuscode", "")]}
    address_state_first(["Kaupunki", "Tila", "Postinumero", "Tila_2"], NAMES, scored)
    assert scored["Tila"][0][1] == "address1_stateorprovince"
    assert scored["Tila_2"][0][1] == "statuscode"
