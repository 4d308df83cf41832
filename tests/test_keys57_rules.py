"""Rules added after measuring keys57's held-out export (issue 13), on made-up data so they
run where the public data is absent: a Spanish export's 'Dirección principal - Calle' is
the primary address's street and 'Dirección alternativa - País' the second address's
country, its 'Estado' a record's status, 'Tipo' and 'Industria' the type and the industry,
a 'Nombre' beside no part of a person's name the record's name, 'Fecha Inicio' / 'Fecha de
Fin' the start and the end; a call's column whose every value is a direction word is its
direction whatever its name says ('Dirección': Saliente / Entrante), and a call's or
meeting's 'Estado' of Planificada / Realizada / No Realizada is its outcome."""

from __future__ import annotations

import polars as pl

from d365migrate.mapping.call_outcomes import COMPLETED, OPEN, outcome_column
from d365migrate.mapping.foreign_names import foreign_readings
from d365migrate.mapping.history import _direction
from d365migrate.mapping.suggest import suggest_columns
from tuning_support import DEFS
from tuning_support import top as _top

_ACCOUNT_HEADERS = ["Nombre", "ID", "Teléfono oficina", "Dirección principal - Calle",
                    "Dirección principal - Población", "Dirección principal - Código postal",
                    "Dirección alternativa - País", "Tipo", "Industria", "Estado"]


def test_spanish_address_parts_read_as_the_first_and_second_address() -> None:
    read = {h: foreign_readings(h, _ACCOUNT_HEADERS) for h in _ACCOUNT_HEADERS}
    assert read["Dirección principal - Calle"][0][0] == ("primary", "address", "street")
    assert read["Dirección principal - Población"][0][0] == ("primary", "address", "city")
    assert read["Dirección alternativa - País"][0][0] == ("alternate", "address", "country")
    assert read["Tipo"][0][0] == ("type",) and read["Industria"][0][0] == ("industry",)
    assert read["Estado"][0][0] == ("status",)
    # 'Nombre' beside no given name or surname: the record's name
    assert read["Nombre"][0][0] == ("name",)
    # beside 'Apellidos' it stays the given name
    assert foreign_readings("Nombre", ["Nombre", "Apellidos"])[0][0] == ("first", "name")


def test_a_spanish_accounts_file_maps_its_addresses_name_and_industry() -> None:
    df = pl.DataFrame({
        "Nombre": ["Riviera Hotels", "Spend Thrift Inc"], "ID": ["a1", "a2"],
        "Dirección principal - Calle": ["345 Sugar Blvd.", "9 IBM Path"],
        "Dirección principal - Población": ["Denver", "Sunnyvale"],
        "Dirección principal - Código postal": ["82411", "55667"],
        "Dirección alternativa - País": ["USA", "USA"],
        "Industria": ["Química", "Energía"]})
    sugg = suggest_columns(df, DEFS["account"], source_object="Accounts")
    assert _top(sugg, "Nombre") == "name"
    assert _top(sugg, "Dirección principal - Calle") == "address1_line1"
    assert _top(sugg, "Dirección principal - Población") == "address1_city"
    assert _top(sugg, "Dirección principal - Código postal") == "address1_postalcode"
    assert _top(sugg, "Dirección alternativa - País") == "address2_country"
    assert _top(sugg, "Industria") == "industrycode"


def test_start_and_end_dates_in_spanish() -> None:
    heads = ["Asunto", "Fecha Inicio", "Fecha de Fin"]
    assert foreign_readings("Fecha Inicio", heads)[0][0] == ("start", "date")
    assert foreign_readings("Fecha de Fin", heads)[0][0] == ("end", "date")


def test_a_calls_direction_by_its_values_and_its_spanish_outcome() -> None:
    calls = pl.DataFrame({"Asunto": ["Left a message", "Discuss review"],
                          "Dirección": ["Saliente", "Entrante"],
                          "Estado": ["Planificada", "Realizada"]})
    assert _direction(calls) == "Dirección"
    # a street is no direction
    streets = pl.DataFrame({"Dirección": ["345 Sugar Blvd.", "9 IBM Path"]})
    assert _direction(streets) is None
    assert outcome_column(calls) == ("Estado", {"Planificada": OPEN, "Realizada": COMPLETED})
