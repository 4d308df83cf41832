"""Rules added after measuring keys103's held-out EspoCRM exports in French, Dutch and
Portuguese (issue 13; MEASUREMENTS.md, "keys103's EspoCRM exports after tuning"), on made-up
data so they run where the public data is absent: a meeting's and a call's sheet named in
the language ('Rendez-vous', 'Vergaderingen', 'Reuniões'; 'Appels', 'Gesprekken',
'Chamadas'), Held / Not Held / Planned in French, Dutch, European Portuguese, and the column
labels a person's title at the company, a deal's close date, chance and amount, an
activity's end and the record it belongs with."""

from __future__ import annotations

import polars as pl

from d365migrate.intake.kinds import name_kind
from d365migrate.mapping.call_outcomes import CANCELED, COMPLETED, OPEN, outcome_states
from d365migrate.mapping.history import route_by_name
from d365migrate.mapping.suggest import suggest_columns
from tuning_support import DEFS
from tuning_support import top as _top


def test_meeting_and_call_sheets_named_in_the_users_language() -> None:
    for name in ("Rendez-vous", "Vergaderingen", "Reuniões", "Gesprekken", "Appels",
                 "Chamadas"):
        assert name_kind(name)[0] == "activity", name
    for name in ("Rendez-vous", "Vergaderingen", "Vergadering", "Reuniões", "Reunião"):
        assert route_by_name(name) == "appointment", name
    for name in ("Appels", "Gesprekken", "Chamadas"):
        assert route_by_name(name) == "phonecall", name


def test_held_not_held_planned_in_french_dutch_portuguese() -> None:
    assert outcome_states(["Prévu", "Effectué", "Non effectué"]) == {
        "Effectué": COMPLETED, "Non effectué": CANCELED, "Prévu": OPEN}
    assert outcome_states(["Gepland", "Gedaan", "Niet gedaan"]) == {
        "Gedaan": COMPLETED, "Gepland": OPEN, "Niet gedaan": CANCELED}
    assert outcome_states(["Planeado", "Planeamento", "Realizada"]) == {
        "Planeado": OPEN, "Planeamento": OPEN, "Realizada": COMPLETED}


def test_a_persons_title_at_the_company() -> None:
    for lang, heads in {"fr": ("Prénom", "Nom de famille", "Titre du Compte"),
                        "nl": ("Voornaam", "Achternaam", "Relatie titel"),
                        "pt": ("Primeiro Nome", "Último Nome", "Título da conta principal")
                        }.items():
        df = pl.DataFrame({heads[0]: ["Ana", "Luc"], heads[1]: ["Ruiz", "Martin"],
                           heads[2]: ["Director of Sales", "Buyer"]})
        sugg = suggest_columns(df, DEFS["contact"], source_object="Contacts")
        assert _top(sugg, heads[2]) == "jobtitle", (lang, _top(sugg, heads[2]))


def test_a_dutch_deal_and_activity() -> None:
    df = pl.DataFrame({"Naam": ["Groot project", "Klein project"],
                       "Datum gesloten": ["2025-06-23", "2025-07-01"],
                       "Scoringskans, %": [10, 60]})
    sugg = suggest_columns(df, DEFS["opportunity"], source_object="Kansen")
    assert _top(sugg, "Datum gesloten") in ("estimatedclosedate", "actualclosedate")
    assert _top(sugg, "Scoringskans, %") == "closeprobability"
    df = pl.DataFrame({"Naam": ["Bellen", "Offerte sturen"],
                       "Voltooi datum": ["2025-06-23 10:00:00", "2025-07-01 09:00:00"],
                       "Behorende bij": ["Jansen BV", "De Vries"]})
    sugg = suggest_columns(df, DEFS["task"], source_object="Taken")
    assert _top(sugg, "Voltooi datum") == "scheduledend"
    assert _top(sugg, "Behorende bij") == "regardingobjectid"


def test_a_portuguese_deal_and_meeting() -> None:
    df = pl.DataFrame({"Nome": ["Projeto grande", "Projeto pequeno"],
                       "Montante": [25000.0, 1200.0]})
    sugg = suggest_columns(df, DEFS["opportunity"], source_object="Oportunidades")
    assert _top(sugg, "Montante") == "estimatedvalue"
    df = pl.DataFrame({"Nome": ["Reunião inicial", "Revisão"],
                       "Data de início": ["2025-06-23 10:00:00", "2025-07-01 09:00:00"],
                       "Data fim": ["2025-06-23 11:00:00", "2025-07-01 10:00:00"],
                       "Relativo a": ["Silva Lda", "Costa SA"]})
    sugg = suggest_columns(df, DEFS["appointment"], source_object="Reuniões")
    assert _top(sugg, "Data fim") == "scheduledend"
    assert _top(sugg, "Relativo a") == "regardingobjectid"
