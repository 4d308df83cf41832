"""keys114's rules (Redmine's CSV export in Italian, Dutch and Brazilian Portuguese): a clock
written with an 'h' after it (Brazilian Portuguese, 18/08/2026 07:32 h) is a date-time;
Italian 'Creato' alone a created-on, Brazilian 'Atribuído para' whom a record is assigned to."""

from __future__ import annotations

from datetime import datetime

import polars as pl

from d365migrate.intake.values import guess_date_formats, parse_dates
from d365migrate.mapping.foreign_names import foreign_readings


def test_a_brazilian_clock_with_an_h_is_a_date_time() -> None:
    s = pl.Series("Criado em", ["18/08/2026 07:32 h", "19/07/2006 19:04 h", ""])
    formats, coverage, _ = guess_date_formats(s)
    assert formats == ["%d/%m/%Y %H:%M h"] and coverage == 1.0
    assert parse_dates(s).values.to_list()[:2] == [datetime(2026, 8, 18, 7, 32),
                                                   datetime(2006, 7, 19, 19, 4)]


def test_italian_created_and_brazilian_assigned_to() -> None:
    it = ["#", "Progetto", "Stato", "Priorità", "Oggetto", "Autore", "Creato", "Descrizione"]
    assert foreign_readings("Creato", it)[0][0] == ("created", "on")
    pt = ["#", "Projeto", "Situação", "Título", "Atribuído para", "Criado em", "Descrição"]
    assert foreign_readings("Atribuído para", pt)[0][0] == ("assigned", "to")
