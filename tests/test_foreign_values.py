"""Choice values in a customer's language read as the options' English
(mapping/foreign_values.py, data/foreign_values.yml), on made-up values."""

from __future__ import annotations

import polars as pl

from d365migrate.dataverse import tables
from d365migrate.mapping.choice_values import choice_values
from d365migrate.mapping.foreign_values import english_value
from tuning_support import DEFS


def _options(table: str, column: str, values: list[str]) -> dict[str, int | None]:
    return choice_values(pl.Series("v", values), tables.attributes(DEFS[table])[column])


def test_task_statuses_in_french_german_and_dutch() -> None:
    assert _options("task", "statuscode", ["Non démarrée", "En cours", "Terminée",
                                           "Reportée", "Nicht gestartet", "Afgerond"]) == {
        "Afgerond": 5, "En cours": 3, "Nicht gestartet": 2, "Non démarrée": 2,
        "Reportée": 7, "Terminée": 5}


def test_priorities_where_languages_agree() -> None:
    assert _options("task", "prioritycode", ["Haute", "Basse", "Normale", "Alta", "hoch",
                                             "Laag"]) == {
        "Alta": 2, "Basse": 0, "Haute": 2, "Laag": 0, "Normale": 1, "hoch": 2}


def test_a_value_the_options_name_themselves_is_not_translated() -> None:
    """'Completed' is a label of its own; an unknown word stays undecided, never guessed."""
    assert _options("task", "statuscode", ["Completed", "Frobnicated"]) == {
        "Completed": 5, "Frobnicated": None}
    assert english_value("Frobnicated") is None


def test_meetings_held_and_planned_calls() -> None:
    assert _options("appointment", "statuscode", ["Tenue", "Held", "Planned", "Annulée"]) == {
        "Annulée": 4, "Held": 3, "Planned": 5, "Tenue": 3}
    assert _options("phonecall", "statuscode", ["Planifiée", "Held"]) == {
        "Held": 2, "Planifiée": 1}
