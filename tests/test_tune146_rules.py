"""tune146's rules (EspoCRM's and GLPI's exports in Slavic and Baltic languages): a plain
name word read by its sibling part, not by another language's word alone; a Slavic or Baltic
given-name word alone is a record's name; meetings and calls routed by their file's name; a
meeting's status in these languages read as its outcome."""

from __future__ import annotations

import polars as pl

from d365migrate.intake.kinds import name_kind
from d365migrate.mapping.call_outcomes import CANCELED, COMPLETED, OPEN, outcome_column
from d365migrate.mapping.foreign_names import foreign_readings, plain_part
from d365migrate.mapping.history import route_by_name


def test_plain_name_beside_its_sibling_part_is_the_other_part() -> None:
    heads = ["Cognom", "Nom", "Telèfon", "Mòbil", "Correu electrònic", "Comentaris"]
    assert plain_part("Nom", heads) == ("first", "name")
    assert plain_part("Nom", ["Nom", "Prénom", "Téléphone", "Société"]) == ("last", "name")
    assert plain_part("Name", ["Name", "Phone"]) is None      # no language said: as read
    assert plain_part("Telèfon", heads) is None


def test_given_name_word_alone_is_the_records_name() -> None:
    account = ["Ime", "Web stranica", "Telefon", "Napravljeno u", "Vrsta"]
    assert foreign_readings("Ime", account)[0][0] == ("name",)
    contact = ["Ime", "Prezime", "Telefon", "Napravljeno u"]
    assert foreign_readings("Ime", contact)[0][0] == ("first", "name")
    assert foreign_readings("Vardas", ["Vardas", "Statusas", "Sukurta"])[0][0] == ("name",)
    assert foreign_readings("Vardas", ["Vardas", "Pavardė", "Sukurta"])[0][0] == (
        "first", "name")


def test_meetings_and_calls_routed_by_their_slavic_or_baltic_name() -> None:
    for meetings in ("Stretnutia", "Susitikimai", "Sastanci", "Tikšanās", "Srečanja"):
        assert route_by_name(meetings) == "appointment", meetings
    for calls in ("Skambučiai", "Pozivi", "Zvani", "Klici"):
        assert route_by_name(calls) == "phonecall", calls


def test_meeting_status_in_these_languages_is_its_outcome() -> None:
    df = pl.DataFrame({"Stanje": ["Zadržano", "Ni zadržano", "Načrtovano"]})
    assert outcome_column(df) == ("Stanje", {"Načrtovano": OPEN, "Ni zadržano": CANCELED,
                                            "Zadržano": COMPLETED})
    df = pl.DataFrame({"Statusas": ["Įvykdyta", "Neįvykdyta", "Suplanuota"]})
    assert outcome_column(df) is not None


def test_service_desk_and_crm_file_names_name_their_kind() -> None:
    assert name_kind("Bejelentések")[0] == "ticket"
    assert name_kind("Požiadavky")[0] == "ticket"
    assert name_kind("Incidències")[0] == "ticket"
    assert name_kind("Používatelia")[0] == "user"
    assert name_kind("Usuaris")[0] == "user"
    assert name_kind("Організації")[0] == "account"
    assert name_kind("Prvé kontakty")[0] == "lead"
    assert name_kind("Potenciālais klients")[0] == "lead"
