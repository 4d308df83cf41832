"""keys132's general rules (EspoCRM's exports in Swedish, Danish, Norwegian, Hungarian and
Ukrainian): the entity names of the five languages name a file's kind and route an activity
file; Danish and Norwegian 'Navn' and Ukrainian 'Ім'я' are a plain name; a meeting's Held /
Not Held / Planned in the five languages and Hungarian 'Állapot' as its status column; a
Danish meeting word never starts, a Norwegian one never ends, an English word."""

from __future__ import annotations

import polars as pl

from d365migrate.intake.kinds import name_kind
from d365migrate.mapping.call_outcomes import CANCELED, COMPLETED, OPEN, outcome_column
from d365migrate.mapping.foreign_names import foreign_readings
from d365migrate.mapping.history import route_by_name


def _read(name: str, headers: list[str]) -> tuple[str, ...]:
    return foreign_readings(name, headers)[0][0]


def test_the_five_languages_entity_names_name_their_kind() -> None:
    named = {"Konton": "account", "Möjligheter": "deal", "Ärenden": "ticket",
             "Möten": "activity", "Uppgifter": "task", "Konti": "account",
             "Muligheder": "deal", "Sager": "ticket", "Møder": "activity", "Opkald": "activity",
             "Opgaver": "task", "Kontoer": "account", "Ledetråder": "lead", "Saker": "ticket",
             "Samtaler": "activity", "Gjøremål": "task", "Fiókok": "account",
             "Kapcsolatok": "contact", "lehetőségek": "deal", "Olyan esetek,": "ticket",
             "találkozók": "activity", "Feladatok": "task", "Ліди": "lead", "Угоди": "deal",
             "Звернення": "ticket", "Зустрічі": "activity", "Дзвінки": "activity",
             "Завдання": "task"}
    for source, kind in named.items():
        assert name_kind(source)[0] == kind, source


def test_no_english_word_is_read_as_a_meeting() -> None:
    assert name_kind("Moderators")[0] != "activity"   # Danish 'møder' starts it
    assert name_kind("Promoters")[0] != "activity"    # Norwegian 'møter' ends it


def test_an_activity_file_is_routed_by_its_name() -> None:
    assert route_by_name("Samtal") == "phonecall"
    assert route_by_name("Opkald") == "phonecall"
    assert route_by_name("Дзвінки") == "phonecall"
    assert route_by_name("Møder") == "appointment"
    assert route_by_name("találkozók") == "appointment"
    assert route_by_name("Зустрічі") == "appointment"
    assert route_by_name("Gjøremål") == "task"


def test_navn_and_ukrainian_name_are_plain_names() -> None:
    assert _read("Navn", ["ID", "Navn", "Epost", "Telefon", "Nettside"]) == ("name",)
    assert _read("Navn", ["Fornavn", "Navn", "Adresse"]) == ("last", "name")
    assert _read("Ім'я", ["ID", "Ім'я", "Контрагент", "Сума", "Стадія"]) == ("name",)
    assert _read("Ім'я", ["ID", "Ім'я", "Прізвище", "Посада"]) == ("first", "name")


def test_the_labels_words() -> None:
    sv = ["ID", "Namn", "Faktureringsadress", "Leveransadress", "Förälder", "Riktning"]
    assert _read("Faktureringsadress", sv) == ("billing", "address")
    assert _read("Förälder", sv) == ("parent",)
    da = ["ID", "Navn", "Startdato", "Slutdato", "Henviser til", "Tidsfrist", "Retning"]
    assert _read("Henviser til", da) == ("regarding",)
    assert _read("Tidsfrist", da) == ("due", "date")
    hu = ["ID", "Név", "Állapot", "Dátum kezdete", "Dátum vége", "Szülő", "Irány"]
    assert _read("Dátum kezdete", hu) == ("start", "date")
    assert _read("Állapot", hu) == ("status",)
    uk = ["ID", "Ім'я", "Статус", "Дата початку", "Батько", "Створений у"]
    assert _read("Створений у", uk) == ("created", "on")
    assert _read("Батько", uk) == ("parent",)


def test_a_meetings_outcome_in_the_five_languages() -> None:
    cases = {"Status": ["Stoppade", "Inte stoppad", "Planerat"],
             "Status ": ["Gennemført", "Ikke Gennemført", "Planlagt"],
             "Állapot": ["Held", "Nem tartott", "Tervezett"],
             "Статус": ["Проведено", "Не проведено", "Заплановано"]}
    for column, values in cases.items():
        found = outcome_column(pl.DataFrame({column.strip(): values}))
        assert found is not None, column
        assert list(found[1][v] for v in values) == [COMPLETED, CANCELED, OPEN]


def test_an_accounts_name_in_the_five_languages_is_what_a_contact_links_by() -> None:
    from d365migrate.intake.links import _FOREIGN_NAMES

    assert {"namn", "navn", "nev", "imia"} <= set(_FOREIGN_NAMES)
