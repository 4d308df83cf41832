"""keys105's general rules (MEASUREMENTS.md, keys105 after tuning): Spanish and Portuguese
name a search by its verb or engine too ('Buscar', 'Buscador', 'Busca', 'Pesquisar',
'Procura'); a header's closing remark in brackets says why, not what; a person's consent,
channel, employer and name-part words and an activity's date and details in Spanish,
Italian and Portuguese."""

from __future__ import annotations

import pytest

from d365migrate.intake.kinds import name_kind
from d365migrate.mapping.foreign_names import foreign_readings


@pytest.mark.parametrize("name", ["Buscador de Actividades de CiviCRM",
                                  "Busca de Atividades do CiviCRM",
                                  "Procura de actividades do CiviCRM"])
def test_a_search_of_activities_holds_activities(name: str) -> None:
    assert name_kind(name)[0] == "activity"


ES = ["Nombre", "Apellidos", "Sexo"]
IT = ["Nome", "Cognome", "Sesso"]
PT = ["Nome", "Sobrenome", "Sexo"]
DE = ["Vorname", "Nachname", "Anrede"]


@pytest.mark.parametrize(("header", "siblings", "english"), [
    ("No enviar un correo electrónico", ES, ("do", "not", "email")),
    ("No telefonear", ES, ("do", "not", "call")),
    ("Segundo nombre", ES, ("middle", "name")),
    ("Non mandare posta", IT, ("do", "not", "mail")),
    ("Metodo di comunicazione preferito", IT, ("preferred", "communication", "method")),
    ("Suffisso individuo", IT, ("suffix",)),
    ("Não Enviar Cartas", PT, ("do", "not", "mail")),
    ("Empregador Atual", PT, ("current", "employer")),
    ("Tratamento do Indivíduo", PT, ("salutation",)),
    ("Data da Atividade", PT, ("activity", "date")),
    # a closing remark in brackets: the words before it name the column
    ("No enviar correos electrónicos masivos (el usuario no lo desea)", ES,
     ("no", "bulk", "emails")),
    ("Non inviare email in serie (disattivata dall'utente)", IT, ("no", "bulk", "emails")),
    ("Keine Massen-E-Mails (User Opt out)", DE, ("no", "bulk", "emails")),
])
def test_consent_channel_employer_and_name_words(header: str, siblings: list[str],
                                                 english: tuple[str, ...]) -> None:
    readings = [r for r, _ in foreign_readings(header, [header, *siblings])]
    assert english in readings, readings


def test_a_remark_alone_or_inside_a_name_is_no_remark() -> None:
    # nothing before the brackets, or brackets inside the name: read as before
    assert foreign_readings("(Suffix)", ["(Suffix)", *DE]) == []


def test_one_word_in_brackets_is_a_qualifier_not_a_remark() -> None:
    fr = ["Prénom", "Nom de famille", "Civilité", "Téléphone (domicile)"]
    readings = [r for r, _ in foreign_readings("Téléphone (domicile)", fr)]
    assert ("phone",) not in readings, readings
