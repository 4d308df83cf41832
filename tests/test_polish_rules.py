"""General rules added with the polish of issue 13, each on made-up data."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.mapping.accuracy import load_table_defs
from d365migrate.mapping.suggest import suggest_columns

ROOT = Path(__file__).resolve().parents[1]
DEFS = load_table_defs(ROOT / "src" / "dataverse_emulator" / "data" / "tables")


def _top(sugg: dict, col: str) -> str | None:
    return sugg[col][0].target if sugg.get(col) else None


def test_a_case_keeps_its_severity_and_parent_but_a_form_of_tickets_is_no_parent() -> None:
    """The incident's documented severitycode and parentcaseid take a ticket's severity and
    its parent; 'ticket_form_id' is the id of a ticket form (its head noun), not of
    a ticket, so it is no parent case (Zendesk's tickets carry one)."""
    df = pl.DataFrame({"id": ["1", "2", "3"], "subject": ["Down", "Slow", "Odd"],
                       "severity": ["1", "2", "1"], "parent_id": [None, "1", "1"],
                       "ticket_form_id": ["9001", "9001", "9002"]})
    sugg = suggest_columns(df, DEFS["incident"], source_object="tickets", key="id")
    assert _top(sugg, "severity") == "severitycode"
    assert _top(sugg, "parent_id") == "parentcaseid"
    alone = suggest_columns(df.drop("parent_id"), DEFS["incident"], source_object="tickets",
                            key="id")  # with no parent column to take the lookup first
    assert _top(alone, "ticket_form_id") is None


def test_an_accounts_type_or_group_id_is_no_parent_account() -> None:
    df = pl.DataFrame({"id": ["1", "2"], "name": ["Acme", "Globex"],
                       "company_type_id": ["7", "8"], "company_group_id": ["3", "3"],
                       "parent_id": [None, "1"]})
    sugg = suggest_columns(df, DEFS["account"], source_object="companies", key="id")
    assert _top(sugg, "parent_id") == "parentaccountid"
    alone = suggest_columns(df.drop("parent_id"), DEFS["account"], source_object="companies",
                            key="id")
    for col in ("company_type_id", "company_group_id"):
        assert _top(alone, col) != "parentaccountid", col
