"""keys111's general rules (GLPI's search-list exports in French, German and Spanish): a
header of a file whose language is a tie is read by the words every language reads alike,
and Spanish 'Peticiones' / 'Solicitudes' (requests) name a file of tickets."""

from __future__ import annotations

from d365migrate.intake.foreign_kinds import FOREIGN_NAME_WORDS
from d365migrate.mapping.foreign_names import foreign_readings, language_of

GERMAN_TICKETS = ["ID", "Titel", "Beschreibung", "Einheit", "Anforderer - Autor"]
SPANISH_TICKETS = ["ID", "Título", "Descripción", "Entidad", "Solicitante - Autor"]


def test_a_tied_language_reads_the_words_all_languages_read_alike() -> None:
    # German and Dutch say as much ('Titel'; 'Autor' and 'Einheit' in no list): no language
    assert language_of(GERMAN_TICKETS) is None
    assert foreign_readings("Titel", GERMAN_TICKETS)[0][0] == ("title",)
    assert language_of(SPANISH_TICKETS) is None
    assert foreign_readings("Título", SPANISH_TICKETS)[0][0] == ("title",)


def test_spanish_requests_name_tickets() -> None:
    assert {"peticion", "peticione", "solicitud", "solicitude"} <= FOREIGN_NAME_WORDS["ticket"]
