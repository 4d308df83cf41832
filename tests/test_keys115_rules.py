"""keys115's words (issue 13, GLPI's Dutch list export): Dutch 'GSM' is a mobile phone, and
'Entiteit' an entity, never read as a state by its near spelling to Bosnian 'entitet'."""

from __future__ import annotations

from d365migrate.mapping.foreign_names import foreign_readings

DUTCH = ["Achternaam", "ID", "Voornaam", "Telefoon", "Telefoon 2", "GSM (mobiel toestel)",
         "Fax", "Email", "Commentaren", "Entiteit"]


def test_dutch_gsm_is_a_mobile_phone() -> None:
    assert foreign_readings("GSM (mobiel toestel)", DUTCH) == [(("mobile", "phone"), 0.98)]
    assert foreign_readings("GSM", DUTCH) == [(("mobile", "phone"), 0.98)]


def test_dutch_entity_is_no_state() -> None:
    assert foreign_readings("Entiteit", DUTCH) == [(("entity",), 0.98)]
    bosnian = ["Puno ime", "Entitet", "Regija", "Mobitel"]
    assert foreign_readings("Entitet", bosnian) == [(("state",), 0.98)]
