"""keys100's general rules (MEASUREMENTS.md, keys100 after tuning): a search's word in a file
name says nothing of what it holds; the date an activity took place, and a person's consent,
channel, employer and name-part words in French, German and Dutch."""

from __future__ import annotations

import pytest

from d365migrate.intake.content_words import HEADER_WORDS
from d365migrate.intake.kinds import name_kind, name_words
from d365migrate.intake.search_names import without_search_words
from d365migrate.mapping.foreign_names import foreign_readings


@pytest.mark.parametrize("name", ["Recherche d'activités", "Aktivität Suchen",
                                  "activiteiten zoeken", "Activity Search",
                                  "Búsqueda de actividades"])
def test_a_search_of_activities_holds_activities(name: str) -> None:
    assert name_kind(name)[0] == "activity"


def test_search_words_go_with_their_joiner_and_never_leave_nothing() -> None:
    assert without_search_words(["recherche", "d", "activite"]) == ["activite"]
    assert without_search_words(["search"]) == ["search"]
    assert name_words("saved_search") == ["saved"]   # a saved search names no records


def test_an_activitys_date_in_other_languages() -> None:
    for word in ("datedelactivite", "datumderaktivitat", "datumactiviteit"):
        assert HEADER_WORDS[word] == "activitydate"


FR = ["Prénom", "Nom de famille", "Civilité"]
DE = ["Vorname", "Nachname", "Anrede"]
NL = ["Voornaam", "Achternaam", "Geslacht"]


@pytest.mark.parametrize(("header", "siblings", "english"), [
    ("Ne pas envoyer de courriel", FR, ("do", "not", "email")),
    ("Pas de mailing", FR, ("no", "bulk", "emails")),
    ("Employeur actuel", FR, ("current", "employer")),
    ("Nicht anschreiben", DE, ("do", "not", "mail")),
    ("Geen post", NL, ("do", "not", "mail")),
    ("Voorvoegsel Persoon", NL, ("salutation",)),
    ("Straat en huisnummer", NL, ("street",)),
])
def test_consent_employer_and_name_words(header: str, siblings: list[str],
                                         english: tuple[str, ...]) -> None:
    readings = [r for r, _ in foreign_readings(header, [header, *siblings])]
    assert english in readings, readings
